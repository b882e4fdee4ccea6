"""Intent classification: a linear model over bounded TF-IDF + MiniLM embeddings, blended with a vote of the
nearest training messages in embedding space, with an out-of-scope class and a confidence threshold calibrated
on a dev split carved out of the training data.

Models are directories holding `intents.joblib` (see `IntentModel.save`). Train one with
`warmline.triage.training.train_intent_model` or `warmline triage train --data FILE --out DIR`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import joblib
import numpy as np

from warmline.triage.features import FastTfidf, clip_text, linear_scores, vectorizer_spec

OOS = "oos"
FILE_NAME = "intents.joblib"
#: 3: adds the nearest-neighbour vote (`neighbours`); 2: the TF-IDF blocks as plain data (`features`);
#: 1 pickled scikit-learn's vectorizer. Older formats stay readable (no vote).
FORMAT_VERSION = 3


def blend(linear: np.ndarray, vote: np.ndarray, weight: float) -> np.ndarray:
    """The linear model's probabilities with the neighbour vote's share `weight` mixed in."""
    return (1.0 - weight) * linear + weight * vote


@dataclass
class NeighbourVote:
    """The classes of the `k` training messages nearest to a message (cosine of MiniLM vectors), each weighted
    by softmax(similarity / temperature): a second opinion that recalls the wording of rare phrasings which a
    linear model averages away. `memory` rows are unit vectors; `labels` index the model's classes.

    `weight` is its share of the blended probability: (1 - weight) * linear + weight * vote
    (bench/triage_banking77_cv.py measures it)."""

    memory: np.ndarray  # (n_train, 384) unit vectors
    labels: np.ndarray  # (n_train,) class indices
    k: int = 10
    temperature: float = 0.05
    weight: float = 0.3

    def __post_init__(self) -> None:
        self.memory = np.ascontiguousarray(self.memory, dtype=np.float32)
        self.labels = np.asarray(self.labels, dtype=np.int64)
        if self.memory.shape[0] != self.labels.shape[0]:
            raise ValueError("neighbour memory and labels differ in length")

    def proba(self, embeddings: np.ndarray, n_classes: int) -> np.ndarray:
        """(n, n_classes): the weighted vote of each message's nearest training messages."""
        n = embeddings.shape[0]
        out = np.zeros((n, n_classes), dtype=np.float32)
        if n == 0 or self.memory.shape[0] == 0:
            return out
        k = min(self.k, self.memory.shape[0])
        sims = np.asarray(embeddings, dtype=np.float32) @ self.memory.T
        top = np.argpartition(-sims, k - 1, axis=1)[:, :k]
        s = np.take_along_axis(sims, top, axis=1) / self.temperature
        w = np.exp(s - s.max(axis=1, keepdims=True))
        w /= w.sum(axis=1, keepdims=True)
        np.add.at(out, (np.repeat(np.arange(n), k), self.labels[top].ravel()), w.ravel())
        return out

    def blend(self, linear: np.ndarray, embeddings: np.ndarray) -> np.ndarray:
        return blend(linear, self.proba(embeddings, linear.shape[1]), self.weight)

    def to_dict(self) -> dict[str, Any]:
        return {
            "memory": self.memory.astype(np.float16),
            "labels": self.labels.astype(np.int16 if self.labels.max(initial=0) < 2**15 else np.int32),
            "k": self.k,
            "temperature": self.temperature,
            "weight": self.weight,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> NeighbourVote:
        return cls(
            memory=data["memory"],
            labels=data["labels"],
            k=int(data["k"]),
            temperature=float(data["temperature"]),
            weight=float(data["weight"]),
        )


@dataclass
class IntentPrediction:
    intent: str | None  # None when out of scope
    confidence: float  # probability of the best in-scope intent
    out_of_scope: bool
    best_guess: str  # the best in-scope intent even when rejected


@dataclass
class IntentModel:
    vectorizer: Any
    w_tfidf: np.ndarray  # (n_classes, n_tfidf)
    w_emb: np.ndarray  # (n_classes, 384)
    bias: np.ndarray  # (n_classes,)
    classes: list[str]
    threshold: float
    meta: dict[str, Any] = field(default_factory=dict)
    neighbours: NeighbourVote | None = None

    def __post_init__(self) -> None:
        self.w_tfidf = np.asarray(self.w_tfidf, dtype=np.float32)
        self.w_emb = np.asarray(self.w_emb, dtype=np.float32)
        self.bias = np.asarray(self.bias, dtype=np.float32)
        # transposed, C-contiguous copies for fast products: (n_features, n_classes)
        self._wt_T = np.ascontiguousarray(self.w_tfidf.T)
        self._we_T = np.ascontiguousarray(self.w_emb.T)
        self.fast = FastTfidf(self.vectorizer)
        self._oos_index = self.classes.index(OOS) if OOS in self.classes else -1
        self._in_scope = np.array([c != OOS for c in self.classes])

    @property
    def intents(self) -> list[str]:
        return [c for c in self.classes if c != OOS]

    # -- inference -------------------------------------------------------------------------------------------
    def proba(self, texts: Sequence[str], embeddings: np.ndarray, analyzed: list | None = None) -> np.ndarray:
        """Class probabilities (n, n_classes): the linear model's, blended with the neighbour vote when the
        model has one. `analyzed`: n-grams from `self.fast.analyze` (shareable)."""
        tfidf = self.fast.rows([clip_text(t) for t in texts], analyzed)
        logits = linear_scores(tfidf, embeddings, self._wt_T, self._we_T, self.bias)
        logits -= logits.max(axis=1, keepdims=True)
        p = np.exp(logits)
        p /= p.sum(axis=1, keepdims=True)
        if self.neighbours is not None:
            p = self.neighbours.blend(p, embeddings)
        return p

    def decide(self, proba: np.ndarray, threshold: float | None = None) -> list[IntentPrediction]:
        t = self.threshold if threshold is None else threshold
        preds = []
        in_scope = np.where(self._in_scope, proba, -1.0)
        best = in_scope.argmax(axis=1)
        top = proba.argmax(axis=1)
        for i in range(proba.shape[0]):
            conf = float(proba[i, best[i]])
            rejected = bool(top[i] == self._oos_index or conf < t)
            guess = self.classes[best[i]]
            preds.append(IntentPrediction(None if rejected else guess, conf, rejected, guess))
        return preds

    def predict(self, texts: Sequence[str], embeddings: np.ndarray | None = None) -> list[IntentPrediction]:
        if embeddings is None:
            from warmline.triage.embeddings import embed

            embeddings = embed(texts)
        return self.decide(self.proba(texts, embeddings))

    # -- persistence -----------------------------------------------------------------------------------------
    def save(self, directory: str | Path) -> Path:
        directory = Path(directory)
        directory.mkdir(parents=True, exist_ok=True)
        path = directory / FILE_NAME
        joblib.dump(
            {
                "format": FORMAT_VERSION,
                "kind": "warmline.triage.intents",
                "features": vectorizer_spec(self.vectorizer),
                "w_tfidf": self.w_tfidf.astype(np.float16),
                "w_emb": self.w_emb.astype(np.float16),
                "bias": self.bias,
                "classes": list(self.classes),
                "threshold": float(self.threshold),
                "meta": self.meta,
                "neighbours": None if self.neighbours is None else self.neighbours.to_dict(),
            },
            path,
            compress=3,
        )
        return path

    @classmethod
    def load(cls, directory: str | Path) -> IntentModel:
        directory = Path(directory)
        path = directory / FILE_NAME if directory.is_dir() else directory
        if not path.exists():
            raise FileNotFoundError(
                f"no intent model at {path} (expected a directory containing {FILE_NAME})"
            )
        data = joblib.load(path)
        if not isinstance(data, dict) or data.get("kind") != "warmline.triage.intents":
            raise ValueError(f"{path} is not a warmline intent model")
        return cls(
            vectorizer=data["features"] if "features" in data else data["vectorizer"],
            w_tfidf=data["w_tfidf"],
            w_emb=data["w_emb"],
            bias=data["bias"],
            classes=list(data["classes"]),
            threshold=float(data["threshold"]),
            meta=dict(data.get("meta", {})),
            neighbours=NeighbourVote.from_dict(data["neighbours"]) if data.get("neighbours") else None,
        )
