"""The second look (session 10): a learned check, after the detectors, of whether an escalation is the
customer's own situation now. What it may and may not set aside, how it says why, and what it costs and saves
on development data it was trained on and on data it was not."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from warmline.triage.signals import analyse, needs_human, second_look
from warmline.triage.signals.evaluation import load_escalation
from warmline.triage.signals.stopwords import STOP

DATA = Path(__file__).parent / "data"
META = Path(second_look.__file__).parent / "models" / "second_look_meta.json"


@pytest.fixture
def always_routine(monkeypatch):
    """A second look that finds every escalation routine (threshold 0): shows what it is allowed to touch."""
    monkeypatch.setattr(second_look, "threshold", lambda: 0.0)


def test_the_model_ships_with_a_threshold_chosen_out_of_fold():
    assert second_look.available()
    meta = json.loads(META.read_text(encoding="utf-8"))
    assert 0.5 < meta["threshold"] < 1.0
    chosen = meta["out_of_fold"]
    for source in ("product", "public"):
        assert chosen[source]["set_aside"] <= 0.001 * chosen[source]["true_escalations"]
        assert chosen[source]["false_escalations_removed"] > 0
    # never trained on a check set nor on the unread blind sets (v78-v101, v142-v149, v158-v165)
    unread = {*range(78, 102), *range(142, 150), *range(158, 166)}
    for name in meta["training_sets"]:
        assert not name.endswith("check")
        if name.startswith("escalation_blind_v"):
            assert int(name.removeprefix("escalation_blind_v")) not in unread


def test_a_routine_reading_is_set_aside_with_its_reason(always_routine):
    report = analyse("is there a charge for the post-op check?")
    assert not needs_human(report)
    reason = next(r for r in report.reasons if r.detector == "context")
    assert reason.label.startswith("second_look:")
    assert 0.0 <= reason.score <= 1.0
    assert reason.evidence, "the words that weighed towards routine are shown"
    for gram in reason.evidence:
        assert not all(len(w) <= 2 or w in STOP for w in gram.split()), gram


@pytest.mark.parametrize(
    "text, label",
    [
        ("some days I don't see the point of carrying on, anyway how do I update my card", "self_harm"),
        ("he checks my phone and took my bank card, I need the account in my name only", "abuse"),
        ("my dad died on Sunday, how do I cancel his plan", "bereavement"),
        ("there's a strong smell of gas coming from the new boiler", "crisis.safety"),
        ("there are three payments on my card I never made", "crisis.fraud_or_lost_card"),
        ("can I speak to a real person please", "wants_human"),
    ],
)
def test_never_sets_aside_a_person_must_see(always_routine, text, label):
    report = analyse(text)
    assert needs_human(report), report.reasons
    assert not any(r.label.startswith("second_look:") for r in report.reasons)
    found = set(report.moments) | set(report.vulnerability)
    assert label in found or (label == "wants_human" and report.wants_human)


def test_reads_english_only(always_routine):
    report = analyse("Je veux résilier mon abonnement immédiatement, c'est inadmissible")
    assert report.language == "fr"
    assert not any(r.label.startswith("second_look:") for r in report.reasons)


def test_switched_off_leaves_the_detectors_alone(always_routine):
    text = "is there a charge for the post-op check?"
    with second_look.switched_off():
        assert not second_look.available()
        off = analyse(text)
    assert second_look.available()
    assert not any(r.label.startswith("second_look:") for r in off.reasons)


def _with_and_without(name: str) -> tuple[list[bool], list[bool], list[bool]]:
    rows = load_escalation(DATA / f"{name}.jsonl")
    must = [r["label"] == "must_human" for r in rows]
    with_look = [needs_human(analyse(r["text"])) for r in rows]
    with second_look.switched_off():
        without = [needs_human(analyse(r["text"])) for r in rows]
    return must, with_look, without


@pytest.mark.parametrize(
    "names, min_removed",
    [
        # read and trained on: the model must do what it was trained to
        (("escalation_blind_dev", "escalation_dev_r9", "escalation_blind_v73", "escalation_blind_v76"), 3),
        # never trained on (the check sets): it must still help, and cost next to nothing. (Session 11:
        # with the learned heads retrained on 24 more businesses, the product check sets keep no false
        # escalation the second look removes; the public check still has some)
        (("escalation_check", "escalation_blind_check", "escalation_public_check"), 1),
    ],
)
def test_costs_almost_no_true_escalation_and_removes_false_ones(names, min_removed):
    lost = removed = true = 0
    for name in names:
        must, with_look, without = _with_and_without(name)
        for m, w, o in zip(must, with_look, without, strict=True):
            assert not (w and not o), "a second look never adds an escalation"
            true += m and o
            lost += m and o and not w
            removed += (not m) and o and not w
    assert lost <= max(1, 0.003 * true), (lost, true)
    assert removed >= min_removed, removed
