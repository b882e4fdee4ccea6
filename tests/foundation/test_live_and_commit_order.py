"""Live updates over websockets, and side effects that leave only after commit."""

from __future__ import annotations

from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from tests.conftest import Tenant, open_conversation
from warmline import jobs, realtime
from warmline.conversations.models import Message
from warmline.db import transaction


def _next_of_type(ws, kind: str, limit: int = 20) -> dict:  # type: ignore[no-untyped-def]
    for _ in range(limit):
        event = ws.receive_json()
        if event["type"] == kind:
            return event
    raise AssertionError(f"no {kind} event")


def test_agent_socket_receives_its_workspace_only(
    client: TestClient, tenant: Tenant, other_tenant: Tenant
) -> None:
    with client.websocket_connect(f"/api/v1/live?token={tenant.tokens['agent']}") as ws:
        assert ws.receive_json()["type"] == "ready"
        open_conversation(client, other_tenant, text="for globex eyes only", external_id="g")
        open_conversation(client, tenant, text="acme hello", external_id="a")
        event = _next_of_type(ws, "message.created")
        assert event["message"]["text"] == "acme hello"


def test_agent_socket_refuses_bad_token(client: TestClient) -> None:
    import pytest
    from starlette.websockets import WebSocketDisconnect

    with pytest.raises(WebSocketDisconnect), client.websocket_connect("/api/v1/live?token=nope") as ws:
        ws.receive_json()


def test_customer_socket_sees_its_conversation_but_not_private_notes(
    client: TestClient, tenant: Tenant
) -> None:
    conv = open_conversation(client, tenant)
    cid, token = conv["conversation"]["id"], conv["customer_token"]
    other = open_conversation(client, tenant, external_id="someone-else", client_msg_id="o1")
    import pytest
    from starlette.websockets import WebSocketDisconnect

    with (
        pytest.raises(WebSocketDisconnect),
        client.websocket_connect(
            f"/api/v1/live/conversations/{other['conversation']['id']}?token={token}"
        ) as ws,
    ):
        ws.receive_json()
    with client.websocket_connect(f"/api/v1/live/conversations/{cid}?token={token}") as ws:
        assert ws.receive_json()["type"] == "ready"
        h = tenant.headers("agent")
        client.post(
            f"/api/v1/conversations/{cid}/messages",
            json={"text": "internal: refund approved?", "author": "agent", "private": True},
            headers=h,
        )
        client.post(
            f"/api/v1/conversations/{cid}/messages",
            json={"text": "Hello Robin, I'm Alex.", "author": "agent"},
            headers=h,
        )
        event = _next_of_type(ws, "message.created")
        assert event["message"]["text"] == "Hello Robin, I'm Alex."


def test_broadcast_goes_out_after_the_message_is_committed(
    client: TestClient, tenant: Tenant, factory: sessionmaker[Session]
) -> None:
    """When the event is published, another connection can already read the message."""
    seen: list[bool] = []
    hub = realtime.get_hub()
    original = hub.publish_now

    def checking_publish(channel: str, event: dict) -> None:
        if event["type"] == "message.created":
            with transaction(factory) as session:
                found = session.scalar(select(Message).where(Message.id == event["message"]["id"]))
                seen.append(found is not None)
        original(channel, event)

    hub.publish_now = checking_publish  # type: ignore[method-assign]
    try:
        open_conversation(client, tenant)
    finally:
        hub.publish_now = original  # type: ignore[method-assign]
    assert seen and all(seen)


def test_jobs_exist_only_if_their_transaction_committed(factory: sessionmaker[Session]) -> None:
    woken: list[int] = []
    jobs.clear_wakers()
    jobs.add_waker(lambda: woken.append(1))
    try:
        try:
            with transaction(factory) as session:
                jobs.enqueue(session, "noop", {"n": 1})
                raise RuntimeError("the request failed")
        except RuntimeError:
            pass
        assert woken == []
        with transaction(factory) as session:
            assert session.scalar(select(jobs.Job)) is None
            jobs.enqueue(session, "noop", {"n": 2})
            assert woken == [], "no wake-up before commit"
        assert woken == [1]
    finally:
        jobs.clear_wakers()


def test_job_runner_runs_due_jobs_once_and_retries_failures(factory: sessionmaker[Session]) -> None:
    calls: list[int] = []

    def flaky(session: Session, payload: dict) -> None:
        calls.append(payload["n"])
        if payload["n"] == 2 and calls.count(2) == 1:
            raise RuntimeError("transient")

    runner = jobs.JobRunner(factory, {"flaky": flaky})
    with transaction(factory) as session:
        jobs.enqueue(session, "flaky", {"n": 1}, dedupe_key="k1")
        jobs.enqueue(session, "flaky", {"n": 1}, dedupe_key="k1")  # deduplicated
        jobs.enqueue(session, "flaky", {"n": 2})
    assert runner.run_due() == 2
    assert calls == [1, 2]
    from datetime import timedelta

    from warmline.kit.clock import frozen_at, now

    with frozen_at(now() + timedelta(minutes=1)):
        assert runner.run_due() == 1
    assert calls == [1, 2, 2]
    with transaction(factory) as session:
        statuses = sorted(j.status for j in session.scalars(select(jobs.Job)))
    assert statuses == ["done", "done"]
