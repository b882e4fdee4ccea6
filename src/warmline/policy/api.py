"""Admin API of the policy: read, validate, simulate, save, list versions, diff and restore."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from fastapi import APIRouter
from pydantic import BaseModel, ConfigDict, Field

from warmline.api.context import Ctx
from warmline.policy import service, simulation_service
from warmline.policy.document import MAX_POLICY_BYTES, PolicyFileError, parse_policy
from warmline.policy.models import PolicyVersion
from warmline.policy.simulator import SimConversation, SimulationReport

router = APIRouter(prefix="/api/v1/policy", tags=["policy"])


class PolicyOut(BaseModel):
    version: int
    source: str
    document: dict[str, Any]
    comment: str = ""
    restored_from: int | None = None
    created_by_user_id: int | None = None
    created_at: datetime | None = None
    builtin: bool = False


class VersionOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    version: int
    comment: str
    restored_from: int | None
    created_by_user_id: int | None
    created_by_token_id: int | None
    created_at: datetime


class VersionDetail(VersionOut):
    source: str
    diff: str


class PolicyIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    source: str = Field(max_length=MAX_POLICY_BYTES)
    comment: str = Field(default="", max_length=500)


class ValidationOut(BaseModel):
    valid: bool
    problems: list[dict[str, Any]] = Field(default_factory=list)


class SimulateIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    source: str = Field(max_length=MAX_POLICY_BYTES)
    #: conversations to replay; when absent, the workspace's most recent conversations
    conversations: list[SimConversation] | None = Field(default=None, max_length=2000)
    recent: int = Field(default=500, ge=1, le=2000)
    include_outcomes: bool = False


def _out(row: PolicyVersion) -> PolicyOut:
    return PolicyOut(
        version=row.version,
        source=row.source,
        document=row.document,
        comment=row.comment,
        restored_from=row.restored_from,
        created_by_user_id=row.created_by_user_id,
        created_at=row.created_at,
    )


@router.get("", response_model=PolicyOut)
def get_policy(ctx: Ctx) -> PolicyOut:
    with ctx.tx(min_role="supervisor") as (session, principal):
        source, version, row = service.active_source(session, principal.workspace_id)
        if row is not None:
            return _out(row)
        doc = service.builtin_source(session, principal.workspace_id)[1]
        return PolicyOut(
            version=0, source=source, document=doc.model_dump(mode="json", by_alias=True), builtin=True
        )


@router.put("", response_model=PolicyOut)
def save_policy(body: PolicyIn, ctx: Ctx) -> PolicyOut:
    with ctx.tx(min_role="admin") as (session, principal):
        return _out(service.save(session, principal, principal.workspace_id, body.source, body.comment))


@router.post("/validate", response_model=ValidationOut)
def validate_policy(body: PolicyIn, ctx: Ctx) -> ValidationOut:
    with ctx.tx(min_role="supervisor"):
        try:
            parse_policy(body.source)
        except PolicyFileError as exc:
            return ValidationOut(valid=False, problems=[p.model_dump() for p in exc.problems])
        return ValidationOut(valid=True)


@router.post("/simulate", response_model=SimulationReport)
def simulate_policy(body: SimulateIn, ctx: Ctx) -> SimulationReport:
    with ctx.tx(min_role="supervisor") as (session, principal):
        return simulation_service.simulate_for_workspace(
            session,
            principal.workspace_id,
            body.source,
            body.conversations,
            recent=body.recent,
            include_outcomes=body.include_outcomes,
        )


@router.get("/versions", response_model=list[VersionOut])
def list_versions(ctx: Ctx) -> list[VersionOut]:
    with ctx.tx(min_role="supervisor") as (session, principal):
        return [VersionOut.model_validate(r) for r in service.list_versions(session, principal.workspace_id)]


@router.get("/versions/{version}", response_model=VersionDetail)
def get_version(version: int, ctx: Ctx) -> VersionDetail:
    with ctx.tx(min_role="supervisor") as (session, principal):
        row = service.get_version(session, principal.workspace_id, version)
        return VersionDetail(
            **VersionOut.model_validate(row).model_dump(),
            source=row.source,
            diff=service.diff_to_previous(session, principal.workspace_id, row),
        )


@router.post("/versions/{version}/restore", response_model=PolicyOut)
def restore_version(version: int, ctx: Ctx) -> PolicyOut:
    with ctx.tx(min_role="admin") as (session, principal):
        return _out(service.restore(session, principal, principal.workspace_id, version))
