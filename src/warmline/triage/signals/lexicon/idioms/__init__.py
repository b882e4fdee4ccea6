"""Idioms: a signal's words used for something else ("killing it", "died laughing", "on fire with the taco
kits"), one module per family of labels as in `lexicon/`, with the fragments they share in `shared`.

A pattern hit is dropped when its label's idiom matches around it: from `IDIOM_LOOK_BACK` characters before
the hit (25 unless given) to 60 after. `SELF_HARM_IDIOM` is used for the learned self-harm head only."""

from __future__ import annotations

import re

from warmline.triage.signals.lexicon.idioms import crisis, moments, requests, vulnerability
from warmline.triage.signals.lexicon.idioms.vulnerability import SELF_HARM_IDIOM

__all__ = ["IDIOMS", "IDIOM_LOOK_BACK", "SELF_HARM_IDIOM"]

#: how far before a hit its label's idiom may start (characters); 25 unless said here. (Session 11) 60 for
#: three vulnerabilities, so that "I manage the laundry contract for a local hospice" reaches back to "I
#: manage"; not for disability, whose carer idiom would then reach past a diagnosis to "I'm a carer"
IDIOM_LOOK_BACK = {
    "high_stakes.renewal": 60,
    "abuse": 60,
    "bereavement": 60,
}

# Labels whose patterns would over-fire on these idioms are suppressed by them.
IDIOMS: dict[str, re.Pattern[str]] = {
    **requests.IDIOMS,
    **crisis.IDIOMS,
    **moments.IDIOMS,
    **vulnerability.IDIOMS,
}
