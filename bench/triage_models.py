"""Model comparison for intents on our own dev splits (Banking77 85/15 carve; CLINC150 val + oos_val).

    .venv/bin/python bench/triage_models.py [--fp32-dir DIR] [--only banking77|clinc150]
        -> bench/results/triage_models[_ONLY].json

Candidates: TF-IDF (word 1-2 + char_wb 2-5, bounded) + LinearSVC / LogisticRegression; MiniLM-L6 int8
embeddings + LogisticRegression; TF-IDF + MiniLM + LogisticRegression, blended with the nearest-neighbour
vote when its internal dev split says so (the shipped recipe, with the out-of-scope threshold chosen on the
same split), and the same recipe without the vote. With --fp32-dir (a directory holding the fp32
ONNX export as model.onnx + tokenizer.json, made by tools/export_embedding_model.py's work dir), the fp32
embeddings are compared with int8 on the same recipe.
"""

from __future__ import annotations

import argparse
import sys
import time
import warnings
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).parent))
from triage_common import banking77_split, clinc_split, write  # noqa: E402

from warmline.triage.embeddings import Embedder, get_embedder  # noqa: E402
from warmline.triage.evaluation import intent_metrics  # noqa: E402
from warmline.triage.features import combine, make_vectorizer  # noqa: E402
from warmline.triage.training import IntentTrainingConfig, train_intent_model  # noqa: E402

warnings.filterwarnings("ignore")


def closed_set(name, fit_predict, Xtr, ytr, Xte, yte):
    t = time.perf_counter()
    pred = fit_predict(Xtr, ytr, Xte)
    y = np.array(yte)
    mask = y != "oos"
    return {
        "model": name,
        "closed_set_accuracy": round(float((np.array(pred) == y)[mask].mean()), 4),
        "seconds": round(time.perf_counter() - t, 1),
    }


def run(dataset, Xtr, ytr, Xte, yte, fp32: Embedder | None):
    from sklearn.linear_model import LogisticRegression
    from sklearn.svm import LinearSVC

    rows = []
    emb = get_embedder()
    Etr, Ete = emb.embed(Xtr), emb.embed(Xte)

    def tfidf_svc(a, b, c):
        v = make_vectorizer()
        return LinearSVC(C=1.0).fit(v.fit_transform(a), b).predict(v.transform(c))

    def tfidf_lr(a, b, c):
        v = make_vectorizer()
        return LogisticRegression(C=20, max_iter=300).fit(v.fit_transform(a), b).predict(v.transform(c))

    def emb_lr(a, b, c):
        return LogisticRegression(C=20, max_iter=300).fit(Etr, b).predict(Ete)

    def comb_svc(a, b, c):
        v = make_vectorizer()
        return LinearSVC(C=1.0).fit(combine(v.fit_transform(a), Etr), b).predict(combine(v.transform(c), Ete))

    for name, fn in [
        ("tfidf+LinearSVC", tfidf_svc),
        ("tfidf+LogReg", tfidf_lr),
        ("minilm_int8+LogReg", emb_lr),
        ("tfidf+minilm_int8+LinearSVC", comb_svc),
    ]:
        rows.append(closed_set(name, fn, Xtr, ytr, Xte, yte))
        print(dataset, rows[-1], flush=True)
    t = time.perf_counter()
    model = train_intent_model(Xtr, ytr, embeddings=Etr)
    m = intent_metrics(model, Xte, yte, embeddings=Ete)
    proba = model.proba(Xte, Ete)
    y = np.array(yte)
    sweep = []
    for th in (0.0, 0.1, 0.2, 0.3, 0.4, 0.5):
        final = np.array([p.intent or "oos" for p in model.decide(proba, th)])
        row = {"threshold": th, "in_scope_accuracy": round(float((final == y)[y != "oos"].mean()), 4)}
        if (y == "oos").any():
            row["oos_recall"] = round(float((final == "oos")[y == "oos"].mean()), 4)
        sweep.append(row)
    m["threshold_sweep"] = sweep
    rows.append(
        {
            "model": "tfidf+minilm_int8+LogReg (shipped recipe, with oos threshold)",
            **m,
            "seconds": round(time.perf_counter() - t, 1),
            "internal_dev": {k: v for k, v in model.meta.items() if k.startswith("dev_")},
        }
    )
    print(dataset, rows[-1], flush=True)
    t = time.perf_counter()
    linear = train_intent_model(
        Xtr, ytr, config=IntentTrainingConfig(neighbour_weights=(0.0,)), embeddings=Etr
    )
    rows.append(
        {
            "model": "tfidf+minilm_int8+LogReg without the neighbour vote (with oos threshold)",
            **intent_metrics(linear, Xte, yte, embeddings=Ete),
            "seconds": round(time.perf_counter() - t, 1),
        }
    )
    print(dataset, rows[-1], flush=True)
    if fp32 is not None:
        Ftr, Fte = fp32.embed(Xtr), fp32.embed(Xte)
        cos = float(np.mean(np.sum(Fte * Ete, axis=1)))
        model = train_intent_model(Xtr, ytr, embeddings=Ftr)
        proba = model.proba(Xte, Fte)
        preds = model.decide(proba)
        y = np.array(yte)
        final = np.array([p.intent or "oos" for p in preds])
        guess = np.array([p.best_guess for p in preds])
        mask = y != "oos"
        rows.append(
            {
                "model": "tfidf+minilm_fp32+LogReg (same recipe, fp32 embeddings)",
                "accuracy": round(float((final == y).mean()), 4),
                "closed_set_accuracy": round(float((guess == y)[mask].mean()), 4),
                "mean_cosine_int8_vs_fp32": round(cos, 4),
            }
        )
        print(dataset, rows[-1], flush=True)
    return rows


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--fp32-dir", default=None)
    ap.add_argument("--only", choices=["banking77", "clinc150"], default=None)
    args = ap.parse_args()
    fp32 = Embedder(args.fp32_dir) if args.fp32_dir else None
    out = {}
    if args.only in (None, "banking77"):
        out["banking77_own_15pct_holdout"] = run("banking77", *banking77_split(), fp32)
    if args.only in (None, "clinc150"):
        out["clinc150_val_plus_oos_val"] = run("clinc150", *clinc_split(), None)
    write("triage_models" + (f"_{args.only}" if args.only else ""), {"splits": out})


if __name__ == "__main__":
    main()
