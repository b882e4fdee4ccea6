"""Order status: ask the business's order system, answer plainly; a late or lost order goes to a person."""

from __future__ import annotations

import re
from typing import Any

from warmline.automation import connectors
from warmline.automation.common import (
    DID_THIS_HELP,
    FEEDBACK_REPLIES,
    Turn,
    cannot,
    handled,
    reason,
    skill_reply,
)
from warmline.automation.contract import AutomationOutcome
from warmline.kit.clock import now
from warmline.workspaces.models import Workspace

NAME = "order_status"
ORDER_ID = re.compile(r"\b(HB-?\d{4,})\b", re.I)
THING = r"(order|box|parcel|package|delivery|shipment|appliance|blender|oven|kit)"
_THING = THING
_STATUS = re.compile(
    rf"\b(where'?s|where is|where are|track|tracking|status of)\b.{{0,30}}\b(my|our|the)\s+(\w+\s+)?{_THING}|"
    rf"\bwhen\b.{{0,30}}\b(my|our)\s+(\w+\s+)?{_THING}\b.{{0,20}}\b(arriv\w*|come|coming|get here|"
    rf"be delivered|ship|dispatch\w*)|"
    rf"\b(my|our)\s+(\w+\s+)?{_THING}\b.{{0,30}}\b(shipped|dispatched|on (its|the) way|out for delivery)\b|"
    r"\border status\b|\btrack (my|an|the) order\b|\bhas my (order|box|parcel)\b",
    re.I,
)
_MISSING = re.compile(
    rf"\b{_THING}\b.{{0,30}}\b(didn'?t|did not|hasn'?t|has not|never|still not|not yet|isn'?t|is not)\s+"
    rf"(arriv\w*|come|came|turn(ed)? up|show(ed)? up|here|been delivered|delivered)\b|"
    rf"\b{_THING}\b.{{0,20}}\b(is|was|are|went|got|has gone)\s+(missing|lost|late|overdue)\b|"
    rf"\b(missing|lost|late|overdue)\s+{_THING}\b|"
    r"\b(marked|says|shows|showing)\b.{0,20}\bdelivered\b.{0,20}\b(but|not|isn'?t|never)\b|"
    r"\b(sent|delivered|went|gone) to (my |the )?(old|wrong|previous|another|someone else'?s?) "
    r"(house|address|flat|"
    r"home|door)\b|\bit'?s not here\b",
    re.I,
)
_STATUS_TEXT = {
    "processing": "is being packed",
    "shipped": "has shipped",
    "out_for_delivery": "is out for delivery today",
    "delivered": "was delivered",
    "cancelled": "was cancelled",
}


def detect(turn: Turn) -> str | None:
    if ORDER_ID.search(turn.text) or _STATUS.search(turn.text) or _MISSING.search(turn.text):
        return "lookup"
    return None


def _describe(order: connectors.OrderInfo) -> str:
    items = ", ".join(order.items) if order.items else "your order"
    status = _STATUS_TEXT.get(order.status, order.status.replace("_", " "))
    parts = [f"Your order {order.order_id} ({items}) {status}"]
    if order.status == "delivered" and order.delivered_on:
        parts[0] += f" on {order.delivered_on:%A %-d %B}."
    elif order.status == "out_for_delivery":
        parts[0] += ". You'll get a text with a 1-hour window."
    elif order.expected_on:
        parts[0] += (
            f"{' with ' + order.carrier if order.carrier and order.status == 'shipped' else ''}"
            f" and is due on {order.expected_on:%A %-d %B}."
        )
    else:
        parts[0] += "."
    if order.tracking_url and order.status in ("shipped", "out_for_delivery"):
        parts.append(f"Track it here: {order.tracking_url}")
    return " ".join(parts)


def start(turn: Turn, action: str = "lookup", order_id: str | None = None) -> AutomationOutcome:
    skill = NAME
    said_missing = bool(_MISSING.search(turn.text))
    workspace = turn.session.get(Workspace, turn.conversation.workspace_id)
    connector = connectors.connector_for(workspace.settings if workspace else {})
    if connector is None:
        return cannot("no_order_connector", "this workspace has no order system connected", skill=skill)
    match = ORDER_ID.search(turn.text)
    wanted = order_id or (match.group(1).upper().replace("HB", "HB-").replace("--", "-") if match else None)
    try:
        orders = connector.orders_for(turn.customer.external_id, wanted)
    except connectors.ConnectorError as exc:
        return cannot("order_system_unavailable", str(exc), skill=skill)
    today = now().date()
    if wanted and not orders:
        return cannot(
            "order_not_found",
            f"no order {wanted} for this customer",
            skill=skill,
            clarify=f"I couldn't find order {wanted} on your account. Could you check the number? "
            "It starts with HB-.",
        )
    open_orders = [o for o in orders if o.status not in ("delivered", "cancelled")]
    missed = [o for o in orders if connectors.is_missed(o, today)]
    if missed or (said_missing and not open_orders):
        detail = (
            f"order {missed[0].order_id} is {missed[0].status}, expected {missed[0].expected_on}"
            if missed
            else "the customer says a delivery did not arrive"
        )
        return AutomationOutcome(
            handled=False,
            progress=False,
            skill=skill,
            confidence=0.95,
            reasons=[
                reason(
                    "crisis.missed_delivery",
                    detail,
                    moment="crisis.missed_delivery",
                    order_id=missed[0].order_id if missed else None,
                )
            ],
        )
    if said_missing:
        return AutomationOutcome(
            handled=False,
            progress=False,
            skill=skill,
            confidence=0.9,
            reasons=[
                reason(
                    "crisis.missed_delivery",
                    "the customer says a delivery did not arrive",
                    moment="crisis.missed_delivery",
                )
            ],
        )
    if not orders:
        return cannot("no_orders", "no orders on file for this customer", skill=skill)
    chosen = open_orders if not wanted else orders
    if not chosen:
        chosen = orders[:1]
    if len(chosen) > 1 and not wanted:
        ids = [o.order_id for o in chosen[:4]]
        state: dict[str, Any] = {"name": NAME, "step": "which", "orders": ids}
        text = "You have more than one order on its way: " + ", ".join(ids) + ". Which one do you mean?"
        return handled(
            skill_reply(text, skill=skill, state=state, quick_replies=ids),
            skill=skill,
            confidence=0.85,
            reasons=[reason("skill.order_status", "asked which order")],
        )
    text = _describe(chosen[0]) + f"\n\n{DID_THIS_HELP}"
    return handled(
        skill_reply(
            text,
            skill=skill,
            state=None,
            quick_replies=FEEDBACK_REPLIES,
            order_id=chosen[0].order_id,
            order_status=chosen[0].status,
        ),
        skill=skill,
        confidence=0.95,
        reasons=[reason("skill.order_status", f"order {chosen[0].order_id} is {chosen[0].status}")],
    )


def resume(turn: Turn, state: dict[str, Any]) -> AutomationOutcome | None:
    if state.get("step") != "which":
        return None
    match = ORDER_ID.search(turn.text)
    ids: list[str] = state.get("orders", [])
    if match:
        return start(turn, order_id=match.group(1).upper())
    from warmline.automation.common import choice_index

    index = choice_index(turn.text, len(ids))
    if index is not None:
        return start(turn, order_id=ids[index])
    return None
