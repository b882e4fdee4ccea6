"""Training of the emotion model (GoEmotions labels and a sentiment head). Deterministic: every solver is
seeded."""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import Any

import numpy as np

from warmline.triage.features import clip_text, combine, make_vectorizer, slim_vectorizer, split_weights
from warmline.triage.training_data import SEED, Progress, _noop


def train_emotion_model(
    train_texts: Sequence[str],
    Y_train: np.ndarray,
    dev_texts: Sequence[str],
    Y_dev: np.ndarray,
    *,
    embeddings: np.ndarray | None = None,
    dev_embeddings: np.ndarray | None = None,
    C: float = 1.0,
    progress: Progress = _noop,
) -> Any:
    """One-vs-rest logistic regressions (28 GoEmotions labels) + a 3-way sentiment head; per-label thresholds
    maximise F1 on the dev set (GoEmotions' own dev split for the shipped model)."""
    import warnings

    from sklearn.exceptions import ConvergenceWarning
    from sklearn.linear_model import LogisticRegression

    from warmline.triage.embeddings import embed
    from warmline.triage.emotions import LABELS, NEGATIVE, POSITIVE, EmotionModel

    t0 = time.perf_counter()
    n_labels = len(LABELS)
    total = n_labels + 4
    progress("embedding", 0, total)
    train_texts = [clip_text(t) for t in train_texts]
    dev_texts = [clip_text(t) for t in dev_texts]
    E = embeddings if embeddings is not None else embed(train_texts)
    Ed = dev_embeddings if dev_embeddings is not None else embed(dev_texts)
    progress("features", 1, total)
    vec = make_vectorizer(15000, 30000)
    tf = vec.fit_transform(train_texts)
    X = combine(tf, E)
    Xd = combine(vec.transform(dev_texts), Ed)
    W = np.zeros((n_labels, X.shape[1]), dtype=np.float32)
    b = np.zeros(n_labels, dtype=np.float32)
    thresholds = np.full(n_labels, 0.5, dtype=np.float32)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        for k in range(n_labels):
            progress(f"label {LABELS[k]}", 2 + k, total)
            clf = LogisticRegression(C=C, solver="liblinear", dual=True, max_iter=300, random_state=SEED)
            clf.fit(X, Y_train[:, k])
            W[k] = clf.coef_[0]
            b[k] = clf.intercept_[0]
            p = clf.predict_proba(Xd)[:, 1]
            thresholds[k] = _best_f1_threshold(p, Y_dev[:, k])
        # sentiment head: positive / neutral-or-ambiguous / negative, rows with a clear majority only
        progress("sentiment", 2 + n_labels, total)
        pos = Y_train[:, [LABELS.index(x) for x in POSITIVE]].sum(1)
        neg = Y_train[:, [LABELS.index(x) for x in NEGATIVE]].sum(1)
        s = np.where(pos > neg, 2, np.where(neg > pos, 0, 1))
        sent = LogisticRegression(C=C, max_iter=300, random_state=SEED).fit(X, s)
    n_tf = tf.shape[1]
    wt, we = split_weights(W, n_tf)
    swt, swe = split_weights(sent.coef_, n_tf)
    slim_vectorizer(vec)
    progress("done", total, total)
    return EmotionModel(
        vectorizer=vec,
        w_tfidf=wt,
        w_emb=we,
        bias=b,
        thresholds=thresholds,
        s_tfidf=swt,
        s_emb=swe,
        s_bias=sent.intercept_.astype(np.float32),
        meta={"n_train": len(train_texts), "train_seconds": round(time.perf_counter() - t0, 1), "C": C},
    )


def _best_f1_threshold(p: np.ndarray, y: np.ndarray) -> float:
    best_t, best_f = 0.5, -1.0
    for t in np.arange(0.05, 0.95, 0.01):
        pred = p >= t
        tp = float((pred & (y == 1)).sum())
        fp = float((pred & (y == 0)).sum())
        fn = float((~pred & (y == 1)).sum())
        f = 2 * tp / (2 * tp + fp + fn) if tp > 0 else 0.0
        if f > best_f + 1e-12:
            best_t, best_f = float(t), f
    return round(best_t, 2)
