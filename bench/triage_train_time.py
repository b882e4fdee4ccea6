"""Training time for 10,000 examples (Banking77 train.csv, first 10,000 rows in file order), end to end via
`train_intent_model` (embedding + TF-IDF + dev-split fit + threshold + warm-started refit), and the peak RSS.

    .venv/bin/python bench/triage_train_time.py   -> bench/results/triage_train_time.json
"""

from __future__ import annotations

import csv
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from triage_common import DATA, rss_mb, write  # noqa: E402

from warmline.triage.training import train_intent_model  # noqa: E402


def main() -> None:
    rows = list(csv.DictReader((DATA / "banking77" / "train.csv").open(encoding="utf-8")))[:10000]
    t = time.perf_counter()
    c = time.process_time()
    model = train_intent_model([r["text"] for r in rows], [r["category"] for r in rows])
    seconds = time.perf_counter() - t
    cpu_seconds = time.process_time() - c
    write(
        "triage_train_time",
        {
            "n_examples": len(rows),
            "n_background_oos_added": model.meta["n_background_oos"],
            "seconds": round(seconds, 1),
            "cpu_seconds_all_threads": round(cpu_seconds, 1),
            "target_seconds": 120,
            "rss_mb": rss_mb(),
            "threshold": model.threshold,
            "note": "machine shared with other sessions during the run; see load_avg",
        },
    )


if __name__ == "__main__":
    main()
