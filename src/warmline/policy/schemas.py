"""Deciding, for each customer message: automation answers, clarifies, offers a person or hands off."""

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
    #: business hours of the workspace at `at` (always open when none are configured)
    within_business_hours: bool = True
    #: the customer tapped "Talk to a person" (a quick reply) or otherwise asked in a way triage may not see
    explicit_request: bool = False
    #: the customer said the last automated answer did not help ("no, that didn't help")
    said_not_helpful: bool = False
    #: the bot's previous turn was a clarifying question
    last_bot_was_clarify: bool = False
    #: the named person who looks after this customer (white-glove greeting)
    owner_name: str | None = None
    #: emergency resources for the customer's country, from the workspace settings
    emergency_resources: str | None = None
    #: what the last hand-back said was resolved, so automation resumes with that context
    handback_summary: str | None = None


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
    #: the segment and stance the decision was taken for
    segment: str | None = None
    stance: str | None = None
    #: a non-negotiable default decided this (the workspace policy cannot switch it off)
    non_negotiable: bool = False
    #: this turn moved nothing forward (a clarification, a failed answer): counts towards offering a person
    no_progress: bool = False
    #: a safety notice (emergency resources) to show first, even when a person already has the conversation
    emergency_notice: str | None = None
