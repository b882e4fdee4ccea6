"""API shapes of the knowledge base."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

Status = Literal["draft", "published"]
SLUG_PATTERN = r"^[a-z0-9][a-z0-9-]{0,119}$"


def _clean_tags(tags: list[str] | None) -> list[str] | None:
    if tags is None:
        return None
    out: list[str] = []
    for tag in tags:
        tag = tag.strip().lower()
        if tag and tag not in out:
            out.append(tag[:40])
    return out


class ArticleIn(BaseModel):
    title: str = Field(min_length=1, max_length=200)
    body: str = Field(min_length=1, max_length=100_000)
    slug: str | None = Field(default=None, pattern=SLUG_PATTERN)
    tags: list[str] = Field(default_factory=list, max_length=30)
    audience: str | None = Field(default=None, max_length=64)
    status: Status = "draft"

    _tags = field_validator("tags")(_clean_tags)


class ArticlePatch(BaseModel):
    title: str | None = Field(default=None, min_length=1, max_length=200)
    body: str | None = Field(default=None, min_length=1, max_length=100_000)
    tags: list[str] | None = Field(default=None, max_length=30)
    audience: str | None = Field(default=None, max_length=64)
    status: Status | None = None
    note: str = Field(default="", max_length=200)

    _tags = field_validator("tags")(_clean_tags)


class ArticleOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    slug: str
    title: str
    body: str
    tags: list[str]
    audience: str | None
    status: Status
    version: int
    created_at: datetime
    updated_at: datetime
    published_at: datetime | None


class ArticleVersionOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    version: int
    title: str
    body: str
    tags: list[str]
    audience: str | None
    status: Status
    author_user_id: int | None
    note: str
    created_at: datetime


class ArticleSuggestion(BaseModel):
    """One suggested article: what the hand-off panel and the console show next to a conversation."""

    article_id: int
    slug: str
    title: str
    url: str
    passage: str
    score: float


class SearchOut(BaseModel):
    query: str
    confidence: float
    results: list[ArticleSuggestion]


class ImportResult(BaseModel):
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    errors: list[str] = Field(default_factory=list)
