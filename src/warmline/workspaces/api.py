from __future__ import annotations

from fastapi import APIRouter, status

from warmline.api.context import Ctx
from warmline.audit import service as audit
from warmline.workspaces import service
from warmline.workspaces.schemas import (
    TeamOut,
    TokenCreate,
    TokenCreated,
    UserOut,
    WorkspaceOut,
    WorkspacePatch,
)

router = APIRouter(prefix="/api/v1", tags=["workspace"])


@router.get("/workspace", response_model=WorkspaceOut)
def get_workspace(ctx: Ctx) -> WorkspaceOut:
    with ctx.tx() as (session, principal):
        return WorkspaceOut.model_validate(service.get(session, principal.workspace_id))


@router.patch("/workspace", response_model=WorkspaceOut)
def update_workspace(body: WorkspacePatch, ctx: Ctx) -> WorkspaceOut:
    with ctx.tx() as (session, principal):
        return WorkspaceOut.model_validate(service.update(session, principal, body))


@router.get("/users", response_model=list[UserOut])
def list_users(ctx: Ctx) -> list[UserOut]:
    with ctx.tx() as (session, principal):
        return [UserOut.model_validate(u) for u in service.list_users(session, principal.workspace_id)]


@router.get("/teams", response_model=list[TeamOut])
def list_teams(ctx: Ctx) -> list[TeamOut]:
    with ctx.tx() as (session, principal):
        return [TeamOut.model_validate(t) for t in service.list_teams(session, principal.workspace_id)]


@router.post("/tokens", status_code=status.HTTP_201_CREATED, response_model=TokenCreated)
def create_token(body: TokenCreate, ctx: Ctx) -> TokenCreated:
    with ctx.tx() as (session, principal):
        token, clear = service.issue_token(session, principal, body)
        return TokenCreated(id=token.id, role=token.role, name=token.name, prefix=token.prefix, token=clear)


@router.get("/audit")
def list_audit(ctx: Ctx, limit: int = 100) -> list[dict[str, object]]:
    with ctx.tx(min_role="supervisor") as (session, principal):
        return [
            {"id": e.id, "action": e.action, "entity_type": e.entity_type, "entity_id": e.entity_id,
             "actor_user_id": e.actor_user_id, "actor_token_id": e.actor_token_id, "changes": e.changes,
             "created_at": e.created_at.isoformat()}
            for e in audit.list_entries(session, principal.workspace_id, limit=min(max(limit, 1), 500))
        ]
