"""The customer widget API: sessions, signed identities, no duplicates, no peeking at others."""

from __future__ import annotations

import time

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from tests.conftest import Tenant
from warmline.conversations.models import Message
from warmline.db import transaction
from warmline.kit.ratelimit import MemoryLimiter
from warmline.widget.service import identity_signature
from warmline.workspaces.models import Workspace


def _session(client: TestClient, tenant: Tenant, **extra: object) -> dict:
    response = client.post("/widget/api/session", json={"workspace": tenant.slug, **extra})
    assert response.status_code == 200, response.text
    return response.json()


def _send(client: TestClient, token: str, text: str, cmid: str, conversation_id: int | None = None):  # type: ignore[no-untyped-def]
    return client.post(
        "/widget/api/messages",
        json={"text": text, "client_msg_id": cmid, "conversation_id": conversation_id},
        headers={"X-Visitor-Token": token},
    )


def test_anonymous_visitor_chats_and_a_retry_is_not_a_duplicate(
    client: TestClient, tenant: Tenant, factory: sessionmaker[Session]
) -> None:
    visitor = _session(client, tenant)
    assert visitor["known"] is False and visitor["conversation_id"] is None
    first = _send(client, visitor["visitor_token"], "How do I skip a week?", "m1")
    assert first.status_code == 201, first.text
    cid = first.json()["conversation_id"]
    again = _send(client, visitor["visitor_token"], "How do I skip a week?", "m1", cid)
    assert again.json()["created"] is False
    _send(client, visitor["visitor_token"], "And change my day?", "m2", cid)
    with transaction(factory) as session:
        count = session.scalar(
            select(func.count(Message.id)).where(Message.conversation_id == cid, Message.author == "customer")
        )
    assert count == 2
    read = client.get(
        f"/widget/api/conversations/{cid}", headers={"X-Visitor-Token": visitor["visitor_token"]}
    )
    texts = [m["text"] for m in read.json()["messages"] if m["author"] == "customer"]
    assert texts == ["How do I skip a week?", "And change my day?"]
    # a reload with the stored token finds the same conversation
    back = _session(client, tenant, visitor_token=visitor["visitor_token"])
    assert back["conversation_id"] == cid


def test_a_visitor_cannot_open_someone_elses_conversation(
    client: TestClient, tenant: Tenant, other_tenant: Tenant
) -> None:
    alice = _session(client, tenant)
    cid = _send(client, alice["visitor_token"], "private stuff", "a1").json()["conversation_id"]
    bob = _session(client, tenant)
    assert (
        client.get(
            f"/widget/api/conversations/{cid}", headers={"X-Visitor-Token": bob["visitor_token"]}
        ).status_code
        == 404
    )
    assert _send(client, bob["visitor_token"], "sneaky", "b1", cid).status_code == 404
    eve = _session(client, other_tenant)
    assert (
        client.get(
            f"/widget/api/conversations/{cid}", headers={"X-Visitor-Token": eve["visitor_token"]}
        ).status_code
        == 404
    )
    forged = alice["visitor_token"][:-2] + "00"
    assert (
        client.get(f"/widget/api/conversations/{cid}", headers={"X-Visitor-Token": forged}).status_code == 401
    )
    assert client.get(f"/widget/api/conversations/{cid}").status_code == 422


def test_signed_identity_is_required_to_be_a_known_customer(
    client: TestClient, tenant: Tenant, factory: sessionmaker[Session]
) -> None:
    with transaction(factory) as session:
        ws = session.get(Workspace, tenant.id)
        assert ws is not None
        ws.identity_secret = "acme-identity-secret"
    now = int(time.time())
    good = {
        "external_id": "cus_42",
        "issued_at": now,
        "signature": identity_signature("acme-identity-secret", "cus_42", now),
        "name": "Helen",
    }
    known = _session(client, tenant, identity=good)
    assert known["known"] is True and known["customer_name"] == "Helen"
    forged = {**good, "external_id": "cus_43"}
    assert (
        client.post("/widget/api/session", json={"workspace": tenant.slug, "identity": forged}).status_code
        == 403
    )
    wrong_key = {**good, "signature": identity_signature("guess", "cus_42", now)}
    assert (
        client.post("/widget/api/session", json={"workspace": tenant.slug, "identity": wrong_key}).status_code
        == 403
    )
    stale = {
        "external_id": "cus_42",
        "issued_at": now - 3 * 86400,
        "signature": identity_signature("acme-identity-secret", "cus_42", now - 3 * 86400),
    }
    assert (
        client.post("/widget/api/session", json={"workspace": tenant.slug, "identity": stale}).status_code
        == 403
    )


def test_callback_end_and_rating(client: TestClient, tenant: Tenant) -> None:
    visitor = _session(client, tenant)
    token = visitor["visitor_token"]
    cid = _send(client, token, "My card was charged twice", "c1").json()["conversation_id"]
    h = {"X-Visitor-Token": token}
    assert (
        client.post(
            f"/widget/api/conversations/{cid}/callback", json={"contact": "+44 7700 900123"}, headers=h
        ).json()["status"]["callback_requested"]
        is True
    )
    assert (
        client.post(f"/widget/api/conversations/{cid}/callback", json={"contact": ""}, headers=h).status_code
        == 422
    )
    ended = client.post(f"/widget/api/conversations/{cid}/end", headers=h).json()["status"]
    assert ended["status"] == "resolved"
    rated = client.post(
        f"/widget/api/conversations/{cid}/csat", json={"score": 4, "wanted_human_sooner": True}, headers=h
    )
    assert rated.status_code == 201, rated.text
    assert (
        client.post(f"/widget/api/conversations/{cid}/csat", json={"score": 9}, headers=h).status_code == 422
    )


def test_widget_script_frame_and_demo_page_are_served(client: TestClient, tenant: Tenant) -> None:
    js = client.get("/widget.js")
    assert js.status_code == 200 and js.headers["content-type"].startswith("text/javascript")
    frame = client.get(f"/widget/frame?workspace={tenant.slug}")
    assert frame.status_code == 200 and "Talk to a person" in frame.text
    assert client.get("/widget/frame?workspace=nope").status_code == 404
    assert client.get(f"/demo?workspace={tenant.slug}").status_code == 200
    assert client.get("/static/../settings.py").status_code == 404


def test_nobody_online_is_said_honestly_and_the_conversation_waits(
    client: TestClient, tenant: Tenant, factory: sessionmaker[Session]
) -> None:
    from warmline.workspaces.models import User

    with transaction(factory) as session:
        for user in session.scalars(select(User).where(User.workspace_id == tenant.id)):
            user.presence = "offline"
    visitor = _session(client, tenant)
    h = {"X-Visitor-Token": visitor["visitor_token"]}
    cid = _send(client, visitor["visitor_token"], "Hello there", "n1").json()["conversation_id"]
    status = client.post(f"/widget/api/conversations/{cid}/handoff", headers=h).json()["status"]
    assert status["mode"] == "human"
    assert status["agents_online"] == 0 and status["expected_wait_minutes"] is None
    assert status["assignee_name"] is None
    # an agent comes online from the API: the waiting conversation is theirs at once
    client.put("/api/v1/routing/presence", json={"presence": "online"}, headers=tenant.headers("agent"))
    status = client.get(f"/widget/api/conversations/{cid}", headers=h).json()["status"]
    assert status["assignee_name"] == "Agent"


def test_after_hours_the_widget_says_when_the_team_is_back(
    client: TestClient, tenant: Tenant, factory: sessionmaker[Session]
) -> None:
    from datetime import UTC, datetime

    from warmline.kit.clock import frozen_at

    with transaction(factory) as session:
        ws = session.get(Workspace, tenant.id)
        assert ws is not None
        ws.settings = {"business_hours": {"days": [0, 1, 2, 3, 4], "start": "08:00", "end": "20:00"}}
    with frozen_at(datetime(2026, 11, 23, 22, 0, tzinfo=UTC)):  # a Monday evening
        visitor = _session(client, tenant)
        h = {"X-Visitor-Token": visitor["visitor_token"]}
        cid = _send(client, visitor["visitor_token"], "Hello", "h1").json()["conversation_id"]
        status = client.post(f"/widget/api/conversations/{cid}/handoff", headers=h).json()["status"]
    assert status["within_business_hours"] is False
    assert status["next_opening"] == "2026-11-24T08:00:00+00:00"
    # someone is online (working late): they take it, and the widget says who rather than "we are away"
    assert status["assignee_name"] is not None and status["expected_wait_minutes"] is not None


def test_ending_the_chat_sends_the_survey_at_once_and_live(client: TestClient, tenant: Tenant) -> None:
    visitor = _session(client, tenant)
    h = {"X-Visitor-Token": visitor["visitor_token"]}
    sent = _send(client, visitor["visitor_token"], "How do I skip a week?", "s1").json()
    cid, live_token = sent["conversation_id"], sent["customer_token"]
    client.app.state.job_runner.run_due()  # whatever the first message queued  # type: ignore[attr-defined]
    with client.websocket_connect(f"/api/v1/live/conversations/{cid}?token={live_token}") as ws:
        assert ws.receive_json()["type"] == "ready"
        assert client.post(f"/widget/api/conversations/{cid}/end", headers=h).status_code == 200
        assert client.app.state.job_runner.run_due() >= 1  # type: ignore[attr-defined]
        for _ in range(10):
            event = ws.receive_json()
            if event["type"] == "message.created":
                break
        assert event["message"]["meta"]["kind"] == "csat_survey"
    status = client.get(f"/widget/api/conversations/{cid}", headers=h).json()
    kinds = [m["kind"] for m in status["messages"]]
    assert kinds.count("csat_survey") == 1


def test_visitor_tokens_expire_and_a_returning_visitor_is_renewed(client: TestClient, tenant: Tenant) -> None:
    from datetime import timedelta

    from warmline.kit import clock

    visitor = _session(client, tenant)
    token = visitor["visitor_token"]
    cid = _send(client, token, "How do I skip a week?", "r1").json()["conversation_id"]
    with clock.frozen_at(clock.now() + timedelta(days=40)):
        expired = _send(client, token, "still there?", "r2", cid)
        assert expired.status_code == 401 and "expired" in expired.json()["error"]["message"]
        renewed = _session(client, tenant, visitor_token=token)
        assert renewed["visitor_token"] != token
        assert renewed["conversation_id"] == cid, "the same visitor, with their open conversation"
        assert _send(client, renewed["visitor_token"], "still there?", "r2", cid).status_code == 201
    with clock.frozen_at(clock.now() + timedelta(days=400)):
        stranger = _session(client, tenant, visitor_token=token)
        assert stranger["conversation_id"] is None, "too old to renew: a new visitor"


def test_new_sessions_from_one_address_are_rate_limited(
    client: TestClient, tenant: Tenant, monkeypatch: pytest.MonkeyPatch
) -> None:
    # one fixed window for the whole test: on the wall clock, the sessions below could straddle a minute's
    # edge and start counting again (seen on a loaded machine)
    monkeypatch.setattr(client.app.state, "rate_limiter", MemoryLimiter(clock=lambda: 0.0))
    limit = client.app.state.settings.widget_sessions_per_minute  # type: ignore[attr-defined]
    tokens = [_session(client, tenant)["visitor_token"] for _ in range(limit)]
    refused = client.post("/widget/api/session", json={"workspace": tenant.slug})
    assert refused.status_code == 429
    assert refused.json()["error"]["code"] == "too_many_requests"
    # a visitor who already has a token is not a new session: renewing still works
    assert _session(client, tenant, visitor_token=tokens[0])["visitor_token"]
