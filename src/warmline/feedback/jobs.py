"""Background work for feedback: the sweep (facts + CSAT surveys) and NPS waves."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from warmline import jobs
from warmline.conversations.models import Conversation
from warmline.feedback import accounting, service, surveys
from warmline.feedback.models import ConversationFact
from warmline.kit.clock import as_utc, now
from warmline.workspaces.models import Workspace

SWEEP_EVERY = timedelta(minutes=5)


def send_due_surveys(session: Session, workspace_id: int) -> int:
    """The CSAT survey, as a bot message, for every conversation resolved since its last survey."""
    sent = 0
    workspace = session.get(Workspace, workspace_id)
    secret = workspace.identity_secret if workspace is not None and workspace.identity_secret else None
    for conversation_id in accounting.surveys_due(session, workspace_id):
        conversation = session.get(Conversation, conversation_id)
        fact = session.get(ConversationFact, conversation_id)
        if conversation is None or fact is None:
            continue
        if conversation.status in ("resolved", "closed"):
            surveys.send_csat(session, conversation, secret=secret)
            sent += 1
        fact.survey_sent_at = now()
    return sent


def sweep(session: Session, workspace_id: int, since: datetime | None = None) -> dict[str, int]:
    """Bring the facts up to date (recently active conversations, and open ones that may have gone idle)."""
    moment = now()
    since = since or moment - timedelta(days=2)
    refreshed = accounting.refresh_facts(session, workspace_id, since=since)
    still_open = session.scalars(
        select(ConversationFact.conversation_id).where(
            ConversationFact.workspace_id == workspace_id,
            ConversationFact.outcome == "open",
            ConversationFact.started_at >= moment - timedelta(days=60),
        )
    ).all()
    if still_open:
        refreshed += accounting.refresh_facts(session, workspace_id, conversation_ids=list(still_open))
    return {"refreshed": refreshed, "surveys": send_due_surveys(session, workspace_id)}


def on_conversation_resolved(session: Session, conversation: Conversation) -> None:
    """Channels and the console may call this after resolving: the survey then goes out at once."""
    resolved = conversation.resolved_at or now()
    jobs.enqueue(
        session,
        "feedback.conversation_resolved",
        {"conversation_id": conversation.id},
        workspace_id=conversation.workspace_id,
        dedupe_key=f"csat:{conversation.id}:{as_utc(resolved).isoformat()}",
    )


def handle_conversation_resolved(session: Session, payload: dict[str, Any]) -> None:
    conversation = session.get(Conversation, int(payload["conversation_id"]))
    if conversation is None:
        return
    accounting.refresh_facts(session, conversation.workspace_id, conversation_ids=[conversation.id])
    send_due_surveys(session, conversation.workspace_id)


def handle_sweep(session: Session, payload: dict[str, Any]) -> None:
    """One sweep of a workspace; analytics.jobs queues one per workspace every few minutes."""
    workspace_id = int(payload["workspace_id"])
    since = datetime.fromisoformat(payload["since"]) if payload.get("since") else None
    sweep(session, workspace_id, since)


def handle_nps_wave(session: Session, payload: dict[str, Any]) -> None:
    service.run_nps_wave(session, int(payload["survey_id"]))
