"""Knowledge base use cases: articles with version history, publishing, import, search and suggestions."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from sqlalchemy import delete, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from warmline.audit import service as audit
from warmline.auth.principal import Principal
from warmline.conversations.models import Message
from warmline.customers.models import Customer
from warmline.kit.clock import now
from warmline.kit.errors import Conflict, Invalid, NotFound
from warmline.knowledge import markdown, retrieval
from warmline.knowledge.models import Article, ArticlePassage, ArticleVersion
from warmline.knowledge.schemas import ArticleIn, ArticlePatch, ArticleSuggestion, ImportResult
from warmline.workspaces.models import Workspace

_SLUG_STRIP = re.compile(r"[^a-z0-9]+")
_FIELDS = ("title", "body", "tags", "audience", "status")


def slugify(text: str) -> str:
    slug = _SLUG_STRIP.sub("-", text.lower()).strip("-")[:120].strip("-")
    return slug or "article"


def article_url(workspace_slug: str, article_slug: str) -> str:
    return f"/help/{workspace_slug}/{article_slug}"


def url_for(session: Session, article: Article) -> str:
    workspace = session.get(Workspace, article.workspace_id)
    return article_url(workspace.slug if workspace else str(article.workspace_id), article.slug)


# -- reading -------------------------------------------------------------------------------------------------
def get(session: Session, workspace_id: int, article_id: int) -> Article:
    article = session.get(Article, article_id)
    if article is None or article.workspace_id != workspace_id:
        raise NotFound(f"article {article_id} not found")
    return article


def by_slug(session: Session, workspace_id: int, slug: str) -> Article | None:
    return session.scalar(select(Article).where(Article.workspace_id == workspace_id, Article.slug == slug))


def list_articles(
    session: Session,
    workspace_id: int,
    *,
    status: str | None = None,
    tag: str | None = None,
    q: str | None = None,
    limit: int = 200,
) -> list[Article]:
    stmt = select(Article).where(Article.workspace_id == workspace_id)
    if status:
        stmt = stmt.where(Article.status == status)
    if q:
        stmt = stmt.where(func.lower(Article.title).contains(q.lower()))
    rows = list(session.scalars(stmt.order_by(Article.title, Article.id)))
    if tag:
        rows = [a for a in rows if tag.lower() in (a.tags or [])]
    return rows[:limit]


def versions(session: Session, workspace_id: int, article_id: int) -> list[ArticleVersion]:
    article = get(session, workspace_id, article_id)
    return list(
        session.scalars(
            select(ArticleVersion)
            .where(ArticleVersion.article_id == article.id)
            .order_by(ArticleVersion.version.desc())
        )
    )


# -- writing -------------------------------------------------------------------------------------------------
def _snapshot(article: Article) -> dict[str, Any]:
    return {f: getattr(article, f) for f in _FIELDS}


def _record_version(session: Session, article: Article, principal: Principal | None, note: str) -> None:
    session.add(
        ArticleVersion(
            workspace_id=article.workspace_id,
            article_id=article.id,
            version=article.version,
            title=article.title,
            body=article.body,
            tags=list(article.tags or []),
            audience=article.audience,
            status=article.status,
            author_user_id=principal.user_id if principal else None,
            note=note[:200],
        )
    )


def _reindex(session: Session, article: Article) -> None:
    """Replace the article's passages; only published articles are searchable."""
    session.execute(delete(ArticlePassage).where(ArticlePassage.article_id == article.id))
    if article.status != "published":
        return
    parts = markdown.passages(article.body) or [markdown.Passage("", article.title)]
    documents = [retrieval.passage_document(article.title, p.heading, p.text) for p in parts]
    vectors = retrieval.embed_passages(documents)
    for position, (part, document, vector) in enumerate(zip(parts, documents, vectors, strict=True)):
        session.add(
            ArticlePassage(
                workspace_id=article.workspace_id,
                article_id=article.id,
                position=position,
                heading=part.heading[:200],
                text=part.text,
                digest=retrieval.digest(document),
                embedding=np.asarray(vector, dtype="<f4").tobytes(),
            )
        )
    session.flush()


def create(session: Session, principal: Principal | None, workspace_id: int, data: ArticleIn) -> Article:
    slug = data.slug or slugify(data.title)
    if by_slug(session, workspace_id, slug) is not None:
        raise Conflict(f"an article with slug {slug!r} already exists", details={"slug": slug})
    moment = now()
    article = Article(
        workspace_id=workspace_id,
        slug=slug,
        title=data.title.strip(),
        body=data.body,
        tags=list(data.tags),
        audience=data.audience or None,
        status=data.status,
        version=1,
        created_at=moment,
        updated_at=moment,
        published_at=moment if data.status == "published" else None,
    )
    try:
        with session.begin_nested():
            session.add(article)
            session.flush()
    except IntegrityError as exc:
        raise Conflict(f"an article with slug {slug!r} already exists", details={"slug": slug}) from exc
    _record_version(session, article, principal, "created")
    _reindex(session, article)
    audit.record(
        session,
        principal,
        workspace_id=workspace_id,
        action="article.created",
        entity_type="article",
        entity_id=article.id,
        changes={"slug": [None, slug], "status": [None, article.status]},
    )
    return article


def update(
    session: Session, principal: Principal | None, workspace_id: int, article_id: int, patch: ArticlePatch
) -> Article:
    article = get(session, workspace_id, article_id)
    values = patch.model_dump(exclude_unset=True)
    note = values.pop("note", "")
    for name in ("title", "body", "status"):
        if name in values and values[name] is None:
            raise Invalid(f"{name} cannot be null")
    if "audience" in values:
        values["audience"] = values["audience"] or None
    return _apply(session, principal, article, values, note)


def _apply(
    session: Session, principal: Principal | None, article: Article, values: dict[str, Any], note: str
) -> Article:
    before = _snapshot(article)
    for name, value in values.items():
        setattr(article, name, value)
    changes = audit.diff(before, _snapshot(article))
    if not changes:
        return article
    moment = now()
    article.version += 1
    article.updated_at = moment
    if article.status == "published" and before["status"] != "published":
        article.published_at = moment
    _record_version(session, article, principal, note or ", ".join(sorted(changes)) + " changed")
    if set(changes) & {"title", "body", "status", "audience", "tags"}:
        _reindex(session, article)
    audit.record(
        session,
        principal,
        workspace_id=article.workspace_id,
        action="article.updated",
        entity_type="article",
        entity_id=article.id,
        changes={k: (["…", "…"] if k == "body" else v) for k, v in changes.items()},
    )
    return article


def restore(
    session: Session, principal: Principal | None, workspace_id: int, article_id: int, version: int
) -> Article:
    article = get(session, workspace_id, article_id)
    old = session.scalar(
        select(ArticleVersion).where(
            ArticleVersion.article_id == article.id, ArticleVersion.version == version
        )
    )
    if old is None:
        raise NotFound(f"article {article_id} has no version {version}")
    values = {
        "title": old.title,
        "body": old.body,
        "tags": list(old.tags or []),
        "audience": old.audience,
        "status": old.status,
    }
    return _apply(session, principal, article, values, f"restored version {version}")


def remove(session: Session, principal: Principal | None, workspace_id: int, article_id: int) -> None:
    article = get(session, workspace_id, article_id)
    audit.record(
        session,
        principal,
        workspace_id=workspace_id,
        action="article.deleted",
        entity_type="article",
        entity_id=article.id,
        changes={"slug": [article.slug, None]},
    )
    session.delete(article)
    session.flush()


def upsert(session: Session, principal: Principal | None, workspace_id: int, data: ArticleIn) -> str:
    """Create or update by slug (imports, demo seed). Returns "created", "updated" or "unchanged"."""
    slug = data.slug or slugify(data.title)
    existing = by_slug(session, workspace_id, slug)
    if existing is None:
        create(session, principal, workspace_id, data.model_copy(update={"slug": slug}))
        return "created"
    version = existing.version
    values = {
        "title": data.title.strip(),
        "body": data.body,
        "tags": list(data.tags),
        "audience": data.audience or None,
        "status": data.status,
    }
    _apply(session, principal, existing, values, "imported")
    return "updated" if existing.version != version else "unchanged"


# -- import --------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ImportItem:
    source: str
    article: ArticleIn | None
    error: str | None = None


def parse_markdown(source_name: str, text: str, *, default_status: str = "published") -> ImportItem:
    try:
        meta, body = markdown.split_front_matter(text)
        title = meta.get("title")
        if not title:
            title, body = markdown.first_heading(body)
        elif markdown.first_heading(body)[0] == title:
            body = markdown.first_heading(body)[1]
        if not title:
            return ImportItem(source_name, None, "no title (front matter `title:` or a leading `# Title`)")
        tags = meta.get("tags") or []
        if isinstance(tags, str):
            tags = [t.strip() for t in tags.split(",")]
        audience = meta.get("audience")
        article = ArticleIn(
            title=str(title),
            body=body.strip() or str(title),
            slug=str(meta.get("slug") or slugify(Path(source_name).stem)),
            tags=[str(t) for t in tags],
            audience=None if audience in (None, "", "all") else str(audience),
            status=str(meta.get("status") or default_status),
        )
    except ValueError as exc:  # pydantic's ValidationError is a ValueError too
        return ImportItem(source_name, None, _short_error(exc))
    return ImportItem(source_name, article)


def parse_csv(source_name: str, text: str, *, default_status: str = "published") -> list[ImportItem]:
    """Columns: title, body (required); slug, tags (comma or | separated), audience, status (optional)."""
    reader = csv.DictReader(io.StringIO(text))
    fields = {f.strip().lower() for f in reader.fieldnames or []}
    if not {"title", "body"} <= fields:
        return [ImportItem(source_name, None, "a CSV needs at least the columns title and body")]
    items: list[ImportItem] = []
    for line_no, raw in enumerate(reader, start=2):
        row = {(k or "").strip().lower(): (v or "").strip() for k, v in raw.items()}
        where = f"{source_name}:{line_no}"
        try:
            tags = [t for t in re.split(r"[|,]", row.get("tags", "")) if t.strip()]
            audience = row.get("audience") or None
            items.append(
                ImportItem(
                    where,
                    ArticleIn(
                        title=row.get("title", ""),
                        body=row.get("body", ""),
                        slug=row.get("slug") or slugify(row.get("title", "")),
                        tags=tags,
                        audience=None if audience == "all" else audience,
                        status=row.get("status") or default_status,
                    ),
                )
            )
        except ValueError as exc:
            items.append(ImportItem(where, None, _short_error(exc)))
    return items


def _short_error(exc: Exception) -> str:
    errors = getattr(exc, "errors", None)
    if callable(errors):
        parts = [f"{'.'.join(str(x) for x in e['loc'])}: {e['msg']}" for e in errors()]
        return "; ".join(parts)
    return str(exc)


def read_import_source(path: Path) -> list[ImportItem]:
    """A folder of .md files (recursively), one .md file, or one .csv file."""
    if path.is_dir():
        items: list[ImportItem] = []
        for file in sorted(path.rglob("*")):
            if file.suffix.lower() in (".md", ".markdown"):
                items.append(parse_markdown(str(file.relative_to(path)), file.read_text(encoding="utf-8")))
            elif file.suffix.lower() == ".csv":
                items.extend(parse_csv(str(file.relative_to(path)), file.read_text(encoding="utf-8")))
        return items
    if not path.exists():
        raise Invalid(f"{path} does not exist")
    text = path.read_text(encoding="utf-8")
    if path.suffix.lower() == ".csv":
        return parse_csv(path.name, text)
    return [parse_markdown(path.name, text)]


def import_items(
    session: Session,
    principal: Principal | None,
    workspace_id: int,
    items: Iterable[ImportItem],
    progress: Callable[[ImportItem], None] | None = None,
) -> ImportResult:
    result = ImportResult()
    items = list(items)
    # embed every new passage in one batch up front: much faster than one article at a time
    documents = [
        retrieval.passage_document(i.article.title, p.heading, p.text)
        for i in items
        if i.article and i.article.status == "published"
        for p in markdown.passages(i.article.body)
    ]
    retrieval.embed_passages(documents)
    for item in items:
        if item.article is None:
            result.errors.append(f"{item.source}: {item.error}")
        else:
            outcome = upsert(session, principal, workspace_id, item.article)
            setattr(result, outcome, getattr(result, outcome) + 1)
        if progress:
            progress(item)
    return result


# -- retrieval -----------------------------------------------------------------------------------------------
def search(
    session: Session, workspace_id: int, text: str, *, k: int = 5, segment: str | None = None
) -> tuple[list[ArticleSuggestion], float]:
    hits = retrieval.search(session, workspace_id, text, k=max(k, 2), segment=segment)
    workspace = session.get(Workspace, workspace_id)
    ws_slug = workspace.slug if workspace else str(workspace_id)
    suggestions = [
        ArticleSuggestion(
            article_id=h.article_id,
            slug=h.slug,
            title=h.title,
            url=article_url(ws_slug, h.slug),
            passage=h.text,
            score=round(h.score, 4),
        )
        for h in hits[:k]
    ]
    return suggestions, retrieval.confidence(hits)


def suggest(
    session: Session, workspace_id: int, text: str, k: int = 3, segment: str | None = None
) -> list[ArticleSuggestion]:
    """Suggested articles for a conversation: the same retrieval automation answers from."""
    return search(session, workspace_id, text, k=k, segment=segment)[0]


def suggest_for_conversation(
    session: Session, workspace_id: int, conversation_id: int, k: int = 3
) -> list[ArticleSuggestion]:
    """Suggestions from what the customer said most recently (the last three customer messages)."""
    # cycle: conversations.service -> pipeline -> automation.answers -> this module
    from warmline.conversations import service as conversations

    conversation = conversations.get(session, workspace_id, conversation_id)
    texts = list(
        session.scalars(
            select(Message.text)
            .where(Message.conversation_id == conversation.id, Message.author == "customer")
            .order_by(Message.id.desc())
            .limit(3)
        )
    )
    if not texts:
        return []
    customer = session.get(Customer, conversation.customer_id)
    return suggest(
        session, workspace_id, " ".join(reversed(texts)), k=k, segment=customer.segment if customer else None
    )
