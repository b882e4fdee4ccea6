"""Analytics tables: recommendations (with their reasons and measured effect) and behavioural segments."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from warmline.db import Base
from warmline.kit.clock import now

RECOMMENDATION_STATUSES = ("proposed", "applied", "dismissed", "superseded")


class Recommendation(Base):
    """A finding ("automation hurts CSAT here") with its test, the policy change and its simulation."""

    __tablename__ = "recommendations"
    __table_args__ = (Index("ix_recommendations_ws_status", "workspace_id", "status", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    workspace_id: Mapped[int] = mapped_column(ForeignKey("workspaces.id", ondelete="CASCADE"))
    #: hand_off_earlier / automate_more
    kind: Mapped[str] = mapped_column(String(40))
    segment: Mapped[str] = mapped_column(String(64))
    intent: Mapped[str] = mapped_column(String(64))
    title: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(20), default="proposed")
    #: the statistics behind it: n, means, p, adjusted p, test, period
    evidence: Mapped[dict[str, Any]] = mapped_column(default=dict)
    reasons: Mapped[list[Any]] = mapped_column(default=list)
    #: the policy change proposed, in the neutral form {"op", "rule": {...}}
    policy_change: Mapped[dict[str, Any]] = mapped_column(default=dict)
    simulation: Mapped[dict[str, Any]] = mapped_column(default=dict)
    #: figures of the period before applying and, later, the period after
    effect: Mapped[dict[str, Any]] = mapped_column(default=dict)
    period_start: Mapped[datetime] = mapped_column()
    period_end: Mapped[datetime] = mapped_column()
    decided_by: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"), default=None)
    decided_at: Mapped[datetime | None] = mapped_column(default=None)
    applied_policy_version: Mapped[int | None] = mapped_column(default=None)
    note: Mapped[str | None] = mapped_column(Text, default=None)
    created_at: Mapped[datetime] = mapped_column(default=now)


class BehaviourSegment(Base):
    """A cluster of customers who contact us alike, with a description a person can read."""

    __tablename__ = "behaviour_segments"

    id: Mapped[int] = mapped_column(primary_key=True)
    workspace_id: Mapped[int] = mapped_column(ForeignKey("workspaces.id", ondelete="CASCADE"), index=True)
    label: Mapped[str] = mapped_column(String(120))
    description: Mapped[str] = mapped_column(Text)
    size: Mapped[int] = mapped_column(default=0)
    profile: Mapped[dict[str, Any]] = mapped_column(default=dict)
    customer_ids: Mapped[list[Any]] = mapped_column(default=list)
    computed_at: Mapped[datetime] = mapped_column(default=now)
