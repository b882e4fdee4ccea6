from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

_Name = Field(default="", max_length=200)


class CustomerIn(BaseModel):
    """A customer as the business identifies them; `external_id` is the business's own id."""

    model_config = ConfigDict(extra="forbid")

    external_id: str = Field(min_length=1, max_length=200)
    name: str = _Name
    email: str | None = Field(default=None, max_length=320)
    phone: str | None = Field(default=None, max_length=40)
    contact_points: dict[str, Any] = Field(default_factory=dict)
    attributes: dict[str, Any] = Field(default_factory=dict)
    segment: str | None = Field(default=None, max_length=64)
    language: str | None = Field(default=None, max_length=8)


class CustomerPatch(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str | None = Field(default=None, max_length=200)
    email: str | None = Field(default=None, max_length=320)
    phone: str | None = Field(default=None, max_length=40)
    contact_points: dict[str, Any] | None = None
    attributes: dict[str, Any] | None = None
    segment: str | None = Field(default=None, max_length=64)
    language: str | None = Field(default=None, max_length=8)
    owner_id: int | None = None


class CustomerOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    external_id: str
    name: str
    email: str | None
    phone: str | None
    contact_points: dict[str, Any]
    attributes: dict[str, Any]
    segment: str | None
    language: str | None
    owner_id: int | None
    created_at: datetime
    updated_at: datetime
