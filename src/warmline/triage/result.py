"""The typed contract of triage: plain data in, a `TriageResult` out.

Everything here is pure data so that the policy, the simulator, the CLI and the benchmarks can share it
without a database or a web server.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

MOMENTS: tuple[str, ...] = (
    "crisis.outage",
    "crisis.missed_delivery",
    "crisis.billing_error",
    "crisis.fraud_or_lost_card",
    "crisis.safety",
    "transition.onboarding",
    "transition.relocation",
    "transition.plan_change",
    "high_stakes.cancellation",
    "high_stakes.renewal",
    "high_stakes.negotiation",
    "high_stakes.legal",
    "complaint",
)
VULNERABILITIES: tuple[str, ...] = (
    "bereavement",
    "illness",
    "financial_hardship",
    "disability",
    "abuse",
    "self_harm",
)
CORE_EMOTIONS: tuple[str, ...] = (
    "anger",
    "annoyance",
    "disappointment",
    "fear",
    "sadness",
    "confusion",
    "gratitude",
    "joy",
)

Author = Literal["customer", "bot", "agent", "system"]


class Turn(BaseModel):
    """One earlier message of the conversation, as triage sees it."""

    model_config = ConfigDict(frozen=True)

    author: Author = "customer"
    text: str
    #: set on bot turns the customer said did not help, or that asked to clarify
    bot_failed: bool = False


class Reason(BaseModel):
    """Why triage said something: the detector, how sure it was, and the words that triggered it."""

    model_config = ConfigDict(frozen=True)

    detector: str
    label: str
    score: float
    evidence: list[str] = Field(default_factory=list)


class TriageResult(BaseModel):
    """What Warmline understood of one customer message."""

    intent: str | None = None
    intent_confidence: float = 0.0
    out_of_scope: bool = False
    sentiment: float = 0.0
    emotions: dict[str, float] = Field(default_factory=dict)
    wants_human: bool = False
    moments: list[str] = Field(default_factory=list)
    vulnerability: list[str] = Field(default_factory=list)
    language: str = "en"
    frustration: float = 0.0
    needs_human: bool = False
    reasons: list[Reason] = Field(default_factory=list)
    model_version: str = ""
