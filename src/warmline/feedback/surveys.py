"""Sending surveys as bot messages in the conversation's own channel (the channel delivers them)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from warmline.auth.service import sign, signature_matches
from warmline.conversations.events import publish_message
from warmline.conversations.models import Conversation, Message
from warmline.customers.models import Customer
from warmline.feedback.models import NpsSurvey
from warmline.kit.clock import now

SURVEY_TAG = "survey:nps"
CSAT_QUESTION = (
    "Your conversation has been marked as resolved. How did we do, from 1 (very poor) to 5 "
    "(very good)? You can also tell us if you wanted a person sooner or if the bot didn't help."
)


def survey_token(secret: str, conversation_id: int) -> str:
    """A link token that lets the customer answer the survey of one conversation, and nothing else."""
    return f"{conversation_id}.{sign(secret, f'csat:{conversation_id}')}"


def check_survey_token(secret: str, token: str) -> int | None:
    head, _, signature = token.partition(".")
    if not head.isdigit() or not signature:
        return None
    conversation_id = int(head)
    return conversation_id if signature_matches(secret, f"csat:{conversation_id}", signature) else None


def send_csat(session: Session, conversation: Conversation, *, secret: str | None = None) -> Message:
    """One bot message asking for a score; the widget shows stars, email links (meta carries both)."""
    meta: dict[str, object] = {
        "kind": "csat_survey",
        "scale": [1, 2, 3, 4, 5],
        "signals": ["wanted_human_sooner", "bot_did_not_help"],
    }
    if secret:
        meta["survey_path"] = f"/feedback/{survey_token(secret, conversation.id)}"
    message = Message(
        workspace_id=conversation.workspace_id,
        conversation_id=conversation.id,
        author="bot",
        text=CSAT_QUESTION,
        meta=meta,
        created_at=now(),
    )
    session.add(message)
    session.flush()
    conversation.last_message_at = message.created_at
    publish_message(session, conversation, message)  # the widget shows the stars at once
    return message


def send_nps(session: Session, survey: NpsSurvey, customer: Customer) -> Conversation:
    """A small closed conversation that carries the NPS question; it is left out of the service figures."""
    moment = now()
    conversation = Conversation(
        workspace_id=survey.workspace_id,
        customer_id=customer.id,
        channel="email" if customer.email else "widget",
        status="closed",
        mode="automated",
        subject=survey.name[:200],
        tags=[SURVEY_TAG],
        created_at=moment,
        updated_at=moment,
        last_message_at=moment,
        resolved_at=moment,
    )
    session.add(conversation)
    session.flush()
    session.add(
        Message(
            workspace_id=survey.workspace_id,
            conversation_id=conversation.id,
            author="bot",
            text=survey.question,
            meta={"kind": "nps_survey", "survey_id": survey.id, "scale": [0, 10]},
            created_at=moment,
        )
    )
    return conversation
