"""The warm hand-off: a person takes over with the full story; an agent hands back explicitly.

`hand_off()` is what the pipeline does on a `hand_off` decision; `request_handoff()` is the same for a
customer or an agent who asks for it; `hand_back()` returns the conversation to automation with what was
resolved.
The packet an agent sees is built in `packet.py` (`build_packet`).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from warmline.audit import service as audit
from warmline.auth.principal import Principal
from warmline.conversations import pipeline
from warmline.conversations import service as conversations
from warmline.conversations.models import Conversation, Decision, Message
from warmline.customers.models import Customer
from warmline.handoff import availability
from warmline.handoff.packet import build_packet
from warmline.handoff.schemas import HandbackRequest, HandoffRequest
from warmline.kit.clock import now
from warmline.kit.errors import Conflict, NotFound
from warmline.policy import service as policy
from warmline.policy.engine import max_priority
from warmline.policy.schemas import PolicyDecision
from warmline.routing import assignment, hours, queue
from warmline.workspaces.models import Workspace

__all__ = ["build_packet", "hand_off", "request_handoff", "hand_back", "offer_text"]


def _conversation(session: Session, workspace_id: int, conversation_id: int) -> Conversation:
    conversation = session.get(Conversation, conversation_id)
    if conversation is None or conversation.workspace_id != workspace_id:
        raise NotFound(f"conversation {conversation_id} not found")
    return conversation


def hand_off(
    session: Session,
    conversation: Conversation,
    decided: PolicyDecision,
    *,
    customer: Customer | None = None,
    initiated_by: str = "policy",
    decision: Decision | None = None,
) -> list[Message]:
    """Put the conversation in human mode, ask routing for a person, and tell the customer honestly."""
    workspace = session.get(Workspace, conversation.workspace_id)
    assert workspace is not None
    customer = customer or session.get(Customer, conversation.customer_id)
    moment = now()
    conversation.mode = "human"
    conversation.handed_off_at = moment
    if conversation.status in ("resolved", "closed"):
        conversation.status = "open"
        conversation.resolved_at = None
    conversation.priority = max_priority(conversation.priority, decided.priority)
    routing = assignment.route(session, conversation, decided)
    notice = availability.wait_notice(workspace, routing, moment, has_email=bool(customer and customer.email))
    lead = decided.customer_message or ""
    text = f"{lead} {notice}".strip()
    state = dict(conversation.state or {})
    state["handoff"] = {
        "at": moment.isoformat(),
        "initiated_by": initiated_by,
        "rule": decided.rule,
        "priority": decided.priority,
        "decision_id": decision.id if decision else None,
        "within_business_hours": routing.within_business_hours,
        "expected_wait_minutes": routing.expected_wait_minutes,
        "agents_online": routing.agents_online,
        "assignee_name": routing.assignee_name,
    }
    state["turns_without_progress"] = 0
    conversation.state = state
    if decision is not None:
        decision.inputs = {**(decision.inputs or {}), "routing": routing.model_dump(mode="json")}
    return [
        pipeline.bot_message(
            session,
            conversation,
            text,
            kind="handoff_notice",
            meta={
                "expected_wait_minutes": routing.expected_wait_minutes,
                "within_business_hours": routing.within_business_hours,
            },
        )
    ]


def offer_text(session: Session, conversation: Conversation, decided: PolicyDecision) -> str:
    """The offer of a person, honest about whether someone is at work."""
    workspace = session.get(Workspace, conversation.workspace_id)
    assert workspace is not None
    text = decided.customer_message or "Would you like to talk to a person?"
    moment = now()
    if not hours.is_open(workspace, moment):
        text += (
            f" {availability.offline_until(workspace, moment)}; if you ask for a person, your conversation "
            "goes first in line and we'll reply by email first thing."
        )
    return text


def request_handoff(
    session: Session,
    principal: Principal | None,
    workspace_id: int,
    conversation_id: int,
    body: HandoffRequest,
) -> tuple[Conversation, Decision | None, list[Message]]:
    """A customer ("Talk to a person") or an agent asks for a person now. Already with a person: no change."""
    conversation = _conversation(session, workspace_id, conversation_id)
    if conversation.mode == "human":
        return conversation, None, []
    customer = session.get(Customer, conversation.customer_id)
    doc, version = policy.active(session, workspace_id)
    segment = customer.segment if customer else None
    explicit = body.initiated_by == "customer"
    reason = body.reason or (
        "the customer asked for a person" if explicit else "an agent took the conversation"
    )
    decided = PolicyDecision(
        action="hand_off",
        priority=body.priority or "normal",
        team=body.team,
        rule="non_negotiable.explicit_request" if explicit else "agent_handoff",
        policy_version=version,
        segment=segment,
        stance=doc.stance_of(segment),
        non_negotiable=explicit,
        customer_message=doc.messages.hand_off,
        reasons=[
            {"detector": "handoff", "label": f"{body.initiated_by}_request", "score": 1.0, "detail": reason}
        ],
    )
    decision = pipeline.record_decision(session, conversation, None, decided, kind="handoff")
    decision.inputs = {
        **decision.inputs,
        "initiated_by": body.initiated_by,
        "reason": reason,
        "user_id": principal.user_id if principal else None,
    }
    replies = hand_off(
        session, conversation, decided, customer=customer, initiated_by=body.initiated_by, decision=decision
    )
    audit.record(
        session,
        principal,
        workspace_id=workspace_id,
        action="conversation.handed_off",
        entity_type="conversation",
        entity_id=conversation.id,
        changes={"mode": ["automated", "human"], "initiated_by": body.initiated_by, "reason": reason},
    )
    return conversation, decision, replies


def hand_back(
    session: Session,
    principal: Principal | None,
    workspace_id: int,
    conversation_id: int,
    body: HandbackRequest,
) -> tuple[Conversation, Decision, list[Message]]:
    """An agent returns the conversation to automation, saying what was resolved; the bot resumes with it."""
    conversation = _conversation(session, workspace_id, conversation_id)
    if conversation.mode != "human":
        raise Conflict("this conversation is not with a person; there is nothing to hand back")
    moment = now()
    conversation.mode = "automated"
    state = dict(conversation.state or {})
    entry: dict[str, Any] = {
        "at": moment.isoformat(),
        "by_user_id": principal.user_id if principal else None,
        "resolved": body.resolved,
        "note": body.note,
    }
    state["handback"] = entry
    state["handbacks"] = [*(state.get("handbacks") or []), entry][-20:]
    state["turns_without_progress"] = 0
    state["last_bot_was_clarify"] = False
    state["last_action"] = "hand_back"
    conversation.state = state
    conversation.updated_at = moment
    queue.release(session, conversation)
    _, version = policy.active(session, workspace_id)
    decided = PolicyDecision(
        action="automate",
        rule="hand_back",
        policy_version=version,
        reasons=[
            {
                "detector": "handoff",
                "label": "hand_back",
                "score": 1.0,
                "detail": f"handed back by an agent; resolved: {body.resolved}",
            }
        ],
    )
    decision = pipeline.record_decision(session, conversation, None, decided, kind="handback")
    decision.inputs = {
        **decision.inputs,
        "resolved": body.resolved,
        "note": body.note,
        "user_id": principal.user_id if principal else None,
    }
    replies: list[Message] = []
    if body.notify_customer:
        replies.append(
            pipeline.bot_message(
                session,
                conversation,
                f"Our team has finished helping with: {body.resolved}. "
                "I'm the automated assistant again — if you "
                "need anything else, just ask here, and you can talk to a person at any time.",
                kind="handback_notice",
                meta={"quick_replies": pipeline.OFFER_QUICK_REPLIES},
            )
        )
    audit.record(
        session,
        principal,
        workspace_id=workspace_id,
        action="conversation.handed_back",
        entity_type="conversation",
        entity_id=conversation.id,
        changes={"mode": ["human", "automated"], "resolved": body.resolved},
    )
    return conversation, decision, replies


def publish(session: Session, conversation: Conversation, replies: list[Message]) -> None:
    """Live updates after commit: the customer's new bot messages and the conversation's new state."""
    for reply in replies:
        conversations.publish_message(session, conversation, reply)
    conversations.publish_conversation(session, conversation)
