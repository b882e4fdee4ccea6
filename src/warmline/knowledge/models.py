"""Knowledge articles, their version history, and the passages retrieval searches."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Index, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from warmline.db import Base
from warmline.kit.clock import now

STATUSES = ("draft", "published")


class Article(Base):
    __tablename__ = "kb_articles"
    __table_args__ = (
        UniqueConstraint("workspace_id", "slug"),
        Index("ix_kb_articles_ws_status", "workspace_id", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    workspace_id: Mapped[int] = mapped_column(ForeignKey("workspaces.id", ondelete="CASCADE"))
    slug: Mapped[str] = mapped_column(String(120))
    title: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text)
    tags: Mapped[list[Any]] = mapped_column(default=list)
    #: a customer segment (e.g. "white_glove") the article is written for; None = everyone
    audience: Mapped[str | None] = mapped_column(String(64), default=None)
    status: Mapped[str] = mapped_column(String(20), default="draft")
    version: Mapped[int] = mapped_column(default=1)
    created_at: Mapped[datetime] = mapped_column(default=now)
    updated_at: Mapped[datetime] = mapped_column(default=now)
    published_at: Mapped[datetime | None] = mapped_column(default=None)


class ArticleVersion(Base):
    """Every saved state of an article, so an admin can see what changed and restore it."""

    __tablename__ = "kb_article_versions"
    __table_args__ = (UniqueConstraint("article_id", "version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    workspace_id: Mapped[int] = mapped_column(ForeignKey("workspaces.id", ondelete="CASCADE"), index=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("kb_articles.id", ondelete="CASCADE"))
    version: Mapped[int] = mapped_column()
    title: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text)
    tags: Mapped[list[Any]] = mapped_column(default=list)
    audience: Mapped[str | None] = mapped_column(String(64), default=None)
    status: Mapped[str] = mapped_column(String(20))
    author_user_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), default=None
    )
    note: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(default=now)


class ArticlePassage(Base):
    """A searchable section of a published article, with its embedding computed once at publish time."""

    __tablename__ = "kb_passages"
    __table_args__ = (Index("ix_kb_passages_ws", "workspace_id", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    workspace_id: Mapped[int] = mapped_column(ForeignKey("workspaces.id", ondelete="CASCADE"))
    article_id: Mapped[int] = mapped_column(ForeignKey("kb_articles.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    heading: Mapped[str] = mapped_column(String(200), default="")
    text: Mapped[str] = mapped_column(Text)
    #: sha1 of what was embedded; part of the workspace index stamp
    digest: Mapped[str] = mapped_column(String(40))
    #: float32 little-endian, L2-normalised (MiniLM, 384 dims)
    embedding: Mapped[bytes] = mapped_column(LargeBinary)
