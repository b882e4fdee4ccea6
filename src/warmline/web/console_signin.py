"""The console's sign-in: the sign-in page, signing in (with its own CSRF cookie) and signing out."""

from __future__ import annotations

import secrets
from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from warmline.db import transaction
from warmline.routing import queue
from warmline.web import session as auth
from warmline.web.console_common import _render

router = APIRouter(prefix="/console", include_in_schema=False)


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
