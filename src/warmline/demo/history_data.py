"""The scripted mix of the synthetic history: segments, channels, intents and their first messages, the
replies, and the CSAT each cell should score.

Two effects are planted on purpose, so the recommendation job can be checked against a known truth:
- `PLANTED_EFFECT` (balanced x billing): automated conversations score about 2.9, people about 4.4;
- `PLANTED_NULL` (self_serve x delivery_status): automated and human conversations score the same.
Every other cell has the same CSAT whoever handles it (`_csat_mean`).
"""

from __future__ import annotations

PLANTED_EFFECT = ("balanced", "billing")
PLANTED_NULL = ("self_serve", "delivery_status")

SEGMENTS = {"self_serve": 0.45, "balanced": 0.40, "white_glove": 0.15}
CHANNELS = {"widget": 0.5, "email": 0.25, "api": 0.15, "sms": 0.10}
#: intent -> (share, chance automation handles it for self_serve/balanced, first message templates)
INTENTS: dict[str, tuple[float, float, list[str]]] = {
    "delivery_status": (
        0.20,
        0.72,
        [
            "Where is my box? It was due today.",
            "Has my delivery left the depot yet?",
            "Can you tell me when my order arrives?",
        ],
    ),
    "billing": (
        0.18,
        0.55,
        [
            "Why was I charged this amount on my card?",
            "I think my invoice is wrong this month.",
            "Can you explain the charge on my last bill?",
        ],
    ),
    "password_reset": (
        0.09,
        0.45,
        ["I can't log in, how do I reset my password?", "Password reset link not working"],
    ),
    "subscription_pause": (
        0.12,
        0.75,
        ["How do I pause my subscription for two weeks?", "Skip next week's box please"],
    ),
    "returns": (0.09, 0.65, ["How do I return a damaged item?", "I want to send back the pan I ordered."]),
    "appointments": (
        0.10,
        0.70,
        ["Can I book a technician visit for my oven?", "I need to move my appointment."],
    ),
    "product_question": (
        0.17,
        0.80,
        ["Does the Range Pro work with induction pans?", "What's in this week's menu?"],
    ),
    "cancellation": (
        0.05,
        0.0,
        ["I want to cancel my subscription.", "Please close my account, it's too expensive."],
    ),
}
BOT_REPLIES = [
    "Here is what I found in our help centre: ...",
    "Your order is on its way and due by 6pm.",
    "You can do that from Account > Subscription. Did this help?",
]
AGENT_REPLIES = [
    "Hi, I'm here and I've read everything you wrote. Let me sort this out.",
    "Thanks for your patience, I've fixed that for you now.",
]
CSAT_SD = 0.85
#: share of resolved conversations whose customer answers the survey
CSAT_RESPONSE_RATE = 0.55


def _csat_mean(segment: str, intent: str, human: bool) -> float:
    if (segment, intent) == PLANTED_EFFECT:
        return 4.4 if human else 2.9
    if (segment, intent) == PLANTED_NULL:
        return 4.0
    base = {"self_serve": 4.1, "balanced": 4.0, "white_glove": 4.2}[segment]
    return base - (0.4 if intent == "cancellation" else 0.0)
