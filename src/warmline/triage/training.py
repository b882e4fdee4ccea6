"""The public names of triage training, kept importable as `warmline.triage.training` (the CLI, bench/,
tools/ and the tests use it). The code lives in four modules:

- `training_data`: reading and validating training files (CSV/JSONL intents, GoEmotions TSV; errors name
  the row and the column, `TrainingDataError`), the seed and the progress callback;
- `intent_training`: intent models (`train_intent_model`): the seeded dev split, the background out-of-scope
  set, the choice of the neighbour vote's share and of the out-of-scope threshold;
- `emotion_training`: the emotion model (`train_emotion_model`), per-label thresholds;
- `default_models`: the shipped defaults' data, background set and retraining (`retrain_defaults`).

Deterministic: every split and solver is seeded.
"""

from __future__ import annotations

from warmline.triage.default_models import (
    BACKGROUND_DOMAINS,
    BACKGROUND_EXCLUDE,
    build_background_oos,
    default_intent_data,
    retrain_defaults,
)
from warmline.triage.emotion_training import train_emotion_model
from warmline.triage.intent_training import (
    BACKGROUND_MAX_REJECTED,
    BACKGROUND_OOS,
    MODELS_DIR,
    IntentTrainingConfig,
    _stratified_dev,
    choose_threshold,
    choose_vote_weight,
    load_background_oos,
    train_intent_model,
)
from warmline.triage.training_data import (
    LABEL_FIELDS,
    SEED,
    TEXT_FIELDS,
    Progress,
    TrainingDataError,
    _noop,
    read_goemotions,
    read_labelled,
    read_rows,
    read_texts,
)

__all__ = [
    "BACKGROUND_DOMAINS",
    "BACKGROUND_EXCLUDE",
    "BACKGROUND_MAX_REJECTED",
    "BACKGROUND_OOS",
    "LABEL_FIELDS",
    "MODELS_DIR",
    "SEED",
    "TEXT_FIELDS",
    "IntentTrainingConfig",
    "Progress",
    "TrainingDataError",
    "_noop",
    "_stratified_dev",
    "build_background_oos",
    "choose_threshold",
    "choose_vote_weight",
    "default_intent_data",
    "load_background_oos",
    "read_goemotions",
    "read_labelled",
    "read_rows",
    "read_texts",
    "retrain_defaults",
    "train_emotion_model",
    "train_intent_model",
]
