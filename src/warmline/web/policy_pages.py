"""The policy admin page: edit the YAML, see problems with their line, versions with diffs, run the simulator.

The page is static HTML plus a small script of ours; every read and write goes through the admin API with the
admin's API token (kept in this browser tab's sessionStorage only), so the API's role checks apply.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

TEMPLATES = Jinja2Templates(directory=str(Path(__file__).parent / "templates"))
router = APIRouter(include_in_schema=False)


@router.get("/admin/policy", response_class=HTMLResponse)
def policy_page(request: Request) -> HTMLResponse:
    return TEMPLATES.TemplateResponse(request, "policy/edit.html", {})
