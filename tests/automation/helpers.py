"""Shared helpers for automation tests: the seeded demo workspace and a way to talk to it."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy.orm import Session, sessionmaker

from warmline.db import transaction

DATA = Path(__file__).parent / "data"


@dataclass
class Demo:
    workspace_id: int
    token: str

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}


def seed_demo(factory: sessionmaker[Session]) -> Demo:
    from warmline.auth.service import create_token
    from warmline.demo.seed import seed_workspace

    with transaction(factory) as session:
        summary = seed_workspace(session)
        _, token = create_token(session, workspace_id=summary.workspace_id, role="admin")
    return Demo(workspace_id=summary.workspace_id, token=token)


def say(
    client: TestClient,
    demo: Demo,
    text: str,
    *,
    customer: str = "cus_1001",
    conversation_id: int | None = None,
    msg_id: str | None = None,
) -> dict[str, Any]:
    """Send a customer message (new conversation unless one is given); returns the turn result."""
    import uuid

    msg_id = msg_id or uuid.uuid4().hex
    if conversation_id is None:
        body = {
            "customer": {"external_id": customer},
            "channel": "api",
            "message": {"text": text, "client_msg_id": msg_id},
        }
        response = client.post("/api/v1/conversations", json=body, headers=demo.headers)
    else:
        response = client.post(
            f"/api/v1/conversations/{conversation_id}/messages",
            json={"text": text, "client_msg_id": msg_id, "author": "customer"},
            headers=demo.headers,
        )
    assert response.status_code in (200, 201), response.text
    return response.json()


def answered_with(result: dict[str, Any]) -> str | None:
    """What automation answered with: "article:<slug>" or "skill:<name>", or None when it did not answer."""
    decision = result.get("decision") or {}
    if decision.get("action") != "automate":
        return None
    for reply in result.get("replies", []):
        meta = reply.get("meta") or {}
        if meta.get("kind") == "answer" and meta.get("article_slug"):
            return f"article:{meta['article_slug']}"
        if meta.get("kind") == "skill" and meta.get("skill"):
            return f"skill:{meta['skill']}"
    return None


def load_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def seed_automation(factory: sessionmaker[Session], workspace_id: int) -> None:
    """The demo knowledge base, calendar and orders connector on a test workspace (no demo conversations)."""
    from warmline.demo import automation_seed
    from warmline.workspaces.models import Workspace

    with transaction(factory) as session:
        workspace = session.get(Workspace, workspace_id)
        assert workspace is not None
        automation_seed.seed(session, workspace)


def tenant_say(
    client: TestClient,
    tenant: Any,
    text: str,
    *,
    customer: str = "cus_1001",
    conversation_id: int | None = None,
    email: str | None = "robin@example.com",
    segment: str = "self_serve",
) -> dict[str, Any]:
    import uuid

    if conversation_id is None:
        body = {
            "customer": {"external_id": customer, "name": "Robin Doe", "email": email, "segment": segment},
            "channel": "api",
            "message": {"text": text, "client_msg_id": uuid.uuid4().hex},
        }
        response = client.post("/api/v1/conversations", json=body, headers=tenant.headers())
    else:
        response = client.post(
            f"/api/v1/conversations/{conversation_id}/messages",
            json={"text": text, "client_msg_id": uuid.uuid4().hex, "author": "customer"},
            headers=tenant.headers(),
        )
    assert response.status_code in (200, 201), response.text
    return response.json()
