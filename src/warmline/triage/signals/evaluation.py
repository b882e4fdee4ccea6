"""Escalation evaluation: must-human recall and false escalation rate of a triager on labelled messages.

``warmline eval escalation --data FILE --json`` calls :func:`evaluate_escalation`. The data is JSONL with
``text`` and ``label`` (``must_human`` or ``routine``); other fields are ignored. A prediction is
``triager.triage(text).needs_human``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Protocol

LABELS = ("must_human", "routine")


class _Triager(Protocol):  # the pipeline's Triager, or anything with the same method
    def triage(self, text: str, previous_turns: Any = ()) -> Any: ...


def load_escalation(path: str | Path) -> list[dict]:
    """Read the JSONL; a malformed row raises ``ValueError`` naming the line and the field."""
    rows: list[dict] = []
    with open(path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}: line {lineno}: not valid JSON ({exc.msg})") from exc
            if not isinstance(row, dict):
                raise ValueError(f"{path}: line {lineno}: expected a JSON object")
            if not isinstance(row.get("text"), str):
                raise ValueError(f"{path}: line {lineno}: field 'text' is missing or not a string")
            if row.get("label") not in LABELS:
                raise ValueError(
                    f"{path}: line {lineno}: field 'label' must be one of {LABELS}, got {row.get('label')!r}"
                )
            rows.append(row)
    return rows


def score_predictions(rows: Iterable[dict], predictions: Iterable[tuple[bool, list]]) -> dict:
    """Figures from rows and their (needs_human, reasons) predictions."""
    n = tp = fn = fp = tn = 0
    misses: list[dict] = []
    for row, (pred, reasons) in zip(rows, predictions, strict=True):
        n += 1
        must = row["label"] == "must_human"
        if must and pred:
            tp += 1
        elif must:
            fn += 1
        elif pred:
            fp += 1
        else:
            tn += 1
        if must != pred:
            misses.append(
                {
                    "text": row["text"],
                    "label": row["label"],
                    "predicted": "must_human" if pred else "routine",
                    "reasons": [r.model_dump() if hasattr(r, "model_dump") else r for r in reasons],
                }
            )
    return {
        "recall": round(tp / (tp + fn), 4) if tp + fn else None,
        "false_escalation_rate": round(fp / (fp + tn), 4) if fp + tn else None,
        "n": n,
        "n_must_human": tp + fn,
        "n_routine": fp + tn,
        "true_escalations": tp,
        "missed_escalations": fn,
        "false_escalations": fp,
        "misses": misses,
    }


def evaluate_escalation(path: str | Path, triager: _Triager) -> dict:
    """Run ``triager.triage(text)`` on every row and report ``recall``, ``false_escalation_rate``, ``n`` and
    ``misses`` (``[{text, label, predicted, reasons}]``: missed escalations and false escalations)."""
    rows = load_escalation(path)
    preds = []
    for row in rows:
        result = triager.triage(row["text"])
        preds.append((bool(result.needs_human), list(getattr(result, "reasons", []) or [])))
    return score_predictions(rows, preds)


class SignalsTriager:
    """A stand-in triager that uses the signal detectors alone (no intent, emotion or sentiment models).

    Useful to measure the detectors on their own; the pipeline's ``Triager`` is the product's default.
    """

    def triage(self, text: str, previous_turns: Any = ()) -> Any:
        from warmline.triage.result import TriageResult
        from warmline.triage.signals import analyse, needs_human

        rep = analyse(text, previous_turns=previous_turns)
        return TriageResult(
            wants_human=rep.wants_human,
            moments=rep.moments,
            vulnerability=rep.vulnerability,
            language=rep.language,
            frustration=rep.frustration,
            needs_human=needs_human(rep),
            reasons=rep.reasons,
        )
