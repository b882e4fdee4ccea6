"""Context: is a moment the customer names happening now, to them?

A crisis the customer asks about "if it ever happens", one that is over ("refunded the same day"), one that
happened to someone else or long ago, an illness they have recovered from, a loss remembered fondly over a
recipe, praise or a false alarm read as a complaint by a learned head: each is found here, and `analyse` drops
the reading with a `context` reason that says why. Safety is never dropped as merely "over"; self-harm, abuse,
disability and the high-stakes moments never pass through here.
"""

from __future__ import annotations

import re

from warmline.triage.signals import context_markers as _m
from warmline.triage.signals import patterns as _patterns

#: the labels `not_happening_now` may drop
IN_CONTEXT = _m.IN_CONTEXT


def _standing(marker: re.Match[str] | None, text: str) -> re.Match[str] | None:
    """`marker`, unless the message takes it back after it ("... sorted now, but where is my box?")."""
    return marker if marker is not None and not _m.STILL_A_PROBLEM.search(text, marker.end()) else None


def _evidence_spans(text: str, evidence: list[str]) -> list[tuple[int, int]]:
    """Where the detection's words occur in the message (every occurrence, case-insensitive)."""
    lower = text.lower()
    return [(m.start(), m.end()) for e in evidence if e for m in re.finditer(re.escape(e.lower()), lower)]


def _back_now(text: str, evidence: list[str]) -> bool:
    """Whether the message says a background problem is a problem now; not counting the words of the
    detection itself ("her box never turned up with another company": "never" is the story, not now)."""
    spans = _evidence_spans(text, evidence)
    wanted = [(m.start(), m.end()) for m in _m.WANT_AGAIN.finditer(text)]
    return any(
        not (_m.STORY_WORD.fullmatch(m.group(0)) and any(a <= m.start() < b for a, b in spans))
        and not any(a <= m.start() < b for a, b in wanted)
        for m in _m.BACK_NOW.finditer(text)
    )


def _near_evidence(text: str, marker: re.Match[str], evidence: list[str]) -> bool:
    """Whether the marker shares a sentence with a word of the detection (or the message is one sentence)."""
    start = max(text.rfind(c, 0, marker.start()) for c in ".!?\n") + 1
    end_match = _m.SENTENCE_END.search(text, marker.start())
    end = end_match.start() if end_match else len(text)
    # a detection's words may run past the sentence ("food poisoning last week (takeaway, not you!) so ...")
    return any(a < end and b > start for a, b in _evidence_spans(text, evidence))


def not_happening_now(
    text: str, label: str, evidence: list[str], learned_only: bool = False
) -> re.Match[str] | None:
    """The marker that makes `label` hypothetical or over in this message, if any. `learned_only`: no pattern
    found `label`, only a learned head (a false alarm may then drop even a safety reading)."""
    if label == "bereavement":
        planning = _m.WILL_PLANNING.search(text)
        if planning is not None and not _m.A_LOSS.search(text):
            return planning
        if len(text) > _m.SETTLED_MAX_CHARS or _m.GRIEF_NOW.search(text):
            return None
        fond = _m.FOND_MEMORY.search(text)
        if fond is not None and _m.WARMTH.search(text):
            return fond
        # (blind set v16, read) a loss years ago, background to a routine question ("when my grandma passed a
        # few years back she left me her old range cooker - can your engineers service it?")
        long_ago = _m.LONG_AGO.search(text)
        if (
            long_ago is not None
            and not _back_now(text, evidence)
            and _near_evidence(text, long_ago, evidence)
        ):
            return long_ago
        return None
    if label in ("financial_hardship", "illness") and len(text) <= _m.SETTLED_MAX_CHARS:
        imagined = _m.IMAGINED.search(text)
        if imagined is not None and not _m.IT_HAPPENED.search(text, imagined.end()):
            return imagined
    if label in _m.RECOVERABLE and len(text) <= _m.SETTLED_MAX_CHARS:
        recovered = _m.RECOVERED.search(text)
        if recovered is None or _m.NOT_YET.search(text[: recovered.start()]):
            return None
        rest = text[recovered.end() :]
        # over, and not taken back; or long over ("a heart attack a couple of years ago, doing great now, but
        # we still watch the salt") and not back
        if not _m.STILL_A_PROBLEM.search(rest) or (_m.LONG_AGO.search(text) and not _m.RELAPSE.search(rest)):
            return recovered
        return None
    if label not in _m.DROPPABLE | {"complaint"} or len(text) > _m.SETTLED_MAX_CHARS:
        return None
    background = _m.ELSEWHERE.search(text)
    if (
        label == "crisis.fraud_or_lost_card"
        and background
        and background.group(0).lower().startswith("some ")
    ):
        # a payment to "some shop" I don't know is the fraud itself, not a story from elsewhere
        background = None
    background = background or _m.LONG_AGO.search(text)
    if (
        background is not None
        and not _back_now(text, evidence)
        and _near_evidence(text, background, evidence)
    ):
        return background
    if label == "complaint":
        # someone else's bad experience is background; a complaint is never hypothetical, and "over" only when
        # the customer thanks us for putting it right ("thanks for the quick refund on the squashed box")
        return _standing(
            _m.THANKED.search(text)
            or _m.PUT_RIGHT_THEN_THANKS.search(text)
            or _m.COMPLAINT_HANDLED.search(text),
            text,
        )
    if label == "crisis.fraud_or_lost_card":
        recipe = _m.RECIPE_CARD.search(text)
        if recipe is not None and not _m.PAYMENT_WORDS.search(text):
            return recipe
    hypothetical = _m.HYPOTHETICAL.search(text)
    if hypothetical and not _m.IT_HAPPENED.search(text, hypothetical.end()):
        return hypothetical
    if learned_only and label != "crisis.safety":
        # (session 9) a learned reading of a message where the customer owns the mistake ("booked the wrong
        # day for the engineer, my bad!")
        taken_back = _m.OWN_MISTAKE.search(text)
        if taken_back is not None:
            return taken_back
    if label == "crisis.safety":
        # never "over"; but a learned reading of a message that says there was nothing ("False alarm! the oven
        # wasn't broken, the child lock was on") is dropped
        if learned_only:
            return false_alarm(text, over=False) or _m.SAFETY_HYPERBOLE.search(text)
        # ... nor is a pattern's; unless a professional found and fixed the cause ("the engineer sorted the
        # gas smell straight away, it was the cooker hose, all fine now")
        return _standing(_m.FIXED_BY_PRO.search(text) or _m.SAFE_AFTER_ALL.search(text), text)
    # thanks for putting it right: over, wherever it is said
    thanked = _standing(_m.THANKED.search(text), text)
    if thanked is not None:
        return thanked
    # the problem's last mention, not counting words inside a "resolved" phrase (a learned head's evidence
    # may be "working" from "it's working now"); for a learned reading, its first mention: the head's words
    # are the likeliest few, and may come after the fix ("down yesterday, fine now, did my order go through?")
    inside = [(m.start(), m.end()) for m in _m.RESOLVED.finditer(text)]
    # evidence running into a "resolved" phrase ("charged but your team refunded") ends where that phrase
    # starts
    ends = [
        min([e_end] + [a for a, _ in inside if e_start < a < e_end])
        for e_start, e_end in _evidence_spans(text, evidence)
        if not any(a <= e_start < b for a, b in inside)
    ]
    last = (min(ends) if learned_only else max(ends)) if ends else 0
    resolved = _m.RESOLVED.search(text, last)  # "over" only when said after the problem ...
    if resolved is None:
        return None
    end = _m.SENTENCE_END.search(text, resolved.end())
    if (
        end is not None
        and end.group(0) == "?"
        and (
            _m.ASKED_BEFORE.search(text[max(0, resolved.start() - 30) : resolved.start()])
            or not _m.NEW_QUESTION.search(text, resolved.end(), end.start())
        )
    ):
        # ... not asked ("is it working now?"; "fine now, how do I ...?" asks something else) ...
        return None
    rest = text[resolved.end() :]
    if _m.STILL_A_PROBLEM.search(rest) or any(
        h.label == label and not h.negated for h in _patterns.find(rest)
    ):
        return None  # ... and not taken back ("it came back, but where is my box?")
    return resolved


def just_praise(text: str, sentiment: float) -> re.Match[str] | None:
    """The praise in a short, positive message of praise or thanks with no sign of a problem (for the learned
    complaint head only; never without the emotion model's sentiment, so the detectors alone keep every
    complaint)."""
    if sentiment < _m.PRAISE_SENTIMENT or len(text) > _m.SETTLED_MAX_CHARS:
        return None
    if _m.COMPLAINT_CUE.search(_m.COMING_BACK.sub(" ", text)):
        return None
    return _m.PRAISE.search(text)


def thanks_for_staff(text: str, sentiment: float) -> re.Match[str] | None:
    """Praise for a member of staff that mentions someone's condition in passing ("so patient with my mum, who
    has dementia. Please pass it on"): no question, nothing asked for, and a positive message."""
    if sentiment < _m.PRAISE_SENTIMENT or len(text) > _m.SETTLED_MAX_CHARS or "?" in text:
        return None
    return _m.THANKS_FOR_STAFF.search(text)


def false_alarm(text: str, over: bool = True) -> re.Match[str] | None:
    """A short message taking its own alarm back (or, with `over`, saying the problem is over), with no sign
    of a problem left. For learned readings only."""
    if len(text) > _m.SETTLED_MAX_CHARS:
        return None
    found = _m.FALSE_ALARM.search(text)
    if found is None and over and not _m.COMPLAINT_CUE.search(text):
        found = _m.RESOLVED.search(text)
    return _standing(found, text)


def for_someone_else(text: str) -> re.Match[str] | None:
    """The marker of a question asked on someone else's behalf ("asking for a neighbour"), or of a plain
    question whether another plan would be cheaper, if the message is short enough to be only that
    question."""
    if len(text) > _m.SETTLED_MAX_CHARS:
        return None
    return _m.FOR_SOMEONE_ELSE.search(text) or _m.PLAN_PRICE_QUESTION.search(text)


def renewal_without_stakes(text: str, evidence: list[str]) -> re.Match[str] | None:
    """The question mark of a short question that names a renewal with nothing at stake, if the renewal was
    found only by the word itself ("does a renewal include a rent review?"); else None."""
    if len(text) > _m.SETTLED_MAX_CHARS or not evidence:
        return None
    if not all(_m.RENEWAL_WORD.match(w.strip()) for w in evidence):
        return None
    # money, a decision or leaving; a dispute ("the renewal letter says it isn't covered any more??")
    if _m.RENEWAL_STAKES.search(text) or _m.RENEWAL_DISPUTE.search(text) or _m.COMPLAINT_CUE.search(text):
        return None
    return re.search(r"\?", text)


def just_curious(text: str) -> re.Match[str] | None:
    """A short message's own word that it is only curiosity ("only curious, nothing urgent"), if any."""
    if len(text) > _m.SETTLED_MAX_CHARS:
        return None
    return _m.JUST_CURIOUS.search(text)
