"""Shared helpers of the triage benchmarks: the shared data, own dev splits, RSS from /proc."""

from __future__ import annotations

import csv
import json
import os
import platform
import time
from pathlib import Path

import numpy as np

DATA = Path(os.environ.get("WARMLINE_DATA_DIR", Path(__file__).resolve().parents[2] / "shared" / "data"))
RESULTS = Path(__file__).parent / "results"
SPLIT_SEED = 7  # our own dev carve; the shipped model's internal threshold split uses another seed


def rss_mb() -> dict[str, float]:
    out = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(("VmRSS", "VmHWM")):
            k, v = line.split(":")
            out[k] = round(int(v.split()[0]) / 1024, 1)
    return out


def banking77_train() -> tuple[list[str], list[str]]:
    """Banking77 train.csv: texts and their categories."""
    rows = list(csv.DictReader((DATA / "banking77" / "train.csv").open(encoding="utf-8")))
    return [r["text"] for r in rows], [r["category"] for r in rows]


def banking77_embedded() -> tuple[list[str], np.ndarray, np.ndarray]:
    """All of Banking77 train.csv: texts, labels, and their MiniLM embeddings."""
    from warmline.triage.embeddings import embed

    texts, labels = banking77_train()
    return texts, np.array(labels), embed(texts)


def banking77_split() -> tuple[list[str], list[str], list[str], list[str]]:
    """Banking77 train.csv, stratified 85/15 (our own held-out 15%)."""
    from warmline.triage.training import _stratified_dev

    X, y = banking77_train()
    tr, te = _stratified_dev(y, 0.15, SPLIT_SEED)
    return [X[i] for i in tr], [y[i] for i in tr], [X[i] for i in te], [y[i] for i in te]


def clinc_split() -> tuple[list[str], list[str], list[str], list[str]]:
    """CLINC150: train + oos_train + oos_plus_train -> val + oos_val (the official validation split)."""
    c = json.loads((DATA / "clinc150" / "train_val.json").read_text())
    tr = [x for k in ("train", "oos_train", "oos_plus_train") for x in c[k]]
    te = [x for k in ("val", "oos_val") for x in c[k]]
    return [x[0] for x in tr], [x[1] for x in tr], [x[0] for x in te], [x[1] for x in te]


def write(name: str, payload: dict) -> Path:
    RESULTS.mkdir(parents=True, exist_ok=True)
    payload = {
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "load_avg": os.getloadavg()},
        "date_utc": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        **payload,
    }
    path = RESULTS / f"{name}.json"
    path.write_text(json.dumps(payload, indent=2, default=float) + "\n")
    print(json.dumps(payload, indent=2, default=float))
    return path


def percentile_ms(samples: list[float], q: float) -> float:
    return round(float(np.percentile(np.array(samples) * 1000, q)), 3)
