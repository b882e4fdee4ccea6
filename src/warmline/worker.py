"""`warmline worker`: takes jobs when the app processes leave them (Redis configured)."""

from __future__ import annotations

import logging
import signal
import threading

from warmline.db import make_engine, make_sessionmaker
from warmline.job_handlers import job_handlers
from warmline.jobs import WAKE_KEY, JobRunner
from warmline.settings import Settings

log = logging.getLogger(__name__)


def run_worker(settings: Settings, *, once: bool = False) -> None:
    factory = make_sessionmaker(make_engine(settings.database_url))
    runner = JobRunner(factory, job_handlers())
    if once:
        ran = runner.run_due()
        log.info("ran %d jobs", ran)
        return
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    client = None
    if settings.redis_url:
        import redis

        client = redis.Redis.from_url(settings.redis_url)
    log.info("worker started")
    while not stop.is_set():
        try:
            runner.run_due()
            if client is not None:
                client.blpop([WAKE_KEY], timeout=max(1, int(settings.job_poll_seconds)))
            else:
                stop.wait(settings.job_poll_seconds)
        except Exception:
            log.exception("worker loop error; retrying")
            stop.wait(1)
    log.info("worker stopped")
