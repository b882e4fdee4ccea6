"""Knowledge base admin API: articles, versions, import, search."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Response, status
from pydantic import BaseModel, Field

from warmline.api.context import Ctx
from warmline.knowledge import service
from warmline.knowledge.schemas import (
    ArticleIn,
    ArticleOut,
    ArticlePatch,
    ArticleSuggestion,
    ArticleVersionOut,
    ImportResult,
    SearchOut,
    Status,
)

router = APIRouter(prefix="/api/v1/knowledge", tags=["knowledge"])


class ImportFile(BaseModel):
    name: str = Field(
        min_length=1, max_length=200, description="file name; .csv is read as CSV, else Markdown"
    )
    content: str = Field(max_length=200_000)


class ImportBody(BaseModel):
    files: list[ImportFile] = Field(min_length=1, max_length=500)


@router.get("/articles", response_model=list[ArticleOut])
def list_articles(
    ctx: Ctx,
    status_: Annotated[Status | None, Query(alias="status")] = None,
    tag: Annotated[str | None, Query(max_length=40)] = None,
    q: Annotated[str | None, Query(max_length=200)] = None,
) -> list[ArticleOut]:
    with ctx.tx("agent") as (session, principal):
        rows = service.list_articles(session, principal.workspace_id, status=status_, tag=tag, q=q)
        return [ArticleOut.model_validate(a) for a in rows]


@router.post("/articles", status_code=status.HTTP_201_CREATED, response_model=ArticleOut)
def create_article(body: ArticleIn, ctx: Ctx) -> ArticleOut:
    with ctx.tx("admin") as (session, principal):
        return ArticleOut.model_validate(service.create(session, principal, principal.workspace_id, body))


@router.get("/articles/{article_id}", response_model=ArticleOut)
def get_article(article_id: int, ctx: Ctx) -> ArticleOut:
    with ctx.tx("agent") as (session, principal):
        return ArticleOut.model_validate(service.get(session, principal.workspace_id, article_id))


@router.patch("/articles/{article_id}", response_model=ArticleOut)
def update_article(article_id: int, body: ArticlePatch, ctx: Ctx) -> ArticleOut:
    with ctx.tx("admin") as (session, principal):
        return ArticleOut.model_validate(
            service.update(session, principal, principal.workspace_id, article_id, body)
        )


@router.delete("/articles/{article_id}", status_code=status.HTTP_204_NO_CONTENT)
def delete_article(article_id: int, ctx: Ctx) -> Response:
    with ctx.tx("admin") as (session, principal):
        service.remove(session, principal, principal.workspace_id, article_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.get("/articles/{article_id}/versions", response_model=list[ArticleVersionOut])
def list_versions(article_id: int, ctx: Ctx) -> list[ArticleVersionOut]:
    with ctx.tx("agent") as (session, principal):
        return [
            ArticleVersionOut.model_validate(v)
            for v in service.versions(session, principal.workspace_id, article_id)
        ]


@router.post("/articles/{article_id}/versions/{version}/restore", response_model=ArticleOut)
def restore_version(article_id: int, version: int, ctx: Ctx) -> ArticleOut:
    with ctx.tx("admin") as (session, principal):
        return ArticleOut.model_validate(
            service.restore(session, principal, principal.workspace_id, article_id, version)
        )


@router.post("/import", response_model=ImportResult)
def import_articles(body: ImportBody, ctx: Ctx) -> ImportResult:
    """Bulk import Markdown files (front matter optional) and CSV files (title, body, slug, tags, ...)."""
    items: list[service.ImportItem] = []
    for file in body.files:
        if file.name.lower().endswith(".csv"):
            items.extend(service.parse_csv(file.name, file.content))
        else:
            items.append(service.parse_markdown(file.name, file.content))
    with ctx.tx("admin") as (session, principal):
        return service.import_items(session, principal, principal.workspace_id, items)


@router.get("/search", response_model=SearchOut)
def search(
    ctx: Ctx,
    q: Annotated[str, Query(min_length=1, max_length=1000)],
    k: Annotated[int, Query(ge=1, le=20)] = 5,
    segment: Annotated[str | None, Query(max_length=64)] = None,
) -> SearchOut:
    with ctx.tx("agent") as (session, principal):
        results, confidence = service.search(session, principal.workspace_id, q, k=k, segment=segment)
        return SearchOut(query=q, confidence=round(confidence, 4), results=results)


@router.get("/suggestions", response_model=list[ArticleSuggestion])
def suggestions(
    ctx: Ctx,
    conversation_id: Annotated[int, Query(ge=1)],
    k: Annotated[int, Query(ge=1, le=10)] = 3,
) -> list[ArticleSuggestion]:
    """Suggested articles for a conversation, for the agent: the retrieval automation answers from."""
    with ctx.tx("agent") as (session, principal):
        return service.suggest_for_conversation(session, principal.workspace_id, conversation_id, k=k)
