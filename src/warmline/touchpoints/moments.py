"""Designed-in human touchpoints. Automation finds the moment and drafts the brief; a named person leads.

- Onboarding buddies: new customers of chosen segments get a named buddy (round robin) and check-in
  conversations on day 3 and day 14 (jobs with run_at), each with a task and a brief.
- Renewal reviews: a task N days before `attributes["contract_end"]`.
- Risk check-ins: several negative conversations, a crisis, or repeated contacts within a window.

Each moment becomes a task (see `tasks`) with a brief (see `brief`); `scan` looks for all three.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from warmline import jobs
from warmline.audit import service as audit
from warmline.conversations.models import Conversation, Message
from warmline.customers.models import Customer
from warmline.feedback.models import ConversationFact as F
from warmline.kit.clock import as_utc, now
from warmline.touchpoints.brief import NEGATIVE_SENTIMENT, build_brief
from warmline.touchpoints.models import TouchpointSettings, TouchpointTask
from warmline.touchpoints.tasks import create_task, settings_for

CHECK_IN_DAYS = (3, 14)


# -- finding the moments ---------------------------------------------------------------------------


def _task_owner(customer: Customer, settings: TouchpointSettings) -> int | None:
    """Who gets a customer's review or check-in task: their owner, else the first onboarding buddy."""
    return customer.owner_id or (int(settings.buddy_user_ids[0]) if settings.buddy_user_ids else None)


def _buddy(session: Session, settings: TouchpointSettings) -> int | None:
    """Round robin: the buddy with the fewest new customers assigned."""
    buddies = [int(b) for b in settings.buddy_user_ids or []]
    if not buddies:
        return None
    load_full: dict[int, int] = {b: 0 for b in buddies}
    for owner, _ in session.execute(
        select(Customer.owner_id, Customer.id).where(Customer.owner_id.in_(buddies))
    ):
        if owner is not None:
            load_full[owner] += 1
    return min(buddies, key=lambda b: (load_full[b], buddies.index(b)))


def _signup(customer: Customer) -> datetime:
    raw = (customer.attributes or {}).get("signup_date")
    if isinstance(raw, str):
        try:
            d = date.fromisoformat(raw[:10])
            return datetime(d.year, d.month, d.day, 9, tzinfo=as_utc(customer.created_at).tzinfo)
        except ValueError:
            pass
    return as_utc(customer.created_at)


def assign_buddies(session: Session, workspace_id: int, settings: TouchpointSettings) -> int:
    if not settings.onboarding_segments or not settings.buddy_user_ids:
        return 0
    moment = now()
    since = moment - timedelta(days=settings.new_customer_days)
    assigned = 0
    candidates = session.scalars(
        select(Customer).where(
            Customer.workspace_id == workspace_id,
            Customer.segment.in_(list(settings.onboarding_segments)),
            Customer.created_at >= since - timedelta(days=1),
        )
    ).all()
    for customer in candidates:
        start = _signup(customer)
        if start < since:
            continue
        if customer.owner_id is None:
            buddy = _buddy(session, settings)
            customer.owner_id = buddy
            session.flush()
            audit.record(
                session,
                None,
                workspace_id=workspace_id,
                action="customer.buddy_assigned",
                entity_type="customer",
                entity_id=customer.id,
                changes={"owner_id": [None, buddy]},
            )
            assigned += 1
        for day in CHECK_IN_DAYS:
            jobs.enqueue(
                session,
                "touchpoints.check_in",
                {"customer_id": customer.id, "day": day},
                run_at=max(moment, start + timedelta(days=day)),
                workspace_id=workspace_id,
                dedupe_key=f"onboarding:{customer.id}:{day}",
            )
    return assigned


def check_in(session: Session, customer_id: int, day: int) -> TouchpointTask | None:
    """Day 3 / day 14: a human-mode conversation for the buddy, with the draft opening as a private note."""
    customer = session.get(Customer, customer_id)
    if customer is None:
        return None
    kind = f"onboarding_day{day}"
    existing = session.scalar(
        select(TouchpointTask.id).where(
            TouchpointTask.customer_id == customer.id, TouchpointTask.occasion == kind
        )
    )
    if existing is not None:
        return None
    moment = now()
    brief = build_brief(session, customer, kind)
    conversation = Conversation(
        workspace_id=customer.workspace_id,
        customer_id=customer.id,
        channel="email" if customer.email else "widget",
        status="pending",
        mode="human",
        assignee_id=customer.owner_id,
        subject=f"Day {day} check-in"[:200],
        tags=["touchpoint", kind],
        created_at=moment,
        updated_at=moment,
        last_message_at=moment,
        handed_off_at=moment,
    )
    session.add(conversation)
    session.flush()
    session.add(
        Message(
            workspace_id=customer.workspace_id,
            conversation_id=conversation.id,
            author="system",
            text=f"Draft opening for the buddy (not sent): {brief['draft_opening']}",
            private=True,
            meta={"kind": "touchpoint_draft", "task_kind": kind},
            created_at=moment,
        )
    )
    return create_task(
        session,
        customer,
        kind=kind,
        occasion=kind,
        assignee_id=customer.owner_id,
        due_at=moment,
        title=f"Day {day} check-in with {customer.name or customer.external_id}",
        reasons=[
            {
                "detector": "touchpoints",
                "label": "onboarding",
                "detail": f"{customer.name or 'This customer'} joined on "
                f"{_signup(customer).date().isoformat()} ({customer.segment}); day {day} "
                "check-in with their onboarding buddy",
            }
        ],
        conversation_id=conversation.id,
    )


def renewal_reviews(session: Session, workspace_id: int, settings: TouchpointSettings) -> int:
    today = now().date()
    horizon = today + timedelta(days=settings.renewal_days_before)
    made = 0
    for customer in session.scalars(select(Customer).where(Customer.workspace_id == workspace_id)):
        raw = (customer.attributes or {}).get("contract_end")
        if not isinstance(raw, str):
            continue
        try:
            ends = date.fromisoformat(raw[:10])
        except ValueError:
            continue
        if not today <= ends <= horizon:
            continue
        assignee = _task_owner(customer, settings)
        task = create_task(
            session,
            customer,
            kind="renewal_review",
            occasion=f"renewal:{ends.isoformat()}",
            assignee_id=assignee,
            due_at=datetime(ends.year, ends.month, ends.day, 9, tzinfo=now().tzinfo)
            - timedelta(days=min(14, settings.renewal_days_before)),
            title=f"Renewal review with {customer.name or customer.external_id} (ends {ends})",
            reasons=[
                {
                    "detector": "touchpoints",
                    "label": "renewal",
                    "detail": f"contract ends on {ends}, within {settings.renewal_days_before} days",
                }
            ],
        )
        made += task is not None
    return made


def risk_reasons(facts: list[Any], settings: TouchpointSettings) -> list[dict[str, Any]]:
    negatives = [
        f for f in facts if f.sentiment <= NEGATIVE_SENTIMENT or (f.csat is not None and f.csat <= 2)
    ]
    crises = [f for f in facts if f.moment.startswith("crisis.")]
    reasons: list[dict[str, Any]] = []
    if len(negatives) >= settings.risk_negative_conversations:
        reasons.append(
            {
                "detector": "touchpoints",
                "label": "negative_conversations",
                "detail": f"{len(negatives)} negative conversations in {settings.risk_window_days} days",
            }
        )
    if crises:
        reasons.append(
            {
                "detector": "touchpoints",
                "label": "crisis",
                "detail": f"a crisis: {crises[0].moment.split('.', 1)[1].replace('_', ' ')}",
            }
        )
    if len(facts) >= settings.risk_repeat_contacts:
        reasons.append(
            {
                "detector": "touchpoints",
                "label": "repeated_contacts",
                "detail": f"{len(facts)} contacts in {settings.risk_window_days} days",
            }
        )
    return reasons


def check_risk(session: Session, workspace_id: int, customer_ids: list[int] | None = None) -> int:
    settings = settings_for(session, workspace_id)
    moment = now()
    stmt = select(F).where(
        F.workspace_id == workspace_id, F.started_at >= moment - timedelta(days=settings.risk_window_days)
    )
    if customer_ids is not None:
        stmt = stmt.where(F.customer_id.in_(customer_ids))
    per: dict[int, list[Any]] = defaultdict(list)
    for f in session.scalars(stmt):
        if f.customer_id is not None:
            per[f.customer_id].append(f)
    week = moment.isocalendar()
    made = 0
    for customer_id, facts in per.items():
        reasons = risk_reasons(facts, settings)
        if not reasons:
            continue
        customer = session.get(Customer, customer_id)
        if customer is None:
            continue
        assignee = _task_owner(customer, settings)
        task = create_task(
            session,
            customer,
            kind="risk_checkin",
            occasion=f"risk:{week[0]}-W{week[1]:02d}",
            assignee_id=assignee,
            due_at=moment + timedelta(days=1),
            title=f"Check in with {customer.name or customer.external_id}: risk is rising",
            reasons=reasons,
        )
        made += task is not None
    return made


def scan(session: Session, workspace_id: int) -> dict[str, int]:
    settings = settings_for(session, workspace_id)
    if not settings.enabled:
        return {"buddies": 0, "renewals": 0, "risks": 0}
    return {
        "buddies": assign_buddies(session, workspace_id, settings),
        "renewals": renewal_reviews(session, workspace_id, settings),
        "risks": check_risk(session, workspace_id),
    }
