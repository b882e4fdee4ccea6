"""A second look at an escalation: is this the customer's own situation, now?

Patterns and learned heads read words, and a routine message can carry the same words as a crisis: a nurse's
night shifts, a renewal asked about "to plan my budget", a double charge refunded last week, a joke about
suing the company. The context rules catch the kinds of such message that can be written down; this model
catches the rest by reading the whole message once the detectors have decided to escalate it.

One logistic regression, trained by ``tools/train_second_look.py`` on the escalations the detectors make on
labelled development messages (was a person needed, or was the message routine?). Its features are the
learned heads' TF-IDF of the message (same vocabularies, so nothing new to tokenise), the MiniLM sentence
embedding the pipeline already has, and which detector found which label. When it is sure the escalation is
routine (a probability at or above a threshold chosen on out-of-fold predictions of its training data, where
it cost almost no recall), `analyse` sets the readings aside with a ``context`` reason
``second_look:<label>`` whose score is that probability and whose evidence is the words that weighed most
towards routine.

It never overrules a reading of self-harm, abuse, bereavement, danger, fraud or a lost card, nor an explicit
wish for a person, and it reads English messages only.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

import numpy as np

from warmline.triage.features import SparseRows
from warmline.triage.signals import learned as _learned
from warmline.triage.signals.stopwords import STOP

_MODELS = Path(__file__).parent / "models"
_lock = threading.Lock()
_state: dict | None = None

#: the detectors whose readings are the model's label features
FEATURE_DETECTORS = ("patterns", "learned", "multilingual")
#: labels a second look never sets aside: a person always sees these (a death named is rarely routine, and its
#: false readings, "my late grandfather worked here", are few and written down as idioms)
NEVER = frozenset(
    {"self_harm", "abuse", "bereavement", "crisis.safety", "crisis.fraud_or_lost_card", "wants_human"}
)
_MAX_CHARS = 4000
_off = False


def _load() -> dict | None:
    global _state
    if _state is None:
        with _lock:
            if _state is None:
                meta_path, arrays_path = _MODELS / "second_look_meta.json", _MODELS / "second_look.npz"
                if not (meta_path.exists() and arrays_path.exists()):
                    _state = {}
                else:
                    meta = json.loads(meta_path.read_text(encoding="utf-8"))
                    arrays = np.load(arrays_path)
                    _state = {
                        "features": {name: i for i, name in enumerate(meta["label_features"])},
                        "threshold": float(meta["threshold"]),
                        "coef": arrays["coef"].astype(np.float64)[:, None],
                        "coef_emb": arrays["coef_emb"].astype(np.float64),
                        "coef_labels": arrays["coef_labels"].astype(np.float64),
                        "intercept": float(arrays["intercept"]),
                    }
    return _state or None


def available() -> bool:
    """Whether the model ships (and the learned heads, whose features it reads, do too), and is not switched
    off."""
    return not _off and _load() is not None and _learned.available()


@contextmanager
def switched_off() -> Iterator[None]:
    """Analyse without the second look in this process, in every thread (its trainer reads the detectors' own
    escalations)."""
    global _off
    before, _off = _off, True
    try:
        yield
    finally:
        _off = before


def threshold() -> float:
    st = _load()
    return float(st["threshold"]) if st else 1.0


def label_features(readings: Iterable[tuple[str, str]]) -> list[str]:
    """The model's label features of (detector, label) readings: "patterns:complaint", ..."""
    return sorted({f"{d}:{lab}" for d, lab in readings if d in FEATURE_DETECTORS})


def verdict(
    text: str, readings: Iterable[tuple[str, str]], embedding: np.ndarray | None = None
) -> tuple[float, list[str]] | None:
    """(probability, words) when the escalation of `text` is routine at the shipped threshold, else None. The
    words are the evidence of the readings set aside: those that weighed most towards routine. The message's
    features are computed once, for both."""
    st = _load()
    if st is None:
        return None
    clipped = text[:_MAX_CHARS]
    rows = _learned.features([clipped])
    p = _probability(st, rows, clipped, readings, embedding)
    if p < threshold():
        return None
    return p, _routine_words(st, rows, clipped)


def _probability(
    st: dict,
    rows: SparseRows,
    clipped: str,
    readings: Iterable[tuple[str, str]],
    embedding: np.ndarray | None,
) -> float:
    z = float(rows.dot(st["coef"])[0, 0]) + st["intercept"]
    if embedding is None:
        from warmline.triage.embeddings import embed

        embedding = embed([clipped])[0]
    z += float(np.asarray(embedding, dtype=np.float64).reshape(-1) @ st["coef_emb"])
    for name in label_features(readings):
        j = st["features"].get(name)
        if j is not None:
            z += float(st["coef_labels"][j])
    return float(1.0 / (1.0 + np.exp(-np.clip(z, -30.0, 30.0))))


def _routine_words(st: dict, rows: SparseRows, clipped: str, most: int = 3) -> list[str]:
    """The message's word n-grams that weighed most towards routine (not a function word alone, nor a bigram
    of function words)."""
    weight = {int(c): float(v) * float(st["coef"][c, 0]) for c, v in zip(rows.cols, rows.vals, strict=True)}
    seen: list[tuple[float, str]] = []
    for gram in dict.fromkeys(_learned.word_grams(clipped)):
        if all(len(w) <= 2 or w in STOP for w in gram.split()):
            continue
        j = _learned.word_column(gram)
        if j is not None and weight.get(j, 0.0) > 0:
            seen.append((weight[j], gram))
    return [g for _, g in sorted(seen, reverse=True)[:most]]
