"""The one path every customer message takes: triage -> policy -> action.

1. triage the message (with the conversation's earlier turns);
2. the workspace's policy decides (`policy.engine.decide`), the non-negotiable defaults included;
3. when the decision is `automate`, automation is asked (`automation.service.respond`); when it cannot
   help, or its answer would not move things forward, the policy falls back to one clarifying question, then a
   person (`policy.engine.resolve_automation`) — never a guess;
4. the decision is stored with its inputs, rule, policy version and reasons, and carried out: automated
   replies, a clarifying question, an offer of a person, or a hand-off with an honest expected wait.

Once a conversation is with a person, automation stays silent until an agent hands it back.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from warmline.automation import service as automation
from warmline.automation.contract import AutomationOutcome
from warmline.conversations.models import Conversation, Decision, Message
from warmline.customers.models import Customer
from warmline.handoff import availability
from warmline.kit.clock import now
from warmline.policy import engine
from warmline.policy import service as policy
from warmline.policy.schemas import PolicyContext, PolicyDecision
from warmline.routing import hours
from warmline.triage import Triager, load_default_triager
from warmline.triage.result import TriageResult, Turn
from warmline.workspaces.models import User, Workspace

log = logging.getLogger(__name__)
CONTEXT_TURNS = 12
OFFER_QUICK_REPLIES = [{"label": "Talk to a person", "value": "Talk to a person"}]

#: tests and the simulator replay may put a stand-in for automation here: (session, **kwargs) -> outcome
automation_override: Callable[..., AutomationOutcome] | None = None


@dataclass
class TurnOutcome:
    decision: Decision
    replies: list[Message] = field(default_factory=list)


@lru_cache(maxsize=1)
def _default_triager() -> Triager:
    return load_default_triager()


def warm_up_triage() -> None:
    """Load every triage model (some load lazily) before the first customer message needs them; the parts
    only messages in other languages need finish loading in the background while the app starts serving."""
    _default_triager().warm_up(in_background=True)


def triage_message(text: str, previous_turns: Sequence[Turn]) -> TriageResult:
    return _default_triager().triage(text, previous_turns=tuple(previous_turns))


def previous_turns(session: Session, conversation: Conversation, before_id: int | None = None) -> list[Turn]:
    """The conversation's last public turns (before message `before_id`, or all of them), oldest first."""
    stmt = select(Message.author, Message.text, Message.meta).where(
        Message.conversation_id == conversation.id, Message.private.is_(False)
    )
    if before_id is not None:
        stmt = stmt.where(Message.id < before_id)
    rows = session.execute(stmt.order_by(Message.id.desc()).limit(CONTEXT_TURNS)).all()
    return [
        Turn(author=author, text=text, bot_failed=bool((meta or {}).get("bot_failed")))
        for author, text, meta in reversed(rows)
    ]


def base_context(
    session: Session, conversation: Conversation, customer: Customer, workspace: Workspace
) -> PolicyContext:
    """What the policy may look at besides the message (the per-turn counters are added by `turn_context`)."""
    at = now()
    owner = session.get(User, customer.owner_id) if customer.owner_id else None
    state = conversation.state or {}
    return PolicyContext(
        workspace_id=conversation.workspace_id,
        conversation_id=conversation.id,
        channel=conversation.channel,
        segment=customer.segment,
        customer_attributes=customer.attributes or {},
        conversation_mode=conversation.mode,
        automated_turns_without_progress=int(state.get("turns_without_progress", 0)),
        at=at,
        within_business_hours=hours.is_open(workspace, at),
        owner_name=owner.name.split(" ")[0] if owner is not None and owner.is_active else None,
        emergency_resources=availability.emergency_resources(workspace, customer),
        handback_summary=(state.get("handback") or {}).get("resolved"),
    )


def ensure_segment(session: Session, customer: Customer) -> None:
    """Give the customer a segment from the policy's rules when the business did not set one."""
    if customer.segment:
        return
    doc, _ = policy.active(session, customer.workspace_id)
    segment = engine.assign_segment(doc, customer.attributes or {}, now().date())
    if segment:
        customer.segment = segment


def process_customer_message(
    session: Session,
    conversation: Conversation,
    customer: Customer,
    message: Message,
    triage: TriageResult | None = None,
) -> TurnOutcome:
    """Run the pipeline on a stored customer message. `triage` may come precomputed (see
    `conversations.service.triage_ahead`): the message triaged against the conversation as it was when the
    message arrived, outside the write transaction."""
    if triage is None:
        triage = triage_message(message.text, previous_turns(session, conversation, message.id))
    workspace = session.get(Workspace, conversation.workspace_id)
    assert workspace is not None
    ensure_segment(session, customer)
    doc, version = policy.active(session, conversation.workspace_id)
    state = dict(conversation.state or {})
    ctx = engine.turn_context(base_context(session, conversation, customer, workspace), message.text, state)
    decided = engine.decide(doc, version, triage, ctx)
    outcome: AutomationOutcome | None = None
    drafted: str | None = None
    if decided.action == "automate":
        outcome = ask_automation(
            session, conversation=conversation, customer=customer, message=message, triage=triage, context=ctx
        )
        decided = engine.resolve_automation(
            doc,
            decided,
            ctx,
            handled=outcome.handled,
            progress=outcome.progress,
            clarify_question=outcome.clarify_question,
        )
        decided.reasons.extend(outcome.reasons[:5])
        if decided.skill is None and outcome.skill:
            decided.skill = outcome.skill
    elif decided.stance == "white_glove" and decided.action == "hand_off" and conversation.mode != "human":
        draft = ask_automation(
            session, conversation=conversation, customer=customer, message=message, triage=triage, context=ctx
        )
        if draft.handled and draft.replies:
            drafted = "\n\n".join(r.text for r in draft.replies)[:4000]
    if ctx.said_not_helpful:
        _mark_last_bot_failed(session, conversation, message.id)
    decision = record_decision(session, conversation, message, decided, ctx, outcome)
    # automation may have kept its own keys (a skill in progress) in the state while it ran: keep them
    after = dict(conversation.state or {})
    if drafted:
        after["automation_draft"] = drafted
    conversation.state = engine.next_state(after, ctx, decided)
    replies = apply(session, conversation, decided, outcome, customer=customer, decision=decision)
    return TurnOutcome(decision=decision, replies=replies)


def ask_automation(session: Session, **kwargs: Any) -> AutomationOutcome:
    """Automation's answer; when automation fails, it could not help (never a guess)."""
    if automation_override is not None:
        return automation_override(session, **kwargs)
    try:
        with session.begin_nested():
            return automation.respond(session, **kwargs)
    except Exception:  # a failing automation must not lose the customer's message
        log.exception("automation failed on conversation %s", kwargs["conversation"].id)
        return AutomationOutcome(
            handled=False,
            progress=False,
            reasons=[
                {"detector": "automation", "label": "error", "score": 1.0, "detail": "automation failed"}
            ],
        )


def _mark_last_bot_failed(session: Session, conversation: Conversation, before_id: int) -> None:
    last = session.scalar(
        select(Message)
        .where(
            Message.conversation_id == conversation.id,
            Message.id < before_id,
            Message.author == "bot",
            Message.private.is_(False),
        )
        .order_by(Message.id.desc())
        .limit(1)
    )
    if last is not None:
        last.meta = {**(last.meta or {}), "bot_failed": True}


def record_decision(
    session: Session,
    conversation: Conversation,
    message: Message | None,
    decided: PolicyDecision,
    ctx: PolicyContext | None = None,
    outcome: AutomationOutcome | None = None,
    *,
    kind: str = "message",
) -> Decision:
    inputs: dict[str, Any] = {"triage": decided.triage.model_dump(mode="json") if decided.triage else None}
    if ctx is not None:
        inputs["context"] = ctx.model_dump(
            mode="json", exclude={"customer_attributes", "emergency_resources"}
        )
        inputs["customer_attributes"] = ctx.customer_attributes
    inputs["segment"], inputs["stance"] = decided.segment, decided.stance
    inputs["non_negotiable"] = decided.non_negotiable
    if outcome is not None:
        inputs["automation"] = {
            "handled": outcome.handled,
            "progress": outcome.progress,
            "confidence": outcome.confidence,
            "clarify_question": outcome.clarify_question,
            "skill": outcome.skill,
        }
    decision = Decision(
        workspace_id=conversation.workspace_id,
        conversation_id=conversation.id,
        message_id=message.id if message else None,
        kind=kind,
        action=decided.action,
        priority=decided.priority,
        team=decided.team,
        rule=decided.rule,
        policy_version=decided.policy_version,
        reasons=list(decided.reasons),
        inputs=inputs,
    )
    session.add(decision)
    session.flush()
    return decision


def apply(
    session: Session,
    conversation: Conversation,
    decided: PolicyDecision,
    outcome: AutomationOutcome | None = None,
    *,
    customer: Customer | None = None,
    decision: Decision | None = None,
) -> list[Message]:
    """Carry the decision out on the conversation. Returns the automated replies it sent."""
    replies: list[Message] = []
    moment = now()
    if decided.emergency_notice:
        # A safety notice, not an automated answer: with a person already there it comes from the system.
        replies.append(
            bot_message(
                session,
                conversation,
                decided.emergency_notice,
                kind="emergency_resources",
                author="system" if conversation.mode == "human" else "bot",
            )
        )
    if conversation.mode == "human":
        conversation.priority = engine.max_priority(conversation.priority, decided.priority)
    elif decided.action == "hand_off":
        from warmline.handoff import service as handoff  # cycle: handoff.service imports this module

        replies += handoff.hand_off(
            session, conversation, decided, customer=customer, initiated_by="policy", decision=decision
        )
    elif decided.action == "automate" and outcome is not None:
        for reply in outcome.replies:
            replies.append(
                bot_message(
                    session,
                    conversation,
                    reply.text,
                    kind=str(reply.meta.get("kind", "answer")),
                    meta=reply.meta,
                )
            )
    elif decided.action == "clarify" and decided.customer_message:
        replies.append(
            bot_message(
                session, conversation, decided.customer_message, kind="clarify", meta={"bot_failed": True}
            )
        )
    elif decided.action == "offer_human":
        from warmline.handoff import service as handoff  # cycle: handoff.service imports this module

        replies.append(
            bot_message(
                session,
                conversation,
                handoff.offer_text(session, conversation, decided),
                kind="offer_human",
                meta={"quick_replies": OFFER_QUICK_REPLIES},
            )
        )
    conversation.updated_at = moment
    return replies


def bot_message(
    session: Session,
    conversation: Conversation,
    text: str,
    *,
    kind: str,
    meta: dict[str, Any] | None = None,
    author: str = "bot",
) -> Message:
    """Add a message from the bot (or the system) to the conversation."""
    reply = Message(
        workspace_id=conversation.workspace_id,
        conversation_id=conversation.id,
        author=author,
        text=text,
        meta={**(meta or {}), "kind": kind},
    )
    session.add(reply)
    session.flush()
    conversation.last_message_at = reply.created_at
    return reply
