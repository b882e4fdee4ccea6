"""Who is there and when: business hours, the expected wait, emergency resources.

Routing (`warmline.routing.service.route`) is the real answer when it is installed; the small functions here
are the stand-in it replaces, computed from the workspace settings, so that the customer is always told the
truth even without it.
"""

from __future__ import annotations

import logging
import math
from datetime import UTC, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from warmline.conversations.models import Conversation
from warmline.customers.models import Customer
from warmline.kit.clock import now
from warmline.policy.schemas import PolicyDecision
from warmline.routing.contract import RoutingResult
from warmline.workspaces.models import Team, User, Workspace

log = logging.getLogger(__name__)
MINUTES_PER_CONVERSATION = 4
_TZ_COUNTRY = {
    "Europe/London": "GB",
    "Europe/Dublin": "IE",
    "Europe/Berlin": "DE",
    "Europe/Paris": "FR",
    "Europe/Madrid": "ES",
    "Australia/Sydney": "AU",
    "America/Toronto": "CA",
}


def _zone(workspace: Workspace) -> ZoneInfo:
    try:
        return ZoneInfo(workspace.timezone or "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def _hours(workspace: Workspace) -> tuple[set[int], time, time] | None:
    raw: Any = (workspace.settings or {}).get("business_hours")
    if not isinstance(raw, dict):
        return None
    try:
        days = {int(d) for d in raw.get("days", range(7))}
        start = time.fromisoformat(str(raw.get("start", "00:00")))
        end = time.fromisoformat(str(raw.get("end", "23:59")))
    except (TypeError, ValueError):
        return None
    return days, start, end


def is_open(workspace: Workspace, at: datetime) -> bool:
    """Within business hours (a workspace without business hours is always open)."""
    try:
        from warmline.routing import hours as routing_hours
    except ImportError:
        routing_hours = None  # type: ignore[assignment]
    if routing_hours is not None:
        return bool(routing_hours.is_open(workspace, at))
    hours = _hours(workspace)
    if hours is None:
        return True
    days, start, end = hours
    local = at.astimezone(_zone(workspace))
    return local.weekday() in days and start <= local.time().replace(tzinfo=None) < end


def next_opening(workspace: Workspace, at: datetime) -> datetime | None:
    hours = _hours(workspace)
    if hours is None or is_open(workspace, at):
        return None
    days, start, _ = hours
    zone = _zone(workspace)
    local = at.astimezone(zone)
    for offset in range(8):
        day = (local + timedelta(days=offset)).date()
        if day.weekday() in days:
            opening = datetime.combine(day, start, tzinfo=zone)
            if opening > local:
                return opening.astimezone(UTC)
    return None


def emergency_resources(workspace: Workspace, customer: Customer | None) -> str | None:
    """The workspace's emergency resources for the customer's country (attribute `country`), else the
    workspace's country, else its `default` entry."""
    table = (workspace.settings or {}).get("emergency_resources")
    if not isinstance(table, dict) or not table:
        return None
    attrs = (customer.attributes or {}) if customer else {}
    candidates = [
        attrs.get("country"),
        (workspace.settings or {}).get("country"),
        _TZ_COUNTRY.get(workspace.timezone or ""),
        "US" if (workspace.timezone or "").startswith("America/") else None,
        "default",
    ]
    for key in candidates:
        if isinstance(key, str) and isinstance(table.get(key.upper() if key != "default" else key), str):
            return str(table[key.upper() if key != "default" else key])
    first = next((v for v in table.values() if isinstance(v, str)), None)
    return first


def fallback_route(session: Session, conversation: Conversation, decided: PolicyDecision) -> RoutingResult:
    """The stand-in for routing: the team the policy named, the customer's own person for white-glove
    customers, and an honest wait from who is online and how many conversations are waiting."""
    workspace = session.get(Workspace, conversation.workspace_id)
    assert workspace is not None
    at = now()
    team = None
    if decided.team:
        team = session.scalar(
            select(Team).where(Team.workspace_id == workspace.id, Team.slug == decided.team)
        )
    if team is not None:
        conversation.team_id = team.id
    customer = session.get(Customer, conversation.customer_id)
    open_now = is_open(workspace, at)
    result = RoutingResult(
        team_id=conversation.team_id, within_business_hours=open_now, next_opening=next_opening(workspace, at)
    )
    owner = session.get(User, customer.owner_id) if customer and customer.owner_id else None
    if (
        owner is not None
        and owner.is_active
        and owner.workspace_id == workspace.id
        and decided.stance == "white_glove"
    ):
        conversation.assignee_id = owner.id
        result.assignee_id, result.assignee_name = owner.id, owner.name.split(" ")[0]
    online_q = select(func.count(User.id)).where(
        User.workspace_id == workspace.id, User.is_active.is_(True), User.presence == "online"
    )
    if team is not None:
        online_q = online_q.where(User.team_id == team.id)
    result.agents_online = int(session.scalar(online_q) or 0)
    if not open_now or result.agents_online == 0:
        result.expected_wait_minutes = None
    else:
        waiting = (
            session.scalar(
                select(func.count(Conversation.id)).where(
                    Conversation.workspace_id == workspace.id,
                    Conversation.mode == "human",
                    Conversation.status == "open",
                    Conversation.assignee_id.is_(None),
                    Conversation.id != conversation.id,
                )
            )
            or 0
        )
        result.expected_wait_minutes = max(
            1, math.ceil(MINUTES_PER_CONVERSATION * (waiting + 1) / result.agents_online)
        )
    result.reasons = [
        {
            "detector": "handoff",
            "label": "fallback_routing",
            "score": 1.0,
            "detail": "routing is not installed; wait estimated from agents online and the queue",
        }
    ]
    return result


def route(session: Session, conversation: Conversation, decided: PolicyDecision) -> RoutingResult:
    """Ask routing for a person and an honest wait; fall back to `fallback_route` while it is missing."""
    try:
        from warmline.routing.service import route as routing_route
    except ImportError:
        return fallback_route(session, conversation, decided)
    return routing_route(session, conversation, decided)


def _when(workspace: Workspace, at: datetime, opening: datetime) -> str:
    zone = _zone(workspace)
    local_open, local_now = opening.astimezone(zone), at.astimezone(zone)
    clock = local_open.strftime("%H:%M")
    days = (local_open.date() - local_now.date()).days
    if days == 0:
        return f"{clock} today"
    if days == 1:
        return f"{clock} tomorrow"
    return f"{clock} on {local_open.strftime('%A')}"


def wait_notice(workspace: Workspace, routing: RoutingResult, at: datetime, *, has_email: bool) -> str:
    """What happens next, in plain, honest words. Never pretends a person is there when nobody is."""
    follow_up = "by email" if has_email else "here"
    if not routing.within_business_hours:
        opening = routing.next_opening or next_opening(workspace, at)
        when = f" until {_when(workspace, at, opening)}" if opening else ""
        return (
            f"Our team is offline{when}. Your conversation is first in line and we'll reply {follow_up} "
            "first "
            "thing — you don't need to wait here. If you'd rather we call you back, leave a number."
        )
    if routing.assignee_name:
        if routing.expected_wait_minutes:
            minutes = routing.expected_wait_minutes
            plural = "s" if minutes != 1 else ""
            return f"{routing.assignee_name} will be with you in about {minutes} minute{plural}."
        return f"{routing.assignee_name} has your conversation and will reply here as soon as they can."
    if routing.agents_online == 0 or routing.expected_wait_minutes is None:
        return (
            "Nobody from our team is free at this moment. Your conversation is at the top of the queue and "
            f"we'll reply {follow_up} as soon as someone is — you don't need to wait here. "
            "If you'd rather we "
            "call you back, leave a number."
        )
    minutes = routing.expected_wait_minutes
    return (
        f"A person from our team will be with you in about {minutes} minute{'s' if minutes != 1 else ''}; "
        "the reply will come right here."
    )
