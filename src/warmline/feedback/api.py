from __future__ import annotations

from typing import Any

from fastapi import APIRouter, status

from warmline.api.context import Ctx
from warmline.feedback import service
from warmline.feedback.schemas import (
    CsatOut,
    FeedbackIn,
    FeedbackOut,
    NpsAnswerIn,
    NpsSummary,
    NpsSurveyIn,
    NpsSurveyOut,
    RepeatFlagIn,
    SignalOut,
)

router = APIRouter(prefix="/api/v1", tags=["feedback"])


def _out(data: dict[str, Any]) -> FeedbackOut:
    return FeedbackOut(
        csat=CsatOut.model_validate(data["csat"]) if data["csat"] else None,
        signals=[SignalOut.model_validate(s) for s in data["signals"]],
        outcome=data["outcome"],
    )


@router.post(
    "/conversations/{conversation_id}/feedback",
    status_code=status.HTTP_201_CREATED,
    response_model=FeedbackOut,
)
def post_feedback(conversation_id: int, body: FeedbackIn, ctx: Ctx) -> FeedbackOut:
    """CSAT (1-5), a comment and signals: wanted_human_sooner, bot_did_not_help, bot_helped."""
    with ctx.tx() as (session, principal):
        service.record_feedback(
            session,
            workspace_id=principal.workspace_id,
            conversation_id=conversation_id,
            score=body.score,
            comment=body.comment,
            signals=list(body.signals),
            channel=body.channel,
        )
        return _out(service.feedback_for(session, principal.workspace_id, conversation_id))


@router.get("/conversations/{conversation_id}/feedback", response_model=FeedbackOut)
def get_feedback(conversation_id: int, ctx: Ctx) -> FeedbackOut:
    with ctx.tx() as (session, principal):
        return _out(service.feedback_for(session, principal.workspace_id, conversation_id))


@router.post(
    "/conversations/{conversation_id}/flags/repeat",
    status_code=status.HTTP_201_CREATED,
    response_model=SignalOut,
)
def flag_repeat(conversation_id: int, body: RepeatFlagIn, ctx: Ctx) -> SignalOut:
    """An agent flags that the customer had to repeat themselves."""
    with ctx.tx(min_role="agent") as (session, principal):
        signal = service.flag_repeat(session, principal, principal.workspace_id, conversation_id, body.note)
        return SignalOut.model_validate(signal)


@router.post("/feedback/nps-surveys", status_code=status.HTTP_201_CREATED, response_model=NpsSurveyOut)
def create_nps_survey(body: NpsSurveyIn, ctx: Ctx) -> NpsSurveyOut:
    with ctx.tx(min_role="admin") as (session, principal):
        survey = service.create_nps_survey(
            session,
            principal.workspace_id,
            name=body.name,
            segment=body.segment,
            every_days=body.every_days,
            question=body.question,
            first_run_at=body.first_run_at,
        )
        return NpsSurveyOut.model_validate(survey)


@router.get("/feedback/nps-surveys", response_model=list[NpsSurveyOut])
def list_nps_surveys(ctx: Ctx) -> list[NpsSurveyOut]:
    with ctx.tx(min_role="supervisor") as (session, principal):
        return [
            NpsSurveyOut.model_validate(s) for s in service.list_nps_surveys(session, principal.workspace_id)
        ]


@router.post("/feedback/nps-surveys/{survey_id}/answers", status_code=status.HTTP_201_CREATED)
def answer_nps(survey_id: int, body: NpsAnswerIn, ctx: Ctx) -> dict[str, int | None]:
    with ctx.tx() as (session, principal):
        response = service.answer_nps(
            session, principal.workspace_id, survey_id, body.customer_id, body.score, body.comment
        )
        return {"id": response.id, "score": response.score}


@router.get("/feedback/nps-surveys/{survey_id}/summary", response_model=NpsSummary)
def nps_summary(survey_id: int, ctx: Ctx) -> NpsSummary:
    with ctx.tx(min_role="supervisor") as (session, principal):
        return NpsSummary(**service.nps_summary(session, principal.workspace_id, survey_id))
