"""CSAT, explicit signals and agent flags through the API, and the contract the widget calls."""

from __future__ import annotations

import pytest

from tests.feedback import helpers
from warmline.db import transaction
from warmline.feedback import service
from warmline.kit.errors import Invalid, NotFound


def open_conversation(client, tenant, external_id="cust-1"):  # type: ignore[no-untyped-def]
    factory = client.app.state.sessionmaker
    with transaction(factory) as session:
        conv = helpers.conversation(session, helpers.customer(session, tenant.id, external_id))
        return {"conversation": {"id": conv.id}}


def test_customer_scores_a_conversation_with_comment_and_signals(client, tenant):
    conv = open_conversation(client, tenant)["conversation"]
    r = client.post(
        f"/api/v1/conversations/{conv['id']}/feedback",
        headers=tenant.headers("agent"),
        json={"score": 2, "comment": "<b>slow</b>", "signals": ["wanted_human_sooner"], "channel": "email"},
    )
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["csat"]["score"] == 2 and body["csat"]["comment"] == "<b>slow</b>"
    assert body["csat"]["channel"] == "email" and body["csat"]["wanted_human_sooner"] is True
    assert [s["kind"] for s in body["signals"]] == ["wanted_human_sooner"]
    # answering again replaces the score; the signal is kept once
    r = client.post(
        f"/api/v1/conversations/{conv['id']}/feedback",
        headers=tenant.headers(),
        json={"score": 4, "signals": ["wanted_human_sooner", "bot_did_not_help"]},
    )
    body = r.json()
    assert body["csat"]["score"] == 4
    assert sorted(s["kind"] for s in body["signals"]) == ["bot_did_not_help", "wanted_human_sooner"]
    assert client.get(f"/api/v1/conversations/{conv['id']}/feedback", headers=tenant.headers()).json() == body


@pytest.mark.parametrize(
    "payload",
    [
        {"score": 6},
        {"score": 0},
        {},
        {"comment": "no score"},
        {"score": 3, "signals": ["made_up"]},
        {"score": "x"},
    ],
)
def test_bad_feedback_is_a_clear_4xx(client, tenant, payload):
    conv = open_conversation(client, tenant)["conversation"]
    r = client.post(f"/api/v1/conversations/{conv['id']}/feedback", headers=tenant.headers(), json=payload)
    assert r.status_code in (400, 422), r.text
    assert "error" in r.json() or "detail" in r.json()


def test_other_workspace_cannot_rate_or_flag(client, tenant, other_tenant):
    conv = open_conversation(client, tenant)["conversation"]
    r = client.post(
        f"/api/v1/conversations/{conv['id']}/feedback", headers=other_tenant.headers(), json={"score": 5}
    )
    assert r.status_code == 404
    r = client.post(
        f"/api/v1/conversations/{conv['id']}/flags/repeat", headers=other_tenant.headers("agent"), json={}
    )
    assert r.status_code == 404


def test_agent_flags_that_the_customer_had_to_repeat(client, tenant):
    conv = open_conversation(client, tenant)["conversation"]
    r = client.post(
        f"/api/v1/conversations/{conv['id']}/flags/repeat",
        headers=tenant.headers("agent"),
        json={"note": "asked for the order number twice"},
    )
    assert r.status_code == 201, r.text
    assert r.json()["kind"] == "repeat_yourself" and r.json()["source"] == "agent"
    assert r.json()["user_id"] == tenant.user_ids["agent"]


def test_record_csat_contract_for_the_widget(client, tenant, factory):
    conv = open_conversation(client, tenant)["conversation"]
    with transaction(factory) as session:
        response = service.record_csat(
            session,
            workspace_id=tenant.id,
            conversation_id=conv["id"],
            score=5,
            comment="lovely",
            wanted_human_sooner=False,
            channel="widget",
        )
        assert response.id and response.score == 5
    with transaction(factory) as session, pytest.raises(Invalid):
        service.record_csat(session, workspace_id=tenant.id, conversation_id=conv["id"], score=9)
    with transaction(factory) as session, pytest.raises(NotFound):
        service.record_csat(session, workspace_id=tenant.id + 999, conversation_id=conv["id"], score=3)
