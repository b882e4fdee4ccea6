"""The signal detectors of triage: moments, vulnerability, the wish for a person, language, frustration."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from warmline.triage.result import MOMENTS, VULNERABILITIES, Reason, Turn
from warmline.triage.signals import SignalReport, analyse, needs_human, second_look
from warmline.triage.signals.evaluation import SignalsTriager, evaluate_escalation, load_escalation

DATA = Path(__file__).parent / "data"


def labels(text: str, **kw) -> set[str]:
    rep = analyse(text, **kw)
    out = set(rep.moments) | set(rep.vulnerability)
    if rep.wants_human:
        out.add("wants_human")
    return out


# --------------------------------------------------------------------------------------------- the contract
def test_report_shape_and_vocabularies():
    rep = analyse("my husband passed away and I was charged twice, can I talk to a real person")
    assert isinstance(rep, SignalReport)
    assert rep.wants_human is True
    assert set(rep.moments) <= set(MOMENTS)
    assert set(rep.vulnerability) <= set(VULNERABILITIES)
    assert "crisis.billing_error" in rep.moments
    assert "bereavement" in rep.vulnerability
    assert rep.language == "en"
    assert 0.0 <= rep.frustration <= 1.0
    assert all(isinstance(r, Reason) for r in rep.reasons)
    # ordered as the vocabularies are
    assert rep.moments == [m for m in MOMENTS if m in rep.moments]


def test_keyword_arguments_of_the_pipeline_are_accepted():
    rep = analyse(
        "ok",
        previous_turns=[
            Turn(author="customer", text="hi"),
            Turn(author="bot", text="hello", bot_failed=False),
        ],
        emotions={"anger": 0.1},
        sentiment=0.2,
        intent="track_order",
    )
    assert not needs_human(rep)


# --------------------------------------------------------------------------------------------- wants_human
@pytest.mark.parametrize(
    "text",
    [
        "agent",
        "AGENT!!",
        "can I call someone",
        "i want to talk to a real person",
        "is there a human there",
        "stop sending links",
        "stop sending me links, I've read them all",
        "I don't want a bot",
        "let me speak to your manager",
        "can someone ring me back please",
        "put me through to an advisor",
        "this chatbot is useless",
        "hello? anyone there?",
        "whats your phone number",
        "I'd rather deal with a person tbh",
        "speak to human",
        # a negation in an earlier clause does not reach the request
        "my husband passed away and the box never came, can I talk to someone",
    ],
)
def test_wants_human(text):
    assert analyse(text).wants_human, text


@pytest.mark.parametrize(
    "text",
    [
        "your agent was lovely yesterday",
        "the delivery person left it with my neighbour",
        "no need for an agent, I found the answer",
        "I spoke to someone last week and they said I could skip",
        "please don't call me, email is fine",
        "i need to update my phone number on the account",
        "what is the human readable order number?",
    ],
)
def test_mentions_of_people_are_not_a_wish_for_one(text):
    assert not analyse(text).wants_human, text


# --------------------------------------------------------------------------------------------- moments
MOMENT_CASES = {
    "crisis.outage": [
        "your app is down, I can't skip my box before the cutoff",
        "the website keeps crashing at checkout",
        "error 503 every time I try to log in, is the site down?",
        "the freezer you installed has died and everything is defrosting",
    ],
    "crisis.missed_delivery": [
        "my box never arrived and it was for my daughter's birthday",
        "the engineer didn't turn up and I took the day off",
        "waited in all day and nobody came with the fridge",
        "it says delivered but there's nothing here",
        "the party is tonight and the kit still hasn't come",
    ],
    "crisis.billing_error": [
        "I've been charged twice this week",
        "you took the wrong amount, it should be 29.99",
        "why was I charged when I paused?",
        "there's an unexpected charge on my statement from you",
        "double charged again",
    ],
    "crisis.fraud_or_lost_card": [
        "I lost my card",
        "my wallet was stolen with the card you have on file",
        "there's an order on my account I didn't make",
        "I think my account has been hacked",
        "I don't recognise this payment",
    ],
    "crisis.safety": [
        "I can smell gas since the engineer left",
        "the oven is sparking",
        "smoke coming out of the dryer",
        "my son had an allergic reaction to the curry",
        "we all got food poisoning from the chicken",
        "the toaster caught fire",
        "got an electric shock from the washing machine",
    ],
    "transition.onboarding": [
        "just signed up, when does my first box come?",
        "how do I get started",
        "first time customer here",
    ],
    "transition.relocation": [
        "I'm moving house next month",
        "we're relocating to Bristol",
        "I need to change my delivery address, new flat",
    ],
    "transition.plan_change": [
        "can I upgrade to the family box",
        "I want to downgrade my plan",
        "switch me to the veggie plan",
    ],
    "high_stakes.cancellation": [
        "I want to cancel my subscription",
        "cancel my membership",
        "how do i cancel",
        "I'm switching to gousto",
        "I'm going to cancel unless this is sorted",
    ],
    "high_stakes.renewal": [
        "my warranty is up for renewal",
        "does the care plan auto renew?",
        "my intro offer has ended and the price doubled",
    ],
    "high_stakes.negotiation": [
        "can I get a discount if I stay",
        "hellofresh is offering 60% off, can you match it?",
        "will you price match?",
        "is there a loyalty discount",
    ],
    "high_stakes.legal": [
        "I'm contacting my solicitor",
        "see you in small claims court",
        "this is a GDPR subject access request",
        "I'll report you to the ombudsman",
        "I'm going to sue",
    ],
    "complaint": [
        "I want to make a complaint",
        "not happy with the service at all",
        "the chicken was mouldy, disgusting",
        "your engineer was rude",
        "this is the third time the box has been wrong",
    ],
}


@pytest.mark.parametrize(
    ("label", "text"), [(label, t) for label, texts in MOMENT_CASES.items() for t in texts]
)
def test_moments(label, text):
    assert label in analyse(text).moments, (label, text)


VULNERABILITY_CASES = {
    "bereavement": [
        "my husband passed away last month",
        "Mum died in March and the account is in her name",
        "I lost my wife recently",
        "I'm the executor of my late father's estate",
        "sorry, we had a funeral this week",
        "my mum who normally takes the delivery passed last week, can the boxes come to me",
    ],
    "illness": [
        "I'm in hospital so I can't be in for the engineer",
        "just been diagnosed with cancer",
        "I've been really unwell",
        "recovering from surgery, can't lift boxes",
        "Type 1 diabetic here, I had a hypo after the risotto",
    ],
    "financial_hardship": [
        "I lost my job and can't afford this",
        "money is really tight right now",
        "I'm on universal credit",
        "can you wait until payday",
        "I was made redundant",
    ],
    "disability": [
        "I'm registered blind",
        "I use a wheelchair",
        "I'm deaf, please email instead of calling",
        "I can't read the small print on the recipe cards",
        "my arthritis means I can't lift the box",
    ],
    "abuse": [
        "I've left an abusive relationship, don't send anything to the old address",
        "my ex still has access to my account",
        "he controls all the money",
        "I'm in a refuge, please don't tell my husband",
        "domestic abuse",
    ],
}


@pytest.mark.parametrize(
    ("label", "text"), [(label, t) for label, texts in VULNERABILITY_CASES.items() for t in texts]
)
def test_vulnerabilities(label, text):
    assert label in analyse(text).vulnerability, (label, text)


# --------------------------------------------------------------------------------------------- negations
@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("I'm NOT cancelling, just pausing for a week", "high_stakes.cancellation"),
        ("I don't want to cancel my subscription, just skip", "high_stakes.cancellation"),
        ("no need for an agent", "wants_human"),
        ("I don't need to speak to anyone, thanks", "wants_human"),
        ("no complaints at all, just a question", "complaint"),
        ("not looking for a discount, just asking the price", "high_stakes.negotiation"),
    ],
)
def test_negations(text, label):
    assert label not in labels(text), text


# --------------------------------------------------------------------------------------------- hard negatives
@pytest.mark.parametrize(
    "text",
    [
        "my card arrived thanks",
        "how do I pause for a week",
        "can I change my delivery day",
        "where is my order",
        "the smoked salmon was lovely",
        "this bug in the app is killing me lol",
        "I'm dying to try the new ramen",
        "my phone died so I missed the driver's call, can they come back",
        "how do I cancel the text alerts",
        "can I cancel one meal from this week's box",
        "how do I reset my password",
        "are the recipes suitable for diabetics?",
        "I'd like to leave a review for the engineer",
        "thanks, all sorted!",
        "what payment methods do you accept",
        "can the driver leave it in the porch",
        "i'm out all day tuesday, can the driver leave it with the neighbour",
        "do you have an accessibility statement for the website",
        "how do I get a discount for referring friends",
        "my mum passed her driving test so she can collect the box now",
        "I'll be in hospital visiting my friend on friday, can you deliver saturday",
    ],
)
def test_routine_messages_do_not_escalate(text):
    rep = analyse(text)
    assert not needs_human(rep), (text, rep.reasons)


# --------------------------------------------------------------------------------------------- self-harm
SELF_HARM = [
    "I want to kill myself",
    "i want to end it all",
    "I don't see the point anymore",
    "everyone would be better off without me",
    "I'm thinking about suicide",
    "i keep thinking of ending my life",
    "I just want to disappear forever",
    "there's no point in living",
    "no reason to keep going",
    "I can't go on like this",
    "I don't want to be here anymore",
    "I don't want to wake up tomorrow",
    "wish I was dead",
    "I've been self-harming again",
    "thinking about taking all my pills",
    "i won't be around much longer so cancel it",
    "nothing to live for",
    "I'm a burden to everyone",
    "what's the point of living",
    "kms",
    "my family would be better off if I was gone",
    "I feel like giving up on everything",
    "i want to die",
    "planning to take my own life",
    "I'M GOING TO KILL MYSELF",
    "honestly i dont see the point in anything",
    # found missed on the product check set (round 2) and fixed afterwards; the reported figure predates it
    "I can't see a reason to carry on",
    "i cant find a reason to keep going",
    # blind set v8, fixed after its one clean measurement
    "Can I transfer my account to my sister? I want to get my affairs in order before I go.",
]


@pytest.mark.parametrize("text", SELF_HARM)
def test_self_harm_is_always_flagged(text):
    rep = analyse(text)
    assert "self_harm" in rep.vulnerability, text
    assert needs_human(rep)


@pytest.mark.parametrize(
    "text",
    [
        "this bug is killing me",
        "you're killing me with these prices haha",
        "I'm dying to try the pad thai",
        "my phone died",
    ],
)
def test_self_harm_idioms_are_not_flagged(text):
    assert "self_harm" not in analyse(text).vulnerability, text


NEUTRAL = [
    "hi there",
    "my order number is 12345",
    "thanks for the box last week",
    "the recipes were nice",
    "can I change my delivery day to Thursday",
    "also the app shows the wrong photo",
    "ok",
    "I'm not cancelling, don't worry",
    "no need to reply quickly",
    "lol",
]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from(SELF_HARM),
    st.lists(st.sampled_from(NEUTRAL), max_size=3),
    st.lists(st.sampled_from(NEUTRAL), max_size=3),
    st.sampled_from([" ", ". ", "\n", ", ", "... "]),
)
def test_neutral_text_around_never_removes_self_harm(core, before, after, sep):
    text = sep.join([*before, core, *after])
    assert "self_harm" in analyse(text).vulnerability, text


def test_self_harm_survives_a_very_long_message():
    text = "blah blah my box was fine. " * 4000 + " I want to end it all."
    assert "self_harm" in analyse(text).vulnerability


# --------------------------------------------------------------------------------------------- evidence
@pytest.mark.parametrize(
    "text",
    [
        "I've been charged twice and my husband passed away, I want a human",
        "my box NEVER ARRIVED!!! for my son's birthday, third time this happens",
        "There is a payment that is not mine in the App.",
        "i need to contact a damn person",
        "hola, quiero hablar con alguien",
        "I don't see the point anymore",
    ],
)
def test_evidence_is_the_words_of_the_message(text):
    rep = analyse(text)
    assert rep.reasons
    for reason in rep.reasons:
        assert reason.detector in {"patterns", "learned", "language", "frustration", "multilingual"}
        assert 0.0 <= reason.score <= 1.0
        for ev in reason.evidence:
            assert ev in text, (reason, ev)
    for label in [*rep.moments, *rep.vulnerability] + (["wants_human"] if rep.wants_human else []):
        assert any(r.label == label and r.evidence for r in rep.reasons), label


# --------------------------------------------------------------------------------------------- language
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("where is my box", "en"),
        ("my fridge is broken pls help", "en"),
        ("agent", "en"),
        ("hi my box didnt come", "en"),
        ("hola, mi pedido no ha llegado todavía", "es"),
        ("bonjour, je voudrais annuler mon abonnement", "fr"),
        ("Mein Paket ist nicht angekommen, bitte helfen Sie mir", "de"),
        ("ciao, vorrei annullare il mio ordine", "it"),
        ("Olá, quero cancelar a minha assinatura", "pt"),
        ("Где мой заказ? Он должен был прийти вчера", "ru"),
        ("我的订单在哪里", "zh"),
        ("注文がまだ届いていません", "ja"),
        ("주문이 아직 도착하지 않았어요", "ko"),
        ("أين طلبي", "ar"),
    ],
)
def test_language(text, lang):
    assert analyse(text).language == lang


@pytest.mark.parametrize(
    "text", ["😀😀😀", "👍", "!!!???", "12345 678", "", "   ", "\x00\x01\x02\x03", "🙏🏽🔥"]
)
def test_language_unknowable_is_und(text):
    rep = analyse(text)
    assert rep.language == "und"
    assert not rep.wants_human and not rep.moments and not rep.vulnerability


@pytest.mark.parametrize(
    "text",
    [
        "x" * 100_000,
        ("my box is late and " * 6000)[:100_000],
        "asdkjh qwe zxcvb",
        "where is мой заказ 我的 box?? 😡",
        bytes(range(256)).decode("latin-1") * 50,
        "\ud800 broken surrogate" if False else "\u202e reversed \u200b zero width",
        "A" * 5000 + "!!!!!" * 1000,
    ],
)
def test_bad_input_never_crashes(text):
    rep = analyse(text)
    assert isinstance(rep.language, str) and rep.language
    assert 0.0 <= rep.frustration <= 1.0


def test_language_without_py3langid_degrades(monkeypatch):
    from warmline.triage.signals import language

    def missing():
        raise ImportError("py3langid")

    monkeypatch.setattr(language, "_langid", missing)
    assert analyse("hola, mi pedido no ha llegado todavía").language == "es"
    assert analyse("where is my box").language == "en"
    assert analyse("Где мой заказ").language == "ru"
    assert analyse("😀").language == "und"


def test_non_english_is_flagged_with_a_reason():
    rep = analyse("bonjour, ma commande n'est jamais arrivée")
    assert rep.language == "fr"
    assert any(r.detector == "language" and r.label == "fr" for r in rep.reasons)


# --------------------------------------------------------------------------------------------- frustration
def test_frustration_rises_with_repeated_messages():
    msg = "where is my refund"
    calm = analyse(msg).frustration
    history = [Turn(author="customer", text=msg), Turn(author="bot", text="Refunds take 3-5 days.")]
    again = analyse(msg, previous_turns=history).frustration
    history += [
        Turn(author="customer", text="where is my refund??"),
        Turn(author="bot", text="Refunds take 3-5 days."),
    ]
    third = analyse("where is my refund", previous_turns=history).frustration
    assert calm < again < third


def test_frustration_rises_with_failed_bot_turns():
    base = analyse("that doesn't answer my question").frustration
    one = analyse(
        "that doesn't answer my question",
        previous_turns=[
            Turn(author="customer", text="can I move my repair"),
            Turn(author="bot", text="?", bot_failed=True),
        ],
    ).frustration
    many = analyse(
        "that doesn't answer my question",
        previous_turns=[
            t
            for i in range(4)
            for t in (
                Turn(author="customer", text=f"question {i}"),
                Turn(author="bot", text="?", bot_failed=True),
            )
        ],
    ).frustration
    assert base < one < many


def test_frustration_markers_caps_exclamations_profanity_emotions():
    calm = analyse("my box is late").frustration
    caps = analyse("MY BOX IS LATE").frustration
    bangs = analyse("MY BOX IS LATE!!!").frustration
    swear = analyse("MY BLOODY BOX IS LATE AGAIN!!!").frustration
    assert calm < caps < bangs < swear
    assert swear >= 0.7
    emo = analyse("my box is late", emotions={"anger": 0.9, "annoyance": 0.8}, sentiment=-0.8).frustration
    assert emo > calm
    assert all(0.0 <= f <= 1.0 for f in (calm, caps, bangs, swear, emo))


def test_calm_conversation_stays_calm():
    history = [Turn(author="customer", text="hi, can I swap a recipe"), Turn(author="bot", text="Sure!")]
    rep = analyse("great, thanks so much", previous_turns=history)
    assert rep.frustration < 0.2


def test_earlier_frustration_does_not_vanish():
    history = [Turn(author="customer", text="THIS IS RIDICULOUS!!! WHERE IS MY BOX")]
    assert analyse("hello?", previous_turns=history).frustration > analyse("hello?").frustration


# --------------------------------------------------------------------------------------------- evaluation
def test_evaluate_escalation_with_any_triager(tmp_path):
    path = tmp_path / "e.jsonl"
    rows = [
        {"text": "I want to cancel my subscription", "label": "must_human"},
        {"text": "how do I pause", "label": "routine"},
        {"text": "my card arrived thanks", "label": "routine"},
        {"text": "I lost my job and can't pay", "label": "must_human"},
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    out = evaluate_escalation(path, SignalsTriager())
    assert out["n"] == 4
    assert out["recall"] == 1.0
    assert out["false_escalation_rate"] == 0.0
    assert out["misses"] == []

    class Always:
        def triage(self, text, previous_turns=()):
            return type("R", (), {"needs_human": True, "reasons": []})()

    out = evaluate_escalation(str(path), Always())
    assert out["false_escalation_rate"] == 1.0
    assert {m["text"] for m in out["misses"]} == {"how do I pause", "my card arrived thanks"}
    assert all(set(m) == {"text", "label", "predicted", "reasons"} for m in out["misses"])


def test_malformed_escalation_file_names_the_row(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"text": "ok", "label": "routine"}\n{"text": "x", "label": "urgent"}\n')
    with pytest.raises(ValueError, match="line 2.*label"):
        load_escalation(path)
    path.write_text('{"text": "ok", "label": "routine"}\nnot json\n')
    with pytest.raises(ValueError, match="line 2"):
        load_escalation(path)


# ------------------------------------------------------------------------------------- not happening now
@pytest.mark.parametrize(
    "text",
    [
        "where is the freeze card button? just want to know in case I ever lose my card",
        "is there an outage page I can check before I call?",
        "my box was a day late last week but honestly no problem, it was still cold",
        "got an email saying my password was changed, oh wait that was me, ignore",
        # a condition, not an event
        "if the dishwasher ever leaks or sparks, who do I ring? setting up the kitchen, want to be prepared",
        "in case my card were to be stolen abroad, can I freeze it in the app?",
        # somebody already put it right, and the question after it is about something else
        "I was charged twice in March but your team sorted it the same day. Do you do gift boxes?",
        "parcel was late on friday, it all worked out fine in the end. can I add dessert next week?",
        "box went missing last week, it turned up in the end. how do I rate the recipes?",
        # put right, and when (after blind set v8)
        "thanks so much, the double charge on my card was refunded the same day",
        "the missed delivery on monday was replaced overnight, lovely service",
    ],
)
def test_a_hypothetical_or_finished_crisis_is_not_escalated(text):
    rep = analyse(text)
    assert not any(m.startswith("crisis.") for m in rep.moments), rep.reasons
    # dropped with a context reason, or (since freeze 5's retrained heads) not detected at all
    assert any(r.detector == "context" and r.label.startswith("not_now:") for r in rep.reasons) or not any(
        r.detector in ("patterns", "learned") for r in rep.reasons
    )


@pytest.mark.parametrize(
    "text",
    [
        "What should I do if my card was stolen?",  # usually means it was
        "it came back for an hour but the internet is down again and I work from home",
        "my box never arrived, no problem with the driver but where is it",
        "I smelled gas near the oven, it's fine now but I'm scared to use it",
        "if this ever happens again with my card I will go to the bank, someone took 300 from my account",
        "I was charged twice and your team fixed it, now I've been charged twice again",
        "my box never turned up. is it all sorted now?",
        "I got charged twice at the restaurant and I would like my money back",
        "your engineer fixed it on monday. the oven is sparking again today",
        "the double charge still hasn't been refunded within the 5 days you promised",
        "I was charged twice, it was refunded within a day and now I have been charged twice again",
        "was the double charge refunded yet?",
        "I was refunded the wrong amount",
    ],
)
def test_a_present_crisis_stays_escalated(text):
    rep = analyse(text)
    assert needs_human(rep), rep.reasons


def test_cancelling_one_appointment_is_not_leaving():
    rep = analyse("I want to cancel my engineer appointment")
    assert not needs_human(rep), rep.reasons
    assert needs_human(analyse("I want to cancel my subscription, I'm leaving"))


# ------------------------------------------------------------------ freeze 5: patterns for weak spots
def _pattern_labels(text: str) -> set[str]:
    """What the patterns found (before the second look, which may set a reading aside as routine)."""
    with second_look.switched_off():
        return {r.label for r in analyse(text).reasons if r.detector == "patterns"}


@pytest.mark.parametrize(
    "label, text",
    [
        # sarcasm and complaints without a complaint word
        ("complaint", "well thanks for nothing then"),
        ("complaint", "cheers for absolutely nothing"),
        ("complaint", "gold star for consistency, late again"),
        ("complaint", "great, another week with missing items"),
        ("complaint", "oh brilliant, the wrong box again"),
        ("complaint", "squashed tomatoes and a leaking pot of cream, love that for me"),
        ("complaint", "5 emails, 0 replies"),
        ("complaint", "is it your policy to ignore emails"),
        ("complaint", "you keep getting my order wrong every time"),
        ("complaint", "three deliveries in a row with missing items"),
        ("complaint", "the service has got so much worse this year"),
        ("complaint", "another wasted afternoon, what a waste of a day off"),
        ("complaint", "the chicken was grey and smelled like bins"),
        # outages in the customer's words
        ("crisis.outage", "our card terminals are declining every payment"),
        ("crisis.outage", "the till system is down and we can't take cards"),
        ("crisis.outage", "the app just spins"),
        ("crisis.outage", "website keeps timing out at checkout"),
        ("crisis.outage", "router's been dropping out all week"),
        ("crisis.outage", "the light on the hub is flashing red"),
        ("crisis.outage", "merchant portal won't load"),
        # leaving in other words
        ("high_stakes.cancellation", "cancel my order and close my account"),
        ("high_stakes.cancellation", "stop the deliveries and delete my account"),
        ("high_stakes.cancellation", "shut my account please"),
        ("high_stakes.cancellation", "I'm finished with you lot"),
        ("high_stakes.cancellation", "pull the plug on my subscription"),
        ("high_stakes.cancellation", "I no longer wish to be a customer"),
        ("high_stakes.cancellation", "we're moving our business elsewhere"),
        ("high_stakes.cancellation", "how do I stop this completely"),
        ("high_stakes.cancellation", "close my account, not interested anymore"),
        # bereavement and self-harm, indirect
        ("bereavement", "my mum isn't with us anymore, the account was hers"),
        ("self_harm", "I have been saving up my tablets"),
    ],
)
def test_freeze5_patterns(label, text):
    assert label in _pattern_labels(text), analyse(text).reasons
    assert needs_human(analyse(text))


@pytest.mark.parametrize(
    "text",
    [
        "the smoke alarm keeps chirping, does it need a new battery?",
        "how do I test the smoke detector you fitted",
        "my agent was really helpful today, thank you",
        "the lady I spoke to was lovely",
        "all sorted, you can close this chat",
        "cancel next week's box please",
        "please cancel the delivery for the 14th, we're away",
        "cancel this friday's box, keep the rest",
        "I'm going to cancel a purchase",
        "can I cancel my direct debit and pay by card instead",
        "I was charged £29.99 which is right, just checking",
        "just confirming I was charged the right amount",
        "just to know, how do I report a lost card if it ever happens",
        "the app was down earlier but it's working now, just checking my order went through",
        "the engineer came this morning and fixed it, thanks",
        "it arrived late but it came in the end and everything was fine, no problem",
        "I'm off to hospital for a routine check, can the box come friday",
        "we're having a great week, the new menu is lovely",
    ],
)
def test_freeze5_hard_negatives(text):
    assert not needs_human(analyse(text)), analyse(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        "the carbon monoxide alarm went off after the boiler was fitted",
        "the smoke alarm is beeping and there's smoke coming from the oven",
        "the smoke alarm went off and the hob is on fire",
        "your agent was helpful but I still need someone to ring me",
        "cancel next week's box and all future ones, I'm done with you",
        "cancel my order and my subscription for good",
        "I'm going to cancel my subscription after this order",
        "I was charged £29.99 which is not right",
        "the engineer came and fixed it but it broke again an hour later",
    ],
)
def test_freeze5_idioms_do_not_hide_the_real_thing(text):
    assert needs_human(analyse(text)), analyse(text).reasons


def test_a_self_harm_phrase_about_being_away_still_flags():
    """'I won't be here next week' may mean away or gone: safety first, it stays flagged."""
    assert "self_harm" in analyse("I won't be here next week so skip the delivery").vulnerability


@pytest.mark.parametrize(
    "label, text",
    [
        ("wants_human", "none of these options fit my problem"),
        ("wants_human", "H U M A N please"),
        ("wants_human", "just get me a person"),
        ("crisis.billing_error", "I stopped the plan in June so why have you charged me in July"),
        ("crisis.billing_error", "the bill is £96, it's normally around £40"),
        ("crisis.billing_error", "where is the £25 you owe me"),
        ("high_stakes.renewal", "my tariff ends next month, what happens then"),
        ("high_stakes.renewal", "I don't want to roll onto the standard rate"),
        ("high_stakes.negotiation", "do you do special pricing for schools"),
        ("high_stakes.negotiation", "my neighbour got 40% off when she said she was leaving"),
        ("disability", "on bad days I can't get out of bed, so afternoon visits please"),
        ("abuse", "it's not safe for me at home, only text me"),
        ("crisis.fraud_or_lost_card", "it says my email is registered to a different account"),
    ],
)
def test_freeze5_patterns_more(label, text):
    assert label in _pattern_labels(text), analyse(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        "get me someone to fix the fridge on tuesday",  # a visit, not a person to talk to
        "how do I see what my bill normally is",
        "is there a student discount",
    ],
)
def test_freeze5_patterns_more_negatives(text):
    assert "wants_human" not in _pattern_labels(text)
    assert not ({"crisis.billing_error", "high_stakes.negotiation"} & _pattern_labels(text))


@pytest.mark.parametrize(
    "label, text",
    [
        ("self_harm", "I can't see any way forward"),
        ("self_harm", "it will all be over soon anyway"),
        ("high_stakes.cancellation", "this is my last order with you"),
        ("high_stakes.cancellation", "no more boxes. ever."),
        ("crisis.outage", "the pay button does nothing"),
        ("crisis.outage", "our phones are dead since 9"),
        ("complaint", "great service as usual, still no refund"),
    ],
)
def test_freeze5_patterns_probe(label, text):
    assert label in _pattern_labels(text), analyse(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        "great service as always, thank you",
        "no more boxes until august please",
        "oh great, the new menu is out!",
    ],
)
def test_freeze5_praise_and_pauses_are_routine(text):
    assert not needs_human(analyse(text)), analyse(text).reasons


def test_freeze5_an_outage_that_came_back_and_went_again():
    assert needs_human(analyse("the internet came back for an hour but it's down again"))
    rep = analyse("internet was out for an hour yesterday but it came back, all good, no action needed")
    assert not needs_human(rep), rep.reasons


def test_freeze5_losing_the_home_is_hardship_even_beside_an_appointment_cancel():
    rep = analyse("Cancel the plumber on the 3rd please, we're losing our home so there's no point")
    assert "financial_hardship" in rep.vulnerability, rep.reasons


@pytest.mark.parametrize(
    "text",
    [
        "is there a way to report a stolen card in the app? mine's fine",
        "our old fridge died so we bought one from you, when can it be installed?",
        "I lost my job title in the profile, how do I add it back",
        "the recipe says to smoke the paprika, what does that mean",
        "is the app down for maintenance tonight? saw a banner",
    ],
)
def test_freeze5_more_hard_negatives(text):
    assert not needs_human(analyse(text)), analyse(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        "my fridge died and all the food is going off",
        "the app has been down all day, is it maintenance?",
        "I lost my job and can't pay this month",
        "my card was stolen last night",
    ],
)
def test_freeze5_the_real_thing_next_to_those_idioms(text):
    assert needs_human(analyse(text)), analyse(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        "the washer broke again a week after the repair",
        "same fault is back after your visit",
        "!!!???",
        "???",
    ],
)
def test_freeze5_repeat_faults_are_complaints_and_punctuation_is_not(text):
    rep = analyse(text)
    if any(c.isalpha() for c in text):
        assert "complaint" in {r.label for r in rep.reasons if r.detector == "patterns"}, rep.reasons
    else:
        assert not rep.moments and not rep.wants_human and not rep.vulnerability


@pytest.mark.parametrize(
    "label, text",
    [
        ("self_harm", "I'm just a waste of space"),
        ("self_harm", "this is the last time you'll hear from me"),
        ("high_stakes.cancellation", "just stop charging me and let me go"),
    ],
)
def test_freeze5_patterns_fresh_probe(label, text):
    assert label in _pattern_labels(text), analyse(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        "i just want to disappear. sorry, wrong place for that. how do i pause the box",
        "honestly i really need to vanish. anyway can you change my address",
        "Can my son take over the account? I don't plan on being around.",
        "please move my deliveries to my daughter, I don't expect to be here much longer.",
    ],
)
def test_indirect_self_harm_next_to_a_routine_question(text):
    rep = analyse(text)
    assert "self_harm" in rep.vulnerability and needs_human(rep), rep.reasons


@pytest.mark.parametrize(
    "text",
    [
        "I just want to disappear for a week to the coast, can I pause deliveries?",
        "I don't plan on being around on saturday, can the box come friday?",
        "I don't expect to be here when the engineer comes, can they get the key from my neighbour?",
    ],
)
def test_being_away_is_not_self_harm(text):
    assert "self_harm" not in analyse(text).vulnerability


# ------------------------------------------------ after blind set v6: other languages, feature questions
@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Necesito hablar con una persona ahora mismo", "wants_human"),
        ("On m'a débité deux fois pour la même box", "crisis.billing_error"),
        ("Meine Karte wurde gestohlen, bitte sperren", "crisis.fraud_or_lost_card"),
        ("C'è puzza di gas vicino al forno nuovo", "crisis.safety"),
        ("O meu pai faleceu na semana passada", "bereavement"),
        ("Ik wil mijn abonnement opzeggen", "high_stakes.cancellation"),
        ("Paczka nie dotarła, a miała być wczoraj", "crisis.missed_delivery"),
        ("La aplicación no funciona desde ayer", "crisis.outage"),
        ("Je vais contacter mon avocat", "high_stakes.legal"),
        ("Ich habe eine Beschwerde über den Fahrer", "complaint"),
        ("Non voglio più vivere", "self_harm"),
    ],
)
def test_critical_moments_in_other_languages(text, label):
    rep = analyse(text)
    assert rep.language != "en"
    assert label in labels(text) and needs_human(rep), rep.reasons
    assert any(r.detector == "multilingual" and r.label == label for r in rep.reasons)


@pytest.mark.parametrize(
    "text",
    [
        "¿Puedo añadir un postre a mi caja de la próxima semana?",
        "Cocer a fuego lento diez minutos, ¿verdad?",
        "Das geht am Montag leider nicht, bitte am Dienstag liefern",
        "Welches Gericht ist diese Woche vegetarisch?",
        "Merci beaucoup, la recette de poulet était délicieuse",
        "Hoe lang moet de lasagne in de oven?",
        "Posso cambiare l'indirizzo di consegna?",
    ],
)
def test_routine_messages_in_other_languages_stay_routine(text):
    rep = analyse(text)
    assert rep.language != "en" and not needs_human(rep), rep.reasons


@pytest.mark.parametrize(
    "text",
    [
        "when does my annual plan renew?",
        "where can I check my renewal date in the app",
        "what date does the warranty on my washing machine end?",
        "how do I turn on fraud alerts in the app?",
        "what does the emergency stop button on the dishwasher do",
        "does the new hob have an automatic shut-off?",
        "I was off sick for a few weeks but I'm back on my feet, please restart my boxes",
    ],
)
def test_questions_about_dates_features_and_a_finished_illness_are_routine(text):
    rep = analyse(text)
    assert not needs_human(rep), rep.reasons


@pytest.mark.parametrize(
    "text",
    [
        "my plan renews next week and I'm not sure it's worth it at the new price",
        "when does my contract end? I want to know whether to stay or switch",
        "someone used my card, how do I turn on fraud alerts",
        "I pressed the emergency stop button but it kept going and now there's smoke",
        "the automatic shut-off failed and the oven overheated",
        "I was in hospital, I'm better now but still too weak to carry the boxes",
    ],
)
def test_the_same_words_with_a_real_moment_still_escalate(text):
    assert needs_human(analyse(text))


def test_my_last_message_is_self_harm_only_as_a_farewell():
    assert "self_harm" in analyse("this is my last message. thank you for everything").vulnerability
    for text in ("ignore my last message, I found the button", "as per my last message, where is my refund?"):
        assert "self_harm" not in analyse(text).vulnerability, text


@pytest.mark.parametrize(
    ("label", "text", "expected"),
    [
        # blind set v8 misses, fixed after its one clean measurement, each with a routine neighbour
        (
            "crisis.fraud_or_lost_card",
            "my sister put an order through on my account using my card without asking",
            True,
        ),
        ("crisis.fraud_or_lost_card", "my flatmate used my account without asking and ordered a box", True),
        ("crisis.fraud_or_lost_card", "can my partner use my account to order?", False),
        ("crisis.missed_delivery", "half the ingredients are missing from tonights box", True),
        ("crisis.missed_delivery", "which ingredients are missing from the pantry list?", False),
        ("illness", "my son passed his driving test last week", False),
        ("bereavement", "my son passed his driving test last week", False),
        ("self_harm", "getting my affairs in order for retirement, can I switch to yearly billing?", False),
    ],
)
def test_blind_v8_fixes(label, text, expected):
    rep = analyse(text)
    assert (label in rep.moments or label in rep.vulnerability) is expected, (label, text)


# ------------------------------------------- session 5: background, idioms, praise (rounds 9-10, blind v9)
@pytest.mark.parametrize(
    "text",
    [
        "that cheesecake was so delicious it should be illegal",
        "Emergency!! I've run out of fish sauce, what can I use instead?",
        "the boiler display shows a flame symbol, what does it mean?",
        "where are the fraud alert settings in the app?",
        "Got a scam text pretending to be you. Didn't click it, just letting you know",
        "the smoke alarm went off while I was searing steak haha, recipe said high heat",
        "does the dishwasher have flood protection?",
        "what's your refund policy for damaged items?",
        "my gran passed her lasagne recipe down to me",
        "I volunteer at a food bank, do you donate surplus boxes?",
        "If I cancelled would I lose my points? Not planning to, just asking",
        "can I pause deliveries while I'm in hospital for a planned knee op?",
        "ok the katsu curry literally broke my brain it was that good",
        # background: elsewhere, long ago, over, a plan, a hypothetical
        "we had a flooded kitchen last year so we're redoing it, can I get a quote for an oven?",
        "I got food poisoning from a takeaway last month (not you lol), what temperature for chicken?",
        "My flatmate's card got cloned last week (not through you), do you store the full card number?",
        "I was made redundant last year but I'm back in work now, can I go back up to the family plan?",
        "my husband had surgery in june so we paused, he's doing great now. can we restart next week?",
        "Doing my will - what happens to my account if I die?",
        "What happens if my box is late? nothing's wrong, just want to know",
        "what if I lose my card, do I need to tell you or just the bank",
        "How do I report a lost card in the app? Nothing's lost, I just want to know where it is in case.",
        "if there's ever a gas smell near the boiler, who do I call?",
    ],
)
def test_background_idioms_and_questions_are_not_escalated(text):
    assert not needs_human(analyse(text)), analyse(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        "I got food poisoning from your chicken kit, definitely not from a takeaway",
        "the smoke alarm went off while I was cooking and now there's smoke coming out of the oven vent",
        "Got a scam text pretending to be you and I clicked it, now there's £200 gone from my account",
        "Emergency! I can smell gas in the kitchen",
        "emergency: out of hot water and the boiler is showing a gas fault",
        "I was charged twice last year and it has happened again this week",
        "my box was late back in january and it's late again today",
        "had to use a food bank last week, please don't charge me until I'm back on my feet",
        "My husband passed away and I'm sorting out his will, the account is in his name",
        "not planning to stay with you after this, cancel my subscription",
        "where are the fraud alert settings? someone has used my card twice today",
        "what if I lose my card... actually I think I just did, it's gone from my wallet",
        "the flood protection didn't work and my kitchen is under water",
        "we had a flood last year and it's leaking again in the same place",
        "I volunteer at a food bank but honestly I can't afford my own boxes anymore",
        "I'm in hospital for a planned op next week and I'm scared, I live alone",
        # blind set v9 misses (read), each caught by a pattern now
        "lol whats the point of meal planning when ur planning not to wake up",
        "the consultant has put me on a strict renal diet, which recipes are safe?",
        "ok. asking one more time. politely. where is my engineer. it is 5pm.",
        "are you even reading what i write",
        "For £12 extra I expected a bit better, I have to say.",
    ],
)
def test_the_same_words_about_a_present_problem_still_escalate(text):
    assert needs_human(analyse(text)), analyse(text).reasons


def test_planning_not_to_wake_up_is_self_harm():
    assert "self_harm" in analyse("whats the point when ur planning not to wake up").vulnerability
    assert "self_harm" not in analyse("planning to wake up early for the delivery").vulnerability


def test_a_will_is_not_a_loss_but_a_death_is():
    planning = analyse("sorting out my will, what happens to my account if I die?")
    assert "bereavement" not in planning.vulnerability
    assert "bereavement" in analyse("my wife passed away last month, I'm sorting out her will").vulnerability


def test_praise_is_not_a_complaint_with_the_emotion_models_sentiment():
    from warmline.triage import load_default_triager

    triager = load_default_triager()
    for text in ("the engineer did a great job", "your delivery guy was really friendly today"):
        assert not triager.triage(text).needs_human, text
    # sarcasm, and praise next to a problem, stay complaints
    for text in (
        "Wonderful. Absolutely wonderful. Paid extra for next-day delivery and it's now day 5.",
        "the engineer was lovely but the oven is sparking again",
        "thanks for nothing",
    ):
        assert triager.triage(text).needs_human, text


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Mein Mann kontrolliert mein Konto, er darf nichts merken", "abuse"),
        ("Mi marido me controla el dinero y tengo miedo de él", "abuse"),
        ("Je suis gravement malade et je ne peux pas sortir", "illness"),
        ("Sono ricoverata in ospedale da una settimana", "illness"),
        ("Perdi o meu emprego e não consigo pagar este mês", "financial_hardship"),
        ("Ik ben mijn baan kwijt en kan de rekening niet betalen", "financial_hardship"),
        ("Straciłem pracę i nie mam z czego zapłacić", "financial_hardship"),
        ("Ik ben slechtziend en kan de website niet gebruiken", "disability"),
        ("Estoy en silla de ruedas y no puedo subir las cajas", "disability"),
        ("Alguém entrou na minha conta e mudou o e-mail. Não fui eu!", "crisis.fraud_or_lost_card"),
        ("Die App funktioniert seit gestern überhaupt nicht mehr", "crisis.outage"),
        ("Ya no quiero seguir viviendo", "self_harm"),
        ("Às vezes penso que seria melhor não estar cá", "self_harm"),
        ("Qualcuno può chiamarmi per favore?", "wants_human"),
    ],
)
def test_vulnerabilities_in_other_languages(text, label):
    rep = analyse(text)
    assert rep.language != "en"
    assert any(r.detector == "multilingual" and r.label == label for r in rep.reasons), rep.reasons
    assert needs_human(rep)


@pytest.mark.parametrize(
    "text",
    [
        "¿Tenéis opciones sin gluten para la caja familiar?",
        "Kann ich meine Lieferung auf Donnerstag verschieben?",
        "Est-ce que je peux ajouter un dessert à ma box?",
        "Posso cambiare il giorno di consegna?",
        "Vocês têm opções vegetarianas no plano para duas pessoas?",
        "Kan ik mijn bezorgdag wijzigen naar vrijdag?",
        "Czy mogę dodać deser do zamówienia?",
    ],
)
def test_routine_questions_in_other_languages_are_not_escalated(text):
    assert not needs_human(analyse(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # blind set v10 misses (read), each with a routine neighbour
        ("i've been skipping my own meals so the kids get the box, can it be cheaper?", True),
        ("can I skip meals on the weekend plan?", False),
        ("The consultant wasn't good news and I won't feel like cooking for a while", True),
        ("struggling to get up from the chair since the fall, can I get smaller pouches?", True),
        ("you sent the box to the old flat even though I changed my address", True),
        ("Thanks for ruining date night, the recipe took an hour longer than it said", True),
        ("why is this stupid app so hard to use, 40 minutes trying to change my address", True),
        ("can't log in, the password reset email never arrives", True),
        ("my complaint from last week was resolved, thanks Sarah! Does the refund go to my card?", False),
        ("I want to make a formal complaint about how my warranty claim was handled", True),
        ("Last year you sorted a double charge for me quickly, so thanks again. Can I add a card?", False),
        ("What's your policy if a box gets stolen from the doorstep? Not happened, just wondering", False),
        ("What hours is your emergency boiler line open? Just want it saved in my phone", False),
        ("Mein Wartungsvertrag läuft Ende des Monats aus, ich würde gern verlängern", True),
        ("Le four fait sauter le disjoncteur et il y a une odeur de brûlé", True),
        ("Roubaram o meu telemóvel ontem e o cartão estava guardado na app", True),
    ],
)
def test_blind_v10_fixes(text, expected):
    assert needs_human(analyse(text)) is expected, analyse(text).reasons


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # false escalations of the read sets at the end of session 5, each with a neighbour that escalates
        ("Does the travel insurance cover hospital treatment if I get food poisoning abroad?", False),
        ("Does the warranty cover this? the plug gets hot when the dishwasher runs", True),
        ("Nearly had a heart attack when I saw the bill, then realised it's the annual plan", False),
        ("I nearly had a heart attack last night and I'm in hospital", True),
        ("My kids will riot if the box is late lol, what day is it coming?", False),
        ("we got flooded with compliments thanks to your beef wellington box", False),
        ("App crashed once yesterday but it's fine now. Where do I find my invoices?", False),
        ("App crashed again today, where is my order?", True),
        ("Thanks for sorting the billing mix-up last week, refund landed this morning", False),
        ("Thanks for sorting the double charge, but I've been charged twice again this week", True),
        ("Our last supplier double-billed us constantly, how do I set up online access?", False),
        ("our last supplier double-billed us and now you've charged me twice too", True),
        ("what does the emergency credit button on the prepay meter do?", False),
        ("I found my lost card down the back of the sofa. Can I keep using it?", False),
        ("I found my lost card but someone already used it for two orders", True),
        ("Can I gift a box to a friend who's recovering from surgery?", False),
        ("the home insurance renewal asked for the service history of the washer", False),
        ("Do you offer a discount for NHS staff?", False),
        ("sorry for the rant last week!! the replacement fridge is amazing, you've won me back", False),
    ],
)
def test_end_of_session_5_fixes(text, expected):
    assert needs_human(analyse(text, sentiment=0.5)) is expected, analyse(text, sentiment=0.5).reasons


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # blind set v12 and development round 11 (session 6): the kinds of miss and false escalation they
        # showed, in other words than theirs, each with a neighbour that must go the other way
        # shouting where something is; a calm question stays routine
        ("WHERE IS MY WASHING MACHINE", True),
        ("where is the washing machine manual, the paper one?", False),
        ("SO WHERE EXACTLY IS MY REFUND", True),
        # a public-review threat, a curt demand, asking again and again, sarcastic despair
        ("Right, I'm posting reviews everywhere I can find.", True),
        ("refund me. now.", True),
        ("just reverse the charge. immediately.", True),
        ("I've asked you three times now to change my delivery day", True),
        ("should we just go hungry this weekend then?", True),
        # a price rise without warning; a calm question about prices stays routine
        ("my bill went up by £12 with no warning at all", True),
        ("will prices go up next year? just budgeting", False),
        # a person who speaks the customer's language
        ("Is there an Urdu speaking advisor? My dad's English is not good", True),
        # named illness, a relative growing confused, money tight since a divorce
        ("My husband has motor neurone disease and can't swallow solids any more", True),
        ("Mum's getting more and more forgetful, could the driver hand the box to her?", True),
        ("money's really tight since the divorce, can I pause for a month?", True),
        # over, hypothetical, a fee question, a fond memory, a joke: routine
        ("all fixed now, the double charge was refunded this morning, thanks!", False),
        ("If my fridge stopped working on a Sunday, would an engineer come out?", False),
        ("is there a fee if I move my engineer visit with less than a day's notice?", False),
        ("Why is there a charge for an annual plan on my card? I'm on monthly.", True),
        ("this lasagne is exactly how my late grandad used to make it, can I have it again?", False),
        ("my wife passed away last month and she always made the lasagne, I can't face it", True),
        ("broke till payday lol, just the cookies this week please", False),
        ("smoke alarm went off but that was just me burning the toast, any tips?", False),
        ("Is the smell from a brand new oven on first use normal? manual mentions burn-off", False),
        ("my card was stolen in July but I've put the new one on and payments went through fine", False),
        ("how would I cancel if I ever needed to? not planning to", False),
        ("Do you price match if I find a fridge cheaper somewhere? just wondering", False),
        ("Currys have the same fridge £90 cheaper, do you price match?", True),
        # in other languages
        ("Perdi o meu cartão e vejo compras que não fiz", True),
        ("Le technicien devait venir ce matin, personne n'est venu", True),
        ("Es riecht in der Küche nach Gas seit gestern", True),
    ],
)
def test_blind_v12_kinds(text, expected):
    assert needs_human(analyse(text)) is expected, analyse(text).reasons


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # blind set v13 (session 6, read after two clean measurements): its kinds of error, in other words
        ("who can we talk to about a bulk rate for our four holiday lets?", True),
        ("The fridge door gave me a little zap when I touched the handle", True),
        ("Cut my finger open on the mandoline, needed three stitches", True),
        ("the courier backed into our gate this morning and just drove off", True),
        ("I want it on record that nobody has answered my three emails", True),
        ("APP NOT WORKING AGAIN. third day", True),
        ("my wife used to do all the cooking, she passed in March and I can't work the app", True),
        ("Mio padre è venuto a mancare e aveva un abbonamento con voi", True),
        ("Ich kann mich weder in der App noch online anmelden, bitte dringend helfen", True),
        ("Kurier nie dostarczył paczki i nikt się ze mną nie kontaktował", True),
        ("Can you deliver before 7am? I leave for work at half six", False),
        (
            "the engineer who came on Tuesday fixed the gas smell straight away, all fine now, thank you",
            False,
        ),
        ("thanks so much for sorting the late box, the replacement came this morning", False),
        (
            "app froze once this morning but it's working fine now. How do I add a recipe to favourites?",
            False,
        ),
        ("the dog licked the ice pack, is the gel toxic? he's fine, just wondering", False),
        ("If my oven stops working over Easter, does the plan cover a weekend visit?", False),
        ("Heart attack on a plate, that burger. Loved it", False),
        ("Your brownies are criminal. Should be illegal.", False),
        (
            "My sister had a bad experience with another company's engineer years ago, are yours Gas Safe?",
            False,
        ),
        ("Do you sell carbon monoxide alarms?", False),
        ("zero complaints this week, well done team", False),
        (
            "Last month I was double charged but your team refunded it within a"
            " day. Can I change my payment date?",
            False,
        ),
        ("The box was a bit late today but no bother, I was in anyway", False),
    ],
)
def test_blind_v13_kinds(text, expected):
    assert needs_human(analyse(text)) is expected, analyse(text).reasons


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a new question after "it's fine now" in the same sentence is not a doubt about it ...
        ("app froze this morning but it's working fine now, how do I add a recipe to favourites?", False),
        ("My card was blocked but it's sorted now, can I also add a second card?", False),
        # ... a question about the fix itself is
        ("the app crashed, is it all working now?", True),
        ("My card was cloned, is it sorted now, can you check?", True),
    ],
)
def test_a_new_question_after_a_fix_is_not_a_doubt(text, expected):
    # the context rule's reading: the second look, trained on other writers' labels, finds "the app crashed,
    # is it all working now?" routine at about its threshold (0.95 in session 10: a status question a bot
    # can answer), and has gone either side of it from one retrain to the next
    with second_look.switched_off():
        assert needs_human(analyse(text)) is expected, analyse(text).reasons


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # blind set v14 (session 6, read after its measurements): its kinds of error, in other words
        ("Boiler gauge is in the red and the pipes are banging like they're about to burst", True),
        ("Right, that's it, I'm done. Cancel my account.", True),
        ("FOR THE LAST TIME, NO MUSHROOMS", True),
        ("😤 still waiting", True),
        ("honestly what is the point of this chatbot", True),
        ("the driver chucked my box over the fence and the eggs smashed", True),
        ("if I have to explain this again I will scream", True),
        ("Please send your formal complaints procedure and a deadlock letter if you can't sort this", True),
        ("Can I have the recipe for the fish pie again? Lost the card.", False),
        ("What's your complaints procedure? Just curious, no complaint here.", False),
        ("Does the combi boiler have a built-in carbon monoxide alarm?", False),
        ("Is the satay made somewhere that handles nuts? Asking for a guest", False),
        ("When does my boiler cover renew? Want to put it in the calendar.", False),
        ("Is there a discount for paying annually?", False),
        ("Off travelling for two months, should I pause or cancel? Definitely coming back after.", False),
        ("The smoke alarm goes off whenever I roast peppers, any tips for less smoke?", False),
        ("Engineer said the boiler's on its last legs but it's still going strong, what's a new one?", False),
        ("Thanks for the quick refund on the dented box, all good", False),
        ("My old kettle died a death, RIP 😂 is the new one on the plan?", False),
    ],
)
def test_blind_v14_kinds(text, expected):
    assert needs_human(analyse(text)) is expected, analyse(text).reasons


def test_a_condition_mentioned_in_praise_of_staff_is_thanks_not_a_need():
    from warmline.triage import load_default_triager

    triager = load_default_triager()
    thanks = "Huge thanks to Sam the engineer, so patient with my dad who has dementia. Please pass it on."
    assert not triager.triage(thanks).needs_human
    # without the emotion model's positive sentiment, or with something asked for, it is a need
    assert needs_human(analyse(thanks))
    for text in (
        "My dad has dementia and keeps ordering boxes, please pass this on to someone who can stop it",
        "Please pass it on: my mum has dementia, can the driver always knock?",
    ):
        assert triager.triage(text).needs_human, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # blind set v16 (session 7, read after its measurement): its kinds of error, in other words
        ("Sat on hold for 35 minutes and then the line went dead, so here I am", True),
        ("Please treat this as a letter before claim about invoice 4471.", True),
        ("I'm cancelling. Your cancel page is a maze.", True),
        ("I'm cancelling next week's box, we're away", False),
        ("Box for one from now on please. It's just me now.", True),
        ("my housemate moved out so it's just me now, can I switch to the single plan?", False),
        ("You marked my case as resolved again. It is not resolved.", True),
        ("Is it resolved yet? Just checking", False),
        ("the label says organic and it plainly isn't. I'm not an idiot.", True),
        ("Is there a business rate for a small restaurant buying three ovens?", True),
        ("Charged me in euros and my bank added a foreign transaction fee, I live in Leeds", True),
        ("Please put in writing what I was promised about the fridge delivery date", True),
        ("I suppose it's my fault for expecting the engineer to turn up", True),
        ("card declined three times at checkout and my bank says nothing's wrong on their end", True),
        ("I'd sue you for making me addicted to your brownies if I could 😂", False),
        ("I'm a lawyer and want a gift box for my team, do you do those?", False),
        ("I'm a lawyer and I will be taking this further", True),
        (
            "Is there an accessible version of the app for older users? Thinking of it "
            "as a gift for my grandad",
            False,
        ),
        ("I want to make a complaint... about how delicious the cheesecake was 😄", False),
        ("The curry was so spicy I thought I was going to die 😂 more please", False),
        (
            "My sister's parcel never arrived with another company, does that happen with you? Just curious",
            False,
        ),
        (
            "Box was late but it arrived in the afternoon, still chilled, so all good! "
            "Can I move to Fridays?",
            False,
        ),
        ("My nephew has a school project on card fraud, what do you do to keep cards safe?", False),
        ("My grandad passed a few years back and left me his old range cooker, can you service it?", False),
        ("My grandad passed away last week and the account is in his name", True),
    ],
)
def test_blind_v16_kinds(text, expected):
    assert needs_human(analyse(text)) is expected, analyse(text).reasons


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # blind set v18 (session 7, read after its measurement): its kinds of error, in other words
        (
            "please make sure my dog is looked after. tell my brother the passwords are "
            "in the desk. thanks for everything",
            True,
        ),
        ("I can't face cooking for one yet, please leave the box at two portions", True),
        ("My wife always ordered the boxes. She's not here anymore and I don't know her login.", True),
        ("Paid for express shipping, got it a fortnight later. Ha. Ha.", True),
        ("The bill says 4 hours labour but he was only here half an hour", True),
        ("Could we discuss contract terms for our office of 40 people?", True),
        ("ffs", True),
        ("ok", False),
        ("Is there actual wine in the coq au vin kit?", False),
        ("Is there an actual person I can talk to?", True),
        ("My dad nearly died laughing at the pun on the recipe card 😂", False),
        ("This service is a joke", True),
        ("Getting over a cold, which soups are on the menu this week?", False),
        (
            "If I ever lost my job could I pause deliveries? Not planning on it, just reading the terms.",
            False,
        ),
        ("I lost my job last week and can't afford the boxes", True),
        ("where can I find my account number", False),
        ("What does it mean to scorch the onions in step 3?", False),
        ("Is there a large-print option for the recipe cards? My nan finds the small text hard", False),
        ("Read in the paper that some retailer got hacked, do you keep full card numbers?", False),
        ("I'm a nurse in A&E on nights, can deliveries come after 8?", False),
        ("How does the fraud protection on your store card work? Just got approved.", False),
        (
            "Got a phishing email pretending to be you, where do I forward it? I haven't clicked anything.",
            False,
        ),
        ("Got a phishing email pretending to be you and I clicked the link and typed my card number", True),
        ("The smoke alarm goes off whenever I fry bacon, tips?", False),
        ("The app was down last night but it's fine now, just checking my order went through?", False),
        (
            "What's the procedure if a guest has an allergic reaction? Writing a risk "
            "assessment, nothing has happened.",
            False,
        ),
        ("My partner would like to use the account too, can we share it?", False),
        ("Does the plan auto-renew? Just want to put a reminder in the diary.", False),
        ("Not that there's a problem, but which gas emergency number should I keep on the fridge?", False),
        (
            "If a courier doesn't turn up, what compensation do you offer? Asking "
            "because a friend had it happen elsewhere.",
            False,
        ),
        ("My gran passed down her old roasting tin, will it work in your oven?", False),
        ("Our kids are on fire with the burrito kits lately 🔥 can we go up to 5 portions?", False),
        ("What's the ombudsman bit at the bottom of your emails for?", False),
    ],
)
def test_blind_v18_kinds(text, expected):
    assert needs_human(analyse(text)) is expected, analyse(text).reasons


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # (blind sets v16 and v18, read) more phrasings in the other languages
        ("Me cobraron dos veces el pedido de ayer. Que alguien me llame, por favor.", "crisis.billing_error"),
        ("Me cobraron dos veces el pedido de ayer. Que alguien me llame, por favor.", "wants_human"),
        ("Vorrei annullare l'abbonamento, grazie.", "high_stakes.cancellation"),
        ("Le réparateur est passé et c'est pire qu'avant. Je veux une explication.", "complaint"),
        ("Kunnen we iets afspreken over de prijs? Anders stop ik.", "high_stakes.negotiation"),
        ("Sono due settimane che scrivo e nessuno mi risponde.", "complaint"),
        # (blind sets v19 and v20, read)
        ("La caja llegó toda rota y los huevos rotos.", "complaint"),
        ("Das Paket mit den Zutaten kam heute völlig kaputt bei uns an, alles ist nass.", "complaint"),
        ("Il tecnico non si è presentato stamattina.", "crisis.missed_delivery"),
        ("Soy cliente desde hace años, ¿qué me pueden ofrecer para quedarme?", "high_stakes.negotiation"),
        ("Ik ben mijn baan kwijtgeraakt en kan de rekening deze maand niet betalen.", "financial_hardship"),
        ("Już trzeci raz piszę w tej sprawie. Proszę o kontakt telefoniczny.", "wants_human"),
        ("C'est la quatrième fois que je vous écris pour le même problème.", "complaint"),
    ],
)
def test_more_moments_in_other_languages(text, label):
    report = analyse(text)
    assert label in {"wants_human" if report.wants_human else "", *report.moments, *report.vulnerability}, (
        report
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # blind set v19 (session 7, read after its measurements): its kinds of error, in other words
        (
            "I won't be around for the next box. Just wanted to say thank you, your "
            "drivers were always kind.",
            True,
        ),
        pytest.param(
            "I won't be around for the next box, I'm on holiday, can you skip it? Thanks!",
            False,
            # session 11's learned self-harm head reads it at 0.86; the holiday idiom overrides the head only
            # below 0.8, and stays so: five true self-harm messages of the blind sets also match that idiom
            marks=pytest.mark.xfail(strict=True, reason="session-11 self-harm head, idiom capped for safety"),
        ),
        ("Giving away all my stuff this week, so please stop the plan. I won't need it.", True),
        ("Moving abroad and giving away my stuff, can I cancel the fridge cover?", True),
        ("Thanks for the 'generous' portion of salmon. I could see through it.", True),
        ("Is the 'premium' box worth it for two people?", False),
        ("Take me off everything. All of it.", True),
        ("Please take me off the marketing emails", False),
        ("Can I cancel the finance on the dishwasher? It's only a week old and too noisy.", True),
        ("I'm pregnant and the chicken was pink in the middle. Ate it anyway. Should I be worried?", True),
        ("I'm pregnant, which recipes avoid runny eggs and rare meat?", False),
        (
            "My elderly neighbour hasn't taken her deliveries in for days and they're piling up at her door",
            True,
        ),
        ("That 'explosion of flavour' curry was exactly that, which paste was it?", False),
        ("How do I flambé the bananas safely on a gas hob?", False),
        ("There was a fire drill at work so I missed the engineer, can I rebook?", False),
        ("My mum passed me her old cookbook, do you still sell the casserole kit?", False),
        ("My sister said her parcel was late once, is that common? Mine's always been on time.", False),
        ("My steak always ends up burnt on the outside and raw in the middle 😂 any tips?", False),
        ("How should I store the raw chicken from the box?", False),
        (
            "Had a gas leak scare last year with the old boiler. Now I've got yours, "
            "how often is it serviced?",
            False,
        ),
        (
            "Doing estate planning with my solicitor, what happens to the plan if the account holder dies?",
            False,
        ),
        (
            "Is there a fee to move from annual to monthly at renewal? No rush, "
            "renewal's not till next year.",
            False,
        ),
        ("I'm a paramedic and see loads of burns cases, which oven gloves do you sell?", False),
    ],
)
def test_blind_v19_kinds(text, expected):
    assert needs_human(analyse(text)) is expected, analyse(text).reasons


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # blind set v20 (session 7, read after its measurement): its kinds of error, in other words
        ("How does auto-renewal work? I'd like a reminder in my calendar.", False),
        ("My neighbour's oven caught fire last month, so what does your appliance cover include?", False),
        ("My oven caught fire last night and the door is black", True),
        ("complaint: the portions are too generous (joking, it was lovely). Can I add a pudding?", False),
        ("How hot does the hob glass get? Thinking of the toddler before we buy.", False),
        ("Tried to put the foil tray in the microwave, no harm done, but are the trays oven safe?", False),
        ("The 'Zombie Chilli' had me scared to open the box 😅 what rice goes with it?", False),
        ("I'm scared to open the door when he gets home", True),
        ("Had food poisoning from a dodgy kebab (not you!) so please pause the next delivery", False),
        ("My friend got a voucher when her box was late, is that your policy?", False),
        ("My friend got a voucher when her box was late, and mine hasn't come at all today", True),
        ("Is it true you give money off if the driver is late? Just curious.", False),
        ("My brother's a solicitor and says your terms look fine, can I buy him a gift card?", False),
        ("Privacy nerd here: what happens to my data if I ever close my account?", False),
        ("The double charge from March got sorted really quickly, thanks. Can I add garlic bread?", False),
        ("There's a £899 payment for the washer I sent back in February, the courier took it away", True),
    ],
)
def test_blind_v20_kinds(text, expected):
    assert needs_human(analyse(text)) is expected, analyse(text).reasons


def test_dying_of_laughter_in_other_languages_is_not_a_loss():
    report = analyse("Meu marido quase morreu de rir com a receita de panqueca 😂 têm mais receitas?")
    assert "bereavement" not in report.vulnerability, report


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # blind set v22 (session 7, read after its measurements): its kinds of error, in other words
        ("My late gran's famous stew recipe is so similar to yours! Can I send you family recipes?", False),
        ("My late gran's account is still being charged every week, can someone help?", True),
        ("Could my husband get his own login on our account?", False),
        ("Is there a child lock on the oven? My twins are at the age where everything's a hazard", False),
        (
            "Your emergency team were brilliant in the snow. Does the plan still include emergency callouts?",
            False,
        ),
        ("Gas smell in the kitchen, is this an emergency?", True),
        ("If we drop the hob glass by accident, is that covered under the plan?", False),
        ("My son has a homework project on food poisoning, how do you keep the fish cold in transit?", False),
        ("RIP to my bank balance, the desserts are too good", False),
        (
            "Saw some reviews where people said they were charged twice, is that fixed? I'm about to sign up",
            False,
        ),
        ("The trial was meant to be free but you've been charging my card every week", True),
        ("The app froze once but it's been fine since the update. Is there a dark mode?", False),
        ("Had a double charge back in March, refunded the same day. How do I download invoices?", False),
        ("I'll do a charge back with my bank if this isn't refunded", True),
        ("The 'vegan' curry came with cream in the sauce. I've been vegan for ten years.", True),
        ("Which oil won't fill the flat with smoke when I sear the tuna?", False),
        ("Can the courier leave the box in the safe place by the shed?", False),
        ("Do you have a free trial, and is it easy to cancel afterwards?", False),
        (
            "Is there a way to freeze my card in the app? I lose my purse in the house "
            "a lot, asking for next time",
            False,
        ),
        ("you're not reading my messages. please read my message again", True),
    ],
)
def test_blind_v22_kinds(text, expected):
    assert needs_human(analyse(text)) is expected, analyse(text).reasons


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # blind set v24 (session 7, read after its measurements): its kinds of error, in other words
        ("Please make sure my brother gets the dishwasher after I'm gone.", True),
        ("When I'm gone for the week, can you hold the deliveries?", False),
        ("Four emails and two calls, zero replies. Great job.", True),
        ("There's a late payment fee on my account even though I paid on the due date", True),
        ("I keep getting emails about orders being sent to an address in Bristol I've never lived at", True),
        ("it just loops me back to the start every time I pick an option", True),
        ("Can I pay the repair bill in bits? I only get £120 a week", True),
        ("Lovely. Tonight's 'family' lasagne fed two of us, not four. Thanks a lot.", True),
        ("Our scout group wants 40 boxes for a fundraiser. Is there a group rate?", True),
        ("I'm a paramedic and see burns cases all the time, are your oven gloves heat-proof to 250?", False),
        (
            "My son had a bad reaction to peanuts a while back so I always check, does the satay have nuts?",
            False,
        ),
        ("The recipe says to flambé it, am I going to set the kitchen on fire? 😂", False),
        ("The pan set the kitchen on fire!", True),
        ("Your driver is absolutely killing it, always on time, please pass on my thanks", False),
        ("The solicitor in our family loves your boxes, can I buy her a gift card?", False),
        (
            "I'd hate to be one of those people who complains about everything, but "
            "when is the winter menu out?",
            False,
        ),
        ("Is my data safe with you? Saw a story about a breach elsewhere.", False),
        ("What happens to my box if I'm ill? Not now, just asking for the future.", False),
        ("I'm ill and can't get to the door, please can someone help", True),
        ("Someone in my street got scammed by a fake text. How do I know a message is from you?", False),
        ("Keep the receipts in case you end up in court, my mum says 😄 do I get a paper warranty?", False),
        ("how do I reduce the smoke when roasting peppers at 230?", False),
        ("The app crashed after the update but a reinstall fixed it. Is there a widget yet?", False),
        (
            "My mum died a few years ago and sorting her subscriptions was a nightmare, "
            "so can I add my son to my account?",
            False,
        ),
        ("My mum died last month and I can't get into her account", True),
        ("There's a fire in my belly for your chilli, can I get it weekly?", False),
    ],
)
def test_blind_v24_kinds(text, expected):
    assert needs_human(analyse(text)) is expected, analyse(text).reasons


def test_more_moments_in_german():
    report = analyse(
        "Der Monteur ist schon wieder nicht gekommen, das ist das dritte Mal. Ich will mein Geld zurück."
    )
    assert {"crisis.missed_delivery", "complaint"} <= set(report.moments), report


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # blind set v26 (session 7, read after its measurements): its kinds of error, in other words
        ("please take the carving knives back, it's not safe having them near me at the moment", True),
        (
            "stop the boxes after this week. I've put my affairs in order. thank you "
            "for everything, always kind",
            True,
        ),
        ("First Christmas without him and your advert keeps showing his favourite pudding", True),
        ("The app keeps showing her usual order and I can't bear to look at it", True),
        ("Don't send anything to the joint email any more, and please don't ask why", True),
        ("Bit embarrassing, my card was declined again and I don't know when I can pay", True),
        ("I asked about my DELIVERY. not about recipes.", True),
        ("Could you waive the call-out fee, since it was your part that failed?", True),
        ("useless. useless. USELESS.", True),
        ("The 'easy' dessert took two hours and three bowls. Marvellous evening, thanks.", True),
        ("The fridge came with a big scratch on the door. What discount can you give if I keep it?", True),
        ("A charge of £400 at some shop in Bristol on my card, I didn't make it", True),
        (
            "Thought we'd been hacked but it was only my daughter on her tablet, how do "
            "I sign out other devices?",
            False,
        ),
        ("Do you do a discount for people on universal credit? Asking for a neighbour", False),
        ("How does the flame grill mode work on the new oven?", False),
        (
            "Engineer fixed the sparking plug last week, turned out to be our wiring. Please close the case.",
            False,
        ),
        ("The burning smell turned out to be next door's bonfire. Can I book a routine service?", False),
        ("Which ombudsman are you signed up to? It's for a college project on consumer law", False),
        ("The fraud text was about another shop, nothing to do with you. Is my card still active?", False),
        ("My grandad wants his paperwork in order, what's the process when an account holder dies?", False),
        ("Last delivery was late because of the floods, totally understand. Is this week's on track?", False),
        ("Just renewed, happy to! Do I get the loyalty badge now?", False),
        ("A friend got ill from a different meal kit firm. How do you keep the fish cold?", False),
        (
            "Can I add someone to my account in case I'm ever in hospital? Nothing wrong, just organised.",
            False,
        ),
        ("If a driver ever doesn't turn up, do I get compensation? Just wondering", False),
        ("Made a complaint about a missing sauce in May, you sorted it straight away, thanks!", False),
        (
            "The double charge was refunded, all sorted, thanks. Is next month's payment the usual amount?",
            False,
        ),
    ],
)
def test_blind_v26_kinds(text, expected):
    assert needs_human(analyse(text)) is expected, analyse(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        # "some ... shop" is where a fraudulent payment went, not a story from elsewhere
        "There's a £300 payment to some electronics shop on my card. Never shopped there.",
        # a neighbour's report about our side is not someone else's story
        "My neighbour says the gas engineer who came round to her flat could smell gas from our side",
    ],
)
def test_reports_through_a_shop_or_a_neighbour_still_escalate(text):
    assert needs_human(analyse(text)), analyse(text).reasons
