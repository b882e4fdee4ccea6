from __future__ import annotations

import secrets
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import select
from sqlalchemy.orm import Session

from warmline.audit import service as audit
from warmline.auth import service as auth
from warmline.auth.models import ApiToken
from warmline.auth.principal import Principal
from warmline.kit.errors import Forbidden, Invalid, NotFound
from warmline.workspaces.models import Team, User, Workspace
from warmline.workspaces.schemas import TokenCreate, WorkspacePatch


def get(session: Session, workspace_id: int) -> Workspace:
    workspace = session.get(Workspace, workspace_id)
    if workspace is None:
        raise NotFound("workspace not found")
    return workspace


def by_slug(session: Session, slug: str) -> Workspace | None:
    return session.scalar(select(Workspace).where(Workspace.slug == slug))


def create(session: Session, *, slug: str, name: str, timezone: str = "UTC") -> Workspace:
    workspace = Workspace(slug=slug, name=name, timezone=timezone, settings={},
                          identity_secret=secrets.token_hex(32))
    session.add(workspace)
    session.flush()
    return workspace


def require_admin(principal: Principal) -> None:
    if not principal.at_least("admin"):
        raise Forbidden("only a workspace admin can do this")


def update(session: Session, principal: Principal, patch: WorkspacePatch) -> Workspace:
    require_admin(principal)
    workspace = get(session, principal.workspace_id)
    values = patch.model_dump(exclude_unset=True)
    if values.get("timezone"):
        try:
            ZoneInfo(values["timezone"])
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise Invalid(f"unknown time zone {values['timezone']!r}") from exc
    before = {"name": workspace.name, "timezone": workspace.timezone, "settings": workspace.settings}
    for key, value in values.items():
        if value is not None:
            setattr(workspace, key, value)
    after = {"name": workspace.name, "timezone": workspace.timezone, "settings": workspace.settings}
    changes = audit.diff(before, after)
    if changes:
        audit.record(session, principal, workspace_id=workspace.id, action="workspace.updated",
                     entity_type="workspace", entity_id=workspace.id, changes=changes)
    return workspace


def list_users(session: Session, workspace_id: int) -> list[User]:
    return list(session.scalars(select(User).where(User.workspace_id == workspace_id).order_by(User.id)))


def get_user(session: Session, workspace_id: int, user_id: int) -> User:
    user = session.get(User, user_id)
    if user is None or user.workspace_id != workspace_id:
        raise NotFound(f"user {user_id} not found")
    return user


def list_teams(session: Session, workspace_id: int) -> list[Team]:
    return list(session.scalars(select(Team).where(Team.workspace_id == workspace_id).order_by(Team.id)))


def issue_token(session: Session, principal: Principal, data: TokenCreate) -> tuple[ApiToken, str]:
    require_admin(principal)
    if data.user_id is not None:
        get_user(session, principal.workspace_id, data.user_id)
    token, clear = auth.create_token(session, workspace_id=principal.workspace_id, role=data.role,
                                     user_id=data.user_id, name=data.name)
    audit.record(session, principal, workspace_id=principal.workspace_id, action="token.created",
                 entity_type="api_token", entity_id=token.id, changes={"role": data.role, "name": data.name})
    return token, clear
