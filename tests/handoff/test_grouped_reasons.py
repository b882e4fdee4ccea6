"""The console's "why a person" lines: one per signal, merged across detector and policy, defaults dropped."""

from __future__ import annotations

from warmline.handoff.packet import group_reasons

REASONS = [
    {"detector": "policy", "label": "default:balanced", "score": 1.0,
     "detail": "no workspace rule matched; the balanced stance defaults to automate", "evidence": []},
    {"detector": "policy", "label": "explicit_request", "score": 1.0,
     "detail": "the customer asked for a person",
     "evidence": ["talk to a real person", "talk to a real person"]},
    {"detector": "patterns", "label": "wants_human", "score": 0.9, "evidence": ["talk to a real person"]},
    {"detector": "patterns", "label": "crisis.billing_error", "score": 0.9, "evidence": ["charged twice"]},
    {"detector": "patterns", "label": "bereavement", "score": 0.8, "evidence": ["my mum just passed away"]},
    {"detector": "frustration", "label": "frustration", "score": 0.5, "evidence": ["fed up"]},
    {"detector": "policy", "label": "wants_human", "score": 0.9, "evidence": ["talk to a real person"]},
    {"detector": "policy", "label": "crisis.billing_error", "score": 0.9, "evidence": ["charged twice"]},
    {"detector": "policy", "label": "vulnerability.bereavement", "score": 0.95,
     "evidence": ["my mum just passed away", "passed away"]},
]


def test_signals_are_merged_and_the_overridden_default_is_left_out() -> None:
    signals = group_reasons(REASONS)
    labels = [s["label"] for s in signals]
    assert labels == ["explicit_request", "bereavement", "wants_human", "crisis.billing_error", "frustration"]
    by = {s["label"]: s for s in signals}
    assert by["explicit_request"]["evidence"] == ["talk to a real person"]
    assert by["bereavement"]["score"] == 0.95
    assert by["bereavement"]["evidence"] == ["my mum just passed away", "passed away"]
    assert by["bereavement"]["detectors"] == ["patterns", "policy"]


def test_a_default_that_decided_is_kept() -> None:
    only_default = [{"detector": "policy", "label": "default:white_glove", "score": 1.0,
                     "detail": "white-glove customers go to their team", "evidence": []}]
    assert [s["label"] for s in group_reasons(only_default)] == ["default:white_glove"]
