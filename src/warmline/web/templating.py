"""One Jinja2 environment for every page (autoescape on), with the few filters pages share."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from fastapi.templating import Jinja2Templates

TEMPLATES = Jinja2Templates(directory=str(Path(__file__).parent / "templates"))


def duration(seconds: int | float | None) -> str:
    if seconds is None:
        return "—"
    seconds = int(seconds)
    sign = "-" if seconds < 0 else ""
    seconds = abs(seconds)
    if seconds < 60:
        return f"{sign}{seconds}s"
    if seconds < 3600:
        return f"{sign}{seconds // 60}m"
    return f"{sign}{seconds // 3600}h {seconds % 3600 // 60}m"


def hhmm(value: datetime | None) -> str:
    return value.strftime("%d %b %H:%M") if value else ""


TEMPLATES.env.filters["duration"] = duration
TEMPLATES.env.filters["hhmm"] = hhmm
