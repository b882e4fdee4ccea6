"""GoEmotions multi-label emotions (27 emotions + neutral) and a sentiment score in [-1, 1].

One-vs-rest linear models over bounded TF-IDF + MiniLM; per-label decision thresholds tuned on GoEmotions'
dev split. `scores` are probabilities (for all 28 labels); `labels_above_threshold` gives the predicted set.
Sentiment = P(positive) - P(negative) of a 3-way head trained on GoEmotions' sentiment grouping.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import joblib
import numpy as np

from warmline.triage.features import FastTfidf, clip_text, linear_scores, vectorizer_spec

LABELS: tuple[str, ...] = (
    "admiration",
    "amusement",
    "anger",
    "annoyance",
    "approval",
    "caring",
    "confusion",
    "curiosity",
    "desire",
    "disappointment",
    "disapproval",
    "disgust",
    "embarrassment",
    "excitement",
    "fear",
    "gratitude",
    "grief",
    "joy",
    "love",
    "nervousness",
    "optimism",
    "pride",
    "realization",
    "relief",
    "remorse",
    "sadness",
    "surprise",
    "neutral",
)
POSITIVE = (
    "amusement",
    "excitement",
    "joy",
    "love",
    "desire",
    "optimism",
    "caring",
    "pride",
    "admiration",
    "gratitude",
    "relief",
    "approval",
)
NEGATIVE = (
    "fear",
    "nervousness",
    "remorse",
    "embarrassment",
    "disappointment",
    "sadness",
    "grief",
    "disgust",
    "anger",
    "annoyance",
    "disapproval",
)
FILE_NAME = "emotions.joblib"


def _sigmoid(x: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(x, -30, 30)))


@dataclass
class EmotionModel:
    vectorizer: Any
    w_tfidf: np.ndarray
    w_emb: np.ndarray
    bias: np.ndarray
    thresholds: np.ndarray
    s_tfidf: np.ndarray  # sentiment head: classes 0 negative, 1 neutral/ambiguous, 2 positive
    s_emb: np.ndarray
    s_bias: np.ndarray
    meta: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        # one matrix for both heads: one sparse product per batch
        self._w_t = np.ascontiguousarray(np.vstack([self.w_tfidf, self.s_tfidf]).astype(np.float32).T)
        self._w_e = np.ascontiguousarray(np.vstack([self.w_emb, self.s_emb]).astype(np.float32).T)
        self.fast = FastTfidf(self.vectorizer)
        self._b = np.concatenate([self.bias, self.s_bias]).astype(np.float32)
        self.thresholds = np.asarray(self.thresholds, dtype=np.float32)

    def predict(
        self, texts: Sequence[str], embeddings: np.ndarray, analyzed: list | None = None
    ) -> tuple[np.ndarray, np.ndarray]:
        """(probabilities (n, 28), sentiment (n,) in [-1, 1])."""
        tfidf = self.fast.rows([clip_text(t) for t in texts], analyzed)
        logits = linear_scores(tfidf, embeddings, self._w_t, self._w_e, self._b)
        n = len(LABELS)
        proba = _sigmoid(logits[:, :n])
        s = logits[:, n:]
        s = np.exp(s - s.max(axis=1, keepdims=True))
        s /= s.sum(axis=1, keepdims=True)
        sentiment = np.clip(s[:, 2] - s[:, 0], -1.0, 1.0)
        return proba, sentiment

    def labels_above_threshold(self, proba: np.ndarray) -> np.ndarray:
        """0/1 matrix of the predicted label sets (per-label thresholds); at least one label per row."""
        pred = (proba >= self.thresholds).astype(np.int8)
        # rows with no label: take the one closest to its threshold (GoEmotions has >= 1 label per row)
        empty = pred.sum(1) == 0
        if empty.any():
            k = (proba[empty] / self.thresholds).argmax(1)
            pred[np.flatnonzero(empty), k] = 1
        return pred

    def save(self, directory: str | Path) -> Path:
        directory = Path(directory)
        directory.mkdir(parents=True, exist_ok=True)
        path = directory / FILE_NAME
        joblib.dump(
            {
                "kind": "warmline.triage.emotions",
                "format": 2,  # 2: TF-IDF blocks as plain data (`features`); 1: a pickled vectorizer
                "features": vectorizer_spec(self.vectorizer),
                "w_tfidf": np.asarray(self.w_tfidf, dtype=np.float16),
                "w_emb": np.asarray(self.w_emb, dtype=np.float16),
                "bias": self.bias,
                "thresholds": self.thresholds,
                "s_tfidf": np.asarray(self.s_tfidf, dtype=np.float16),
                "s_emb": np.asarray(self.s_emb, dtype=np.float16),
                "s_bias": self.s_bias,
                "meta": self.meta,
            },
            path,
            compress=3,
        )
        return path

    @classmethod
    def load(cls, directory: str | Path) -> EmotionModel:
        directory = Path(directory)
        path = directory / FILE_NAME if directory.is_dir() else directory
        data = joblib.load(path)
        if not isinstance(data, dict) or data.get("kind") != "warmline.triage.emotions":
            raise ValueError(f"{path} is not a warmline emotion model")
        data.pop("kind")
        data.pop("format")
        data["vectorizer"] = data.pop("features") if "features" in data else data["vectorizer"]
        return cls(**data)
