"""Each non-negotiable default, through the API, on both databases, against a workspace policy that tries to
automate everything."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from fastapi.testclient import TestClient

from tests.conftest import Tenant, open_conversation
from tests.policy.helpers import AUTOMATE_EVERYTHING, ScriptedAutomation, automation, post, save_policy
from warmline.automation.contract import AutomationOutcome
from warmline.kit.clock import frozen_at

OPEN = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)  # a Wednesday, 10:00 in London
CLOSED = datetime(2026, 11, 25, 22, 30, tzinfo=UTC)  # the same day, 22:30


@pytest.fixture
def hostile(client: TestClient, tenant: Tenant) -> Tenant:
    save_policy(client, tenant, AUTOMATE_EVERYTHING)
    response = client.patch(
        "/api/v1/workspace",
        headers=tenant.headers("admin"),
        json={
            "timezone": "Europe/London",
            "settings": {
                "business_hours": {"days": [0, 1, 2, 3, 4, 5], "start": "08:00", "end": "20:00"},
                "emergency_resources": {
                    "GB": "Call Samaritans on 116 123, any time.",
                    "default": "Call 112.",
                },
            },
        },
    )
    assert response.status_code == 200, response.text
    return tenant


def test_routine_messages_follow_the_workspace_rule(client: TestClient, hostile: Tenant) -> None:
    with frozen_at(OPEN), automation(ScriptedAutomation()):
        turn = open_conversation(client, hostile, text="How do I skip next week's box?")
    assert turn["decision"]["action"] == "automate"
    assert turn["decision"]["rule"] == "always-automate"
    assert turn["decision"]["policy_version"] == 1
    assert [r["text"] for r in turn["replies"]] == ["Here is how: ..."]


def test_explicit_wish_is_a_hand_off_in_the_first_turn_and_automation_stays_silent(
    client: TestClient, hostile: Tenant
) -> None:
    bot = ScriptedAutomation()
    with frozen_at(OPEN), automation(bot):
        turn = open_conversation(client, hostile, text="I want to talk to a real person")
        cid = turn["conversation"]["id"]
        assert turn["conversation"]["mode"] == "human"
        assert turn["decision"]["action"] == "hand_off"
        assert turn["decision"]["rule"] == "non_negotiable.explicit_request"
        notice = turn["replies"][0]["text"]
        assert "minute" in notice or "as soon as" in notice
        packet = client.get(f"/api/v1/conversations/{cid}/handoff", headers=hostile.headers())
        assert packet.status_code == 200
        assert packet.json()["why"]["summary"] == "the customer asked for a person"
        for i, text in enumerate(
            [
                "How do I skip next week's box?",
                "thanks",
                "Talk to a person",
                "No, that didn't help.",
                "I want to cancel my subscription",
            ]
        ):
            later = post(client, hostile, cid, text, f"k{i}")
            assert later["replies"] == [], text
            assert later["conversation"]["mode"] == "human"
            assert later["decision"]["rule"] == "already_with_a_person"
    assert bot.calls == [], "automation is never even asked while a person has the conversation"
    messages = client.get(f"/api/v1/conversations/{cid}/messages", headers=hostile.headers()).json()["items"]
    assert [m["author"] for m in messages].count("bot") == 1


def test_two_automated_turns_without_progress_offer_a_person(client: TestClient, hostile: Tenant) -> None:
    unsure = ScriptedAutomation(
        AutomationOutcome(
            handled=False, progress=False, clarify_question="Is this about your box or your oven?"
        )
    )
    with frozen_at(OPEN), automation(unsure):
        first = open_conversation(client, hostile, text="question about the thing")
        cid = first["conversation"]["id"]
        assert first["decision"]["action"] == "clarify"
        assert first["replies"][0]["text"] == "Is this about your box or your oven?"
        second = post(client, hostile, cid, "the thing from before", "k2")
    assert second["decision"]["action"] == "offer_human"
    assert second["decision"]["rule"] == "non_negotiable.no_progress"
    assert second["replies"][0]["meta"]["quick_replies"][0]["label"] == "Talk to a person"
    with frozen_at(OPEN), automation(unsure):
        third = post(client, hostile, cid, "Talk to a person", "k3")
    assert third["decision"]["action"] == "hand_off"
    assert third["conversation"]["mode"] == "human"


def test_did_not_help_replies_count_towards_offering_a_person(client: TestClient, hostile: Tenant) -> None:
    with frozen_at(OPEN), automation(ScriptedAutomation()):
        first = open_conversation(client, hostile, text="How do I change my delivery day?")
        cid = first["conversation"]["id"]
        assert first["decision"]["action"] == "automate"
    with frozen_at(OPEN), automation(ScriptedAutomation(AutomationOutcome(handled=True, progress=False))):
        second = post(client, hostile, cid, "No, that didn't help.", "k2")
        # (session 10: "That's not what I asked." is now an escalation of its own, as the independent writers
        # label it; this test is about replies that only say the bot did not help)
        third = post(client, hostile, cid, "That doesn't answer my question.", "k3")
    assert second["decision"]["action"] == "offer_human"
    assert third["decision"]["action"] == "offer_human"
    assert third["decision"]["rule"] == "non_negotiable.no_progress"


@pytest.mark.parametrize(
    "text",
    [
        "My box didn't arrive again and it was for my daughter's birthday dinner tonight. I'm really upset.",
        "My husband passed away last week and I need to cancel his account.",
    ],
)
def test_crisis_and_vulnerability_hand_off_high_with_an_honest_reassuring_message(
    client: TestClient, hostile: Tenant, text: str
) -> None:
    with frozen_at(OPEN), automation(ScriptedAutomation()):
        turn = open_conversation(client, hostile, text=text)
    assert turn["decision"]["action"] == "hand_off"
    assert turn["decision"]["priority"] == "high"
    assert turn["conversation"]["priority"] == "high"
    assert turn["conversation"]["mode"] == "human"
    message = turn["replies"][-1]["text"]
    assert "sorry" in message.lower()
    assert "minute" in message or "as soon as" in message, "what happens next and when"


def test_self_harm_shows_emergency_resources_and_hands_off_urgently(
    client: TestClient, hostile: Tenant
) -> None:
    with frozen_at(OPEN), automation(ScriptedAutomation()):
        turn = open_conversation(client, hostile, text="I don't want to live anymore, I want to end my life.")
    assert turn["decision"]["action"] == "hand_off"
    assert turn["decision"]["priority"] == "urgent"
    assert turn["conversation"]["priority"] == "urgent"
    texts = [r["text"] for r in turn["replies"]]
    assert texts[0] == "Call Samaritans on 116 123, any time."
    assert turn["replies"][0]["meta"]["kind"] == "emergency_resources"


def _everyone(client: TestClient, tenant: Tenant, presence: str) -> None:
    for user_id in tenant.user_ids.values():
        response = client.put(
            "/api/v1/routing/presence",
            json={"presence": presence, "user_id": user_id},
            headers=tenant.headers("admin"),
        )
        assert response.status_code == 200, response.text


def test_outside_business_hours_it_is_still_a_hand_off_and_says_so_honestly(
    client: TestClient, hostile: Tenant
) -> None:
    _everyone(client, hostile, "offline")
    with frozen_at(CLOSED), automation(ScriptedAutomation()):
        turn = open_conversation(client, hostile, text="I want to talk to a real person")
    assert turn["decision"]["action"] == "hand_off"
    assert turn["conversation"]["mode"] == "human"
    text = turn["replies"][0]["text"]
    assert "offline" in text and "08:00 tomorrow" in text
    assert "call you back" in text or "callback" in text
    assert "will be with you" not in text, "never pretend a person is there"
    reasons = [r["label"] for r in turn["decision"]["reasons"]]
    assert "outside_business_hours" in reasons


def test_after_hours_an_online_agent_who_takes_it_is_named_not_an_offline_team(
    client: TestClient, hostile: Tenant
) -> None:
    _everyone(client, hostile, "offline")
    client.put(
        "/api/v1/routing/presence",
        json={"presence": "online", "user_id": hostile.user_ids["agent"]},
        headers=hostile.headers("admin"),
    )
    with frozen_at(CLOSED), automation(ScriptedAutomation()):
        turn = open_conversation(client, hostile, text="I want to talk to a real person")
    assert turn["decision"]["action"] == "hand_off"
    assert turn["conversation"]["assignee_id"] == hostile.user_ids["agent"]
    text = turn["replies"][0]["text"]
    assert "Agent will be with you" in text, text
    assert "offline" not in text, "a person has it: do not tell the customer the team is away"


def test_a_language_automation_does_not_speak_goes_to_a_person(client: TestClient, hostile: Tenant) -> None:
    bot = ScriptedAutomation()
    with frozen_at(OPEN), automation(bot):
        turn = open_conversation(client, hostile, text="Hola, ¿puedo cambiar el día de entrega al jueves?")
    assert turn["decision"]["action"] == "hand_off"
    assert turn["decision"]["rule"] == "non_negotiable.language"
    assert bot.calls == []


def test_a_crisis_in_another_language_is_handed_off_as_a_crisis(client: TestClient, hostile: Tenant) -> None:
    bot = ScriptedAutomation()
    with frozen_at(OPEN), automation(bot):
        turn = open_conversation(
            client, hostile, text="Hola, mi caja no ha llegado todavía, ¿qué puedo hacer?"
        )
    assert turn["decision"]["action"] == "hand_off"
    assert turn["decision"]["rule"] == "non_negotiable.crisis_or_vulnerability"
    assert bot.calls == []


def test_when_automation_fails_the_pipeline_offers_a_person_never_a_guess(
    client: TestClient, hostile: Tenant, monkeypatch: pytest.MonkeyPatch
) -> None:
    from warmline.conversations import pipeline

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("automation is down")

    monkeypatch.setattr(pipeline, "automation_override", None)
    monkeypatch.setattr(pipeline.automation, "respond", broken)
    with frozen_at(OPEN):
        turn = open_conversation(client, hostile, text="How do I skip next week's box?")
    assert turn["decision"]["action"] == "offer_human"
    assert "person" in turn["replies"][0]["text"]
