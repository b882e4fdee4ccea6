"""Five-fold stratified cross-validation of the shipped intent recipe on Banking77 train.csv.

A steadier figure than one 85/15 carve: every message is tested once, by a model trained on the other 80%.
Two recipes on the same folds: the shipped one (the linear model, blended with the nearest-neighbour vote when
its dev split says so) and the linear model alone (`neighbour_weights=(0.0,)`, the recipe before the vote), so
the gain is a paired difference.

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
from warmline.triage.training import IntentTrainingConfig, train_intent_model  # noqa: E402

RECIPES = {"shipped": IntentTrainingConfig(), "linear_only": IntentTrainingConfig(neighbour_weights=(0.0,))}
KEYS = ("accuracy", "closed_set_accuracy", "rejected_in_scope")


def main() -> None:
    from sklearn.model_selection import StratifiedKFold

    texts, y, emb = banking77_embedded()
    folds: dict[str, list[dict]] = {name: [] for name in RECIPES}
    for k, (tr, te) in enumerate(StratifiedKFold(5, shuffle=True, random_state=11).split(texts, y)):
        for name, cfg in RECIPES.items():
            started = time.perf_counter()
            model = train_intent_model([texts[i] for i in tr], list(y[tr]), config=cfg, embeddings=emb[tr])
            m = intent_metrics(model, [texts[i] for i in te], list(y[te]), embeddings=emb[te])
            m |= {"fold": k, "n_train": len(tr), "seconds": round(time.perf_counter() - started, 1)}
            print(name, m, flush=True)
            folds[name].append(m)
    summary: dict[str, dict] = {}
    for name, rows in folds.items():
        summary[name] = {}
        for key in KEYS:
            values = [f[key] for f in rows]
            summary[name][key] = {
                "mean": round(float(np.mean(values)), 4),
                "sd": round(float(np.std(values, ddof=1)), 4),
            }
    diffs = [
        a["accuracy"] - b["accuracy"] for a, b in zip(folds["shipped"], folds["linear_only"], strict=True)
    ]
    summary["gain_of_the_vote"] = {
        "accuracy_points": round(100 * float(np.mean(diffs)), 2),
        "sd_points": round(100 * float(np.std(diffs, ddof=1)), 2),
        "folds_positive": int(sum(d > 0 for d in diffs)),
    }
    write("triage_banking77_cv", {"folds": folds, "summary": summary})


if __name__ == "__main__":
    main()
