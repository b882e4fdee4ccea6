"""The one path every customer message takes: triage -> policy -> action.

The result is a stored `Decision` with its reasons, plus whatever automated replies the action produced.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from warmline.conversations.models import Conversation, Decision, Message
from warmline.customers.models import Customer
from warmline.kit.clock import now
from warmline.policy import service as policy
from warmline.policy.schemas import PolicyContext, PolicyDecision
from warmline.triage.result import TriageResult, Turn

CONTEXT_TURNS = 12


@dataclass
class TurnOutcome:
    decision: Decision
    replies: list[Message] = field(default_factory=list)


@lru_cache(maxsize=1)
def _default_triager() -> Any:
    try:
        from warmline.triage import load_default_triager
    except ImportError:  # TEMPORARY while the triage package is assembled in this session
        return _EmptyTriager()
    return load_default_triager()


class _EmptyTriager:
    def triage(self, text: str, previous_turns: Sequence[Turn] = ()) -> TriageResult:
        return TriageResult()


def triage_message(text: str, previous_turns: Sequence[Turn]) -> TriageResult:
    return _default_triager().triage(text, previous_turns=tuple(previous_turns))  # type: ignore[no-any-return]


def previous_turns(session: Session, conversation: Conversation, before_id: int) -> list[Turn]:
    rows = session.execute(
        select(Message.author, Message.text, Message.meta)
        .where(Message.conversation_id == conversation.id, Message.id < before_id, Message.private.is_(False))
        .order_by(Message.id.desc())
        .limit(CONTEXT_TURNS)
    ).all()
    return [
        Turn(author=author, text=text, bot_failed=bool((meta or {}).get("bot_failed")))
        for author, text, meta in reversed(rows)
    ]


def process_customer_message(
    session: Session, conversation: Conversation, customer: Customer, message: Message
) -> TurnOutcome:
    triage = triage_message(message.text, previous_turns(session, conversation, message.id))
    context = PolicyContext(
        workspace_id=conversation.workspace_id,
        conversation_id=conversation.id,
        channel=conversation.channel,
        segment=customer.segment,
        customer_attributes=customer.attributes or {},
        conversation_mode=conversation.mode,  # type: ignore[arg-type]
        automated_turns_without_progress=int((conversation.state or {}).get("turns_without_progress", 0)),
        at=now(),
    )
    decided = policy.decide(session, triage, context)
    decision = record_decision(session, conversation, message, decided)
    replies = apply(session, conversation, decided)
    return TurnOutcome(decision=decision, replies=replies)


def record_decision(
    session: Session, conversation: Conversation, message: Message | None, decided: PolicyDecision
) -> Decision:
    decision = Decision(
        workspace_id=conversation.workspace_id,
        conversation_id=conversation.id,
        message_id=message.id if message else None,
        action=decided.action,
        priority=decided.priority,
        team=decided.team,
        rule=decided.rule,
        policy_version=decided.policy_version,
        reasons=list(decided.reasons),
        inputs={"triage": decided.triage.model_dump(mode="json") if decided.triage else None},
    )
    session.add(decision)
    session.flush()
    return decision


def apply(session: Session, conversation: Conversation, decided: PolicyDecision) -> list[Message]:
    """Carry the decision out on the conversation. Returns the automated replies it sent."""
    replies: list[Message] = []
    moment = now()
    if decided.action == "hand_off" and conversation.mode != "human":
        conversation.mode = "human"
        conversation.handed_off_at = moment
        if conversation.status in ("resolved", "closed"):
            conversation.status = "open"
        if _rank(decided.priority) > _rank(conversation.priority):
            conversation.priority = decided.priority
        if decided.customer_message:
            replies.append(_bot_message(session, conversation, decided.customer_message, kind="handoff_notice"))
    conversation.updated_at = moment
    return replies


def _bot_message(session: Session, conversation: Conversation, text: str, *, kind: str) -> Message:
    reply = Message(
        workspace_id=conversation.workspace_id,
        conversation_id=conversation.id,
        author="bot",
        text=text,
        meta={"kind": kind},
    )
    session.add(reply)
    session.flush()
    conversation.last_message_at = reply.created_at
    return reply


_PRIORITY_RANK = {"low": 0, "normal": 1, "high": 2, "urgent": 3}


def _rank(priority: str) -> int:
    return _PRIORITY_RANK.get(priority, 1)
