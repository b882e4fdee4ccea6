"""Training of intent models: the seeded dev split, the out-of-scope background set, the choice of the
neighbour vote's share and of the out-of-scope threshold, and the fit itself. Deterministic: every split
and solver is seeded."""

from __future__ import annotations

import json
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from warmline.triage.features import clip_text, combine, make_vectorizer, slim_vectorizer, split_weights
from warmline.triage.intents import OOS, IntentModel, NeighbourVote, blend
from warmline.triage.training_data import SEED, Progress, TrainingDataError, _noop

MODELS_DIR = Path(__file__).parent / "models"
BACKGROUND_OOS = MODELS_DIR / "background_oos.jsonl"
#: with only the background set as out-of-scope, the share of in-scope dev messages the threshold may refuse
#: (the background class's own refusals included)
BACKGROUND_MAX_REJECTED = 0.01


def load_background_oos(path: Path = BACKGROUND_OOS) -> list[str]:
    if not path.exists():
        return []
    return [
        json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]


@lru_cache(maxsize=1)
def _background_embeddings() -> np.ndarray:
    """MiniLM vectors of the background set, computed once per process."""
    from warmline.triage.embeddings import embed

    return embed(load_background_oos())


def _stratified_dev(labels: Sequence[str], fraction: float, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """Seeded stratified split; classes with fewer than 4 examples stay entirely in train."""
    rng = np.random.default_rng(seed)
    labels_arr = np.asarray(labels)
    train_idx: list[int] = []
    dev_idx: list[int] = []
    for lab in sorted(set(labels)):
        idx = np.flatnonzero(labels_arr == lab)
        rng.shuffle(idx)
        k = int(round(len(idx) * fraction)) if len(idx) >= 4 else 0
        dev_idx.extend(int(i) for i in idx[:k])
        train_idx.extend(int(i) for i in idx[k:])
    return np.sort(np.array(train_idx, dtype=int)), np.sort(np.array(dev_idx, dtype=int))


def choose_threshold(
    proba: np.ndarray,
    y_true: Sequence[str],
    classes: Sequence[str],
    *,
    budget: float | None = None,
    max_rejected: float | None = None,
) -> tuple[float, dict[str, float]]:
    """The out-of-scope confidence threshold, by one of two rules (give exactly one):

    - `budget`: the highest threshold whose in-scope accuracy on the dev split stays within `budget` of the
      accuracy with no threshold (the `oos` class still rejects). A rejection budget rather than a balanced
      objective: dev out-of-scope examples drawn from the training distribution are easier than real ones, so
      maximising their recall over-rejects real in-scope messages (measured on CLINC150 val, see bench/).
    - `max_rejected`: the highest threshold that rejects at most that share of the in-scope dev messages
      (right or wrong): a quantile of a dozen dev messages rather than of the two or three a small accuracy
      budget comes down to, so it varies far less from one training run to the next (for training data with
      no real out-of-scope examples)."""
    if (budget is None) == (max_rejected is None):
        raise ValueError("choose_threshold needs exactly one rule: budget or max_rejected")
    classes = list(classes)
    y = np.asarray(y_true)
    is_oos = y == OOS
    in_mask = np.array([c != OOS for c in classes])
    best = np.where(in_mask, proba, -1.0).argmax(1)
    conf = proba[np.arange(len(y)), best]
    top_is_oos = (proba.argmax(1) == classes.index(OOS)) if OOS in classes else np.zeros(len(y), bool)
    guess = np.array(classes, dtype=object)[best]
    chosen, stats, base = 0.0, {}, None
    for t in np.round(np.arange(0.0, 0.91, 0.01), 2):
        rejected = top_is_oos | (conf < t)
        in_acc = float(((guess == y) & ~rejected)[~is_oos].mean()) if (~is_oos).any() else 0.0
        rec = float(rejected[is_oos].mean()) if is_oos.any() else 0.0
        if base is None:
            base = in_acc
        if max_rejected is not None:
            ok = float(rejected[~is_oos].mean()) <= max_rejected + 1e-9 if (~is_oos).any() else True
        else:
            ok = in_acc >= base - float(budget or 0.0) - 1e-9
        if ok or t == 0.0:
            chosen = float(t)
            stats = {"dev_in_scope_accuracy": in_acc, "dev_oos_recall": rec, "dev_n": int(len(y))}
    return chosen, stats


@dataclass
class IntentTrainingConfig:
    C: float = 20.0
    max_word: int = 15000
    max_char: int = 30000
    dev_fraction: float = 0.1
    max_iter: int = 300
    seed: int = SEED
    #: the shares of the nearest-neighbour vote tried on the dev split; the best is kept (0: no vote). The
    #: vote helps on some data and not on other (bench/triage_banking77_cv.py, bench/triage_models.py), so
    #: each model chooses on its own dev split; `(0.0,)` trains the linear model alone
    neighbour_weights: tuple[float, ...] = (0.0, 0.1, 0.2, 0.3)
    neighbour_k: int = 10
    neighbour_temperature: float = 0.05

    def vote(
        self, memory: np.ndarray, labels: Sequence[str] | np.ndarray, classes: Sequence[str], weight: float
    ) -> NeighbourVote:
        index = {c: i for i, c in enumerate(classes)}
        return NeighbourVote(
            memory=memory,
            labels=np.array([index[lab] for lab in labels], dtype=np.int64),
            k=self.neighbour_k,
            temperature=self.neighbour_temperature,
            weight=weight,
        )


def choose_vote_weight(
    linear: np.ndarray,
    vote: np.ndarray,
    y_true: Sequence[str],
    classes: Sequence[str],
    weights: Sequence[float],
) -> tuple[float, dict[str, float]]:
    """The share of the neighbour vote with the most dev messages right (argmax of the blend, `oos` rows
    included); on a tie the smaller share. Returns it and each share's dev accuracy."""
    y = np.asarray(y_true)
    names = np.asarray(list(classes), dtype=object)
    best, best_right, by_weight = 0.0, -1, {}
    for w in sorted(set(weights) | {0.0}):
        right = int((names[blend(linear, vote, w).argmax(1)] == y).sum())
        by_weight[f"{w:g}"] = round(right / max(len(y), 1), 4)
        if right > best_right:
            best, best_right = float(w), right
    return best, by_weight


def _fit_linear(X: Any, y: Any, cfg: IntentTrainingConfig, warm: Any = None) -> Any:
    import warnings

    from sklearn.exceptions import ConvergenceWarning
    from sklearn.linear_model import LogisticRegression

    clf = LogisticRegression(C=cfg.C, max_iter=cfg.max_iter, tol=1e-4)
    if warm is not None:
        clf.set_params(warm_start=True)
        clf.coef_ = warm.coef_.copy()
        clf.intercept_ = warm.intercept_.copy()
        clf.classes_ = warm.classes_
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        clf.fit(X, list(y))
    return clf


def train_intent_model(
    texts: Sequence[str],
    labels: Sequence[str],
    *,
    config: IntentTrainingConfig | None = None,
    use_background: bool | None = None,
    embeddings: np.ndarray | None = None,
    progress: Progress = _noop,
) -> IntentModel:
    """Train an intent model. Label `oos` marks out-of-scope examples.

    When the data has no `oos` rows, a shipped background set of generic out-of-scope messages (weather,
    recipes, music, ...) is added as the `oos` class (`use_background=None` means: only when needed).
    The out-of-scope threshold is chosen on a seeded stratified dev split, then the model is refitted on all
    data. `embeddings` (MiniLM vectors of `texts`) can be passed to avoid recomputing them.
    """
    from warmline.triage.embeddings import embed

    cfg = config or IntentTrainingConfig()
    t0 = time.perf_counter()
    texts = [clip_text(t) for t in texts]
    labels = [str(lab) for lab in labels]
    if len(texts) != len(labels):
        raise ValueError("texts and labels differ in length")
    intents = sorted(set(labels) - {OOS})
    has_real_oos = OOS in labels
    if use_background is None:
        use_background = not has_real_oos
    if not intents or len(intents) + (1 if has_real_oos or use_background else 0) < 2:
        raise TrainingDataError("need at least two distinct intents (or one intent plus `oos` examples)")
    n_user = len(texts)
    if use_background:
        bg = load_background_oos()
        texts = texts + bg
        labels = labels + [OOS] * len(bg)
    steps = 6
    progress("embedding", 0, steps)
    emb_user = embeddings if embeddings is not None else embed(texts[:n_user])
    if len(texts) == n_user:
        emb = emb_user
    elif use_background and len(texts) - n_user == len(load_background_oos()):
        emb = np.vstack([emb_user, _background_embeddings()])
    else:
        emb = np.vstack([emb_user, embed(texts[n_user:])])
    progress("features", 1, steps)
    y = np.asarray(labels)
    # the TF-IDF vocabulary is fitted once on all texts (unsupervised), so that the dev-split model's weights
    # can warm-start the final fit
    vec = make_vectorizer(cfg.max_word, cfg.max_char)
    X = combine(vec.fit_transform(texts), emb)
    n_tfidf = X.shape[1] - emb.shape[1]
    tr, dev = _stratified_dev(labels, cfg.dev_fraction, cfg.seed)
    threshold, dev_stats = 0.0, dict[str, Any]()
    weight = 0.0
    clf = None
    if len(dev) >= 10 and len(set(y[tr])) == len(set(y)):
        progress("fitting (dev split)", 2, steps)
        clf = _fit_linear(X[tr], y[tr], cfg)
        progress("calibrating out-of-scope threshold", 3, steps)
        proba = clf.predict_proba(X[dev])
        # the vote's share, then the threshold, are chosen on the probabilities the saved model will give: the
        # dev messages' neighbours come from the dev-split training messages only
        if any(w > 0 for w in cfg.neighbour_weights):
            vote_p = cfg.vote(emb[tr], y[tr], list(clf.classes_), 0.0).proba(emb[dev], len(clf.classes_))
            weight, by_weight = choose_vote_weight(
                proba, vote_p, y[dev], list(clf.classes_), cfg.neighbour_weights
            )
            dev_stats["dev_accuracy_by_vote_weight"] = by_weight
            proba = blend(proba, vote_p, weight)
        if has_real_oos:
            threshold, chosen = choose_threshold(proba, y[dev], list(clf.classes_), budget=0.0025)
            dev_stats |= chosen
        else:
            # only the shipped background stands for out-of-scope: no real examples to weigh recall against,
            # so the threshold refuses a fixed small share of real questions (bench/triage_open_set.py)
            threshold, chosen = choose_threshold(
                proba, y[dev], list(clf.classes_), max_rejected=BACKGROUND_MAX_REJECTED
            )
            dev_stats |= chosen
    progress("fitting (all data)", 4, steps)
    clf = _fit_linear(X, y, cfg, warm=clf)
    slim_vectorizer(vec)
    w_t, w_e = split_weights(clf.coef_, n_tfidf)
    bias = clf.intercept_.astype(np.float32)
    if len(clf.classes_) == 2:  # sklearn binary: one row; expand to two
        w_t = np.vstack([-w_t, w_t])
        w_e = np.vstack([-w_e, w_e])
        bias = np.array([-bias[0], bias[0]], dtype=np.float32)
    counts = Counter(labels)
    model = IntentModel(
        vectorizer=vec,
        w_tfidf=w_t,
        w_emb=w_e,
        bias=bias,
        classes=[str(c) for c in clf.classes_],
        threshold=threshold,
        neighbours=cfg.vote(emb, y, [str(c) for c in clf.classes_], weight) if weight > 0 else None,
        meta={
            "n_train": n_user,
            "n_background_oos": len(texts) - n_user,
            "n_intents": len(intents),
            "min_examples_per_intent": min(counts[i] for i in intents) if intents else 0,
            "train_seconds": round(time.perf_counter() - t0, 2),
            "config": cfg.__dict__,
            "neighbour_weight": weight,
            **dev_stats,
        },
    )
    progress("done", steps, steps)
    return model
