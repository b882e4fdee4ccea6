"""Service-level clocks: first response and next response, per priority.

A clock is computed from the conversation itself (when it was handed off, when people and the customer last
wrote), so it is always right on screen. A job (`routing.sla_check`) looks at each open conversation with
people at the moments that matter, stores warnings and breaches as `SlaEvent` rows, and on a breach
escalates to the team's supervisor.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from warmline import jobs, realtime
from warmline.conversations.models import Conversation, Message
from warmline.kit.clock import now
from warmline.routing.models import SlaEvent
from warmline.workspaces.models import Team, User, Workspace

#: minutes for (first response, next response) by priority; a workspace overrides them in settings["sla"]
DEFAULT_MINUTES: dict[str, tuple[int, int]] = {
    "urgent": (5, 15),
    "high": (15, 30),
    "normal": (60, 120),
    "low": (240, 480),
}
#: a warning goes out when this share of the time has passed
WARNING_SHARE = 0.75
CHECK_JOB = "routing.sla_check"
SWEEP_JOB = "routing.sla_sweep"
#: the sweep catches clocks that started without anyone asking for a check (e.g. a customer reply by API)
SWEEP_EVERY = timedelta(minutes=5)


@dataclass(frozen=True)
class SlaClock:
    kind: str  # first_response | next_response
    started_at: datetime
    due_at: datetime
    warn_at: datetime
    state: str  # ok | warning | breached

    def seconds_left(self, at: datetime) -> int:
        return int((self.due_at - at).total_seconds())

    def as_dict(self, at: datetime) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "started_at": self.started_at.isoformat(),
            "due_at": self.due_at.isoformat(),
            "warn_at": self.warn_at.isoformat(),
            "state": self.state,
            "seconds_left": self.seconds_left(at),
        }


def minutes_for(workspace: Workspace, priority: str) -> tuple[int, int]:
    first, nxt = DEFAULT_MINUTES.get(priority, DEFAULT_MINUTES["normal"])
    override = ((workspace.settings or {}).get("sla") or {}).get(priority) or {}
    try:
        first = int(override.get("first_response", first))
        nxt = int(override.get("next_response", nxt))
    except (TypeError, ValueError, AttributeError):
        pass
    return max(1, first), max(1, nxt)


def _clock(kind: str, started: datetime, minutes: int, at: datetime) -> SlaClock:
    window = timedelta(minutes=minutes)
    due = started + window
    warn = started + window * WARNING_SHARE
    state = "breached" if at >= due else "warning" if at >= warn else "ok"
    return SlaClock(kind=kind, started_at=started, due_at=due, warn_at=warn, state=state)


def _last_public(session: Session, conversation_id: int, author: str) -> datetime | None:
    return session.scalar(
        select(func.max(Message.created_at)).where(
            Message.conversation_id == conversation_id, Message.author == author, Message.private.is_(False)
        )
    )


def current_clock(
    session: Session, workspace: Workspace, conversation: Conversation, at: datetime | None = None
) -> SlaClock | None:
    """The clock running now, or None (not with people, closed, or waiting on the customer)."""
    at = at or now()
    if (
        conversation.mode != "human"
        or conversation.status not in ("open", "pending")
        or conversation.handed_off_at is None
    ):
        return None
    first, nxt = minutes_for(workspace, conversation.priority)
    if conversation.first_human_reply_at is None:
        return _clock("first_response", conversation.handed_off_at, first, at)
    last_agent = _last_public(session, conversation.id, "agent") or conversation.first_human_reply_at
    waiting_since = session.scalar(
        select(func.min(Message.created_at)).where(
            Message.conversation_id == conversation.id,
            Message.author == "customer",
            Message.created_at > last_agent,
        )
    )
    if waiting_since is None:
        return None
    return _clock("next_response", waiting_since, nxt, at)


def waiting_on_customer(session: Session, conversation: Conversation) -> bool:
    if (
        conversation.mode != "human"
        or conversation.status not in ("open", "pending")
        or conversation.first_human_reply_at is None
    ):
        return False
    last_agent = _last_public(session, conversation.id, "agent")
    last_customer = _last_public(session, conversation.id, "customer")
    return last_agent is not None and (last_customer is None or last_customer <= last_agent)


def _has_event(session: Session, conversation_id: int, kind: str, event: str, due_at: datetime) -> bool:
    return (
        session.scalar(
            select(SlaEvent.id).where(
                SlaEvent.conversation_id == conversation_id,
                SlaEvent.kind == kind,
                SlaEvent.event == event,
                SlaEvent.due_at == due_at,
            )
        )
        is not None
    )


def _record(
    session: Session,
    conversation: Conversation,
    clock: SlaClock,
    event: str,
    user_id: int | None = None,
    detail: dict[str, Any] | None = None,
    at: datetime | None = None,
) -> SlaEvent | None:
    if _has_event(session, conversation.id, clock.kind, event, clock.due_at):
        return None
    row = SlaEvent(
        workspace_id=conversation.workspace_id,
        conversation_id=conversation.id,
        team_id=conversation.team_id,
        kind=clock.kind,
        event=event,
        priority=conversation.priority,
        due_at=clock.due_at,
        at=at or now(),
        user_id=user_id,
        detail=detail or {},
    )
    session.add(row)
    session.flush()
    return row


def _publish(session: Session, conversation: Conversation, event: str, payload: dict[str, Any]) -> None:
    realtime.publish(
        session,
        realtime.workspace_channel(conversation.workspace_id),
        {"type": f"sla.{event}", "conversation_id": conversation.id, **payload},
    )


def _note(session: Session, conversation: Conversation, text: str) -> None:
    note = Message(
        workspace_id=conversation.workspace_id,
        conversation_id=conversation.id,
        author="system",
        text=text,
        private=True,
        meta={"kind": "sla"},
    )
    session.add(note)
    session.flush()


def refresh(session: Session, conversation: Conversation, *, at: datetime | None = None) -> SlaClock | None:
    """Store what the clock says now (met, warning, breach + escalation) and plan the next look."""
    at = at or now()
    workspace = session.get(Workspace, conversation.workspace_id)
    assert workspace is not None
    if conversation.first_human_reply_at is not None and conversation.handed_off_at is not None:
        first, _ = minutes_for(workspace, conversation.priority)
        met = _clock("first_response", conversation.handed_off_at, first, conversation.first_human_reply_at)
        if met.state != "breached":
            _record(
                session,
                conversation,
                met,
                "met",
                user_id=conversation.assignee_id,
                at=conversation.first_human_reply_at,
            )
    clock = current_clock(session, workspace, conversation, at)
    if clock is None:
        return None
    _record(session, conversation, clock, "started", at=clock.started_at)
    if (
        clock.state in ("warning", "breached")
        and _record(session, conversation, clock, "warning", user_id=conversation.assignee_id) is not None
    ):
        _publish(
            session,
            conversation,
            "warning",
            {"kind": clock.kind, "due_at": clock.due_at.isoformat(), "assignee_id": conversation.assignee_id},
        )
    if (
        clock.state == "breached"
        and _record(session, conversation, clock, "breached", user_id=conversation.assignee_id) is not None
    ):
        _escalate(session, conversation, clock)
    _schedule(session, conversation, clock, at)
    ensure_sweep(session, at)
    return clock


def _escalate(session: Session, conversation: Conversation, clock: SlaClock) -> None:
    team = session.get(Team, conversation.team_id) if conversation.team_id else None
    supervisor = session.get(User, team.supervisor_id) if team and team.supervisor_id else None
    what = "first reply" if clock.kind == "first_response" else "next reply"
    if supervisor is None:
        _note(
            session,
            conversation,
            f"The {what} is overdue (due {clock.due_at:%H:%M} UTC). "
            "This team has no supervisor to escalate to.",
        )
        return
    _record(
        session,
        conversation,
        clock,
        "escalated",
        user_id=supervisor.id,
        detail={"supervisor": supervisor.name, "team": team.name if team else None},
    )
    _note(
        session,
        conversation,
        f"The {what} is overdue (due {clock.due_at:%H:%M} UTC): "
        f"escalated to {supervisor.name}, supervisor of {team.name if team else 'the team'}.",
    )
    _publish(
        session,
        conversation,
        "escalated",
        {"kind": clock.kind, "supervisor_id": supervisor.id, "supervisor_name": supervisor.name},
    )


def _schedule(session: Session, conversation: Conversation, clock: SlaClock, at: datetime) -> None:
    upcoming = [t for t in (clock.warn_at, clock.due_at) if t > at]
    if not upcoming:  # breached and escalated: nothing more to watch on this clock
        return
    run_at = min(upcoming)
    jobs.enqueue(
        session,
        CHECK_JOB,
        {"conversation_id": conversation.id},
        run_at=run_at,
        workspace_id=conversation.workspace_id,
        dedupe_key=f"sla:{conversation.id}:{run_at.replace(microsecond=0).isoformat()}",
    )


def check_job(session: Session, payload: dict[str, Any]) -> None:
    conversation = session.get(Conversation, int(payload["conversation_id"]))
    if conversation is not None:
        refresh(session, conversation)


def events(
    session: Session,
    workspace_id: int,
    *,
    since: datetime | None = None,
    conversation_id: int | None = None,
    limit: int = 500,
) -> list[SlaEvent]:
    stmt = select(SlaEvent).where(SlaEvent.workspace_id == workspace_id)
    if since is not None:
        stmt = stmt.where(SlaEvent.at >= since)
    if conversation_id is not None:
        stmt = stmt.where(SlaEvent.conversation_id == conversation_id)
    return list(session.scalars(stmt.order_by(SlaEvent.at.desc(), SlaEvent.id.desc()).limit(limit)))


def ensure_sweep(session: Session, at: datetime | None = None) -> None:
    """Make sure a sweep is planned at the next boundary (one job per boundary, whoever asks)."""
    at = at or now()
    step = int(SWEEP_EVERY.total_seconds())
    boundary = datetime.fromtimestamp((int(at.timestamp()) // step + 1) * step, tz=at.tzinfo)
    jobs.enqueue(session, SWEEP_JOB, {}, run_at=boundary, dedupe_key=f"sla-sweep:{boundary.isoformat()}")


def sweep_job(session: Session, payload: dict[str, Any]) -> None:
    """Look at every open conversation with people; plan the next sweep while there are any."""
    conversations = list(
        session.scalars(
            select(Conversation)
            .where(Conversation.mode == "human", Conversation.status.in_(("open", "pending")))
            .order_by(Conversation.id)
            .limit(5000)
        )
    )
    for conversation in conversations:
        refresh(session, conversation)
    if conversations:
        ensure_sweep(session)
