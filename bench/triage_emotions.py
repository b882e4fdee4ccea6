"""GoEmotions macro-F1 on our own held-out 10% of train.tsv (never tuned on); per-label thresholds are
tuned on GoEmotions' dev.tsv, as for the shipped model. Also reports the shipped model on dev.tsv (tuned
there, so optimistic) for reference.

    .venv/bin/python bench/triage_emotions.py   -> bench/results/triage_emotions.json
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).parent))
from triage_common import DATA, write  # noqa: E402

from warmline.triage.embeddings import embed  # noqa: E402
from warmline.triage.emotions import LABELS  # noqa: E402
from warmline.triage.evaluation import evaluate_emotions  # noqa: E402
from warmline.triage.training import read_goemotions, train_emotion_model  # noqa: E402


def main() -> None:
    from sklearn.metrics import f1_score

    X, Y = read_goemotions(DATA / "goemotions" / "train.tsv")
    Xd, Yd = read_goemotions(DATA / "goemotions" / "dev.tsv")
    rng = np.random.default_rng(11)
    idx = rng.permutation(len(X))
    ho, tr = np.sort(idx[: len(X) // 10]), np.sort(idx[len(X) // 10 :])
    E = embed(X)
    Ed = embed(Xd)
    t = time.perf_counter()
    model = train_emotion_model([X[i] for i in tr], Y[tr], Xd, Yd, embeddings=E[tr], dev_embeddings=Ed)
    train_s = time.perf_counter() - t
    P, S = model.predict([X[i] for i in ho], E[ho])
    pred = model.labels_above_threshold(P)
    per = f1_score(Y[ho], pred, average=None, zero_division=0)
    # sentiment sanity: correlation with GoEmotions' sentiment grouping on the holdout
    from warmline.triage.emotions import NEGATIVE, POSITIVE

    pos = Y[ho][:, [LABELS.index(x) for x in POSITIVE]].sum(1)
    neg = Y[ho][:, [LABELS.index(x) for x in NEGATIVE]].sum(1)
    gold = np.sign(pos - neg)
    sent_acc = float((np.where(S > 0.2, 1, np.where(S < -0.2, -1, 0)) == gold).mean())
    write(
        "triage_emotions",
        {
            "recipe": "tfidf(word 15k + char_wb 30k) + MiniLM int8, one-vs-rest LogReg "
            "(liblinear dual, C=1), "
            "per-label thresholds tuned on dev.tsv",
            "own_holdout_10pct_of_train": {
                "n": int(len(ho)),
                "macro_f1": round(float(f1_score(Y[ho], pred, average="macro", zero_division=0)), 4),
                "micro_f1": round(float(f1_score(Y[ho], pred, average="micro", zero_division=0)), 4),
                "per_label_f1": {lab: round(float(f), 4) for lab, f in zip(LABELS, per, strict=True)},
                "sentiment_3way_accuracy_at_0.2": round(sent_acc, 4),
                "train_seconds_39k": round(train_s, 1),
            },
            "shipped_model_on_dev_tsv_tuned_there": evaluate_emotions(DATA / "goemotions" / "dev.tsv"),
        },
    )


if __name__ == "__main__":
    main()
