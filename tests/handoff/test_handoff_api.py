"""The warm hand-off through the API: the packet, asking for a person, handing back, white-glove greetings."""

from __future__ import annotations

from datetime import UTC, datetime

from fastapi.testclient import TestClient
from sqlalchemy.orm import Session, sessionmaker

from tests.conftest import Tenant, open_conversation
from tests.policy.helpers import ScriptedAutomation, automation, post
from warmline.conversations.models import Conversation
from warmline.customers.models import Customer
from warmline.db import transaction
from warmline.kit.clock import frozen_at

OPEN = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)


def test_the_packet_tells_the_agent_everything_the_customer_already_said(
    client: TestClient, tenant: Tenant
) -> None:
    with frozen_at(OPEN), automation(ScriptedAutomation()):
        earlier = open_conversation(client, tenant, text="How do I skip next week's box?", client_msg_id="p1")
        client.patch(
            f"/api/v1/conversations/{earlier['conversation']['id']}",
            json={"status": "resolved"},
            headers=tenant.headers(),
        )
        turn = open_conversation(
            client,
            tenant,
            client_msg_id="p2",
            text="I was charged twice for my last order #48213. This is really frustrating.",
        )
    cid = turn["conversation"]["id"]
    assert turn["conversation"]["mode"] == "human"
    packet = client.get(f"/api/v1/conversations/{cid}/handoff", headers=tenant.headers("agent")).json()
    assert any("charged twice" in s for s in packet["summary"])
    entry = packet["timeline"][0]
    assert entry["text"].startswith("I was charged twice") and "crisis.billing_error" in entry["moments"]
    assert entry["action"] == "hand_off"
    assert packet["why"]["rule"] == "non_negotiable.crisis_or_vulnerability"
    assert packet["why"]["priority"] == "high"
    assert packet["customer"]["name"] == "Robin Doe" and packet["customer"]["segment"]
    assert [p["outcome"] for p in packet["past_conversations"]] == ["resolved by automation"]
    assert any("refund" in n["need"] and "#48213" in n["need"] for n in packet["predicted_needs"])
    assert packet["draft_reply"].startswith("Hi Robin")
    assert "sorry" in packet["draft_reply"].lower(), "an empathetic opening when the customer is upset"
    assert isinstance(packet["suggested_articles"], list)


def test_the_packet_of_another_workspace_is_not_found(
    client: TestClient, tenant: Tenant, other_tenant: Tenant
) -> None:
    cid = open_conversation(client, tenant, text="I want to talk to a real person")["conversation"]["id"]
    assert (
        client.get(f"/api/v1/conversations/{cid}/handoff", headers=other_tenant.headers()).status_code == 404
    )
    assert (
        client.post(
            f"/api/v1/conversations/{cid}/handback", json={"resolved": "x"}, headers=other_tenant.headers()
        ).status_code
        == 404
    )
    assert (
        client.post(
            f"/api/v1/conversations/{cid}/handoff", json={}, headers=other_tenant.headers()
        ).status_code
        == 404
    )


def test_a_customer_or_agent_can_ask_for_a_person_and_it_is_stored_with_reasons(
    client: TestClient, tenant: Tenant
) -> None:
    with frozen_at(OPEN), automation(ScriptedAutomation()):
        cid = open_conversation(client, tenant, text="How do I skip next week's box?")["conversation"]["id"]
        response = client.post(
            f"/api/v1/conversations/{cid}/handoff",
            headers=tenant.headers("agent"),
            json={
                "initiated_by": "agent",
                "reason": "VIP asked by phone",
                "priority": "high",
                "team": "support",
            },
        )
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["conversation"]["mode"] == "human" and body["conversation"]["priority"] == "high"
    assert body["decision"]["rule"] == "agent_handoff"
    assert body["decision"]["reasons"][0]["detail"] == "VIP asked by phone"
    assert body["replies"][0]["meta"]["kind"] == "handoff_notice"
    again = client.post(
        f"/api/v1/conversations/{cid}/handoff", json={"initiated_by": "customer"}, headers=tenant.headers()
    )
    assert again.status_code == 200 and again.json()["changed"] is False and again.json()["replies"] == []
    bad = client.post(
        f"/api/v1/conversations/{cid}/handoff", json={"initiated_by": "robot"}, headers=tenant.headers()
    )
    assert bad.status_code == 422


def test_hand_back_says_what_was_resolved_and_the_bot_resumes_with_that_context(
    client: TestClient, tenant: Tenant
) -> None:
    bot = ScriptedAutomation()
    with frozen_at(OPEN), automation(bot):
        cid = open_conversation(client, tenant, text="I want to talk to a real person")["conversation"]["id"]
        silent = post(client, tenant, cid, "How do I skip next week's box?", "s1")
        assert silent["replies"] == [] and bot.calls == []
        not_human = open_conversation(
            client, tenant, text="How do I skip next week's box?", external_id="c2", client_msg_id="x"
        )["conversation"]["id"]
        assert (
            client.post(
                f"/api/v1/conversations/{not_human}/handback",
                json={"resolved": "x"},
                headers=tenant.headers("agent"),
            ).status_code
            == 409
        )
        assert (
            client.post(
                f"/api/v1/conversations/{cid}/handback", json={}, headers=tenant.headers("agent")
            ).status_code
            == 422
        )
        back = client.post(
            f"/api/v1/conversations/{cid}/handback",
            headers=tenant.headers("agent"),
            json={"resolved": "refunded the double charge on order #48213"},
        )
        assert back.status_code == 200, back.text
        assert back.json()["conversation"]["mode"] == "automated"
        assert "refunded the double charge" in back.json()["replies"][0]["text"]
        resumed = post(client, tenant, cid, "How do I skip next week's box?", "s2")
    assert resumed["decision"]["action"] == "automate"
    assert [r["text"] for r in resumed["replies"]] == ["Here is how: ..."]
    assert bot.calls[-1]["context"].handback_summary == "refunded the double charge on order #48213"
    packet = client.get(f"/api/v1/conversations/{cid}/handoff", headers=tenant.headers()).json()
    assert packet["handbacks"][0]["resolved"] == "refunded the double charge on order #48213"
    audit = client.get("/api/v1/audit", headers=tenant.headers("admin")).json()
    assert any(e["action"] == "conversation.handed_back" for e in audit)


def test_white_glove_customers_are_greeted_by_their_named_person(client: TestClient, tenant: Tenant) -> None:
    vip = client.post(
        "/api/v1/customers",
        headers=tenant.headers("admin"),
        json={"external_id": "vip-1", "name": "Helen Carter", "attributes": {"vip": True}},
    )
    assert vip.status_code == 201, vip.text
    owner = tenant.user_ids["supervisor"]
    client.patch(
        f"/api/v1/customers/{vip.json()['id']}", json={"owner_id": owner}, headers=tenant.headers("admin")
    )
    drafts = ScriptedAutomation()
    with frozen_at(OPEN), automation(drafts):
        turn = open_conversation(client, tenant, text="How do I skip next week's box?", external_id="vip-1")
    assert turn["decision"]["action"] == "hand_off"
    assert turn["decision"]["rule"] in ("default.white_glove", "stance.white_glove")
    assert turn["conversation"]["mode"] == "human"
    assert "Supervisor" in turn["replies"][0]["text"], turn["replies"][0]["text"]
    assert len(drafts.calls) == 1, "automation drafts for the agent, it does not answer"
    packet = client.get(
        f"/api/v1/conversations/{turn['conversation']['id']}/handoff", headers=tenant.headers()
    ).json()
    assert packet["customer"]["stance"] == "white_glove"
    assert "Here is how: ..." in packet["draft_reply"]


def _handed_off(client: TestClient, tenant: Tenant) -> int:
    with frozen_at(OPEN), automation(ScriptedAutomation()):
        turn = open_conversation(
            client, tenant, text="I was charged twice for my last order #48213. This is really frustrating."
        )
    assert turn["conversation"]["mode"] == "human"
    return int(turn["conversation"]["id"])


def test_the_draft_reply_is_signed_by_the_agent_reading_it(client: TestClient, tenant: Tenant) -> None:
    cid = _handed_off(client, tenant)
    as_agent = client.get(f"/api/v1/conversations/{cid}/handoff", headers=tenant.headers("agent")).json()
    as_supervisor = client.get(
        f"/api/v1/conversations/{cid}/handoff", headers=tenant.headers("supervisor")
    ).json()
    assert as_agent["draft_reply"].startswith("Hi Robin, this is Agent from the team.")
    assert as_supervisor["draft_reply"].startswith("Hi Robin, this is Supervisor from the team.")


def test_an_anonymous_visitor_is_greeted_neutrally_not_by_a_placeholder_name(
    client: TestClient, tenant: Tenant, factory: sessionmaker[Session]
) -> None:
    cid = _handed_off(client, tenant)
    with transaction(factory) as session:
        conversation = session.get(Conversation, cid)
        assert conversation is not None
        customer = session.get(Customer, conversation.customer_id)
        assert customer is not None
        customer.name, customer.anonymous = "Website visitor", True
    packet = client.get(f"/api/v1/conversations/{cid}/handoff", headers=tenant.headers("agent")).json()
    assert packet["draft_reply"].startswith("Hi there, this is Agent")
    assert "Website" not in packet["draft_reply"]


def test_articles_written_for_the_customers_segment_are_suggested(client: TestClient, tenant: Tenant) -> None:
    cid = _handed_off(client, tenant)
    segment = client.get(f"/api/v1/conversations/{cid}/handoff", headers=tenant.headers()).json()["customer"][
        "segment"
    ]
    assert segment
    created = client.post(
        "/api/v1/knowledge/articles",
        headers=tenant.headers("admin"),
        json={
            "title": "Refunding a double charge",
            "body": "When a customer was charged twice for an order, refund the second charge the same day.",
            "audience": segment,
            "status": "published",
        },
    )
    assert created.status_code == 201, created.text
    packet = client.get(f"/api/v1/conversations/{cid}/handoff", headers=tenant.headers("agent")).json()
    assert "Refunding a double charge" in [a["title"] for a in packet["suggested_articles"]]
