"""Resolution accounting rules, reopen detection, the CSAT survey job and NPS waves."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from tests.feedback import helpers
from warmline.conversations.models import Conversation, Message
from warmline.db import transaction
from warmline.feedback import jobs as feedback_jobs
from warmline.feedback.accounting import Observed, classify, refresh_facts
from warmline.feedback.models import ConversationFact
from warmline.kit import clock


def _o(**kw):  # type: ignore[no-untyped-def]
    base = dict(
        status="resolved",
        mode="automated",
        handed_off=False,
        human_replied=False,
        bot_engaged=True,
        helped=False,
        not_helped=False,
        csat=None,
        last_public_author="bot",
        idle=False,
    )
    return Observed(**{**base, **kw})


@pytest.mark.parametrize(
    ("observed", "outcome"),
    [
        (_o(), "automated_assumed"),  # silence is never success
        (_o(status="open", idle=True), "automated_assumed"),
        (_o(helped=True), "automated_confirmed"),
        (_o(csat=5), "automated_confirmed"),
        (_o(csat=5, not_helped=True), "automated_assumed"),
        (_o(csat=3), "automated_assumed"),
        (_o(status="open"), "open"),
        (_o(status="open", idle=True, last_public_author="customer"), "abandoned"),
        (_o(mode="human", handed_off=True, human_replied=True), "escalated_after_bot"),
        (_o(mode="human", handed_off=True, human_replied=True, bot_engaged=False), "assisted"),
        (_o(mode="human", handed_off=True, status="open", idle=True), "abandoned"),
        (_o(mode="human", handed_off=True, human_replied=False), "abandoned"),
    ],
)
def test_classify(observed, outcome):  # type: ignore[no-untyped-def]
    assert classify(observed) == outcome


def test_reopened_within_seven_days(factory, tenant):  # type: ignore[no-untyped-def]
    with transaction(factory) as session:
        c = helpers.customer(session, tenant.id, "r")
        first = helpers.conversation(session, c, intent="returns", started=clock.now() - timedelta(days=6))
        helpers.conversation(session, c, intent="returns", started=clock.now() - timedelta(days=2))
        other = helpers.conversation(session, c, intent="billing", started=clock.now() - timedelta(days=20))
        refresh_facts(session, tenant.id)
        assert session.get(ConversationFact, first.id).reopened is True
        assert session.get(ConversationFact, other.id).reopened is False
        # the same conversation reopened by the customer after its resolution
        session.add(
            Message(
                workspace_id=tenant.id,
                conversation_id=other.id,
                author="customer",
                text="It broke again",
                created_at=other.resolved_at + timedelta(days=1),
            )
        )
        conv = session.get(Conversation, other.id)
        conv.status, conv.updated_at = "open", clock.now()
        session.flush()
        refresh_facts(session, tenant.id, conversation_ids=[other.id])
        assert session.get(ConversationFact, other.id).reopened is True


def test_resolved_conversation_gets_one_survey_on_its_channel(client, factory, tenant):  # type: ignore[no-untyped-def]
    with transaction(factory) as session:
        c = helpers.customer(session, tenant.id, "s")
        resolved = helpers.conversation(session, c, channel="email", started=clock.now() - timedelta(hours=5))
        still_open = helpers.conversation(
            session, c, resolved_after=None, started=clock.now() - timedelta(hours=1)
        )
        ids = (resolved.id, still_open.id)
    for _ in range(2):
        with transaction(factory) as session:
            feedback_jobs.sweep(session, tenant.id)
    with transaction(factory) as session:
        surveys = session.scalars(
            select(Message).where(
                Message.conversation_id.in_(ids),
                Message.author == "bot",
                Message.text.like("%How did we do%"),
            )
        ).all()
        assert [m.conversation_id for m in surveys] == [ids[0]]
        assert surveys[0].meta["kind"] == "csat_survey" and surveys[0].meta["survey_path"].startswith(
            "/feedback/"
        )
    # the customer answers through the link in the email, no token needed
    path = surveys[0].meta["survey_path"]
    page = client.get(path)
    assert page.status_code == 200 and "How did we do" in page.text
    r = client.post(path, data={"score": "4", "comment": "<script>x</script>", "wanted_human_sooner": "on"})
    assert r.status_code == 200 and "Thank you" in r.text and "<script>x" not in r.text
    got = client.get(f"/api/v1/conversations/{ids[0]}/feedback", headers=tenant.headers()).json()
    assert (
        got["csat"]["score"] == 4 and got["csat"]["channel"] == "email" and got["csat"]["wanted_human_sooner"]
    )
    assert client.get(path[:-3] + "abc").status_code == 404


def test_nps_survey_waves(client, factory, tenant):  # type: ignore[no-untyped-def]
    with transaction(factory) as session:
        helpers.customer(session, tenant.id, "n1", segment="white_glove")
        helpers.customer(session, tenant.id, "n2", segment="self_serve")
    r = client.post(
        "/api/v1/feedback/nps-surveys",
        headers=tenant.headers(),
        json={"name": "Quarterly NPS", "segment": "white_glove", "every_days": 90},
    )
    assert r.status_code == 201, r.text
    survey = r.json()
    start = clock.now()
    with clock.frozen_at(start + timedelta(minutes=1)):
        client.app.state.job_runner.run_due()
    summary = client.get(
        f"/api/v1/feedback/nps-surveys/{survey['id']}/summary", headers=tenant.headers()
    ).json()
    assert summary["sent"] == 1 and summary["answered"] == 0
    with transaction(factory) as session:
        from warmline.customers.models import Customer

        cid = session.scalar(select(Customer.id).where(Customer.external_id == "n1"))
    r = client.post(
        f"/api/v1/feedback/nps-surveys/{survey['id']}/answers",
        headers=tenant.headers(),
        json={"customer_id": cid, "score": 10},
    )
    assert r.status_code == 201
    summary = client.get(
        f"/api/v1/feedback/nps-surveys/{survey['id']}/summary", headers=tenant.headers()
    ).json()
    assert summary["nps"] == 100.0
    with clock.frozen_at(start + timedelta(days=91)):
        client.app.state.job_runner.run_due()
    summary = client.get(
        f"/api/v1/feedback/nps-surveys/{survey['id']}/summary", headers=tenant.headers()
    ).json()
    assert summary["sent"] == 2  # the next wave went out on schedule
    # survey conversations never count in the service figures
    with transaction(factory) as session:
        refresh_facts(session, tenant.id)
        assert session.scalar(select(ConversationFact.conversation_id)) is None
