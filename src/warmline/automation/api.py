"""Automation API: proactive notifications (admin), the service calendar and appointments."""

from __future__ import annotations

from datetime import timedelta
from typing import Annotated

from fastapi import APIRouter, Query, status
from pydantic import BaseModel
from sqlalchemy import select

from warmline.api.context import Ctx
from warmline.automation import appointments as calendar
from warmline.automation import notifications
from warmline.automation.models import Appointment, AppointmentSlot
from warmline.automation.schemas import AppointmentOut, NotificationIn, NotificationOut, SlotOut, SlotsIn
from warmline.kit.clock import now

router = APIRouter(prefix="/api/v1", tags=["automation"])


@router.post("/notifications", status_code=status.HTTP_201_CREATED, response_model=NotificationOut)
def send_notification(body: NotificationIn, ctx: Ctx) -> NotificationOut:
    """Send a templated notification to a segment (or listed customers).

    Each recipient gets it in a conversation: their open one, or a new one."""
    with ctx.tx("admin") as (session, principal):
        notification = notifications.send(
            session,
            principal,
            principal.workspace_id,
            template=body.template,
            text=body.text,
            segment=body.segment,
            customer_external_ids=body.customer_external_ids,
            variables=body.variables,
        )
        return NotificationOut.model_validate(notification)


@router.get("/notifications", response_model=list[NotificationOut])
def list_notifications(ctx: Ctx) -> list[NotificationOut]:
    with ctx.tx("supervisor") as (session, principal):
        return [
            NotificationOut.model_validate(n)
            for n in notifications.list_recent(session, principal.workspace_id)
        ]


class SlotsCreated(BaseModel):
    created: int


@router.post("/calendar/slots", status_code=status.HTTP_201_CREATED, response_model=SlotsCreated)
def add_slots(body: SlotsIn, ctx: Ctx) -> SlotsCreated:
    with ctx.tx("admin") as (session, principal):
        made = calendar.add_slots(
            session,
            principal.workspace_id,
            body.team,
            body.starts_at,
            duration=timedelta(minutes=body.duration_minutes),
            capacity=body.capacity,
        )
        return SlotsCreated(created=made)


@router.get("/calendar/slots", response_model=list[SlotOut])
def list_slots(
    ctx: Ctx, team: Annotated[str, Query(max_length=64)] = "service", free: bool = False
) -> list[SlotOut]:
    with ctx.tx("agent") as (session, principal):
        stmt = select(AppointmentSlot).where(
            AppointmentSlot.workspace_id == principal.workspace_id,
            AppointmentSlot.team == team,
            AppointmentSlot.starts_at >= now(),
        )
        if free:
            stmt = stmt.where(AppointmentSlot.booked < AppointmentSlot.capacity)
        rows = session.scalars(stmt.order_by(AppointmentSlot.starts_at).limit(200))
        return [SlotOut.model_validate(s) for s in rows]


@router.get("/appointments", response_model=list[AppointmentOut])
def list_appointments(
    ctx: Ctx,
    customer_id: Annotated[int | None, Query(ge=1)] = None,
    status_: Annotated[str | None, Query(alias="status", max_length=20)] = None,
) -> list[AppointmentOut]:
    with ctx.tx("agent") as (session, principal):
        stmt = select(Appointment).where(Appointment.workspace_id == principal.workspace_id)
        if customer_id is not None:
            stmt = stmt.where(Appointment.customer_id == customer_id)
        if status_:
            stmt = stmt.where(Appointment.status == status_)
        rows = session.scalars(stmt.order_by(Appointment.starts_at).limit(200))
        return [AppointmentOut.model_validate(a) for a in rows]
