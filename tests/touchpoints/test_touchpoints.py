"""Onboarding buddies with day-3 and day-14 check-ins, renewal reviews, risk check-ins, with briefs."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from tests.feedback import helpers
from warmline.conversations.models import Conversation, Message
from warmline.customers.models import Customer
from warmline.db import transaction
from warmline.feedback.accounting import refresh_facts
from warmline.kit import clock


def test_new_white_glove_customer_gets_a_buddy_and_two_check_ins(client, tenant, factory):
    buddy = tenant.user_ids["agent"]
    r = client.put(
        "/api/v1/touchpoints/settings",
        headers=tenant.headers(),
        json={"onboarding_segments": ["white_glove"], "buddy_user_ids": [buddy]},
    )
    assert r.status_code == 200, r.text
    assert (
        client.put(
            "/api/v1/touchpoints/settings",
            headers=tenant.headers("supervisor"),
            json={"renewal_days_before": 10},
        ).status_code
        == 403
    )
    start = clock.now()
    with transaction(factory) as session:
        new = helpers.customer(session, tenant.id, "new-1", segment="white_glove")
        helpers.customer(session, tenant.id, "new-2", segment="self_serve")  # not a chosen segment
        new_id = new.id
    assert client.post("/api/v1/touchpoints/scan", headers=tenant.headers()).json()["buddies"] == 1
    with transaction(factory) as session:
        assert session.get(Customer, new_id).owner_id == buddy
    runner = client.app.state.job_runner
    with clock.frozen_at(start + timedelta(days=3, hours=1)):
        runner.run_due()
    tasks = client.get("/api/v1/touchpoints/tasks?mine=true", headers=tenant.headers("agent")).json()
    assert [t["kind"] for t in tasks] == ["onboarding_day3"]
    task = tasks[0]
    assert task["assignee_id"] == buddy and task["conversation_id"]
    assert task["brief"]["talking_points"] and "Hi Customer" in task["brief"]["draft_opening"]
    with transaction(factory) as session:
        conversation = session.get(Conversation, task["conversation_id"])
        assert conversation.mode == "human" and conversation.assignee_id == buddy
        note = session.scalar(select(Message).where(Message.conversation_id == conversation.id))
        assert note.private and "Draft opening" in note.text  # the person leads; nothing was sent
    with clock.frozen_at(start + timedelta(days=14, hours=1)):
        runner.run_due()
        runner.run_due()
    kinds = sorted(
        t["kind"] for t in client.get("/api/v1/touchpoints/tasks", headers=tenant.headers()).json()
    )
    assert kinds == ["onboarding_day14", "onboarding_day3"]
    # scanning again creates nothing twice
    client.post("/api/v1/touchpoints/scan", headers=tenant.headers())
    with clock.frozen_at(start + timedelta(days=15)):
        runner.run_due()
    assert len(client.get("/api/v1/touchpoints/tasks", headers=tenant.headers()).json()) == 2
    r = client.patch(
        f"/api/v1/touchpoints/tasks/{task['id']}",
        headers=tenant.headers("agent"),
        json={"status": "done", "note": "all good"},
    )
    assert r.status_code == 200 and r.json()["status"] == "done"


def test_renewal_review_and_risk_check_in_with_brief(client, tenant, other_tenant, factory):
    soon = (clock.now() + timedelta(days=20)).date().isoformat()
    later = (clock.now() + timedelta(days=200)).date().isoformat()
    with transaction(factory) as session:
        renewing = helpers.customer(
            session, tenant.id, "r-1", segment="balanced", contract_end=soon, plan="Duo"
        )
        helpers.customer(session, tenant.id, "r-2", segment="balanced", contract_end=later)
        upset = helpers.customer(session, tenant.id, "u-1", segment="balanced")
        for i in range(3):
            helpers.conversation(
                session, upset, intent="billing", sentiment=-0.7, started=clock.now() - timedelta(days=i + 1)
            )
        helpers.conversation(
            session,
            upset,
            intent="billing",
            resolved_after=None,
            started=clock.now() - timedelta(hours=2),
            text="Still waiting on my refund",
        )
        refresh_facts(session, tenant.id)
        renewing_id, upset_id = renewing.id, upset.id
    result = client.post("/api/v1/touchpoints/scan", headers=tenant.headers()).json()
    assert result["renewals"] == 1 and result["risks"] == 1
    tasks = {
        t["customer_id"]: t for t in client.get("/api/v1/touchpoints/tasks", headers=tenant.headers()).json()
    }
    assert tasks[renewing_id]["kind"] == "renewal_review" and soon in tasks[renewing_id]["title"]
    risk = tasks[upset_id]
    assert risk["kind"] == "risk_checkin"
    labels = {r["label"] for r in risk["reasons"]}
    assert {"negative_conversations", "repeated_contacts"} <= labels
    brief = risk["brief"]
    assert len(brief["history"]) == 4 and brief["open_issues"][0]["subject"] == "Still waiting on my refund"
    assert brief["sentiment_trend"]["values"] and any("went badly" in p for p in brief["talking_points"])
    # once per week per customer; other workspaces see none of it
    assert client.post("/api/v1/touchpoints/scan", headers=tenant.headers()).json()["risks"] == 0
    assert (
        client.get(f"/api/v1/touchpoints/tasks/{risk['id']}", headers=other_tenant.headers()).status_code
        == 404
    )
    assert (
        client.patch(
            f"/api/v1/touchpoints/tasks/{risk['id']}", headers=tenant.headers(), json={"status": "maybe"}
        ).status_code
        == 422
    )


def test_low_csat_triggers_a_risk_look(client, tenant, factory):
    with transaction(factory) as session:
        c = helpers.customer(session, tenant.id, "x-1", segment="balanced")
        convs = [
            helpers.conversation(session, c, started=clock.now() - timedelta(days=i + 1)) for i in range(3)
        ]
        refresh_facts(session, tenant.id)
        ids = [x.id for x in convs]
    for cid in ids:
        client.post(f"/api/v1/conversations/{cid}/feedback", headers=tenant.headers(), json={"score": 1})
    client.app.state.job_runner.run_due()
    tasks = client.get("/api/v1/touchpoints/tasks", headers=tenant.headers()).json()
    assert [t["kind"] for t in tasks] == ["risk_checkin"]
