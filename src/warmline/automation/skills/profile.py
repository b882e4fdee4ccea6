"""Profile updates: delivery day, pausing the subscription, address and e-mail.

Address and e-mail changes are sensitive (they redirect food and account access), so the customer proves
who they are first: a one-time code sent to the e-mail address on file, unless the business's own server
identified them with an HMAC signature (customer attribute `identity_verified`).
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from datetime import timedelta
from typing import Any

from warmline import jobs
from warmline.audit import service as audit
from warmline.automation.common import (
    CONFIRM_REPLIES,
    WEEKDAYS,
    Turn,
    cannot,
    confirmation,
    handled,
    is_no,
    looks_like_new_request,
    mask_email,
    reason,
    skill_reply,
    weekday_in,
    weeks_in,
)
from warmline.automation.contract import AutomationOutcome
from warmline.kit.clock import now
from warmline.workspaces.models import Workspace

NAME = "profile"
SEND_CODE_JOB = "automation.send_verification_code"
CODE_TTL = timedelta(minutes=15)
MAX_CODE_ATTEMPTS = 3
MAX_PAUSE_WEEKS = 8
SENSITIVE = ("address", "email")

_HOWTO = re.compile(
    r"^\s*(how (do|can|would|should) (i|we)|can i|could i|is it possible|what|when|where|why|"
    r"do you|does|is there|which|how much|how long)\b",
    re.I,
)
_CHANGE = r"(change|update|switch|move|correct|fix|edit|set|new)"
_PATTERNS = [
    ("email", re.compile(rf"\b{_CHANGE}\b.{{0,25}}\be-?mail( address)?\b|\bnew e-?mail\b", re.I)),
    (
        "address",
        re.compile(
            rf"\b{_CHANGE}\b.{{0,30}}\b(delivery |home |postal )?address\b|\bi('m| am| have) "
            r"mov(ed|ing)( house| home)?\b|\bnew address\b",
            re.I,
        ),
    ),
    (
        "delivery_day",
        re.compile(
            rf"\b{_CHANGE}\b.{{0,30}}\bdelivery day\b|\bdeliver(ed|ies|y)? on (a )?"
            r"(mon|tue|wed|thu|fri|sat|sun)\w*\b.{0,30}\b(instead|from now|rather)|"
            rf"\b{_CHANGE}\b.{{0,30}}\bdeliver(y|ies)\b.{{0,12}}\bto (mon|tue|wed|thu|fri|sat)",
            re.I,
        ),
    ),
    (
        "pause",
        re.compile(
            r"\b(pause|hold|suspend|freeze)\b.{0,30}\b(subscription|deliveries|boxes|plan|account|"
            r"orders?|it|my|for)\b|\bput (my )?(subscription|deliveries|boxes) on hold\b|"
            r"\btake a break from (my )?(subscription|boxes|deliveries)\b",
            re.I,
        ),
    ),
]
_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
_CODE = re.compile(r"\b(\d{6})\b")
_LABEL = {
    "email": "e-mail address",
    "address": "delivery address",
    "delivery_day": "delivery day",
    "pause": "subscription pause",
}


def detect(turn: Turn) -> str | None:
    if _HOWTO.search(turn.text):
        return None
    for field, pattern in _PATTERNS:
        if pattern.search(turn.text):
            return field
    return None


def _hash(turn: Turn, code: str) -> str:
    """Keyed with the workspace's secret: the digest travels in message meta and must not reveal the code."""
    workspace = turn.session.get(Workspace, turn.conversation.workspace_id)
    key = (workspace.identity_secret if workspace else "") or ""
    if not key:
        raise LookupError("workspace has no identity secret")
    return hmac.new(key.encode(), f"{turn.conversation.id}:{code}".encode(), hashlib.sha256).hexdigest()


def _verified(turn: Turn) -> bool:
    return bool((turn.customer.attributes or {}).get("identity_verified"))


def start(turn: Turn, field: str) -> AutomationOutcome:
    state: dict[str, Any] = {"name": NAME, "field": field}
    value = _value_from(turn.text, field)
    if value is not None:
        state["value"] = value
    if field in SENSITIVE and not _verified(turn):
        return _send_code(turn, state)
    return _ask_or_confirm(turn, state)


def _send_code(turn: Turn, state: dict[str, Any]) -> AutomationOutcome:
    skill = f"{NAME}.{state['field']}"
    email = turn.customer.email
    if not email:
        return cannot(
            "cannot_verify_identity", "no e-mail address on file to send a one-time code to", skill=skill
        )
    code = f"{secrets.randbelow(10**6):06d}"
    expires = now() + CODE_TTL
    try:
        digest = _hash(turn, code)
    except LookupError:
        return cannot(
            "cannot_verify_identity", "the workspace has no identity secret to protect codes", skill=skill
        )
    state = {**state, "step": "verify", "code_hash": digest, "expires": expires.isoformat(), "attempts": 0}
    jobs.enqueue(
        turn.session,
        SEND_CODE_JOB,
        {"to": email, "code": code, "customer_id": turn.customer.id},
        workspace_id=turn.conversation.workspace_id,
    )
    text = (
        f"To keep your account safe, I've sent a 6-digit code to {mask_email(email)}. "
        "Please type it here to continue (it works for 15 minutes)."
    )
    return handled(
        skill_reply(text, skill=skill, state=state, quick_replies=["Talk to a person"]),
        skill=skill,
        confidence=0.9,
        reasons=[reason(f"skill.{skill}", "identity check: one-time code sent")],
    )


def _value_from(text: str, field: str) -> Any:
    if field == "email":
        match = _EMAIL.search(text)
        return match.group(0).lower() if match else None
    if field == "delivery_day":
        return weekday_in(text)
    if field == "pause":
        return weeks_in(text)
    if field == "address":
        match = re.search(r"\b(?:to|is|:)\s+(\d+[^?]{8,})$", text.strip())
        return match.group(1).strip().rstrip(".") if match else None
    return None


def _question(field: str) -> tuple[str, list[str] | None]:
    if field == "email":
        return "What's the new e-mail address?", None
    if field == "address":
        return "What's the new delivery address, including the postcode?", None
    if field == "delivery_day":
        return "Which day would you like your boxes delivered? We deliver Monday to Saturday.", [
            d.title() for d in WEEKDAYS[:6]
        ]
    return f"For how many weeks would you like to pause (1 to {MAX_PAUSE_WEEKS})?", [
        "Pause for 1 week",
        "Pause for 2 weeks",
        "Pause for 4 weeks",
    ]


def _confirmation(turn: Turn, field: str, value: Any) -> str:
    attrs = turn.customer.attributes or {}
    if field == "email":
        return f"Change your e-mail address to {value}?"
    if field == "address":
        return f"Change your delivery address to: {value}? Boxes not yet being packed will go there."
    if field == "delivery_day":
        current = attrs.get("delivery_day")
        return (
            f"Change your delivery day{' from ' + current if current else ''} to {value}, starting with the "
            "next box whose menu is still open?"
        )
    until = (now() + timedelta(weeks=int(value))).date()
    return (
        f"Pause your subscription for {value} week{'s' if int(value) != 1 else ''}? Nothing is delivered or "
        f"charged until it restarts on {until:%A %-d %B}."
    )


def _ask_or_confirm(turn: Turn, state: dict[str, Any]) -> AutomationOutcome:
    field = state["field"]
    skill = f"{NAME}.{field}"
    if state.get("value") is None:
        question, quick = _question(field)
        return handled(
            skill_reply(question, skill=skill, state={**state, "step": "value"}, quick_replies=quick),
            skill=skill,
            confidence=0.9,
            reasons=[reason(f"skill.{skill}", f"asked for the new {field}")],
        )
    text = _confirmation(turn, field, state["value"])
    return handled(
        skill_reply(text, skill=skill, state={**state, "step": "confirm"}, quick_replies=CONFIRM_REPLIES),
        skill=skill,
        confidence=0.9,
        reasons=[reason(f"skill.{skill}", "asked to confirm")],
    )


def resume(turn: Turn, state: dict[str, Any]) -> AutomationOutcome | None:
    field = str(state.get("field"))
    skill = f"{NAME}.{field}"
    step = state.get("step")
    if step == "verify":
        match = _CODE.search(turn.text)
        if match is None:
            if looks_like_new_request(turn.text) or is_no(turn.text):
                return None
            return cannot(
                "code_not_given",
                "expected the 6-digit code",
                skill=skill,
                clarify="Please type the 6-digit code from the e-mail we just sent.",
            )
        from datetime import datetime

        expired = now() > datetime.fromisoformat(state["expires"])
        good = hmac.compare_digest(_hash(turn, match.group(1)), str(state.get("code_hash")))
        if expired or not good:
            attempts = int(state.get("attempts", 0)) + int(turn.last_bot_meta.get("_clarifies", 0)) + 1
            if expired or attempts >= MAX_CODE_ATTEMPTS:
                return cannot(
                    "identity_not_verified",
                    "the one-time code expired" if expired else "3 wrong codes",
                    skill=skill,
                )
            return cannot(
                "identity_code_wrong",
                f"wrong code, attempt {attempts}",
                skill=skill,
                clarify="That code doesn't match. Please check the e-mail and type the 6-digit code "
                f"again ({MAX_CODE_ATTEMPTS - attempts} tries left).",
            )
        rest = {k: v for k, v in state.items() if k not in ("code_hash", "expires", "attempts")}
        outcome = _ask_or_confirm(turn, {**rest, "verified": True})
        outcome.replies[0].text = "Thanks, that's confirmed. " + outcome.replies[0].text
        return outcome
    if step == "value":
        value = _value_from(turn.text, field)
        if (
            value is None
            and field == "address"
            and len(turn.text.strip()) >= 10
            and re.search(r"\d", turn.text)
        ):
            value = turn.text.strip().rstrip(".")
        if field == "pause" and value is not None and not 1 <= int(value) <= MAX_PAUSE_WEEKS:
            return cannot(
                "pause_out_of_range",
                f"asked for {value} weeks",
                skill=skill,
                clarify=f"You can pause for 1 to {MAX_PAUSE_WEEKS} weeks. How many weeks would you like?",
            )
        if value is None:
            if looks_like_new_request(turn.text) or is_no(turn.text):
                return None
            question, _ = _question(field)
            return cannot(
                "value_not_understood",
                f"could not read a {field} from the answer",
                skill=skill,
                clarify=question,
            )
        return _ask_or_confirm(turn, {**state, "value": value})
    if step == "confirm":
        confirmed, answer = confirmation(turn, skill=skill, declined="OK, I haven't changed anything.")
        if not confirmed:
            return answer
        if field in SENSITIVE and not (state.get("verified") or _verified(turn)):
            return cannot(
                "identity_not_verified", "a sensitive change reached confirmation unverified", skill=skill
            )
        text = _apply(turn, field, state["value"])
        return handled(
            skill_reply(text, skill=skill, state=None),
            skill=skill,
            confidence=0.95,
            reasons=[reason(f"skill.{skill}", f"{field} changed after confirmation")],
        )
    return None


def _apply(turn: Turn, field: str, value: Any) -> str:
    customer = turn.customer
    attrs = dict(customer.attributes or {})
    before: Any
    if field == "email":
        before, customer.email = customer.email, str(value)
        text = f"Done: your e-mail address is now {value}."
    elif field == "address":
        before = attrs.get("address")
        attrs["address"] = str(value)
        text = "Done: your delivery address is updated. Please check the delivery days at the new postcode."
    elif field == "delivery_day":
        before = attrs.get("delivery_day")
        attrs["delivery_day"] = str(value)
        text = f"Done: your boxes will now arrive on {value}s, from the next week whose menu is still open."
    else:
        before = attrs.get("subscription_paused_until")
        until = (now() + timedelta(weeks=int(value))).date()
        attrs["subscription_paused_until"] = until.isoformat()
        text = (
            f"Done: your subscription is paused until {until:%A %-d %B}. It restarts by itself; "
            "you can restart earlier any time."
        )
    customer.attributes = attrs
    customer.updated_at = now()
    audit.record(
        turn.session,
        None,
        workspace_id=customer.workspace_id,
        action=f"customer.{field}_changed",
        entity_type="customer",
        entity_id=customer.id,
        changes={field: [before, value], "via": ["", f"automation in conversation {turn.conversation.id}"]},
    )
    return text
