"""Routing: the right person gets the conversation, the queue is fair, clocks warn and escalate."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from warmline.conversations.models import Conversation, Decision, Message
from warmline.customers.models import Customer
from warmline.db import transaction
from warmline.handoff import availability
from warmline.job_handlers import job_handlers
from warmline.jobs import JobRunner
from warmline.kit import clock
from warmline.policy.schemas import PolicyDecision
from warmline.routing import assignment, queue, sla
from warmline.routing.contract import RoutingResult
from warmline.routing.models import SlaEvent
from warmline.workspaces.models import Team, User, Workspace

MONDAY_NOON = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)


@dataclass
class World:
    factory: sessionmaker[Session]
    workspace_id: int = 0
    teams: dict[str, int] = field(default_factory=dict)
    users: dict[str, int] = field(default_factory=dict)
    n: int = 0

    def session(self) -> Iterator[Session]:
        return transaction(self.factory)  # type: ignore[return-value]

    def agent(
        self,
        name: str,
        team: str = "billing",
        *,
        skills: list[str] | None = None,
        languages: list[str] | None = None,
        capacity: int = 3,
        presence: str = "online",
        role: str = "agent",
    ) -> int:
        with transaction(self.factory) as s:
            user = User(
                workspace_id=self.workspace_id,
                email=f"{name}@x.test",
                name=name.title(),
                role=role,
                skills=skills or [],
                languages=languages or ["en"],
                capacity=capacity,
                team_id=self.teams[team],
                presence=presence,
            )
            s.add(user)
            s.flush()
            self.users[name] = user.id
            return user.id

    def conversation(
        self,
        *,
        language: str | None = "en",
        owner: str | None = None,
        priority: str = "normal",
        mode: str = "human",
    ) -> int:
        self.n += 1
        with transaction(self.factory) as s:
            customer = Customer(
                workspace_id=self.workspace_id,
                external_id=f"c{self.n}",
                name=f"Customer {self.n}",
                language=language,
                owner_id=self.users[owner] if owner else None,
            )
            s.add(customer)
            s.flush()
            conv = Conversation(
                workspace_id=self.workspace_id,
                customer_id=customer.id,
                mode=mode,
                priority=priority,
                handed_off_at=clock.now(),
                subject=f"case {self.n}",
            )
            s.add(conv)
            s.flush()
            s.add(
                Message(
                    workspace_id=self.workspace_id,
                    conversation_id=conv.id,
                    author="customer",
                    text="I was charged twice",
                )
            )
            return conv.id

    def route(
        self, conv_id: int, team: str | None = "billing", skill: str | None = None, priority: str = "normal"
    ):  # type: ignore[no-untyped-def]
        with transaction(self.factory) as s:
            conv = s.get(Conversation, conv_id)
            assert conv is not None
            return assignment.route(
                s,
                conv,
                PolicyDecision(action="hand_off", rule="test", team=team, skill=skill, priority=priority),
            )

    def notice(self, result: RoutingResult) -> str:
        """What the customer is told about this routing result (the hand-off's wait notice)."""
        with transaction(self.factory) as s:
            workspace = s.get(Workspace, self.workspace_id)
            assert workspace is not None
            return availability.wait_notice(workspace, result, clock.now(), has_email=False)

    def assignee(self, conv_id: int) -> int | None:
        with transaction(self.factory) as s:
            conv = s.get(Conversation, conv_id)
            assert conv is not None
            return conv.assignee_id


@pytest.fixture
def world(factory: sessionmaker[Session]) -> Iterator[World]:
    with clock.frozen_at(MONDAY_NOON):
        w = World(factory=factory)
        with transaction(factory) as s:
            ws = Workspace(
                slug="hb",
                name="HB",
                timezone="Europe/London",
                settings={
                    "business_hours": {"days": [0, 1, 2, 3, 4], "start": "08:00", "end": "20:00"},
                    "routing": {"sticky_wait_minutes": 10},
                },
            )
            s.add(ws)
            s.flush()
            w.workspace_id = ws.id
            for slug in ("billing", "support", "success"):
                team = Team(workspace_id=ws.id, slug=slug, name=slug.title())
                s.add(team)
                s.flush()
                w.teams[slug] = team.id
        yield w


def test_skill_match_wins_over_a_less_busy_agent(world: World) -> None:
    world.agent("generalist")
    world.agent("refunder", skills=["refunds"])
    conv = world.conversation()
    result = world.route(conv, skill="refunds")
    assert world.assignee(conv) == world.users["refunder"]
    assert result.assignee_name == "Refunder"
    assert any(r["label"] == "skill_match" for r in result.reasons)


def test_language_match(world: World) -> None:
    world.agent("anna", languages=["en"])
    world.agent("lucia", languages=["en", "es"])
    conv = world.conversation(language="es")
    world.route(conv)
    assert world.assignee(conv) == world.users["lucia"]


def test_capacity_is_respected_and_the_rest_wait_in_the_queue(world: World) -> None:
    world.agent("solo", capacity=2)
    convs = [world.conversation() for _ in range(3)]
    results = [world.route(c) for c in convs]
    assert [world.assignee(c) for c in convs] == [world.users["solo"], world.users["solo"], None]
    assert results[2].agents_online == 1
    assert results[2].expected_wait_minutes is not None
    assert any(r["label"] == "all_at_capacity" for r in results[2].reasons)


def test_offline_and_away_agents_get_nothing_and_the_customer_is_told_honestly(world: World) -> None:
    world.agent("sleepy", presence="offline")
    world.agent("lunch", presence="away")
    conv = world.conversation()
    result = world.route(conv)
    assert world.assignee(conv) is None
    assert result.agents_online == 0
    assert result.expected_wait_minutes is None
    notice = world.notice(result)
    assert "Nobody from our team is free" in notice and "call you back" in notice


def test_round_robin_among_equals(world: World) -> None:
    a = world.agent("a", capacity=10)
    b = world.agent("b", capacity=10)
    owners = []
    for _ in range(4):
        conv = world.conversation()
        world.route(conv)
        owners.append(world.assignee(conv))
        # close it again so that loads stay equal and only the turn decides
        with transaction(world.factory) as s:
            c = s.get(Conversation, conv)
            assert c is not None
            c.status = "resolved"
        clock_advance(timedelta(seconds=1))
    assert owners == [a, b, a, b]


def clock_advance(delta: timedelta) -> None:
    clock._frozen = clock.now() + delta  # type: ignore[attr-defined]


def test_waiting_conversation_goes_to_the_agent_who_comes_online_highest_priority_first(world: World) -> None:
    agent = world.agent("late", presence="offline", capacity=1)
    normal = world.conversation()
    world.route(normal)
    clock_advance(timedelta(minutes=1))
    urgent = world.conversation(priority="urgent")
    world.route(urgent, priority="urgent")
    with transaction(world.factory) as s:
        queue.set_presence(s, world.workspace_id, agent, "online")
    assert world.assignee(urgent) == agent
    assert world.assignee(normal) is None  # capacity 1


def test_sticky_owner_first_then_team_after_the_wait(world: World) -> None:
    world.agent("grace", team="success")
    world.agent("priya")
    conv = world.conversation(owner="grace")
    result = world.route(conv)
    assert world.assignee(conv) == world.users["grace"]
    assert any(r["label"] == "sticky_owner" for r in result.reasons)
    runner: JobRunner = JobRunner(world.factory, job_handlers())
    clock_advance(timedelta(minutes=9))
    runner.run_due()
    assert world.assignee(conv) == world.users["grace"]
    clock_advance(timedelta(minutes=2))
    runner.run_due()
    assert world.assignee(conv) == world.users["priya"]
    with transaction(world.factory) as s:
        kinds = [
            (d.kind, d.action, d.rule)
            for d in s.scalars(select(Decision).where(Decision.conversation_id == conv).order_by(Decision.id))
        ]
    assert kinds == [("route", "assign", "sticky_owner"), ("route", "fallback", "best_available")]


def test_sticky_owner_who_answers_keeps_the_customer(world: World) -> None:
    world.agent("grace", team="success")
    world.agent("priya")
    conv = world.conversation(owner="grace")
    world.route(conv)
    with transaction(world.factory) as s:
        c = s.get(Conversation, conv)
        assert c is not None
        c.first_human_reply_at = clock.now()
    clock_advance(timedelta(minutes=30))
    JobRunner(world.factory, job_handlers()).run_due()
    assert world.assignee(conv) == world.users["grace"]


def test_offline_owner_falls_back_at_once(world: World) -> None:
    world.agent("grace", team="success", presence="offline")
    world.agent("priya")
    conv = world.conversation(owner="grace")
    result = world.route(conv)
    assert world.assignee(conv) == world.users["priya"]
    assert any(r["label"] == "sticky_owner_unavailable" for r in result.reasons)


def test_sla_warns_then_breaches_and_escalates_to_the_supervisor(world: World) -> None:
    sam = world.agent("sam", role="supervisor", presence="away")
    with transaction(world.factory) as s:
        team = s.get(Team, world.teams["billing"])
        assert team is not None
        team.supervisor_id = sam
    world.agent("priya")
    conv = world.conversation(priority="high")
    world.route(conv, priority="high")
    runner = JobRunner(world.factory, job_handlers())
    # high: first response within 15 minutes, warning at 75%
    clock_advance(timedelta(minutes=12))
    runner.run_due()
    clock_advance(timedelta(minutes=4))
    runner.run_due()
    with transaction(world.factory) as s:
        events = [
            (e.kind, e.event, e.user_id)
            for e in s.scalars(select(SlaEvent).where(SlaEvent.conversation_id == conv).order_by(SlaEvent.id))
        ]
        notes = [
            m.text
            for m in s.scalars(
                select(Message).where(Message.conversation_id == conv, Message.private.is_(True))
            )
        ]
    assert ("first_response", "warning", world.users["priya"]) in events
    assert ("first_response", "breached", world.users["priya"]) in events
    assert ("first_response", "escalated", sam) in events
    assert any("escalated to Sam" in n for n in notes)
    # running the checks again stores nothing twice
    runner.run_due()
    with transaction(world.factory) as s:
        assert len(s.scalars(select(SlaEvent).where(SlaEvent.conversation_id == conv)).all()) == len(events)


def test_next_response_clock_starts_when_the_customer_writes_again(world: World) -> None:
    world.agent("priya")
    conv = world.conversation()
    world.route(conv)
    with transaction(world.factory) as s:
        c = s.get(Conversation, conv)
        assert c is not None
        c.first_human_reply_at = clock.now()
        s.add(Message(workspace_id=world.workspace_id, conversation_id=conv, author="agent", text="Hello"))
        s.flush()
        ws = s.get(Workspace, world.workspace_id)
        assert ws is not None
        assert sla.current_clock(s, ws, c) is None
        assert sla.waiting_on_customer(s, c)
    clock_advance(timedelta(minutes=1))
    with transaction(world.factory) as s:
        s.add(
            Message(
                workspace_id=world.workspace_id, conversation_id=conv, author="customer", text="Thanks, and?"
            )
        )
        s.flush()
        c = s.get(Conversation, conv)
        ws = s.get(Workspace, world.workspace_id)
        assert c is not None and ws is not None
        running = sla.current_clock(s, ws, c)
    assert running is not None and running.kind == "next_response"
    assert running.due_at == clock.now() + timedelta(minutes=120)


def test_transfer_to_a_team_with_a_note_excludes_the_previous_agent(world: World) -> None:
    from warmline.auth.principal import Principal

    priya = world.agent("priya")
    amelie = world.agent("amelie", team="support")
    conv = world.conversation()
    world.route(conv)
    assert world.assignee(conv) == priya
    with transaction(world.factory) as s:
        queue.transfer(
            s,
            Principal(workspace_id=world.workspace_id, role="agent", user_id=priya),
            world.workspace_id,
            conv,
            to_team_id=world.teams["support"],
            note="It is about a delivery, not billing",
        )
    assert world.assignee(conv) == amelie
    with transaction(world.factory) as s:
        note = s.scalars(
            select(Message).where(Message.conversation_id == conv, Message.private.is_(True))
        ).one()
        assert "not billing" in note.text
        last = s.scalars(
            select(Decision).where(Decision.conversation_id == conv).order_by(Decision.id.desc())
        ).first()
        assert last is not None and last.action == "transfer" and last.kind == "route"


def test_after_hours_result_says_when_the_team_is_back(world: World) -> None:
    world.agent("priya", presence="offline")
    saturday = datetime(2026, 11, 28, 22, 0, tzinfo=UTC)
    with clock.frozen_at(saturday):
        conv = world.conversation()
        result = world.route(conv)
        notice = world.notice(result)
    assert result.within_business_hours is False
    assert result.next_opening == datetime(2026, 11, 30, 8, 0, tzinfo=UTC)  # Monday 08:00 London (GMT)
    assert notice.startswith("Our team is offline until 08:00 on Monday")


def test_an_agent_who_takes_it_after_hours_is_named_not_an_offline_team(world: World) -> None:
    world.agent("priya")  # online on a Saturday night, outside business hours
    saturday = datetime(2026, 11, 28, 22, 0, tzinfo=UTC)
    with clock.frozen_at(saturday):
        conv = world.conversation()
        result = world.route(conv)
        notice = world.notice(result)
    assert world.assignee(conv) == world.users["priya"]
    assert result.within_business_hours is False
    assert notice.startswith("Priya will be with you in about")
    assert "offline" not in notice


def test_every_routing_decision_is_stored_with_reasons(world: World) -> None:
    world.agent("priya", skills=["billing"])
    conv = world.conversation()
    world.route(conv, skill="billing")
    with transaction(world.factory) as s:
        decision = s.scalars(
            select(Decision).where(Decision.conversation_id == conv, Decision.kind == "route")
        ).one()
    assert decision.team == "billing"
    assert {r["label"] for r in decision.reasons} >= {"team", "skill_match", "least_loaded"}
    assert decision.inputs["candidates"][0]["name"] == "Priya"


def test_a_freed_slot_goes_to_the_next_in_line(world: World) -> None:
    agent = world.agent("solo", capacity=1)
    first, second = world.conversation(), world.conversation()
    world.route(first)
    world.route(second)
    assert world.assignee(second) is None
    with transaction(world.factory) as s:
        conv = s.get(Conversation, first)
        assert conv is not None
        conv.status = "resolved"
        queue.release(s, conv)
    assert world.assignee(second) == agent


def test_the_sweep_notices_a_next_response_clock_nobody_scheduled(world: World) -> None:
    world.agent("priya")
    sam = world.agent("sam", role="supervisor", presence="away")
    with transaction(world.factory) as s:
        team = s.get(Team, world.teams["billing"])
        assert team is not None
        team.supervisor_id = sam
    conv = world.conversation()
    world.route(conv)
    with transaction(world.factory) as s:
        c = s.get(Conversation, conv)
        assert c is not None
        c.first_human_reply_at = clock.now()
        s.add(Message(workspace_id=world.workspace_id, conversation_id=conv, author="agent", text="Hello"))
    clock_advance(timedelta(minutes=1))
    with transaction(world.factory) as s:  # a customer reply that arrived by API: nobody asked for a check
        s.add(
            Message(
                workspace_id=world.workspace_id, conversation_id=conv, author="customer", text="Still there?"
            )
        )
    runner = JobRunner(world.factory, job_handlers())
    for _ in range(30):  # normal priority: next response within 120 minutes
        clock_advance(timedelta(minutes=5))
        runner.run_due()
    with transaction(world.factory) as s:
        events = {
            (e.kind, e.event) for e in s.scalars(select(SlaEvent).where(SlaEvent.conversation_id == conv))
        }
    assert ("next_response", "breached") in events and ("next_response", "escalated") in events


def test_a_conversation_handed_off_again_goes_back_to_the_agent_who_knows_it(world: World) -> None:
    a = world.agent("a", capacity=10)
    b = world.agent("b", capacity=10)
    conv = world.conversation()
    world.route(conv)
    assert world.assignee(conv) == a
    with transaction(world.factory) as s:
        c = s.get(Conversation, conv)
        assert c is not None
        c.mode = "automated"
        queue.release(s, c)
        c.mode = "human"
    clock_advance(timedelta(minutes=1))
    result = world.route(conv)  # round-robin alone would pick b now
    assert world.assignee(conv) == a and b != a
    assert any(r["label"] == "previous_agent" for r in result.reasons)
