"""`GET /metrics`: operations figures in the Prometheus text format, for the caller's workspace.

Scrape it with a supervisor or admin API token (`Authorization: Bearer ...`).
"""

from __future__ import annotations

from datetime import timedelta

from fastapi import APIRouter
from fastapi.responses import PlainTextResponse
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from warmline.api.context import Ctx
from warmline.conversations.models import Conversation, Decision
from warmline.feedback.models import ConversationFact
from warmline.jobs import Job
from warmline.kit.clock import as_utc, now

router = APIRouter(tags=["ops"])


def _escape(value: object) -> str:
    return str(value).replace("\\", "\\\\").replace("\n", "\\n").replace('"', '\\"')


def _line(name: str, value: float, labels: dict[str, object] | None = None) -> str:
    if labels:
        inner = ",".join(f'{k}="{_escape(v)}"' for k, v in sorted(labels.items()))
        return f"{name}{{{inner}}} {value:g}"
    return f"{name} {value:g}"


def render(session: Session, workspace_id: int) -> str:
    out: list[str] = []
    moment = now()

    def family(name: str, kind: str, help_text: str) -> None:
        out.append(f"# HELP {name} {help_text}")
        out.append(f"# TYPE {name} {kind}")

    waiting = (
        Conversation.workspace_id == workspace_id,
        Conversation.mode == "human",
        Conversation.status.in_(("open", "pending")),
        Conversation.first_human_reply_at.is_(None),
    )
    family("warmline_queue_depth", "gauge", "Conversations handed to people and waiting for a first reply.")
    rows = session.execute(
        select(Conversation.priority, func.count()).where(*waiting).group_by(Conversation.priority)
    ).all()
    counts = dict(rows)
    for priority in ("urgent", "high", "normal", "low"):
        out.append(_line("warmline_queue_depth", counts.get(priority, 0), {"priority": priority}))

    family("warmline_wait_seconds_max", "gauge", "Longest current wait for a first human reply.")
    family("warmline_wait_seconds_avg", "gauge", "Average current wait for a first human reply.")
    handed = session.execute(select(Conversation.handed_off_at).where(*waiting)).scalars().all()
    waits = [(moment - as_utc(h)).total_seconds() for h in handed if h is not None]
    out.append(_line("warmline_wait_seconds_max", max(waits) if waits else 0))
    out.append(_line("warmline_wait_seconds_avg", sum(waits) / len(waits) if waits else 0))

    family(
        "warmline_time_to_human_seconds_avg",
        "gauge",
        "Mean time from hand-off to a person's first reply, last 24h.",
    )
    avg = session.scalar(
        select(func.avg(ConversationFact.time_to_human_s)).where(
            ConversationFact.workspace_id == workspace_id,
            ConversationFact.started_at >= moment - timedelta(days=1),
        )
    )
    out.append(_line("warmline_time_to_human_seconds_avg", float(avg or 0)))

    family("warmline_decisions_total", "counter", "Decisions taken about customer messages, by action.")
    for action, count in session.execute(
        select(Decision.action, func.count())
        .where(Decision.workspace_id == workspace_id)
        .group_by(Decision.action)
        .order_by(Decision.action)
    ):
        out.append(_line("warmline_decisions_total", count, {"action": action}))

    family("warmline_conversations", "gauge", "Conversations by status and mode.")
    for status, mode, count in session.execute(
        select(Conversation.status, Conversation.mode, func.count())
        .where(Conversation.workspace_id == workspace_id)
        .group_by(Conversation.status, Conversation.mode)
        .order_by(Conversation.status, Conversation.mode)
    ):
        out.append(_line("warmline_conversations", count, {"status": status, "mode": mode}))

    family("warmline_jobs", "gauge", "Background jobs by status (failed jobs are errors).")
    for status, count in session.execute(
        select(Job.status, func.count())
        .where(Job.workspace_id == workspace_id)
        .group_by(Job.status)
        .order_by(Job.status)
    ):
        out.append(_line("warmline_jobs", count, {"status": status}))
    family(
        "warmline_errors_total",
        "counter",
        "Errors: background jobs that failed for good, and retried attempts.",
    )
    failed = (
        session.scalar(
            select(func.count())
            .select_from(Job)
            .where(Job.workspace_id == workspace_id, Job.status == "failed")
        )
        or 0
    )
    retrying = (
        session.scalar(
            select(func.count())
            .select_from(Job)
            .where(Job.workspace_id == workspace_id, Job.status == "queued", Job.last_error.is_not(None))
        )
        or 0
    )
    out.append(_line("warmline_errors_total", failed, {"kind": "job_failed"}))
    out.append(_line("warmline_errors_total", retrying, {"kind": "job_retrying"}))
    return "\n".join(out) + "\n"


@router.get("/metrics", response_class=PlainTextResponse)
def metrics(ctx: Ctx) -> PlainTextResponse:
    with ctx.tx(min_role="supervisor") as (session, principal):
        body = render(session, principal.workspace_id)
    return PlainTextResponse(body, media_type="text/plain; version=0.0.4; charset=utf-8")
