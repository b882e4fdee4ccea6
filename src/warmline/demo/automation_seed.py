"""Seed the demo workspace's automation: the Hearthbox knowledge base, service calendar and orders connector.

Idempotent: articles are upserted by slug (unchanged ones stay at their version), slots by start time.
"""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from warmline.automation import appointments
from warmline.kit.clock import now
from warmline.knowledge import service as knowledge
from warmline.workspaces.models import Workspace

KB_DIR = Path(__file__).parent / "kb"
SERVICE_TEAM = "service"
#: 2-hour engineer windows, Monday to Saturday, for the next three weeks
SLOT_STARTS = (time(8), time(10), time(12), time(14), time(16))
SLOT_DAYS = 21


def seed(session: Session, workspace: Workspace) -> dict[str, int]:
    result = knowledge.import_items(session, None, workspace.id, knowledge.read_import_source(KB_DIR))
    settings = dict(workspace.settings or {})
    if "orders_connector" not in settings:
        settings["orders_connector"] = {"kind": "demo"}
        workspace.settings = settings
    tz = ZoneInfo(workspace.timezone or "UTC")
    today = now().astimezone(tz).date()
    starts = []
    for offset in range(1, SLOT_DAYS + 1):
        day = today + timedelta(days=offset)
        if day.weekday() == 6:
            continue
        starts += [datetime.combine(day, t, tzinfo=tz).astimezone(UTC) for t in SLOT_STARTS]
    slots = appointments.add_slots(session, workspace.id, SERVICE_TEAM, starts)
    return {"articles": result.created, "slots": slots}
