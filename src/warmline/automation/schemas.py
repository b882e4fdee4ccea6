"""API shapes of automation: notifications, calendar slots, appointments."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator


class NotificationIn(BaseModel):
    template: str = Field(
        min_length=1,
        max_length=64,
        description="delivery_delayed, appointment_reminder, outage_notice or custom",
    )
    text: str | None = Field(default=None, max_length=2000, description="the message, for template=custom")
    segment: str | None = Field(default=None, max_length=64)
    customer_external_ids: list[str] | None = Field(default=None, max_length=10_000)
    variables: dict[str, str] = Field(default_factory=dict)

    @field_validator("variables")
    @classmethod
    def _short_values(cls, value: dict[str, str]) -> dict[str, str]:
        if len(value) > 30 or any(len(k) > 40 or len(v) > 500 for k, v in value.items()):
            raise ValueError("at most 30 variables, names up to 40 and values up to 500 characters")
        return value


class NotificationOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    template: str
    text: str
    segment: str | None
    variables: dict[str, Any]
    recipients: int
    created_at: datetime


class SlotsIn(BaseModel):
    team: str = Field(min_length=1, max_length=64)
    starts_at: list[datetime] = Field(min_length=1, max_length=500)
    duration_minutes: int = Field(default=120, ge=15, le=600)
    capacity: int = Field(default=1, ge=1, le=50)

    @field_validator("starts_at")
    @classmethod
    def _aware(cls, value: list[datetime]) -> list[datetime]:
        if any(v.tzinfo is None for v in value):
            raise ValueError("times need a time zone, e.g. 2026-12-01T09:00:00Z")
        return value


class SlotOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    team: str
    starts_at: datetime
    ends_at: datetime
    capacity: int
    booked: int


class AppointmentOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    customer_id: int
    conversation_id: int | None
    team: str
    topic: str
    starts_at: datetime
    ends_at: datetime
    status: str
    revision: int
