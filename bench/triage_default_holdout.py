"""The default customer-service intent model, evaluated honestly: the default recipe (Bitext + Banking77 +
DSTC11 insurance + CLINC oos_train/oos_plus_train + background oos) retrained with a stratified 10% of each
intent source held out (seed 7), then scored per source; out-of-scope recall on CLINC's oos_val (100
messages never used for training or threshold choice). Two recipes on the same split: the shipped default's
(the linear model alone, `neighbour_weights=(0.0,)`) and a workspace model's (the nearest-neighbour vote
blended in when the dev split says so), which the default does not use for its size and per-message cost.

    .venv/bin/python bench/triage_default_holdout.py   -> bench/results/triage_default_holdout.json
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from triage_common import DATA, write  # noqa: E402

from warmline.triage.evaluation import intent_metrics  # noqa: E402
from warmline.triage.intents import OOS  # noqa: E402
from warmline.triage.training import (  # noqa: E402
    IntentTrainingConfig,
    _stratified_dev,
    default_intent_data,
    load_background_oos,
    train_intent_model,
)


def main() -> None:
    sources = default_intent_data(DATA)
    train_t, train_y, held = [], [], {}
    for name, (texts, labels) in sources.items():
        if name == "clinc_oos":
            train_t += texts
            train_y += labels
            continue
        tr, te = _stratified_dev(labels, 0.10, 7)
        train_t += [texts[i] for i in tr]
        train_y += [labels[i] for i in tr]
        held[name] = ([texts[i] for i in te], [labels[i] for i in te])
    bg = load_background_oos()
    clinc = json.loads((DATA / "clinc150" / "train_val.json").read_text())
    oos_val = [x[0] for x in clinc["oos_val"]]
    recipes = {
        "shipped_default_linear_only": IntentTrainingConfig(neighbour_weights=(0.0,)),
        "with_the_vote_chosen_on_dev": IntentTrainingConfig(),
    }
    out = {}
    for recipe, cfg in recipes.items():
        t = time.perf_counter()
        model = train_intent_model(train_t + bg, train_y + [OOS] * len(bg), config=cfg, use_background=False)
        train_s = time.perf_counter() - t
        results = {name: intent_metrics(model, t_, y_) | {"n": len(t_)} for name, (t_, y_) in held.items()}
        results["clinc_oos_val"] = intent_metrics(model, oos_val, [OOS] * len(oos_val)) | {"n": len(oos_val)}
        out[recipe] = {
            "train_seconds": round(train_s, 1),
            "n_train": len(train_t) + len(bg),
            "threshold": model.threshold,
            "internal_dev": {k: v for k, v in model.meta.items() if k.startswith("dev_")},
            "heldout": results,
        }
        print(recipe, json.dumps(out[recipe]), flush=True)
    write("triage_default_holdout", out)


if __name__ == "__main__":
    main()
