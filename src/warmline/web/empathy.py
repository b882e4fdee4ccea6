"""Empathy help for agents: when triage heard an upset or vulnerable customer, say so and suggest an
opening that acknowledges it. A suggestion only: the agent edits it, nothing is ever sent by itself."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

OPENINGS = {
    "bereavement": (
        "I'm so sorry for your loss. Please don't worry about any of this; I'll take care of it with you."
    ),
    "illness": (
        "I'm sorry you're unwell. Let's keep this as easy for you as possible; I'll handle the details."
    ),
    "financial_hardship": (
        "Thank you for telling me. There are options that can help, "
        "and I'll go through them with you at your pace."
    ),
    "disability": "Thank you for letting me know. Tell me what works best for you, and I'll make it fit.",
    "abuse": (
        "Thank you for trusting us with this. Your safety matters most; I'm here and we'll go at your pace."
    ),
    "self_harm": "I'm really glad you reached out. You matter, and I'm here with you right now.",
}
UPSET_OPENING = (
    "I'm really sorry about this. I can see how frustrating it is, and I'm going to sort it out with you now."
)


@dataclass(frozen=True)
class EmpathyHint:
    headline: str
    detail: str
    opening: str


def hint(triage: dict[str, Any] | None, agent_first_name: str) -> EmpathyHint | None:
    if not triage:
        return None
    vulnerable = [v for v in triage.get("vulnerability") or [] if isinstance(v, str)]
    emotions = triage.get("emotions") or {}
    frustration = float(triage.get("frustration") or 0.0)
    sentiment = float(triage.get("sentiment") or 0.0)
    strong = sorted(
        (
            k
            for k, v in emotions.items()
            if isinstance(v, (int, float))
            and v >= 0.5
            and k in ("anger", "annoyance", "sadness", "fear", "disappointment")
        )
    )
    intro = f" I'm {agent_first_name}." if agent_first_name else ""
    if vulnerable:
        kind = vulnerable[0]
        return EmpathyHint(
            headline="This customer may be in a vulnerable situation",
            detail=f"Triage noticed signs of {', '.join(v.replace('_', ' ') for v in vulnerable)}. "
            "Slow down, acknowledge it first, and do not push offers.",
            opening=OPENINGS.get(kind, OPENINGS["illness"]) + intro,
        )
    if frustration >= 0.5 or sentiment <= -0.4 or strong:
        feelings = ", ".join(strong) or "frustration"
        return EmpathyHint(
            headline="The customer sounds upset",
            detail=f"Triage heard {feelings} (frustration {frustration:.1f}, sentiment {sentiment:+.1f}). "
            "Acknowledge how they feel before you fix the problem.",
            opening=UPSET_OPENING + intro,
        )
    stressful = [
        m
        for m in triage.get("moments") or []
        if isinstance(m, str) and (m.startswith("crisis.") or m == "complaint")
    ]
    if stressful:
        what = stressful[0].split(".")[-1].replace("_", " ")
        return EmpathyHint(
            headline="A stressful moment for the customer",
            detail=f"Triage recognised {what}. Acknowledge the trouble it caused before the fix.",
            opening=UPSET_OPENING + intro,
        )
    return None
