# ruff: noqa: E501  (one regular expression per line reads better than split strings)
"""Precise, tested patterns for the signal detectors.

Each label has a list of regular expressions run on the message (case-insensitive, curly quotes folded to
straight ones without changing offsets, so that evidence is the exact words of the message). Labels in
``NEGATABLE`` ignore a match when a negation ("not", "no need", "don't", "never" ...) sits in the same clause
within a few words before it ("I'm NOT cancelling", "no need for an agent"). ``self_harm`` is never negated:
when in doubt, flag.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from warmline.triage.signals import prefilter
from warmline.triage.signals.lexicon import complaint, crisis, moments, requests, vulnerability
from warmline.triage.signals.lexicon.idioms import IDIOM_LOOK_BACK as _IDIOM_LOOK_BACK
from warmline.triage.signals.lexicon.idioms import IDIOMS as _IDIOMS

_FOLD = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u201c": '"', "\u201d": '"', "`": "'"})

#: every label's patterns, in the order of the result's vocabulary (one module per family in `lexicon/`)
PATTERNS: dict[str, list[str]] = {
    **requests.PATTERNS,
    **crisis.PATTERNS,
    **moments.PATTERNS,
    **complaint.PATTERNS,
    **vulnerability.PATTERNS,
}

__all__ = ["PATTERNS", "NEGATABLE", "Hit", "find", "fold"]

# Labels for which a preceding negation cancels the match.
NEGATABLE = {
    "wants_human",
    "high_stakes.cancellation",
    "high_stakes.legal",
    "high_stakes.negotiation",
    "complaint",
    "crisis.billing_error",
    "crisis.fraud_or_lost_card",
    "crisis.outage",
    "crisis.safety",
    "transition.relocation",
    "transition.plan_change",
    "bereavement",
    "illness",
    "financial_hardship",
    "disability",
    "abuse",
}
# Patterns whose own text is a negation that must not cancel itself ("I don't want a bot", "not happy").
_SELF_NEGATING_HINT = re.compile(
    r"^(?:no|not|n't|dont|don't|do\s+not|never|nobody|no\s+one|nothing|hardly)\b", re.I
)

_NEG = re.compile(
    r"\b(?:not|no|never|don'?t|dont|do\s+not|doesn'?t|does\s+not|didn'?t|did\s+not|won'?t|will\s+not|isn'?t|"
    r"aren'?t|wasn'?t|no\s+need|no\s+longer|without|nor|neither|hardly|instead\s+of|rather\s+than|"
    r"wouldn'?t|shouldn'?t|stop\s+asking|unless)\b",
    re.I,
)
# "I do not know how to talk to someone" is a question, not a negation of what follows.
_NOT_NEGATION = re.compile(
    r"\b(?:do\s+not|don'?t|dont|did\s+not|didn'?t)\s+know\s+(?:how|where|what|if|whether|who|when|why)\b|"
    r"\bnot\s+sure\s+(?:how|where|what|if|whether|who|when|why)\b|\bno\s+idea\s+(?:how|where|what|who)\b|"
    r"\bcan'?t\s+(?:find|figure\s+out|work\s+out|see)\s+(?:how|where)\b",
    re.I,
)
# (session 9) "and my ..." starts a clause with its own subject: "the flood protection didn't work and my kitchen is
# under water"
_CLAUSE_BREAK = re.compile(r"[.,;:!?\n]|\b(?:but|however|though|although|because|so|and\s+(?:i|my|our|now)|then)\b", re.I)
_NEG_WINDOW_WORDS = 4


@dataclass(frozen=True)
class Hit:
    label: str
    start: int
    end: int
    evidence: str
    negated: bool = False


_COMPILED: dict[str, list[re.Pattern[str]]] = {
    label: [re.compile(p, re.IGNORECASE) for p in pats] for label, pats in PATTERNS.items()
}


@lru_cache(maxsize=1)
def _gates() -> dict[str, re.Pattern[str]]:
    """One alternation per label: it matches somewhere exactly when one of the label's patterns does, so a
    label whose gate finds nothing is skipped. Used where the prefilter cannot be (compiled on first use)."""
    return {
        label: re.compile("|".join(f"(?:{p})" for p in pats), re.IGNORECASE)
        for label, pats in PATTERNS.items()
    }


#: the prefilter for ASCII text (see `prefilter`), or None where google-re2 is unavailable
_PREFILTER = prefilter.build(PATTERNS)


def fold(text: str) -> str:
    """Fold quotes without changing offsets, so matches index the original text."""
    return text.translate(_FOLD)


def _negated(folded: str, start: int, matched: str) -> bool:
    if _SELF_NEGATING_HINT.match(matched):
        return False
    before = _NOT_NEGATION.sub(" ", folded[max(0, start - 80) : start])
    parts = _CLAUSE_BREAK.split(before)
    clause = parts[-1] if parts else before
    words = clause.split()[-_NEG_WINDOW_WORDS:]
    return bool(_NEG.search(" ".join(words)))


def find(text: str, max_chars: int = 20000) -> list[Hit]:
    """All pattern hits in ``text`` (first ``max_chars`` characters), negations marked."""
    folded = fold(text[:max_chars])
    hits: list[Hit] = []
    # which patterns can match at all: one RE2 pass over ASCII text, else one Python alternation per label
    candidates = _PREFILTER.candidates(folded) if _PREFILTER is not None else None
    for label, pats in _COMPILED.items():
        if candidates is None:
            if not _gates()[label].search(folded):
                continue
            todo = pats
        else:
            todo = [pats[i] for i in candidates.get(label, ())]
            if not todo:
                continue
        idiom = _IDIOMS.get(label)
        for pat in todo:
            for m in pat.finditer(folded):
                if not m.group(0).strip():
                    continue
                ev = folded[m.start() : m.end()].strip()
                before = _IDIOM_LOOK_BACK.get(label, 25)
                if idiom is not None and idiom.search(folded[max(0, m.start() - before) : m.end() + 60]):
                    continue
                neg = label in NEGATABLE and _negated(folded, m.start(), m.group(0))
                hits.append(Hit(label, m.start(), m.end(), text[m.start() : m.end()].strip() or ev, neg))
    # suppress self-harm idioms only when the message has no other self-harm phrase
    return hits
