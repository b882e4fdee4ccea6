from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from warmline.audit.models import AuditEntry
from warmline.auth.principal import Principal


def record(
    session: Session,
    principal: Principal | None,
    *,
    workspace_id: int,
    action: str,
    entity_type: str,
    entity_id: object,
    changes: dict[str, Any] | None = None,
) -> AuditEntry:
    entry = AuditEntry(
        workspace_id=workspace_id,
        actor_user_id=principal.user_id if principal else None,
        actor_token_id=principal.token_id if principal else None,
        action=action,
        entity_type=entity_type,
        entity_id=str(entity_id),
        changes=changes or {},
    )
    session.add(entry)
    return entry


def diff(before: dict[str, Any], after: dict[str, Any]) -> dict[str, Any]:
    """{"field": [old, new]} for the fields that changed."""
    return {k: [before.get(k), v] for k, v in after.items() if before.get(k) != v}


def list_entries(session: Session, workspace_id: int, limit: int = 100) -> list[AuditEntry]:
    stmt = (
        select(AuditEntry)
        .where(AuditEntry.workspace_id == workspace_id)
        .order_by(AuditEntry.id.desc())
        .limit(limit)
    )
    return list(session.scalars(stmt))
