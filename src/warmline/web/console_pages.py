"""The console's pages: the inbox and its rows, one conversation and its messages, the supervisor's view;
and the live ticket and socket that keep them fresh."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request, WebSocket
from fastapi.responses import HTMLResponse, JSONResponse, Response
from sqlalchemy import select
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from warmline import realtime
from warmline.api import live
from warmline.conversations import service as conversations
from warmline.conversations.models import Conversation, Decision, Message
from warmline.customers.models import Customer
from warmline.db import transaction
from warmline.handoff import service as handoff
from warmline.kit.clock import now
from warmline.kit.errors import DomainError
from warmline.policy.engine import PRIORITY_RANK
from warmline.routing import common, queue, sla
from warmline.routing.models import RoutingState
from warmline.web import session as auth
from warmline.web.console_common import STATUSES, _render
from warmline.web.empathy import hint
from warmline.workspaces.models import Team, User, Workspace

router = APIRouter(prefix="/console", include_in_schema=False)
FILTERS = {
    "all": "All with people",
    "mine": "Mine",
    "team": "My team",
    "unassigned": "Unassigned",
    "waiting": "Waiting on customer",
    "breaching": "Breaching",
}
PRESENCE = ("online", "away", "offline")


def _error_page(request: Request, exc: DomainError) -> HTMLResponse:
    return _render(
        request,
        "console/error.html",
        {"message": exc.message, "status": exc.status_code},
        status_code=exc.status_code,
    )


# --- inbox ---------------------------------------------------------------------------------------------


def _rows(session: Session, user: User, workspace: Workspace, filter_: str) -> list[dict[str, Any]]:
    stmt = select(Conversation).where(
        Conversation.workspace_id == user.workspace_id,
        Conversation.status.in_(("open", "pending")),
        Conversation.mode == "human",
    )
    if filter_ == "mine":
        stmt = stmt.where(Conversation.assignee_id == user.id)
    elif filter_ == "team":
        stmt = stmt.where(Conversation.team_id == user.team_id)
    elif filter_ == "unassigned":
        stmt = stmt.where(Conversation.assignee_id.is_(None))
    convs = list(session.scalars(stmt.order_by(Conversation.id.desc()).limit(200)))
    moment = now()
    customers = {
        c.id: c
        for c in session.scalars(
            select(Customer).where(Customer.id.in_([c.customer_id for c in convs] or [0]))
        )
    }
    users = {u.id: u for u in session.scalars(select(User).where(User.workspace_id == user.workspace_id))}
    teams = {t.id: t for t in session.scalars(select(Team).where(Team.workspace_id == user.workspace_id))}
    states = {
        s.conversation_id: s
        for s in session.scalars(
            select(RoutingState).where(RoutingState.conversation_id.in_([c.id for c in convs] or [0]))
        )
    }
    rows: list[dict[str, Any]] = []
    for conv in convs:
        clock = sla.current_clock(session, workspace, conv, moment)
        waiting = sla.waiting_on_customer(session, conv)
        if filter_ == "waiting" and not waiting:
            continue
        if filter_ == "breaching" and not (clock and clock.state in ("warning", "breached")):
            continue
        last = session.scalar(
            select(Message)
            .where(Message.conversation_id == conv.id, Message.private.is_(False))
            .order_by(Message.id.desc())
            .limit(1)
        )
        state = states.get(conv.id)
        # how long the customer has been waiting for a person's reply (the running clock), if they are
        since = clock.started_at if clock else None
        rows.append(
            {
                "c": conv,
                "customer": customers.get(conv.customer_id),
                "assignee": users.get(conv.assignee_id or 0),
                "team": teams.get(conv.team_id or 0),
                "clock": clock,
                "waiting_on_customer": waiting,
                "waited": int((moment - since).total_seconds()) if since else None,
                "last": last,
                "callback": bool(state and state.callback_requested),
            }
        )
    rows.sort(
        key=lambda r: (
            -PRIORITY_RANK.get(r["c"].priority, 1),
            0 if r["clock"] and r["clock"].state == "breached" else 1,
            -(r["waited"] or 0),
        )
    )
    return rows


def _base(session: Session, user: User, data: auth.ConsoleSession | None, settings: Any) -> dict[str, Any]:
    workspace = session.get(Workspace, user.workspace_id)
    assert workspace is not None and data is not None
    return {
        "me": user,
        "workspace": workspace,
        "csrf": data.csrf,
        "live_ticket": auth.live_ticket(settings.secret_key, data),
        "now": now(),
        "presences": PRESENCE,
    }


@router.get("", response_class=HTMLResponse)
def inbox(
    request: Request, ctx: auth.Console, filter: Annotated[str, Query(max_length=20)] = "all"
) -> Response:
    if not ctx.signed_in:
        return auth.login_redirect(request)
    filter_ = filter if filter in FILTERS else "all"
    try:
        with ctx.tx() as (session, _, user):
            context = _base(session, user, ctx.data, ctx.settings)
            context.update(
                {
                    "rows": _rows(session, user, context["workspace"], filter_),
                    "filter": filter_,
                    "filters": FILTERS,
                }
            )
            return _render(request, "console/inbox.html", context)
    except DomainError as exc:
        return _error_page(request, exc)


@router.get("/inbox-rows", response_class=HTMLResponse)
def inbox_rows(
    request: Request, ctx: auth.Console, filter: Annotated[str, Query(max_length=20)] = "all"
) -> Response:
    filter_ = filter if filter in FILTERS else "all"
    with ctx.tx() as (session, _, user):
        workspace = session.get(Workspace, user.workspace_id)
        assert workspace is not None
        return _render(
            request, "console/_rows.html", {"rows": _rows(session, user, workspace, filter_), "now": now()}
        )


@router.get("/live-ticket")
def new_live_ticket(ctx: auth.Console) -> JSONResponse:
    with ctx.tx():
        assert ctx.data is not None
        return JSONResponse({"ticket": auth.live_ticket(ctx.settings.secret_key, ctx.data)})


@router.websocket("/live")
async def console_live(websocket: WebSocket, ticket: str = "") -> None:
    """The console's live socket: the same workspace events as /api/v1/live, opened with a console ticket."""
    secret = websocket.app.state.settings.secret_key
    found = auth.read_live_ticket(secret, ticket)

    def still_valid() -> bool:
        if found is None:
            return False
        with transaction(websocket.app.state.sessionmaker) as session:
            user = session.get(User, found[1])
            return user is not None and user.is_active and user.workspace_id == found[0]

    if not await run_in_threadpool(still_valid):
        await websocket.close(code=live.POLICY_VIOLATION, reason="this live ticket is unknown or expired")
        return
    assert found is not None
    await live.serve(
        websocket, realtime.workspace_channel(found[0]), {"type": "ready", "workspace_id": found[0]}
    )


# --- one conversation ----------------------------------------------------------------------------------


def _packet(session: Session, user: User, conversation_id: int) -> dict[str, Any] | None:
    """The hand-off packet as this agent sees it (its draft reply is signed with their name)."""
    try:
        return handoff.build_packet(
            session, user.workspace_id, conversation_id, viewer_id=user.id
        ).model_dump()
    except DomainError:
        return None


def _latest_triage(session: Session, conversation_id: int) -> dict[str, Any] | None:
    for decision in session.scalars(
        select(Decision)
        .where(Decision.conversation_id == conversation_id)
        .order_by(Decision.id.desc())
        .limit(20)
    ):
        triage = (decision.inputs or {}).get("triage")
        if triage:
            return dict(triage)
    return None


def _conversation_context(session: Session, user: User, conversation_id: int) -> dict[str, Any]:
    conv = conversations.get(session, user.workspace_id, conversation_id)
    workspace = session.get(Workspace, user.workspace_id)
    assert workspace is not None
    customer = session.get(Customer, conv.customer_id)
    messages = list(
        session.scalars(select(Message).where(Message.conversation_id == conv.id).order_by(Message.id))
    )
    users = {
        u.id: u
        for u in session.scalars(
            select(User).where(User.workspace_id == user.workspace_id).order_by(User.name)
        )
    }
    teams = list(
        session.scalars(select(Team).where(Team.workspace_id == user.workspace_id).order_by(Team.name))
    )
    decisions = list(
        session.scalars(select(Decision).where(Decision.conversation_id == conv.id).order_by(Decision.id))
    )
    packet = _packet(session, user, conv.id)
    return {
        "c": conv,
        "customer": customer,
        "messages": messages,
        "users": users,
        "teams": teams,
        "team": next((t for t in teams if t.id == conv.team_id), None),
        "assignee": users.get(conv.assignee_id or 0),
        "decisions": decisions,
        "packet": packet,
        "draft": (packet or {}).get("draft_reply") or "",
        "clock": sla.current_clock(session, workspace, conv),
        "sla_events": sla.events(session, user.workspace_id, conversation_id=conv.id, limit=20),
        "routing_state": session.get(RoutingState, conv.id),
        "time_to_human": queue.time_to_human_seconds(conv),
        "empathy": hint(_latest_triage(session, conv.id), user.name.split(" ")[0]),
        "statuses": STATUSES,
    }


@router.get("/c/{conversation_id}", response_class=HTMLResponse)
def conversation_page(request: Request, conversation_id: int, ctx: auth.Console) -> Response:
    if not ctx.signed_in:
        return auth.login_redirect(request)
    try:
        with ctx.tx() as (session, _, user):
            context = _base(session, user, ctx.data, ctx.settings)
            context.update(_conversation_context(session, user, conversation_id))
            return _render(request, "console/conversation.html", context)
    except DomainError as exc:
        return _error_page(request, exc)


@router.get("/c/{conversation_id}/messages", response_class=HTMLResponse)
def conversation_messages(request: Request, conversation_id: int, ctx: auth.Console) -> Response:
    with ctx.tx() as (session, _, user):
        context = _conversation_context(session, user, conversation_id)
        context["me"] = user
        return _render(request, "console/_messages.html", context)


# --- supervisor ---------------------------------------------------------------------------------------


@router.get("/supervisor", response_class=HTMLResponse)
def supervisor(request: Request, ctx: auth.Console) -> Response:
    if not ctx.signed_in:
        return auth.login_redirect(request)
    try:
        with ctx.tx(min_role="supervisor") as (session, _, user):
            context = _base(session, user, ctx.data, ctx.settings)
            workspace = context["workspace"]
            context.update(
                {
                    "overview": queue.queue_overview(session, user.workspace_id),
                    "rows": _rows(session, user, workspace, "all"),
                    "agents": list(
                        session.scalars(
                            select(User)
                            .where(User.workspace_id == user.workspace_id, User.is_active.is_(True))
                            .order_by(User.name)
                        )
                    ),
                    "events": sla.events(session, user.workspace_id, limit=30),
                    "conv_ids": {},
                }
            )
            context["loads"] = {a.id: common.load(session, a.id) for a in context["agents"]}
            return _render(request, "console/supervisor.html", context)
    except DomainError as exc:
        return _error_page(request, exc)
