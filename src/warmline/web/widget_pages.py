"""The customer widget: the embeddable loader (/widget.js), the widget frame, and its small JSON API.

The widget authenticates with a visitor token (header X-Visitor-Token), never a cookie, so other sites
cannot ride on it; every conversation lookup checks that it belongs to the token's customer.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Header, Query, Request
from fastapi.responses import HTMLResponse, Response
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy.orm import Session

from warmline.conversations import service as conversations
from warmline.conversations.api import customer_token
from warmline.conversations.models import Conversation, Message
from warmline.conversations.schemas import ConversationCreate, MessageIn, MessagePost
from warmline.customers.models import Customer
from warmline.customers.schemas import CustomerIn
from warmline.db import transaction
from warmline.feedback import service as feedback
from warmline.handoff import service as handoff
from warmline.handoff.schemas import HandoffRequest
from warmline.kit.errors import Invalid, TooManyRequests
from warmline.routing import assignment, queue, sla
from warmline.routing.models import RoutingState
from warmline.web.templating import TEMPLATES
from warmline.widget import service as widget
from warmline.workspaces.models import Workspace

router = APIRouter(include_in_schema=False)
STATIC = Path(__file__).parent / "static"
VisitorToken = Annotated[str, Header(alias="X-Visitor-Token", max_length=200)]


class Identity(BaseModel):
    model_config = ConfigDict(extra="forbid")

    external_id: str = Field(min_length=1, max_length=200)
    issued_at: int
    signature: str = Field(min_length=1, max_length=128)
    name: str | None = Field(default=None, max_length=200)
    email: str | None = Field(default=None, max_length=320)


class SessionIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    workspace: str = Field(min_length=1, max_length=64)
    identity: Identity | None = None
    visitor_token: str | None = Field(default=None, max_length=200)


class MessageBody(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, max_length=20_000)
    client_msg_id: str = Field(min_length=1, max_length=128)
    conversation_id: int | None = None


class CallbackBody(BaseModel):
    model_config = ConfigDict(extra="forbid")

    contact: str = Field(min_length=3, max_length=320)


class CsatBody(BaseModel):
    model_config = ConfigDict(extra="forbid")

    score: int = Field(ge=1, le=5)
    comment: str | None = Field(default=None, max_length=4000)
    wanted_human_sooner: bool = False


@router.get("/widget.js")
def widget_js() -> Response:
    return Response(
        (STATIC / "widget.js").read_text(),
        media_type="text/javascript",
        headers={"Cache-Control": "no-cache"},
    )


@router.get("/widget/frame", response_class=HTMLResponse)
def widget_frame(request: Request, workspace: Annotated[str, Query(max_length=64)] = "demo") -> HTMLResponse:
    with transaction(request.app.state.sessionmaker) as session:
        ws = widget.workspace_by_slug(session, workspace)
        company = (ws.settings or {}).get("company") or ws.name
    return TEMPLATES.TemplateResponse(
        request, "widget/frame.html", {"workspace": workspace, "company": company}
    )


def _secret(request: Request) -> str:
    return str(request.app.state.settings.secret_key)


def _status(session: Session, conversation: Conversation) -> dict[str, Any]:
    estimate = assignment.estimate(session, conversation)
    state = session.get(RoutingState, conversation.id)
    joined = (
        widget.agent_first_names(session, {conversation.assignee_id})
        if conversation.first_human_reply_at
        else {}
    )
    csat_given = feedback.feedback_for(session, conversation.workspace_id, conversation.id)["csat"]
    return {
        "conversation_id": conversation.id,
        "mode": conversation.mode,
        "status": conversation.status,
        "agent_name": joined.get(conversation.assignee_id or 0),
        "assignee_name": estimate.assignee_name if estimate.expected_wait_minutes is not None else None,
        "expected_wait_minutes": estimate.expected_wait_minutes,
        "agents_online": estimate.agents_online,
        "within_business_hours": estimate.within_business_hours,
        "next_opening": estimate.next_opening.isoformat() if estimate.next_opening else None,
        "callback_requested": bool(state and state.callback_requested),
        "handed_back": bool((conversation.state or {}).get("handback")) and conversation.mode == "automated",
        "csat_given": bool(csat_given),
    }


def _visitor(request: Request, token: str) -> widget.Visitor:
    days = request.app.state.settings.visitor_token_days
    return widget.read_visitor_token(_secret(request), token, max_age_days=days)


@router.post("/widget/api/session")
def start_session(request: Request, body: SessionIn) -> dict[str, Any]:
    secret = _secret(request)
    settings = request.app.state.settings
    previous = None
    if body.visitor_token:
        try:
            # a returning visitor keeps their conversations, and gets a fresh token
            previous = widget.read_visitor_token(
                secret, body.visitor_token, max_age_days=widget.RENEW_WITHIN_DAYS
            )
        except Exception:  # noqa: BLE001 - a stale or forged token just means a new visitor
            previous = None
    if previous is None and not request.app.state.rate_limiter.allow(
        f"widget-session:{request.client.host if request.client else '-'}",
        limit=settings.widget_sessions_per_minute,
        window_seconds=60,
    ):
        raise TooManyRequests("too many new chat sessions from this address; try again in a minute")
    with transaction(request.app.state.sessionmaker) as session:
        workspace = widget.workspace_by_slug(session, body.workspace)
        customer = widget.start(
            session, workspace, body.identity.model_dump() if body.identity else None, previous
        )
        visitor = widget.Visitor(workspace_id=workspace.id, customer_id=customer.id)
        conversation = widget.latest_open_conversation(session, visitor)
        return {
            "visitor_token": widget.visitor_token(secret, visitor),
            "customer_name": "" if customer.anonymous else customer.name,
            "known": not customer.anonymous,
            "conversation_id": conversation.id if conversation else None,
            "customer_token": customer_token(secret, conversation.id) if conversation else None,
            "company": (workspace.settings or {}).get("company") or workspace.name,
        }


@router.post("/widget/api/messages", status_code=201)
def send(request: Request, body: MessageBody, token: VisitorToken) -> dict[str, Any]:
    secret = _secret(request)
    visitor = _visitor(request, token)
    with transaction(request.app.state.sessionmaker) as session:
        customer = session.get(Customer, visitor.customer_id)
        if customer is None or customer.workspace_id != visitor.workspace_id:
            raise Invalid("this widget session is no longer valid; reload the page")
        if body.conversation_id is None:
            result = conversations.open_conversation(
                session,
                visitor.workspace_id,
                ConversationCreate(
                    customer=CustomerIn(external_id=customer.external_id),
                    channel="widget",
                    message=MessageIn(text=body.text, client_msg_id=body.client_msg_id),
                ),
            )
            conversation = conversations.get(session, visitor.workspace_id, result.conversation.id)
        else:
            conversation = widget.conversation_for(session, visitor, body.conversation_id)
            result = conversations.post_message(
                session,
                None,
                visitor.workspace_id,
                conversation.id,
                MessagePost(text=body.text, client_msg_id=body.client_msg_id),
            )
        if conversation.mode == "human":
            sla.refresh(session, conversation)
        ids = [result.message.id, *[r.id for r in result.replies]]
        names: dict[int, str] = {}
        messages = [
            widget.public_message(m, names)
            for m in [session.get(Message, i) for i in ids]
            if m is not None and not m.private
        ]
        return {
            "conversation_id": conversation.id,
            "customer_token": customer_token(secret, conversation.id),
            "created": result.created,
            "messages": messages,
            "status": _status(session, conversation),
        }


@router.get("/widget/api/conversations/{conversation_id}")
def read(
    request: Request, conversation_id: int, token: VisitorToken, after: Annotated[int, Query(ge=0)] = 0
) -> dict[str, Any]:
    visitor = _visitor(request, token)
    with transaction(request.app.state.sessionmaker) as session:
        conversation = widget.conversation_for(session, visitor, conversation_id)
        return {
            "messages": widget.public_messages(session, conversation, after),
            "status": _status(session, conversation),
        }


@router.post("/widget/api/conversations/{conversation_id}/handoff")
def talk_to_a_person(request: Request, conversation_id: int, token: VisitorToken) -> dict[str, Any]:
    visitor = _visitor(request, token)
    with transaction(request.app.state.sessionmaker) as session:
        conversation = widget.conversation_for(session, visitor, conversation_id)
        # the same service call as POST /api/v1/conversations/{id}/handoff, without a principal
        conversation, _, replies = handoff.request_handoff(
            session,
            None,
            visitor.workspace_id,
            conversation.id,
            HandoffRequest(initiated_by="customer", reason="the customer pressed 'Talk to a person'"),
        )
        handoff.publish(session, conversation, replies)
        if conversation.mode == "human":
            sla.refresh(session, conversation)
        return {
            "messages": [widget.public_message(m, {}) for m in replies if not m.private],
            "status": _status(session, conversation),
        }


@router.post("/widget/api/conversations/{conversation_id}/typing")
def customer_typing(request: Request, conversation_id: int, token: VisitorToken) -> dict[str, Any]:
    visitor = _visitor(request, token)
    with transaction(request.app.state.sessionmaker) as session:
        conversation = widget.conversation_for(session, visitor, conversation_id)
        widget.publish_typing(session, conversation, "customer")
    return {"ok": True}


@router.post("/widget/api/conversations/{conversation_id}/callback")
def callback(
    request: Request, conversation_id: int, body: CallbackBody, token: VisitorToken
) -> dict[str, Any]:
    visitor = _visitor(request, token)
    with transaction(request.app.state.sessionmaker) as session:
        conversation = widget.conversation_for(session, visitor, conversation_id)
        queue.request_callback(session, conversation, body.contact)
        return {"status": _status(session, conversation)}


@router.post("/widget/api/conversations/{conversation_id}/end")
def end(request: Request, conversation_id: int, token: VisitorToken) -> dict[str, Any]:
    visitor = _visitor(request, token)
    with transaction(request.app.state.sessionmaker) as session:
        conversation = widget.end(session, widget.conversation_for(session, visitor, conversation_id))
        return {"status": _status(session, conversation)}


@router.post("/widget/api/conversations/{conversation_id}/csat", status_code=201)
def csat(request: Request, conversation_id: int, body: CsatBody, token: VisitorToken) -> dict[str, Any]:
    visitor = _visitor(request, token)
    with transaction(request.app.state.sessionmaker) as session:
        conversation = widget.conversation_for(session, visitor, conversation_id)
        feedback.record_csat(
            session,
            workspace_id=visitor.workspace_id,
            conversation_id=conversation.id,
            score=body.score,
            comment=body.comment,
            wanted_human_sooner=body.wanted_human_sooner,
            channel="widget",
        )
        return {"ok": True, "status": _status(session, conversation)}


def demo_identity(workspace: Workspace, external_id: str, issued_at: int) -> dict[str, Any]:
    """What a business's server would put in the page for a signed-in customer (used by /demo?as=...)."""
    return {
        "external_id": external_id,
        "issued_at": issued_at,
        "signature": widget.identity_signature(workspace.identity_secret, external_id, issued_at),
    }
