"""The brief for the person who makes the call: history, open issues, sentiment trend, suggested talking
points and a draft opening (`build_brief`)."""

from __future__ import annotations

from collections import Counter
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from warmline.conversations.models import Conversation
from warmline.customers.models import Customer
from warmline.feedback.models import ConversationFact as F
from warmline.kit.clock import as_utc

NEGATIVE_SENTIMENT = -0.4


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
        intent for intent, n in Counter(f.intent for f in facts).items() if n >= 3 and intent != "unknown"
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
