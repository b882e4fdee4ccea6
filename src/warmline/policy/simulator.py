"""Replay conversations through a candidate policy and say what would change. Pure: no database."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from warmline.policy.document import PolicyDocument


class SimAutomation(BaseModel):
    """What automation did (or would do) with one customer message."""

    handled: bool = True
    progress: bool = True
    clarify_question: str | None = None


class SimMessage(BaseModel):
    model_config = ConfigDict(extra="ignore")

    text: str
    #: the automation outcome for this message; when absent the simulator models it (see docs/policy.md)
    automation: SimAutomation | None = None


class SimConversation(BaseModel):
    model_config = ConfigDict(extra="ignore")

    id: str | int
    channel: str = "api"
    customer: dict[str, Any] = Field(default_factory=dict)  # {"attributes": {...}, "segment": ...}
    messages: list[SimMessage]
    within_business_hours: bool = True


class ConversationOutcome(BaseModel):
    id: str | int
    segment: str | None
    moments: list[str]
    outcome: str  # automated / offered / handed_off
    actions: list[str]
    rules: list[str]


class Shares(BaseModel):
    n: int = 0
    automated: float = 0.0
    offered: float = 0.0
    handed_off: float = 0.0
    counts: dict[str, int] = Field(default_factory=dict)


class Change(BaseModel):
    id: str | int
    segment: str | None
    baseline: str
    candidate: str
    baseline_actions: list[str]
    candidate_actions: list[str]
    candidate_rules: list[str]


class PolicyRun(BaseModel):
    overall: Shares
    by_segment: dict[str, Shares]
    by_moment: dict[str, Shares]


class SimulationReport(BaseModel):
    conversations: int
    messages: int
    candidate: PolicyRun
    baseline: PolicyRun | None = None
    changed: list[Change] = Field(default_factory=list)
    changed_count: int = 0
    outcomes: list[ConversationOutcome] = Field(default_factory=list)
    seconds: float = 0.0


def simulate(
    policy: PolicyDocument,
    conversations: Iterable[SimConversation],
    baseline: PolicyDocument | None = None,
) -> SimulationReport:
    raise NotImplementedError  # filled in below, signature is the contract
