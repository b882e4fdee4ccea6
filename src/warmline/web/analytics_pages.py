"""Admin pages for analytics, recommendations, segments and touchpoints (server-rendered, SVG charts).

Signed in with the console session (cookie); supervisors see figures, admins also apply recommendations.
Every form post carries the console's CSRF token.
"""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Form, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from warmline.analytics import charts, segments, service
from warmline.analytics import recommendations as recs
from warmline.analytics.params import ReportQuery
from warmline.analytics.schemas import DIMENSIONS
from warmline.conversations.models import Conversation
from warmline.db import transaction
from warmline.feedback import service as feedback
from warmline.feedback.surveys import check_survey_token
from warmline.kit.errors import DomainError, Invalid
from warmline.touchpoints import service as touchpoints
from warmline.web.session import Console, login_redirect
from warmline.web.templating import TEMPLATES
from warmline.workspaces.models import Workspace

router = APIRouter(include_in_schema=False)


def _render(request: Request, name: str, context: dict[str, Any], status_code: int = 200) -> HTMLResponse:
    return TEMPLATES.TemplateResponse(request, name, context, status_code=status_code)


def _guard(request: Request, ctx: Any) -> Response | None:
    if not ctx.signed_in:
        return login_redirect(request)
    return None


def _error(request: Request, exc: DomainError) -> HTMLResponse:
    return _render(
        request, "analytics/error.html", {"message": exc.message, "section": ""}, status_code=exc.status_code
    )


def _base(session: Any, principal: Any, user: Any, ctx: Any, section: str) -> dict[str, Any]:
    workspace = session.get(Workspace, principal.workspace_id)
    return {
        "me": user,
        "workspace_name": workspace.name if workspace else "",
        "csrf": ctx.data.csrf,
        "section": section,
        "is_admin": principal.at_least("admin"),
    }


def _pct(v: float | None) -> str:
    return "—" if v is None else f"{v:.0%}"


TEMPLATES.env.filters["pct"] = _pct


@router.get("/admin/analytics", response_class=HTMLResponse)
def analytics_page(
    request: Request,
    ctx: Console,
    period: Annotated[ReportQuery, Depends()],
    group_by: Annotated[str, Query(max_length=100)] = "segment,intent",
) -> Response:
    if (redirect := _guard(request, ctx)) is not None:
        return redirect
    start, end, filters = period.start, period.end, period.filters
    dims = [d for d in group_by.split(",") if d]
    try:
        with ctx.tx(min_role="supervisor") as (session, principal, user):
            result = service.report(
                session, principal.workspace_id, start=start, end=end, group_by=dims, filters=filters
            )
            weekly = service.trend(
                session, principal.workspace_id, start=None, end=result.end, bucket="week", filters=filters
            )
            base = _base(session, principal, user, ctx, "analytics")
    except DomainError as exc:
        return _error(request, exc)
    labels = [p.start.strftime("%d %b") for p in weekly.points]
    csat_chart = charts.line_chart(
        "CSAT by week (1-5)", labels, [("CSAT", [p.figures.csat for p in weekly.points])], y_min=1, y_max=5
    )
    containment_chart = charts.line_chart(
        "Containment by week: confirmed vs assumed (silence)",
        labels,
        [
            ("confirmed", [p.figures.containment for p in weekly.points]),
            ("assumed (silence)", [p.figures.containment_assumed for p in weekly.points]),
            ("escalated", [p.figures.escalation_rate for p in weekly.points]),
        ],
        y_min=0,
        y_max=1,
        kind="pct",
    )
    volume_chart = charts.line_chart(
        "Conversations by week",
        labels,
        [("volume", [float(p.figures.volume) for p in weekly.points])],
        y_min=0,
        kind="int",
    )
    outcome_chart = charts.stacked_bar("How conversations ended", service.outcome_mix(result.total))
    query = {
        "start": result.start.isoformat(),
        "end": result.end.isoformat(),
        "group_by": ",".join(dims),
        **filters,
    }
    return _render(
        request,
        "analytics/overview.html",
        {
            **base,
            "report": result,
            "t": result.total,
            "dims": DIMENSIONS,
            "group_by": dims,
            "filters": filters,
            "csat_chart": csat_chart,
            "containment_chart": containment_chart,
            "volume_chart": volume_chart,
            "outcome_chart": outcome_chart,
            "ci_bar": charts.ci_bar,
            "csv_url": "/admin/analytics.csv?" + urlencode(query),
        },
    )


@router.get("/admin/analytics.csv")
def analytics_csv(
    request: Request,
    ctx: Console,
    period: Annotated[ReportQuery, Depends()],
    group_by: Annotated[str, Query(max_length=100)] = "",
) -> Response:
    if (redirect := _guard(request, ctx)) is not None:
        return redirect
    start, end, filters = period.start, period.end, period.filters
    try:
        with ctx.tx(min_role="supervisor") as (session, principal, _user):
            result = service.report(
                session,
                principal.workspace_id,
                start=start,
                end=end,
                group_by=[d for d in group_by.split(",") if d],
                filters=filters,
            )
    except DomainError as exc:
        return _error(request, exc)
    return Response(
        service.report_csv(result),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": 'attachment; filename="warmline-analytics.csv"'},
    )


@router.get("/admin/analytics/recommendations", response_class=HTMLResponse)
def recommendations_page(request: Request, ctx: Console) -> Response:
    if (redirect := _guard(request, ctx)) is not None:
        return redirect
    try:
        with ctx.tx(min_role="supervisor") as (session, principal, user):
            items = recs.list_all(session, principal.workspace_id)
            base = _base(session, principal, user, ctx, "recommendations")
    except DomainError as exc:
        return _error(request, exc)
    return _render(
        request,
        "analytics/recommendations.html",
        {**base, "items": items, "min_sample": recs.MIN_SAMPLE, "alpha": recs.ALPHA},
    )


@router.post("/admin/analytics/recommendations/run")
def run_recommendations(
    request: Request, ctx: Console, csrf: Annotated[str, Form(max_length=100)] = ""
) -> Response:
    if (redirect := _guard(request, ctx)) is not None:
        return redirect
    try:
        ctx.check_csrf(csrf)
        with ctx.tx(min_role="admin") as (session, principal, _user):
            recs.run(session, principal.workspace_id)
    except DomainError as exc:
        return _error(request, exc)
    return RedirectResponse("/admin/analytics/recommendations", status_code=303)


@router.post("/admin/analytics/recommendations/{recommendation_id}/{decision}")
def decide_recommendation(
    request: Request,
    ctx: Console,
    recommendation_id: int,
    decision: str,
    csrf: Annotated[str, Form(max_length=100)] = "",
    note: Annotated[str, Form(max_length=2000)] = "",
) -> Response:
    if (redirect := _guard(request, ctx)) is not None:
        return redirect
    try:
        ctx.check_csrf(csrf)
        if decision not in ("approve", "dismiss"):
            raise Invalid("decide with approve or dismiss")
        with ctx.tx(min_role="admin") as (session, principal, _user):
            action = recs.approve if decision == "approve" else recs.dismiss
            action(session, principal, principal.workspace_id, recommendation_id, note=note or None)
    except DomainError as exc:
        return _error(request, exc)
    return RedirectResponse(f"/admin/analytics/recommendations#rec-{recommendation_id}", status_code=303)


@router.get("/admin/analytics/segments", response_class=HTMLResponse)
def segments_page(request: Request, ctx: Console) -> Response:
    if (redirect := _guard(request, ctx)) is not None:
        return redirect
    try:
        with ctx.tx(min_role="supervisor") as (session, principal, user):
            rules = segments.rule_segments(session, principal.workspace_id)
            clusters = segments.list_segments(session, principal.workspace_id)
            base = _base(session, principal, user, ctx, "segments")
    except DomainError as exc:
        return _error(request, exc)
    return _render(
        request,
        "analytics/segments.html",
        {**base, "rules": rules, "clusters": clusters, "ci_bar": charts.ci_bar},
    )


@router.post("/admin/analytics/segments/recompute")
def recompute_segments(
    request: Request, ctx: Console, csrf: Annotated[str, Form(max_length=100)] = ""
) -> Response:
    if (redirect := _guard(request, ctx)) is not None:
        return redirect
    try:
        ctx.check_csrf(csrf)
        with ctx.tx(min_role="admin") as (session, principal, _user):
            segments.recompute(session, principal.workspace_id)
    except DomainError as exc:
        return _error(request, exc)
    return RedirectResponse("/admin/analytics/segments", status_code=303)


@router.get("/admin/touchpoints", response_class=HTMLResponse)
def touchpoints_page(
    request: Request, ctx: Console, show: Annotated[str, Query(pattern="^(mine|all|done)$")] = "mine"
) -> Response:
    if (redirect := _guard(request, ctx)) is not None:
        return redirect
    try:
        with ctx.tx(min_role="agent") as (session, principal, user):
            tasks = touchpoints.list_tasks(
                session,
                principal.workspace_id,
                assignee_id=user.id if show == "mine" else None,
                status="done" if show == "done" else "open",
            )
            base = _base(session, principal, user, ctx, "touchpoints")
            names = touchpoints.names_for(session, tasks)
    except DomainError as exc:
        return _error(request, exc)
    return _render(
        request, "analytics/touchpoints.html", {**base, "tasks": tasks, "show": show, "names": names}
    )


@router.post("/admin/touchpoints/{task_id}/done")
def complete_task(
    request: Request,
    ctx: Console,
    task_id: int,
    csrf: Annotated[str, Form(max_length=100)] = "",
    note: Annotated[str, Form(max_length=2000)] = "",
) -> Response:
    if (redirect := _guard(request, ctx)) is not None:
        return redirect
    try:
        ctx.check_csrf(csrf)
        with ctx.tx(min_role="agent") as (session, principal, _user):
            touchpoints.update_task(
                session, principal, principal.workspace_id, task_id, status="done", note=note or None
            )
    except DomainError as exc:
        return _error(request, exc)
    return RedirectResponse("/admin/touchpoints", status_code=303)


# -- the customer's survey page (the link in an emailed survey) ------------------------------------


def _survey_conversation(request: Request, token: str) -> tuple[int, int] | None:
    head = token.partition(".")[0]
    if not head.isdigit() or len(token) > 200:
        return None
    with transaction(request.app.state.sessionmaker) as session:
        conversation = session.get(Conversation, int(head))
        if conversation is None:
            return None
        workspace = session.get(Workspace, conversation.workspace_id)
        if workspace is None or not workspace.identity_secret:
            return None
        if check_survey_token(workspace.identity_secret, token) != conversation.id:
            return None
        return conversation.id, conversation.workspace_id


@router.get("/feedback/{token}", response_class=HTMLResponse)
def survey_page(request: Request, token: str) -> HTMLResponse:
    if _survey_conversation(request, token) is None:
        return _render(request, "analytics/survey.html", {"missing": True}, status_code=404)
    return _render(request, "analytics/survey.html", {"token": token})


@router.post("/feedback/{token}", response_class=HTMLResponse)
def survey_answer(
    request: Request,
    token: str,
    score: Annotated[int, Form(ge=1, le=5)],
    comment: Annotated[str, Form(max_length=4000)] = "",
    wanted_human_sooner: Annotated[str, Form(max_length=10)] = "",
    bot_did_not_help: Annotated[str, Form(max_length=10)] = "",
) -> HTMLResponse:
    found = _survey_conversation(request, token)
    if found is None:
        return _render(request, "analytics/survey.html", {"missing": True}, status_code=404)
    conversation_id, workspace_id = found
    with transaction(request.app.state.sessionmaker) as session:
        conversation = session.get(Conversation, conversation_id)
        channel = (
            conversation.channel
            if conversation and conversation.channel in ("widget", "email", "api", "sms", "phone")
            else "email"
        )
        feedback.record_csat(
            session,
            workspace_id=workspace_id,
            conversation_id=conversation_id,
            score=score,
            comment=comment or None,
            wanted_human_sooner=bool(wanted_human_sooner),
            bot_did_not_help=bool(bot_did_not_help),
            channel=channel,
        )
    return _render(request, "analytics/survey.html", {"thanks": True, "score": score})
