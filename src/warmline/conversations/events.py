"""Live events about conversations: published after commit (see `warmline.realtime`)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from warmline import realtime
from warmline.conversations.models import Conversation, Message
from warmline.conversations.schemas import ConversationOut, MessageOut

__all__ = ["publish_conversation", "publish_message"]


def publish_message(session: Session, conversation: Conversation, message: Message) -> None:
    event = {"type": "message.created", "conversation_id": conversation.id,
             "message": MessageOut.model_validate(message).model_dump(mode="json")}
    realtime.publish(session, realtime.workspace_channel(conversation.workspace_id), event)
    if not message.private:
        realtime.publish(session, realtime.conversation_channel(conversation.id), event)


def publish_conversation(session: Session, conversation: Conversation) -> None:
    event = {"type": "conversation.updated",
             "conversation": ConversationOut.model_validate(conversation).model_dump(mode="json")}
    realtime.publish(session, realtime.workspace_channel(conversation.workspace_id), event)
    realtime.publish(session, realtime.conversation_channel(conversation.id), event)
