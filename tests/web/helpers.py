from __future__ import annotations

import re

from fastapi.testclient import TestClient
from sqlalchemy.orm import Session, sessionmaker

from tests.conftest import Tenant
from warmline.conversations.models import Conversation
from warmline.db import transaction


def post_login(client: TestClient, tenant: Tenant, role: str = "agent", password: str = "correct horse"):  # type: ignore[no-untyped-def]
    """Fill in and send the sign-in form as a browser would (with the form's CSRF token)."""
    page = client.get(f"/console/login?workspace={tenant.slug}")
    token = re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)  # type: ignore[union-attr]
    return client.post(
        "/console/login",
        data={"workspace": tenant.slug, "email": f"{role}@{tenant.slug}.test", "password": password,
              "csrf": token},
        follow_redirects=False,
    )


def login(client: TestClient, tenant: Tenant, role: str = "agent") -> str:
    """Sign in through the form; returns the CSRF token of the new session."""
    response = post_login(client, tenant, role)
    assert response.status_code == 303, response.text
    inbox = client.get("/console")
    return re.search(r'data-csrf="([^"]+)"', inbox.text).group(1)  # type: ignore[union-attr]


def with_people(factory: sessionmaker[Session], conversation_id: int, assignee_id: int | None = None) -> None:
    with transaction(factory) as session:
        conv = session.get(Conversation, conversation_id)
        assert conv is not None
        conv.mode = "human"
        conv.status = "open"
        conv.assignee_id = assignee_id
        from warmline.kit.clock import now

        conv.handed_off_at = now()
