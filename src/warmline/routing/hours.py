"""Business hours in the workspace's own time zone.

``workspace.settings["business_hours"] = {"days": [0..6 (Monday=0)], "start": "08:00", "end": "20:00"}``.
A workspace without business hours is always open.
"""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from warmline.workspaces.models import Workspace


def zone(workspace: Workspace) -> ZoneInfo:
    """The workspace's time zone (UTC when unset or unknown)."""
    try:
        return ZoneInfo(workspace.timezone or "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def _hours(workspace: Workspace) -> tuple[set[int], time, time] | None:
    raw: Any = (workspace.settings or {}).get("business_hours")
    if not isinstance(raw, dict):
        return None
    try:
        days = {int(d) for d in raw.get("days", range(7))}
        start = time.fromisoformat(str(raw.get("start", "00:00")))
        end = time.fromisoformat(str(raw.get("end", "23:59")))
    except (TypeError, ValueError):
        return None
    return days, start, end


def is_open(workspace: Workspace, at: datetime) -> bool:
    hours = _hours(workspace)
    if hours is None:
        return True
    days, start, end = hours
    local = at.astimezone(zone(workspace))
    return local.weekday() in days and start <= local.time().replace(tzinfo=None) < end


def next_opening(workspace: Workspace, at: datetime) -> datetime | None:
    """The next moment the team is at work (UTC); None when open now or when no hours are set."""
    hours = _hours(workspace)
    if hours is None or is_open(workspace, at):
        return None
    days, start, _ = hours
    if not days:
        return None
    tz = zone(workspace)
    local = at.astimezone(tz)
    for offset in range(8):
        day = (local + timedelta(days=offset)).date()
        if day.weekday() not in days:
            continue
        opening = datetime.combine(day, start, tzinfo=tz)
        if opening > local:
            return opening.astimezone(UTC)
    return None
