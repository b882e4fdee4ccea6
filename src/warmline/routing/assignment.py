"""Routing: which person gets a conversation handed to people, and what the customer is told.

`route()` is what the pipeline calls on a hand-off. The choice, in order:
1. the customer's own success manager or onboarding buddy (customer.owner_id) when they are at work and have
   room; a job hands the conversation to the team if they have not answered after `sticky_wait_minutes`;
2. otherwise an online agent of the team with room (open conversations < capacity), preferring the skill
   asked for, then the customer's language; among equals the least loaded, then whoever waited longest
   since their last assignment (round-robin);
3. nobody can take it: it waits in the team's queue (priority first, then waiting time) and is assigned as
   soon as someone comes online or frees a slot (`drain()`).
Every choice is stored as a Decision (kind="route") with its reasons.
"""

from __future__ import annotations

import math
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from warmline import jobs, realtime
from warmline.conversations import service as conversations
from warmline.conversations.models import Conversation, Decision
from warmline.customers.models import Customer
from warmline.kit.clock import now
from warmline.policy.engine import PRIORITY_RANK
from warmline.policy.schemas import PolicyDecision
from warmline.routing import hours, sla
from warmline.routing.common import (
    OPEN_STATUSES,
    STICKY_JOB,
    Candidate,
    _reason,
    load,
    minutes_per_conversation,
    state_for,
    sticky_wait,
    team_agents,
)
from warmline.routing.contract import RoutingResult
from warmline.routing.models import AgentRouting, RoutingState
from warmline.workspaces.models import Team, User, Workspace


def _pick(
    candidates: list[Candidate], skill: str | None, language: str | None, reasons: list[dict[str, Any]]
) -> Candidate | None:
    pool = [c for c in candidates if c.user.presence == "online" and c.has_room]
    if not pool:
        return None
    if skill:
        skilled = [c for c in pool if skill in (c.user.skills or [])]
        if skilled:
            pool = skilled
            reasons.append(
                _reason("skill_match", f"{len(skilled)} available agent(s) have the skill '{skill}'")
            )
        else:
            reasons.append(
                _reason(
                    "skill_unavailable",
                    f"nobody available has the skill '{skill}'; choosing among the rest",
                    0.5,
                )
            )
    if language:
        speakers = [c for c in pool if language in (c.user.languages or [])]
        if speakers:
            pool = speakers
            reasons.append(_reason("language_match", f"{len(speakers)} of them speak '{language}'"))
        else:
            reasons.append(
                _reason(
                    "language_unavailable",
                    f"nobody available speaks '{language}'; choosing among the rest",
                    0.5,
                )
            )
    epoch = datetime.min.replace(tzinfo=now().tzinfo)
    pool.sort(key=lambda c: (c.load / max(1, c.user.capacity), c.last_assigned_at or epoch, c.user.id))
    chosen = pool[0]
    equals = [
        c for c in pool if c.load / max(1, c.user.capacity) == chosen.load / max(1, chosen.user.capacity)
    ]
    detail = f"{chosen.user.name} has {chosen.load} of {chosen.user.capacity} conversations open"
    if len(equals) > 1:
        detail += (
            f"; {len(equals)} agents were equally free, and {chosen.user.name} waited longest for a turn"
        )
    reasons.append(_reason("least_loaded", detail))
    return chosen


def _resolve_team(
    session: Session,
    workspace_id: int,
    slug: str | None,
    conversation: Conversation,
    reasons: list[dict[str, Any]],
) -> Team | None:
    if slug:
        team = session.scalar(select(Team).where(Team.workspace_id == workspace_id, Team.slug == slug))
        if team is not None:
            reasons.append(_reason("team", f"the policy asked for the {team.name} team"))
            return team
        reasons.append(_reason("team_unknown", f"no team '{slug}' in this workspace", 0.5))
    if conversation.team_id is not None:
        team = session.get(Team, conversation.team_id)
        if team is not None and team.workspace_id == workspace_id:
            reasons.append(_reason("team", f"the conversation already belongs to {team.name}"))
            return team
    team = session.scalar(
        select(Team).where(Team.workspace_id == workspace_id, Team.slug == "support")
    ) or session.scalar(select(Team).where(Team.workspace_id == workspace_id).order_by(Team.id))
    if team is not None:
        reasons.append(_reason("team_default", f"no team asked for; {team.name} takes it", 0.5))
    return team


def _assign(session: Session, conversation: Conversation, state: RoutingState, user: User) -> None:
    conversation.assignee_id = user.id
    conversation.updated_at = now()
    state.state = "assigned"
    state.updated_at = now()
    row = session.get(AgentRouting, user.id)
    if row is None:
        row = AgentRouting(user_id=user.id, workspace_id=user.workspace_id)
        session.add(row)
    row.last_assigned_at = now()
    event = {
        "type": "routing.assigned",
        "conversation_id": conversation.id,
        "assignee_id": user.id,
        "assignee_name": user.name.split(" ")[0],
        "team_id": conversation.team_id,
    }
    realtime.publish(session, realtime.workspace_channel(conversation.workspace_id), event)
    realtime.publish(session, realtime.conversation_channel(conversation.id), event)


def _record(
    session: Session,
    conversation: Conversation,
    action: str,
    rule: str,
    team: Team | None,
    reasons: list[dict[str, Any]],
    inputs: dict[str, Any],
) -> Decision:
    decision = Decision(
        workspace_id=conversation.workspace_id,
        conversation_id=conversation.id,
        kind="route",
        action=action,
        priority=conversation.priority,
        team=team.slug if team else None,
        rule=rule,
        reasons=reasons,
        inputs=inputs,
    )
    session.add(decision)
    session.flush()
    return decision


def _queue_position(session: Session, conversation: Conversation, state: RoutingState) -> int:
    """How many queued conversations of the same team come before this one."""
    ahead = 0
    rank = PRIORITY_RANK.get(conversation.priority, 1)
    rows = session.execute(
        select(RoutingState.conversation_id, RoutingState.queued_at, Conversation.priority)
        .join(Conversation, Conversation.id == RoutingState.conversation_id)
        .where(
            RoutingState.workspace_id == conversation.workspace_id,
            RoutingState.state == "queued",
            RoutingState.team_id == state.team_id,
            RoutingState.conversation_id != conversation.id,
        )
    ).all()
    for _, queued_at, priority in rows:
        other = PRIORITY_RANK.get(priority, 1)
        if other > rank or (other == rank and queued_at <= state.queued_at):
            ahead += 1
    return ahead


def estimate(session: Session, conversation: Conversation) -> RoutingResult:
    """An honest picture for the customer: who has it, how long, whether anyone is at work."""
    workspace = session.get(Workspace, conversation.workspace_id)
    assert workspace is not None
    state = session.get(RoutingState, conversation.id)
    team_id = state.team_id if state else conversation.team_id
    agents = team_agents(session, conversation.workspace_id, team_id)
    online = [c for c in agents if c.user.presence == "online"]
    moment = now()
    open_now = hours.is_open(workspace, moment)
    result = RoutingResult(
        team_id=team_id,
        agents_online=len(online),
        within_business_hours=open_now,
        next_opening=hours.next_opening(workspace, moment),
    )
    per = minutes_per_conversation(workspace)
    if conversation.assignee_id is not None:
        assignee = session.get(User, conversation.assignee_id)
        if assignee is not None:
            result.assignee_id = assignee.id
            result.assignee_name = assignee.name.split(" ")[0]
            if conversation.first_human_reply_at is None and assignee.presence != "offline":
                busy = max(0, load(session, assignee.id) - 1)
                result.expected_wait_minutes = max(1, math.ceil(per * (busy + 1) / 2))
            elif conversation.first_human_reply_at is not None:
                result.expected_wait_minutes = 0
        return result
    if not online or not open_now:
        result.expected_wait_minutes = None
        return result
    position = _queue_position(session, conversation, state) if state else 0
    result.expected_wait_minutes = max(1, math.ceil(per * (position + 1) / len(online)))
    return result


def route(session: Session, conversation: Conversation, decision: PolicyDecision) -> RoutingResult:
    """Find the right person for a conversation that was just handed to people."""
    state = state_for(session, conversation)
    if state.state == "assigned" and conversation.assignee_id is not None:
        assignee = session.get(User, conversation.assignee_id)
        if assignee is not None and assignee.is_active:
            # Already with a person: nothing to decide again; keep the clocks honest.
            sla.refresh(session, conversation)
            return _result(session, conversation, [_reason("already_assigned", f"{assignee.name} has it")])
    previous: int | None = None
    if state.state == "done":
        state.queued_at = now()
        state.excluded_user_ids = []
        previous = conversation.assignee_id  # the person who helped last time knows the story
    reasons: list[dict[str, Any]] = []
    team = _resolve_team(session, conversation.workspace_id, decision.team, conversation, reasons)
    state.team_id = team.id if team else None
    conversation.team_id = state.team_id
    state.skill = decision.skill or state.skill
    customer = session.get(Customer, conversation.customer_id)
    language = (customer.language if customer else None) or (
        decision.triage.language if decision.triage else None
    )
    state.language = language
    state.state = "queued"
    outcome = _place(
        session, conversation, state, team, customer, reasons, allow_sticky=True, previous=previous
    )
    sla.refresh(session, conversation)
    conversations.publish_conversation(session, conversation)
    return outcome


def _place(
    session: Session,
    conversation: Conversation,
    state: RoutingState,
    team: Team | None,
    customer: Customer | None,
    reasons: list[dict[str, Any]],
    *,
    allow_sticky: bool,
    action_if_assigned: str = "assign",
    quiet_if_queued: bool = False,
    previous: int | None = None,
) -> RoutingResult:
    workspace = session.get(Workspace, conversation.workspace_id)
    assert workspace is not None
    excluded = set(state.excluded_user_ids or [])
    inputs: dict[str, Any] = {
        "team": team.slug if team else None,
        "skill": state.skill,
        "language": state.language,
        "priority": conversation.priority,
    }
    owner = session.get(User, customer.owner_id) if allow_sticky and customer and customer.owner_id else None
    if (
        owner is not None
        and owner.is_active
        and owner.workspace_id == conversation.workspace_id
        and owner.id not in excluded
    ):
        owner_load = load(session, owner.id)
        if owner.presence != "offline" and owner_load < owner.capacity:
            wait = sticky_wait(workspace)
            state.sticky_owner_id = owner.id
            _assign(session, conversation, state, owner)
            reasons.append(
                _reason(
                    "sticky_owner",
                    f"{owner.name} looks after this customer; they get it first. "
                    f"If they have not answered within {int(wait.total_seconds() // 60)} "
                    "minutes it goes to the team.",
                )
            )
            jobs.enqueue(
                session,
                STICKY_JOB,
                {"conversation_id": conversation.id, "owner_id": owner.id},
                run_at=now() + wait,
                workspace_id=conversation.workspace_id,
                dedupe_key=f"sticky:{conversation.id}:{owner.id}:{now().isoformat()}",
            )
            inputs["owner"] = {"user_id": owner.id, "presence": owner.presence, "load": owner_load}
            _record(session, conversation, action_if_assigned, "sticky_owner", team, reasons, inputs)
            return _result(session, conversation, reasons)
        why = "offline" if owner.presence == "offline" else f"at capacity ({owner_load}/{owner.capacity})"
        reasons.append(
            _reason(
                "sticky_owner_unavailable",
                f"{owner.name} looks after this customer but is {why}; routing to the team",
                0.5,
            )
        )
    before = session.get(User, previous) if previous and previous not in excluded else None
    if before is not None and before.is_active and before.workspace_id == conversation.workspace_id:
        before_load = load(session, before.id)
        if before.presence == "online" and before_load < before.capacity:
            _assign(session, conversation, state, before)
            reasons.append(
                _reason(
                    "previous_agent", f"{before.name} helped with this conversation before and is free again"
                )
            )
            inputs["previous"] = {"user_id": before.id, "load": before_load}
            _record(session, conversation, action_if_assigned, "previous_agent", team, reasons, inputs)
            return _result(session, conversation, reasons)
    candidates = [
        c for c in team_agents(session, conversation.workspace_id, state.team_id) if c.user.id not in excluded
    ]
    inputs["candidates"] = [c.describe() for c in candidates]
    chosen = _pick(candidates, state.skill, state.language, reasons)
    if chosen is not None:
        _assign(session, conversation, state, chosen.user)
        _record(session, conversation, action_if_assigned, "best_available", team, reasons, inputs)
        return _result(session, conversation, reasons)
    online = [c for c in candidates if c.user.presence == "online"]
    if online:
        reasons.append(
            _reason(
                "all_at_capacity",
                f"all {len(online)} online agent(s) of the team are at capacity; "
                "waiting in the queue by priority and waiting time",
            )
        )
        rule = "queued_at_capacity"
    else:
        reasons.append(
            _reason(
                "no_agent_online",
                "nobody in the team is online; the customer is told honestly, "
                "offered a callback, and the conversation waits at the top of the queue",
            )
        )
        rule = "no_agent_online"
    conversation.assignee_id = None
    state.state = "queued"
    if not quiet_if_queued:
        _record(session, conversation, "queue", rule, team, reasons, inputs)
    return _result(session, conversation, reasons)


def _result(session: Session, conversation: Conversation, reasons: list[dict[str, Any]]) -> RoutingResult:
    result = estimate(session, conversation)
    result.reasons = list(reasons)
    return result


def drain(session: Session, workspace_id: int, team_id: int | None = None, limit: int = 50) -> int:
    """Give waiting conversations to agents who can take them, top of the queue first. Returns how many."""
    stmt = (
        select(RoutingState, Conversation)
        .join(Conversation, Conversation.id == RoutingState.conversation_id)
        .where(
            RoutingState.workspace_id == workspace_id,
            RoutingState.state == "queued",
            Conversation.status.in_(OPEN_STATUSES),
            Conversation.mode == "human",
        )
    )
    if team_id is not None:
        stmt = stmt.where(RoutingState.team_id == team_id)
    rows = list(session.execute(stmt).all())
    rows.sort(key=lambda r: (-PRIORITY_RANK.get(r[1].priority, 1), r[0].queued_at, r[1].id))
    assigned = 0
    blocked_teams: set[int | None] = set()
    for state, conversation in rows[:limit]:
        if state.team_id in blocked_teams:
            continue
        team = session.get(Team, state.team_id) if state.team_id else None
        customer = session.get(Customer, conversation.customer_id)
        reasons = [_reason("queue", "an agent became free; this was the top of the queue")]
        _place(session, conversation, state, team, customer, reasons, allow_sticky=True, quiet_if_queued=True)
        if conversation.assignee_id is None:
            blocked_teams.add(state.team_id)
        else:
            assigned += 1
            conversations.publish_conversation(session, conversation)
    return assigned
