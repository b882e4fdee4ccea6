"""Routing over the REST API: presence, transfer, where a conversation stands, and the SLA event log."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Query
from sqlalchemy.orm import Session

from warmline.api.context import Ctx
from warmline.conversations import service as conversations
from warmline.kit.errors import Forbidden, Invalid
from warmline.routing import assignment, queue, sla
from warmline.routing.models import RoutingState
from warmline.routing.schemas import PresenceIn, RoutingStateOut, SlaEventOut, TransferIn
from warmline.workspaces.models import Workspace

router = APIRouter(prefix="/api/v1/routing", tags=["routing"])


@router.put("/presence")
def set_presence(body: PresenceIn, ctx: Ctx) -> dict[str, object]:
    with ctx.tx() as (session, principal):
        user_id = body.user_id or principal.user_id
        if user_id is None:
            raise Invalid("this token belongs to no user; pass user_id")
        if user_id != principal.user_id and not principal.at_least("supervisor"):
            raise Forbidden("only supervisors and admins set someone else's presence")
        user = queue.set_presence(session, principal.workspace_id, user_id, body.presence)
        return {"user_id": user.id, "presence": user.presence}


@router.post("/conversations/{conversation_id}/transfer")
def transfer(conversation_id: int, body: TransferIn, ctx: Ctx) -> RoutingStateOut:
    with ctx.tx() as (session, principal):
        queue.transfer(
            session,
            principal,
            principal.workspace_id,
            conversation_id,
            to_user_id=body.to_user_id,
            to_team_id=body.to_team_id,
            note=body.note,
        )
        return _state(session, principal.workspace_id, conversation_id)


@router.get("/conversations/{conversation_id}")
def routing_state(conversation_id: int, ctx: Ctx) -> RoutingStateOut:
    with ctx.tx() as (session, principal):
        return _state(session, principal.workspace_id, conversation_id)


@router.get("/sla-events", response_model=list[SlaEventOut])
def sla_events(
    ctx: Ctx,
    since: datetime | None = None,
    conversation_id: Annotated[int | None, Query(ge=1)] = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 200,
) -> list[SlaEventOut]:
    with ctx.tx(min_role="supervisor") as (session, principal):
        rows = sla.events(
            session, principal.workspace_id, since=since, conversation_id=conversation_id, limit=limit
        )
        return [SlaEventOut.model_validate(r) for r in rows]


def _state(session: Session, workspace_id: int, conversation_id: int) -> RoutingStateOut:
    conversation = conversations.get(session, workspace_id, conversation_id)
    state = session.get(RoutingState, conversation.id)
    workspace = session.get(Workspace, workspace_id)
    assert workspace is not None
    clock = sla.current_clock(session, workspace, conversation)
    return RoutingStateOut(
        conversation_id=conversation.id,
        state=state.state if state else None,
        team_id=conversation.team_id,
        assignee_id=conversation.assignee_id,
        queued_at=state.queued_at if state else None,
        callback_requested=bool(state and state.callback_requested),
        sla=clock.as_dict(sla.now()) if clock else None,
        time_to_human_seconds=queue.time_to_human_seconds(conversation),
        estimate=assignment.estimate(session, conversation),
    )
