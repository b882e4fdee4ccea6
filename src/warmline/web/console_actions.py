"""The console's actions, the form posts an agent makes on a conversation: reply, status, tags, take it,
transfer, hand back, typing; their presence; and a supervisor's reassign. Each answers JSON to a script,
or redirects back to the page."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response

from warmline.conversations import service as conversations
from warmline.conversations.schemas import ConversationPatch, MessagePost
from warmline.handoff import service as handoff
from warmline.handoff.schemas import HandbackRequest
from warmline.kit.errors import Invalid
from warmline.routing import queue, sla
from warmline.web import session as auth
from warmline.web.console_common import STATUSES
from warmline.widget import service as widget

router = APIRouter(prefix="/console", include_in_schema=False)


def _wants_json(request: Request) -> bool:
    return "application/json" in request.headers.get("accept", "")


# --- one conversation ----------------------------------------------------------------------------------


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
    return RedirectResponse(auth.back_to_console(request), status_code=303)


# --- supervisor ---------------------------------------------------------------------------------------


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
