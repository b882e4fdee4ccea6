"""The table of background job handlers, built explicitly from each domain's jobs module."""

from __future__ import annotations

from warmline.jobs import Handler


def job_handlers() -> dict[str, Handler]:
    handlers: dict[str, Handler] = {}
    return handlers
