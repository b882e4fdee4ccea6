"""The simulator from the admin API: the candidate policy against the running one, over given conversations or
the workspace's recent ones."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from warmline.conversations.models import Conversation, Decision, Message
from warmline.customers.models import Customer
from warmline.policy import service
from warmline.policy.simulator import (
    SimAutomation,
    SimConversation,
    SimCustomer,
    SimMessage,
    SimulationReport,
    simulate,
)
from warmline.triage.result import TriageResult


def _stored_triage(raw: Any) -> TriageResult | None:
    """The triage stored with the decision, so the simulation does not triage history again."""
    if not isinstance(raw, dict):
        return None
    try:
        return TriageResult.model_validate(raw)
    except ValueError:
        return None


def recent_conversations(session: Session, workspace_id: int, limit: int = 500) -> list[SimConversation]:
    """The workspace's recent conversations as the simulator reads them, with what automation did."""
    convs = list(
        session.scalars(
            select(Conversation)
            .where(Conversation.workspace_id == workspace_id)
            .order_by(Conversation.id.desc())
            .limit(limit)
        )
    )
    if not convs:
        return []
    ids = [c.id for c in convs]
    messages: dict[int, list[Message]] = {}
    for m in session.scalars(
        select(Message)
        .where(Message.conversation_id.in_(ids), Message.author == "customer", Message.private.is_(False))
        .order_by(Message.id)
    ):
        messages.setdefault(m.conversation_id, []).append(m)
    decisions = {
        d.message_id: d
        for d in session.scalars(
            select(Decision).where(Decision.conversation_id.in_(ids), Decision.kind == "message")
        )
    }
    customers = {
        c.id: c
        for c in session.scalars(select(Customer).where(Customer.id.in_({c.customer_id for c in convs})))
    }
    out: list[SimConversation] = []
    for conv in reversed(convs):
        msgs = messages.get(conv.id) or []
        if not msgs:
            continue
        sim_messages = []
        open_hours = True
        for i, m in enumerate(msgs):
            decision = decisions.get(m.id)
            inputs: dict[str, Any] = (decision.inputs or {}) if decision else {}
            auto = inputs.get("automation")
            if i == 0:
                open_hours = bool((inputs.get("context") or {}).get("within_business_hours", True))
            sim_messages.append(
                SimMessage(
                    text=m.text,
                    triage=_stored_triage(inputs.get("triage")),
                    automation=SimAutomation(
                        handled=bool(auto.get("handled")),
                        progress=bool(auto.get("progress")),
                        clarify_question=auto.get("clarify_question"),
                    )
                    if isinstance(auto, dict)
                    else None,
                )
            )
        customer = customers.get(conv.customer_id)
        out.append(
            SimConversation(
                id=conv.id,
                channel=conv.channel,
                messages=sim_messages,
                customer=SimCustomer(attributes=(customer.attributes if customer else {}) or {}),
                within_business_hours=open_hours,
                at=msgs[0].created_at,
            )
        )
    return out


def simulate_for_workspace(
    session: Session,
    workspace_id: int,
    source: str,
    conversations: list[SimConversation] | None,
    *,
    recent: int = 500,
    include_outcomes: bool = False,
) -> SimulationReport:
    candidate = service.validate_source(source)
    baseline, _ = service.active(session, workspace_id)
    convs = (
        conversations if conversations is not None else recent_conversations(session, workspace_id, recent)
    )
    return simulate(candidate, convs, baseline, include_outcomes=include_outcomes)
