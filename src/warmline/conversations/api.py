from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Response, status

from warmline.api.context import Ctx
from warmline.api.responses import json_response
from warmline.auth.service import sign
from warmline.conversations import service
from warmline.conversations.schemas import (
    ConversationCreate,
    ConversationOut,
    ConversationPatch,
    DecisionOut,
    MessageOut,
    MessagePost,
    Mode,
    Status,
    TurnResult,
)
from warmline.kit.pagination import Page

router = APIRouter(prefix="/api/v1/conversations", tags=["conversations"])
Limit = Annotated[int, Query(ge=1, le=200)]


def customer_token(secret: str, conversation_id: int) -> str:
    """Lets the customer's own client follow one conversation live, and nothing else."""
    return f"{conversation_id}.{sign(secret, f'conversation:{conversation_id}')}"


@router.post("", status_code=status.HTTP_201_CREATED, response_model=TurnResult)
def open_conversation(body: ConversationCreate, ctx: Ctx) -> Response:
    secret = ctx.settings.secret_key
    with ctx.tx() as (session, principal):
        result = service.open_conversation(
            session, principal.workspace_id, body, customer_token_for=lambda cid: customer_token(secret, cid)
        )
    return json_response(result, status.HTTP_201_CREATED if result.created else status.HTTP_200_OK)


@router.get("", response_model=Page[ConversationOut])
def list_conversations(
    ctx: Ctx,
    status_: Annotated[Status | None, Query(alias="status")] = None,
    mode: Mode | None = None,
    assignee: Annotated[int | None, Query(ge=1)] = None,
    cursor: Annotated[str | None, Query(max_length=200)] = None,
    limit: Limit = 50,
) -> Page[ConversationOut]:
    with ctx.tx() as (session, principal):
        rows, next_cursor = service.list_page(
            session, principal.workspace_id, status=status_, mode=mode, assignee_id=assignee,
            cursor=cursor, limit=limit,
        )
        return Page(items=[ConversationOut.model_validate(r) for r in rows], next_cursor=next_cursor)


@router.get("/{conversation_id}", response_model=ConversationOut)
def get_conversation(conversation_id: int, ctx: Ctx) -> ConversationOut:
    with ctx.tx() as (session, principal):
        return ConversationOut.model_validate(service.get(session, principal.workspace_id, conversation_id))


@router.patch("/{conversation_id}", response_model=ConversationOut)
def update_conversation(conversation_id: int, body: ConversationPatch, ctx: Ctx) -> ConversationOut:
    with ctx.tx() as (session, principal):
        conversation = service.update(session, principal, principal.workspace_id, conversation_id, body)
        return ConversationOut.model_validate(conversation)


@router.get("/{conversation_id}/messages", response_model=Page[MessageOut])
def list_messages(
    conversation_id: int,
    ctx: Ctx,
    cursor: Annotated[str | None, Query(max_length=200)] = None,
    limit: Limit = 100,
) -> Page[MessageOut]:
    with ctx.tx() as (session, principal):
        rows, next_cursor = service.list_messages(
            session, principal.workspace_id, conversation_id, cursor=cursor, limit=limit
        )
        return Page(items=[MessageOut.model_validate(r) for r in rows], next_cursor=next_cursor)


@router.post("/{conversation_id}/messages", status_code=status.HTTP_201_CREATED, response_model=TurnResult)
def post_message(conversation_id: int, body: MessagePost, ctx: Ctx) -> Response:
    # Triage first, from a read-only snapshot and outside any transaction; then one short write transaction.
    with ctx.read() as (session, principal):
        turns = service.turns_before_new_message(session, principal.workspace_id, conversation_id, body)
    triage = service.triage_ahead(body.text, turns) if turns is not None else None
    with ctx.tx() as (session, principal):
        result = service.post_message(
            session, principal, principal.workspace_id, conversation_id, body, triage=triage
        )
    return json_response(result, status.HTTP_201_CREATED if result.created else status.HTTP_200_OK)


@router.get("/{conversation_id}/decisions", response_model=list[DecisionOut])
def list_decisions(conversation_id: int, ctx: Ctx) -> list[DecisionOut]:
    with ctx.tx() as (session, principal):
        rows = service.list_decisions(session, principal.workspace_id, conversation_id)
        return [DecisionOut.model_validate(r) for r in rows]
