"""Job handlers of feedback, analytics and touchpoints, and the recurring schedule that drives them.

One global job, ``analytics.schedule``, runs every five minutes. Each run queues, for every workspace, the
recurring jobs whose period has begun (the sweep every 5 minutes, the touchpoint scan daily, the
recommendations weekly) with a dedupe key per workspace, job and period, so each runs once per period
however many processes schedule it, and a workspace created later is picked up at the next run without a
restart. Each workspace's work is its own job: one workspace's failure does not hold up the others.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from warmline import jobs
from warmline.analytics import recommendations, segments
from warmline.db import transaction
from warmline.feedback import jobs as feedback_jobs
from warmline.jobs import Handler, Job
from warmline.kit.clock import now
from warmline.touchpoints import jobs as touchpoint_jobs
from warmline.workspaces.models import Workspace

log = logging.getLogger(__name__)

#: recurring job name -> how often it runs per workspace
RECURRING: dict[str, timedelta] = {
    "feedback.sweep": feedback_jobs.SWEEP_EVERY,
    "analytics.recommendations": timedelta(days=7),
    "touchpoints.scan": timedelta(days=1),
}
SCHEDULE = "analytics.schedule"
SCHEDULE_EVERY = min(RECURRING.values())


def handlers() -> dict[str, Handler]:
    return {
        SCHEDULE: handle_schedule,
        "feedback.sweep": feedback_jobs.handle_sweep,
        "feedback.conversation_resolved": feedback_jobs.handle_conversation_resolved,
        "feedback.nps_wave": feedback_jobs.handle_nps_wave,
        "analytics.recommendations": recommendations.handle_recommendations,
        "analytics.measure_effect": recommendations.handle_measure_effect,
        "analytics.segments": segments.handle_segments,
        "touchpoints.scan": touchpoint_jobs.handle_scan,
        "touchpoints.check_in": touchpoint_jobs.handle_check_in,
        "touchpoints.check_risk": touchpoint_jobs.handle_check_risk,
    }


def _slot(moment: datetime, every: timedelta) -> int:
    return int(moment.timestamp() // every.total_seconds())


def queue_due(session: Session, moment: datetime | None = None) -> int:
    """Queue every workspace's recurring jobs not yet queued in their current period; returns how many."""
    moment = moment or now()
    added = 0
    for workspace_id in session.scalars(select(Workspace.id).order_by(Workspace.id)).all():
        for name, every in RECURRING.items():
            payload: dict[str, Any] = {"workspace_id": workspace_id}
            if name == "feedback.sweep":  # open facts are refreshed by every sweep; recent activity here
                payload["since"] = (moment - timedelta(minutes=30)).isoformat()
            job = jobs.enqueue(
                session,
                name,
                payload,
                run_at=moment,
                workspace_id=workspace_id,
                dedupe_key=f"recurring:{name}:{workspace_id}:{_slot(moment, every)}",
            )
            added += job is not None
    return added


def _queue_schedule(session: Session, slot: int, run_at: datetime) -> bool:
    return jobs.enqueue(session, SCHEDULE, {}, run_at=run_at, dedupe_key=f"{SCHEDULE}:{slot}") is not None


def _slot_start(slot: int) -> datetime:
    return datetime.fromtimestamp(slot * SCHEDULE_EVERY.total_seconds(), UTC)


def handle_schedule(session: Session, payload: dict[str, Any]) -> None:
    moment = now()
    queue_due(session, moment)
    # the next run at the next period's start; keyed by period, so two chains merge into one
    slot = _slot(moment, SCHEDULE_EVERY) + 1
    _queue_schedule(session, slot, _slot_start(slot))


def ensure_recurring(session: Session) -> bool:
    """Start the schedule unless a run of it is waiting (safe to call from every process that starts)."""
    waiting = session.scalar(
        select(Job.id).where(Job.name == SCHEDULE, Job.status.in_(("queued", "running"))).limit(1)
    )
    if waiting is not None:
        return False
    moment = now()
    slot = _slot(moment, SCHEDULE_EVERY)
    return _queue_schedule(session, slot, moment) or _queue_schedule(session, slot + 1, _slot_start(slot + 1))


def schedule_recurring(factory: sessionmaker[Session]) -> None:
    try:
        with transaction(factory) as session:
            ensure_recurring(session)
    except Exception as exc:  # an unmigrated database must not stop the app from starting
        log.warning("recurring feedback/analytics jobs not scheduled: %s", exc)
