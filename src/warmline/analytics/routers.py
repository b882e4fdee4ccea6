"""Everything feedback, analytics and touchpoints add to the app, in one call from create_app()."""

from __future__ import annotations

import importlib
import logging

from fastapi import FastAPI

log = logging.getLogger(__name__)

_ROUTERS = (
    "warmline.feedback.api",
    "warmline.analytics.api",
    "warmline.analytics.metrics",
    "warmline.touchpoints.api",
    "warmline.web.analytics_pages",
)


def include_routers(app: FastAPI) -> None:
    for name in _ROUTERS:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
            continue
        app.include_router(module.router)
    settings = app.state.settings
    if settings.env != "test":  # the jobs table is shared: in-process runners and workers both take them
        from warmline.analytics.jobs import schedule_recurring

        schedule_recurring(app.state.sessionmaker)
