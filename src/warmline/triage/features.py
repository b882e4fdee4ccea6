"""Shared text features of the learned triage models: bounded TF-IDF (word 1-2 + char_wb 2-5) + MiniLM.

A linear model over [tfidf / sqrt(2), embedding] is what the measurements in bench/ chose. The TF-IDF
vocabularies are bounded (max_features) so that a process stays small.
"""

from __future__ import annotations

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


def clip_text(text: str, limit: int = 2000) -> str:
    """Triage reads the first `limit` characters: a 100 KB message costs no more than a long one."""
    return text[:limit]


def combine(tfidf: sp.spmatrix, emb: np.ndarray) -> sp.csr_matrix:
    return sp.hstack([tfidf * TFIDF_SCALE, sp.csr_matrix(emb)], format="csr")


def linear_scores(
    tfidf: sp.spmatrix, emb: np.ndarray, w_tfidf: np.ndarray, w_emb: np.ndarray, b: np.ndarray
) -> np.ndarray:
    """Logits of a linear model trained on `combine(tfidf, emb)`, without building the combined matrix."""
    out = np.asarray(tfidf @ w_tfidf.T) * TFIDF_SCALE
    out += emb @ w_emb.T
    out += b
    return out


def split_weights(coef: np.ndarray, n_tfidf: int) -> tuple[np.ndarray, np.ndarray]:
    """Split a coef matrix into (tfidf part, embedding part), stored as float16 to halve the files."""
    return coef[:, :n_tfidf].astype(np.float16), coef[:, n_tfidf:].astype(np.float16)
