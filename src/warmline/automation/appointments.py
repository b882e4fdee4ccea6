"""Service appointments against a calendar of slots per team, with reminders as durable jobs."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from warmline import jobs
from warmline.automation.models import Appointment, AppointmentSlot
from warmline.kit.clock import now
from warmline.kit.errors import Conflict, Invalid, NotFound

REMINDERS = (("24h", timedelta(hours=24)), ("1h", timedelta(hours=1)))
REMINDER_JOB = "automation.appointment_reminder"
#: a slot must start at least this far ahead to be offered
LEAD_TIME = timedelta(hours=2)


def free_slots(
    session: Session,
    workspace_id: int,
    team: str,
    *,
    after: datetime | None = None,
    limit: int = 4,
    exclude: set[int] | None = None,
) -> list[AppointmentSlot]:
    start = max(after or now(), now() + LEAD_TIME)
    rows = session.scalars(
        select(AppointmentSlot)
        .where(
            AppointmentSlot.workspace_id == workspace_id,
            AppointmentSlot.team == team,
            AppointmentSlot.starts_at >= start,
            AppointmentSlot.booked < AppointmentSlot.capacity,
        )
        .order_by(AppointmentSlot.starts_at, AppointmentSlot.id)
        .limit(limit + len(exclude or ()))
    ).all()
    return [s for s in rows if s.id not in (exclude or set())][:limit]


def upcoming(session: Session, workspace_id: int, customer_id: int) -> list[Appointment]:
    return list(
        session.scalars(
            select(Appointment)
            .where(
                Appointment.workspace_id == workspace_id,
                Appointment.customer_id == customer_id,
                Appointment.status == "booked",
                Appointment.starts_at > now(),
            )
            .order_by(Appointment.starts_at)
        )
    )


def _take(session: Session, slot_id: int) -> AppointmentSlot:
    """Take one place in a slot; a conditional UPDATE so two customers never get the last place."""
    taken = session.execute(
        update(AppointmentSlot)
        .where(AppointmentSlot.id == slot_id, AppointmentSlot.booked < AppointmentSlot.capacity)
        .values(booked=AppointmentSlot.booked + 1)
    )
    if not taken.rowcount:  # type: ignore[attr-defined]
        raise Conflict("that slot has just been taken")
    slot = session.get(AppointmentSlot, slot_id)
    assert slot is not None
    session.refresh(slot)
    return slot


def _release(session: Session, slot_id: int | None) -> None:
    if slot_id is not None:
        session.execute(
            update(AppointmentSlot)
            .where(AppointmentSlot.id == slot_id, AppointmentSlot.booked > 0)
            .values(booked=AppointmentSlot.booked - 1)
        )


def reminder_key(appointment: Appointment, kind: str) -> str:
    return f"appt:{appointment.id}:r{appointment.revision}:{kind}"


def schedule_reminders(session: Session, appointment: Appointment) -> list[str]:
    keys = []
    for kind, before in REMINDERS:
        run_at = appointment.starts_at - before
        if run_at <= now():
            continue
        key = reminder_key(appointment, kind)
        jobs.enqueue(
            session,
            REMINDER_JOB,
            {"appointment_id": appointment.id, "kind": kind, "revision": appointment.revision},
            run_at=run_at,
            workspace_id=appointment.workspace_id,
            dedupe_key=key,
        )
        keys.append(key)
    return keys


def cancel_reminders(session: Session, appointment: Appointment) -> None:
    for kind, _ in REMINDERS:
        jobs.cancel(session, reminder_key(appointment, kind))


def book(
    session: Session,
    workspace_id: int,
    *,
    customer_id: int,
    slot_id: int,
    conversation_id: int | None,
    topic: str = "",
) -> Appointment:
    slot = session.get(AppointmentSlot, slot_id)
    if slot is None or slot.workspace_id != workspace_id:
        raise NotFound(f"slot {slot_id} not found")
    if slot.starts_at <= now():
        raise Invalid("that slot is in the past")
    slot = _take(session, slot_id)
    appointment = Appointment(
        workspace_id=workspace_id,
        customer_id=customer_id,
        conversation_id=conversation_id,
        slot_id=slot.id,
        team=slot.team,
        topic=topic[:200],
        starts_at=slot.starts_at,
        ends_at=slot.ends_at,
    )
    session.add(appointment)
    session.flush()
    schedule_reminders(session, appointment)
    return appointment


def move(session: Session, appointment: Appointment, slot_id: int) -> Appointment:
    if appointment.status != "booked":
        raise Conflict("only a booked appointment can be moved")
    slot = session.get(AppointmentSlot, slot_id)
    if slot is None or slot.workspace_id != appointment.workspace_id:
        raise NotFound(f"slot {slot_id} not found")
    slot = _take(session, slot_id)
    cancel_reminders(session, appointment)
    _release(session, appointment.slot_id)
    appointment.slot_id = slot.id
    appointment.starts_at = slot.starts_at
    appointment.ends_at = slot.ends_at
    appointment.revision += 1
    appointment.updated_at = now()
    session.flush()
    schedule_reminders(session, appointment)
    return appointment


def cancel(session: Session, appointment: Appointment) -> Appointment:
    if appointment.status != "booked":
        raise Conflict("this appointment is not booked")
    cancel_reminders(session, appointment)
    _release(session, appointment.slot_id)
    appointment.status = "cancelled"
    appointment.updated_at = now()
    return appointment


def add_slots(
    session: Session,
    workspace_id: int,
    team: str,
    starts: list[datetime],
    *,
    duration: timedelta = timedelta(hours=2),
    capacity: int = 1,
) -> int:
    """Add slots to a team's calendar; slots that already exist are left alone. Returns how many were new."""
    existing = set(
        session.scalars(
            select(AppointmentSlot.starts_at).where(
                AppointmentSlot.workspace_id == workspace_id, AppointmentSlot.team == team
            )
        )
    )
    made = 0
    for start in starts:
        if start in existing:
            continue
        session.add(
            AppointmentSlot(
                workspace_id=workspace_id,
                team=team,
                starts_at=start,
                ends_at=start + duration,
                capacity=capacity,
            )
        )
        existing.add(start)
        made += 1
    session.flush()
    return made
