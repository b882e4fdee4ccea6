"""Designed-in human touchpoints. Automation finds the moment and drafts the brief; a named person leads.

- Onboarding buddies: new customers of chosen segments get a named buddy (round robin) and check-in
  conversations on day 3 and day 14 (jobs with run_at), each with a task and a brief.
- Renewal reviews: a task N days before `attributes["contract_end"]`.
- Risk check-ins: several negative conversations, a crisis, or repeated contacts within a window.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from warmline import jobs
from warmline.audit import service as audit
from warmline.auth.principal import Principal
from warmline.conversations.models import Conversation, Message
from warmline.customers.models import Customer
from warmline.feedback.models import ConversationFact as F
from warmline.kit.clock import as_utc, now
from warmline.kit.errors import Invalid, NotFound
from warmline.touchpoints.models import TASK_STATUSES, TouchpointSettings, TouchpointTask
from warmline.workspaces.models import User

NEGATIVE_SENTIMENT = -0.4
CHECK_IN_DAYS = (3, 14)


def settings_for(session: Session, workspace_id: int) -> TouchpointSettings:
    row = session.get(TouchpointSettings, workspace_id)
    if row is None:
        row = TouchpointSettings(workspace_id=workspace_id, onboarding_segments=[], buddy_user_ids=[])
        session.add(row)
        session.flush()
    return row


def update_settings(
    session: Session, principal: Principal, workspace_id: int, values: dict[str, Any]
) -> TouchpointSettings:
    row = settings_for(session, workspace_id)
    for user_id in values.get("buddy_user_ids") or []:
        user = session.get(User, user_id)
        if user is None or user.workspace_id != workspace_id:
            raise NotFound(f"user {user_id} not found")
    before = {k: getattr(row, k) for k in values}
    for key, value in values.items():
        setattr(row, key, value)
    row.updated_at = now()
    changes = audit.diff(before, {k: getattr(row, k) for k in values})
    if changes:
        audit.record(
            session,
            principal,
            workspace_id=workspace_id,
            action="touchpoints.settings_updated",
            entity_type="touchpoint_settings",
            entity_id=workspace_id,
            changes=changes,
        )
    return row


# -- the brief -------------------------------------------------------------------------------------


def _trend(values: list[float]) -> str:
    if len(values) < 2:
        return "not enough conversations to tell"
    half = len(values) // 2
    early, late = sum(values[:half]) / half, sum(values[half:]) / (len(values) - half)
    if late < early - 0.15:
        return "getting worse"
    if late > early + 0.15:
        return "improving"
    return "steady"


def build_brief(session: Session, customer: Customer, kind: str) -> dict[str, Any]:
    """History, open issues, sentiment trend and suggested talking points, for the person who will call."""
    facts = list(
        session.scalars(
            select(F)
            .where(F.workspace_id == customer.workspace_id, F.customer_id == customer.id)
            .order_by(F.started_at.desc())
            .limit(12)
        )
    )
    subjects = (
        dict(
            session.execute(
                select(Conversation.id, Conversation.subject).where(
                    Conversation.id.in_([f.conversation_id for f in facts])
                )
            ).all()
        )
        if facts
        else {}
    )
    open_rows = session.execute(
        select(Conversation.id, Conversation.subject, Conversation.status)
        .where(
            Conversation.workspace_id == customer.workspace_id,
            Conversation.customer_id == customer.id,
            Conversation.status.in_(("open", "pending")),
        )
        .order_by(Conversation.id.desc())
        .limit(5)
    ).all()
    history = [
        {
            "conversation_id": f.conversation_id,
            "date": as_utc(f.started_at).date().isoformat(),
            "subject": subjects.get(f.conversation_id) or f.intent.replace("_", " "),
            "intent": f.intent,
            "outcome": f.outcome,
            "csat": f.csat,
            "sentiment": round(f.sentiment, 2),
            "moment": f.moment,
        }
        for f in facts
    ]
    sentiments = [round(f.sentiment, 2) for f in reversed(facts[:6])]
    scores = [f.csat for f in facts if f.csat is not None]
    attrs = customer.attributes or {}
    points: list[str] = []
    first_name = (customer.name or "there").split(" ")[0]
    if kind.startswith("onboarding"):
        points.append("Ask how the first weeks went and whether anything was confusing to set up.")
        points.append("Offer a walk-through of the features they have not used yet.")
    if kind == "renewal_review":
        points.append(
            f"Their contract ends on {attrs.get('contract_end')}: review what they use and what they value."
        )
        points.append("Ask what would make renewing an easy decision; note any price concerns honestly.")
    crises = sorted({f.moment for f in facts if f.moment.startswith("crisis.")})
    if crises:
        points.append(
            f"Acknowledge the recent {', '.join(c.split('.', 1)[1].replace('_', ' ') for c in crises)} "
            "and check it is fully fixed."
        )
    bad = [f for f in facts if (f.csat is not None and f.csat <= 2) or f.sentiment <= NEGATIVE_SENTIMENT]
    if bad:
        points.append(
            f"{len(bad)} recent conversation(s) went badly ({bad[0].intent.replace('_', ' ')} most "
            "recently): apologise specifically, not generally."
        )
    if open_rows:
        points.append(f"{len(open_rows)} issue(s) still open: give a clear next step and a date for each.")
    repeated = [
        intent for intent, n in _count(f.intent for f in facts).items() if n >= 3 and intent != "unknown"
    ]
    if repeated:
        points.append(
            f"They keep contacting us about {', '.join(i.replace('_', ' ') for i in repeated)}: "
            "find the root cause rather than answering again."
        )
    if not points:
        points.append("A friendly check-in: ask how things are going and whether we can help with anything.")
    summary = (
        f"{customer.name or 'This customer'} ({customer.segment or 'no segment'}; plan "
        f"{attrs.get('plan', 'unknown')}, lifetime value {attrs.get('lifetime_value', 'unknown')}) had "
        f"{len(facts)} recent conversation(s)"
        + (f", average CSAT {sum(scores) / len(scores):.1f}" if scores else "")
        + "."
    )
    hi = f"Hi {first_name}, "
    openings = {
        "onboarding_day3": hi + "I'm your contact here while you get started. How have the first few days "
        "been? Is there anything I can help you set up?",
        "onboarding_day14": hi + "it's been two weeks: how is everything going? Anything you would like to "
        "change or try?",
        "renewal_review": hi
        + "your plan is up for renewal soon. Could we find 15 minutes to look at how it's "
        "working for you?",
        "risk_checkin": hi
        + "I saw things have not gone smoothly lately and I wanted to check in personally. "
        "I'm sorry for the trouble; what would help most right now?",
    }
    return {
        "summary": summary,
        "history": history,
        "open_issues": [
            {"id": r.id, "subject": r.subject or f"conversation {r.id}", "status": r.status}
            for r in open_rows
        ],
        "sentiment_trend": {"values": sentiments, "direction": _trend(sentiments)},
        "csat_history": scores[:10],
        "talking_points": points,
        "draft_opening": openings.get(kind),
    }


def _count(values: Any) -> dict[str, int]:
    out: dict[str, int] = defaultdict(int)
    for v in values:
        out[v] += 1
    return out


# -- tasks -----------------------------------------------------------------------------------------


def create_task(
    session: Session,
    customer: Customer,
    *,
    kind: str,
    occasion: str,
    assignee_id: int | None,
    due_at: datetime,
    title: str,
    reasons: list[dict[str, Any]],
    conversation_id: int | None = None,
) -> TouchpointTask | None:
    """One task per customer and occasion; None when it already exists."""
    existing = session.scalar(
        select(TouchpointTask.id).where(
            TouchpointTask.workspace_id == customer.workspace_id,
            TouchpointTask.customer_id == customer.id,
            TouchpointTask.occasion == occasion,
        )
    )
    if existing is not None:
        return None
    task = TouchpointTask(
        workspace_id=customer.workspace_id,
        customer_id=customer.id,
        assignee_id=assignee_id,
        kind=kind,
        occasion=occasion,
        title=title[:300],
        brief=build_brief(session, customer, kind),
        reasons=reasons,
        conversation_id=conversation_id,
        due_at=due_at,
    )
    session.add(task)
    session.flush()
    return task


def list_tasks(
    session: Session,
    workspace_id: int,
    *,
    assignee_id: int | None = None,
    status: str | None = "open",
    customer_id: int | None = None,
) -> list[TouchpointTask]:
    stmt = select(TouchpointTask).where(TouchpointTask.workspace_id == workspace_id)
    if assignee_id is not None:
        stmt = stmt.where(TouchpointTask.assignee_id == assignee_id)
    if status:
        stmt = stmt.where(TouchpointTask.status == status)
    if customer_id is not None:
        stmt = stmt.where(TouchpointTask.customer_id == customer_id)
    return list(session.scalars(stmt.order_by(TouchpointTask.due_at, TouchpointTask.id).limit(200)))


def get_task(session: Session, workspace_id: int, task_id: int) -> TouchpointTask:
    task = session.get(TouchpointTask, task_id)
    if task is None or task.workspace_id != workspace_id:
        raise NotFound(f"task {task_id} not found")
    return task


def update_task(
    session: Session,
    principal: Principal,
    workspace_id: int,
    task_id: int,
    *,
    status: str | None = None,
    note: str | None = None,
    assignee_id: int | None = None,
) -> TouchpointTask:
    task = get_task(session, workspace_id, task_id)
    before = {"status": task.status, "assignee_id": task.assignee_id}
    if status is not None:
        if status not in TASK_STATUSES:
            raise Invalid(f"status must be one of {', '.join(TASK_STATUSES)}")
        task.status = status
        task.completed_at = now() if status != "open" else None
    if assignee_id is not None:
        user = session.get(User, assignee_id)
        if user is None or user.workspace_id != workspace_id:
            raise NotFound(f"user {assignee_id} not found")
        task.assignee_id = assignee_id
    if note is not None:
        task.outcome_note = note
    changes = audit.diff(before, {"status": task.status, "assignee_id": task.assignee_id})
    if changes:
        audit.record(
            session,
            principal,
            workspace_id=workspace_id,
            action="touchpoint.updated",
            entity_type="touchpoint_task",
            entity_id=task.id,
            changes=changes,
        )
    return task


def names_for(session: Session, tasks: list[TouchpointTask]) -> dict[int, str]:
    ids = {t.assignee_id for t in tasks if t.assignee_id}
    if not ids:
        return {}
    return dict(session.execute(select(User.id, User.name).where(User.id.in_(ids))).all())


# -- finding the moments ---------------------------------------------------------------------------


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
        assignee = customer.owner_id or (int(settings.buddy_user_ids[0]) if settings.buddy_user_ids else None)
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
        assignee = customer.owner_id or (int(settings.buddy_user_ids[0]) if settings.buddy_user_ids else None)
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
