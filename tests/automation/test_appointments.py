"""Booking, moving and cancelling a service visit in conversation, and its reminders as durable jobs."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from tests.automation.helpers import seed_automation, tenant_say
from tests.conftest import Tenant
from warmline.app import create_app
from warmline.automation.models import Appointment
from warmline.conversations.models import Message
from warmline.db import transaction
from warmline.jobs import Job
from warmline.kit import clock
from warmline.settings import Settings
from warmline.worker import run_worker

MONDAY = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)


def _bot_messages(factory: sessionmaker[Session], conversation_id: int, kind: str) -> list[Message]:
    with transaction(factory) as session:
        rows = session.scalars(
            select(Message)
            .where(Message.conversation_id == conversation_id, Message.author == "bot")
            .order_by(Message.id)
        )
        return [m for m in rows if (m.meta or {}).get("kind") == kind]


def _book(client: TestClient, tenant: Tenant) -> tuple[int, dict]:
    first = tenant_say(client, tenant, "I'd like to book an engineer visit for my oven")
    assert first["decision"]["action"] == "automate"
    offer = first["replies"][0]
    assert offer["meta"]["skill"] == "appointments.book"
    assert "Which one suits you" in offer["text"] and len(offer["meta"]["quick_replies"]) >= 2
    conversation_id = first["conversation"]["id"]
    chosen = tenant_say(client, tenant, "the second one please", conversation_id=conversation_id)
    confirm = chosen["replies"][0]
    assert confirm["text"].startswith("Book an engineer visit on")
    assert offer["meta"]["quick_replies"][1] in confirm["text"]
    done = tenant_say(client, tenant, "yes please", conversation_id=conversation_id)
    assert done["replies"][0]["text"].startswith("Booked:")
    return conversation_id, done


def test_book_then_reminders_arrive_once_each_even_after_a_restart(
    client: TestClient, tenant: Tenant, factory: sessionmaker[Session], settings: Settings
) -> None:
    with clock.frozen_at(MONDAY) as frozen:
        seed_automation(factory, tenant.id)
        conversation_id, _ = _book(client, tenant)
        with transaction(factory) as session:
            appointment = session.scalar(select(Appointment))
            assert appointment is not None and appointment.status == "booked"
            starts = appointment.starts_at
            keys = sorted(
                str(j.dedupe_key) for j in session.scalars(select(Job).where(Job.dedupe_key.like("appt:%")))
            )
        assert keys == [f"appt:{appointment.id}:r1:1h", f"appt:{appointment.id}:r1:24h"]
        runner = client.app.state.job_runner  # type: ignore[attr-defined]
        runner.run_due()
        assert _bot_messages(factory, conversation_id, "reminder") == []

        frozen.advance(starts - timedelta(hours=24) - clock.now() + timedelta(minutes=1))
        runner.run_due()
        reminders = _bot_messages(factory, conversation_id, "reminder")
        assert len(reminders) == 1 and "tomorrow" in reminders[0].text
        assert "Yes, I will be there" in reminders[0].meta["quick_replies"]
        ack = tenant_say(client, tenant, "Yes, I will be there", conversation_id=conversation_id)
        assert ack["decision"]["action"] == "automate" and ack["replies"][0]["text"].startswith("Great")

        # a restarted app (new runner, same database) sends nothing twice
        restarted = create_app(settings)
        restarted.state.job_runner.run_due()
        runner.run_due()
        assert len(_bot_messages(factory, conversation_id, "reminder")) == 1

        frozen.advance(timedelta(hours=23))
        run_worker(settings, once=True)  # `warmline worker --once`: the path taken when Redis is configured
        reminders = _bot_messages(factory, conversation_id, "reminder")
        assert [m.meta["reminder"] for m in reminders] == ["24h", "1h"]

        # the customer's reply to a reminder is triaged and decided like any message
        reply = tenant_say(
            client, tenant, "I can't make it, can we do another day?", conversation_id=conversation_id
        )
        assert reply["decision"]["action"] == "automate", reply["decision"]
        assert reply["replies"][0]["meta"]["skill"] == "appointments.move"
        restarted.state.engine.dispose()


def test_move_replaces_the_reminders_and_cancel_stops_them(
    client: TestClient, tenant: Tenant, factory: sessionmaker[Session]
) -> None:
    with clock.frozen_at(MONDAY) as frozen:
        seed_automation(factory, tenant.id)
        conversation_id, _ = _book(client, tenant)
        with transaction(factory) as session:
            before = session.scalar(select(Appointment))
            assert before is not None
            old_start = before.starts_at
        offer = tenant_say(
            client, tenant, "Please reschedule my engineer visit", conversation_id=conversation_id
        )
        assert offer["replies"][0]["meta"]["skill"] == "appointments.move"
        picked = tenant_say(client, tenant, "the last one", conversation_id=conversation_id)
        assert picked["replies"][0]["text"].startswith("Move your visit to"), (
            picked["decision"]["rule"],
            picked["decision"]["reasons"],
        )
        moved = tenant_say(client, tenant, "yes", conversation_id=conversation_id)
        assert moved["replies"], moved["decision"]
        assert moved["replies"][0]["text"].startswith("Done: your visit is now on")
        with transaction(factory) as session:
            appointment = session.scalar(select(Appointment))
            assert (
                appointment is not None and appointment.revision == 2 and appointment.starts_at != old_start
            )
            jobs = {
                j.dedupe_key: j.status
                for j in session.scalars(select(Job).where(Job.dedupe_key.like("appt:%")))
            }
        assert jobs[f"appt:{appointment.id}:r1:24h"] == "cancelled"
        assert jobs[f"appt:{appointment.id}:r2:24h"] == "queued"

        ask = tenant_say(
            client, tenant, "I want to cancel my engineer appointment", conversation_id=conversation_id
        )
        assert ask["replies"][0]["text"].startswith("Shall I cancel your engineer visit")
        tenant_say(client, tenant, "yes", conversation_id=conversation_id)
        with transaction(factory) as session:
            appointment = session.scalar(select(Appointment))
            assert appointment is not None and appointment.status == "cancelled"
        frozen.advance(timedelta(days=30))
        client.app.state.job_runner.run_due()  # type: ignore[attr-defined]
        assert _bot_messages(factory, conversation_id, "reminder") == []


def test_declining_the_confirmation_books_nothing(
    client: TestClient, tenant: Tenant, factory: sessionmaker[Session]
) -> None:
    with clock.frozen_at(MONDAY):
        seed_automation(factory, tenant.id)
        first = tenant_say(client, tenant, "Can you book a service visit for my range?")
        cid = first["conversation"]["id"]
        tenant_say(client, tenant, "the first one please", conversation_id=cid)
        answer = tenant_say(client, tenant, "no", conversation_id=cid)
        assert "haven't changed anything" in answer["replies"][0]["text"]
        with transaction(factory) as session:
            assert session.scalar(select(Appointment)) is None
