"""Proactive notifications: a templated message to a segment; each recipient gets it in a conversation."""

from __future__ import annotations

import string
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from warmline import jobs
from warmline.audit import service as audit
from warmline.auth.principal import Principal
from warmline.automation.models import Notification
from warmline.customers.models import Customer
from warmline.kit.errors import Invalid

TEMPLATES = {
    "delivery_delayed": "Hi $first_name, we're sorry: deliveries $when are running late because $reason. "
    "Your box will still arrive, and we'll credit you for the delay. Reply here with any "
    "question.",
    "appointment_reminder": "Hi $first_name, a reminder that your Hearthbox engineer visit is $when. "
    "Reply here if you need to change it.",
    "outage_notice": "Hi $first_name, $detail We're working on it and will update you here. "
    "Sorry for the trouble.",
}
#: filled from the customer; everything else comes from the request's variables
CUSTOMER_FIELDS = ("first_name", "name")
MAX_RECIPIENTS = 10_000


def _customer_values(customer: Customer) -> dict[str, str]:
    name = customer.name or "there"
    return {"first_name": name.split(" ")[0], "name": name}


def render(text: str, customer: Customer, variables: dict[str, Any]) -> str:
    values = {**{k: str(v) for k, v in variables.items()}, **_customer_values(customer)}
    return string.Template(text).safe_substitute(values)


def _placeholders(text: str) -> set[str]:
    return {
        m.group("named") or m.group("braced")
        for m in string.Template.pattern.finditer(text)
        if m.group("named") or m.group("braced")
    }


def send(
    session: Session,
    principal: Principal | None,
    workspace_id: int,
    *,
    template: str,
    text: str | None,
    segment: str | None,
    customer_external_ids: list[str] | None,
    variables: dict[str, Any],
) -> Notification:
    if template == "custom":
        if not text:
            raise Invalid("a custom notification needs a text")
        body = text
    elif template in TEMPLATES:
        body = TEMPLATES[template]
    else:
        raise Invalid(f"unknown template {template!r}", details={"templates": [*TEMPLATES, "custom"]})
    missing = sorted(_placeholders(body) - set(variables) - set(CUSTOMER_FIELDS))
    if missing:
        raise Invalid(
            "the template needs these variables: " + ", ".join(missing), details={"missing": missing}
        )
    stmt = select(Customer).where(Customer.workspace_id == workspace_id, Customer.anonymous.is_(False))
    if segment:
        stmt = stmt.where(Customer.segment == segment)
    if customer_external_ids:
        stmt = stmt.where(Customer.external_id.in_(customer_external_ids))
    recipients = list(session.scalars(stmt.order_by(Customer.id).limit(MAX_RECIPIENTS + 1)))
    if len(recipients) > MAX_RECIPIENTS:
        raise Invalid(f"at most {MAX_RECIPIENTS} recipients per notification; narrow the segment")
    if not recipients:
        raise Invalid("no customer matches this segment")
    notification = Notification(
        workspace_id=workspace_id,
        template=template,
        text=body,
        segment=segment,
        variables=variables,
        recipients=len(recipients),
        created_by_user_id=principal.user_id if principal else None,
    )
    session.add(notification)
    session.flush()
    for customer in recipients:
        jobs.enqueue(
            session,
            "automation.deliver_notification",
            {"notification_id": notification.id, "customer_id": customer.id},
            workspace_id=workspace_id,
            dedupe_key=f"notify:{notification.id}:{customer.id}",
        )
    audit.record(
        session,
        principal,
        workspace_id=workspace_id,
        action="notification.sent",
        entity_type="notification",
        entity_id=notification.id,
        changes={
            "template": [None, template],
            "segment": [None, segment],
            "recipients": [None, len(recipients)],
        },
    )
    return notification


def list_recent(session: Session, workspace_id: int, limit: int = 50) -> list[Notification]:
    return list(
        session.scalars(
            select(Notification)
            .where(Notification.workspace_id == workspace_id)
            .order_by(Notification.id.desc())
            .limit(limit)
        )
    )
