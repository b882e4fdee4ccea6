"""Feedback use cases: CSAT after a resolved conversation, explicit signals, agent flags, NPS surveys.

`record_csat` is the entry point every channel uses (the widget, the email survey link, the API).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from warmline import jobs
from warmline.auth.principal import Principal
from warmline.conversations.models import Conversation
from warmline.customers.models import Customer
from warmline.feedback import surveys
from warmline.feedback.models import (
    CSAT_CHANNELS,
    SIGNAL_KINDS,
    ConversationFact,
    CsatResponse,
    FeedbackSignal,
    NpsResponse,
    NpsSurvey,
)
from warmline.kit.clock import now
from warmline.kit.errors import Invalid, NotFound

#: a customer who scores this low may be at risk: the touchpoints job takes a look
LOW_CSAT = 2


def _conversation(session: Session, workspace_id: int, conversation_id: int) -> Conversation:
    conversation = session.get(Conversation, conversation_id)
    if conversation is None or conversation.workspace_id != workspace_id:
        raise NotFound(f"conversation {conversation_id} not found")
    return conversation


def record_csat(
    session: Session,
    *,
    workspace_id: int,
    conversation_id: int,
    score: int,
    comment: str | None = None,
    wanted_human_sooner: bool = False,
    channel: str = "widget",
    bot_did_not_help: bool = False,
) -> CsatResponse:
    """Store the customer's 1-5 answer for a conversation; answering again replaces the earlier answer."""
    if isinstance(score, bool) or not isinstance(score, int) or not 1 <= score <= 5:
        raise Invalid("score must be a whole number from 1 to 5", details={"score": score})
    if channel not in CSAT_CHANNELS:
        raise Invalid(f"channel must be one of {', '.join(CSAT_CHANNELS)}", details={"channel": channel})
    if comment is not None:
        comment = comment.replace("\x00", "\ufffd").strip()[:4000] or None
    conversation = _conversation(session, workspace_id, conversation_id)
    response = session.scalar(select(CsatResponse).where(CsatResponse.conversation_id == conversation.id))
    if response is None:
        response = CsatResponse(
            workspace_id=workspace_id,
            conversation_id=conversation.id,
            customer_id=conversation.customer_id,
            score=score,
        )
        session.add(response)
    response.score = score
    response.comment = comment
    response.wanted_human_sooner = response.wanted_human_sooner or wanted_human_sooner
    response.bot_did_not_help = response.bot_did_not_help or bot_did_not_help
    response.channel = channel
    response.created_at = now()
    session.flush()
    if wanted_human_sooner:
        record_signal(
            session, workspace_id=workspace_id, conversation_id=conversation.id, kind="wanted_human_sooner"
        )
    if bot_did_not_help:
        record_signal(
            session, workspace_id=workspace_id, conversation_id=conversation.id, kind="bot_did_not_help"
        )
    _touch_fact(session, conversation.id, csat=score)
    if score <= LOW_CSAT:
        jobs.enqueue(
            session,
            "touchpoints.check_risk",
            {"workspace_id": workspace_id, "customer_id": conversation.customer_id},
            workspace_id=workspace_id,
        )
    return response


def record_signal(
    session: Session,
    *,
    workspace_id: int,
    conversation_id: int,
    kind: str,
    source: str = "customer",
    user_id: int | None = None,
    note: str | None = None,
) -> FeedbackSignal:
    """An explicit signal; the same kind on the same conversation is kept once."""
    if kind not in SIGNAL_KINDS:
        raise Invalid(f"kind must be one of {', '.join(SIGNAL_KINDS)}", details={"kind": kind})
    conversation = _conversation(session, workspace_id, conversation_id)
    signal = session.scalar(
        select(FeedbackSignal).where(
            FeedbackSignal.conversation_id == conversation.id, FeedbackSignal.kind == kind
        )
    )
    if signal is None:
        signal = FeedbackSignal(
            workspace_id=workspace_id,
            conversation_id=conversation.id,
            kind=kind,
            source=source,
            user_id=user_id,
            note=note,
        )
        session.add(signal)
        session.flush()
    elif note and not signal.note:
        signal.note = note
    flags = {
        "wanted_human_sooner": "wanted_human_sooner",
        "bot_did_not_help": "bot_did_not_help",
        "repeat_yourself": "repeat_flag",
    }
    if kind in flags:
        _touch_fact(session, conversation.id, **{flags[kind]: True})
    return signal


def flag_repeat(
    session: Session, principal: Principal, workspace_id: int, conversation_id: int, note: str | None = None
) -> FeedbackSignal:
    """An agent says the customer had to repeat themselves: a failure of the hand-off, counted as such."""
    return record_signal(
        session,
        workspace_id=workspace_id,
        conversation_id=conversation_id,
        kind="repeat_yourself",
        source="agent",
        user_id=principal.user_id,
        note=note,
    )


def record_feedback(
    session: Session,
    *,
    workspace_id: int,
    conversation_id: int,
    score: int | None,
    comment: str | None,
    signals: list[str],
    channel: str,
) -> tuple[CsatResponse | None, list[FeedbackSignal]]:
    """The API's feedback body: a score, a comment and/or explicit signals, in any combination."""
    if score is None and not signals and not comment:
        raise Invalid("send a score (1-5), a comment or at least one signal")
    _conversation(session, workspace_id, conversation_id)
    if score is None and comment:
        raise Invalid("a comment needs a score (1-5)")
    csat = None
    if score is not None:
        csat = record_csat(
            session,
            workspace_id=workspace_id,
            conversation_id=conversation_id,
            score=score,
            comment=comment,
            wanted_human_sooner="wanted_human_sooner" in signals,
            bot_did_not_help="bot_did_not_help" in signals,
            channel=channel,
        )
    stored = [
        record_signal(session, workspace_id=workspace_id, conversation_id=conversation_id, kind=kind)
        for kind in dict.fromkeys(signals)
    ]
    return csat, stored


def feedback_for(session: Session, workspace_id: int, conversation_id: int) -> dict[str, Any]:
    conversation = _conversation(session, workspace_id, conversation_id)
    csat = session.scalar(select(CsatResponse).where(CsatResponse.conversation_id == conversation.id))
    signals = list(
        session.scalars(
            select(FeedbackSignal)
            .where(FeedbackSignal.conversation_id == conversation.id)
            .order_by(FeedbackSignal.id)
        )
    )
    fact = session.get(ConversationFact, conversation.id)
    return {"csat": csat, "signals": signals, "outcome": fact.outcome if fact else None}


def _touch_fact(session: Session, conversation_id: int, **values: Any) -> None:
    """Keep an existing fact row in step with new feedback, so figures move without waiting for a sweep."""
    fact = session.get(ConversationFact, conversation_id)
    if fact is None:
        return
    for key, value in values.items():
        setattr(fact, key, value)
    if (
        "csat" in values
        and fact.mode == "automated"
        and fact.outcome == "automated_assumed"
        and values["csat"] >= 4
        and not fact.bot_did_not_help
    ):
        fact.outcome = "automated_confirmed"
    if values.get("bot_did_not_help") and fact.outcome == "automated_confirmed":
        fact.outcome = "automated_assumed"


# -- NPS -------------------------------------------------------------------------------------------


def create_nps_survey(
    session: Session,
    workspace_id: int,
    *,
    name: str,
    segment: str | None,
    every_days: int,
    question: str,
    first_run_at: datetime | None = None,
) -> NpsSurvey:
    survey = NpsSurvey(
        workspace_id=workspace_id,
        name=name,
        segment=segment,
        every_days=every_days,
        question=question,
        next_run_at=first_run_at or now(),
    )
    session.add(survey)
    session.flush()
    jobs.enqueue(
        session,
        "feedback.nps_wave",
        {"survey_id": survey.id},
        run_at=survey.next_run_at,
        workspace_id=workspace_id,
        dedupe_key=f"nps:{survey.id}:1",
    )
    return survey


def list_nps_surveys(session: Session, workspace_id: int) -> list[NpsSurvey]:
    return list(
        session.scalars(
            select(NpsSurvey).where(NpsSurvey.workspace_id == workspace_id).order_by(NpsSurvey.id)
        )
    )


def _survey(session: Session, workspace_id: int, survey_id: int) -> NpsSurvey:
    survey = session.get(NpsSurvey, survey_id)
    if survey is None or survey.workspace_id != workspace_id:
        raise NotFound(f"NPS survey {survey_id} not found")
    return survey


def run_nps_wave(session: Session, survey_id: int) -> int:
    """Send the survey to every customer of its segment (as a bot message), then schedule the next wave."""
    survey = session.get(NpsSurvey, survey_id)
    if survey is None or not survey.active:
        return 0
    wave = 1 + (
        session.scalar(select(func.max(NpsResponse.wave)).where(NpsResponse.survey_id == survey.id)) or 0
    )
    stmt = select(Customer).where(Customer.workspace_id == survey.workspace_id, Customer.anonymous.is_(False))
    if survey.segment:
        stmt = stmt.where(Customer.segment == survey.segment)
    sent = 0
    for customer in session.scalars(stmt.order_by(Customer.id)):
        conversation = surveys.send_nps(session, survey, customer)
        session.add(
            NpsResponse(
                workspace_id=survey.workspace_id,
                survey_id=survey.id,
                customer_id=customer.id,
                wave=wave,
                conversation_id=conversation.id if conversation else None,
            )
        )
        sent += 1
    moment = now()
    survey.last_run_at = moment
    survey.next_run_at = moment + timedelta(days=survey.every_days)
    session.flush()
    jobs.enqueue(
        session,
        "feedback.nps_wave",
        {"survey_id": survey.id},
        run_at=survey.next_run_at,
        workspace_id=survey.workspace_id,
        dedupe_key=f"nps:{survey.id}:{wave + 1}",
    )
    return sent


def answer_nps(
    session: Session, workspace_id: int, survey_id: int, customer_id: int, score: int, comment: str | None
) -> NpsResponse:
    survey = _survey(session, workspace_id, survey_id)
    if not 0 <= score <= 10:
        raise Invalid("an NPS score is a whole number from 0 to 10")
    response = session.scalar(
        select(NpsResponse)
        .where(NpsResponse.survey_id == survey.id, NpsResponse.customer_id == customer_id)
        .order_by(NpsResponse.wave.desc())
    )
    if response is None:
        raise NotFound(f"customer {customer_id} was not sent survey {survey_id}")
    response.score = score
    response.comment = comment
    response.answered_at = now()
    return response


def nps_summary(session: Session, workspace_id: int, survey_id: int) -> dict[str, Any]:
    survey = _survey(session, workspace_id, survey_id)
    rows = (
        session.execute(select(NpsResponse.score).where(NpsResponse.survey_id == survey.id)).scalars().all()
    )
    answered = [s for s in rows if s is not None]
    promoters = sum(1 for s in answered if s >= 9)
    detractors = sum(1 for s in answered if s <= 6)
    nps = round(100.0 * (promoters - detractors) / len(answered), 1) if answered else None
    return {
        "survey_id": survey.id,
        "sent": len(rows),
        "answered": len(answered),
        "promoters": promoters,
        "passives": len(answered) - promoters - detractors,
        "detractors": detractors,
        "nps": nps,
    }
