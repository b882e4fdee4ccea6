"""Generate synthetic conversations for the policy simulator (JSONL, one conversation per line).

    python tools/generate_policy_conversations.py --n 1000 --seed 7 \
        > tests/policy/data/conversations_1000.jsonl

Each customer message carries what automation did with it (`automation: {handled, progress,
clarify_question}`), so the simulator and a replay through the live pipeline see the same automation.
Messages are written for the demo company (Hearthbox: meal boxes and kitchen appliances).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from typing import Any

ROUTINE = [
    "How do I skip next week's box? I'm away on holiday.",
    "What day is my delivery this week?",
    "Can I change my delivery address for the next box?",
    "How do I pause my subscription for a month?",
    "Which payment methods do you accept?",
    "How do I reset my password?",
    "Can I add an extra dessert to my next box?",
    "Where can I find the recipe cards for this week?",
    "How do I book a service appointment for my oven?",
    "Do you deliver on Saturdays?",
]
UNCLEAR = [
    "hmm the thing with the box",
    "question about my account",
    "it's not working",
    "help with settings",
]
FOLLOW_UP_OK = [
    "Thanks, that's what I needed!",
    "Great, and can I also change the delivery day?",
    "ok thanks",
]
NOT_HELPFUL = ["No, that didn't help.", "That's not what I asked.", "no"]
ASK_PERSON = ["I want to talk to a real person", "Can I speak to a human please?", "Talk to a person"]
CRISIS = [
    "I was charged twice for my last order #48213, please fix this.",
    "My box didn't arrive again and it was for my daughter's birthday dinner tonight. I'm really upset.",
    "The oven has been showing error E4 since this morning and won't heat up at all.",
    "Someone used my card on your site, I didn't make this order!",
]
VULNERABLE = [
    "My husband passed away last week and I need to cancel his account.",
    "I lost my job and I can't afford this month's payment.",
    "I'm in hospital at the moment and can't take deliveries.",
]
SELF_HARM = ["Honestly I don't want to live anymore, everything is falling apart."]
HIGH_STAKES = [
    "I want to cancel my subscription.",
    "My contract is up for renewal next month and I'm not sure I'll stay.",
    "I'm going to take legal action about this.",
]
COMPLAINT = [
    "This is the third time this has happened, really poor service.",
    "I'm very disappointed with the quality of the last box.",
]
OTHER_LANGUAGE = [
    "Hola, mi caja no ha llegado todavía, ¿qué puedo hacer?",
    "Bonjour, je voudrais changer mon adresse de livraison s'il vous plaît.",
    "Hallo, ich möchte mein Abo pausieren, wie geht das?",
]
ONBOARDING = ["I just signed up, how do I set up my first delivery?"]
PLANS = [("Solo", 60, 400), ("Duo", 250, 1500), ("Family", 500, 2500), ("Family Premium", 1500, 6000)]


def _auto(rng: random.Random, kind: str) -> dict[str, Any]:
    if kind == "routine":
        roll = rng.random()
        if roll < 0.8:
            return {"handled": True, "progress": True}
        if roll < 0.9:
            return {
                "handled": False,
                "progress": False,
                "clarify_question": "Is this about your next box or your subscription?",
            }
        return {"handled": False, "progress": False}
    if kind == "unclear":
        return {
            "handled": False,
            "progress": False,
            "clarify_question": "Could you tell me which order or appliance this is about?",
        }
    if kind == "not_helpful":
        return {"handled": True, "progress": False}
    if kind == "ok":
        return {"handled": True, "progress": True}
    return {"handled": rng.random() < 0.3, "progress": rng.random() < 0.3}


def conversation(rng: random.Random, index: int) -> dict[str, Any]:
    plan, low, high = rng.choice(PLANS)
    tenure = rng.choice([0, 0, 1, 3, 8, 14, 30, 48])
    attributes: dict[str, Any] = {
        "plan": plan,
        "lifetime_value": rng.randint(low, high),
        "tenure_months": tenure,
        "new_this_month": tenure == 0,
    }
    story = rng.choices(
        [
            "routine",
            "routine_then_fail",
            "unclear",
            "explicit",
            "crisis",
            "vulnerable",
            "self_harm",
            "high_stakes",
            "complaint",
            "other_language",
            "onboarding",
            "routine_then_person",
        ],
        weights=[34, 10, 8, 8, 10, 5, 1, 6, 7, 5, 3, 3],
    )[0]
    messages: list[tuple[str, str]] = []
    if story == "routine":
        messages = [(rng.choice(ROUTINE), "routine")]
        if rng.random() < 0.5:
            messages.append((rng.choice(FOLLOW_UP_OK), "ok"))
    elif story == "routine_then_fail":
        messages = [
            (rng.choice(ROUTINE), "routine"),
            (rng.choice(NOT_HELPFUL), "not_helpful"),
            (rng.choice(NOT_HELPFUL), "not_helpful"),
        ]
    elif story == "unclear":
        messages = [
            (rng.choice(UNCLEAR), "unclear"),
            (rng.choice(UNCLEAR), "unclear"),
            (rng.choice(UNCLEAR), "unclear"),
        ]
    elif story == "explicit":
        messages = [(rng.choice(ASK_PERSON), "other"), ("Hello? Anyone there?", "other")]
    elif story == "crisis":
        messages = [(rng.choice(CRISIS), "other")]
    elif story == "vulnerable":
        messages = [(rng.choice(VULNERABLE), "other")]
    elif story == "self_harm":
        messages = [(rng.choice(SELF_HARM), "other")]
    elif story == "high_stakes":
        messages = [(rng.choice(HIGH_STAKES), "other")]
    elif story == "complaint":
        messages = [(rng.choice(COMPLAINT), "other"), (rng.choice(NOT_HELPFUL), "not_helpful")]
    elif story == "other_language":
        messages = [(rng.choice(OTHER_LANGUAGE), "other")]
    elif story == "onboarding":
        messages = [(rng.choice(ONBOARDING), "routine")]
    else:
        messages = [(rng.choice(ROUTINE), "routine"), ("Talk to a person", "other")]
    return {
        "id": f"sim-{index:04d}",
        "story": story,
        "channel": rng.choice(["widget", "widget", "api", "email", "sms"]),
        "within_business_hours": rng.random() < 0.8,
        "customer": {"attributes": attributes},
        "messages": [{"text": text, "automation": _auto(rng, kind)} for text, kind in messages],
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    for i in range(args.n):
        sys.stdout.write(json.dumps(conversation(rng, i), ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
