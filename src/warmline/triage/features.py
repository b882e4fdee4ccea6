"""Shared text features of the learned triage models: bounded TF-IDF (word 1-2 + char_wb 2-5) + MiniLM.

A linear model over [tfidf / sqrt(2), embedding] is what the measurements in bench/ chose. The TF-IDF
vocabularies are bounded (max_features) so that a process stays small.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.pipeline import FeatureUnion

TFIDF_SCALE = 1.0 / np.sqrt(2.0)


def make_vectorizer(max_word: int = 15000, max_char: int = 30000) -> FeatureUnion:
    return FeatureUnion(
        [
            (
                "word",
                TfidfVectorizer(
                    ngram_range=(1, 2),
                    sublinear_tf=True,
                    max_features=max_word,
                    lowercase=True,
                    dtype=np.float32,
                ),
            ),
            (
                "char",
                TfidfVectorizer(
                    analyzer="char_wb",
                    ngram_range=(2, 5),
                    sublinear_tf=True,
                    min_df=2,
                    max_features=max_char,
                    lowercase=True,
                    dtype=np.float32,
                ),
            ),
        ]
    )


def slim_vectorizer(vec: FeatureUnion) -> FeatureUnion:
    """Drop the `stop_words_` sets sklearn keeps (every pruned n-gram: many MB, useless at predict time)."""
    for _, v in vec.transformer_list:
        if hasattr(v, "stop_words_"):
            v.stop_words_ = None
    return vec


class FastTfidf:
    """Transform-only twin of a fitted `make_vectorizer()` FeatureUnion, without sklearn's per-call overhead
    (parallel dispatch, validation): the same numbers (sublinear tf x idf, L2 per block, float32), ~10x
    faster on single messages. The n-gram analysis can be shared between models (`analyze`)."""

    def __init__(self, union: FeatureUnion) -> None:
        self.blocks = []
        offset = 0
        for _, v in union.transformer_list:
            vocab = v.vocabulary_
            idf = np.asarray(v.idf_, dtype=np.float32)
            self.blocks.append((vocab, idf, offset))
            offset += len(idf)
        self.n_features = offset
        self._analyzers = [v.build_analyzer() for _, v in union.transformer_list]

    def analyze(self, texts: Sequence[str]) -> list[list[list[str]]]:
        """Per text, the n-grams of each block (identical for every model built by `make_vectorizer`)."""
        return [[a(t) for a in self._analyzers] for t in texts]

    def transform(self, texts: Sequence[str], analyzed: list[list[list[str]]] | None = None) -> sp.csr_matrix:
        if analyzed is None:
            analyzed = self.analyze(texts)
        indptr = [0]
        indices: list[int] = []
        data: list[np.ndarray] = []
        for grams_per_block in analyzed:
            for (vocab, idf, offset), grams in zip(self.blocks, grams_per_block, strict=True):
                # column -> count, in first-seen order, counted in C (map + Counter) instead of a Python loop
                counts = Counter(map(vocab.get, grams))
                counts.pop(None, None)  # type: ignore[call-overload]
                if not counts:
                    continue
                idx = np.fromiter(counts.keys(), dtype=np.int64, count=len(counts))
                tf = np.fromiter(counts.values(), dtype=np.float32, count=len(counts))
                val = (np.log(tf) + 1.0) * idf[idx]
                val /= np.sqrt(np.dot(val, val))
                order = np.argsort(idx)
                indices.extend((idx[order] + offset).tolist())
                data.append(val[order])
            indptr.append(len(indices))
        values = np.concatenate(data) if data else np.zeros(0, dtype=np.float32)
        return sp.csr_matrix(
            (values, np.asarray(indices, dtype=np.int32), np.asarray(indptr, dtype=np.int32)),
            shape=(len(analyzed), self.n_features),
        )


def clip_text(text: str, limit: int = 2000) -> str:
    """Triage reads the first `limit` characters: a 100 KB message costs no more than a long one."""
    return text[:limit]


def combine(tfidf: sp.spmatrix, emb: np.ndarray) -> sp.csr_matrix:
    return sp.hstack([tfidf * TFIDF_SCALE, sp.csr_matrix(emb)], format="csr")


def linear_scores(
    tfidf: sp.spmatrix, emb: np.ndarray, w_tfidf: np.ndarray, w_emb: np.ndarray, b: np.ndarray
) -> np.ndarray:
    """Logits of a linear model trained on `combine(tfidf, emb)`, without building the combined matrix."""
    out = np.asarray(tfidf @ w_tfidf) * TFIDF_SCALE
    out += emb @ w_emb
    out += b
    return out


def split_weights(coef: np.ndarray, n_tfidf: int) -> tuple[np.ndarray, np.ndarray]:
    """Split a coef matrix into (tfidf part, embedding part), stored as float16 to halve the files."""
    return coef[:, :n_tfidf].astype(np.float16), coef[:, n_tfidf:].astype(np.float16)
