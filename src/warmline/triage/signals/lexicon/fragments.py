# ruff: noqa: E501  (one regular expression per line reads better than split strings)
"""Regular-expression fragments the pattern lists and the idioms share (people, kin, deliverables ...)."""

from __future__ import annotations

PERSON = (
    r"(?:real|live|actual|proper|human|normal)?\s*"
    r"(?:person|persons|human|humans|humam|huamn|hooman|people|agent|agents|someone|somebody|some\s*one|"
    r"operator|representative|rep|advisor|adviser|manager|supervisor|team\s*member|staff\s*member|"
    r"member\s+of\s+staff|colleague|employee|being)"
)
ASK = r"(?:speak|speek|spk|talk|tlk|chat|get\s+through|be\s+put\s+through|put\s+me\s+through|connect\s+me|transfer\s+me|pass\s+me)"
KIN = (
    r"(?:wife|husband|hubby|partner|mum|mom|mother|mam|mama|dad|father|papa|son|daughter|child|kid|baby|"
    r"brother|sister|grandma|grandmother|gran|nan|nana|granny|grandad|grandpa|grandfather|uncle|aunt|auntie|"
    r"cousin|friend|fiance|fiancee|boyfriend|girlfriend|parents?|mother[- ]in[- ]law|father[- ]in[- ]law|"
    r"flatmate|housemate|neighbour|neighbor|dog|cat)"
)
#: reasons to be away that make "I won't be around for the next box" a scheduling note, not a goodbye ...
AWAY = (
    r"holiday|away|travel\w*|trip|skip|pause|leave\s+it|neighbou?r|safe\s+place|porch|work\w*|appointment|weekend|"
    r"deliver\w*\s+(?:on|to|it)|reschedul\w*|rebook|another\s+day|(?:mon|tues|wednes|thurs|fri|satur|sun)day|visiting|staying"
)
#: ... unless the message says goodbye (after a phrase of not being here: no away-reason, or a goodbye)
AWAY_NOT_GOODBYE = (
    r"(?:(?![^.!?]{0,60}\b(?:" + AWAY + r")\b)|"
    r"(?=(?s:.{0,200})\b(?:thanks?\s+(?:you\s+)?for\s+everything|good\s*bye|say\s+good\s*bye|won'?t\s+need\s+(?:it|them|anything)|"
    r"for\s+good|look\s+after|always\s+(?:kind|lovely|good)|sorry\s+for\s+everything)\b))"
)
DELIVERABLE = (
    r"(?:box|boxes|delivery|deliveries|order|parcel|package|kit|meal\s*kit|food|groceries|fridge|freezer|oven|"
    r"cooker|hob|washer|washing\s+machine|dishwasher|dryer|microwave|appliance|item|items|stuff|shipment|"
    r"replacement|cake|meals)"
)
VISIT = r"(?:engineer|technician|tech|repair\s*(?:man|guy|person|team)?|fitter|installer|plumber|driver|courier|van|someone|anyone|nobody|no\s+one|no-one)"

# Fragments two labels' idioms share: someone else who is unwell (a gift for a friend recovering is not the
# customer's illness, nor a danger), and a planned hospital stay with no word of distress after it.
SOMEONE_ELSE_UNWELL = (
    r"(?:a|my|our)\s+(?:friend|neighbour|neighbor|colleague|coworker|co-worker|mate|pal)\s+who'?s\s+"
    r"(?:recovering|been\s+(?:poorly|unwell|ill)|in\s+hospital)"
)
NO_DISTRESS_AFTER = r"(?![^.!?]{0,60}\b(?:scared|worried|anxious|alone|nobody|no\s+one|struggl\w*|cope|frightened|terrified|complications?)\b)"
