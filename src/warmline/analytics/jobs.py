"""Job handlers of feedback, analytics and touchpoints, and the recurring schedule that drives them."""

from __future__ import annotations

import logging
from datetime import timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from warmline import jobs
from warmline.db import transaction
from warmline.feedback import jobs as feedback_jobs
from warmline.jobs import Handler, Job
from warmline.kit.clock import now
from warmline.workspaces.models import Workspace

log = logging.getLogger(__name__)

#: recurring job name -> how often it runs
RECURRING: dict[str, timedelta] = {
    "feedback.sweep": feedback_jobs.SWEEP_EVERY,
    "analytics.recommendations": timedelta(days=7),
    "touchpoints.scan": timedelta(days=1),
}


def _optional(module: str, name: str) -> Handler | None:
    try:
        mod = __import__(module, fromlist=[name])
    except ImportError:
        return None
    return getattr(mod, name, None)


def handlers() -> dict[str, Handler]:
    table: dict[str, Handler] = {
        "feedback.sweep": feedback_jobs.handle_sweep,
        "feedback.conversation_resolved": feedback_jobs.handle_conversation_resolved,
        "feedback.nps_wave": feedback_jobs.handle_nps_wave,
    }
    for job_name, module, func in (
        ("analytics.recommendations", "warmline.analytics.recommendations", "handle_recommendations"),
        ("analytics.measure_effect", "warmline.analytics.recommendations", "handle_measure_effect"),
        ("analytics.segments", "warmline.analytics.segments", "handle_segments"),
        ("touchpoints.scan", "warmline.touchpoints.jobs", "handle_scan"),
        ("touchpoints.check_in", "warmline.touchpoints.jobs", "handle_check_in"),
        ("touchpoints.check_risk", "warmline.touchpoints.jobs", "handle_check_risk"),
    ):
        handler = _optional(module, func)
        if handler is not None:
            table[job_name] = handler
    return table


def ensure_recurring(session: Session) -> int:
    """Queue each recurring job once per workspace if none is waiting; the jobs re-queue themselves."""
    added = 0
    for workspace_id in session.scalars(select(Workspace.id)).all():
        for name in RECURRING:
            waiting = session.scalar(
                select(Job.id)
                .where(
                    Job.name == name, Job.workspace_id == workspace_id, Job.status.in_(("queued", "running"))
                )
                .limit(1)
            )
            if waiting is None:
                jobs.enqueue(
                    session,
                    name,
                    {"workspace_id": workspace_id},
                    workspace_id=workspace_id,
                    run_at=now() + timedelta(minutes=1),
                )
                added += 1
    return added


def schedule_recurring(factory: sessionmaker[Session]) -> None:
    try:
        with transaction(factory) as session:
            ensure_recurring(session)
    except Exception as exc:  # an unmigrated database must not stop the app from starting
        log.warning("recurring feedback/analytics jobs not scheduled: %s", exc)


def reschedule(session: Session, name: str, payload: dict[str, Any]) -> None:
    workspace_id = int(payload["workspace_id"])
    every = RECURRING[name]
    moment = now()
    slot = int(moment.timestamp() // every.total_seconds()) + 1
    jobs.enqueue(
        session,
        name,
        {"workspace_id": workspace_id},
        run_at=moment + every,
        workspace_id=workspace_id,
        dedupe_key=f"{name}:{workspace_id}:{slot}",
    )
