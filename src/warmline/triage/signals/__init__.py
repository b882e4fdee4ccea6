"""Signal detectors of triage: the moments where a person must take over.

Public API (the pipeline calls this)::

    from warmline.triage.signals import analyse, SignalReport
    report = analyse(text, previous_turns=(), emotions=None, sentiment=0.0, intent=None)

Pure functions: no I/O besides loading the small shipped models once.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from pydantic import BaseModel, ConfigDict, Field

from warmline.triage.result import Reason, Turn

__all__ = ["SignalReport", "analyse"]


class SignalReport(BaseModel):
    """What the signal detectors found in one customer message."""

    model_config = ConfigDict(frozen=True)

    wants_human: bool = False
    moments: list[str] = Field(default_factory=list)
    vulnerability: list[str] = Field(default_factory=list)
    language: str = "en"
    frustration: float = 0.0
    reasons: list[Reason] = Field(default_factory=list)


def analyse(
    text: str,
    previous_turns: Sequence[Turn] = (),
    emotions: Mapping[str, float] | None = None,
    sentiment: float = 0.0,
    intent: str | None = None,
) -> SignalReport:
    """Run every signal detector on one customer message (stub: filled in shortly)."""
    return SignalReport()
