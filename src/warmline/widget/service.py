"""Widget sessions.

An anonymous visitor gets a customer record of their own and a visitor token (signed with the app secret).
A business that knows who its visitor is passes an identity signed with the workspace's `identity_secret`
from its own server: ``hex(HMAC-SHA256(identity_secret, f"{external_id}:{issued_at}"))``; without the
secret nobody can pose as another customer. The visitor token only opens that customer's conversations.
"""

from __future__ import annotations

import hmac
import secrets
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from warmline import realtime
from warmline.auth.service import sign
from warmline.conversations import service as conversations
from warmline.conversations.models import Conversation, Message
from warmline.customers import service as customers
from warmline.customers.models import Customer
from warmline.customers.schemas import CustomerIn
from warmline.feedback import jobs as feedback_jobs
from warmline.kit.clock import now
from warmline.kit.errors import Forbidden, Invalid, NotFound, Unauthorized
from warmline.workspaces.models import User, Workspace

IDENTITY_MAX_AGE = timedelta(hours=24)
IDENTITY_MAX_SKEW = timedelta(minutes=5)


@dataclass(frozen=True)
class Visitor:
    workspace_id: int
    customer_id: int


def identity_signature(identity_secret: str, external_id: str, issued_at: int) -> str:
    """What the business's server computes; documented in docs/console.md."""
    return hmac.new(identity_secret.encode(), f"{external_id}:{issued_at}".encode(), "sha256").hexdigest()


#: a visitor who comes back within this many days keeps their conversations (the token is renewed)
RENEW_WITHIN_DAYS = 180


def visitor_token(secret: str, visitor: Visitor, issued_at: int | None = None) -> str:
    """A signed token naming the visitor: `workspace.customer.issued_at.signature`."""
    issued = int(now().timestamp()) if issued_at is None else issued_at
    body = f"{visitor.workspace_id}.{visitor.customer_id}.{issued}"
    return f"{body}.{sign(secret, 'visitor:' + body)}"


def read_visitor_token(secret: str, token: str | None, *, max_age_days: float = 30) -> Visitor:
    """The visitor a token names, when it is genuine and younger than `max_age_days`."""
    parts = (token or "").split(".")
    if len(parts) != 4 or not all(parts) or len(token or "") > 200:
        raise Unauthorized("this widget session is missing or malformed; reload the page")
    body = ".".join(parts[:3])
    if not hmac.compare_digest(sign(secret, "visitor:" + body), parts[3]):
        raise Unauthorized("this widget session is not valid; reload the page")
    try:
        visitor = Visitor(workspace_id=int(parts[0]), customer_id=int(parts[1]))
        issued = int(parts[2])
    except ValueError as exc:
        raise Unauthorized("this widget session is not valid; reload the page") from exc
    if now().timestamp() - issued > max_age_days * 86400:
        raise Unauthorized("this widget session has expired; reload the page")
    return visitor


def workspace_by_slug(session: Session, slug: str) -> Workspace:
    workspace = session.scalar(select(Workspace).where(Workspace.slug == slug))
    if workspace is None:
        raise NotFound(f"workspace {slug!r} not found")
    return workspace


def start(
    session: Session, workspace: Workspace, identity: dict[str, Any] | None, previous: Visitor | None
) -> Customer:
    """The customer behind this widget: a verified identity, the same visitor as before, or a new one."""
    if identity:
        external_id = str(identity.get("external_id") or "")
        signature = str(identity.get("signature") or "")
        try:
            issued_at = int(identity.get("issued_at") or 0)
        except (TypeError, ValueError) as exc:
            raise Invalid("identity.issued_at must be a Unix time in seconds") from exc
        if not workspace.identity_secret:
            raise Forbidden("this workspace does not accept signed identities")
        if not external_id or len(external_id) > 200:
            raise Invalid("identity.external_id is required (up to 200 characters)")
        expected = identity_signature(workspace.identity_secret, external_id, issued_at)
        if not hmac.compare_digest(expected, signature):
            raise Forbidden("the identity signature does not match")
        issued = issued_at - int(now().timestamp())
        if issued > IDENTITY_MAX_SKEW.total_seconds() or -issued > IDENTITY_MAX_AGE.total_seconds():
            raise Forbidden("the identity is too old or from the future; sign a fresh one")
        existing = customers.find_by_external_id(session, workspace.id, external_id)
        if existing is not None:
            return existing
        name = str(identity.get("name") or "")[:200]
        email = str(identity.get("email") or "")[:320] or None
        return customers.upsert(
            session, workspace.id, CustomerIn(external_id=external_id, name=name, email=email)
        )
    if previous is not None and previous.workspace_id == workspace.id:
        customer = session.get(Customer, previous.customer_id)
        if customer is not None and customer.workspace_id == workspace.id:
            return customer
    customer = customers.upsert(
        session,
        workspace.id,
        CustomerIn(external_id="visitor-" + secrets.token_hex(8), name="Website visitor"),
    )
    customer.anonymous = True
    return customer


def latest_open_conversation(session: Session, visitor: Visitor) -> Conversation | None:
    return session.scalar(
        select(Conversation)
        .where(
            Conversation.workspace_id == visitor.workspace_id,
            Conversation.customer_id == visitor.customer_id,
            Conversation.channel == "widget",
        )
        .order_by(Conversation.id.desc())
        .limit(1)
    )


def conversation_for(session: Session, visitor: Visitor, conversation_id: int) -> Conversation:
    conversation = session.get(Conversation, conversation_id)
    if (
        conversation is None
        or conversation.workspace_id != visitor.workspace_id
        or conversation.customer_id != visitor.customer_id
    ):
        raise NotFound(f"conversation {conversation_id} not found")
    return conversation


def public_messages(
    session: Session, conversation: Conversation, after_id: int = 0, limit: int = 200
) -> list[dict[str, Any]]:
    rows = list(
        session.scalars(
            select(Message)
            .where(
                Message.conversation_id == conversation.id, Message.private.is_(False), Message.id > after_id
            )
            .order_by(Message.id)
            .limit(limit)
        )
    )
    names = agent_first_names(session, {m.author_user_id for m in rows if m.author_user_id})
    return [public_message(m, names) for m in rows]


def agent_first_names(session: Session, user_ids: set[int | None]) -> dict[int, str]:
    ids = [i for i in user_ids if i]
    if not ids:
        return {}
    return {u.id: u.name.split(" ")[0] for u in session.scalars(select(User).where(User.id.in_(ids)))}


def public_message(message: Message, names: dict[int, str]) -> dict[str, Any]:
    meta = message.meta or {}
    return {
        "id": message.id,
        "author": message.author,
        "text": message.text,
        "client_msg_id": message.client_msg_id,
        "created_at": message.created_at.isoformat(),
        "author_name": names.get(message.author_user_id or 0),
        "kind": meta.get("kind"),
        "quick_replies": meta.get("quick_replies") or [],
    }


def publish_typing(session: Session, conversation: Conversation, who: str, name: str | None = None) -> None:
    event = {"type": "typing", "conversation_id": conversation.id, "who": who, "name": name}
    channel = (
        realtime.workspace_channel(conversation.workspace_id)
        if who == "customer"
        else realtime.conversation_channel(conversation.id)
    )
    realtime.publish(session, channel, event)


def end(session: Session, conversation: Conversation) -> Conversation:
    """The customer closes the chat: resolved, and the agent's slot is freed."""
    if conversation.status not in ("resolved", "closed"):
        conversation.status = "resolved"
        conversation.resolved_at = now()
        conversation.updated_at = now()
        from warmline.routing.queue import release

        release(session, conversation)
        conversations.publish_conversation(session, conversation)
        feedback_jobs.on_conversation_resolved(session, conversation)  # the survey, without waiting
    return conversation
