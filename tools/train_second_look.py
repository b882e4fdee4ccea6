"""Train the second look of `warmline.triage.signals` (is an escalation the customer's own situation, now?).

    python tools/train_second_look.py

Run it after ``tools/train_signals.py`` and after any change to the patterns or context rules: its training
rows are the escalations the detectors make, without the second look, on the labelled development messages
in ``tests/triage/data``. Those are every ``escalation_*.jsonl`` except the check sets (``*_check``) and the
blind sets v78-v101, which stay unread measures of the whole pipeline.

A row is an escalation of an English message on readings the second look may set aside (`second_look.NEVER`
excluded); its target is whether the message was routine. Features: the learned heads' TF-IDF, the MiniLM
embedding, and which detector found which label. The threshold is chosen on out-of-fold predictions (folds
by set: a set is one business and one writer, so a fold's figures are those of businesses the model has not
seen; the public messages are cut into folds of their own): the lowest at which the model would have cost at
most 0.1% of the true escalations of the product's messages and of the public ones.

Writes ``second_look.npz`` and ``second_look_meta.json`` into ``src/warmline/triage/signals/models/``.
"""

from __future__ import annotations

import argparse
import json
import re
import time
from pathlib import Path

import numpy as np
from rich.progress import Progress
from scipy.sparse import csr_matrix, hstack
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

from warmline.triage.embeddings import embed
from warmline.triage.pipeline import load_default_triager
from warmline.triage.signals import learned, second_look

ROOT = Path(__file__).resolve().parent.parent
MODELS = ROOT / "src" / "warmline" / "triage" / "signals" / "models"
DATA = ROOT / "tests" / "triage" / "data"
#: blind sets never read by any trainer: the unread measures of the whole pipeline (v78-v85 written in session
#: 9, v86-v101 in session 10, v142-v149 and v158-v165 in session 11); v102-v141 and v150-v157 were written as
#: training data
UNREAD_BLIND = frozenset((*range(78, 102), *range(142, 150), *range(158, 166)))
C = 10.0
FOLDS = 8
#: the most of the true escalations the out-of-fold second look may set aside, per source
MAX_RECALL_COST = 0.001
#: (session 11) the threshold never goes below this. With batch 13 in the data the out-of-fold rule chose 0.94
#: (12 of 12,041 true escalations set aside, just under the 0.1%); on the check sets, which it never saw, that
#: set aside 3 of 790 (0.4%), and a team example ("points expired ... could you add them back?"). At 0.96,
#: out of fold: 11 set aside, 188 of 606 false escalations removed. Safety first: an unseen business costs
#: more than the folds say
MIN_THRESHOLD = 0.96
GRID = np.round(np.arange(0.80, 0.981, 0.01), 2)


def training_sets() -> list[Path]:
    out = []
    for path in sorted(DATA.glob("escalation_*.jsonl")):
        name = path.stem.removeprefix("escalation_")
        m = re.fullmatch(r"blind_v(\d+)", name)
        if name.endswith("check") or (m and int(m.group(1)) in UNREAD_BLIND):
            continue
        out.append(path)
    return out


def collect(progress: Progress) -> list[dict]:
    """The detectors' escalations (second look off) that a second look may set aside, with their targets."""
    triager = load_default_triager()
    files = training_sets()
    rows: list[dict] = []
    task = progress.add_task("running the detectors on the training sets", total=len(files))
    with second_look.switched_off():
        for path in files:
            data = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
            results = triager.triage_batch([r["text"] for r in data])
            for i, (row, res) in enumerate(zip(data, results, strict=True)):
                labels = {r.label for r in res.reasons if r.detector in second_look.FEATURE_DETECTORS}
                if not res.needs_human or res.language != "en" or not labels or labels & second_look.NEVER:
                    continue
                name = path.stem.removeprefix("escalation_")
                rows.append(
                    {
                        "text": row["text"],
                        "routine": row["label"] == "routine",
                        "source": "public" if name.startswith("public") else "product",
                        # the public messages are one set: cut into folds of their own
                        "group": f"{name}:{i % FOLDS}" if name.startswith("public") else name,
                        "features": second_look.label_features((r.detector, r.label) for r in res.reasons),
                        "evidence": [
                            e
                            for r in res.reasons
                            if r.detector in second_look.FEATURE_DETECTORS
                            for e in r.evidence
                        ],
                    }
                )
            progress.advance(task)
    return rows


def design(rows: list[dict], emb: np.ndarray, names: list[str]) -> csr_matrix:
    tf = learned.features([r["text"] for r in rows])
    tfidf = csr_matrix((tf.vals, tf.cols, tf.indptr), shape=(len(rows), learned.feature_count()))
    index = {n: j for j, n in enumerate(names)}
    onehot = np.zeros((len(rows), len(names)), dtype=np.float32)
    for i, r in enumerate(rows):
        for f in r["features"]:
            if f in index:
                onehot[i, index[f]] = 1.0
    return hstack([tfidf, csr_matrix(emb), csr_matrix(onehot)]).tocsr()


def fit(x: csr_matrix, y: np.ndarray, c: float = C) -> LogisticRegression:
    clf = LogisticRegression(C=c, class_weight="balanced", max_iter=3000, solver="liblinear", random_state=0)
    return clf.fit(x, y)


def curve(oof: np.ndarray, rows: list[dict]) -> dict[float, dict[str, dict]]:
    """Per threshold of the grid and per source: the true escalations the second look would have set aside,
    and the false ones it would have removed (out of fold)."""
    routine = np.array([r["routine"] for r in rows])
    source = np.array([r["source"] for r in rows])
    out: dict[float, dict[str, dict]] = {}
    for t in GRID:
        drop = oof >= t
        out[float(t)] = {
            s: {
                "true_escalations": int(((source == s) & ~routine).sum()),
                "set_aside": int((drop & (source == s) & ~routine).sum()),
                "false_escalations": int(((source == s) & routine).sum()),
                "false_escalations_removed": int((drop & (source == s) & routine).sum()),
            }
            for s in ("product", "public")
        }
    return out


def choose_threshold(points: dict[float, dict[str, dict]]) -> float:
    """The lowest threshold from which up every point costs at most MAX_RECALL_COST of each source's true
    escalations."""
    chosen = 1.0
    for t in sorted(points, reverse=True):
        if any(f["set_aside"] > MAX_RECALL_COST * f["true_escalations"] for f in points[t].values()):
            break
        chosen = t
    return chosen


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows-cache", type=Path, help="reuse (or write) the detectors' escalations here")
    ap.add_argument("--C", type=float, default=C, help="inverse regularisation strength")
    args = ap.parse_args()
    t0 = time.time()
    with Progress() as progress:
        if args.rows_cache is not None and args.rows_cache.exists():
            rows = json.loads(args.rows_cache.read_text(encoding="utf-8"))
        else:
            rows = collect(progress)
            if args.rows_cache is not None:
                args.rows_cache.write_text(json.dumps(rows), encoding="utf-8")
        task = progress.add_task("embedding the escalated messages", total=len(rows))
        chunks = []
        for start in range(0, len(rows), 512):
            chunks.append(embed([r["text"][:4000] for r in rows[start : start + 512]]))
            progress.advance(task, len(chunks[-1]))
        emb = np.vstack(chunks).astype(np.float32)
        names = sorted({f for r in rows for f in r["features"]})
        x = design(rows, emb, names)
        y = np.array([r["routine"] for r in rows], dtype=int)
        groups = np.array([r["group"] for r in rows])
        oof = np.zeros(len(rows))
        task = progress.add_task("out-of-fold predictions (folds by set)", total=FOLDS + 1)
        for train, test in GroupKFold(n_splits=FOLDS).split(x, y, groups):
            oof[test] = fit(x[train], y[train], args.C).predict_proba(x[test])[:, 1]
            progress.advance(task)
        points = curve(oof, rows)
        threshold = max(choose_threshold(points), MIN_THRESHOLD)
        clf = fit(x, y, args.C)
        progress.advance(task)
    coef = clf.coef_[0]
    n_tfidf = x.shape[1] - emb.shape[1] - len(names)
    MODELS.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(
        MODELS / "second_look.npz",
        coef=coef[:n_tfidf].astype(np.float32),
        coef_emb=coef[n_tfidf : n_tfidf + emb.shape[1]].astype(np.float32),
        coef_labels=coef[n_tfidf + emb.shape[1] :].astype(np.float32),
        intercept=np.float32(clf.intercept_[0]),
    )
    meta = {
        "label_features": names,
        "threshold": threshold,
        "C": args.C,
        "rows": len(rows),
        "routine_rows": int(y.sum()),
        "training_sets": [p.stem for p in training_sets()],
        "out_of_fold": points.get(threshold, {}),
        "out_of_fold_curve": {f"{t:.2f}": f for t, f in points.items()},
    }
    (MODELS / "second_look_meta.json").write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
    print(json.dumps({k: meta[k] for k in ("threshold", "rows", "routine_rows", "out_of_fold")}, indent=1))
    for t, f in points.items():
        print(
            f"  {t:.2f}: product {f['product']['set_aside']:3d} lost /"
            f" {f['product']['false_escalations_removed']:3d} removed;"
            f" public {f['public']['set_aside']:3d} / {f['public']['false_escalations_removed']:3d}"
        )
    print(f"done in {time.time() - t0:.0f}s")


if __name__ == "__main__":
    main()
