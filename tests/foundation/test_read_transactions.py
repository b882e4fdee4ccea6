"""Read-only units of work, and the customer turn that triages before it takes the writer lock."""

from __future__ import annotations

import threading

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from tests.conftest import Backend, Tenant, open_conversation
from warmline.conversations import pipeline
from warmline.conversations.models import Message
from warmline.db import read_transaction, transaction
from warmline.workspaces.models import Workspace


def test_a_read_transaction_refuses_to_write(factory: sessionmaker[Session], tenant: Tenant) -> None:
    with pytest.raises(RuntimeError, match="read-only"), read_transaction(factory) as session:
        workspace = session.get(Workspace, tenant.id)
        assert workspace is not None
        workspace.name = "Changed"
        session.flush()
    with read_transaction(factory) as session:
        assert session.get(Workspace, tenant.id).name == "Acme"  # type: ignore[union-attr]


def test_on_sqlite_a_reader_does_not_wait_for_the_writer(
    backend: Backend, factory: sessionmaker[Session], tenant: Tenant
) -> None:
    if backend.name != "sqlite":
        pytest.skip("the single writer lock is SQLite's")
    writing, reader_done = threading.Event(), threading.Event()
    seen: list[str] = []

    def writer() -> None:
        with transaction(factory) as session:
            session.get(Workspace, tenant.id).name = "Renamed"  # type: ignore[union-attr]
            session.flush()
            writing.set()
            # hold the writer lock until the reader has finished (or give up after 10 s)
            reader_done.wait(timeout=10)

    thread = threading.Thread(target=writer)
    thread.start()
    assert writing.wait(timeout=10)
    with read_transaction(factory) as session:
        seen.append(session.get(Workspace, tenant.id).name)  # type: ignore[union-attr]
    reader_done.set()
    thread.join(timeout=10)
    assert seen == ["Acme"], "the reader saw the last committed state, without waiting for the writer"
    with read_transaction(factory) as session:
        assert session.get(Workspace, tenant.id).name == "Renamed"  # type: ignore[union-attr]


def test_a_posted_message_is_triaged_against_the_conversation_as_it_was(
    client: TestClient, tenant: Tenant, factory: sessionmaker[Session]
) -> None:
    conv = open_conversation(client, tenant)
    cid = conv["conversation"]["id"]
    url = f"/api/v1/conversations/{cid}/messages"
    for i, text in enumerate(["hello?", "HELLO??", "is anyone there"]):
        client.post(url, json={"text": text, "client_msg_id": f"p{i}"}, headers=tenant.headers())
    with read_transaction(factory) as session:
        from warmline.conversations.models import Conversation

        turns = pipeline.previous_turns(session, session.get(Conversation, cid))  # type: ignore[arg-type]
    text = "This is useless, I already asked three times!"
    expected = pipeline.triage_message(text, turns)
    body = client.post(url, json={"text": text, "client_msg_id": "p-last"}, headers=tenant.headers()).json()
    assert body["decision"]["inputs"]["triage"] == expected.model_dump(mode="json")
    assert expected.frustration > 0, "the earlier turns were part of the triage"
    again = client.post(url, json={"text": text, "client_msg_id": "p-last"}, headers=tenant.headers())
    assert again.status_code == 200 and again.json()["decision"]["id"] == body["decision"]["id"]
    with read_transaction(factory) as session:
        count = session.scalar(
            select(func.count()).select_from(Message).where(Message.client_msg_id == "p-last")
        )
    assert count == 1
