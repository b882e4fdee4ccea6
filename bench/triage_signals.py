"""Benchmark of the signal detectors (`warmline.triage.signals`): escalation figures and speed.

    python bench/triage_signals.py            # writes bench/results/triage_signals.json

Escalation uses the signals alone (``needs_human`` of issue 4 applied to the ``SignalReport``: wants_human,
any crisis / high-stakes / complaint moment, any vulnerability, or frustration >= 0.7), so it measures the
detectors without the intent/emotion models. The ``*_dev`` sets were used to build and tune the detectors
(and to train the learned half); the ``*_check`` sets were not: they are the honest figures.
Also compared: patterns alone, learned model alone.
"""

from __future__ import annotations

import json
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "triage" / "data"
SETS = [
    "escalation_dev",
    "escalation_check",
    "escalation_blind_dev",
    "escalation_blind_check",
    "escalation_dev_r8",
    "escalation_blind_v5",
    "escalation_blind_v6",
    "escalation_blind_v7",
    "escalation_blind_v8",
    "escalation_blind_v9",
    "escalation_blind_v10",
    "escalation_blind_v11",
    "escalation_blind_v12",
    "escalation_blind_v13",
    "escalation_blind_v14",
    "escalation_blind_v15",
    "escalation_dev_r9",
    "escalation_dev_r10",
    "escalation_dev_r11",
    "escalation_public_dev",
    "escalation_public_check",
]


def _load_time() -> float:
    code = (
        "import time; t=time.perf_counter(); from warmline.triage.signals import analyse; "
        "analyse('warm up'); print(time.perf_counter()-t)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(out.stdout.strip())


def _timed(fn, text: str) -> float:
    t0 = time.perf_counter()
    fn(text)
    return (time.perf_counter() - t0) * 1000


def _figures(rows, preds) -> dict:
    must = [r["label"] == "must_human" for r in rows]
    tp = sum(1 for m, p in zip(must, preds, strict=True) if m and p)
    fp = sum(1 for m, p in zip(must, preds, strict=True) if not m and p)
    n_m = sum(must)
    n_r = len(rows) - n_m
    return {
        "recall": round(tp / n_m, 4) if n_m else None,
        "false_escalation_rate": round(fp / n_r, 4) if n_r else None,
        "n": len(rows),
        "n_must_human": n_m,
    }


def main() -> None:
    from warmline.triage.signals import FRUSTRATION_THRESHOLD, analyse, learned, needs_human, patterns
    from warmline.triage.signals.evaluation import load_escalation

    def esc(label: str) -> bool:
        return (
            label == "wants_human"
            or label == "complaint"
            or label.startswith(("crisis.", "high_stakes."))
            or label in {"bereavement", "illness", "financial_hardship", "disability", "abuse", "self_harm"}
        )

    results: dict = {"escalation": {}, "patterns_only": {}, "learned_only": {}}
    latencies: list[float] = []
    for name in SETS:
        path = DATA / f"{name}.jsonl"
        if not path.exists():
            continue
        rows = load_escalation(path)
        full, pat, lrn = [], [], []
        for r in rows:
            t0 = time.perf_counter()
            rep = analyse(r["text"])
            latencies.append((time.perf_counter() - t0) * 1000)
            full.append(needs_human(rep))
            pat.append(any(esc(h.label) for h in patterns.find(r["text"]) if not h.negated))
            sc = learned.scores(r["text"])
            lrn.append(any(p >= thr for lab, (p, thr) in sc.items()))
        results["escalation"][name] = _figures(rows, full)
        results["patterns_only"][name] = _figures(rows, pat)
        results["learned_only"][name] = _figures(rows, lrn)
        print(name, results["escalation"][name], file=sys.stderr)
    # latency with less noise from other processes: best of 3 runs per message on a fixed sample
    sample = [
        r["text"]
        for name in SETS
        if (DATA / f"{name}.jsonl").exists()
        for r in load_escalation(DATA / f"{name}.jsonl")
    ][::10]
    best = [min(_timed(analyse, t) for _ in range(3)) for t in sample]
    best.sort()
    results["latency_best_of_3_ms"] = {
        "n": len(best),
        "p50": round(statistics.median(best), 3),
        "p99": round(best[int(0.99 * (len(best) - 1))], 3),
        "max": round(best[-1], 3),
    }
    latencies.sort()
    results["latency_ms"] = {
        "n": len(latencies),
        "p50": round(statistics.median(latencies), 3),
        "p99": round(latencies[int(0.99 * (len(latencies) - 1))], 3),
        "mean": round(statistics.fmean(latencies), 3),
    }
    results["load_seconds"] = round(_load_time(), 3)
    results["frustration_threshold"] = FRUSTRATION_THRESHOLD
    results["learned_meta"] = json.loads(
        (ROOT / "src/warmline/triage/signals/models/learned_meta.json").read_text()
    )
    results["machine"] = {"python": platform.python_version(), "platform": platform.platform()}
    out = ROOT / "bench" / "results" / "triage_signals.json"
    out.write_text(json.dumps(results, indent=2) + "\n")
    keys = ("escalation", "latency_ms", "latency_best_of_3_ms", "load_seconds")
    print(json.dumps({k: results[k] for k in keys}, indent=2))


if __name__ == "__main__":
    main()
