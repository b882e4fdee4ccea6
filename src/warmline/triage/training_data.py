"""Reading and validating training files, and what every trainer shares (the seed, the progress callback).

- intents: CSV or JSONL; text field `text` or `utterance`; label field `label`, `intent` or `category`;
  label `oos` marks out-of-scope examples. Errors name the row and the column (`TrainingDataError`).
- emotions: GoEmotions TSV (text, comma-separated label ids, id).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

SEED = 20240601
TEXT_FIELDS = ("text", "utterance")
LABEL_FIELDS = ("label", "intent", "category")

#: progress callback: (stage description, done, total)
Progress = Callable[[str, int, int], None]


def _noop(_stage: str, _done: int, _total: int) -> None:
    return None


class TrainingDataError(ValueError):
    """A malformed training or evaluation file; the message names the file, row and column."""


def _pick(fields: Sequence[str], wanted: Sequence[str], path: Path, what: str) -> str:
    lower = {f.strip().lower(): f for f in fields if isinstance(f, str)}
    for w in wanted:
        if w in lower:
            return lower[w]
    raise TrainingDataError(
        f"{path}: no {what} column; expected one of {', '.join(wanted)} "
        f"(found: {', '.join(map(str, fields)) or 'none'})"
    )


def read_rows(path: str | Path) -> tuple[list[dict[str, Any]], str]:
    """Rows of a CSV or JSONL file as dicts plus the format name (row numbers: 1-based data rows)."""
    path = Path(path)
    if not path.exists():
        raise TrainingDataError(f"{path}: file not found")
    raw = path.read_bytes()
    try:
        content = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line_no = raw[: exc.start].count(b"\n") + 1
        raise TrainingDataError(f"{path}: line {line_no} is not valid UTF-8") from None
    suffix = path.suffix.lower()
    stripped = content.lstrip()
    is_jsonl = suffix in (".jsonl", ".ndjson", ".json") or (
        suffix not in (".csv", ".tsv") and stripped.startswith("{")
    )
    rows: list[dict[str, Any]] = []
    if is_jsonl:
        for n, line in enumerate(content.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                raise TrainingDataError(f"{path}: row {n}: invalid JSON ({exc.msg})") from None
            if not isinstance(obj, dict):
                raise TrainingDataError(f"{path}: row {n}: expected a JSON object, got {type(obj).__name__}")
            obj["__row__"] = n
            rows.append(obj)
        return rows, "jsonl"
    reader = csv.DictReader(content.splitlines(), delimiter="\t" if suffix == ".tsv" else ",")
    if not reader.fieldnames:
        raise TrainingDataError(f"{path}: empty file (expected a header row)")
    for n, row in enumerate(reader, start=1):
        if None in row:
            raise TrainingDataError(f"{path}: row {n}: more values than header columns")
        row = dict(row)
        row["__row__"] = n
        rows.append(row)
    return rows, "csv"


def read_texts(path: str | Path) -> list[str]:
    """The `text` (or `utterance`) column of a CSV/JSONL file, every row."""
    path = Path(path)
    rows, _ = read_rows(path)
    if not rows:
        return []
    fields = sorted({k for r in rows for k in r if k != "__row__"})
    col = _pick(fields, TEXT_FIELDS, path, "text")
    out = []
    for r in rows:
        v = r.get(col)
        if v is None:
            raise TrainingDataError(f"{path}: row {r['__row__']}: column '{col}' is missing")
        if not isinstance(v, str):
            raise TrainingDataError(f"{path}: row {r['__row__']}: column '{col}' must be a string")
        out.append(v)
    return out


def read_labelled(path: str | Path) -> tuple[list[str], list[str]]:
    """(texts, labels) of an intent training/test file; errors name the row and column."""
    path = Path(path)
    rows, _ = read_rows(path)
    if not rows:
        raise TrainingDataError(f"{path}: no rows")
    fields = list(dict.fromkeys(k for r in rows for k in r if k != "__row__"))
    tcol = _pick(fields, TEXT_FIELDS, path, "text")
    lcol = _pick(fields, LABEL_FIELDS, path, "label")
    texts, labels = [], []
    for r in rows:
        n = r["__row__"]
        t, lab = r.get(tcol), r.get(lcol)
        if t is None or (isinstance(t, str) and not t.strip()):
            raise TrainingDataError(f"{path}: row {n}: column '{tcol}' is empty")
        if not isinstance(t, str):
            raise TrainingDataError(f"{path}: row {n}: column '{tcol}' must be a string")
        if lab is None or not str(lab).strip():
            raise TrainingDataError(f"{path}: row {n}: column '{lcol}' is empty")
        if not isinstance(lab, str | int):
            raise TrainingDataError(f"{path}: row {n}: column '{lcol}' must be a string")
        texts.append(t)
        labels.append(str(lab).strip())
    return texts, labels


def read_goemotions(path: str | Path, n_labels: int = 28) -> tuple[list[str], np.ndarray]:
    """GoEmotions TSV: text, comma-separated label ids, comment id -> (texts, Y (n, 28) 0/1)."""
    path = Path(path)
    if not path.exists():
        raise TrainingDataError(f"{path}: file not found")
    texts, ys = [], []
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, start=1):
            line = line.rstrip("\n")
            if not line:
                continue
            parts = line.split("\t")
            if len(parts) < 2:
                raise TrainingDataError(f"{path}: row {n}: expected text<TAB>label ids<TAB>id")
            y = np.zeros(n_labels, dtype=np.int8)
            for tok in parts[1].split(","):
                try:
                    k = int(tok)
                except ValueError:
                    raise TrainingDataError(
                        f"{path}: row {n}: column 2 (labels): '{tok}' is not a label id"
                    ) from None
                if not 0 <= k < n_labels:
                    raise TrainingDataError(
                        f"{path}: row {n}: column 2 (labels): id {k} out of range 0..{n_labels - 1}"
                    )
                y[k] = 1
            texts.append(parts[0])
            ys.append(y)
    return texts, np.array(ys, dtype=np.int8).reshape(-1, n_labels)
