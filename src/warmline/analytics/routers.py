"""Everything feedback, analytics and touchpoints add to the app, in one call from create_app()."""

from __future__ import annotations

from fastapi import FastAPI

from warmline.analytics import api as analytics_api
from warmline.analytics import metrics
from warmline.analytics.jobs import schedule_recurring
from warmline.feedback import api as feedback_api
from warmline.touchpoints import api as touchpoints_api
from warmline.web import analytics_pages


def include_routers(app: FastAPI) -> None:
    for module in (feedback_api, analytics_api, metrics, touchpoints_api, analytics_pages):
        app.include_router(module.router)
    settings = app.state.settings
    if settings.env != "test":  # the jobs table is shared: in-process runners and workers both take them
        schedule_recurring(app.state.sessionmaker)
