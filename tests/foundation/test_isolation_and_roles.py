"""No token of workspace A ever reaches workspace B's data; roles limit what a token may change."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from tests.conftest import Tenant, open_conversation


@pytest.fixture
def b_ids(client: TestClient, other_tenant: Tenant) -> dict[str, int]:
    conv = open_conversation(client, other_tenant, text="Globex private matter", external_id="gx-1")
    customer = client.get("/api/v1/customers", headers=other_tenant.headers()).json()["items"][0]
    return {
        "conversation": conv["conversation"]["id"],
        "customer": customer["id"],
        "user": other_tenant.user_ids["agent"],
    }


ENDPOINTS = [
    ("GET", "/api/v1/conversations/{conversation}", None),
    ("PATCH", "/api/v1/conversations/{conversation}", {"status": "closed"}),
    ("GET", "/api/v1/conversations/{conversation}/messages", None),
    ("POST", "/api/v1/conversations/{conversation}/messages", {"text": "sneaky", "client_msg_id": "s1"}),
    ("GET", "/api/v1/conversations/{conversation}/decisions", None),
    ("GET", "/api/v1/customers/{customer}", None),
    ("PATCH", "/api/v1/customers/{customer}", {"name": "hijacked"}),
    ("DELETE", "/api/v1/customers/{customer}", None),
]


@pytest.mark.parametrize(("method", "path", "body"), ENDPOINTS)
def test_other_workspace_ids_are_404(
    client: TestClient, tenant: Tenant, b_ids: dict[str, int], method: str, path: str, body: dict | None
) -> None:
    response = client.request(method, path.format(**b_ids), json=body, headers=tenant.headers())
    assert response.status_code == 404, response.text


def test_lists_never_show_another_workspace(
    client: TestClient, tenant: Tenant, other_tenant: Tenant, b_ids: dict[str, int]
) -> None:
    open_conversation(client, tenant, text="Acme question")
    conv_ids = {
        c["id"] for c in client.get("/api/v1/conversations", headers=tenant.headers()).json()["items"]
    }
    assert b_ids["conversation"] not in conv_ids
    cust_ids = {c["id"] for c in client.get("/api/v1/customers", headers=tenant.headers()).json()["items"]}
    assert b_ids["customer"] not in cust_ids
    users = {u["id"] for u in client.get("/api/v1/users", headers=tenant.headers()).json()}
    assert b_ids["user"] not in users
    assert client.get("/api/v1/workspace", headers=tenant.headers()).json()["slug"] == "acme"
    assert all(
        e["entity_id"] != str(b_ids["customer"]) or e["entity_type"] != "customer"
        for e in client.get("/api/v1/audit", headers=tenant.headers()).json()
    )


def test_cannot_assign_to_another_workspaces_agent(
    client: TestClient, tenant: Tenant, b_ids: dict[str, int]
) -> None:
    cid = open_conversation(client, tenant)["conversation"]["id"]
    response = client.patch(
        f"/api/v1/conversations/{cid}", json={"assignee_id": b_ids["user"]}, headers=tenant.headers()
    )
    assert response.status_code == 404


def test_the_other_workspaces_data_is_untouched(
    client: TestClient, tenant: Tenant, other_tenant: Tenant, b_ids: dict[str, int]
) -> None:
    for method, path, body in ENDPOINTS:
        client.request(method, path.format(**b_ids), json=body, headers=tenant.headers())
    messages = client.get(
        f"/api/v1/conversations/{b_ids['conversation']}/messages", headers=other_tenant.headers()
    ).json()["items"]
    assert "sneaky" not in [m["text"] for m in messages]
    customer = client.get(f"/api/v1/customers/{b_ids['customer']}", headers=other_tenant.headers()).json()
    assert customer["name"] != "hijacked"


def test_an_agent_cannot_change_workspace_settings(client: TestClient, tenant: Tenant) -> None:
    for role in ("agent", "supervisor"):
        response = client.patch(
            "/api/v1/workspace", json={"settings": {"x": 1}}, headers=tenant.headers(role)
        )
        assert response.status_code == 403
        assert response.json()["error"]["code"] == "forbidden"
    ok = client.patch("/api/v1/workspace", json={"settings": {"x": 1}}, headers=tenant.headers("admin"))
    assert ok.status_code == 200 and ok.json()["settings"] == {"x": 1}
    audit = client.get("/api/v1/audit", headers=tenant.headers()).json()
    assert audit[0]["action"] == "workspace.updated"


def test_only_admins_issue_tokens(client: TestClient, tenant: Tenant) -> None:
    assert (
        client.post("/api/v1/tokens", json={"role": "admin"}, headers=tenant.headers("agent")).status_code
        == 403
    )
    created = client.post("/api/v1/tokens", json={"role": "agent", "name": "bot"}, headers=tenant.headers())
    assert created.status_code == 201
    token = created.json()["token"]
    assert (
        client.get("/api/v1/conversations", headers={"Authorization": f"Bearer {token}"}).status_code == 200
    )


def test_agents_cannot_read_the_audit_log(client: TestClient, tenant: Tenant) -> None:
    assert client.get("/api/v1/audit", headers=tenant.headers("agent")).status_code == 403
