"""Resolving a conversation queues its CSAT survey at once (not at the next sweep), and it goes out once."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from tests.conftest import open_conversation
from warmline.conversations.models import Message
from warmline.db import transaction
from warmline.jobs import Job
from warmline.kit import clock


def _surveys(factory, conversation_id: int) -> list[Message]:  # type: ignore[no-untyped-def]
    with transaction(factory) as session:
        return list(
            session.scalars(
                select(Message).where(Message.conversation_id == conversation_id, Message.author == "bot")
            ).all()
        )


def _csat(messages: list[Message]) -> list[Message]:
    return [m for m in messages if (m.meta or {}).get("kind") == "csat_survey"]


def test_resolving_through_the_api_sends_the_survey_once(client, factory, tenant):  # type: ignore[no-untyped-def]
    conv = open_conversation(client, tenant, "Where is my order?")
    cid = conv["conversation"]["id"]
    client.app.state.job_runner.run_due()  # whatever the opening queued
    assert _csat(_surveys(factory, cid)) == []

    r = client.patch(
        f"/api/v1/conversations/{cid}", headers=tenant.headers("agent"), json={"status": "resolved"}
    )
    assert r.status_code == 200, r.text
    with transaction(factory) as session:
        queued = session.scalars(
            select(Job).where(Job.name == "feedback.conversation_resolved", Job.status == "queued")
        ).all()
        assert [j.payload["conversation_id"] for j in queued] == [cid]
        assert queued[0].workspace_id == tenant.id

    assert client.app.state.job_runner.run_due() >= 1
    surveys = _csat(_surveys(factory, cid))
    assert len(surveys) == 1 and surveys[0].meta["survey_path"].startswith("/feedback/")

    # resolved again (closed) without reopening: no second survey, and nothing more runs for it
    r = client.patch(
        f"/api/v1/conversations/{cid}", headers=tenant.headers("agent"), json={"status": "closed"}
    )
    assert r.status_code == 200, r.text
    client.app.state.job_runner.run_due()
    assert len(_csat(_surveys(factory, cid))) == 1

    # reopened and resolved again later: a new resolution, a new survey
    later = clock.now() + timedelta(hours=2)
    with clock.frozen_at(later):
        for status in ("open", "resolved"):
            r = client.patch(
                f"/api/v1/conversations/{cid}", headers=tenant.headers("agent"), json={"status": status}
            )
            assert r.status_code == 200, r.text
        client.app.state.job_runner.run_due()
    assert len(_csat(_surveys(factory, cid))) == 2


def test_a_conversation_that_is_not_resolved_queues_no_survey(client, factory, tenant):  # type: ignore[no-untyped-def]
    conv = open_conversation(client, tenant, "Where is my order?")
    cid = conv["conversation"]["id"]
    r = client.patch(
        f"/api/v1/conversations/{cid}", headers=tenant.headers("agent"), json={"status": "pending"}
    )
    assert r.status_code == 200, r.text
    with transaction(factory) as session:
        assert session.scalar(select(Job.id).where(Job.name == "feedback.conversation_resolved")) is None
    client.app.state.job_runner.run_due()
    assert _csat(_surveys(factory, cid)) == []
