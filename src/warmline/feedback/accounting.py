"""Honest resolution accounting: one `ConversationFact` per conversation, computed from what happened.

Silence is recorded as `automated_assumed` and never as `automated_confirmed`; only the customer saying it
helped (an explicit "it helped" or a CSAT of 4-5 without "the bot didn't help") confirms automation.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import case, delete, func, insert, select, update
from sqlalchemy.orm import Session

from warmline.conversations.models import Conversation, Decision, Message
from warmline.customers.models import Customer
from warmline.feedback.models import ConversationFact, CsatResponse, FeedbackSignal
from warmline.kit.clock import as_utc, now

AUTOMATED_ACTIONS = ("automate", "clarify", "offer_human")
#: an unresolved conversation with no activity for this long is over: assumed or abandoned
IDLE_AFTER = timedelta(hours=72)
REOPEN_WINDOW = timedelta(days=7)
CHUNK = 2000
SURVEY_TAGS = ("survey:nps",)


@dataclass(frozen=True)
class Observed:
    """What we know about one conversation, enough to say how it ended."""

    status: str
    mode: str
    handed_off: bool
    human_replied: bool
    bot_engaged: bool
    helped: bool
    not_helped: bool
    csat: int | None
    last_public_author: str | None
    idle: bool


def classify(o: Observed) -> str:
    """The outcome of a conversation. Pure, so the rules can be read and tested on their own."""
    finished = o.status in ("resolved", "closed") or o.idle
    if not finished:
        return "open"
    if o.handed_off or o.mode == "human":
        if o.human_replied and o.status in ("resolved", "closed"):
            return "escalated_after_bot" if o.bot_engaged else "assisted"
        return "abandoned"
    if o.last_public_author == "customer" and o.status not in ("resolved", "closed"):
        return "abandoned"  # the customer wrote last and nobody answered
    confirmed = (o.helped or (o.csat is not None and o.csat >= 4)) and not o.not_helped
    return "automated_confirmed" if confirmed else "automated_assumed"


def _first_moment(moments: Iterable[str]) -> str:
    seen = list(moments)
    for m in seen:
        if m.startswith("crisis."):
            return m
    return seen[0] if seen else "none"


def _seconds(later: datetime | None, earlier: datetime | None) -> float | None:
    if later is None or earlier is None:
        return None
    return max(0.0, (as_utc(later) - as_utc(earlier)).total_seconds())


def refresh_facts(
    session: Session,
    workspace_id: int,
    *,
    conversation_ids: Sequence[int] | None = None,
    since: datetime | None = None,
) -> int:
    """Recompute the facts of these conversations (or those active since `since`, or all); returns a count."""
    cols = (
        Conversation.id,
        Conversation.customer_id,
        Conversation.channel,
        Conversation.status,
        Conversation.mode,
        Conversation.priority,
        Conversation.tags,
        Conversation.created_at,
        Conversation.updated_at,
        Conversation.last_message_at,
        Conversation.handed_off_at,
        Conversation.first_human_reply_at,
        Conversation.resolved_at,
        Customer.segment,
    )
    stmt = (
        select(*cols)
        .join(Customer, Customer.id == Conversation.customer_id)
        .where(Conversation.workspace_id == workspace_id)
    )
    if conversation_ids is not None:
        stmt = stmt.where(Conversation.id.in_(list(conversation_ids)))
    elif since is not None:
        stmt = stmt.where(Conversation.updated_at >= since)
    rows = [
        (r, r.segment)
        for r in session.execute(stmt.order_by(Conversation.id))
        if not any(t in SURVEY_TAGS for t in (r.tags or []))
    ]
    moment = now()
    touched: list[int] = []
    for start in range(0, len(rows), CHUNK):
        chunk = rows[start : start + CHUNK]
        touched.extend(_refresh_chunk(session, workspace_id, chunk, moment))
    if touched:
        _mark_repeat_contacts(session, workspace_id, touched)
    return len(touched)


def _refresh_chunk(
    session: Session, workspace_id: int, chunk: list[tuple[Any, str | None]], moment: datetime
) -> list[int]:
    ids = [c.id for c, _ in chunk]
    public = Message.private.is_(False)
    msg_rows = session.execute(
        select(
            Message.conversation_id,
            func.min(case((Message.author == "customer", Message.created_at))),
            func.sum(case((Message.author == "customer", 1), else_=0)),
            func.max(case((public, Message.id))),
            func.max(case((Message.author == "customer", Message.created_at))),
        )
        .where(Message.conversation_id.in_(ids))
        .group_by(Message.conversation_id)
    ).all()
    first_customer = {r[0]: r[1] for r in msg_rows}
    customer_count = {r[0]: int(r[2] or 0) for r in msg_rows}
    last_customer = {r[0]: r[4] for r in msg_rows}
    last_ids = [r[3] for r in msg_rows if r[3] is not None]
    last_author = (
        dict(
            session.execute(
                select(Message.conversation_id, Message.author).where(Message.id.in_(last_ids))
            ).all()
        )
        if last_ids
        else {}
    )
    # the first public reply after the customer's first message
    reply_rows = session.execute(
        select(Message.conversation_id, Message.created_at, Message.author)
        .where(Message.conversation_id.in_(ids), public, Message.author.in_(("bot", "agent")))
        .order_by(Message.conversation_id, Message.id)
    ).all()
    first_reply: dict[int, datetime] = {}
    for cid, created, _author in reply_rows:
        fc = first_customer.get(cid)
        if cid not in first_reply and fc is not None and as_utc(created) >= as_utc(fc):
            first_reply[cid] = created
    decisions: dict[int, list[tuple[str, dict[str, Any]]]] = defaultdict(list)
    for cid, action, inputs in session.execute(
        select(Decision.conversation_id, Decision.action, Decision.inputs)
        .where(Decision.conversation_id.in_(ids))
        .order_by(Decision.conversation_id, Decision.id)
    ):
        decisions[cid].append((action, inputs or {}))
    csat = dict(
        session.execute(
            select(CsatResponse.conversation_id, CsatResponse.score).where(
                CsatResponse.conversation_id.in_(ids)
            )
        ).all()
    )
    signals: dict[int, set[str]] = defaultdict(set)
    for cid, kind in session.execute(
        select(FeedbackSignal.conversation_id, FeedbackSignal.kind).where(
            FeedbackSignal.conversation_id.in_(ids)
        )
    ):
        signals[cid].add(kind)
    existing = {
        f.conversation_id: f
        for f in session.execute(
            select(
                ConversationFact.conversation_id,
                ConversationFact.reopened,
                ConversationFact.resolved_at,
                ConversationFact.survey_sent_at,
            ).where(ConversationFact.conversation_id.in_(ids))
        )
    }

    new_rows: list[dict[str, Any]] = []
    for conversation, segment in chunk:
        cid = conversation.id
        intent = None
        moments: list[str] = []
        sentiments: list[float] = []
        for _action, inputs in decisions.get(cid, []):
            triage = inputs.get("triage") or {}
            if intent is None and triage.get("intent"):
                intent = str(triage["intent"])
            moments.extend(m for m in triage.get("moments") or [] if m not in moments)
            if triage.get("sentiment") is not None:
                sentiments.append(float(triage["sentiment"]))
        bot_engaged = any(a in AUTOMATED_ACTIONS for a, _ in decisions.get(cid, []))
        kinds = signals.get(cid, set())
        score = csat.get(cid)
        last_activity = conversation.last_message_at or conversation.updated_at
        observed = Observed(
            status=conversation.status,
            mode=conversation.mode,
            handed_off=conversation.handed_off_at is not None,
            human_replied=conversation.first_human_reply_at is not None,
            bot_engaged=bot_engaged,
            helped="bot_helped" in kinds,
            not_helped="bot_did_not_help" in kinds,
            csat=score,
            last_public_author=last_author.get(cid),
            idle=as_utc(last_activity) <= moment - IDLE_AFTER,
        )
        outcome = classify(observed)
        previous = existing.get(cid)
        reopened = bool(previous and previous.reopened)
        if previous is not None and previous.resolved_at is not None and not reopened:
            again = last_customer.get(cid)
            if (
                again is not None
                and as_utc(previous.resolved_at)
                < as_utc(again)
                <= as_utc(previous.resolved_at) + REOPEN_WINDOW
            ):
                reopened = True
        started = conversation.created_at
        values: dict[str, Any] = {
            "conversation_id": cid,
            "workspace_id": workspace_id,
            "customer_id": conversation.customer_id,
            "day": as_utc(started).date(),
            "started_at": started,
            "mode": conversation.mode,
            "segment": segment or "none",
            "intent": intent or "unknown",
            "channel": conversation.channel,
            "moment": _first_moment(moments),
            "priority": conversation.priority,
            "outcome": outcome,
            "bot_engaged": bot_engaged,
            "escalated": conversation.handed_off_at is not None,
            "reopened": reopened,
            "repeat_flag": "repeat_yourself" in kinds,
            "wanted_human_sooner": "wanted_human_sooner" in kinds,
            "bot_did_not_help": "bot_did_not_help" in kinds,
            "csat": score,
            "sentiment": min(sentiments) if sentiments else 0.0,
            "customer_messages": customer_count.get(cid, 0),
            "time_to_human_s": _seconds(conversation.first_human_reply_at, conversation.handed_off_at),
            "first_response_s": _seconds(first_reply.get(cid), first_customer.get(cid)),
            "resolution_s": _seconds(conversation.resolved_at, started),
            "resolved_at": conversation.resolved_at,
            "computed_at": moment,
            "details": {
                "moments": moments,
                "avg_sentiment": round(sum(sentiments) / len(sentiments), 3) if sentiments else None,
            },
        }
        values["survey_sent_at"] = previous.survey_sent_at if previous is not None else None
        new_rows.append(values)
    # replace the chunk's facts in two set-based statements; loaded fact objects are expired to match
    if existing:
        session.execute(delete(ConversationFact).where(ConversationFact.conversation_id.in_(list(existing))))
    if new_rows:
        session.execute(insert(ConversationFact.metadata.tables[ConversationFact.__tablename__]), new_rows)
    id_set = set(ids)
    for obj in list(session.identity_map.values()):
        if isinstance(obj, ConversationFact) and obj.conversation_id in id_set:
            session.expire(obj)
    return ids


def _mark_repeat_contacts(session: Session, workspace_id: int, conversation_ids: list[int]) -> None:
    """A new conversation about the same thing within 7 days reopens the earlier one, in the figures."""
    customers: set[int] = set()
    for start in range(0, len(conversation_ids), CHUNK):
        part = conversation_ids[start : start + CHUNK]
        customers.update(
            cid
            for (cid,) in session.execute(
                select(ConversationFact.customer_id).where(ConversationFact.conversation_id.in_(part))
            ).all()
            if cid is not None
        )
    if not customers:
        return
    rows: list[Any] = []
    customer_list = sorted(customers)
    for start in range(0, len(customer_list), CHUNK):
        rows.extend(
            session.execute(
                select(
                    ConversationFact.conversation_id,
                    ConversationFact.customer_id,
                    ConversationFact.intent,
                    ConversationFact.started_at,
                    ConversationFact.resolved_at,
                    ConversationFact.reopened,
                )
                .where(
                    ConversationFact.workspace_id == workspace_id,
                    ConversationFact.customer_id.in_(customer_list[start : start + CHUNK]),
                )
                .order_by(ConversationFact.customer_id, ConversationFact.started_at)
            ).all()
        )
    by_key: dict[tuple[int, str], list[Any]] = defaultdict(list)
    for row in rows:
        by_key[(row.customer_id, row.intent)].append(row)
    reopened: list[int] = []
    for (_customer, intent), items in by_key.items():
        if intent == "unknown":
            continue
        for earlier, later in zip(items, items[1:], strict=False):
            if earlier.reopened or earlier.resolved_at is None:
                continue
            gap = as_utc(later.started_at) - as_utc(earlier.resolved_at)
            if timedelta(0) <= gap <= REOPEN_WINDOW:
                reopened.append(earlier.conversation_id)
    for start in range(0, len(reopened), CHUNK):
        session.execute(
            update(ConversationFact)
            .where(ConversationFact.conversation_id.in_(reopened[start : start + CHUNK]))
            .values(reopened=True)
        )


def surveys_due(session: Session, workspace_id: int, limit: int = 500) -> list[int]:
    """Conversations resolved since their last survey (or never surveyed) and not yet answered."""
    rows = (
        session.execute(
            select(ConversationFact.conversation_id)
            .outerjoin(CsatResponse, CsatResponse.conversation_id == ConversationFact.conversation_id)
            .where(
                ConversationFact.workspace_id == workspace_id,
                ConversationFact.resolved_at.is_not(None),
                CsatResponse.id.is_(None),
                (ConversationFact.survey_sent_at.is_(None))
                | (ConversationFact.survey_sent_at < ConversationFact.resolved_at),
            )
            .order_by(ConversationFact.conversation_id)
            .limit(limit)
        )
        .scalars()
        .all()
    )
    return list(rows)
