"""Routing as people change it: presence, release, callbacks and transfers; the sticky owner's fallback job;
time to a human; and the supervisor's view of the queues.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from warmline import realtime
from warmline.auth.principal import Principal
from warmline.conversations import service as conversations
from warmline.conversations.models import Conversation, Message
from warmline.kit.clock import now
from warmline.kit.errors import Invalid, NotFound
from warmline.routing import sla
from warmline.routing.assignment import _assign, _place, _record, drain
from warmline.routing.common import OPEN_STATUSES, PRESENCES, _reason, state_for, sticky_wait, team_agents
from warmline.routing.models import RoutingState
from warmline.workspaces.models import Team, User, Workspace


def set_presence(session: Session, workspace_id: int, user_id: int, presence: str) -> User:
    if presence not in PRESENCES:
        raise Invalid(f"presence must be one of {', '.join(PRESENCES)}")
    user = session.get(User, user_id)
    if user is None or user.workspace_id != workspace_id:
        raise NotFound(f"user {user_id} not found")
    user.presence = presence
    realtime.publish(
        session,
        realtime.workspace_channel(workspace_id),
        {"type": "agent.presence", "user_id": user.id, "presence": presence},
    )
    if presence == "online":
        drain(session, workspace_id, user.team_id)
    return user


def release(session: Session, conversation: Conversation) -> None:
    """The conversation left people (resolved, closed, handed back): free the slot for the next in line."""
    state = session.get(RoutingState, conversation.id)
    if state is not None:
        state.state = "done"
        state.updated_at = now()
    drain(session, conversation.workspace_id)


def request_callback(session: Session, conversation: Conversation, contact: str) -> RoutingState:
    contact = contact.strip()
    if not contact or len(contact) > 320:
        raise Invalid("leave a phone number or e-mail address (up to 320 characters)")
    state = state_for(session, conversation)
    state.callback_requested = True
    state.callback_contact = contact
    session.add(
        Message(
            workspace_id=conversation.workspace_id,
            conversation_id=conversation.id,
            author="system",
            text=f"The customer asked for a callback: {contact}",
            private=True,
            meta={"kind": "callback"},
        )
    )
    session.flush()
    conversations.publish_conversation(session, conversation)
    return state


def transfer(
    session: Session,
    principal: Principal,
    workspace_id: int,
    conversation_id: int,
    *,
    to_user_id: int | None = None,
    to_team_id: int | None = None,
    note: str = "",
) -> Conversation:
    """Move a conversation to another agent or team, with a private note saying why."""
    conversation = conversations.get(session, workspace_id, conversation_id)
    if (to_user_id is None) == (to_team_id is None):
        raise Invalid("transfer to exactly one agent or one team")
    note = note.strip()
    if len(note) > 2000:
        raise Invalid("the transfer note is limited to 2000 characters")
    state = state_for(session, conversation)
    previous = conversation.assignee_id
    actor = session.get(User, principal.user_id) if principal.user_id else None
    by = actor.name if actor else "an API client"
    reasons: list[dict[str, Any]] = []
    if to_user_id is not None:
        user = session.get(User, to_user_id)
        if user is None or user.workspace_id != workspace_id or not user.is_active:
            raise NotFound(f"user {to_user_id} not found")
        team = session.get(Team, user.team_id) if user.team_id else None
        conversation.team_id = user.team_id
        state.team_id = user.team_id
        _assign(session, conversation, state, user)
        target = user.name
        reasons.append(
            _reason("transfer", f"{by} transferred it to {user.name}" + (f": {note}" if note else ""))
        )
        _record(
            session,
            conversation,
            "transfer",
            "manual_transfer",
            team,
            reasons,
            {"from_user_id": previous, "to_user_id": user.id, "note": note},
        )
    else:
        team = session.get(Team, to_team_id)
        if team is None or team.workspace_id != workspace_id:
            raise NotFound(f"team {to_team_id} not found")
        conversation.team_id = team.id
        state.team_id = team.id
        state.queued_at = now()
        if previous is not None:
            state.excluded_user_ids = sorted({*(state.excluded_user_ids or []), previous})
        conversation.assignee_id = None
        state.state = "queued"
        target = team.name
        reasons.append(
            _reason("transfer", f"{by} transferred it to {team.name}" + (f": {note}" if note else ""))
        )
        _place(
            session,
            conversation,
            state,
            team,
            None,
            reasons,
            allow_sticky=False,
            action_if_assigned="transfer",
        )
    if conversation.mode != "human":
        conversation.mode = "human"
        conversation.handed_off_at = conversation.handed_off_at or now()
    session.add(
        Message(
            workspace_id=workspace_id,
            conversation_id=conversation.id,
            author="system",
            author_user_id=principal.user_id,
            private=True,
            meta={"kind": "transfer"},
            text=f"Transferred to {target} by {by}." + (f" Note: {note}" if note else ""),
        )
    )
    session.flush()
    sla.refresh(session, conversation)
    conversations.publish_conversation(session, conversation)
    return conversation


def sticky_fallback_job(session: Session, payload: dict[str, Any]) -> None:
    conversation = session.get(Conversation, int(payload["conversation_id"]))
    owner_id = int(payload["owner_id"])
    if (
        conversation is None
        or conversation.first_human_reply_at is not None
        or conversation.mode != "human"
        or conversation.status not in OPEN_STATUSES
        or conversation.assignee_id != owner_id
    ):
        return
    workspace = session.get(Workspace, conversation.workspace_id)
    owner = session.get(User, owner_id)
    assert workspace is not None
    state = state_for(session, conversation)
    state.excluded_user_ids = sorted({*(state.excluded_user_ids or []), owner_id})
    conversation.assignee_id = None
    state.state = "queued"
    minutes = int(sticky_wait(workspace).total_seconds() // 60)
    reasons = [
        _reason(
            "sticky_fallback",
            f"{owner.name if owner else 'The owner'} had not answered after "
            f"{minutes} minutes; handing it to the team",
        )
    ]
    team = session.get(Team, state.team_id) if state.team_id else None
    _place(
        session, conversation, state, team, None, reasons, allow_sticky=False, action_if_assigned="fallback"
    )
    sla.refresh(session, conversation)
    conversations.publish_conversation(session, conversation)


def time_to_human_seconds(conversation: Conversation) -> int | None:
    if conversation.handed_off_at is None or conversation.first_human_reply_at is None:
        return None
    return max(0, int((conversation.first_human_reply_at - conversation.handed_off_at).total_seconds()))


def queue_overview(session: Session, workspace_id: int) -> list[dict[str, Any]]:
    """Per team: who is online, how many wait, the longest wait, how many clocks are in trouble."""
    workspace = session.get(Workspace, workspace_id)
    assert workspace is not None
    teams = list(session.scalars(select(Team).where(Team.workspace_id == workspace_id).order_by(Team.id)))
    moment = now()
    open_convs = list(
        session.scalars(
            select(Conversation).where(
                Conversation.workspace_id == workspace_id,
                Conversation.mode == "human",
                Conversation.status.in_(OPEN_STATUSES),
            )
        )
    )
    states = {
        s.conversation_id: s
        for s in session.scalars(
            select(RoutingState).where(
                RoutingState.workspace_id == workspace_id,
                RoutingState.conversation_id.in_([c.id for c in open_convs] or [0]),
            )
        )
    }
    overview = []
    for team in [*teams, None]:
        team_id = team.id if team else None
        convs = [c for c in open_convs if c.team_id == team_id]
        if team is None and not convs:
            continue
        waiting = [c for c in convs if c.assignee_id is None]
        waits = [
            (
                moment - (states[c.id].queued_at if c.id in states else c.handed_off_at or c.created_at)
            ).total_seconds()
            for c in waiting
        ]
        clocks = [sla.current_clock(session, workspace, c, moment) for c in convs]
        agents = team_agents(session, workspace_id, team_id) if team else []
        overview.append(
            {
                "team": team,
                "waiting": len(waiting),
                "longest_wait_seconds": int(max(waits)) if waits else 0,
                "open": len(convs),
                "warning": sum(1 for k in clocks if k and k.state == "warning"),
                "breached": sum(1 for k in clocks if k and k.state == "breached"),
                "agents": agents,
                "online": sum(1 for a in agents if a.user.presence == "online"),
            }
        )
    return overview
