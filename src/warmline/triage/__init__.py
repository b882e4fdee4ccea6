"""Warmline triage: understand every customer message in milliseconds (a pure library).

Public API::

    from warmline.triage import load_default_triager, Triager, TriageResult, Turn, Reason, train_intent_model

    triager = load_default_triager()                       # cached; shipped models, no download
    result: TriageResult = triager.triage("my card never arrived", previous_turns=[Turn(text="hello")])
    results = triager.triage_batch(["where is my parcel", "cancel my plan"])

    model = train_intent_model(texts, labels)  # a workspace's intents; label "oos" = out of scope
    model.save("/path/to/workspace/intents")
    ws = load_triager("/path/to/workspace/intents")  # default emotions/signals + workspace intents

Heavy modules (onnxruntime, scikit-learn) load on first use, so importing the contract types is cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from warmline.triage.result import CORE_EMOTIONS, MOMENTS, VULNERABILITIES, Reason, TriageResult, Turn

if TYPE_CHECKING:
    from warmline.triage.intents import IntentModel
    from warmline.triage.pipeline import Triager, load_default_triager, load_triager
    from warmline.triage.training import train_intent_model

__all__ = [
    "CORE_EMOTIONS",
    "MOMENTS",
    "VULNERABILITIES",
    "IntentModel",
    "Reason",
    "TriageResult",
    "Triager",
    "Turn",
    "load_default_triager",
    "load_triager",
    "train_intent_model",
]

_LAZY = {
    "Triager": "warmline.triage.pipeline",
    "load_default_triager": "warmline.triage.pipeline",
    "load_triager": "warmline.triage.pipeline",
    "train_intent_model": "warmline.triage.training",
    "IntentModel": "warmline.triage.intents",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'warmline.triage' has no attribute {name!r}")
