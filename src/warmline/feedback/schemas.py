from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

CsatChannel = Literal["widget", "email", "api", "sms", "phone"]
CustomerSignal = Literal["wanted_human_sooner", "bot_did_not_help", "bot_helped"]


class FeedbackIn(BaseModel):
    """`POST /api/v1/conversations/{id}/feedback`: what the customer told us about one conversation."""

    model_config = ConfigDict(extra="forbid")

    score: int | None = Field(default=None, ge=1, le=5, description="CSAT, 1 (very poor) to 5 (very good)")
    comment: str | None = Field(default=None, max_length=4000)
    signals: list[CustomerSignal] = Field(default_factory=list, max_length=3)
    channel: CsatChannel = "api"


class RepeatFlagIn(BaseModel):
    """An agent's flag: the customer had to repeat what they already told us."""

    model_config = ConfigDict(extra="forbid")

    note: str | None = Field(default=None, max_length=2000)


class CsatOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    conversation_id: int
    score: int
    comment: str | None
    wanted_human_sooner: bool
    bot_did_not_help: bool
    channel: str
    created_at: datetime


class SignalOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    conversation_id: int
    kind: str
    source: str
    user_id: int | None
    note: str | None
    created_at: datetime


class FeedbackOut(BaseModel):
    csat: CsatOut | None = None
    signals: list[SignalOut] = Field(default_factory=list)
    outcome: str | None = None


class NpsSurveyIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1, max_length=200)
    segment: str | None = Field(default=None, max_length=64)
    every_days: int = Field(default=90, ge=7, le=366)
    question: str = Field(
        default="How likely are you to recommend us to a friend or colleague? Reply with a number from 0 "
        "to 10.",
        min_length=5,
        max_length=1000,
    )
    first_run_at: datetime | None = None


class NpsSurveyOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    name: str
    segment: str | None
    every_days: int
    question: str
    active: bool
    next_run_at: datetime
    last_run_at: datetime | None


class NpsAnswerIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    customer_id: int = Field(ge=1)
    score: int = Field(ge=0, le=10)
    comment: str | None = Field(default=None, max_length=4000)


class NpsSummary(BaseModel):
    survey_id: int
    sent: int
    answered: int
    promoters: int
    passives: int
    detractors: int
    nps: float | None
