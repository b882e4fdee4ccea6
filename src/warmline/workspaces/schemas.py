from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field


class WorkspaceOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    slug: str
    name: str
    timezone: str
    settings: dict[str, Any]


class WorkspacePatch(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str | None = Field(default=None, min_length=1, max_length=200)
    timezone: str | None = Field(default=None, max_length=64)
    settings: dict[str, Any] | None = None


class UserOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    email: str
    name: str
    role: str
    skills: list[str]
    languages: list[str]
    capacity: int
    team_id: int | None
    presence: str


class TeamOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    slug: str
    name: str
    supervisor_id: int | None


class TokenCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    role: str = Field(pattern="^(admin|supervisor|agent)$")
    name: str = Field(default="", max_length=200)
    user_id: int | None = None


class TokenCreated(BaseModel):
    id: int
    role: str
    name: str
    prefix: str
    token: str
