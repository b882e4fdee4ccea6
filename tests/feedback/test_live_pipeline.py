"""Through the live pipeline: a conversation opened and resolved over the API gets a survey and counts."""

from __future__ import annotations

from sqlalchemy import select

from tests.conftest import open_conversation
from warmline.conversations.models import Message
from warmline.db import transaction
from warmline.feedback import jobs as feedback_jobs


def test_api_conversation_resolved_gets_a_survey_and_counts(client, tenant, factory):  # type: ignore[no-untyped-def]
    conv = open_conversation(client, tenant, text="I want to talk to a real person please")["conversation"]
    r = client.post(
        f"/api/v1/conversations/{conv['id']}/messages",
        headers=tenant.headers("agent"),
        json={"text": "Hello, I'm Sam and I can help.", "author": "agent"},
    )
    assert r.status_code == 201, r.text
    r = client.patch(
        f"/api/v1/conversations/{conv['id']}", headers=tenant.headers("agent"), json={"status": "resolved"}
    )
    assert r.status_code == 200
    with transaction(factory) as session:
        feedback_jobs.sweep(session, tenant.id)
    with transaction(factory) as session:
        kinds = [
            m.meta.get("kind")
            for m in session.scalars(
                select(Message).where(Message.conversation_id == conv["id"], Message.author == "bot")
            )
        ]
    assert "csat_survey" in kinds
    client.post(f"/api/v1/conversations/{conv['id']}/feedback", headers=tenant.headers(), json={"score": 5})
    report = client.get("/api/v1/analytics/report?group_by=mode", headers=tenant.headers()).json()
    (row,) = report["rows"]
    assert row["key"]["mode"] == "human"
    assert row["figures"]["assisted"] == 1 and row["figures"]["csat"] == 5.0
    assert row["figures"]["time_to_human_s"] is not None and row["figures"]["escalation_rate"] == 1.0
