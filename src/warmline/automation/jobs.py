"""Background work of automation: appointment reminders, one-time codes, proactive notifications.

Each handler runs in the job's own transaction, which also marks the job done: a message is written exactly
when its job completes. Messages carry a deterministic client_msg_id as a second guard against doubles.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from warmline.automation import appointments as calendar
from warmline.automation.common import human_time
from warmline.automation.delivery import conversation_for, post_bot_message, send_email
from warmline.automation.models import Appointment, Notification
from warmline.customers.models import Customer
from warmline.workspaces.models import Workspace

NOTIFY_JOB = "automation.deliver_notification"
#: worded so that triage reads them as what they are ("I'll be there" once looked like a legal matter)
REMINDER_REPLIES = ["Yes, I will be there", "I can't make it", "Talk to a person"]


def appointment_reminder(session: Session, payload: dict[str, Any]) -> None:
    appointment = session.get(Appointment, int(payload["appointment_id"]))
    if (
        appointment is None
        or appointment.status != "booked"
        or appointment.revision != payload.get("revision")
    ):
        return  # cancelled or moved since: this reminder is obsolete
    customer = session.get(Customer, appointment.customer_id)
    workspace = session.get(Workspace, appointment.workspace_id)
    if customer is None or workspace is None:
        return
    kind = str(payload["kind"])
    when = human_time(appointment.starts_at, workspace.timezone)
    lead = "tomorrow" if kind == "24h" else "in about an hour"
    text = (
        f"Reminder: your Hearthbox engineer visit is {lead}, {when} (2-hour window). "
        "Reply here if you can't make it or have a question."
    )
    conversation, _ = conversation_for(
        session, customer, preferred_id=appointment.conversation_id, subject="Your engineer visit"
    )
    post_bot_message(
        session,
        conversation,
        text,
        meta={
            "kind": "reminder",
            "appointment_id": appointment.id,
            "reminder": kind,
            "quick_replies": REMINDER_REPLIES,
        },
        client_msg_id=f"reminder-{appointment.id}-r{appointment.revision}-{kind}",
    )


def send_verification_code(session: Session, payload: dict[str, Any]) -> None:
    send_email(
        str(payload["to"]),
        "Your Hearthbox verification code",
        f"Your code is {payload['code']}. It works for 15 minutes. "
        "If you did not ask to change your details, ignore this e-mail.",
    )


def deliver_notification(session: Session, payload: dict[str, Any]) -> None:
    notification = session.get(Notification, int(payload["notification_id"]))
    customer = session.get(Customer, int(payload["customer_id"]))
    if notification is None or customer is None or customer.workspace_id != notification.workspace_id:
        return
    from warmline.automation.notifications import render

    text = render(notification.text, customer, notification.variables)
    conversation, _ = conversation_for(session, customer, subject=notification.template.replace("_", " "))
    post_bot_message(
        session,
        conversation,
        text,
        meta={
            "kind": "notification",
            "notification_id": notification.id,
            "template": notification.template,
            "quick_replies": ["Talk to a person"],
        },
        client_msg_id=f"notification-{notification.id}",
    )


HANDLERS = {
    calendar.REMINDER_JOB: appointment_reminder,
    "automation.send_verification_code": send_verification_code,
    NOTIFY_JOB: deliver_notification,
}
