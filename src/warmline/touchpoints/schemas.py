from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field


class TaskOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    customer_id: int
    assignee_id: int | None
    kind: str
    status: str
    occasion: str
    title: str
    brief: dict[str, Any]
    reasons: list[Any]
    conversation_id: int | None
    due_at: datetime
    created_at: datetime
    completed_at: datetime | None
    outcome_note: str | None


class TaskPatch(BaseModel):
    model_config = ConfigDict(extra="forbid")

    status: Literal["open", "done", "dismissed"] | None = None
    assignee_id: int | None = Field(default=None, ge=1)
    note: str | None = Field(default=None, max_length=2000)


class SettingsIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    onboarding_segments: list[str] | None = Field(default=None, max_length=20)
    buddy_user_ids: list[int] | None = Field(default=None, max_length=50)
    new_customer_days: int | None = Field(default=None, ge=1, le=90)
    renewal_days_before: int | None = Field(default=None, ge=1, le=180)
    risk_negative_conversations: int | None = Field(default=None, ge=1, le=20)
    risk_repeat_contacts: int | None = Field(default=None, ge=2, le=50)
    risk_window_days: int | None = Field(default=None, ge=1, le=90)
    enabled: bool | None = None


class SettingsOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    onboarding_segments: list[str]
    buddy_user_ids: list[int]
    new_customer_days: int
    renewal_days_before: int
    risk_negative_conversations: int
    risk_repeat_contacts: int
    risk_window_days: int
    enabled: bool
