"""Hand-off routes: ask for a person, hand back to automation, and the packet an agent reads."""

from __future__ import annotations

from fastapi import APIRouter
from pydantic import BaseModel, Field

from warmline.api.context import Ctx
from warmline.conversations.models import Conversation, Decision, Message
from warmline.conversations.schemas import ConversationOut, DecisionOut, MessageOut
from warmline.handoff import service
from warmline.handoff.schemas import HandbackRequest, HandoffPacket, HandoffRequest

router = APIRouter(prefix="/api/v1/conversations", tags=["hand-off"])


class HandoffResult(BaseModel):
    conversation: ConversationOut
    decision: DecisionOut | None
    replies: list[MessageOut] = Field(default_factory=list)
    #: False when the conversation was already with a person (nothing changed)
    changed: bool = True


def _result(conversation: Conversation, decision: Decision | None, replies: list[Message]) -> HandoffResult:
    return HandoffResult(
        conversation=ConversationOut.model_validate(conversation),
        decision=DecisionOut.model_validate(decision) if decision else None,
        replies=[MessageOut.model_validate(r) for r in replies],
        changed=decision is not None,
    )


@router.get("/{conversation_id}/handoff", response_model=HandoffPacket)
def get_packet(conversation_id: int, ctx: Ctx) -> HandoffPacket:
    with ctx.tx() as (session, principal):
        return service.build_packet(
            session, principal.workspace_id, conversation_id, viewer_id=principal.user_id
        )


@router.post("/{conversation_id}/handoff", response_model=HandoffResult)
def hand_off(conversation_id: int, body: HandoffRequest, ctx: Ctx) -> HandoffResult:
    with ctx.tx() as (session, principal):
        conversation, decision, replies = service.request_handoff(
            session, principal, principal.workspace_id, conversation_id, body
        )
        service.publish(session, conversation, replies)
        return _result(conversation, decision, replies)


@router.post("/{conversation_id}/handback", response_model=HandoffResult)
def hand_back(conversation_id: int, body: HandbackRequest, ctx: Ctx) -> HandoffResult:
    with ctx.tx() as (session, principal):
        conversation, decision, replies = service.hand_back(
            session, principal, principal.workspace_id, conversation_id, body
        )
        service.publish(session, conversation, replies)
        return _result(conversation, decision, replies)
