"""The policy step of the pipeline, and the workspace's policy versions.

`decide()` keeps the foundation's interface (triage result and context in, a `PolicyDecision` out); the rules
themselves live in `engine.py` as pure functions shared with the simulator.
"""

from __future__ import annotations

import difflib
from functools import lru_cache
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from warmline.audit import service as audit
from warmline.auth.principal import Principal
from warmline.kit.errors import Forbidden, Invalid, NotFound
from warmline.policy import engine
from warmline.policy.document import (
    DEFAULT_POLICY_PATH,
    PolicyDocument,
    PolicyFileError,
    parse_policy,
)
from warmline.policy.models import PolicyVersion
from warmline.policy.schemas import PolicyContext, PolicyDecision
from warmline.triage.result import TriageResult

#: parsed documents by (row id, workspace, version, source hash): rows never change once written
_PARSED: dict[tuple[int, int, int, int], PolicyDocument] = {}


@lru_cache(maxsize=4)
def _builtin(path: Path) -> tuple[str, PolicyDocument]:
    text = path.read_text(encoding="utf-8")
    return text, parse_policy(text)


def builtin_source(session: Session, workspace_id: int) -> tuple[str, PolicyDocument]:
    """The policy a workspace runs before it saves its own."""
    return _builtin(DEFAULT_POLICY_PATH)


def latest_version(session: Session, workspace_id: int) -> PolicyVersion | None:
    return session.scalar(
        select(PolicyVersion)
        .where(PolicyVersion.workspace_id == workspace_id)
        .order_by(PolicyVersion.version.desc())
        .limit(1)
    )


def _document(row: PolicyVersion) -> PolicyDocument:
    key = (row.id, row.workspace_id, row.version, hash(row.source))
    doc = _PARSED.get(key)
    if doc is None:
        doc = PolicyDocument.model_validate(row.document)
        if len(_PARSED) > 256:
            _PARSED.clear()
        _PARSED[key] = doc
    return doc


def active(session: Session, workspace_id: int) -> tuple[PolicyDocument, int]:
    """The running policy and its version (0 = the built-in policy, never saved).

    Runs on every customer message: reads only the newest row's id, version and source, and parses the
    stored document only the first time that row is seen.
    """
    head = session.execute(
        select(PolicyVersion.id, PolicyVersion.version, PolicyVersion.source)
        .where(PolicyVersion.workspace_id == workspace_id)
        .order_by(PolicyVersion.version.desc())
        .limit(1)
    ).first()
    if head is None:
        return builtin_source(session, workspace_id)[1], 0
    row_id, version, source = head
    doc = _PARSED.get((row_id, workspace_id, version, hash(source)))
    if doc is None:
        row = session.get(PolicyVersion, row_id)
        assert row is not None
        doc = _document(row)
    return doc, version


def active_source(session: Session, workspace_id: int) -> tuple[str, int, PolicyVersion | None]:
    row = latest_version(session, workspace_id)
    if row is None:
        return builtin_source(session, workspace_id)[0], 0, None
    return row.source, row.version, row


def decide(session: Session, triage: TriageResult, context: PolicyContext) -> PolicyDecision:
    policy, version = active(session, context.workspace_id)
    return engine.decide(policy, version, triage, context)


def segment_for(
    session: Session, workspace_id: int, attributes: dict[str, Any], today: Any = None
) -> str | None:
    policy, _ = active(session, workspace_id)
    return engine.assign_segment(policy, attributes, today)


# ---------------------------------------------------------------- versions


def validate_source(source: str) -> PolicyDocument:
    """Parse a policy file or raise `Invalid` with every problem's line and reason."""
    try:
        return parse_policy(source)
    except PolicyFileError as exc:
        raise Invalid(
            f"the policy was refused: {exc}", details=[p.model_dump() for p in exc.problems]
        ) from exc


def _require_admin(principal: Principal | None) -> None:
    if principal is not None and not principal.at_least("admin"):
        raise Forbidden("only a workspace admin can change the policy")


def unified_diff(old: str, new: str, old_name: str, new_name: str) -> str:
    return "".join(
        difflib.unified_diff(
            old.splitlines(keepends=True), new.splitlines(keepends=True), fromfile=old_name, tofile=new_name
        )
    )


def _store(
    session: Session,
    principal: Principal | None,
    workspace_id: int,
    source: str,
    document: PolicyDocument,
    *,
    comment: str,
    restored_from: int | None,
    action: str,
) -> PolicyVersion:
    previous_source, previous_version, _ = active_source(session, workspace_id)
    number = (
        session.scalar(
            select(func.max(PolicyVersion.version)).where(PolicyVersion.workspace_id == workspace_id)
        )
        or 0
    ) + 1
    row = PolicyVersion(
        workspace_id=workspace_id,
        version=number,
        source=source,
        document=document.model_dump(mode="json", by_alias=True),
        comment=comment[:500],
        restored_from=restored_from,
        created_by_user_id=principal.user_id if principal else None,
        created_by_token_id=principal.token_id if principal else None,
    )
    session.add(row)
    session.flush()
    audit.record(
        session,
        principal,
        workspace_id=workspace_id,
        action=action,
        entity_type="policy",
        entity_id=number,
        changes={
            "version": [previous_version, number],
            "diff": unified_diff(previous_source, source, f"v{previous_version}", f"v{number}"),
            **({"restored_from": restored_from} if restored_from is not None else {}),
            **({"comment": comment} if comment else {}),
        },
    )
    return row


def save(
    session: Session, principal: Principal | None, workspace_id: int, source: str, comment: str = ""
) -> PolicyVersion:
    """Validate and save a new version; a broken file raises `Invalid` and the running policy is unchanged."""
    _require_admin(principal)
    document = validate_source(source)
    current_source, _, current = active_source(session, workspace_id)
    if current is not None and current_source == source:
        return current
    return _store(
        session,
        principal,
        workspace_id,
        source,
        document,
        comment=comment,
        restored_from=None,
        action="policy.updated",
    )


def list_versions(session: Session, workspace_id: int) -> list[PolicyVersion]:
    return list(
        session.scalars(
            select(PolicyVersion)
            .where(PolicyVersion.workspace_id == workspace_id)
            .order_by(PolicyVersion.version.desc())
        )
    )


def get_version(session: Session, workspace_id: int, version: int) -> PolicyVersion:
    row = session.scalar(
        select(PolicyVersion).where(
            PolicyVersion.workspace_id == workspace_id, PolicyVersion.version == version
        )
    )
    if row is None:
        raise NotFound(f"policy version {version} not found")
    return row


def diff_to_previous(session: Session, workspace_id: int, row: PolicyVersion) -> str:
    previous = session.scalar(
        select(PolicyVersion)
        .where(PolicyVersion.workspace_id == workspace_id, PolicyVersion.version < row.version)
        .order_by(PolicyVersion.version.desc())
        .limit(1)
    )
    old = previous.source if previous else builtin_source(session, workspace_id)[0]
    return unified_diff(old, row.source, f"v{previous.version if previous else 0}", f"v{row.version}")


def restore(session: Session, principal: Principal | None, workspace_id: int, version: int) -> PolicyVersion:
    """Make an old version the running one again, as a new version (history is never rewritten)."""
    _require_admin(principal)
    old = get_version(session, workspace_id, version)
    document = validate_source(old.source)
    return _store(
        session,
        principal,
        workspace_id,
        old.source,
        document,
        comment=f"restored v{version}",
        restored_from=version,
        action="policy.restored",
    )
