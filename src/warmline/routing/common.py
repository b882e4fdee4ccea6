"""What both halves of routing share: the workspace's routing settings, the agents of a team with their
load, a conversation's routing state, and the shape of a routing reason.

`assignment` decides who gets a conversation; `queue` handles what people change afterwards.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from warmline.conversations.models import Conversation
from warmline.kit.clock import now
from warmline.routing.models import AgentRouting, RoutingState
from warmline.workspaces.models import User, Workspace

PRESENCES = ("online", "away", "offline")
OPEN_STATUSES = ("open", "pending")
DEFAULT_STICKY_WAIT_MINUTES = 10
#: how long one conversation takes an agent on average, for the expected-wait estimate
DEFAULT_MINUTES_PER_CONVERSATION = 4
STICKY_JOB = "routing.sticky_fallback"


def _routing_settings(workspace: Workspace) -> dict[str, Any]:
    raw = (workspace.settings or {}).get("routing")
    return raw if isinstance(raw, dict) else {}


def sticky_wait(workspace: Workspace) -> timedelta:
    minutes = _routing_settings(workspace).get("sticky_wait_minutes", DEFAULT_STICKY_WAIT_MINUTES)
    return timedelta(minutes=max(0, int(minutes)))


def minutes_per_conversation(workspace: Workspace) -> int:
    return max(
        1, int(_routing_settings(workspace).get("minutes_per_conversation", DEFAULT_MINUTES_PER_CONVERSATION))
    )


def _reason(label: str, detail: str, score: float = 1.0) -> dict[str, Any]:
    return {"detector": "routing", "label": label, "score": score, "detail": detail}


# --- agents -------------------------------------------------------------------------------------------


def load(session: Session, user_id: int) -> int:
    """Open conversations with people that this agent owns."""
    return int(
        session.scalar(
            select(func.count(Conversation.id)).where(
                Conversation.assignee_id == user_id,
                Conversation.status.in_(OPEN_STATUSES),
                Conversation.mode == "human",
            )
        )
        or 0
    )


@dataclass
class Candidate:
    user: User
    load: int
    last_assigned_at: datetime | None

    @property
    def has_room(self) -> bool:
        return self.load < self.user.capacity

    def describe(self) -> dict[str, Any]:
        return {
            "user_id": self.user.id,
            "name": self.user.name,
            "presence": self.user.presence,
            "load": self.load,
            "capacity": self.user.capacity,
            "skills": list(self.user.skills or []),
            "languages": list(self.user.languages or []),
        }


def team_agents(session: Session, workspace_id: int, team_id: int | None) -> list[Candidate]:
    stmt = select(User).where(User.workspace_id == workspace_id, User.is_active.is_(True))
    if team_id is not None:
        stmt = stmt.where(User.team_id == team_id)
    users = list(session.scalars(stmt.order_by(User.id)))
    last = {
        row.user_id: row.last_assigned_at
        for row in session.scalars(
            select(AgentRouting).where(AgentRouting.user_id.in_([u.id for u in users] or [0]))
        )
    }
    return [Candidate(user=u, load=load(session, u.id), last_assigned_at=last.get(u.id)) for u in users]


# --- state -------------------------------------------------------------------------------------------


def state_for(session: Session, conversation: Conversation) -> RoutingState:
    state = session.get(RoutingState, conversation.id)
    if state is None:
        state = RoutingState(
            conversation_id=conversation.id,
            workspace_id=conversation.workspace_id,
            team_id=conversation.team_id,
            queued_at=now(),
            state="queued",
        )
        session.add(state)
        session.flush()
    return state
