"""The pipeline keeps what automation remembers, and stores each decision with its inputs."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy.orm import Session, sessionmaker

from tests.conftest import Tenant, open_conversation
from tests.policy.helpers import ScriptedAutomation, automation
from warmline.automation.contract import AutomationOutcome
from warmline.conversations.models import Conversation
from warmline.db import transaction


class RemembersASkill(ScriptedAutomation):
    def __call__(self, session: Any, **kwargs: Any) -> AutomationOutcome:
        conversation = kwargs["conversation"]
        conversation.state = {**(conversation.state or {}), "skill": {"name": "appointments", "step": "slot"}}
        return super().__call__(session, **kwargs)


def test_automation_state_survives_the_policy_step(
    client: TestClient, tenant: Tenant, factory: sessionmaker[Session]
) -> None:
    with automation(RemembersASkill()):
        turn = open_conversation(client, tenant, text="How do I skip next week's box?")
    with transaction(factory) as session:
        conversation = session.get(Conversation, turn["conversation"]["id"])
        assert conversation is not None
        assert conversation.state["skill"] == {"name": "appointments", "step": "slot"}
        assert conversation.state["last_action"] == "automate"


def test_each_decision_is_stored_with_its_inputs(client: TestClient, tenant: Tenant) -> None:
    with automation(ScriptedAutomation()):
        turn = open_conversation(client, tenant, text="How do I skip next week's box?")
    decision = client.get(f"/api/v1/conversations/{turn['conversation']['id']}/decisions",
                          headers=tenant.headers()).json()[0]
    assert decision["rule"] and decision["policy_version"] == 0 and decision["reasons"]
    inputs = decision["inputs"]
    assert inputs["triage"]["language"] == "en"
    assert inputs["context"]["channel"] == "api" and inputs["context"]["within_business_hours"] is True
    assert inputs["segment"] == "balanced" and inputs["stance"] == "balanced"
    assert inputs["automation"]["handled"] is True
