"""Routing state kept beside each handed-off conversation, per-agent round-robin state, and SLA events."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from warmline.db import Base
from warmline.kit.clock import now

#: queued: waiting for an agent; held: reserved for the customer's own success manager for a while;
#: assigned: an agent owns it; done: back with automation, resolved or closed
ROUTING_STATES = ("queued", "held", "assigned", "done")
SLA_KINDS = ("first_response", "next_response")
SLA_EVENTS = ("started", "warning", "breached", "escalated", "met")


class RoutingState(Base):
    """Where a conversation with people stands in the queues. One row per conversation ever handed off."""

    __tablename__ = "routing_states"
    __table_args__ = (Index("ix_routing_states_ws_state", "workspace_id", "state", "team_id"),)

    conversation_id: Mapped[int] = mapped_column(
        ForeignKey("conversations.id", ondelete="CASCADE"), primary_key=True
    )
    workspace_id: Mapped[int] = mapped_column(ForeignKey("workspaces.id", ondelete="CASCADE"))
    team_id: Mapped[int | None] = mapped_column(ForeignKey("teams.id", ondelete="SET NULL"), default=None)
    state: Mapped[str] = mapped_column(String(20), default="queued")
    skill: Mapped[str | None] = mapped_column(String(64), default=None)
    language: Mapped[str | None] = mapped_column(String(8), default=None)
    #: when the conversation entered the queue: the waiting time every view shows
    queued_at: Mapped[datetime] = mapped_column(default=now)
    sticky_owner_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), default=None
    )
    #: agents who should not get it again (an owner who did not answer, the agent who transferred it away)
    excluded_user_ids: Mapped[list[Any]] = mapped_column(default=list)
    callback_requested: Mapped[bool] = mapped_column(default=False)
    callback_contact: Mapped[str | None] = mapped_column(String(320), default=None)
    updated_at: Mapped[datetime] = mapped_column(default=now)


class AgentRouting(Base):
    """When each agent last got a conversation, so that equals take turns (round-robin)."""

    __tablename__ = "routing_agents"

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), primary_key=True)
    workspace_id: Mapped[int] = mapped_column(ForeignKey("workspaces.id", ondelete="CASCADE"), index=True)
    last_assigned_at: Mapped[datetime | None] = mapped_column(default=None)


class SlaEvent(Base):
    """One moment in a conversation's service-level clock: warned, breached, escalated, met."""

    __tablename__ = "sla_events"
    __table_args__ = (
        UniqueConstraint("conversation_id", "kind", "event", "due_at"),
        Index("ix_sla_events_ws_at", "workspace_id", "at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    workspace_id: Mapped[int] = mapped_column(ForeignKey("workspaces.id", ondelete="CASCADE"))
    conversation_id: Mapped[int] = mapped_column(ForeignKey("conversations.id", ondelete="CASCADE"))
    team_id: Mapped[int | None] = mapped_column(ForeignKey("teams.id", ondelete="SET NULL"), default=None)
    kind: Mapped[str] = mapped_column(String(20))
    event: Mapped[str] = mapped_column(String(20))
    priority: Mapped[str] = mapped_column(String(20), default="normal")
    due_at: Mapped[datetime] = mapped_column()
    at: Mapped[datetime] = mapped_column(default=now)
    #: who was told: the assignee for a warning, the team's supervisor for an escalation
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"), default=None)
    detail: Mapped[dict[str, Any]] = mapped_column(default=dict)
