from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, Field

from warmline.triage.result import TriageResult

Action = Literal["automate", "clarify", "offer_human", "hand_off"]
Priority = Literal["low", "normal", "high", "urgent"]


class PolicyContext(BaseModel):
    """Everything about the conversation, besides the message itself, that a policy may look at."""

    workspace_id: int
    conversation_id: int | None = None
    channel: str = "api"
    segment: str | None = None
    customer_attributes: dict[str, Any] = Field(default_factory=dict)
    conversation_mode: Literal["automated", "human"] = "automated"
    automated_turns_without_progress: int = 0
    at: datetime | None = None


class PolicyDecision(BaseModel):
    """A decision with its reasons; stored, shown to agents, testable without a server."""

    action: Action
    priority: Priority = "normal"
    team: str | None = None
    skill: str | None = None
    rule: str
    policy_version: int = 0
    reasons: list[dict[str, Any]] = Field(default_factory=list)
    #: what to tell the customer in this turn, if anything
    customer_message: str | None = None
    triage: TriageResult | None = None
