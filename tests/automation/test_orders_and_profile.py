"""Order status (connectors, missed deliveries) and profile updates (verification for sensitive changes)."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import httpx
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from tests.automation.helpers import seed_automation, tenant_say
from tests.conftest import Tenant
from warmline.automation import connectors
from warmline.automation.delivery import OUTBOX
from warmline.customers.models import Customer
from warmline.db import transaction
from warmline.kit import clock

NOW = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)


def test_order_status_answers_with_the_order_and_a_way_to_a_person(
    client: TestClient, tenant: Tenant, factory: sessionmaker[Session]
) -> None:
    seed_automation(factory, tenant.id)
    result = tenant_say(client, tenant, "Where is my order?", customer="cus_1001")
    assert result["decision"]["action"] == "automate"
    reply = result["replies"][0]
    assert "HB-10231" in reply["text"] and "has shipped" in reply["text"]
    assert reply["text"].rstrip().endswith("Did this help?")
    assert reply["meta"]["quick_replies"] == ["Yes, thanks", "No", "Talk to a person"]


@pytest.mark.parametrize("customer", ["cus_1008", "cus_1007"])
def test_a_late_or_lost_order_is_a_missed_delivery_never_a_cheerful_status(
    client: TestClient, tenant: Tenant, factory: sessionmaker[Session], customer: str
) -> None:
    seed_automation(factory, tenant.id)
    result = tenant_say(client, tenant, "Where is my order?", customer=customer)
    assert result["decision"]["action"] != "automate"
    assert all("has shipped" not in r["text"] and "is due on" not in r["text"] for r in result["replies"])
    labels = [r.get("label") for r in result["decision"]["reasons"]]
    assert "crisis.missed_delivery" in labels


def test_http_connector_signs_retries_and_gives_up_cleanly() -> None:
    seen: list[httpx.Request] = []
    answers = iter(
        [
            httpx.Response(503),
            httpx.Response(
                200,
                json={
                    "orders": [
                        {
                            "order_id": "HB-1",
                            "status": "shipped",
                            "items": ["Box"],
                            "expected_on": "2026-12-02",
                        }
                    ]
                },
            ),
        ]
    )

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return next(answers)

    with clock.frozen_at(NOW):
        connector = connectors.HttpOrderConnector(
            "https://shop.example/orders",
            "s3cret",
            transport=httpx.MockTransport(handler),
            sleep=lambda _: None,
        )
        orders = connector.orders_for("cus_9")
    assert [o.order_id for o in orders] == ["HB-1"] and len(seen) == 2
    request = seen[-1]
    assert json.loads(request.content) == {"customer_external_id": "cus_9", "order_id": None}
    with clock.frozen_at(NOW):
        assert connectors.verify(
            "s3cret",
            request.headers["X-Warmline-Timestamp"],
            request.content,
            request.headers["X-Warmline-Signature"],
        )
        assert not connectors.verify(
            "other",
            request.headers["X-Warmline-Timestamp"],
            request.content,
            request.headers["X-Warmline-Signature"],
        )

    def timeout(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("slow", request=request)

    broken = connectors.HttpOrderConnector(
        "https://shop.example/orders",
        "s3cret",
        retries=2,
        transport=httpx.MockTransport(timeout),
        sleep=lambda _: None,
    )
    with pytest.raises(connectors.ConnectorError, match="3 attempts"):
        broken.orders_for("cus_9")


def test_email_change_needs_the_one_time_code_sent_to_the_address_on_file(
    client: TestClient, tenant: Tenant, factory: sessionmaker[Session]
) -> None:
    seed_automation(factory, tenant.id)
    OUTBOX.clear()
    first = tenant_say(
        client, tenant, "I want to update my email address", customer="cus_77", email="robin@example.com"
    )
    cid = first["conversation"]["id"]
    assert "6-digit code" in first["replies"][0]["text"] and "r***@example.com" in first["replies"][0]["text"]
    client.app.state.job_runner.run_due()  # type: ignore[attr-defined]
    mail = OUTBOX[-1]
    assert mail.to == "robin@example.com"
    code = next(w for w in mail.body.replace(".", " ").split() if w.isdigit() and len(w) == 6)
    assert code not in json.dumps(first)  # the code never reaches the conversation
    wrong = "000000" if code != "000000" else "111111"
    again = tenant_say(client, tenant, f"the code is {wrong}", conversation_id=cid)
    assert "doesn't match" in again["replies"][0]["text"]
    ok = tenant_say(client, tenant, f"my code is {code}", conversation_id=cid)
    assert "What's the new e-mail address?" in ok["replies"][0]["text"]
    confirm = tenant_say(client, tenant, "it's robin.new@example.com", conversation_id=cid)
    assert "robin.new@example.com" in confirm["replies"][0]["text"]
    tenant_say(client, tenant, "yes please", conversation_id=cid)
    with transaction(factory) as session:
        customer = session.scalar(select(Customer).where(Customer.external_id == "cus_77"))
        assert customer is not None and customer.email == "robin.new@example.com"


def test_delivery_day_change_is_confirmed_before_it_is_made(
    client: TestClient, tenant: Tenant, factory: sessionmaker[Session]
) -> None:
    seed_automation(factory, tenant.id)
    first = tenant_say(client, tenant, "Please switch my delivery day to Saturday", customer="cus_78")
    assert first["replies"][0]["text"].startswith("Change your delivery day")
    with transaction(factory) as session:
        customer = session.scalar(select(Customer).where(Customer.external_id == "cus_78"))
        assert customer is not None and "delivery_day" not in (customer.attributes or {})
    done = tenant_say(client, tenant, "yes", conversation_id=first["conversation"]["id"])
    assert "Saturday" in done["replies"][0]["text"]
    with transaction(factory) as session:
        customer = session.scalar(select(Customer).where(Customer.external_id == "cus_78"))
        assert customer is not None and customer.attributes["delivery_day"] == "Saturday"


def test_an_answer_is_cited_and_a_no_is_not_progress(
    client: TestClient, tenant: Tenant, factory: sessionmaker[Session]
) -> None:
    seed_automation(factory, tenant.id)
    first = tenant_say(client, tenant, "How long does a refund take?")
    reply = first["replies"][0]
    assert reply["meta"]["kind"] == "answer" and reply["meta"]["article_slug"] == "refund-timing"
    assert reply["meta"]["url"].endswith("/refund-timing") and reply["meta"]["url"] in reply["text"]
    assert reply["text"].endswith("Did this help?") and "Talk to a person" in reply["meta"]["quick_replies"]
    assert 0 < reply["meta"]["confidence"] <= 1
    page = client.get(reply["meta"]["url"])
    assert page.status_code == 200 and "When will I get my refund?" in page.text
    no = tenant_say(client, tenant, "No", conversation_id=first["conversation"]["id"])
    assert no["decision"]["action"] != "automate"


def test_nonsense_gets_no_guess(client: TestClient, tenant: Tenant, factory: sessionmaker[Session]) -> None:
    seed_automation(factory, tenant.id)
    result = tenant_say(client, tenant, "Can you recommend a good film for tonight?")
    assert not any((r["meta"] or {}).get("kind") == "answer" for r in result["replies"])


def test_an_unclear_question_gets_one_clarifying_question_then_the_answer(
    client: TestClient, tenant: Tenant, factory: sessionmaker[Session]
) -> None:
    seed_automation(factory, tenant.id)
    first = tenant_say(client, tenant, "how long does it take")
    assert first["decision"]["action"] == "clarify"
    assert "When will I get my refund?" in first["replies"][0]["text"]
    second = tenant_say(client, tenant, "the refund", conversation_id=first["conversation"]["id"])
    assert second["decision"]["action"] == "automate"
    assert second["replies"][0]["meta"]["article_slug"] == "refund-timing"


def test_http_connector_does_not_retry_a_refusal_and_rejects_bad_data() -> None:
    calls: list[int] = []

    def refuse(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        return httpx.Response(401)

    connector = connectors.HttpOrderConnector(
        "https://shop.example/orders", "s3cret", transport=httpx.MockTransport(refuse), sleep=lambda _: None
    )
    with pytest.raises(connectors.ConnectorError, match="HTTP 401"):
        connector.orders_for("cus_9")
    assert calls == [1]
    garbage = connectors.HttpOrderConnector(
        "https://shop.example/orders",
        "s3cret",
        sleep=lambda _: None,
        transport=httpx.MockTransport(
            lambda r: httpx.Response(200, json={"orders": [{"status": "teleported"}]})
        ),
    )
    with pytest.raises(connectors.ConnectorError, match="cannot read"):
        garbage.orders_for("cus_9")
    unknown = connectors.HttpOrderConnector(
        "https://shop.example/orders", "s3cret", transport=httpx.MockTransport(lambda r: httpx.Response(404))
    )
    assert unknown.orders_for("cus_9") == []
    assert connectors.connector_for({}) is None
    assert isinstance(
        connectors.connector_for({"orders_connector": {"kind": "demo"}}), connectors.DemoOrderConnector
    )
    with pytest.raises(ValueError):
        connectors.HttpOrderConnector("ftp://shop.example", "s3cret")
