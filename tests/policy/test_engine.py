"""The rule engine as a pure function: the workspace's rules, and the defaults no workspace can switch off."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from warmline.policy import engine
from warmline.policy.document import DEMO_POLICY_PATH, parse_policy
from warmline.policy.schemas import PolicyContext
from warmline.triage.result import Reason, TriageResult

# A workspace policy that tries to automate everything, whatever happens.
AUTOMATE_EVERYTHING = parse_policy("""
name: automate everything
segments:
  - {name: everyone, stance: self_serve}
rules:
  - name: always-automate
    then: {action: automate, priority: low}
settings:
  other_language_action: hand_off
""")
DEMO = parse_policy(DEMO_POLICY_PATH.read_text())


def ctx(**kw: object) -> PolicyContext:
    base = {"workspace_id": 1, "at": datetime(2026, 11, 25, 10, tzinfo=UTC)}
    return PolicyContext(**(base | kw))


def test_the_workspace_rule_decides_routine_messages() -> None:
    d = engine.decide(
        AUTOMATE_EVERYTHING, 3, TriageResult(intent="delivery.skip", intent_confidence=0.9), ctx()
    )
    assert (d.action, d.rule, d.policy_version, d.non_negotiable) == ("automate", "always-automate", 3, False)


def test_an_explicit_wish_is_a_hand_off_in_the_same_turn() -> None:
    d = engine.decide(AUTOMATE_EVERYTHING, 1, TriageResult(wants_human=True), ctx())
    assert (d.action, d.rule, d.non_negotiable) == ("hand_off", "non_negotiable.explicit_request", True)
    tapped = engine.decide(
        AUTOMATE_EVERYTHING, 1, TriageResult(), engine.turn_context(ctx(), "Talk to a person", {})
    )
    assert tapped.action == "hand_off"


def test_self_harm_shows_emergency_resources_and_hands_off_urgently() -> None:
    t = TriageResult(
        vulnerability=["self_harm"],
        reasons=[Reason(detector="patterns", label="self_harm", score=0.9, evidence=["end it"])],
    )
    d = engine.decide(AUTOMATE_EVERYTHING, 1, t, ctx(emergency_resources="Call Samaritans on 116 123."))
    assert (d.action, d.priority) == ("hand_off", "urgent")
    assert d.emergency_notice == "Call Samaritans on 116 123."
    assert any(r["label"] == "self_harm" and r["evidence"] == ["end it"] for r in d.reasons)
    no_settings = engine.decide(AUTOMATE_EVERYTHING, 1, t, ctx())
    assert "emergency number" in (no_settings.emergency_notice or "")


@pytest.mark.parametrize(
    "triage",
    [
        TriageResult(moments=["crisis.missed_delivery"]),
        TriageResult(vulnerability=["bereavement"]),
        TriageResult(vulnerability=["financial_hardship"]),
    ],
)
def test_crisis_and_vulnerability_hand_off_at_high_priority_with_a_reassuring_message(
    triage: TriageResult,
) -> None:
    d = engine.decide(AUTOMATE_EVERYTHING, 1, triage, ctx())
    assert (d.action, d.priority, d.non_negotiable) == ("hand_off", "high", True)
    assert "sorry" in (d.customer_message or "").lower()


def test_two_automated_turns_without_progress_offer_a_person() -> None:
    state: dict[str, object] = {}
    c = engine.turn_context(ctx(), "where is my box", state)
    first = engine.resolve_automation(
        AUTOMATE_EVERYTHING,
        engine.decide(AUTOMATE_EVERYTHING, 1, TriageResult(), c),
        c,
        handled=False,
        progress=False,
        clarify_question="Which box?",
    )
    assert first.action == "clarify" and first.customer_message == "Which box?"
    state = engine.next_state(state, c, first)
    c2 = engine.turn_context(ctx(), "the box", state)
    second = engine.resolve_automation(
        AUTOMATE_EVERYTHING,
        engine.decide(AUTOMATE_EVERYTHING, 1, TriageResult(), c2),
        c2,
        handled=False,
        progress=False,
        clarify_question="Which box again?",
    )
    assert (second.action, second.rule) == ("offer_human", "non_negotiable.no_progress")


def test_did_not_help_counts_as_a_turn_without_progress() -> None:
    state = {"last_action": "automate", "turns_without_progress": 1}
    c = engine.turn_context(ctx(), "No, that didn't help.", state)
    assert c.said_not_helpful and c.automated_turns_without_progress == 2
    d = engine.decide(AUTOMATE_EVERYTHING, 1, TriageResult(), c)
    assert (d.action, d.rule) == ("offer_human", "non_negotiable.no_progress")


def test_automation_that_cannot_help_never_guesses() -> None:
    c = ctx()
    d = engine.resolve_automation(
        AUTOMATE_EVERYTHING,
        engine.decide(AUTOMATE_EVERYTHING, 1, TriageResult(), c),
        c,
        handled=False,
        progress=False,
    )
    assert d.action == "offer_human"


def test_outside_business_hours_a_hand_off_is_still_a_hand_off() -> None:
    d = engine.decide(DEMO, 1, TriageResult(wants_human=True), ctx(within_business_hours=False))
    assert d.action == "hand_off"
    assert any(r["label"] == "outside_business_hours" for r in d.reasons)


def test_a_language_automation_does_not_speak_goes_to_a_person() -> None:
    d = engine.decide(AUTOMATE_EVERYTHING, 1, TriageResult(language="es"), ctx())
    assert (d.action, d.rule) == ("hand_off", "non_negotiable.language")


def test_human_mode_keeps_automation_silent() -> None:
    d = engine.decide(
        AUTOMATE_EVERYTHING, 1, TriageResult(intent="delivery.skip"), ctx(conversation_mode="human")
    )
    assert (d.action, d.rule, d.customer_message) == ("hand_off", "already_with_a_person", None)


def test_demo_segments_and_stances() -> None:
    assert engine.assign_segment(DEMO, {"plan": "Family Premium", "lifetime_value": 100}) == "white_glove"
    assert engine.assign_segment(DEMO, {"plan": "Duo", "lifetime_value": 2500}) == "white_glove"
    assert engine.assign_segment(DEMO, {"plan": "Solo", "lifetime_value": 120}) == "self_serve"
    assert engine.assign_segment(DEMO, {"plan": "Solo", "lifetime_value": 800}) == "balanced"
    assert engine.assign_segment(DEMO, {}) == "balanced"
    white = engine.decide(
        DEMO,
        1,
        TriageResult(intent="delivery.skip", intent_confidence=0.9),
        ctx(segment="white_glove", owner_name="Grace"),
    )
    assert (white.action, white.stance) == ("hand_off", "white_glove")
    assert "Grace" in (white.customer_message or "")
    self_serve = engine.decide(DEMO, 1, TriageResult(moments=["complaint"]), ctx(segment="self_serve"))
    balanced = engine.decide(DEMO, 1, TriageResult(moments=["complaint"]), ctx(segment="balanced"))
    assert (self_serve.action, balanced.action) == ("automate", "offer_human")


def test_rules_match_on_channel_hours_attributes_and_new_customers() -> None:
    doc = parse_policy("""
rules:
  - name: phone-after-hours
    when: {channel: [phone], business_hours: false}
    then: {action: offer_human}
  - name: new-and-valuable
    when:
      attributes: [{attribute: new_this_month, eq: true}, {attribute: lifetime_value, gte: 500}]
    then: {action: hand_off, team: success}
""")
    assert (
        engine.decide(doc, 1, TriageResult(), ctx(channel="phone", within_business_hours=False)).action
        == "offer_human"
    )
    assert engine.decide(doc, 1, TriageResult(), ctx(channel="phone")).action == "automate"
    new = engine.decide(
        doc, 1, TriageResult(), ctx(customer_attributes={"signup_date": "2026-11-10", "lifetime_value": 900})
    )
    assert (new.action, new.team) == ("hand_off", "success")
