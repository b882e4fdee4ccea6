"""Feedback tables: CSAT, NPS surveys and answers, explicit signals, each conversation's outcome."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import Date, Float, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from warmline.db import Base
from warmline.kit.clock import now

CSAT_CHANNELS = ("widget", "email", "api", "sms", "phone", "agent")
SIGNAL_KINDS = ("wanted_human_sooner", "bot_did_not_help", "bot_helped", "repeat_yourself")
OUTCOMES = (
    "automated_confirmed",  # the customer said automation helped
    "automated_assumed",  # automation answered and the customer went silent: never a headline success
    "assisted",  # a person handled it from the start and resolved it
    "escalated_after_bot",  # automation tried first, then a person resolved it
    "abandoned",  # nobody resolved it and the customer went away
    "open",  # still in progress
)


class CsatResponse(Base):
    """One customer's 1-5 answer to "how did we do?" for one conversation (the latest answer wins)."""

    __tablename__ = "csat_responses"
    __table_args__ = (
        UniqueConstraint("conversation_id"),
        Index("ix_csat_responses_ws_created", "workspace_id", "created_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    workspace_id: Mapped[int] = mapped_column(ForeignKey("workspaces.id", ondelete="CASCADE"))
    conversation_id: Mapped[int] = mapped_column(ForeignKey("conversations.id", ondelete="CASCADE"))
    customer_id: Mapped[int | None] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), default=None
    )
    score: Mapped[int] = mapped_column()
    comment: Mapped[str | None] = mapped_column(Text, default=None)
    wanted_human_sooner: Mapped[bool] = mapped_column(default=False)
    bot_did_not_help: Mapped[bool] = mapped_column(default=False)
    channel: Mapped[str] = mapped_column(String(20), default="widget")
    created_at: Mapped[datetime] = mapped_column(default=now)


class FeedbackSignal(Base):
    """An explicit signal: from the customer ("I wanted a person sooner") or an agent ("had to repeat")."""

    __tablename__ = "feedback_signals"
    __table_args__ = (
        UniqueConstraint("conversation_id", "kind"),
        Index("ix_feedback_signals_ws_created", "workspace_id", "created_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    workspace_id: Mapped[int] = mapped_column(ForeignKey("workspaces.id", ondelete="CASCADE"))
    conversation_id: Mapped[int] = mapped_column(ForeignKey("conversations.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(40))
    source: Mapped[str] = mapped_column(String(20), default="customer")
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"), default=None)
    note: Mapped[str | None] = mapped_column(Text, default=None)
    created_at: Mapped[datetime] = mapped_column(default=now)


class NpsSurvey(Base):
    """A recurring NPS survey sent to the customers of one segment (or everyone) every `every_days`."""

    __tablename__ = "nps_surveys"

    id: Mapped[int] = mapped_column(primary_key=True)
    workspace_id: Mapped[int] = mapped_column(ForeignKey("workspaces.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    segment: Mapped[str | None] = mapped_column(String(64), default=None)
    every_days: Mapped[int] = mapped_column(default=90)
    question: Mapped[str] = mapped_column(Text)
    active: Mapped[bool] = mapped_column(default=True)
    next_run_at: Mapped[datetime] = mapped_column(default=now)
    last_run_at: Mapped[datetime | None] = mapped_column(default=None)
    created_at: Mapped[datetime] = mapped_column(default=now)


class NpsResponse(Base):
    __tablename__ = "nps_responses"
    __table_args__ = (
        UniqueConstraint("survey_id", "customer_id", "wave"),
        Index("ix_nps_responses_ws_created", "workspace_id", "created_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    workspace_id: Mapped[int] = mapped_column(ForeignKey("workspaces.id", ondelete="CASCADE"))
    survey_id: Mapped[int] = mapped_column(ForeignKey("nps_surveys.id", ondelete="CASCADE"))
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    #: which sending of the survey this answers (one answer per customer per wave)
    wave: Mapped[int] = mapped_column(default=1)
    score: Mapped[int | None] = mapped_column(default=None)
    comment: Mapped[str | None] = mapped_column(Text, default=None)
    conversation_id: Mapped[int | None] = mapped_column(
        ForeignKey("conversations.id", ondelete="SET NULL"), default=None
    )
    sent_at: Mapped[datetime] = mapped_column(default=now)
    created_at: Mapped[datetime] = mapped_column(default=now)
    answered_at: Mapped[datetime | None] = mapped_column(default=None)


class ConversationFact(Base):
    """One row per conversation: how it was handled, how it ended, and the figures analytics adds up.

    Kept up to date by the feedback sweep (and recomputed on demand), so that analytics never has to walk
    the messages table: this is what lets a period's figures answer quickly on a million messages.
    """

    __tablename__ = "conversation_facts"
    __table_args__ = (
        Index("ix_conversation_facts_ws_day", "workspace_id", "day"),
        Index("ix_conversation_facts_ws_seg_intent", "workspace_id", "segment", "intent", "day"),
        Index("ix_conversation_facts_ws_customer", "workspace_id", "customer_id"),
    )

    conversation_id: Mapped[int] = mapped_column(
        ForeignKey("conversations.id", ondelete="CASCADE"), primary_key=True
    )
    workspace_id: Mapped[int] = mapped_column(ForeignKey("workspaces.id", ondelete="CASCADE"))
    customer_id: Mapped[int | None] = mapped_column(default=None)
    day: Mapped[date] = mapped_column(Date)
    started_at: Mapped[datetime] = mapped_column()
    mode: Mapped[str] = mapped_column(String(20))
    segment: Mapped[str] = mapped_column(String(64), default="none")
    intent: Mapped[str] = mapped_column(String(64), default="unknown")
    channel: Mapped[str] = mapped_column(String(20), default="api")
    moment: Mapped[str] = mapped_column(String(40), default="none")
    priority: Mapped[str] = mapped_column(String(20), default="normal")
    outcome: Mapped[str] = mapped_column(String(30), default="open")
    #: the bot answered at least once before a person took over (or at all)
    bot_engaged: Mapped[bool] = mapped_column(default=False)
    escalated: Mapped[bool] = mapped_column(default=False)
    reopened: Mapped[bool] = mapped_column(default=False)
    repeat_flag: Mapped[bool] = mapped_column(default=False)
    wanted_human_sooner: Mapped[bool] = mapped_column(default=False)
    bot_did_not_help: Mapped[bool] = mapped_column(default=False)
    csat: Mapped[int | None] = mapped_column(default=None)
    sentiment: Mapped[float] = mapped_column(Float, default=0.0)
    customer_messages: Mapped[int] = mapped_column(default=0)
    time_to_human_s: Mapped[float | None] = mapped_column(Float, default=None)
    first_response_s: Mapped[float | None] = mapped_column(Float, default=None)
    resolution_s: Mapped[float | None] = mapped_column(Float, default=None)
    resolved_at: Mapped[datetime | None] = mapped_column(default=None)
    #: when the CSAT survey went out for the current resolution (None = not yet)
    survey_sent_at: Mapped[datetime | None] = mapped_column(default=None)
    computed_at: Mapped[datetime] = mapped_column(default=now)
    details: Mapped[dict[str, Any]] = mapped_column(default=dict)
