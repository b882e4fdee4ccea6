"""What the pipeline asks of routing when a conversation is handed to people."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel, Field


class RoutingResult(BaseModel):
    team_id: int | None = None
    assignee_id: int | None = None
    assignee_name: str | None = None
    #: honest expected wait for a first human reply, in minutes (None when nobody can be expected soon)
    expected_wait_minutes: int | None = None
    agents_online: int = 0
    within_business_hours: bool = True
    next_opening: datetime | None = None
    reasons: list[dict[str, Any]] = Field(default_factory=list)
