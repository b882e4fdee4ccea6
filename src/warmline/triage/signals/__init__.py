"""Signal detectors of triage: the moments where a person must take over.

Public API (the pipeline calls this)::

    from warmline.triage.signals import analyse, SignalReport
    report = analyse(text, previous_turns=(), emotions=None, sentiment=0.0, intent=None)

Two halves, combined by union:

- precise patterns (``patterns.py``) with negation handling, one list per signal; they carry the moments
  written for this product (outages, missed birthday deliveries, bereavement, hardship, self-harm ...);
- a small learned model (``learned.py``: TF-IDF + a logistic regression per escalating signal) trained on
  public customer-service intents mapped to signals plus development messages written for this product.

Plus language identification (``language.py``) and a conversation-level frustration score
(``frustration.py``). Every detection carries a ``Reason`` with the exact words that triggered it.
Pure functions: no I/O besides loading the small shipped models once.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

import numpy as np
from pydantic import BaseModel, ConfigDict, Field

from warmline.triage.result import MOMENTS, VULNERABILITIES, Reason, Turn
from warmline.triage.signals import context as _context
from warmline.triage.signals import frustration as _frustration
from warmline.triage.signals import language as _language
from warmline.triage.signals import learned as _learned
from warmline.triage.signals import multilingual as _multilingual
from warmline.triage.signals import patterns as _patterns
from warmline.triage.signals import second_look as _second_look
from warmline.triage.signals.lexicon import idioms as _idioms
from warmline.triage.signals.stopwords import STOP

__all__ = ["SignalReport", "analyse", "needs_human", "FRUSTRATION_THRESHOLD"]

#: the default policy's frustration bar (TriageResult.needs_human)
FRUSTRATION_THRESHOLD = 0.7
PATTERN_SCORE = 0.9
# learned labels whose evidence word after a negation ("no need for an agent") cancels the detection; crisis
# and vulnerability labels are phrased with negations ("a payment I did not make") and are never cancelled
_LEARNED_NEGATABLE = frozenset(
    {"wants_human", "high_stakes.cancellation", "high_stakes.negotiation", "high_stakes.legal", "complaint"}
)
_MAX_SCAN = 1_000_000
_WORD = re.compile(r"[\w']+", re.UNICODE)
_HAS_WORD = re.compile(r"[^\W\d_]{2}")


class SignalReport(BaseModel):
    """What the signal detectors found in one customer message."""

    model_config = ConfigDict(frozen=True)

    wants_human: bool = False
    moments: list[str] = Field(default_factory=list)
    vulnerability: list[str] = Field(default_factory=list)
    language: str = "en"
    frustration: float = 0.0
    reasons: list[Reason] = Field(default_factory=list)


def policy_reasons(report: SignalReport) -> list[Reason]:
    """The default escalation policy of issue 4: one `policy` Reason per trigger (none: routine).

    Triggers: an explicit wish for a person, any crisis, high-stakes moment or complaint, any vulnerability,
    high frustration. Each reason carries the best score and the words of the signal behind it.

    A message in another language is flagged (`language`, a `language` reason, no intent), not escalated
    here: the detectors read English only, and what happens to it is the workspace policy's call
    (`automation_languages` / `other_language_action`, by default a person)."""
    signal_reasons = report.reasons

    def evidence_for(*labels: str) -> tuple[float, list[str]]:
        score, words = 0.0, list[str]()
        for r in signal_reasons:
            if r.label in labels:
                score = max(score, float(r.score))
                words.extend(w for w in r.evidence if w not in words)
        return score, words

    reasons: list[Reason] = []
    if report.wants_human:
        s, ev = evidence_for("wants_human")
        reasons.append(Reason(detector="policy", label="wants_human", score=s or 1.0, evidence=ev))
    for m in report.moments:
        if m.startswith(("crisis.", "high_stakes.")) or m == "complaint":
            s, ev = evidence_for(m)
            reasons.append(Reason(detector="policy", label=m, score=s or 1.0, evidence=ev))
    for v in report.vulnerability:
        s, ev = evidence_for(v, f"vulnerability.{v}")
        reasons.append(Reason(detector="policy", label=f"vulnerability.{v}", score=s or 1.0, evidence=ev))
    if report.frustration >= FRUSTRATION_THRESHOLD:
        _, ev = evidence_for("frustration")
        reasons.append(Reason(detector="policy", label="frustration", score=report.frustration, evidence=ev))
    return reasons


def needs_human(report: SignalReport) -> bool:
    """The verdict of the default escalation policy (`policy_reasons`) on the signals alone."""
    return bool(policy_reasons(report))


def _learned_evidence(text: str, label: str, k: int = 3) -> list[str]:
    """The message's words that pushed the learned model towards ``label`` the most."""
    weights: dict[str, float] = {}
    for m in _WORD.finditer(text[:4000]):
        w = m.group(0)
        if w not in weights and len(w) > 2 and w.lower() not in STOP:
            weights[w] = _learned.word_weight(w, label)
    best = sorted(((w, c) for w, c in weights.items() if c > 0), key=lambda kv: -kv[1])[:k]
    return [w for w, _ in best]


def _is_idiom(label: str, text: str) -> bool:
    """Whether the message uses `label`'s words in an idiom that is not that signal (lexicon.idioms)."""
    idiom = _idioms.IDIOMS.get(label)
    return idiom is not None and idiom.search(_patterns.fold(text[:4000])) is not None


#: what a fraud or a lost card is about: a learned fraud reading of a message naming none of these ("that's
#: not what I asked.", read as fraud by a head that learned "a code I never asked for") does not stand
#: (session 10)
_FRAUD_OBJECT = re.compile(
    r"\b(?:cards?|accounts?|pay\w*|transaction\w*|charg\w*|money|bank\w*|codes?|pins?|passwords?|log\w*|rang|address\w*|nobody|listed|"
    r"sign(?:ed)?\s*in|hack\w*|scam\w*|phish\w*|stol\w+|steal\w*|los[et]|fraud\w*|e-?mails?|texts?|"
    r"calls?|caller|numbers?|sim|phones?|device|laptop|wallet|purse|someone|somebody|not\s+me|recogni[sz]\w*|"
    r"unknown|suspicious|orders?|bought|purchas\w*|transfer\w*|debit\w*|"
    r"identity|details|profile|app|verification|otp|2fa|links?|invoices?|bills?|refunds?|points|redeem\w*|"
    r"redemptions?|in\s+my\s+name|loans?|financ\w*|nick\w*|burgl\w*|keys?|fob|mobile|access\w*|history|"
    r"never|didn'?t|haven'?t|wasn'?t|pretend\w*|impersonat\w*|door|taken|took|gone|withdr\w*|witdr\w*)\b|[£$€]",
    re.IGNORECASE,
)


def _learned_ok(label: str, text: str, negated: set[str], ev: list[str], p: float) -> bool:
    """Whether a learned detection stands: not negated by a pattern, not an idiom, evidence not negated."""
    if label in negated:
        return False
    if label == "crisis.fraud_or_lost_card" and not _FRAUD_OBJECT.search(text):
        return False
    if label == "self_harm" and _idioms.SELF_HARM_IDIOM.search(text) and p < 0.8:
        return False
    if _is_idiom(label, text):
        return False
    return not (label in _LEARNED_NEGATABLE and any(_all_negated(text, [w]) for w in ev[:2]))


def _is_escalating(label: str) -> bool:
    return (
        label in ("wants_human", "complaint")
        or label.startswith(("crisis.", "high_stakes."))
        or label in VULNERABILITIES
    )


def _escalating(found: dict[str, float]) -> bool:
    return any(_is_escalating(label) for label in found)


def _all_negated(text: str, words: list[str]) -> bool:
    """True when every occurrence of the learned model's evidence words sits after a negation."""
    folded = _patterns.fold(text[:4000])
    seen = False
    for w in words:
        for m in re.finditer(rf"(?<!\w){re.escape(w)}(?!\w)", folded):
            seen = True
            if not _patterns._negated(folded, m.start(), m.group(0)):
                return False
    return seen


def _learned_only(reasons: list[Reason], label: str) -> bool:
    """Whether every reason for `label` is a learned head's (no pattern found it)."""
    return all(r.detector == "learned" for r in reasons if r.label == label)


#: labels a learned reading of which is never set aside for "only curious" (session 9)
_NEVER_JUST_CURIOUS = frozenset({"crisis.safety", "self_harm", "abuse", "complaint"})


def _set_aside(
    found: dict[str, float],
    reasons: list[Reason],
    label: str,
    why: str,
    marker: re.Match[str] | list[str],
    score: float = 1.0,
) -> list[Reason]:
    """Drop `label` from `found` and its reasons, and say why in a `context` reason ("not_now:<label>") whose
    evidence is the marker's words."""
    del found[label]
    kept = [r for r in reasons if r.label != label]
    words = marker if isinstance(marker, list) else [marker.group(0)]
    kept.append(Reason(detector="context", label=f"{why}:{label}", score=round(score, 3), evidence=words))
    return kept


def _as_text(text: object) -> str:
    if text is None:
        return ""
    if isinstance(text, bytes | bytearray):
        return bytes(text).decode("utf-8", errors="replace")
    return text if isinstance(text, str) else str(text)


def analyse(
    text: str,
    previous_turns: Sequence[Turn] = (),
    emotions: Mapping[str, float] | None = None,
    sentiment: float = 0.0,
    intent: str | None = None,
    embedding: np.ndarray | None = None,
    learned_scores: Mapping[str, tuple[float, float]] | None = None,
) -> SignalReport:
    """Run every signal detector on one customer message.

    ``previous_turns`` (oldest first) feed the frustration trend; ``emotions`` and ``sentiment`` come from the
    learned emotion/sentiment models when the pipeline has them. ``intent`` is accepted for the pipeline's
    convenience and not used: the public-intent mapping lives in the learned model, so a workspace's own
    intent names cannot change escalation. ``embedding`` is the message's MiniLM sentence embedding when the
    pipeline has it (the learned heads use it; computed here otherwise). ``learned_scores``: the learned
    heads' `scores` of this text, when the caller computed them for a batch.
    """
    text = _as_text(text)
    reasons: list[Reason] = []
    found: dict[str, float] = {}
    evidence: dict[str, list[str]] = {}
    negated: set[str] = set()

    # 1. patterns
    for hit in _patterns.find(text):
        if hit.negated:
            negated.add(hit.label)
            continue
        found[hit.label] = PATTERN_SCORE
        ev = evidence.setdefault(hit.label, [])
        if not hit.evidence or any(hit.evidence.lower() in e.lower() for e in ev):
            continue  # already covered by a longer span
        ev[:] = [e for e in ev if e.lower() not in hit.evidence.lower()]
        if len(ev) < 5:
            ev.append(hit.evidence)
    if len(text) > 20000 and "self_harm" not in found:  # safety: never lose self-harm in a long message
        for pat in _patterns._COMPILED["self_harm"]:
            m = pat.search(_patterns.fold(text[:_MAX_SCAN]))
            if m:
                found["self_harm"] = PATTERN_SCORE
                evidence.setdefault("self_harm", []).append(text[m.start() : m.end()].strip())
                break
    for label, score in found.items():
        reasons.append(Reason(detector="patterns", label=label, score=score, evidence=evidence[label]))

    # 2. learned model (not on a message without a word: "???" or "!!!" carries no signal the heads can read)
    if _HAS_WORD.search(text[:4000]) and _learned.available():
        if learned_scores is None and embedding is None and _learned.uses_embedding():
            from warmline.triage.embeddings import embed

            embedding = embed([text[:4000]])[0]  # once, for the learned heads and the second look
        scores = dict(learned_scores) if learned_scores is not None else _learned.scores(text, embedding)
        catch_all = scores.pop(_learned.ESCALATE, None)
        for label, (p, thr) in scores.items():
            if p < thr or label in found:
                continue
            ev = _learned_evidence(text, label)
            if not _learned_ok(label, text, negated, ev, p):
                continue
            found[label] = round(p, 3)
            reasons.append(Reason(detector="learned", label=label, score=round(p, 3), evidence=ev))

        # the catch-all head: escalation-worthy but no single signal sure enough -> name the likeliest one
        if catch_all is not None and catch_all[0] >= catch_all[1] and not _escalating(found):
            ranked = sorted(scores.items(), key=lambda kv: -(kv[1][0] / max(kv[1][1], 1e-6)))
            # when the likeliest signal is an idiom here (cancelling one appointment is not leaving), the
            # runner-up is no better reason to escalate
            if ranked and _is_idiom(ranked[0][0], text):
                ranked = []
            for label, _ in ranked:
                ev = _learned_evidence(text, label) or _learned_evidence(text, _learned.ESCALATE)
                if not _learned_ok(label, text, negated, ev, catch_all[0]):
                    continue
                p = round(catch_all[0], 3)
                found[label] = p
                reasons.append(Reason(detector="learned", label=label, score=p, evidence=ev))
                break

    # praise read as a complaint by the learned head ("the engineer did a great job"), or an alarm the
    # customer takes back ("panic over! found the box"): not without a sign of a complaint
    if "complaint" in found and "complaint" not in evidence:
        praise, why = _context.just_praise(text, sentiment), "praise"
        if praise is None:
            praise, why = _context.false_alarm(text), "over"
        if praise is not None:
            reasons = _set_aside(found, reasons, "complaint", why, praise)

    # someone's condition mentioned in praise of a member of staff ("so patient with my mum, who has dementia.
    # Please pass it on"): thanks, not a need
    staff = _context.thanks_for_staff(text, sentiment) if {"illness", "disability"} & set(found) else None
    if staff is not None:
        for label in [lab for lab in found if lab in ("illness", "disability")]:
            reasons = _set_aside(found, reasons, label, "praise", staff)

    # hypothetical ("in case I ever lose my card") or over ("a day late but no problem"): not a crisis now
    for label in [lab for lab in found if lab in _context.IN_CONTEXT]:
        words = [w for r in reasons if r.label == label for w in r.evidence]
        marker = _context.not_happening_now(text, label, words, _learned_only(reasons, label))
        if marker is not None:
            reasons = _set_aside(found, reasons, label, "not_now", marker)

    # a negotiation or leaving read by a learned head in a question asked for someone else ("a discount for
    # people on universal credit? Asking for a neighbour"): not the customer's own (session 9)
    other = _context.for_someone_else(text)
    if other is not None:
        for label in [lab for lab in found if lab in ("high_stakes.negotiation", "high_stakes.cancellation")]:
            if _learned_only(reasons, label):
                reasons = _set_aside(found, reasons, label, "not_now", other)

    # a renewal named in a plain question with nothing at stake: information (session 9)
    if "high_stakes.renewal" in found:
        words = [w for r in reasons if r.label == "high_stakes.renewal" for w in r.evidence]
        plain = _context.renewal_without_stakes(text, words)
        if plain is not None:
            reasons = _set_aside(found, reasons, "high_stakes.renewal", "not_now", plain)
    # a learned reading of a message that says it is only curiosity ("is there a person on chat in the
    # evenings? only curious"); never for safety, self-harm, abuse or a complaint (session 9)
    curious = _context.just_curious(text)
    if curious is not None:
        for label in [lab for lab in found if lab not in _NEVER_JUST_CURIOUS]:
            if _learned_only(reasons, label):
                reasons = _set_aside(found, reasons, label, "not_now", curious)

    # 3. language
    lang, conf = _language.detect(text)
    if lang != "en":
        words = _WORD.findall(text[:200])
        ev = words[:6] if words else ([text.strip()[:40]] if text.strip() else [])
        reasons.append(Reason(detector="language", label=lang, score=round(float(conf), 3), evidence=ev))
    # the obvious critical moments in the other languages customers write in most (a short lexicon; Hindi in
    # Latin letters is read whatever the detected language, as it is often detected as English)
    for label, words in _multilingual.find(text, lang).items():
        if label not in found:
            found[label] = PATTERN_SCORE
            reasons.append(Reason(detector="multilingual", label=label, score=PATTERN_SCORE, evidence=words))

    # 4. a second look at an escalation on English text: is this the customer's own situation, now? (session
    # 10; never for self-harm, abuse, danger, fraud or an explicit wish for a person)
    if (
        lang == "en"
        and _escalating(found)
        and not _second_look.NEVER & set(found)
        and _second_look.available()
    ):
        routine = _second_look.verdict(text, [(r.detector, r.label) for r in reasons], embedding)
        if routine is not None:
            p, words = routine
            for label in [lab for lab in found if _is_escalating(lab)]:
                reasons = _set_aside(found, reasons, label, "second_look", words, p)

    # 5. frustration
    fr = _frustration.score(text, previous_turns, emotions, sentiment)
    if fr.score > 0:
        reasons.append(
            Reason(
                detector="frustration",
                label="frustration",
                score=fr.score,
                evidence=list(dict.fromkeys(e for e in fr.evidence if e))[:6],
            )
        )

    return SignalReport(
        wants_human="wants_human" in found,
        moments=[m for m in MOMENTS if m in found],
        vulnerability=[v for v in VULNERABILITIES if v in found],
        language=lang,
        frustration=fr.score,
        reasons=reasons,
    )
