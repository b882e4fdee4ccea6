from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from warmline.routing.contract import RoutingResult


class PresenceIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    presence: Literal["online", "away", "offline"]
    #: an admin or supervisor may set someone else's presence; agents only their own
    user_id: int | None = None


class TransferIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    to_user_id: int | None = None
    to_team_id: int | None = None
    note: str = Field(default="", max_length=2000)


class SlaEventOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    conversation_id: int
    team_id: int | None
    kind: str
    event: str
    priority: str
    due_at: datetime
    at: datetime
    user_id: int | None
    detail: dict[str, Any]


class RoutingStateOut(BaseModel):
    conversation_id: int
    state: str | None
    team_id: int | None
    assignee_id: int | None
    queued_at: datetime | None
    callback_requested: bool
    sla: dict[str, Any] | None
    time_to_human_seconds: int | None
    estimate: RoutingResult
