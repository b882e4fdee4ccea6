"""What the console's sign-in, pages and actions share: `_render` with the console's page headers, and the
conversation statuses an agent can set."""

from __future__ import annotations

from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse

from warmline.web.templating import TEMPLATES

STATUSES = ("open", "pending", "resolved", "closed")


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
