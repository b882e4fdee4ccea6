"""respond() on its own, with triage results built by hand (tolerant of intent label names)."""

from __future__ import annotations

from fastapi.testclient import TestClient
from sqlalchemy.orm import Session, sessionmaker

from tests.automation.helpers import seed_automation, tenant_say
from tests.conftest import Tenant
from warmline.automation.contract import AutomationOutcome
from warmline.automation.service import respond
from warmline.conversations.models import Conversation, Message
from warmline.customers.models import Customer
from warmline.db import transaction
from warmline.policy.schemas import PolicyContext
from warmline.triage.result import TriageResult


def _respond(
    factory: sessionmaker[Session], conversation_id: int, text: str, triage: TriageResult
) -> AutomationOutcome:
    with transaction(factory) as session:
        conversation = session.get(Conversation, conversation_id)
        assert conversation is not None
        customer = session.get(Customer, conversation.customer_id)
        assert customer is not None
        message = Message(
            workspace_id=conversation.workspace_id,
            conversation_id=conversation.id,
            author="customer",
            text=text,
        )
        session.add(message)
        session.flush()
        outcome = respond(
            session,
            conversation=conversation,
            customer=customer,
            message=message,
            triage=triage,
            context=PolicyContext(workspace_id=conversation.workspace_id, segment=customer.segment),
        )
        session.rollback()
        return outcome


def test_a_confident_tracking_intent_finds_the_order_whatever_its_label(
    client: TestClient, tenant: Tenant, factory: sessionmaker[Session]
) -> None:
    seed_automation(factory, tenant.id)
    cid = tenant_say(client, tenant, "Hello there", customer="cus_1001")["conversation"]["id"]
    for label in ("track_order", "TRACK_DELIVERY", "order_status"):
        outcome = _respond(
            factory, cid, "any news on my parcel?", TriageResult(intent=label, intent_confidence=0.9)
        )
        assert outcome.handled and outcome.skill == "order_status", label
        assert "HB-10231" in outcome.replies[0].text
    unsure = _respond(
        factory, cid, "any news on my parcel?", TriageResult(intent="track_order", intent_confidence=0.3)
    )
    assert unsure.skill != "order_status"


def test_automation_steps_aside_when_a_person_is_asked_for(
    client: TestClient, tenant: Tenant, factory: sessionmaker[Session]
) -> None:
    seed_automation(factory, tenant.id)
    cid = tenant_say(client, tenant, "Hello there")["conversation"]["id"]
    outcome = _respond(
        factory,
        cid,
        "How long does a refund take? Actually let me speak to someone",
        TriageResult(wants_human=True),
    )
    assert not outcome.handled and outcome.replies == []
    assert outcome.reasons[0]["label"] == "wants_human"


def test_low_confidence_reports_candidates_instead_of_guessing(
    client: TestClient, tenant: Tenant, factory: sessionmaker[Session]
) -> None:
    seed_automation(factory, tenant.id)
    cid = tenant_say(client, tenant, "Hello there")["conversation"]["id"]
    outcome = _respond(factory, cid, "what about the thing from before", TriageResult())
    assert not outcome.handled and not outcome.progress and outcome.replies == []
    assert outcome.reasons[0]["label"] == "low_confidence"
    assert outcome.reasons[1]["candidates"]
