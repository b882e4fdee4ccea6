"""Routing over the REST API: presence, transfer with a note, state with time-to-human, SLA report."""

from __future__ import annotations

from fastapi.testclient import TestClient
from sqlalchemy.orm import Session, sessionmaker

from tests.conftest import Tenant, open_conversation
from tests.web.helpers import with_people


def test_presence_is_ones_own_unless_supervisor(client: TestClient, tenant: Tenant) -> None:
    r = client.put("/api/v1/routing/presence", json={"presence": "away"}, headers=tenant.headers("agent"))
    assert r.status_code == 200 and r.json()["presence"] == "away"
    other = client.put(
        "/api/v1/routing/presence",
        json={"presence": "offline", "user_id": tenant.user_ids["admin"]},
        headers=tenant.headers("agent"),
    )
    assert other.status_code == 403
    ok = client.put(
        "/api/v1/routing/presence",
        json={"presence": "offline", "user_id": tenant.user_ids["agent"]},
        headers=tenant.headers("supervisor"),
    )
    assert ok.status_code == 200
    assert (
        client.put(
            "/api/v1/routing/presence", json={"presence": "sleeping"}, headers=tenant.headers("agent")
        ).status_code
        == 422
    )


def test_transfer_state_and_time_to_human(
    client: TestClient, tenant: Tenant, other_tenant: Tenant, factory: sessionmaker[Session]
) -> None:
    cid = open_conversation(client, tenant)["conversation"]["id"]
    with_people(factory, cid)
    moved = client.post(
        f"/api/v1/routing/conversations/{cid}/transfer",
        json={"to_user_id": tenant.user_ids["agent"], "note": "you know this customer"},
        headers=tenant.headers("supervisor"),
    )
    assert moved.status_code == 200, moved.text
    assert moved.json()["assignee_id"] == tenant.user_ids["agent"]
    assert moved.json()["sla"]["kind"] == "first_response"
    client.post(
        f"/api/v1/conversations/{cid}/messages",
        json={"text": "Hello, I'm on it", "author": "agent"},
        headers=tenant.headers("agent"),
    )
    state = client.get(f"/api/v1/routing/conversations/{cid}", headers=tenant.headers("agent")).json()
    assert state["time_to_human_seconds"] is not None and state["time_to_human_seconds"] >= 0
    assert (
        client.get(f"/api/v1/routing/conversations/{cid}", headers=other_tenant.headers()).status_code == 404
    )
    assert (
        client.post(
            f"/api/v1/routing/conversations/{cid}/transfer",
            json={"to_user_id": other_tenant.user_ids["agent"]},
            headers=tenant.headers(),
        ).status_code
        == 404
    )
    assert (
        client.post(
            f"/api/v1/routing/conversations/{cid}/transfer", json={}, headers=tenant.headers()
        ).status_code
        == 422
    )


def test_sla_report_is_for_supervisors_and_per_workspace(
    client: TestClient, tenant: Tenant, other_tenant: Tenant, factory: sessionmaker[Session]
) -> None:
    cid = open_conversation(client, tenant)["conversation"]["id"]
    with_people(factory, cid)
    client.post(
        f"/api/v1/routing/conversations/{cid}/transfer",
        json={"to_user_id": tenant.user_ids["agent"]},
        headers=tenant.headers("supervisor"),
    )
    assert client.get("/api/v1/routing/sla-events", headers=tenant.headers("agent")).status_code == 403
    events = client.get("/api/v1/routing/sla-events", headers=tenant.headers("supervisor")).json()
    assert any(e["conversation_id"] == cid and e["event"] == "started" for e in events)
    assert client.get("/api/v1/routing/sla-events", headers=other_tenant.headers()).json() == []
