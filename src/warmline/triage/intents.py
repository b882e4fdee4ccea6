"""Intent classification: a linear model over bounded TF-IDF + MiniLM embeddings, with an out-of-scope class
and a confidence threshold calibrated on a dev split carved out of the training data.

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
#: 2: the TF-IDF blocks as plain data (`features`); 1 pickled scikit-learn's vectorizer (still readable)
FORMAT_VERSION = 2


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
        """Class probabilities (n, n_classes). `analyzed`: n-grams from `self.fast.analyze` (shareable)."""
        tfidf = self.fast.rows([clip_text(t) for t in texts], analyzed)
        logits = linear_scores(tfidf, embeddings, self._wt_T, self._we_T, self.bias)
        logits -= logits.max(axis=1, keepdims=True)
        p = np.exp(logits)
        p /= p.sum(axis=1, keepdims=True)
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
        )
