"""What the out-of-scope threshold buys when a workspace trains without `oos` examples (Banking77 train.csv).

Open-set protocol: ten intents are held out as unseen ("near" out-of-scope: banking questions no
intent covers), the model is trained on 80% of the other intents' messages (the shipped background set added,
as in the product) and tested on the remaining 20% (in-scope), on every message of the held-out intents, and
on CLINC150 oos_val ("far" out-of-scope, not in the background set). For a sweep of thresholds and the one
training chose: in-scope accuracy, in-scope messages refused, near and far out-of-scope recall. Two seeds.

    .venv/bin/python bench/triage_open_set.py   -> bench/results/triage_open_set.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).parent))
from triage_common import DATA, banking77_embedded, write  # noqa: E402

from warmline.triage.embeddings import embed  # noqa: E402
from warmline.triage.training import _stratified_dev, train_intent_model  # noqa: E402


def main() -> None:
    texts, y, emb = banking77_embedded()
    clinc = json.loads((DATA / "clinc150" / "train_val.json").read_text())
    far = [x[0] for x in clinc["oos_val"]]
    emb_far = embed(far)
    out = []
    for seed in (1, 2):
        rng = np.random.default_rng(seed)
        unknown = set(rng.choice(sorted(set(y)), 10, replace=False))
        known = np.array([i for i in range(len(y)) if y[i] not in unknown])
        near = np.array([i for i in range(len(y)) if y[i] in unknown])
        tr, te = _stratified_dev(list(y[known]), 0.2, 100 + seed)
        tr, te = known[tr], known[te]
        model = train_intent_model([texts[i] for i in tr], list(y[tr]), embeddings=emb[tr])

        parts = (("in", te), ("near", near))
        probas = {k: model.proba([texts[i] for i in idx], emb[idx]) for k, idx in parts}
        probas["far"] = model.proba(far, emb_far)
        for th in sorted({0.0, 0.1, 0.2, 0.25, 0.3, 0.35, 0.4, model.threshold}):
            a, n, f = (
                np.array([p.intent or "oos" for p in model.decide(probas[k], th)])
                for k in ("in", "near", "far")
            )
            row = {"seed": seed, "threshold": round(float(th), 2), "chosen": th == model.threshold,
                   "in_scope_accuracy": round(float((a == y[te]).mean()), 4),
                   "in_scope_refused": round(float((a == "oos").mean()), 4),
                   "near_oos_recall": round(float((n == "oos").mean()), 4),
                   "far_oos_recall": round(float((f == "oos").mean()), 4)}
            print(row, flush=True)
            out.append(row)
    write("triage_open_set", {"rows": out, "note": "Banking77 train.csv only; ten intents held out per seed"})


if __name__ == "__main__":
    main()
