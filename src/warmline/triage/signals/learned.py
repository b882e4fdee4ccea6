"""The learned half of the signal detectors: TF-IDF + one logistic regression per escalating signal.

Trained by ``tools/train_signals.py`` on public intents mapped to signals plus messages written for this
product. Shipped without scikit-learn at run time (so it loads in a few tens of milliseconds):
``models/learned.npz`` holds the idf vectors, the coefficient matrix and intercepts,
``models/learned_vocab.json`` the word (1-2 gram) and char_wb (2-5 gram) vocabularies,
``models/learned_meta.json`` the labels and per-label thresholds. The transform below reproduces
scikit-learn's ``TfidfVectorizer`` (lowercase, sublinear tf, l2 norm per block) exactly;
a test checks it against scikit-learn.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from warmline.triage.features import SparseRows, tfidf_rows
from warmline.triage.features import char_wb_ngrams as _char_wb
from warmline.triage.features import word_ngrams as _word_ngrams

_MODELS = Path(__file__).parent / "models"
_lock = threading.Lock()
_state: dict | None = None
_MAX_CHARS = 4000
#: the catch-all head ("some escalating signal"), next to one head per signal
ESCALATE = "_escalate"
_TOKEN = re.compile(r"(?u)\b\w[\w']*\b")


def _load() -> dict:
    global _state
    if _state is None:
        with _lock:
            if _state is None:
                meta = json.loads((_MODELS / "learned_meta.json").read_text(encoding="utf-8"))
                vocab = json.loads((_MODELS / "learned_vocab.json").read_text(encoding="utf-8"))
                arrays = np.load(_MODELS / "learned.npz")
                labels = list(meta["labels"])
                _state = {
                    "labels": labels,
                    "word_vocab": vocab["word"],
                    "char_vocab": vocab["char"],
                    "word_ngram": tuple(vocab.get("word_ngram", (1, 2))),
                    "char_ngram": tuple(vocab.get("char_ngram", (2, 5))),
                    "word_idf": arrays["word_idf"].astype(np.float64),
                    "char_idf": arrays["char_idf"].astype(np.float64),
                    "coef": arrays["coef"].astype(np.float32),  # (n_features, n_labels)
                    # (384, n_labels): the sentence embedding's part, when the model was trained with one
                    "coef_emb": (arrays["coef_emb"].astype(np.float64) if "coef_emb" in arrays else None),
                    "intercept": arrays["intercept"].astype(np.float32),
                    "thresholds": np.array([meta["thresholds"][n] for n in labels], dtype=np.float32),
                }
    return _state


_available = False


def available() -> bool:
    global _available
    if not _available:  # once found, the shipped files stay (this ran 3 stat calls per message)
        _available = all(
            (_MODELS / f).exists() for f in ("learned.npz", "learned_vocab.json", "learned_meta.json")
        )
    return _available


def word_ngrams(text: str, ngram: tuple[int, int] = (1, 2)) -> list[str]:
    return _word_ngrams(_TOKEN.findall(text.lower()), ngram)


def char_wb_ngrams(text: str, ngram: tuple[int, int] = (2, 5)) -> list[str]:
    return _char_wb(text.lower(), ngram)


def uses_embedding() -> bool:
    return _load()["coef_emb"] is not None


def scores(text: str, embedding: np.ndarray | None = None) -> dict[str, tuple[float, float]]:
    """{label: (probability, threshold)} for every learned label.

    `embedding`: the message's MiniLM sentence embedding (384 floats, unit length), which the pipeline has
    already computed; without it, and when the model uses one, it is computed here.
    """
    emb = None if embedding is None else np.asarray(embedding).reshape(1, -1)
    return scores_batch([text], emb)[0]


def scores_batch(
    texts: Sequence[str],
    embeddings: np.ndarray | None = None,
    char_grams: Sequence[list[str] | None] | None = None,
) -> list[dict[str, tuple[float, float]]]:
    """`scores` of several messages at once (one vectorised TF-IDF and one product for all).

    `char_grams`: per text, its char_wb n-grams when the caller already has them (the pipeline's intent
    features use the same analyser), or None to compute them here.
    """
    st = _load()
    ts = [t[:_MAX_CHARS] for t in texts]
    rows = _features(ts, char_grams)
    z = rows.dot(st["coef"]).astype(np.float64) + st["intercept"].astype(np.float64)
    if st["coef_emb"] is not None:
        if embeddings is None:
            from warmline.triage.embeddings import embed

            embeddings = embed(ts)
        z += np.asarray(embeddings, dtype=np.float64).reshape(len(ts), -1) @ st["coef_emb"]
    p = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
    labels, thresholds = st["labels"], [float(x) for x in st["thresholds"]]
    return [dict(zip(labels, zip(map(float, row), thresholds, strict=True), strict=True)) for row in p]


def _features(ts: Sequence[str], char_grams: Sequence[list[str] | None] | None) -> SparseRows:
    """The learned heads' TF-IDF of the (already clipped) texts: word 1-2 + char_wb 2-5 blocks."""
    st = _load()
    if char_grams is None:
        char_grams = [None] * len(ts)
    chars = [
        g if g is not None else char_wb_ngrams(t, st["char_ngram"])
        for t, g in zip(ts, char_grams, strict=True)
    ]
    return tfidf_rows(
        [
            ([word_ngrams(t, st["word_ngram"]) for t in ts], st["word_vocab"], st["word_idf"], 0),
            (chars, st["char_vocab"], st["char_idf"], len(st["word_idf"])),
        ],
        len(ts),
    )


def features(texts: Sequence[str]) -> SparseRows:
    """The learned heads' TF-IDF rows of `texts` (clipped as `scores_batch` clips them): other models of the
    signal detectors read the same features."""
    return _features([t[:_MAX_CHARS] for t in texts], None)


def feature_count() -> int:
    """The number of TF-IDF columns (word block, then char block)."""
    st = _load()
    return len(st["word_idf"]) + len(st["char_idf"])


def word_column(gram: str) -> int | None:
    """The feature column of a word n-gram (lower case), or None when it is not in the vocabulary."""
    return _load()["word_vocab"].get(gram)


def word_grams(text: str) -> list[str]:
    """The message's word n-grams as the learned heads see them."""
    return word_ngrams(text, _load()["word_ngram"])


def shares_char_grams(ngram: tuple[int, int], lowercase: bool) -> bool:
    """Whether char_wb n-grams made with these settings are the ones `scores_batch` would make."""
    return lowercase and tuple(ngram) == tuple(_load()["char_ngram"])


def word_weight(word: str, label: str) -> float:
    """The learned model's coefficient of a single word for ``label`` (evidence for the reasons)."""
    st = _load()
    j = st["word_vocab"].get(word.lower())
    if j is None:
        return 0.0
    return float(st["coef"][j, st["labels"].index(label)])
