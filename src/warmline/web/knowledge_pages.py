"""Knowledge pages: the admin editor (articles, versions, import, search preview) and the public help pages
that automated answers link to.

The admin page is HTML plus a small script of ours; every read and write goes through the knowledge API with
the admin's API token (kept in this tab's sessionStorage only), so the API's role checks apply. Help pages are
server-rendered from published articles only; Markdown is rendered with raw HTML escaped.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from markupsafe import Markup
from sqlalchemy import select

from warmline.db import transaction
from warmline.knowledge import markdown
from warmline.knowledge.models import Article
from warmline.workspaces.models import Workspace

TEMPLATES = Jinja2Templates(directory=str(Path(__file__).parent / "templates"))
router = APIRouter(include_in_schema=False)


@router.get("/admin/knowledge", response_class=HTMLResponse)
def knowledge_admin(request: Request) -> HTMLResponse:
    return TEMPLATES.TemplateResponse(request, "knowledge/admin.html", {})


@router.get("/help/{workspace_slug}", response_class=HTMLResponse)
def help_index(request: Request, workspace_slug: str) -> HTMLResponse:
    with transaction(request.app.state.sessionmaker) as session:
        workspace = session.scalar(select(Workspace).where(Workspace.slug == workspace_slug))
        if workspace is None:
            return _not_found(request)
        articles = list(
            session.scalars(
                select(Article)
                .where(
                    Article.workspace_id == workspace.id,
                    Article.status == "published",
                    Article.audience.is_(None),
                )
                .order_by(Article.title)
            )
        )
        return TEMPLATES.TemplateResponse(
            request, "knowledge/help_index.html", {"workspace": workspace, "articles": articles}
        )


@router.get("/help/{workspace_slug}/{article_slug}", response_class=HTMLResponse)
def help_article(request: Request, workspace_slug: str, article_slug: str) -> HTMLResponse:
    with transaction(request.app.state.sessionmaker) as session:
        workspace = session.scalar(select(Workspace).where(Workspace.slug == workspace_slug))
        article = None
        if workspace is not None:
            article = session.scalar(
                select(Article).where(
                    Article.workspace_id == workspace.id,
                    Article.slug == article_slug,
                    Article.status == "published",
                )
            )
        if workspace is None or article is None:
            return _not_found(request)
        html = Markup(markdown.to_html(article.body))  # noqa: S704 - raw HTML is escaped by the renderer
        return TEMPLATES.TemplateResponse(
            request,
            "knowledge/help_article.html",
            {"workspace": workspace, "article": article, "body_html": html},
        )


def _not_found(request: Request) -> HTMLResponse:
    return TEMPLATES.TemplateResponse(request, "knowledge/help_missing.html", {}, status_code=404)
