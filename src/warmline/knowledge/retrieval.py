"""Hybrid retrieval over a workspace's published passages: BM25 (bm25s) plus MiniLM cosine, blended.

Passage embeddings are computed once when an article is published and stored with the passage; a query
embeds only itself. Each process keeps one in-memory index per workspace and rebuilds it only when the
workspace's passages changed (a cheap stamp query tells).
"""

from __future__ import annotations

import hashlib
import logging
import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from sqlalchemy import select
from sqlalchemy.orm import Session

from warmline.knowledge.models import Article, ArticlePassage

DIM = 384
#: weight of the lexical half in the blend; chosen on bench/ dev questions (see docs/automation.md)
LEXICAL_WEIGHT = 0.35
#: weight of the article title's similarity inside the semantic half (titles say what an article is for)
TITLE_WEIGHT = 0.0
#: BM25 scores are unbounded; s / (s + LEXICAL_HALF) maps them into [0, 1)
LEXICAL_HALF = 6.0

_STOP = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "if",
        "of",
        "to",
        "in",
        "on",
        "at",
        "for",
        "from",
        "by",
        "with",
        "about",
        "into",
        "over",
        "after",
        "before",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "am",
        "do",
        "does",
        "did",
        "doing",
        "have",
        "has",
        "had",
        "having",
        "i",
        "me",
        "my",
        "mine",
        "we",
        "our",
        "you",
        "your",
        "it",
        "its",
        "this",
        "that",
        "these",
        "those",
        "there",
        "here",
        "what",
        "which",
        "who",
        "whom",
        "how",
        "when",
        "where",
        "why",
        "can",
        "could",
        "would",
        "should",
        "will",
        "shall",
        "may",
        "might",
        "must",
        "please",
        "hi",
        "hello",
        "hey",
        "thanks",
        "thank",
        "just",
        "so",
        "as",
        "not",
        "no",
        "yes",
        "ok",
        "okay",
        "get",
        "got",
        "any",
        "some",
    ]
)
_WORD = re.compile(r"[a-z0-9]+")


def _stem(word: str) -> str:
    for suffix, repl, min_len in (
        ("ies", "y", 5),
        ("ing", "", 6),
        ("ed", "", 5),
        ("es", "", 5),
        ("s", "", 4),
    ):
        if word.endswith(suffix) and len(word) >= min_len and not word.endswith("ss"):
            return word[: -len(suffix)] + repl
    return word


def tokens(text: str) -> list[str]:
    return [_stem(w) for w in _WORD.findall(text.lower().replace("'", "")) if w not in _STOP]


def _embed_raw(texts: Sequence[str]) -> np.ndarray:
    from warmline.triage.embeddings import embed

    return np.asarray(embed(list(texts)), dtype=np.float32)


_vector_cache: dict[str, np.ndarray] = {}
_vector_lock = threading.Lock()


def embed_passages(texts: Sequence[str]) -> np.ndarray:
    """Embeddings for passage texts; identical texts are embedded once per process (imports, re-publishes)."""
    missing = [t for t in dict.fromkeys(texts) if t not in _vector_cache]
    if missing:
        vectors = _embed_raw(missing)
        with _vector_lock:
            for text, vector in zip(missing, vectors, strict=True):
                _vector_cache[text] = vector
    if not texts:
        return np.zeros((0, DIM), dtype=np.float32)
    return np.stack([_vector_cache[t] for t in texts])


@lru_cache(maxsize=2048)
def embed_query(text: str) -> np.ndarray:
    return _embed_raw([text[:1000]])[0]


def passage_document(title: str, heading: str, text: str) -> str:
    """What gets embedded and indexed for one passage."""
    head = f"{title}. {heading}." if heading and heading != title else f"{title}."
    return f"{head} {text}"


def digest(document: str) -> str:
    return hashlib.sha1(document.encode()).hexdigest()


@dataclass(frozen=True)
class PassageHit:
    passage_id: int
    article_id: int
    slug: str
    title: str
    heading: str
    text: str
    score: float
    semantic: float
    lexical: float


@dataclass
class _Index:
    stamp: str
    ids: list[int]
    article_ids: list[int]
    slugs: list[str]
    titles: list[str]
    headings: list[str]
    texts: list[str]
    audiences: list[str | None]
    matrix: np.ndarray
    title_matrix: np.ndarray
    bm25: object | None


_indexes: dict[tuple[str, int], _Index] = {}
_index_lock = threading.Lock()


def _stamp(session: Session, workspace_id: int) -> str:
    rows = session.execute(
        select(ArticlePassage.id, ArticlePassage.digest, Article.audience, Article.slug)
        .join(Article, Article.id == ArticlePassage.article_id)
        .where(ArticlePassage.workspace_id == workspace_id, Article.status == "published")
        .order_by(ArticlePassage.id)
    ).all()
    h = hashlib.sha1()
    for pid, dig, audience, slug in rows:
        h.update(f"{pid}:{dig}:{audience}:{slug};".encode())
    return h.hexdigest()


def _build(session: Session, workspace_id: int, stamp: str) -> _Index:
    import bm25s

    # bm25s sets its own logger to DEBUG when imported (after the CLI configured logging): every index build
    # would print a line
    logging.getLogger("bm25s").setLevel(logging.WARNING)

    rows = session.execute(
        select(ArticlePassage, Article.slug, Article.title, Article.audience, Article.tags)
        .join(Article, Article.id == ArticlePassage.article_id)
        .where(ArticlePassage.workspace_id == workspace_id, Article.status == "published")
        .order_by(ArticlePassage.id)
    ).all()
    passages = [r[0] for r in rows]
    matrix = (
        np.stack([np.frombuffer(p.embedding, dtype=np.float32) for p in passages])
        if passages
        else np.zeros((0, DIM), dtype=np.float32)
    )
    titles = [r[2] for r in rows]
    title_matrix = embed_passages(titles) if titles else np.zeros((0, DIM), dtype=np.float32)
    bm25 = None
    if passages:
        corpus = [
            tokens(f"{title} {title} {p.heading} {p.text} {' '.join(str(t) for t in (tags or []))}")
            for p, _slug, title, _aud, tags in rows
        ]
        bm25 = bm25s.BM25()
        bm25.index([c or ["_"] for c in corpus], show_progress=False)
    return _Index(
        stamp=stamp,
        ids=[p.id for p in passages],
        article_ids=[p.article_id for p in passages],
        slugs=[r[1] for r in rows],
        titles=[r[2] for r in rows],
        headings=[p.heading for p in passages],
        texts=[p.text for p in passages],
        audiences=[r[3] for r in rows],
        matrix=matrix,
        title_matrix=title_matrix,
        bm25=bm25,
    )


def _index(session: Session, workspace_id: int) -> _Index:
    key = (str(session.get_bind().engine.url), workspace_id)
    stamp = _stamp(session, workspace_id)
    cached = _indexes.get(key)
    if cached is not None and cached.stamp == stamp:
        return cached
    built = _build(session, workspace_id, stamp)
    with _index_lock:
        _indexes[key] = built
    return built


def search(
    session: Session,
    workspace_id: int,
    query: str,
    *,
    k: int = 5,
    segment: str | None = None,
    per_article: bool = True,
) -> list[PassageHit]:
    """The best passages for a query, best first; with `per_article`, at most one passage per article."""
    index = _index(session, workspace_id)
    if not index.ids or not query.strip():
        return []
    vector = embed_query(query.strip())
    semantic = (1 - TITLE_WEIGHT) * (index.matrix @ vector) + TITLE_WEIGHT * (index.title_matrix @ vector)
    query_tokens = tokens(query)
    if query_tokens and index.bm25 is not None:
        raw = np.asarray(index.bm25.get_scores(query_tokens), dtype=np.float32)  # type: ignore[attr-defined]
    else:
        raw = np.zeros(len(index.ids), dtype=np.float32)
    lexical = raw / (raw + LEXICAL_HALF)
    blended = (1 - LEXICAL_WEIGHT) * semantic + LEXICAL_WEIGHT * lexical
    allowed = np.array([a is None or a == segment for a in index.audiences])
    blended = np.where(allowed, blended, -np.inf)
    hits: list[PassageHit] = []
    seen: set[int] = set()
    for i in np.argsort(-blended, kind="stable"):
        if not np.isfinite(blended[i]):
            break
        if per_article and index.article_ids[i] in seen:
            continue
        seen.add(index.article_ids[i])
        hits.append(
            PassageHit(
                passage_id=index.ids[i],
                article_id=index.article_ids[i],
                slug=index.slugs[i],
                title=index.titles[i],
                heading=index.headings[i],
                text=index.texts[i],
                score=float(blended[i]),
                semantic=float(semantic[i]),
                lexical=float(lexical[i]),
            )
        )
        if len(hits) >= k:
            break
    return hits


def confidence(hits: Sequence[PassageHit]) -> float:
    """How sure we are that the first hit answers the question: its blended score, less when a different
    article scores almost the same (an ambiguous question). Calibrated on the bench dev questions."""
    if not hits:
        return 0.0
    top = hits[0].score
    margin = top - hits[1].score if len(hits) > 1 else 0.2
    value = top + 0.5 * min(margin, 0.2)
    return float(max(0.0, min(1.0, value)))
