"""What the pipeline asks of automation, and what it gets back.

The pipeline calls :func:`warmline.automation.service.respond` when the policy allows automation; the
outcome says whether automation could really help. When it could not (`handled=False` or
`progress=False`) the policy falls back to a clarifying question or a person, never a guess.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field


class BotReply(BaseModel):
    text: str
    #: kind ("answer", "clarify", "skill", "notice"), citations, article ids, quick replies, ...
    meta: dict[str, Any] = Field(default_factory=dict)


class AutomationOutcome(BaseModel):
    handled: bool
    replies: list[BotReply] = Field(default_factory=list)
    confidence: float = 0.0
    #: False when this turn did not move the customer forward (low confidence, "that didn't help", a repeat)
    progress: bool = True
    #: one clarifying question, when automation is unsure what was meant
    clarify_question: str | None = None
    skill: str | None = None
    reasons: list[dict[str, Any]] = Field(default_factory=list)
