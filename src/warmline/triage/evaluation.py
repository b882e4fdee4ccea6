"""Evaluation of the learned triage models: intents (train on one file, test on another) and emotions.

Escalation is evaluated by `warmline.triage.signals.evaluation.evaluate_escalation` (the signal detectors).
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from warmline.triage.intent_training import train_intent_model
from warmline.triage.intents import OOS, IntentModel
from warmline.triage.training_data import Progress, _noop, read_goemotions, read_labelled


def intent_metrics(
    model: IntentModel, texts: Sequence[str], labels: Sequence[str], embeddings: np.ndarray | None = None
) -> dict[str, Any]:
    """accuracy (final label, `oos` when rejected, vs gold), macro_f1 over gold labels, in_scope_accuracy
    (in-scope rows; a rejection counts as wrong), closed_set_accuracy (best intent, ignoring rejection),
    oos_recall (when the test has `oos` rows). `embeddings`: the texts' MiniLM vectors, when already known."""
    from sklearn.metrics import f1_score

    from warmline.triage.embeddings import embed

    emb = embed(list(texts)) if embeddings is None else embeddings
    preds = model.decide(model.proba(list(texts), emb))
    y = np.asarray([str(x) for x in labels])
    final = np.asarray([p.intent if p.intent is not None else OOS for p in preds])
    guess = np.asarray([p.best_guess for p in preds])
    is_oos = y == OOS
    out: dict[str, Any] = {
        "accuracy": round(float((final == y).mean()), 4),
        "macro_f1": round(
            float(f1_score(y, final, labels=sorted(set(y)), average="macro", zero_division=0)), 4
        ),
        "in_scope_accuracy": round(float((final == y)[~is_oos].mean()), 4) if (~is_oos).any() else None,
        "closed_set_accuracy": round(float((guess == y)[~is_oos].mean()), 4) if (~is_oos).any() else None,
        "rejected_in_scope": round(float((final == OOS)[~is_oos].mean()), 4) if (~is_oos).any() else None,
        "threshold": model.threshold,
    }
    if is_oos.any():
        out["oos_recall"] = round(float((final == OOS)[is_oos].mean()), 4)
        out["n_oos"] = int(is_oos.sum())
    unknown = sorted(set(y) - set(model.classes) - {OOS})
    if unknown:
        out["unknown_test_labels"] = unknown[:20]
    return out


def evaluate_intents(
    train_path: str | Path, test_path: str | Path, progress: Progress = _noop
) -> dict[str, Any]:
    """Train an intent model on one file (CSV/JSONL) and evaluate it on another."""
    tr_texts, tr_labels = read_labelled(train_path)
    te_texts, te_labels = read_labelled(test_path)
    t0 = time.perf_counter()
    model = train_intent_model(tr_texts, tr_labels, progress=progress)
    train_seconds = time.perf_counter() - t0
    out = intent_metrics(model, te_texts, te_labels)
    out.update({"train_seconds": round(train_seconds, 2), "n_train": len(tr_texts), "n_test": len(te_texts)})
    return out


def evaluate_emotions(test_path: str | Path, model: Any = None) -> dict[str, Any]:
    """GoEmotions TSV -> macro_f1 (per-label thresholds of the model), micro_f1, per-label F1."""
    from sklearn.metrics import f1_score

    from warmline.triage.embeddings import embed
    from warmline.triage.emotions import LABELS, EmotionModel
    from warmline.triage.pipeline import DEFAULT_EMOTIONS_DIR

    texts, Y = read_goemotions(test_path)
    if model is None:
        model = EmotionModel.load(DEFAULT_EMOTIONS_DIR)
    proba, _ = model.predict(texts, embed(texts))
    pred = model.labels_above_threshold(proba)
    per = f1_score(Y, pred, average=None, zero_division=0)
    return {
        "macro_f1": round(float(f1_score(Y, pred, average="macro", zero_division=0)), 4),
        "micro_f1": round(float(f1_score(Y, pred, average="micro", zero_division=0)), 4),
        "n_test": len(texts),
        "per_label_f1": {lab: round(float(f), 4) for lab, f in zip(LABELS, per, strict=True)},
    }


def evaluate_escalation(path: str | Path, triager: Any = None) -> dict[str, Any]:
    """Delegates to the signal detectors' evaluation (must-human recall, false escalation rate, misses)."""
    try:
        from warmline.triage.signals.evaluation import evaluate_escalation as _evaluate
    except ImportError as exc:  # pragma: no cover - depends on the signals package
        raise RuntimeError(f"escalation evaluation is not available: {exc}") from exc
    if triager is None:
        from warmline.triage.pipeline import load_default_triager

        triager = load_default_triager()
    return _evaluate(path, triager)
