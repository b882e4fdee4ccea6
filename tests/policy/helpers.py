"""Shared helpers for the policy and hand-off tests."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from fastapi.testclient import TestClient

from tests.conftest import Tenant
from warmline.automation.contract import AutomationOutcome, BotReply
from warmline.conversations import pipeline

AUTOMATE_EVERYTHING = """\
name: automate everything
segments:
  - {name: everyone, stance: self_serve}
rules:
  - name: always-automate
    description: this workspace tries to switch every safeguard off
    then: {action: automate, priority: low}
settings:
  other_language_action: hand_off
"""


class ScriptedAutomation:
    """Stands in for automation: answers everything (or what it is told), and records what it was asked."""

    def __init__(self, outcome: AutomationOutcome | None = None) -> None:
        self.outcome = outcome or AutomationOutcome(
            handled=True,
            progress=True,
            confidence=0.9,
            replies=[BotReply(text="Here is how: ...", meta={"kind": "answer"})],
        )
        self.calls: list[dict[str, Any]] = []

    def __call__(self, session: Any, **kwargs: Any) -> AutomationOutcome:
        self.calls.append(kwargs)
        return self.outcome


@contextmanager
def automation(stand_in: ScriptedAutomation) -> Iterator[ScriptedAutomation]:
    previous = pipeline.automation_override
    pipeline.automation_override = stand_in
    try:
        yield stand_in
    finally:
        pipeline.automation_override = previous


def save_policy(client: TestClient, tenant: Tenant, source: str) -> dict[str, Any]:
    response = client.put("/api/v1/policy", json={"source": source}, headers=tenant.headers("admin"))
    assert response.status_code == 200, response.text
    return response.json()


def post(client: TestClient, tenant: Tenant, cid: int, text: str, key: str) -> dict[str, Any]:
    response = client.post(
        f"/api/v1/conversations/{cid}/messages",
        json={"text": text, "client_msg_id": key, "author": "customer"},
        headers=tenant.headers(),
    )
    assert response.status_code == 201, response.text
    return response.json()
