from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from warmline.db import Base
from warmline.kit.clock import now

STATUSES = ("open", "pending", "resolved", "closed")
MODES = ("automated", "human")
PRIORITIES = ("low", "normal", "high", "urgent")
AUTHORS = ("customer", "bot", "agent", "system")
CHANNELS = ("api", "widget", "email", "sms", "phone")


class Conversation(Base):
    __tablename__ = "conversations"
    __table_args__ = (
        Index("ix_conversations_ws_status", "workspace_id", "status", "id"),
        Index("ix_conversations_ws_customer", "workspace_id", "customer_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    workspace_id: Mapped[int] = mapped_column(ForeignKey("workspaces.id", ondelete="CASCADE"))
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    channel: Mapped[str] = mapped_column(String(20), default="api")
    status: Mapped[str] = mapped_column(String(20), default="open")
    mode: Mapped[str] = mapped_column(String(20), default="automated")
    priority: Mapped[str] = mapped_column(String(20), default="normal")
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"), default=None)
    team_id: Mapped[int | None] = mapped_column(ForeignKey("teams.id", ondelete="SET NULL"), default=None)
    subject: Mapped[str] = mapped_column(String(200), default="")
    tags: Mapped[list[Any]] = mapped_column(default=list)
    #: small denormalised state the pipeline keeps between turns (automated turns without progress, ...)
    state: Mapped[dict[str, Any]] = mapped_column(default=dict)
    created_at: Mapped[datetime] = mapped_column(default=now)
    updated_at: Mapped[datetime] = mapped_column(default=now)
    last_message_at: Mapped[datetime] = mapped_column(default=now)
    handed_off_at: Mapped[datetime | None] = mapped_column(default=None)
    first_human_reply_at: Mapped[datetime | None] = mapped_column(default=None)
    resolved_at: Mapped[datetime | None] = mapped_column(default=None)


class Message(Base):
    __tablename__ = "messages"
    __table_args__ = (
        UniqueConstraint("conversation_id", "client_msg_id"),
        Index("ix_messages_conversation_id_id", "conversation_id", "id"),
        Index("ix_messages_ws_created", "workspace_id", "created_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    workspace_id: Mapped[int] = mapped_column(ForeignKey("workspaces.id", ondelete="CASCADE"))
    conversation_id: Mapped[int] = mapped_column(ForeignKey("conversations.id", ondelete="CASCADE"))
    author: Mapped[str] = mapped_column(String(20))
    author_user_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), default=None
    )
    text: Mapped[str] = mapped_column(Text)
    client_msg_id: Mapped[str | None] = mapped_column(String(128), default=None)
    #: private notes are visible to agents only
    private: Mapped[bool] = mapped_column(default=False)
    meta: Mapped[dict[str, Any]] = mapped_column(default=dict)
    created_at: Mapped[datetime] = mapped_column(default=now)


class Decision(Base):
    """What the system decided about one customer message, and why."""

    __tablename__ = "decisions"
    __table_args__ = (
        Index("ix_decisions_conversation", "conversation_id", "id"),
        Index("ix_decisions_ws_created", "workspace_id", "created_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    workspace_id: Mapped[int] = mapped_column(ForeignKey("workspaces.id", ondelete="CASCADE"))
    conversation_id: Mapped[int] = mapped_column(ForeignKey("conversations.id", ondelete="CASCADE"))
    message_id: Mapped[int | None] = mapped_column(
        ForeignKey("messages.id", ondelete="CASCADE"), default=None
    )
    #: automate / clarify / offer_human / hand_off / route / recommend / ...
    kind: Mapped[str] = mapped_column(String(20), default="message")
    action: Mapped[str] = mapped_column(String(20))
    priority: Mapped[str] = mapped_column(String(20), default="normal")
    team: Mapped[str | None] = mapped_column(String(64), default=None)
    rule: Mapped[str | None] = mapped_column(String(120), default=None)
    policy_version: Mapped[int] = mapped_column(default=0)
    reasons: Mapped[list[Any]] = mapped_column(default=list)
    #: the inputs the decision was taken on (triage result, segment, channel, ...)
    inputs: Mapped[dict[str, Any]] = mapped_column(default=dict)
    created_at: Mapped[datetime] = mapped_column(default=now)
