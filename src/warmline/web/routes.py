"""Server-rendered pages: home, the agent console, the customer widget, the demo site, static files."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, Response

from warmline.db import transaction
from warmline.kit.errors import NotFound
from warmline.web import console, widget_pages
from warmline.web.templating import TEMPLATES
from warmline.widget import service as widget

router = APIRouter(include_in_schema=False)
router.include_router(console.router)
router.include_router(widget_pages.router)
STATIC = Path(__file__).parent / "static"
CONTENT_TYPES = {".js": "text/javascript", ".css": "text/css", ".svg": "image/svg+xml"}


@router.get("/", response_class=HTMLResponse)
def home(request: Request) -> HTMLResponse:
    return TEMPLATES.TemplateResponse(request, "home.html", {})


@router.get("/static/{name}")
def static(name: str) -> Response:
    path = (STATIC / name).resolve()
    if path.parent != STATIC.resolve() or not path.is_file() or path.suffix not in CONTENT_TYPES:
        raise NotFound("no such file")
    return Response(
        path.read_bytes(), media_type=CONTENT_TYPES[path.suffix], headers={"Cache-Control": "no-cache"}
    )


@router.get("/demo", response_class=HTMLResponse)
def demo(
    request: Request,
    as_: Annotated[str | None, Query(alias="as", max_length=200)] = None,
    workspace: Annotated[str, Query(max_length=64)] = "demo",
) -> HTMLResponse:
    """The Hearthbox demo site with the widget. `?as=cus_1005` signs an identity the way a business's
    server would (only when the workspace has an identity secret)."""
    identity = None
    with transaction(request.app.state.sessionmaker) as session:
        ws = widget.workspace_by_slug(session, workspace)
        if as_ and ws.identity_secret:
            identity = widget_pages.demo_identity(ws, as_, int(time.time()))
    return TEMPLATES.TemplateResponse(
        request, "demo/index.html", {"workspace": workspace, "identity": identity}
    )
