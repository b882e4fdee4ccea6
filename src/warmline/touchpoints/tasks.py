"""Touchpoint settings and tasks: what admins and agents read and change (`settings_for`, `update_settings`,
`create_task`, `list_tasks`, `get_task`, `update_task`, `names_for`)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from warmline.audit import service as audit
from warmline.auth.principal import Principal
from warmline.customers.models import Customer
from warmline.kit.clock import now
from warmline.kit.errors import Invalid, NotFound
from warmline.touchpoints.brief import build_brief
from warmline.touchpoints.models import TASK_STATUSES, TouchpointSettings, TouchpointTask
from warmline.workspaces.models import User


def settings_for(session: Session, workspace_id: int) -> TouchpointSettings:
    row = session.get(TouchpointSettings, workspace_id)
    if row is None:
        row = TouchpointSettings(workspace_id=workspace_id, onboarding_segments=[], buddy_user_ids=[])
        session.add(row)
        session.flush()
    return row


def update_settings(
    session: Session, principal: Principal, workspace_id: int, values: dict[str, Any]
) -> TouchpointSettings:
    row = settings_for(session, workspace_id)
    for user_id in values.get("buddy_user_ids") or []:
        user = session.get(User, user_id)
        if user is None or user.workspace_id != workspace_id:
            raise NotFound(f"user {user_id} not found")
    before = {k: getattr(row, k) for k in values}
    for key, value in values.items():
        setattr(row, key, value)
    row.updated_at = now()
    changes = audit.diff(before, {k: getattr(row, k) for k in values})
    if changes:
        audit.record(
            session,
            principal,
            workspace_id=workspace_id,
            action="touchpoints.settings_updated",
            entity_type="touchpoint_settings",
            entity_id=workspace_id,
            changes=changes,
        )
    return row


# -- tasks -----------------------------------------------------------------------------------------


def create_task(
    session: Session,
    customer: Customer,
    *,
    kind: str,
    occasion: str,
    assignee_id: int | None,
    due_at: datetime,
    title: str,
    reasons: list[dict[str, Any]],
    conversation_id: int | None = None,
) -> TouchpointTask | None:
    """One task per customer and occasion; None when it already exists."""
    existing = session.scalar(
        select(TouchpointTask.id).where(
            TouchpointTask.workspace_id == customer.workspace_id,
            TouchpointTask.customer_id == customer.id,
            TouchpointTask.occasion == occasion,
        )
    )
    if existing is not None:
        return None
    task = TouchpointTask(
        workspace_id=customer.workspace_id,
        customer_id=customer.id,
        assignee_id=assignee_id,
        kind=kind,
        occasion=occasion,
        title=title[:300],
        brief=build_brief(session, customer, kind),
        reasons=reasons,
        conversation_id=conversation_id,
        due_at=due_at,
    )
    session.add(task)
    session.flush()
    return task


def list_tasks(
    session: Session,
    workspace_id: int,
    *,
    assignee_id: int | None = None,
    status: str | None = "open",
    customer_id: int | None = None,
) -> list[TouchpointTask]:
    stmt = select(TouchpointTask).where(TouchpointTask.workspace_id == workspace_id)
    if assignee_id is not None:
        stmt = stmt.where(TouchpointTask.assignee_id == assignee_id)
    if status:
        stmt = stmt.where(TouchpointTask.status == status)
    if customer_id is not None:
        stmt = stmt.where(TouchpointTask.customer_id == customer_id)
    return list(session.scalars(stmt.order_by(TouchpointTask.due_at, TouchpointTask.id).limit(200)))


def get_task(session: Session, workspace_id: int, task_id: int) -> TouchpointTask:
    task = session.get(TouchpointTask, task_id)
    if task is None or task.workspace_id != workspace_id:
        raise NotFound(f"task {task_id} not found")
    return task


def update_task(
    session: Session,
    principal: Principal,
    workspace_id: int,
    task_id: int,
    *,
    status: str | None = None,
    note: str | None = None,
    assignee_id: int | None = None,
) -> TouchpointTask:
    task = get_task(session, workspace_id, task_id)
    before = {"status": task.status, "assignee_id": task.assignee_id}
    if status is not None:
        if status not in TASK_STATUSES:
            raise Invalid(f"status must be one of {', '.join(TASK_STATUSES)}")
        task.status = status
        task.completed_at = now() if status != "open" else None
    if assignee_id is not None:
        user = session.get(User, assignee_id)
        if user is None or user.workspace_id != workspace_id:
            raise NotFound(f"user {assignee_id} not found")
        task.assignee_id = assignee_id
    if note is not None:
        task.outcome_note = note
    changes = audit.diff(before, {"status": task.status, "assignee_id": task.assignee_id})
    if changes:
        audit.record(
            session,
            principal,
            workspace_id=workspace_id,
            action="touchpoint.updated",
            entity_type="touchpoint_task",
            entity_id=task.id,
            changes=changes,
        )
    return task


def names_for(session: Session, tasks: list[TouchpointTask]) -> dict[int, str]:
    ids = {t.assignee_id for t in tasks if t.assignee_id}
    if not ids:
        return {}
    return dict(session.execute(select(User.id, User.name).where(User.id.in_(ids))).all())
