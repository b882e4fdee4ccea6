"""Shared text features of the learned triage models: bounded TF-IDF (word 1-2 + char_wb 2-5) + MiniLM.

A linear model over [tfidf / sqrt(2), embedding] is what the measurements in bench/ chose. The TF-IDF
vocabularies are bounded (max_features) so that a process stays small.

Training fits scikit-learn's `TfidfVectorizer`s; the model files keep only what prediction needs (each
block's analyser settings, vocabulary and idf, see `vectorizer_spec`), so that serving never imports
scikit-learn (about 1.3 s of an app's start-up, most of it scipy.stats).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from itertools import chain, repeat
from typing import Any, NamedTuple

import numpy as np
import scipy.sparse as sp

TFIDF_SCALE = 1.0 / np.sqrt(2.0)
_WHITE_SPACES = re.compile(r"\s\s+")


def make_vectorizer(max_word: int = 15000, max_char: int = 30000) -> Any:
    """The (unfitted) scikit-learn FeatureUnion that training fits."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.pipeline import FeatureUnion

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


def slim_vectorizer(vec: Any) -> Any:
    """Drop the `stop_words_` sets sklearn keeps (every pruned n-gram: many MB, useless at predict time)."""
    for _, v in vec.transformer_list:
        if hasattr(v, "stop_words_"):
            v.stop_words_ = None
    return vec


def vectorizer_spec(union: Any) -> list[dict[str, Any]]:
    """What prediction needs of a fitted `make_vectorizer()` union, as plain data (no scikit-learn)."""
    if isinstance(union, list):
        return union
    spec = []
    for _, v in union.transformer_list:
        if v.analyzer not in ("word", "char_wb") or v.preprocessor or v.tokenizer or v.strip_accents:
            raise ValueError("only word / char_wb TfidfVectorizers with default preprocessing are supported")
        if v.stop_words is not None or not v.sublinear_tf or v.norm != "l2" or not v.use_idf:
            raise ValueError("only sublinear, l2-normalised TF-IDF without stop words is supported")
        spec.append(
            {
                "analyzer": v.analyzer,
                "ngram_range": tuple(v.ngram_range),
                "lowercase": bool(v.lowercase),
                "token_pattern": v.token_pattern,
                "vocabulary": {str(k): int(i) for k, i in v.vocabulary_.items()},
                "idf": np.asarray(v.idf_, dtype=np.float32),
            }
        )
    return spec


def word_ngrams(tokens: list[str], ngram: tuple[int, int] = (1, 2)) -> list[str]:
    """scikit-learn's word n-grams of already tokenised text: every n-gram of each length, shortest first."""
    lo, hi = ngram
    out = list(tokens) if lo == 1 else []
    for n in range(max(lo, 2), hi + 1):
        out.extend(" ".join(tokens[i : i + n]) for i in range(len(tokens) - n + 1))
    return out


def _word_analyzer(block: dict[str, Any]):
    token = re.compile(block["token_pattern"])
    ngram = tuple(block["ngram_range"])
    lower = block["lowercase"]

    def analyze(text: str) -> list[str]:
        return word_ngrams(token.findall(text.lower() if lower else text), ngram)

    return analyze


def char_wb_ngrams(text: str, ngram: tuple[int, int] = (2, 5)) -> list[str]:
    """scikit-learn's `char_wb` n-grams, step for step (a test compares them); `text` already lowercased."""
    doc = _WHITE_SPACES.sub(" ", text)
    lo, hi = ngram
    out: list[str] = []
    for w in doc.split():
        w = " " + w + " "
        wlen = len(w)
        for n in range(lo, hi + 1):
            offset = 0
            out.append(w[offset : offset + n])
            while offset + n < wlen:
                offset += 1
                out.append(w[offset : offset + n])
            if offset == 0:
                break
    return out


def _char_wb_analyzer(block: dict[str, Any]):
    ngram = tuple(block["ngram_range"])
    lower = block["lowercase"]

    def analyze(text: str) -> list[str]:
        return char_wb_ngrams(text.lower() if lower else text, ngram)

    return analyze


#: one TF-IDF block of several texts: (per text its n-grams, vocabulary, idf, first column of the block)
Block = tuple[Sequence[Sequence[str]], dict[str, int], np.ndarray, int]


class SparseRows(NamedTuple):
    """Rows of a sparse matrix in CSR form (row i: ``cols[indptr[i]:indptr[i+1]]``, same for ``vals``)."""

    indptr: np.ndarray  # (n_rows + 1,) int64
    cols: np.ndarray  # int64
    vals: np.ndarray

    def __len__(self) -> int:
        return len(self.indptr) - 1

    def dot(self, w: np.ndarray) -> np.ndarray:
        """``self @ w`` for a dense ``w`` (n_features, k): (n_rows, k), in ``w``'s dtype."""
        if len(self) == 1:  # one text: a vector-matrix product (BLAS) over the columns it touches
            vals = self.vals.astype(w.dtype, copy=False)
            return (vals @ w[self.cols])[None, :] if len(vals) else np.zeros((1, w.shape[1]), w.dtype)
        out = np.zeros((len(self), w.shape[1]), dtype=w.dtype)
        starts = self.indptr[:-1]
        full = np.flatnonzero(self.indptr[1:] > starts)
        if len(full):
            # each row's products summed in one call: segments start where the non-empty rows start
            contrib = w[self.cols] * self.vals[:, None].astype(w.dtype, copy=False)
            out[full] = np.add.reduceat(contrib, starts[full], axis=0)
        return out


def tfidf_rows(blocks: Sequence[Block], n: int) -> SparseRows:
    """TF-IDF of `n` texts as scikit-learn computes it (sublinear tf x idf, each block L2-normalised), all
    texts and blocks at once. `blocks`: (per text its n-grams, vocabulary, idf, first column of the block).

    Vectorised over the whole batch: one vocabulary lookup per n-gram (in C, `map(dict.get)`), counting and
    normalising with numpy. Values in the idf's dtype; columns ascending within a row."""
    if n == 1:
        return _tfidf_row(blocks)
    rows_parts: list[np.ndarray] = []
    cols_parts: list[np.ndarray] = []
    vals_parts: list[np.ndarray] = []
    for grams_per_text, vocab, idf, offset in blocks:
        lens = np.fromiter(map(len, grams_per_text), dtype=np.int64, count=n)
        total = int(lens.sum())
        if not total:
            continue
        ids = np.fromiter(
            map(vocab.get, chain.from_iterable(grams_per_text), repeat(-1)), dtype=np.int64, count=total
        )
        row = np.repeat(np.arange(n, dtype=np.int64), lens)
        known = ids >= 0
        if not known.any():
            continue
        width = len(idf)
        # one key per (text, column): sorted unique keys give each text's columns and their counts
        keys, counts = np.unique(row[known] * width + ids[known], return_counts=True)
        r, c = np.divmod(keys, width)
        val = (np.log(counts).astype(idf.dtype) + 1.0) * idf[c]
        norms = np.sqrt(np.bincount(r, weights=val * val, minlength=n)).astype(idf.dtype)
        val /= norms[r]
        rows_parts.append(r)
        cols_parts.append(c + offset if offset else c)
        vals_parts.append(val)
    if not rows_parts:
        dtype = blocks[0][2].dtype if blocks else np.float32
        return SparseRows(np.zeros(n + 1, dtype=np.int64), np.zeros(0, np.int64), np.zeros(0, dtype))
    if len(rows_parts) == 1:
        r, c, v = rows_parts[0], cols_parts[0], vals_parts[0]
    else:  # blocks side by side: order by row, keeping each row's blocks in order (stable sort)
        r = np.concatenate(rows_parts)
        order = np.argsort(r, kind="stable")
        r, c, v = r[order], np.concatenate(cols_parts)[order], np.concatenate(vals_parts)[order]
    indptr = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(np.bincount(r, minlength=n), out=indptr[1:])
    return SparseRows(indptr, c, v)


def _tfidf_row(blocks: Sequence[Block]) -> SparseRows:
    """`tfidf_rows` of one text: counted with `Counter` (fewer numpy calls than the batch method, which pays
    off from two texts on). Columns in first-seen order within each block."""
    cols: list[np.ndarray] = []
    vals: list[np.ndarray] = []
    for (grams,), vocab, idf, offset in blocks:
        block = tfidf_block(grams, vocab, idf)
        if block is not None:
            cols.append(block[0] + offset if offset else block[0])
            vals.append(block[1])
    dtype = blocks[0][2].dtype if blocks else np.float32
    c = np.concatenate(cols) if cols else np.zeros(0, dtype=np.int64)
    v = np.concatenate(vals) if vals else np.zeros(0, dtype=dtype)
    return SparseRows(np.array([0, len(c)], dtype=np.int64), c, v)


def tfidf_block(
    grams: Sequence[str], vocab: dict[str, int], idf: np.ndarray
) -> tuple[np.ndarray, np.ndarray] | None:
    """One TF-IDF block of one text: (columns int64, values in idf's dtype), or None when no n-gram is in
    the vocabulary."""
    # column -> count, in first-seen order, counted in C (map + Counter) instead of a Python loop
    counts = Counter(map(vocab.get, grams))
    counts.pop(None, None)
    if not counts:
        return None
    idx = np.fromiter(counts.keys(), dtype=np.int64, count=len(counts))
    tf = np.fromiter(counts.values(), dtype=idf.dtype, count=len(counts))
    val = (np.log(tf) + 1.0) * idf[idx]
    val /= np.sqrt(np.dot(val, val))
    return idx, val


class FastTfidf:
    """Transform-only twin of a fitted `make_vectorizer()` FeatureUnion, without sklearn's per-call overhead
    (parallel dispatch, validation): the same numbers (sublinear tf x idf, L2 per block, float32), ~10x
    faster on single messages. The n-gram analysis can be shared between models (`analyze`).
    Built from the union itself or from its `vectorizer_spec` (then scikit-learn is never imported)."""

    def __init__(self, union_or_spec: Any) -> None:
        spec = vectorizer_spec(union_or_spec)
        self.blocks = []
        offset = 0
        for block in spec:
            idf = np.asarray(block["idf"], dtype=np.float32)
            self.blocks.append((block["vocabulary"], idf, offset))
            offset += len(idf)
        self.n_features = offset
        self._analyzers = [
            _word_analyzer(b) if b["analyzer"] == "word" else _char_wb_analyzer(b) for b in spec
        ]
        #: per block (analyzer, ngram_range, lowercase): lets other models reuse `analyze`'s n-grams
        self.settings = [(b["analyzer"], tuple(b["ngram_range"]), bool(b["lowercase"])) for b in spec]

    def analyze(self, texts: Sequence[str]) -> list[list[list[str]]]:
        """Per text, the n-grams of each block (identical for every model built by `make_vectorizer`)."""
        return [[a(t) for a in self._analyzers] for t in texts]

    def rows(self, texts: Sequence[str], analyzed: list[list[list[str]]] | None = None) -> SparseRows:
        """The texts' TF-IDF (non-zero entries per row, float32), blocks side by side."""
        if analyzed is None:
            analyzed = self.analyze(texts)
        n = len(analyzed)
        return tfidf_rows(
            [
                ([grams[k] for grams in analyzed], vocab, idf, offset)
                for k, (vocab, idf, offset) in enumerate(self.blocks)
            ],
            n,
        )

    def transform(self, texts: Sequence[str], analyzed: list[list[list[str]]] | None = None) -> sp.csr_matrix:
        """The TF-IDF matrix (n_texts, n_features), as scikit-learn's transform would give it."""
        rows = self.rows(texts, analyzed)
        return sp.csr_matrix(
            (rows.vals, rows.cols.astype(np.int32), rows.indptr.astype(np.int32)),
            shape=(len(rows), self.n_features),
        )


def clip_text(text: str, limit: int = 2000) -> str:
    """Triage reads the first `limit` characters: a 100 KB message costs no more than a long one."""
    return text[:limit]


def combine(tfidf: sp.spmatrix, emb: np.ndarray) -> sp.csr_matrix:
    return sp.hstack([tfidf * TFIDF_SCALE, sp.csr_matrix(emb)], format="csr")


def linear_scores(
    rows: SparseRows,
    emb: np.ndarray,
    w_tfidf: np.ndarray,
    w_emb: np.ndarray,
    b: np.ndarray,
) -> np.ndarray:
    """Logits of a linear model trained on `combine(tfidf, emb)`, from `FastTfidf.rows`."""
    out = emb @ w_emb
    out += rows.dot(w_tfidf) * TFIDF_SCALE
    out += b
    return out


def split_weights(coef: np.ndarray, n_tfidf: int) -> tuple[np.ndarray, np.ndarray]:
    """Split a coef matrix into (tfidf part, embedding part), stored as float16 to halve the files."""
    return coef[:, :n_tfidf].astype(np.float16), coef[:, n_tfidf:].astype(np.float16)
