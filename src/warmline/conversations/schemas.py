from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from warmline.customers.schemas import CustomerIn

MAX_TEXT = 20_000
Channel = Literal["api", "widget", "email", "sms", "phone"]
Status = Literal["open", "pending", "resolved", "closed"]
Mode = Literal["automated", "human"]
Priority = Literal["low", "normal", "high", "urgent"]


def _not_blank(value: str) -> str:
    # NUL cannot be stored by PostgreSQL and never means anything in a message; keep a visible mark instead.
    value = value.replace("\x00", "\ufffd")
    if not value.strip():
        raise ValueError("text must not be empty or only white space")
    return value


class MessageIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, max_length=MAX_TEXT)
    client_msg_id: str | None = Field(default=None, min_length=1, max_length=128)

    _check_text = field_validator("text")(_not_blank)


class ConversationCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    customer: CustomerIn
    channel: Channel = "api"
    subject: str = Field(default="", max_length=200)
    message: MessageIn


class MessagePost(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, max_length=MAX_TEXT)
    client_msg_id: str | None = Field(default=None, min_length=1, max_length=128)
    author: Literal["customer", "agent"] = "customer"
    #: an agent's private note, never shown to the customer
    private: bool = False

    _check_text = field_validator("text")(_not_blank)


class ConversationPatch(BaseModel):
    model_config = ConfigDict(extra="forbid")

    status: Status | None = None
    assignee_id: int | None = None
    priority: Priority | None = None
    team_id: int | None = None
    tags: list[str] | None = Field(default=None, max_length=50)


class MessageOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    conversation_id: int
    author: str
    author_user_id: int | None
    text: str
    client_msg_id: str | None
    private: bool
    meta: dict[str, Any]
    created_at: datetime


class DecisionOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    message_id: int | None
    action: str
    priority: str
    team: str | None
    rule: str | None
    policy_version: int
    reasons: list[dict[str, Any]]
    inputs: dict[str, Any]
    created_at: datetime


class ConversationOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    customer_id: int
    channel: str
    status: str
    mode: str
    priority: str
    assignee_id: int | None
    team_id: int | None
    subject: str
    tags: list[str]
    created_at: datetime
    updated_at: datetime
    last_message_at: datetime
    handed_off_at: datetime | None
    first_human_reply_at: datetime | None
    resolved_at: datetime | None


class TurnResult(BaseModel):
    """What one posted message produced: the stored message, the decision and any automated replies."""

    conversation: ConversationOut
    message: MessageOut
    decision: DecisionOut | None
    replies: list[MessageOut] = Field(default_factory=list)
    #: a token the customer's own client can use to follow this conversation live
    customer_token: str | None = None
    created: bool = True
