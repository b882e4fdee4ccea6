"""The table of background job handlers, built explicitly from each domain's jobs module."""

from __future__ import annotations

from warmline.jobs import Handler


def job_handlers() -> dict[str, Handler]:
    handlers: dict[str, Handler] = {}
    from warmline.routing.jobs import handlers as routing_handlers

    handlers.update(routing_handlers())
    from warmline.analytics.jobs import handlers as feedback_analytics_handlers

    handlers.update(feedback_analytics_handlers())
    from warmline.automation.jobs import HANDLERS as automation_handlers

    handlers.update(automation_handlers)
    return handlers
