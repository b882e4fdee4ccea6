"""Build conversations straight in the database, so these tests do not depend on triage models."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.orm import Session

from warmline.conversations.models import Conversation, Decision, Message
from warmline.customers.models import Customer
from warmline.kit.clock import now


def customer(
    session: Session,
    workspace_id: int,
    external_id: str = "cust-1",
    *,
    segment: str | None = None,
    **attributes: Any,
) -> Customer:
    row = Customer(
        workspace_id=workspace_id,
        external_id=external_id,
        name=f"Customer {external_id}",
        email=f"{external_id}@example.com",
        segment=segment,
        attributes=attributes,
    )
    session.add(row)
    session.flush()
    return row


def conversation(
    session: Session,
    cust: Customer,
    *,
    intent: str = "billing",
    channel: str = "widget",
    started: datetime | None = None,
    handed_off_after: float | None = None,
    human_reply_after: float | None = None,
    resolved_after: float | None = 3600.0,
    bot_answers: int = 1,
    sentiment: float = 0.0,
    moments: list[str] | None = None,
    text: str = "I have a question",
) -> Conversation:
    """A conversation with a customer message, the bot's answers, an optional hand-off and resolution."""
    start = started or now() - timedelta(days=1)
    mode = "human" if handed_off_after is not None else "automated"
    conv = Conversation(
        workspace_id=cust.workspace_id,
        customer_id=cust.id,
        channel=channel,
        mode=mode,
        status="resolved" if resolved_after is not None else "open",
        subject=text[:100],
        created_at=start,
        updated_at=start,
        last_message_at=start,
    )
    session.add(conv)
    session.flush()
    first = Message(
        workspace_id=cust.workspace_id,
        conversation_id=conv.id,
        author="customer",
        text=text,
        created_at=start,
    )
    session.add(first)
    session.flush()
    triage = {"intent": intent, "sentiment": sentiment, "moments": moments or []}
    for i in range(bot_answers):
        session.add(
            Decision(
                workspace_id=cust.workspace_id,
                conversation_id=conv.id,
                message_id=first.id,
                action="automate",
                inputs={"triage": triage},
                created_at=start,
            )
        )
        session.add(
            Message(
                workspace_id=cust.workspace_id,
                conversation_id=conv.id,
                author="bot",
                text=f"answer {i}",
                created_at=start + timedelta(seconds=2 + i),
            )
        )
    if handed_off_after is not None:
        conv.handed_off_at = start + timedelta(seconds=handed_off_after)
        session.add(
            Decision(
                workspace_id=cust.workspace_id,
                conversation_id=conv.id,
                message_id=first.id,
                action="hand_off",
                inputs={"triage": triage},
                created_at=conv.handed_off_at,
            )
        )
        if human_reply_after is not None:
            conv.first_human_reply_at = conv.handed_off_at + timedelta(seconds=human_reply_after)
            session.add(
                Message(
                    workspace_id=cust.workspace_id,
                    conversation_id=conv.id,
                    author="agent",
                    text="Hello, I am here",
                    created_at=conv.first_human_reply_at,
                )
            )
    if resolved_after is not None:
        conv.resolved_at = start + timedelta(seconds=resolved_after)
        conv.last_message_at = conv.resolved_at
        conv.updated_at = conv.resolved_at
    session.flush()
    return conv
