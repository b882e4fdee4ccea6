"""What the customer is told about who is there: the honest wait notice and emergency resources.

Business hours live in `warmline.routing.hours`; who takes the conversation and how long it will take is
`warmline.routing.service.route`. This module only turns those answers into plain words.
"""

from __future__ import annotations

from datetime import datetime

from warmline.customers.models import Customer
from warmline.routing import hours
from warmline.routing.contract import RoutingResult
from warmline.workspaces.models import Workspace

_TZ_COUNTRY = {
    "Europe/London": "GB",
    "Europe/Dublin": "IE",
    "Europe/Berlin": "DE",
    "Europe/Paris": "FR",
    "Europe/Madrid": "ES",
    "Australia/Sydney": "AU",
    "America/Toronto": "CA",
}


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


def _when(workspace: Workspace, at: datetime, opening: datetime) -> str:
    tz = hours.zone(workspace)
    local_open, local_now = opening.astimezone(tz), at.astimezone(tz)
    clock = local_open.strftime("%H:%M")
    days = (local_open.date() - local_now.date()).days
    if days == 0:
        return f"{clock} today"
    if days == 1:
        return f"{clock} tomorrow"
    return f"{clock} on {local_open.strftime('%A')}"


def offline_until(workspace: Workspace, at: datetime, opening: datetime | None = None) -> str:
    """The words "Our team is offline until 08:00 tomorrow" (no "until" when no opening is known)."""
    opening = opening or hours.next_opening(workspace, at)
    return "Our team is offline" + (f" until {_when(workspace, at, opening)}" if opening else "")


def wait_notice(workspace: Workspace, routing: RoutingResult, at: datetime, *, has_email: bool) -> str:
    """What happens next, in plain, honest words. Never pretends a person is there when nobody is, and
    never says the team is offline when a person has just taken the conversation (even after hours)."""
    follow_up = "by email" if has_email else "here"
    person_took_it = bool(routing.assignee_name) and (
        routing.within_business_hours or routing.expected_wait_minutes is not None
    )
    if person_took_it:
        if routing.expected_wait_minutes:
            minutes = routing.expected_wait_minutes
            plural = "s" if minutes != 1 else ""
            return f"{routing.assignee_name} will be with you in about {minutes} minute{plural}."
        return f"{routing.assignee_name} has your conversation and will reply here as soon as they can."
    if not routing.within_business_hours:
        return (
            f"{offline_until(workspace, at, routing.next_opening)}. Your conversation is first in line and "
            f"we'll reply {follow_up} first thing — you don't need to wait here. "
            "If you'd rather we call you back, leave a number."
        )
    if routing.agents_online == 0 or routing.expected_wait_minutes is None:
        return (
            "Nobody from our team is free at this moment. Your conversation is at the top of the queue and "
            f"we'll reply {follow_up} as soon as someone is — you don't need to wait here. "
            "If you'd rather we call you back, leave a number."
        )
    minutes = routing.expected_wait_minutes
    return (
        f"A person from our team will be with you in about {minutes} minute{'s' if minutes != 1 else ''}; "
        "the reply will come right here."
    )
