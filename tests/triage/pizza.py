"""A tiny workspace for intent-training tests: a pizza shop, 3 intents x 12 examples, some out of scope."""

from __future__ import annotations

from warmline.triage.intents import OOS

PIZZA = {
    "order_pizza": [
        "I want to order a large pepperoni pizza",
        "can I get two margheritas delivered",
        "order a pizza please",
        "I'd like a veggie pizza with extra cheese",
        "one hawaiian pizza for pickup",
        "place an order for 3 pizzas",
        "can you make me a gluten free pizza",
        "I want a medium pizza with mushrooms",
        "order pizza for tonight",
        "two large pizzas and garlic bread",
        "get me a calzone and a pizza",
        "new order: pepperoni, thin crust",
    ],
    "delivery_status": [
        "where is my pizza",
        "my pizza hasn't arrived yet",
        "how long until my delivery gets here",
        "the driver is late",
        "is my order on the way",
        "when will my food arrive",
        "it's been an hour and no pizza",
        "track my delivery",
        "what's the eta on my order",
        "has the driver left yet",
        "my delivery is taking forever",
        "status of my pizza order",
    ],
    "opening_hours": [
        "what time do you open",
        "are you open on sundays",
        "when do you close tonight",
        "opening hours please",
        "are you open late on friday",
        "what are your hours",
        "do you open for lunch",
        "is the shop open now",
        "what time does the kitchen close",
        "are you open on christmas",
        "hours on saturday?",
        "until when can I order today",
    ],
}


def pizza_rows() -> list[tuple[str, str]]:
    rows = [(t, lab) for lab, texts in PIZZA.items() for t in texts]
    rows += [
        (t, OOS)
        for t in [
            "what's the weather in paris",
            "tell me a joke",
            "how tall is mount everest",
            "play some jazz music",
            "what is the capital of peru",
            "set an alarm for 7am",
        ]
    ]
    return rows
