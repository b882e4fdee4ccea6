from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, status
from fastapi.responses import Response

from warmline.analytics import recommendations as recs
from warmline.analytics import segments, service
from warmline.analytics.params import ReportQuery
from warmline.analytics.schemas import (
    RecommendationDecision,
    RecommendationOut,
    Report,
    RunRecommendationsIn,
    SegmentOut,
    Trend,
)
from warmline.api.context import Ctx
from warmline.feedback.accounting import refresh_facts
from warmline.kit.errors import Invalid

router = APIRouter(prefix="/api/v1/analytics", tags=["analytics"])
Period = Annotated[ReportQuery, Depends()]


def _group_by(value: str | None) -> list[str]:
    if not value:
        return []
    dims = [d.strip() for d in value.split(",") if d.strip()]
    if len(dims) > 5:
        raise Invalid("group by at most 5 dimensions")
    return dims


@router.get("/report", response_model=Report)
def get_report(
    ctx: Ctx,
    period: Period,
    group_by: Annotated[str | None, Query(max_length=100, description="e.g. segment,intent")] = None,
) -> Report:
    """Volume, containment (confirmed; assumed apart), escalation, times, reopen, CSAT+CI, SLA, repeats."""
    with ctx.tx(min_role="supervisor") as (session, principal):
        return service.report(
            session,
            principal.workspace_id,
            start=period.start,
            end=period.end,
            group_by=_group_by(group_by),
            filters=period.filters,
        )


@router.get("/report.csv", response_class=Response)
def get_report_csv(
    ctx: Ctx,
    period: Period,
    group_by: Annotated[str | None, Query(max_length=100)] = None,
) -> Response:
    with ctx.tx(min_role="supervisor") as (session, principal):
        result = service.report(
            session,
            principal.workspace_id,
            start=period.start,
            end=period.end,
            group_by=_group_by(group_by),
            filters=period.filters,
        )
    name = f"warmline-analytics-{result.start}-{result.end}.csv"
    return Response(
        service.report_csv(result),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )


@router.get("/trend", response_model=Trend)
def get_trend(
    ctx: Ctx,
    period: Period,
    bucket: Annotated[str, Query(pattern="^(day|week)$")] = "day",
) -> Trend:
    with ctx.tx(min_role="supervisor") as (session, principal):
        return service.trend(
            session,
            principal.workspace_id,
            start=period.start,
            end=period.end,
            bucket=bucket,
            filters=period.filters,
        )


@router.post("/refresh")
def refresh(ctx: Ctx) -> dict[str, int]:
    """Bring the conversation facts up to date now (the sweep job does this every few minutes)."""
    with ctx.tx(min_role="supervisor") as (session, principal):
        return {"refreshed": refresh_facts(session, principal.workspace_id)}


@router.get("/recommendations", response_model=list[RecommendationOut])
def list_recommendations(
    ctx: Ctx,
    status_: Annotated[
        str | None, Query(alias="status", pattern="^(proposed|applied|dismissed|superseded)$")
    ] = None,
) -> list[RecommendationOut]:
    with ctx.tx(min_role="supervisor") as (session, principal):
        return [
            RecommendationOut.model_validate(r)
            for r in recs.list_all(session, principal.workspace_id, status_)
        ]


@router.post(
    "/recommendations/run", status_code=status.HTTP_201_CREATED, response_model=list[RecommendationOut]
)
def run_recommendations(ctx: Ctx, body: RunRecommendationsIn | None = None) -> list[RecommendationOut]:
    """Run the recommendation analysis now (it also runs weekly)."""
    days = body.days if body else recs.DEFAULT_DAYS
    with ctx.tx(min_role="admin") as (session, principal):
        return [
            RecommendationOut.model_validate(r) for r in recs.run(session, principal.workspace_id, days=days)
        ]


@router.get("/recommendations/{recommendation_id}", response_model=RecommendationOut)
def get_recommendation(recommendation_id: int, ctx: Ctx) -> RecommendationOut:
    with ctx.tx(min_role="supervisor") as (session, principal):
        return RecommendationOut.model_validate(recs.get(session, principal.workspace_id, recommendation_id))


@router.post("/recommendations/{recommendation_id}/approve", response_model=RecommendationOut)
def approve_recommendation(
    recommendation_id: int, ctx: Ctx, body: RecommendationDecision | None = None
) -> RecommendationOut:
    with ctx.tx(min_role="admin") as (session, principal):
        rec = recs.approve(
            session, principal, principal.workspace_id, recommendation_id, note=body.note if body else None
        )
        return RecommendationOut.model_validate(rec)


@router.post("/recommendations/{recommendation_id}/dismiss", response_model=RecommendationOut)
def dismiss_recommendation(
    recommendation_id: int, ctx: Ctx, body: RecommendationDecision | None = None
) -> RecommendationOut:
    with ctx.tx(min_role="admin") as (session, principal):
        rec = recs.dismiss(
            session, principal, principal.workspace_id, recommendation_id, note=body.note if body else None
        )
        return RecommendationOut.model_validate(rec)


@router.post("/recommendations/{recommendation_id}/measure", response_model=RecommendationOut)
def measure_recommendation(recommendation_id: int, ctx: Ctx) -> RecommendationOut:
    """Measure the applied change's effect so far (the job does it once the period has passed)."""
    with ctx.tx(min_role="supervisor") as (session, principal):
        rec = recs.get(session, principal.workspace_id, recommendation_id)
        if rec.status != "applied":
            raise Invalid("only an applied recommendation has an effect to measure")
        recs.measure_effect(session, rec.id)
        return RecommendationOut.model_validate(rec)


@router.get("/segments", response_model=list[SegmentOut])
def list_segments(ctx: Ctx) -> list[SegmentOut]:
    with ctx.tx(min_role="supervisor") as (session, principal):
        return [SegmentOut.model_validate(s) for s in segments.list_segments(session, principal.workspace_id)]


@router.post("/segments/recompute", response_model=list[SegmentOut])
def recompute_segments(ctx: Ctx) -> list[SegmentOut]:
    with ctx.tx(min_role="admin") as (session, principal):
        return [SegmentOut.model_validate(s) for s in segments.recompute(session, principal.workspace_id)]


@router.get("/segments/rules")
def rule_segments(ctx: Ctx) -> list[dict[str, Any]]:
    """Rule-based segments with their figures over the last 28 days and their policy stance."""
    with ctx.tx(min_role="supervisor") as (session, principal):
        return segments.rule_segments(session, principal.workspace_id)
