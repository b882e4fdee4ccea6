"""Tables behind the skills: a calendar of appointment slots per team, appointments, notifications."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from warmline.db import Base
from warmline.kit.clock import now


class AppointmentSlot(Base):
    __tablename__ = "appointment_slots"
    __table_args__ = (
        UniqueConstraint("workspace_id", "team", "starts_at"),
        Index("ix_appointment_slots_ws_team_start", "workspace_id", "team", "starts_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    workspace_id: Mapped[int] = mapped_column(ForeignKey("workspaces.id", ondelete="CASCADE"))
    #: team slug ("service")
    team: Mapped[str] = mapped_column(String(64))
    starts_at: Mapped[datetime] = mapped_column()
    ends_at: Mapped[datetime] = mapped_column()
    capacity: Mapped[int] = mapped_column(default=1)
    booked: Mapped[int] = mapped_column(default=0)


class Appointment(Base):
    __tablename__ = "appointments"
    __table_args__ = (Index("ix_appointments_ws_customer", "workspace_id", "customer_id", "status"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    workspace_id: Mapped[int] = mapped_column(ForeignKey("workspaces.id", ondelete="CASCADE"))
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    conversation_id: Mapped[int | None] = mapped_column(
        ForeignKey("conversations.id", ondelete="SET NULL"), default=None
    )
    slot_id: Mapped[int | None] = mapped_column(
        ForeignKey("appointment_slots.id", ondelete="SET NULL"), default=None
    )
    team: Mapped[str] = mapped_column(String(64))
    topic: Mapped[str] = mapped_column(String(200), default="")
    starts_at: Mapped[datetime] = mapped_column()
    ends_at: Mapped[datetime] = mapped_column()
    #: booked / cancelled / done
    status: Mapped[str] = mapped_column(String(20), default="booked")
    #: bumped on every move; reminders carry it so a moved appointment's old reminders stay silent
    revision: Mapped[int] = mapped_column(default=1)
    created_at: Mapped[datetime] = mapped_column(default=now)
    updated_at: Mapped[datetime] = mapped_column(default=now)


class Notification(Base):
    """A proactive, templated message sent to a segment; each recipient gets it in a conversation."""

    __tablename__ = "notifications"

    id: Mapped[int] = mapped_column(primary_key=True)
    workspace_id: Mapped[int] = mapped_column(ForeignKey("workspaces.id", ondelete="CASCADE"), index=True)
    template: Mapped[str] = mapped_column(String(64))
    text: Mapped[str] = mapped_column(Text)
    segment: Mapped[str | None] = mapped_column(String(64), default=None)
    variables: Mapped[dict[str, Any]] = mapped_column(default=dict)
    recipients: Mapped[int] = mapped_column(default=0)
    created_by_user_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), default=None
    )
    created_at: Mapped[datetime] = mapped_column(default=now)
