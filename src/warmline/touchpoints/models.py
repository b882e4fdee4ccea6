"""Touchpoint settings per workspace and the tasks they create for named people."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from warmline.db import Base
from warmline.kit.clock import now

TASK_KINDS = ("onboarding_day3", "onboarding_day14", "renewal_review", "risk_checkin")
TASK_STATUSES = ("open", "done", "dismissed")


class TouchpointSettings(Base):
    __tablename__ = "touchpoint_settings"

    workspace_id: Mapped[int] = mapped_column(
        ForeignKey("workspaces.id", ondelete="CASCADE"), primary_key=True
    )
    #: segments whose new customers get an onboarding buddy
    onboarding_segments: Mapped[list[Any]] = mapped_column(default=list)
    #: the people who can be buddies (round robin); empty = nobody is assigned
    buddy_user_ids: Mapped[list[Any]] = mapped_column(default=list)
    #: a customer is "new" for this many days after they were created (or signed up)
    new_customer_days: Mapped[int] = mapped_column(default=14)
    renewal_days_before: Mapped[int] = mapped_column(default=30)
    #: risk: this many negative conversations within risk_window_days ...
    risk_negative_conversations: Mapped[int] = mapped_column(default=3)
    #: ... or this many contacts within the window
    risk_repeat_contacts: Mapped[int] = mapped_column(default=4)
    risk_window_days: Mapped[int] = mapped_column(default=14)
    enabled: Mapped[bool] = mapped_column(default=True)
    updated_at: Mapped[datetime] = mapped_column(default=now)


class TouchpointTask(Base):
    """Work for a named person: automation drafts the brief, the person leads the conversation."""

    __tablename__ = "touchpoint_tasks"
    __table_args__ = (
        Index("ix_touchpoint_tasks_ws_status", "workspace_id", "status", "due_at"),
        Index("ix_touchpoint_tasks_assignee", "assignee_id", "status"),
        UniqueConstraint("workspace_id", "customer_id", "occasion"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    workspace_id: Mapped[int] = mapped_column(ForeignKey("workspaces.id", ondelete="CASCADE"))
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"), default=None)
    kind: Mapped[str] = mapped_column(String(40))
    status: Mapped[str] = mapped_column(String(20), default="open")
    #: one task per customer and occasion ("renewal:2027-01-15", "risk:2026-W48", "onboarding_day3")
    occasion: Mapped[str] = mapped_column(String(120))
    title: Mapped[str] = mapped_column(String(300))
    brief: Mapped[dict[str, Any]] = mapped_column(default=dict)
    reasons: Mapped[list[Any]] = mapped_column(default=list)
    conversation_id: Mapped[int | None] = mapped_column(
        ForeignKey("conversations.id", ondelete="SET NULL"), default=None
    )
    due_at: Mapped[datetime] = mapped_column(default=now)
    created_at: Mapped[datetime] = mapped_column(default=now)
    completed_at: Mapped[datetime | None] = mapped_column(default=None)
    outcome_note: Mapped[str | None] = mapped_column(Text, default=None)
