"""Console sign-in: a session cookie signed with the app secret, CSRF tokens, and live-socket tickets.

The cookie holds the user id, workspace id, a CSRF token and an expiry, signed with HMAC-SHA256 over
`settings.secret_key`; it is HttpOnly and SameSite=Lax (Secure in production). Every form post carries the
CSRF token (a hidden field or the X-CSRF-Token header) and it is compared in constant time. The live socket
cannot read an HttpOnly cookie from script, so the page gets a ticket valid for two minutes, bound to the
user and workspace, and asks for a fresh one when it reconnects.
"""

from __future__ import annotations

import base64
import hmac
import json
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Annotated, Any
from urllib.parse import urlencode, urlsplit

from fastapi import Depends, Request
from fastapi.responses import RedirectResponse
from sqlalchemy import select
from sqlalchemy.orm import Session

from warmline.auth.principal import Principal
from warmline.auth.service import sign, verify_password
from warmline.db import transaction
from warmline.kit.clock import now
from warmline.kit.errors import Forbidden, Unauthorized
from warmline.workspaces.models import User, Workspace

COOKIE = "wl_console"
LOGIN_CSRF_COOKIE = "wl_login_csrf"
SESSION_SECONDS = 12 * 3600
TICKET_SECONDS = 120


@dataclass(frozen=True)
class ConsoleSession:
    user_id: int
    workspace_id: int
    csrf: str
    expires: int


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def encode(secret: str, user_id: int, workspace_id: int) -> tuple[str, ConsoleSession]:
    data = ConsoleSession(
        user_id=user_id,
        workspace_id=workspace_id,
        csrf=secrets.token_urlsafe(24),
        expires=int(now().timestamp()) + SESSION_SECONDS,
    )
    body = _b64(
        json.dumps({"u": data.user_id, "w": data.workspace_id, "c": data.csrf, "e": data.expires}).encode()
    )
    return f"{body}.{sign(secret, 'console:' + body)}", data


def decode(secret: str, cookie: str | None) -> ConsoleSession | None:
    if not cookie or len(cookie) > 1000 or "." not in cookie:
        return None
    body, _, signature = cookie.rpartition(".")
    if not hmac.compare_digest(sign(secret, "console:" + body), signature):
        return None
    try:
        raw: dict[str, Any] = json.loads(_unb64(body))
        data = ConsoleSession(
            user_id=int(raw["u"]), workspace_id=int(raw["w"]), csrf=str(raw["c"]), expires=int(raw["e"])
        )
    except (ValueError, KeyError, TypeError):
        return None
    return data if data.expires > now().timestamp() else None


def live_ticket(secret: str, data: ConsoleSession) -> str:
    expires = int(now().timestamp()) + TICKET_SECONDS
    body = f"{data.workspace_id}.{data.user_id}.{expires}"
    return f"{body}.{sign(secret, 'live:' + body)}"


def read_live_ticket(secret: str, ticket: str) -> tuple[int, int] | None:
    parts = (ticket or "").split(".")
    if len(parts) != 4 or len(ticket) > 300:
        return None
    body = ".".join(parts[:3])
    if not hmac.compare_digest(sign(secret, "live:" + body), parts[3]):
        return None
    try:
        workspace_id, user_id, expires = (int(p) for p in parts[:3])
    except ValueError:
        return None
    return (workspace_id, user_id) if expires > now().timestamp() else None


def authenticate(session: Session, workspace_slug: str, email: str, password: str) -> User | None:
    workspace = session.scalar(select(Workspace).where(Workspace.slug == workspace_slug.strip()))
    user = None
    if workspace is not None:
        user = session.scalar(
            select(User).where(User.workspace_id == workspace.id, User.email == email.strip().lower())
        )
    ok = verify_password(user.password_hash if user else None, password)
    return user if ok and user is not None and user.is_active else None


class ConsoleContext:
    def __init__(self, request: Request) -> None:
        self.request = request
        self.settings = request.app.state.settings
        self.data = decode(self.settings.secret_key, request.cookies.get(COOKIE))

    @property
    def signed_in(self) -> bool:
        return self.data is not None

    def check_csrf(self, submitted: str | None) -> None:
        token = submitted or self.request.headers.get("x-csrf-token") or ""
        if self.data is None or not hmac.compare_digest(self.data.csrf, token):
            raise Forbidden("the form expired or did not come from this console; reload the page")

    @contextmanager
    def tx(self, min_role: str = "agent") -> Iterator[tuple[Session, Principal, User]]:
        if self.data is None:
            raise Unauthorized("sign in to the console first")
        with transaction(self.request.app.state.sessionmaker) as session:
            user = session.get(User, self.data.user_id)
            if user is None or not user.is_active or user.workspace_id != self.data.workspace_id:
                raise Unauthorized("this console session is no longer valid; sign in again")
            principal = Principal(workspace_id=user.workspace_id, role=user.role, user_id=user.id)
            if not principal.at_least(min_role):
                raise Forbidden(f"this needs the {min_role} role or higher")
            yield session, principal, user


def get_console(request: Request) -> ConsoleContext:
    return ConsoleContext(request)


Console = Annotated[ConsoleContext, Depends(get_console)]


def login_redirect(request: Request) -> RedirectResponse:
    """To the sign-in page, coming back to this page after it (the path form-encoded, query dropped); the
    console, policy and analytics pages all send people here."""
    return RedirectResponse("/console/login?" + urlencode({"next": request.scope["path"]}), status_code=303)


def back_to_console(request: Request) -> str:
    """Where a console form goes back to: the console page in the Referer when it is this site's (as a
    relative path, so never another host), else the inbox."""
    ref = urlsplit(request.headers.get("referer", ""))
    same_site = ref.netloc in ("", request.url.netloc) and ref.scheme in ("", request.url.scheme)
    if same_site and (ref.path == "/console" or ref.path.startswith("/console/")):
        return ref.path + (f"?{ref.query}" if ref.query else "")
    return "/console"
