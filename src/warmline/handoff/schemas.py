"""The hand-off packet: everything an agent needs so the customer never repeats themselves."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field


class TimelineEntry(BaseModel):
    """What triage understood of one customer message, and what the policy did about it."""

    message_id: int
    at: datetime
    text: str
    intent: str | None = None
    sentiment: float = 0.0
    frustration: float = 0.0
    moments: list[str] = Field(default_factory=list)
    vulnerability: list[str] = Field(default_factory=list)
    language: str = "en"
    wants_human: bool = False
    action: str | None = None
    rule: str | None = None


class HandoffReason(BaseModel):
    rule: str | None = None
    action: str = "hand_off"
    priority: str = "normal"
    at: datetime | None = None
    initiated_by: str = "policy"  # policy / customer / agent
    reasons: list[dict[str, Any]] = Field(default_factory=list)
    #: the reasons in one sentence, for the top of the panel
    summary: str = ""
    #: the same reasons for a person to read: one line per signal (detectors and policy merged), strongest
    #: first, with the customer's words that triggered it; policy defaults that did not decide are left out
    signals: list[dict[str, Any]] = Field(default_factory=list)


class CustomerProfile(BaseModel):
    id: int
    external_id: str
    name: str
    email: str | None = None
    phone: str | None = None
    language: str | None = None
    segment: str | None = None
    stance: str | None = None
    owner_id: int | None = None
    owner_name: str | None = None
    attributes: dict[str, Any] = Field(default_factory=dict)
    customer_since: datetime | None = None


class PastConversation(BaseModel):
    id: int
    subject: str
    channel: str
    status: str
    created_at: datetime
    resolved_at: datetime | None = None
    #: "resolved by automation", "resolved by a person", "open with a person", "open", "closed"
    outcome: str
    handed_off: bool = False
    messages: int = 0


class PredictedNeed(BaseModel):
    need: str
    confidence: float = 0.5
    evidence: list[str] = Field(default_factory=list)


class SuggestedArticle(BaseModel):
    model_config = ConfigDict(extra="allow")

    id: int | str | None = None
    title: str
    url: str | None = None
    snippet: str | None = None
    score: float | None = None


class Handback(BaseModel):
    at: datetime
    by_user_id: int | None = None
    resolved: str
    note: str | None = None


class HandoffPacket(BaseModel):
    conversation_id: int
    mode: str
    status: str
    priority: str
    channel: str
    team_id: int | None = None
    assignee_id: int | None = None
    handed_off_at: datetime | None = None
    summary: list[str] = Field(default_factory=list)
    timeline: list[TimelineEntry] = Field(default_factory=list)
    why: HandoffReason | None = None
    customer: CustomerProfile
    past_conversations: list[PastConversation] = Field(default_factory=list)
    predicted_needs: list[PredictedNeed] = Field(default_factory=list)
    suggested_articles: list[SuggestedArticle] = Field(default_factory=list)
    draft_reply: str = ""
    handbacks: list[Handback] = Field(default_factory=list)


class HandoffRequest(BaseModel):
    """POST /conversations/{id}/handoff: the customer or an agent asks for a person now."""

    model_config = ConfigDict(extra="forbid")

    initiated_by: Literal["customer", "agent"] = "agent"
    reason: str | None = Field(default=None, max_length=1000)
    priority: Literal["low", "normal", "high", "urgent"] | None = None
    team: str | None = Field(default=None, max_length=64)


class HandbackRequest(BaseModel):
    """POST /conversations/{id}/handback: an agent returns the conversation to automation."""

    model_config = ConfigDict(extra="forbid")

    resolved: str = Field(min_length=1, max_length=1000, description="what was resolved, in plain words")
    note: str | None = Field(default=None, max_length=2000)
    #: tell the customer that the assistant is back (default yes)
    notify_customer: bool = True
