"""Bot messages that automation sends outside a customer turn (reminders, notifications), and e-mail."""

from __future__ import annotations

import logging
from collections import deque
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from warmline.conversations import service as conversations
from warmline.conversations.models import Conversation, Message
from warmline.customers.models import Customer

log = logging.getLogger(__name__)


def conversation_for(
    session: Session, customer: Customer, *, preferred_id: int | None = None, subject: str = ""
) -> tuple[Conversation, bool]:
    """The conversation to continue (the preferred one, else the customer's latest open one) or a new one."""
    if preferred_id is not None:
        conversation = session.get(Conversation, preferred_id)
        if (
            conversation is not None
            and conversation.workspace_id == customer.workspace_id
            and conversation.status not in ("closed",)
        ):
            return conversation, False
    latest = session.scalar(
        select(Conversation)
        .where(Conversation.workspace_id == customer.workspace_id, Conversation.customer_id == customer.id)
        .order_by(Conversation.last_message_at.desc(), Conversation.id.desc())
        .limit(1)
    )
    if latest is not None and latest.status in ("open", "pending"):
        return latest, False
    conversation = Conversation(
        workspace_id=customer.workspace_id,
        customer_id=customer.id,
        channel=latest.channel if latest is not None else "api",
        subject=subject[:200],
    )
    session.add(conversation)
    session.flush()
    return conversation, True


def post_bot_message(
    session: Session, conversation: Conversation, text: str, *, meta: dict[str, Any], client_msg_id: str
) -> Message | None:
    """Insert a bot message once: `client_msg_id` is unique per conversation, so a retry sends nothing."""
    existing = session.scalar(
        select(Message.id).where(
            Message.conversation_id == conversation.id, Message.client_msg_id == client_msg_id
        )
    )
    if existing is not None:
        return None
    message = conversations.add_message(
        session, conversation, author="bot", text=text, client_msg_id=client_msg_id, meta=meta
    )
    if message is None:
        return None
    conversations.publish_message(session, conversation, message)
    conversations.publish_conversation(session, conversation)
    return message


@dataclass(frozen=True)
class Email:
    to: str
    subject: str
    body: str


#: e-mails "sent" in this process. Production wires an SMTP or provider client here (see docs/automation.md).
OUTBOX: deque[Email] = deque(maxlen=1000)


def send_email(to: str, subject: str, body: str) -> None:
    OUTBOX.append(Email(to=to, subject=subject, body=body))
    log.info("e-mail to %s: %s", to, subject)
