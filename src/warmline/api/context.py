"""The per-request context: settings, a unit of work, and the authenticated caller."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy.orm import Session, sessionmaker

from warmline.auth import service as auth
from warmline.auth.principal import Principal
from warmline.db import read_transaction, transaction
from warmline.kit.errors import Forbidden, Unauthorized
from warmline.settings import Settings


class RequestContext:
    """Routes open exactly one transaction with :meth:`tx`; it commits before the response is built."""

    def __init__(self, request: Request, token: str | None) -> None:
        self.request = request
        self.settings: Settings = request.app.state.settings
        self.factory: sessionmaker[Session] = request.app.state.sessionmaker
        self._token = token
        self._principal: Principal | None = None

    @contextmanager
    def tx(self, min_role: str = "agent") -> Iterator[tuple[Session, Principal]]:
        with transaction(self.factory) as session:
            known = self._principal
            if known is not None and not known.touch_due and known.at_least(min_role):
                # checked a moment ago by `read` in this same request; nothing to write back
                yield session, known
            else:
                yield session, self._authenticate(session, min_role, touch=True)

    @contextmanager
    def read(self, min_role: str = "agent") -> Iterator[tuple[Session, Principal]]:
        """A read-only unit of work (see `warmline.db.read_transaction`), for work before a `tx`.

        The token checked here is trusted by a `tx` later in the same request (milliseconds later)."""
        with read_transaction(self.factory) as session:
            self._principal = self._authenticate(session, min_role, touch=False)
            yield session, self._principal

    def _authenticate(self, session: Session, min_role: str, *, touch: bool) -> Principal:
        principal = auth.authenticate_token(session, self._token or "", touch=touch)
        if principal is None:
            raise Unauthorized("the bearer token is missing, unknown or revoked")
        if not principal.at_least(min_role):
            raise Forbidden(f"this needs the {min_role} role or higher")
        return principal


async def _bearer(request: Request) -> str:
    header = request.headers.get("authorization", "")
    scheme, _, value = header.partition(" ")
    if scheme.lower() != "bearer" or not value.strip():
        raise Unauthorized("send an API token as 'Authorization: Bearer <token>'")
    return value.strip()


async def get_context(request: Request, token: Annotated[str, Depends(_bearer)]) -> RequestContext:
    # async: neither blocks, and FastAPI would run plain functions in the thread pool, one hop each
    return RequestContext(request, token)


Ctx = Annotated[RequestContext, Depends(get_context)]
