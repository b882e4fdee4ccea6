from __future__ import annotations

from datetime import date, datetime
from typing import Any, Literal

from pydantic import BaseModel, Field

Dimension = Literal["mode", "segment", "intent", "channel", "moment"]
DIMENSIONS: tuple[str, ...] = ("mode", "segment", "intent", "channel", "moment")


class Figures(BaseModel):
    """The figures of one group of conversations. Rates are 0-1; times are seconds (means)."""

    volume: int
    finished: int
    automated_confirmed: int
    automated_assumed: int
    assisted: int
    escalated_after_bot: int
    abandoned: int
    reopened: int
    #: confirmed automation only: the headline figure; silence is never counted here
    containment: float | None
    #: automation the customer did not confirm (silence), shown separately
    containment_assumed: float | None
    escalation_rate: float | None
    time_to_human_s: float | None
    first_response_s: float | None
    resolution_s: float | None
    reopen_rate: float | None
    csat_n: int
    csat: float | None
    csat_ci_low: float | None
    csat_ci_high: float | None
    sla_attainment: float | None
    sla_n: int
    repeat_rate: float | None
    wanted_human_sooner_rate: float | None


class Row(BaseModel):
    key: dict[str, str]
    figures: Figures


class Report(BaseModel):
    start: date
    end: date
    group_by: list[str]
    filters: dict[str, str]
    sla_source: str
    total: Figures
    rows: list[Row]


class TrendPoint(BaseModel):
    start: date
    figures: Figures


class Trend(BaseModel):
    start: date
    end: date
    bucket: Literal["day", "week"]
    filters: dict[str, str]
    points: list[TrendPoint]


class RecommendationOut(BaseModel):
    id: int
    kind: str
    segment: str
    intent: str
    title: str
    status: str
    evidence: dict[str, Any]
    reasons: list[Any]
    policy_change: dict[str, Any]
    simulation: dict[str, Any]
    effect: dict[str, Any]
    period_start: datetime
    period_end: datetime
    decided_by: int | None
    decided_at: datetime | None
    applied_policy_version: int | None
    note: str | None
    created_at: datetime

    model_config = {"from_attributes": True}


class RecommendationDecision(BaseModel):
    model_config = {"extra": "forbid"}

    note: str | None = Field(default=None, max_length=2000)


class RunRecommendationsIn(BaseModel):
    model_config = {"extra": "forbid"}

    days: int = Field(default=56, ge=7, le=180)


class SegmentOut(BaseModel):
    id: int
    label: str
    description: str
    size: int
    profile: dict[str, Any]
    computed_at: datetime

    model_config = {"from_attributes": True}
