"""What every skill shares: the turn it is answering, reply helpers, and small parsers for customer words."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from warmline.automation.contract import AutomationOutcome, BotReply
from warmline.conversations.models import Conversation, Message
from warmline.customers.models import Customer
from warmline.kit.clock import as_utc, now
from warmline.triage.result import TriageResult

FEEDBACK_REPLIES = ["Yes, thanks", "No", "Talk to a person"]
CONFIRM_REPLIES = ["Yes", "No", "Talk to a person"]
DID_THIS_HELP = "Did this help?"
#: a skill left half-way is forgotten after this long
SKILL_TTL = timedelta(minutes=30)


@dataclass
class Turn:
    """One customer message as automation sees it."""

    session: Session
    conversation: Conversation
    customer: Customer
    message: Message
    triage: TriageResult
    segment: str | None
    text: str
    skill_state: dict[str, Any] | None = None
    last_bot_meta: dict[str, Any] = field(default_factory=dict)

    @property
    def lower(self) -> str:
        return self.text.lower().strip()


def last_bot_meta(session: Session, conversation: Conversation, before_id: int) -> dict[str, Any]:
    """The meta of the latest public bot message before this one: where a skill keeps its place.

    When the policy asked a clarifying question in between (its message carries no skill state), the skill's
    state is taken from the bot message before it; `_clarifies` says how many such questions were asked."""
    rows = session.scalars(
        select(Message)
        .where(
            Message.conversation_id == conversation.id,
            Message.id < before_id,
            Message.private.is_(False),
            Message.author.in_(("bot", "agent")),
        )
        .order_by(Message.id.desc())
        .limit(4)
    ).all()
    if not rows or rows[0].author != "bot":
        return {}
    meta = dict(rows[0].meta or {})
    meta["_at"] = as_utc(rows[0].created_at) if rows[0].created_at else now()
    for clarifies, row in enumerate(rows):
        row_meta = row.meta or {}
        if row.author != "bot":
            break
        if row_meta.get("skill_state"):
            if clarifies:
                meta["skill_state"] = row_meta["skill_state"]
                meta["_clarifies"] = clarifies
            break
        if row_meta.get("kind") != "clarify":
            break
    return meta


def active_skill_state(turn: Turn) -> dict[str, Any] | None:
    state = turn.last_bot_meta.get("skill_state")
    if not isinstance(state, dict) or not state.get("name"):
        return None
    at = turn.last_bot_meta.get("_at")
    if isinstance(at, datetime) and now() - at > SKILL_TTL:
        return None
    return state


def reason(label: str, detail: str, score: float = 1.0, **extra: Any) -> dict[str, Any]:
    return {
        "detector": "automation",
        "label": label,
        "score": round(float(score), 4),
        "detail": detail,
        **extra,
    }


def skill_reply(
    text: str,
    *,
    skill: str,
    state: dict[str, Any] | None,
    quick_replies: list[str] | None = None,
    **meta: Any,
) -> BotReply:
    """A skill's message; `state` (None when the skill is done) rides along so the next turn resumes it."""
    data: dict[str, Any] = {"kind": "skill", "skill": skill, **meta}
    if state is not None:
        data["skill_state"] = state
    if quick_replies:
        data["quick_replies"] = quick_replies
    return BotReply(text=text, meta=data)


def handled(
    reply: BotReply, *, skill: str, confidence: float, reasons: list[dict[str, Any]]
) -> AutomationOutcome:
    return AutomationOutcome(
        handled=True, replies=[reply], confidence=confidence, progress=True, skill=skill, reasons=reasons
    )


def cannot(
    label: str,
    detail: str,
    *,
    skill: str | None = None,
    clarify: str | None = None,
    confidence: float = 0.0,
    extra: list[dict[str, Any]] | None = None,
) -> AutomationOutcome:
    """Automation cannot help with this turn; say exactly why so the policy (and the agent) can see it."""
    return AutomationOutcome(
        handled=False,
        progress=False,
        confidence=confidence,
        skill=skill,
        clarify_question=clarify,
        reasons=[reason(label, detail), *(extra or [])],
    )


_YES = re.compile(
    r"^\s*(yes|yeah|yep|yup|y|sure|ok|okay|please do|please|confirm|confirmed|correct|that'?s right|"
    r"go ahead|sounds good|do it|perfect|great|yes please)\b",
    re.I,
)
_NO = re.compile(r"^\s*(no|nope|nah|n|not really|don'?t|do not|never ?mind|stop|wrong|that'?s wrong)\b", re.I)


def is_yes(text: str) -> bool:
    return bool(_YES.match(text)) and not _NO.match(text)


def is_no(text: str) -> bool:
    return bool(_NO.match(text))


_ORDINALS = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
    "last": -1,
}
_CARDINALS = {"one": 1, "two": 2, "three": 3, "four": 4}


def choice_index(text: str, count: int) -> int | None:
    """ "2", "the second one", "option 3", "last" -> a 0-based index among `count` options."""
    lower = text.lower()
    match = re.fullmatch(r"\s*(?:option\s*|number\s*|no\.?\s*|#)?(\d)\s*[.)]?\s*(?:please)?\s*", lower)
    if match:
        value = int(match.group(1))
        return value - 1 if 1 <= value <= count else None
    for word, value in _ORDINALS.items():
        if re.search(rf"\b{word}\b", lower) and len(lower.split()) <= 6:
            index = count - 1 if value == -1 else value - 1
            return index if 0 <= index < count else None
    match = re.fullmatch(r"\s*(?:option|number)?\s*(one|two|three|four)\s*(?:please)?[.!]?\s*", lower)
    if match:
        index = _CARDINALS[match.group(1)] - 1
        return index if index < count else None
    return None


WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


def weekday_in(text: str) -> str | None:
    lower = text.lower()
    for day in WEEKDAYS:
        if re.search(rf"\b({day}|{day[:3]})s?\b", lower):
            return day.title()
    return None


_NUMBER_WORDS = {
    "one": 1,
    "a": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "a couple of": 2,
    "couple of": 2,
    "a few": 3,
}


def weeks_in(text: str) -> int | None:
    lower = text.lower()
    match = re.search(r"\b(\d{1,2})\s*(?:weeks?|wks?)\b", lower)
    if match:
        return int(match.group(1))
    if re.search(r"\ba month\b|\bone month\b", lower):
        return 4
    if re.search(r"\btwo months\b|\b2 months\b", lower):
        return 8
    for word, value in _NUMBER_WORDS.items():
        if re.search(rf"\b{word}\s+weeks?\b", lower):
            return value
    match = re.fullmatch(r"\s*(\d{1,2})\s*", lower)
    if match:
        return int(match.group(1))
    if re.search(r"\b(a|one) week\b|\bnext week\b", lower):
        return 1
    return None


def looks_like_new_request(text: str) -> bool:
    """A message that is a fresh question rather than an answer to the skill's question."""
    lower = text.lower().strip()
    return len(lower.split()) >= 5 and (
        lower.endswith("?")
        or bool(
            re.match(
                r"^(how|what|when|where|why|which|can|could|do|does|is|are|"
                r"i want|i need|i'd like|i would like)\b",
                lower,
            )
        )
    )


def confirmation(turn: Turn, *, skill: str, declined: str) -> tuple[bool, AutomationOutcome | None]:
    """The answer to a skill's "Shall I go ahead?": (True, None) on yes; otherwise (False, what to return):
    `declined` on no, None for a fresh request (the skill lets go), a yes-or-no clarification else."""
    if is_no(turn.text):
        return False, handled(
            skill_reply(declined, skill=skill, state=None),
            skill=skill,
            confidence=0.9,
            reasons=[reason(f"skill.{skill}", "customer declined")],
        )
    if is_yes(turn.text):
        return True, None
    if looks_like_new_request(turn.text):
        return False, None
    return False, cannot(
        "confirmation_not_understood",
        "expected yes or no",
        skill=skill,
        clarify="Shall I go ahead? Please answer yes or no.",
    )


def mask_email(email: str) -> str:
    name, _, domain = email.partition("@")
    return f"{name[:1]}***@{domain}" if domain else "***"


def human_time(moment: datetime, tz: str = "Europe/London") -> str:
    from zoneinfo import ZoneInfo

    try:
        local = moment.astimezone(ZoneInfo(tz))
    except Exception:  # an unknown zone name must not break a reply
        local = moment
    return local.strftime("%a %-d %b, %H:%M")
