"""The conversation API as a client sees it, on SQLite and PostgreSQL."""

from __future__ import annotations

from fastapi.testclient import TestClient

from tests.conftest import Tenant, open_conversation


def test_health(client: TestClient) -> None:
    assert client.get("/healthz").json() == {"status": "ok"}


def test_opening_a_conversation_returns_it_with_the_first_message_and_a_decision(
    client: TestClient, tenant: Tenant
) -> None:
    response = client.post(
        "/api/v1/conversations",
        json={"customer": {"external_id": "c-9", "name": "Ana", "attributes": {"plan": "Duo"}},
              "channel": "api", "message": {"text": "Hello, my oven is broken", "client_msg_id": "x1"}},
        headers=tenant.headers(),
    )
    assert response.status_code == 201
    body = response.json()
    assert body["message"]["text"] == "Hello, my oven is broken"
    assert body["message"]["author"] == "customer"
    assert body["conversation"]["channel"] == "api"
    assert body["conversation"]["status"] == "open"
    decision = body["decision"]
    assert decision["action"] in ("automate", "clarify", "offer_human", "hand_off")
    assert decision["reasons"], "every decision carries its reasons"
    assert "policy_version" in decision
    assert body["customer_token"].startswith(f"{body['conversation']['id']}.")


def test_the_same_first_message_twice_opens_one_conversation(client: TestClient, tenant: Tenant) -> None:
    first = open_conversation(client, tenant, client_msg_id="dup-1")
    again = client.post(
        "/api/v1/conversations",
        json={"customer": {"external_id": "cust-1"}, "channel": "api",
              "message": {"text": "Where is my order?", "client_msg_id": "dup-1"}},
        headers=tenant.headers(),
    )
    assert again.status_code == 200
    assert again.json()["conversation"]["id"] == first["conversation"]["id"]
    assert again.json()["message"]["id"] == first["message"]["id"]
    listed = client.get("/api/v1/conversations", headers=tenant.headers()).json()["items"]
    assert len(listed) == 1


def test_messages_are_idempotent_by_client_message_id(client: TestClient, tenant: Tenant) -> None:
    conv = open_conversation(client, tenant)
    cid = conv["conversation"]["id"]
    url = f"/api/v1/conversations/{cid}/messages"
    body = {"text": "Any news?", "client_msg_id": "m-2", "author": "customer"}
    first = client.post(url, json=body, headers=tenant.headers())
    second = client.post(url, json=body, headers=tenant.headers())
    assert first.status_code == 201
    assert second.status_code == 200
    assert second.json()["message"]["id"] == first.json()["message"]["id"]
    assert second.json()["decision"]["id"] == first.json()["decision"]["id"]
    texts = [m["text"] for m in client.get(url, headers=tenant.headers()).json()["items"]]
    assert texts.count("Any news?") == 1


def test_agent_reply_takes_the_conversation_and_records_first_human_reply(
    client: TestClient, tenant: Tenant
) -> None:
    cid = open_conversation(client, tenant)["conversation"]["id"]
    reply = client.post(f"/api/v1/conversations/{cid}/messages",
                        json={"text": "Hi, I'm on it.", "author": "agent", "client_msg_id": "a-1"},
                        headers=tenant.headers("agent"))
    assert reply.status_code == 201
    conversation = client.get(f"/api/v1/conversations/{cid}", headers=tenant.headers()).json()
    assert conversation["mode"] == "human"
    assert conversation["first_human_reply_at"] is not None
    assert conversation["assignee_id"] == tenant.user_ids["agent"]


def test_private_notes_are_agent_only(client: TestClient, tenant: Tenant) -> None:
    cid = open_conversation(client, tenant)["conversation"]["id"]
    refused = client.post(f"/api/v1/conversations/{cid}/messages",
                          json={"text": "note", "author": "customer", "private": True},
                          headers=tenant.headers())
    assert refused.status_code == 422
    note = client.post(f"/api/v1/conversations/{cid}/messages",
                       json={"text": "Customer sounds worried", "author": "agent", "private": True},
                       headers=tenant.headers("agent"))
    assert note.status_code == 201
    assert note.json()["message"]["private"] is True


def test_list_filters_and_cursor_pagination(client: TestClient, tenant: Tenant) -> None:
    ids = [open_conversation(client, tenant, external_id=f"c{i}", client_msg_id=f"m{i}")["conversation"]["id"]
           for i in range(5)]
    client.patch(f"/api/v1/conversations/{ids[0]}", json={"status": "resolved"}, headers=tenant.headers())
    seen: list[int] = []
    cursor = None
    while True:
        params = {"limit": 2} | ({"cursor": cursor} if cursor else {})
        page = client.get("/api/v1/conversations", params=params, headers=tenant.headers()).json()
        seen += [c["id"] for c in page["items"]]
        cursor = page["next_cursor"]
        if not cursor:
            break
    assert sorted(seen) == sorted(ids) and len(seen) == len(set(seen))
    resolved = client.get("/api/v1/conversations", params={"status": "resolved"}, headers=tenant.headers())
    assert [c["id"] for c in resolved.json()["items"]] == [ids[0]]
    human = client.get("/api/v1/conversations", params={"mode": "human"}, headers=tenant.headers()).json()
    automated = client.get("/api/v1/conversations", params={"mode": "automated"},
                           headers=tenant.headers()).json()
    assert len(human["items"]) + len(automated["items"]) == 5


def test_patch_changes_status_assignee_priority_and_is_audited(client: TestClient, tenant: Tenant) -> None:
    cid = open_conversation(client, tenant)["conversation"]["id"]
    agent_id = tenant.user_ids["agent"]
    response = client.patch(f"/api/v1/conversations/{cid}",
                            json={"status": "pending", "assignee_id": agent_id, "priority": "high"},
                            headers=tenant.headers("supervisor"))
    assert response.status_code == 200
    body = response.json()
    assert (body["status"], body["assignee_id"], body["priority"]) == ("pending", agent_id, "high")
    assigned = client.get("/api/v1/conversations", params={"assignee": agent_id}, headers=tenant.headers())
    assert [c["id"] for c in assigned.json()["items"]] == [cid]
    audit = client.get("/api/v1/audit", headers=tenant.headers()).json()
    entry = next(e for e in audit if e["action"] == "conversation.updated")
    assert entry["changes"]["priority"] == ["normal", "high"]
    assert entry["actor_user_id"] == tenant.user_ids["supervisor"]


def test_decisions_are_stored_and_listed(client: TestClient, tenant: Tenant) -> None:
    conv = open_conversation(client, tenant)
    decisions = client.get(f"/api/v1/conversations/{conv['conversation']['id']}/decisions",
                           headers=tenant.headers()).json()
    assert decisions[0]["id"] == conv["decision"]["id"]
    assert decisions[0]["message_id"] == conv["message"]["id"]
    assert decisions[0]["inputs"]["triage"] is not None


def test_script_in_a_message_is_stored_exactly_as_sent(client: TestClient, tenant: Tenant) -> None:
    payload = '<script>alert("pwned")</script> & <b>bold</b>'
    conv = open_conversation(client, tenant, text=payload)
    messages = client.get(f"/api/v1/conversations/{conv['conversation']['id']}/messages",
                          headers=tenant.headers()).json()["items"]
    assert messages[0]["text"] == payload
