"""Proactive notifications: admin only, templated, delivered into a conversation once, replies are triaged."""

from __future__ import annotations

from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from tests.automation.helpers import seed_automation, tenant_say
from tests.conftest import Tenant
from warmline.conversations.models import Message
from warmline.db import transaction


def _customer(client: TestClient, tenant: Tenant, external_id: str, segment: str) -> None:
    body = {"external_id": external_id, "name": f"Sam {external_id}", "segment": segment}
    assert client.post("/api/v1/customers", json=body, headers=tenant.headers()).status_code == 201


def test_a_notification_reaches_each_customer_of_the_segment_once(
    client: TestClient, tenant: Tenant, factory: sessionmaker[Session]
) -> None:
    seed_automation(factory, tenant.id)
    existing = tenant_say(client, tenant, "Hi", customer="n-1", segment="self_serve")
    _customer(client, tenant, "n-2", "self_serve")
    _customer(client, tenant, "n-3", "white_glove")
    body = {
        "template": "delivery_delayed",
        "segment": "self_serve",
        "variables": {"when": "on Tuesday", "reason": "of snow on the roads"},
    }
    assert client.post("/api/v1/notifications", json=body, headers=tenant.headers("agent")).status_code == 403
    response = client.post("/api/v1/notifications", json=body, headers=tenant.headers())
    assert response.status_code == 201, response.text
    assert response.json()["recipients"] == 2
    runner = client.app.state.job_runner  # type: ignore[attr-defined]
    runner.run_due()
    runner.run_due()
    with transaction(factory) as session:
        sent = [
            m
            for m in session.scalars(select(Message).where(Message.author == "bot"))
            if (m.meta or {}).get("kind") == "notification"
        ]
    assert len(sent) == 2
    assert {m.conversation_id for m in sent} >= {existing["conversation"]["id"]}
    assert all("of snow on the roads" in m.text and "$" not in m.text for m in sent)
    assert any(m.text.startswith("Hi Sam") for m in sent)
    # the reply continues the same conversation and goes through triage and the policy
    reply = tenant_say(
        client,
        tenant,
        "This is the third time this month, I'm really fed up",
        conversation_id=existing["conversation"]["id"],
    )
    assert reply["decision"]["action"] in ("hand_off", "offer_human", "clarify")


def test_bad_notifications_are_refused_clearly(client: TestClient, tenant: Tenant) -> None:
    _customer(client, tenant, "n-9", "self_serve")
    missing = client.post(
        "/api/v1/notifications", json={"template": "delivery_delayed"}, headers=tenant.headers()
    )
    assert missing.status_code == 422 and "reason" in missing.json()["error"]["message"]
    unknown = client.post("/api/v1/notifications", json={"template": "nope"}, headers=tenant.headers())
    assert unknown.status_code == 422
    nobody = client.post(
        "/api/v1/notifications",
        json={"template": "custom", "text": "Hello", "segment": "zzz"},
        headers=tenant.headers(),
    )
    assert nobody.status_code == 422
