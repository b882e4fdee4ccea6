"""The policy admin page: edit the YAML, see problems with their line, simulate before saving, versions and
diffs, restore. Server-rendered; signed in with the console session; admins only; every post carries the
console's CSRF token."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, Response

from warmline.kit.errors import DomainError, Invalid
from warmline.policy import service, simulation_service
from warmline.policy.document import MAX_POLICY_BYTES
from warmline.web.session import Console, login_redirect
from warmline.web.templating import TEMPLATES
from warmline.workspaces.models import Workspace

router = APIRouter(include_in_schema=False)
Source = Annotated[str, Form(max_length=MAX_POLICY_BYTES)]
Csrf = Annotated[str, Form(max_length=200)]


def _page(
    request: Request, ctx: Any, extra: dict[str, Any], *, source: str | None = None, status_code: int = 200
) -> HTMLResponse:
    with ctx.tx(min_role="admin") as (session, principal, user):
        running, version, row = service.active_source(session, principal.workspace_id)
        versions = service.list_versions(session, principal.workspace_id)
        workspace = session.get(Workspace, principal.workspace_id)
        diff = None
        shown = extra.pop("show_version", None)
        if shown is not None:
            chosen = service.get_version(session, principal.workspace_id, shown)
            diff = {
                "version": chosen.version,
                "text": service.diff_to_previous(session, principal.workspace_id, chosen),
            }
        context = {
            "me": user,
            "workspace": workspace,
            "csrf": ctx.data.csrf,
            "section": "policy",
            "presences": ("online", "away", "offline"),
            "source": running if source is None else source,
            "version": version,
            "builtin": row is None,
            "versions": versions,
            "diff": diff,
            "problems": [],
            "status": None,
            "report": None,
            **extra,
        }
    return TEMPLATES.TemplateResponse(request, "policy/edit.html", context, status_code=status_code)


def _guarded(request: Request, ctx: Any, run: Any) -> Response:
    if not ctx.signed_in:
        return login_redirect(request)
    try:
        return run()
    except DomainError as exc:
        return TEMPLATES.TemplateResponse(
            request, "policy/error.html", {"message": exc.message}, status_code=exc.status_code
        )


@router.get("/admin/policy", response_class=HTMLResponse)
def policy_page(request: Request, ctx: Console, version: int | None = None) -> Response:
    return _guarded(request, ctx, lambda: _page(request, ctx, {"show_version": version}))


@router.post("/admin/policy", response_class=HTMLResponse)
def policy_action(
    request: Request,
    ctx: Console,
    source: Source,
    csrf: Csrf,
    action: Annotated[str, Form(pattern="^(check|simulate|save)$")] = "check",
    comment: Annotated[str, Form(max_length=500)] = "",
) -> Response:
    def run() -> Response:
        ctx.check_csrf(csrf)
        try:
            if action == "check":
                service.validate_source(source)
                return _page(request, ctx, {"status": "The policy is valid."}, source=source)
            if action == "simulate":
                with ctx.tx(min_role="admin") as (session, principal, _):
                    report = simulation_service.simulate_for_workspace(
                        session, principal.workspace_id, source, None
                    )
                return _page(request, ctx, {"report": report}, source=source)
            with ctx.tx(min_role="admin") as (session, principal, _):
                saved = service.save(session, principal, principal.workspace_id, source, comment)
                number = saved.version
            return _page(request, ctx, {"status": f"Saved as version {number}; it is running now."})
        except Invalid as exc:
            problems = exc.details if isinstance(exc.details, list) else []
            status = exc.message + (" The running policy is unchanged." if action == "save" else "")
            return _page(
                request, ctx, {"problems": problems, "status": status}, source=source, status_code=422
            )

    return _guarded(request, ctx, run)


@router.post("/admin/policy/versions/{version}/restore", response_class=HTMLResponse)
def restore_page(request: Request, ctx: Console, version: int, csrf: Csrf) -> Response:
    def run() -> Response:
        ctx.check_csrf(csrf)
        with ctx.tx(min_role="admin") as (session, principal, _):
            number = service.restore(session, principal, principal.workspace_id, version).version
        return _page(
            request, ctx, {"status": f"Version {version} restored as version {number}; it is running now."}
        )

    return _guarded(request, ctx, run)
