"""Book, move and cancel service visits in conversation: offer free slots, take a choice, confirm."""

from __future__ import annotations

import re
from typing import Any

from warmline.automation import appointments as calendar
from warmline.automation.common import (
    CONFIRM_REPLIES,
    Turn,
    cannot,
    choice_index,
    confirmation,
    handled,
    human_time,
    is_no,
    looks_like_new_request,
    reason,
    skill_reply,
)
from warmline.automation.contract import AutomationOutcome
from warmline.automation.models import Appointment, AppointmentSlot
from warmline.kit.errors import DomainError
from warmline.workspaces.models import Workspace

NAME = "appointments"
TEAM = "service"
_VISIT = (
    r"(appointment|visit|engineer|technician|repair ?man|service call|service visit|callout|call-out|someone)"
)
_BOOK = re.compile(rf"\b(book|schedule|arrange|set up|get|need|want|send)\b.{{0,40}}\b{_VISIT}", re.I)
_FIX = re.compile(r"\b(someone|engineer|technician)\b.{0,30}\b(look at|come|fix|repair|check)\b", re.I)
_MOVE = re.compile(
    rf"\b(move|reschedule|re-schedule|change|rearrange|postpone|push back)\b.{{0,30}}\b{_VISIT}|"
    r"\bcan'?t make (it|the (appointment|visit))\b|\bcannot make (it|the)\b|"
    r"\b(another|different) (time|day|slot)\b",
    re.I,
)
_CANCEL = re.compile(rf"\bcancel\b.{{0,30}}\b{_VISIT}", re.I)
_HOWTO = re.compile(
    r"^\s*(how (do|can|would|should) (i|we)|can i|could i|is it possible|what|when|where|why|"
    r"do you|does|is there|are there|which|how much|how long)\b",
    re.I,
)
_OTHER_TIMES = re.compile(
    r"\bnone\b|\b(other|later|different|another|more)\s+(times?|slots?|days?|options?|dates?)\b", re.I
)


def detect(turn: Turn) -> str | None:
    text = turn.text
    if _HOWTO.search(text):
        return None
    if _CANCEL.search(text):
        return "cancel"
    reminder = turn.last_bot_meta.get("kind") == "reminder"
    if _MOVE.search(text) and (reminder or re.search(_VISIT, text, re.I)):
        return "move"
    if _BOOK.search(text) or _FIX.search(text):
        return "book"
    return None


def _tz(turn: Turn) -> str:
    workspace = turn.session.get(Workspace, turn.conversation.workspace_id)
    return workspace.timezone if workspace else "UTC"


def _offer(
    turn: Turn, action: str, appointment_id: int | None, exclude: list[int], topic: str
) -> AutomationOutcome:
    slots = calendar.free_slots(turn.session, turn.conversation.workspace_id, TEAM, exclude=set(exclude))
    skill = f"{NAME}.{action}"
    if not slots:
        return cannot("no_free_slots", "the service calendar has no free slot to offer", skill=skill)
    tz = _tz(turn)
    labels = [human_time(s.starts_at, tz) for s in slots]
    lines = "\n".join(f"{i}. {label}" for i, label in enumerate(labels, start=1))
    lead = (
        "Let's find a new time for your visit."
        if action == "move"
        else "I can book an engineer visit for you."
    )
    text = (
        f"{lead} These are the next free 2-hour slots with our Appliance Service team:\n{lines}\n"
        'Which one suits you? You can also say "other times".'
    )
    state = {
        "name": NAME,
        "action": action,
        "step": "choose",
        "offered": [s.id for s in slots],
        "labels": labels,
        "seen": [*exclude, *[s.id for s in slots]],
        "appointment_id": appointment_id,
        "topic": topic,
    }
    return handled(
        skill_reply(text, skill=skill, state=state, quick_replies=[*labels, "Other times"]),
        skill=skill,
        confidence=0.9,
        reasons=[reason(f"skill.{skill}", f"offered {len(slots)} free slots")],
    )


def start(turn: Turn, action: str) -> AutomationOutcome:
    skill = f"{NAME}.{action}"
    if action == "book":
        return _offer(turn, "book", None, [], turn.text[:200])
    booked = calendar.upcoming(turn.session, turn.conversation.workspace_id, turn.customer.id)
    if not booked:
        return cannot(
            "no_upcoming_appointment",
            f"asked to {action} a visit but none is booked",
            skill=skill,
            clarify="I can't find an upcoming visit for you. Would you like to book one?",
        )
    appointment = booked[0]
    if action == "move":
        return _offer(turn, "move", appointment.id, [appointment.slot_id or 0], appointment.topic)
    when = human_time(appointment.starts_at, _tz(turn))
    state = {"name": NAME, "action": "cancel", "step": "confirm", "appointment_id": appointment.id}
    return handled(
        skill_reply(
            f"Shall I cancel your engineer visit on {when}?",
            skill=skill,
            state=state,
            quick_replies=CONFIRM_REPLIES,
        ),
        skill=skill,
        confidence=0.9,
        reasons=[reason(f"skill.{skill}", "asked to confirm cancellation")],
    )


def _chosen(turn: Turn, state: dict[str, Any]) -> int | None:
    labels: list[str] = state.get("labels", [])
    for i, label in enumerate(labels):
        if turn.lower == label.lower():
            return i
    index = choice_index(turn.text, len(labels))
    if index is not None:
        return index
    lower = turn.lower
    matches = [
        i
        for i, label in enumerate(labels)
        if all(part.lower() in lower for part in label.replace(",", "").split()[:1])
        and label.split(", ")[-1] in lower
    ]
    return matches[0] if len(matches) == 1 else None


def resume(turn: Turn, state: dict[str, Any]) -> AutomationOutcome | None:
    action = str(state.get("action", "book"))
    skill = f"{NAME}.{action}"
    step = state.get("step")
    if step == "choose":
        if _OTHER_TIMES.search(turn.text) and choice_index(turn.text, 4) is None:
            return _offer(
                turn, action, state.get("appointment_id"), list(state.get("seen", [])), state.get("topic", "")
            )
        index = _chosen(turn, state)
        if index is None:
            if is_no(turn.text) or looks_like_new_request(turn.text):
                return None
            return cannot(
                "slot_not_understood",
                "could not tell which slot was chosen",
                skill=skill,
                clarify='Which of the times would you like? You can reply with its number, e.g. "1".',
            )
        slot_id = state["offered"][index]
        label = state["labels"][index]
        new_state = {**state, "step": "confirm", "slot_id": slot_id, "slot_label": label}
        if action == "move":
            question = f"Move your visit to {label}?"
        else:
            question = f"Book an engineer visit on {label} (a 2-hour window starting then)?"
        return handled(
            skill_reply(question, skill=skill, state=new_state, quick_replies=CONFIRM_REPLIES),
            skill=skill,
            confidence=0.9,
            reasons=[reason(f"skill.{skill}", f"slot chosen: {label}")],
        )
    if step == "confirm":
        confirmed, answer = confirmation(
            turn,
            skill=skill,
            declined="No problem, I haven't changed anything. Is there anything else I can do?",
        )
        if not confirmed:
            return answer
        try:
            text = _commit(turn, state, action)
        except DomainError as exc:
            if action != "cancel" and "taken" in exc.message:
                outcome = _offer(
                    turn,
                    action,
                    state.get("appointment_id"),
                    list(state.get("seen", [])),
                    state.get("topic", ""),
                )
                if outcome.handled:
                    outcome.replies[0].text = (
                        "Sorry, that slot has just been taken. " + outcome.replies[0].text
                    )
                return outcome
            return cannot(f"{action}_failed", exc.message, skill=skill)
        return handled(
            skill_reply(text, skill=skill, state=None),
            skill=skill,
            confidence=0.95,
            reasons=[reason(f"skill.{skill}", "done after confirmation")],
        )
    return None


def _commit(turn: Turn, state: dict[str, Any], action: str) -> str:
    session = turn.session
    ws = turn.conversation.workspace_id
    tz = _tz(turn)
    if action == "book":
        appointment = calendar.book(
            session,
            ws,
            customer_id=turn.customer.id,
            slot_id=int(state["slot_id"]),
            conversation_id=turn.conversation.id,
            topic=str(state.get("topic", "")),
        )
        return (
            f"Booked: an engineer will visit on {human_time(appointment.starts_at, tz)} (2-hour window). "
            "I'll remind you here 24 hours and 1 hour before. Reply any time if you need to change it."
        )
    existing = session.get(Appointment, int(state.get("appointment_id") or 0))
    if existing is None or existing.workspace_id != ws or existing.customer_id != turn.customer.id:
        raise DomainError("the appointment could not be found")
    appointment = existing
    if appointment is None or appointment.workspace_id != ws or appointment.customer_id != turn.customer.id:
        raise DomainError("the appointment could not be found")
    if action == "move":
        calendar.move(session, appointment, int(state["slot_id"]))
        return (
            f"Done: your visit is now on {human_time(appointment.starts_at, tz)}. "
            "I'll send the reminders for the new time."
        )
    calendar.cancel(session, appointment)
    return "Your engineer visit is cancelled and its reminders are stopped. You can book again here any time."


def slot_label(slot: AppointmentSlot, tz: str) -> str:
    return human_time(slot.starts_at, tz)
