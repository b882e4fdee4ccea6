"""create_app(): settings, database, jobs, live hub, middleware and routers; nothing else."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI
from starlette.concurrency import run_in_threadpool

from warmline import jobs, realtime
from warmline.analytics.routers import include_routers as include_feedback_analytics
from warmline.api import errors
from warmline.api.live import router as live_router
from warmline.automation.api import router as automation_router
from warmline.conversations.api import router as conversations_router
from warmline.conversations.pipeline import warm_up_triage
from warmline.customers.api import router as customers_router
from warmline.db import make_engine, make_sessionmaker
from warmline.handoff.api import router as handoff_router
from warmline.job_handlers import job_handlers
from warmline.kit.ratelimit import make_limiter
from warmline.knowledge.api import router as knowledge_router
from warmline.policy.api import router as policy_router
from warmline.routing.api import router as routing_router
from warmline.settings import Settings, get_settings
from warmline.web.knowledge_pages import router as knowledge_pages_router
from warmline.web.policy_pages import router as policy_pages_router
from warmline.web.routes import router as web_router
from warmline.workspaces.api import router as workspaces_router

log = logging.getLogger(__name__)


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()
    engine = make_engine(settings.database_url)
    factory = make_sessionmaker(engine)
    hub = realtime.configure(settings.redis_url)
    runner = jobs.JobRunner(factory, job_handlers())

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        # Load the models now, so the first customer message is not the one that waits for them.
        await run_in_threadpool(warm_up_triage)
        await hub.start()
        jobs.clear_wakers()
        redis_client: Any = None
        if settings.redis_url:
            import redis

            redis_client = redis.Redis.from_url(settings.redis_url)
            jobs.add_waker(lambda: redis_client.lpush(jobs.WAKE_KEY, "1"))
        if settings.run_jobs_in_process:
            jobs.add_waker(runner.wake)
            runner.start(settings.job_poll_seconds)
        try:
            yield
        finally:
            runner.stop()
            await hub.stop()
            engine.dispose()

    app = FastAPI(
        title="Warmline",
        version="0.1.0",
        summary="Customer conversations: automation for the routine, people for the moments that matter.",
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.engine = engine
    app.state.sessionmaker = factory
    app.state.job_runner = runner
    app.state.rate_limiter = make_limiter(settings.redis_url)
    app.add_middleware(errors.BodyLimitMiddleware, max_bytes=settings.max_body_bytes)
    errors.install(app)

    @app.get("/healthz", tags=["ops"])
    def healthz() -> dict[str, str]:
        return {"status": "ok"}

    app.include_router(conversations_router)
    app.include_router(customers_router)
    app.include_router(workspaces_router)
    app.include_router(live_router)
    app.include_router(web_router)
    app.include_router(policy_router)
    app.include_router(handoff_router)
    app.include_router(policy_pages_router)
    include_feedback_analytics(app)
    app.include_router(knowledge_router)
    app.include_router(automation_router)
    app.include_router(knowledge_pages_router)
    app.include_router(routing_router)
    return app
