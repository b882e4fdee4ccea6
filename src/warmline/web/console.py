"""The agent console: sign-in, inbox, conversation view, supervisor view, and the live socket."""

from __future__ import annotations

import secrets
from typing import Annotated, Any

from fastapi import APIRouter, Form, Query, Request, WebSocket
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from sqlalchemy import select
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from warmline import realtime
from warmline.api import live
from warmline.conversations import service as conversations
from warmline.conversations.models import Conversation, Decision, Message
from warmline.conversations.schemas import ConversationPatch, MessagePost
from warmline.customers.models import Customer
from warmline.db import transaction
from warmline.handoff import service as handoff
from warmline.handoff.schemas import HandbackRequest
from warmline.kit.clock import now
from warmline.kit.errors import DomainError, Invalid
from warmline.policy.engine import PRIORITY_RANK
from warmline.routing import common, queue, sla
from warmline.routing.models import RoutingState
from warmline.web import session as auth
from warmline.web.empathy import hint
from warmline.web.templating import TEMPLATES
from warmline.widget import service as widget
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
STATUSES = ("open", "pending", "resolved", "closed")
PRESENCE = ("online", "away", "offline")


#: console pages are never framed by another site (clickjacking), never sniffed, never leak their URLs
PAGE_HEADERS = {
    "X-Frame-Options": "DENY",
    "Content-Security-Policy": "frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "Cache-Control": "no-store",
}


def _render(request: Request, name: str, context: dict[str, Any], status_code: int = 200) -> HTMLResponse:
    return TEMPLATES.TemplateResponse(request, name, context, status_code=status_code, headers=PAGE_HEADERS)


def _error_page(request: Request, exc: DomainError) -> HTMLResponse:
    return _render(
        request,
        "console/error.html",
        {"message": exc.message, "status": exc.status_code},
        status_code=exc.status_code,
    )


def _wants_json(request: Request) -> bool:
    return "application/json" in request.headers.get("accept", "")


def _login_redirect(request: Request) -> RedirectResponse:
    return RedirectResponse(f"/console/login?next={request.url.path}", status_code=303)


# --- sign in -----------------------------------------------------------------------------------------


@router.get("/login", response_class=HTMLResponse)
def login_page(request: Request, workspace: str = "", error: str = "") -> HTMLResponse:
    token = secrets.token_urlsafe(24)
    response = _render(
        request,
        "console/login.html",
        {"csrf": token, "workspace": workspace[:64] or "demo", "error": error[:200]},
    )
    response.set_cookie(
        auth.LOGIN_CSRF_COOKIE,
        token,
        httponly=True,
        samesite="lax",
        secure=request.app.state.settings.env == "production",
        max_age=3600,
    )
    return response


@router.post("/login")
def login(
    request: Request,
    workspace: Annotated[str, Form(max_length=64)],
    email: Annotated[str, Form(max_length=320)],
    password: Annotated[str, Form(max_length=500)],
    csrf: Annotated[str, Form(max_length=100)] = "",
    next: Annotated[str, Form(max_length=300)] = "",
) -> Response:
    import hmac

    expected = request.cookies.get(auth.LOGIN_CSRF_COOKIE, "")
    if not expected or not hmac.compare_digest(expected, csrf):
        return _render(
            request,
            "console/login.html",
            {
                "csrf": expected,
                "workspace": workspace,
                "email": email,
                "error": "The sign-in form expired. Please try again.",
            },
            status_code=403,
        )
    with transaction(request.app.state.sessionmaker) as session:
        user = auth.authenticate(session, workspace, email, password)
        ids = (user.id, user.workspace_id) if user else None
    if ids is None:
        return _render(
            request,
            "console/login.html",
            {
                "csrf": expected,
                "workspace": workspace,
                "email": email,
                "error": "That email and password do not match.",
            },
            status_code=401,
        )
    cookie, _ = auth.encode(request.app.state.settings.secret_key, ids[0], ids[1])
    # back to a page of this site under /console or /admin only: never an absolute URL, //host or /\host
    path = next.split("?", 1)[0].split("#", 1)[0]
    same_site = next.isprintable() and "\\" not in next
    wanted = path in ("/console", "/admin") or path.startswith(("/console/", "/admin/"))
    target = next if same_site and wanted else "/console"
    response = RedirectResponse(target, status_code=303)
    response.set_cookie(
        auth.COOKIE,
        cookie,
        httponly=True,
        samesite="lax",
        max_age=auth.SESSION_SECONDS,
        secure=request.app.state.settings.env == "production",
        path="/",
    )
    response.delete_cookie(auth.LOGIN_CSRF_COOKIE)
    return response


@router.post("/logout")
def logout(ctx: auth.Console, csrf: Annotated[str, Form(max_length=100)] = "") -> Response:
    """Signing out also sets the agent offline, so that routing stops sending them conversations."""
    ctx.check_csrf(csrf)
    with ctx.tx() as (session, principal, user):
        queue.set_presence(session, principal.workspace_id, user.id, "offline")
    response = RedirectResponse("/console/login", status_code=303)
    response.delete_cookie(auth.COOKIE, path="/")
    return response


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
        return _login_redirect(request)
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
        return _login_redirect(request)
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


def _done(request: Request, conversation_id: int | None, payload: dict[str, Any] | None = None) -> Response:
    if _wants_json(request):
        return JSONResponse({"ok": True, **(payload or {})})
    return RedirectResponse(
        f"/console/c/{conversation_id}" if conversation_id else "/console", status_code=303
    )


@router.post("/c/{conversation_id}/reply")
def reply(
    request: Request,
    conversation_id: int,
    ctx: auth.Console,
    text: Annotated[str, Form(max_length=20_000)],
    csrf: Annotated[str, Form(max_length=100)] = "",
    client_msg_id: Annotated[str, Form(max_length=128)] = "",
    private: Annotated[bool, Form()] = False,
) -> Response:
    ctx.check_csrf(csrf)
    with ctx.tx() as (session, principal, _):
        if not text.strip():
            raise Invalid("write something before sending")
        result = conversations.post_message(
            session,
            principal,
            principal.workspace_id,
            conversation_id,
            MessagePost(text=text, author="agent", private=private, client_msg_id=client_msg_id or None),
        )
        conv = conversations.get(session, principal.workspace_id, conversation_id)
        sla.refresh(session, conv)
        message_id = result.message.id
    return _done(request, conversation_id, {"message_id": message_id})


@router.post("/c/{conversation_id}/status")
def set_status(
    request: Request,
    conversation_id: int,
    ctx: auth.Console,
    status: Annotated[str, Form(max_length=20)],
    csrf: Annotated[str, Form(max_length=100)] = "",
) -> Response:
    ctx.check_csrf(csrf)
    if status not in STATUSES:
        raise Invalid(f"status must be one of {', '.join(STATUSES)}")
    with ctx.tx() as (session, principal, _):
        patch = ConversationPatch.model_validate({"status": status})
        conv = conversations.update(session, principal, principal.workspace_id, conversation_id, patch)
        if status in ("resolved", "closed"):
            queue.release(session, conv)
    return _done(request, conversation_id)


@router.post("/c/{conversation_id}/tags")
def set_tags(
    request: Request,
    conversation_id: int,
    ctx: auth.Console,
    tags: Annotated[str, Form(max_length=2000)],
    csrf: Annotated[str, Form(max_length=100)] = "",
) -> Response:
    ctx.check_csrf(csrf)
    clean = sorted({t.strip().lower()[:40] for t in tags.split(",") if t.strip()})
    with ctx.tx() as (session, principal, _):
        conversations.update(
            session, principal, principal.workspace_id, conversation_id, ConversationPatch(tags=clean[:50])
        )
    return _done(request, conversation_id)


@router.post("/c/{conversation_id}/assign-me")
def assign_me(
    request: Request, conversation_id: int, ctx: auth.Console, csrf: Annotated[str, Form(max_length=100)] = ""
) -> Response:
    ctx.check_csrf(csrf)
    with ctx.tx() as (session, principal, user):
        queue.transfer(
            session,
            principal,
            principal.workspace_id,
            conversation_id,
            to_user_id=user.id,
            note="took it from the inbox",
        )
    return _done(request, conversation_id)


def _transfer(ctx: auth.Console, conversation_id: int, target: str, note: str, *, min_role: str) -> None:
    """Transfer to `target` ("user:<id>" or "team:<id>"): an agent's transfer, a supervisor's reassign."""
    kind, _, raw_id = target.partition(":")
    if kind not in ("user", "team") or not raw_id.isdigit():
        raise Invalid("choose an agent or a team to transfer to")
    with ctx.tx(min_role=min_role) as (session, principal, _):
        queue.transfer(
            session,
            principal,
            principal.workspace_id,
            conversation_id,
            to_user_id=int(raw_id) if kind == "user" else None,
            to_team_id=int(raw_id) if kind == "team" else None,
            note=note,
        )


@router.post("/c/{conversation_id}/transfer")
def transfer(
    request: Request,
    conversation_id: int,
    ctx: auth.Console,
    target: Annotated[str, Form(max_length=40)],
    note: Annotated[str, Form(max_length=2000)] = "",
    csrf: Annotated[str, Form(max_length=100)] = "",
) -> Response:
    """target is "user:<id>" or "team:<id>"."""
    ctx.check_csrf(csrf)
    _transfer(ctx, conversation_id, target, note, min_role="agent")
    return _done(request, conversation_id)


@router.post("/c/{conversation_id}/handback")
def handback(
    request: Request,
    conversation_id: int,
    ctx: auth.Console,
    resolved: Annotated[str, Form(max_length=1000)],
    note: Annotated[str, Form(max_length=2000)] = "",
    csrf: Annotated[str, Form(max_length=100)] = "",
) -> Response:
    ctx.check_csrf(csrf)
    if not resolved.strip():
        raise Invalid("say in a few words what was resolved")
    with ctx.tx() as (session, principal, _):
        conv, _decision, replies = handoff.hand_back(
            session,
            principal,
            principal.workspace_id,
            conversation_id,
            HandbackRequest(resolved=resolved.strip(), note=note or None),
        )
        handoff.publish(session, conv, replies)
    return _done(request, conversation_id)


@router.post("/c/{conversation_id}/typing")
def typing(
    conversation_id: int, ctx: auth.Console, csrf: Annotated[str, Form(max_length=100)] = ""
) -> JSONResponse:
    ctx.check_csrf(csrf)
    with ctx.tx() as (session, principal, user):
        conv = conversations.get(session, principal.workspace_id, conversation_id)
        widget.publish_typing(session, conv, "agent", user.name.split(" ")[0])
    return JSONResponse({"ok": True})


@router.post("/presence")
def presence(
    request: Request,
    ctx: auth.Console,
    presence: Annotated[str, Form(max_length=20)],
    csrf: Annotated[str, Form(max_length=100)] = "",
) -> Response:
    ctx.check_csrf(csrf)
    with ctx.tx() as (session, principal, user):
        queue.set_presence(session, principal.workspace_id, user.id, presence)
    if _wants_json(request):
        return JSONResponse({"ok": True, "presence": presence})
    back = request.headers.get("referer", "/console")
    return RedirectResponse(back if "/console" in back else "/console", status_code=303)


# --- supervisor ---------------------------------------------------------------------------------------


@router.get("/supervisor", response_class=HTMLResponse)
def supervisor(request: Request, ctx: auth.Console) -> Response:
    if not ctx.signed_in:
        return _login_redirect(request)
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


@router.post("/supervisor/reassign")
def reassign(
    request: Request,
    ctx: auth.Console,
    conversation_id: Annotated[int, Form()],
    target: Annotated[str, Form(max_length=40)],
    note: Annotated[str, Form(max_length=2000)] = "",
    csrf: Annotated[str, Form(max_length=100)] = "",
) -> Response:
    ctx.check_csrf(csrf)
    _transfer(ctx, conversation_id, target, note or "reassigned by a supervisor", min_role="supervisor")
    if _wants_json(request):
        return JSONResponse({"ok": True})
    return RedirectResponse("/console/supervisor", status_code=303)
