"""Five-fold stratified cross-validation of the shipped intent recipe on Banking77 train.csv.

A steadier figure than one 85/15 carve: every message is tested once, by a model trained on the other 80%.

    .venv/bin/python bench/triage_banking77_cv.py   -> bench/results/triage_banking77_cv.json
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).parent))
from triage_common import banking77_embedded, write  # noqa: E402

from warmline.triage.evaluation import intent_metrics  # noqa: E402
from warmline.triage.training import train_intent_model  # noqa: E402


def main() -> None:
    from sklearn.model_selection import StratifiedKFold

    texts, y, emb = banking77_embedded()
    folds = []
    for k, (tr, te) in enumerate(StratifiedKFold(5, shuffle=True, random_state=11).split(texts, y)):
        started = time.perf_counter()
        model = train_intent_model([texts[i] for i in tr], list(y[tr]), embeddings=emb[tr])
        m = intent_metrics(model, [texts[i] for i in te], list(y[te]))
        m |= {"fold": k, "n_train": len(tr), "seconds": round(time.perf_counter() - started, 1)}
        print(m, flush=True)
        folds.append(m)
    summary = {}
    for key in ("accuracy", "closed_set_accuracy", "rejected_in_scope"):
        values = [f[key] for f in folds]
        mean, sd = float(np.mean(values)), float(np.std(values, ddof=1))
        summary[key] = {"mean": round(mean, 4), "sd": round(sd, 4)}
    write("triage_banking77_cv", {"folds": folds, "summary": summary})


if __name__ == "__main__":
    main()
