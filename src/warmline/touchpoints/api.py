from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from warmline.api.context import Ctx
from warmline.touchpoints import service
from warmline.touchpoints.schemas import SettingsIn, SettingsOut, TaskOut, TaskPatch

router = APIRouter(prefix="/api/v1/touchpoints", tags=["touchpoints"])


@router.get("/tasks", response_model=list[TaskOut])
def list_tasks(
    ctx: Ctx,
    mine: bool = False,
    status: Annotated[str | None, Query(pattern="^(open|done|dismissed)$")] = "open",
    customer_id: Annotated[int | None, Query(ge=1)] = None,
) -> list[TaskOut]:
    with ctx.tx() as (session, principal):
        if mine and principal.user_id is None:
            return []
        rows = service.list_tasks(
            session,
            principal.workspace_id,
            assignee_id=principal.user_id if mine else None,
            status=status,
            customer_id=customer_id,
        )
        return [TaskOut.model_validate(t) for t in rows]


@router.get("/tasks/{task_id}", response_model=TaskOut)
def get_task(task_id: int, ctx: Ctx) -> TaskOut:
    with ctx.tx() as (session, principal):
        return TaskOut.model_validate(service.get_task(session, principal.workspace_id, task_id))


@router.patch("/tasks/{task_id}", response_model=TaskOut)
def update_task(task_id: int, body: TaskPatch, ctx: Ctx) -> TaskOut:
    with ctx.tx() as (session, principal):
        task = service.update_task(
            session,
            principal,
            principal.workspace_id,
            task_id,
            status=body.status,
            note=body.note,
            assignee_id=body.assignee_id,
        )
        return TaskOut.model_validate(task)


@router.get("/settings", response_model=SettingsOut)
def get_settings(ctx: Ctx) -> SettingsOut:
    with ctx.tx(min_role="supervisor") as (session, principal):
        return SettingsOut.model_validate(service.settings_for(session, principal.workspace_id))


@router.put("/settings", response_model=SettingsOut)
def put_settings(body: SettingsIn, ctx: Ctx) -> SettingsOut:
    with ctx.tx(min_role="admin") as (session, principal):
        row = service.update_settings(
            session, principal, principal.workspace_id, body.model_dump(exclude_none=True)
        )
        return SettingsOut.model_validate(row)


@router.post("/scan")
def scan(ctx: Ctx) -> dict[str, int]:
    """Look for touchpoints now (the job does it daily): buddies, renewal reviews, risk check-ins."""
    with ctx.tx(min_role="supervisor") as (session, principal):
        return service.scan(session, principal.workspace_id)
