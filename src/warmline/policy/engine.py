"""The rule engine: a pure function from (policy, triage, context) to a `PolicyDecision`.

Order of evaluation, every step recorded in the decision's reasons:

1. the workspace's rules, first match wins (or the stance's default when none matches);
2. the non-negotiable defaults, which no workspace policy can switch off: self-harm, an explicit wish for a
   person, crisis moments and vulnerability, white-glove stance, languages automation does not speak, and
   at most two automated turns without progress;
3. after automation ran (`resolve_automation`): a failed or unhelpful answer falls back to one clarifying
   question, then a person; never a guess.

The simulator and the live pipeline call the same functions, so their counts agree.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from warmline.policy.document import AttributeCondition, PolicyDocument, Rule, RuleWhen, Stance
from warmline.policy.schemas import PolicyContext, PolicyDecision
from warmline.triage.result import TriageResult

PRIORITY_RANK = {"low": 0, "normal": 1, "high": 2, "urgent": 3}
DEFAULT_EMERGENCY = "If you are in danger, please contact your local emergency number now."
_NOT_HELPFUL = re.compile(
    r"^\s*(no\b[\s,.!]*)?(that|this|it)?\s*(did(n'?t| not)|does(n'?t| not)|was(n'?t| not)|is(n'?t| not))\s+"
    r"(help|helpful|work|answer|what i (asked|meant|need|wanted))"
    r"|^\s*(no|nope|not really|not helpful|useless)\s*[.!]*\s*$"
    r"|\b(you'?re not (listening|helping)|that'?s not what i (asked|meant|need|wanted)"
    r"|(already|just) (told|said) (you|that))\b",
    re.IGNORECASE,
)
_TALK_TO_PERSON = re.compile(
    r"^\s*(talk|speak|chat) (to|with) (a )?(person|human|someone|an agent|agent)\s*[.!]*\s*$", re.IGNORECASE
)


def max_priority(a: str, b: str) -> str:
    return a if PRIORITY_RANK.get(a, 1) >= PRIORITY_RANK.get(b, 1) else b


def said_not_helpful(text: str) -> bool:
    """The customer says the last automated answer did not help (counts as a turn without progress)."""
    return bool(_NOT_HELPFUL.search(text[:500]))


def is_talk_to_person(text: str) -> bool:
    """The "Talk to a person" quick reply (or the same words typed): an explicit wish."""
    return bool(_TALK_TO_PERSON.match(text[:100]))


# ---------------------------------------------------------------- attributes and segments


def derived_attributes(attributes: dict[str, Any], today: date | None = None) -> dict[str, Any]:
    """The business's attributes plus `tenure_months` and `new_this_month`, derived from `signup_date`."""
    attrs = dict(attributes or {})
    signup = attrs.get("signup_date")
    if isinstance(signup, str) and today is not None:
        try:
            signed = date.fromisoformat(signup[:10])
        except ValueError:
            signed = None
        if signed is not None:
            days = (today - signed).days
            attrs.setdefault("tenure_days", days)
            attrs.setdefault("tenure_months", max(days, 0) // 30)
            attrs.setdefault("new_this_month", 0 <= days <= 31)
    if "new_this_month" not in attrs and isinstance(attrs.get("tenure_months"), int | float):
        attrs["new_this_month"] = attrs["tenure_months"] < 1
    return attrs


def _as_number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, str) and isinstance(b, str):
        return a.casefold() == b.casefold()
    if isinstance(a, bool) or isinstance(b, bool):
        return a is b or a == b
    na, nb = _as_number(a), _as_number(b)
    if na is not None and nb is not None:
        return na == nb
    return bool(a == b)


def condition_holds(cond: AttributeCondition, attributes: dict[str, Any]) -> bool:
    present = cond.attribute in attributes and attributes[cond.attribute] is not None
    value = attributes.get(cond.attribute)
    if cond.exists is not None:
        return present == cond.exists
    if not present:
        return cond.ne is not None or cond.not_in is not None
    if cond.eq is not None:
        return _same(value, cond.eq)
    if cond.ne is not None:
        return not _same(value, cond.ne)
    if cond.in_ is not None:
        return any(_same(value, v) for v in cond.in_)
    if cond.not_in is not None:
        return not any(_same(value, v) for v in cond.not_in)
    number = _as_number(value)
    if number is None:
        return False
    if cond.gt is not None:
        return number > cond.gt
    if cond.gte is not None:
        return number >= cond.gte
    if cond.lt is not None:
        return number < cond.lt
    if cond.lte is not None:
        return number <= cond.lte
    return False


def assign_segment(
    policy: PolicyDocument, attributes: dict[str, Any], today: date | None = None
) -> str | None:
    """The first segment whose tests all hold (a segment with no tests matches everyone)."""
    attrs = derived_attributes(attributes, today)
    for seg in policy.segments:
        if all(condition_holds(c, attrs) for c in seg.all) and (
            not seg.any or any(condition_holds(c, attrs) for c in seg.any)
        ):
            return seg.name
    return policy.default_segment


# ---------------------------------------------------------------- rules


def _moment_hit(wanted: list[str], moments: list[str]) -> list[str]:
    return [
        m
        for m in moments
        if any(m == w or (w.endswith(".") and m.startswith(w)) or m.startswith(w + ".") for w in wanted)
    ]


def rule_matches(
    when: RuleWhen, triage: TriageResult, ctx: PolicyContext, stance: Stance, attributes: dict[str, Any]
) -> bool:
    if when.segment is not None and ctx.segment not in when.segment:
        return False
    if when.stance is not None and stance not in when.stance:
        return False
    if when.channel is not None and ctx.channel not in when.channel:
        return False
    if when.intent is not None and not any(
        triage.intent == i or (triage.intent or "").startswith(i.rstrip("*")) and i.endswith("*")
        for i in when.intent
    ):
        return False
    if when.moments is not None and not _moment_hit(when.moments, triage.moments):
        return False
    if when.vulnerability is not None:
        if "any" in when.vulnerability:
            if not triage.vulnerability:
                return False
        elif not set(when.vulnerability) & set(triage.vulnerability):
            return False
    if when.language is not None and triage.language not in when.language:
        return False
    if when.sentiment_below is not None and not triage.sentiment < when.sentiment_below:
        return False
    if when.sentiment_above is not None and not triage.sentiment > when.sentiment_above:
        return False
    if when.frustration_at_least is not None and not triage.frustration >= when.frustration_at_least:
        return False
    if when.business_hours is not None and ctx.within_business_hours != when.business_hours:
        return False
    return all(condition_holds(c, attributes) for c in when.attributes)


def first_matching_rule(
    policy: PolicyDocument,
    triage: TriageResult,
    ctx: PolicyContext,
    stance: Stance,
    attributes: dict[str, Any],
) -> Rule | None:
    for rule in policy.rules:
        if rule_matches(rule.when, triage, ctx, stance, attributes):
            return rule
    return None


def _reason(
    label: str,
    detail: str,
    *,
    score: float = 1.0,
    evidence: list[str] | None = None,
    detector: str = "policy",
) -> dict[str, Any]:
    return {
        "detector": detector,
        "label": label,
        "score": score,
        "detail": detail,
        "evidence": evidence or [],
    }


def _triage_evidence(triage: TriageResult, labels: set[str]) -> list[str]:
    out: list[str] = []
    for r in triage.reasons:
        if r.label in labels:
            out.extend(r.evidence[:3])
    return out[:6]


# ---------------------------------------------------------------- the decision


def decide(policy: PolicyDocument, version: int, triage: TriageResult, ctx: PolicyContext) -> PolicyDecision:
    """The decision before automation runs (see module docstring for the order)."""
    today = ctx.at.date() if isinstance(ctx.at, datetime) else None
    attributes = derived_attributes(ctx.customer_attributes, today)
    segment = ctx.segment or assign_segment(policy, ctx.customer_attributes, today)
    ctx = ctx.model_copy(update={"segment": segment})
    stance = policy.stance_of(segment)
    messages = policy.messages
    reasons: list[dict[str, Any]] = []
    base = {"policy_version": version, "triage": triage, "segment": segment, "stance": stance}
    crisis = [m for m in triage.moments if m.startswith("crisis.")]
    self_harm = "self_harm" in triage.vulnerability
    emergency = (ctx.emergency_resources or DEFAULT_EMERGENCY) if self_harm else None

    if ctx.conversation_mode == "human":
        priority = "normal"
        if self_harm:
            priority = "urgent"
        elif crisis or triage.vulnerability:
            priority = "high"
        reasons.append(
            _reason(
                "already_with_a_person",
                "a person is handling this conversation; automation stays silent until hand-back",
            )
        )
        if self_harm:
            reasons.append(
                _reason(
                    "self_harm",
                    "possible risk of self-harm: emergency resources shown, priority urgent",
                    evidence=_triage_evidence(triage, {"self_harm"}),
                )
            )
        return PolicyDecision(
            action="hand_off",
            priority=priority,
            rule="already_with_a_person",
            reasons=reasons,
            non_negotiable=True,
            emergency_notice=emergency,
            **base,
        )

    # 1. the workspace's rules
    rule = first_matching_rule(policy, triage, ctx, stance, attributes)
    if rule is not None:
        action, priority = rule.then.action, rule.then.priority
        team, skill, message = rule.then.team, rule.then.skill, rule.then.message
        rule_name = rule.name
        reasons.append(
            _reason(f"rule:{rule.name}", rule.description or f"workspace rule {rule.name!r} matched")
        )
    else:
        default = policy.defaults.get(stance)
        action = default.action if default else "automate"
        priority = default.priority if default else "normal"
        team, skill, message = (default.team if default else None), None, None
        rule_name = f"default.{stance}"
        reasons.append(
            _reason(
                f"default:{stance}", f"no workspace rule matched; the {stance} stance defaults to {action}"
            )
        )
    non_negotiable = False

    # 2. non-negotiable defaults
    if self_harm:
        action, priority, rule_name, non_negotiable = "hand_off", "urgent", "non_negotiable.self_harm", True
        message = messages.vulnerable
        reasons.append(
            _reason(
                "self_harm",
                "possible risk of self-harm: show emergency resources now and hand off at urgent priority",
                evidence=_triage_evidence(triage, {"self_harm"}),
            )
        )
    elif triage.wants_human or ctx.explicit_request:
        action, rule_name, non_negotiable = "hand_off", "non_negotiable.explicit_request", True
        priority = max_priority(priority, "normal")
        message = messages.hand_off
        if triage.vulnerability or crisis:
            priority = max_priority(priority, "high")
        reasons.append(
            _reason(
                "explicit_request",
                "the customer asked for a person: hand off in the same turn",
                evidence=_triage_evidence(triage, {"wants_human"}),
            )
        )
    elif crisis or triage.vulnerability:
        action, rule_name, non_negotiable = "hand_off", "non_negotiable.crisis_or_vulnerability", True
        priority = max_priority(priority, "high")
        message = messages.vulnerable if triage.vulnerability else messages.crisis
        labels = set(crisis) | set(triage.vulnerability)
        reasons.append(
            _reason(
                "crisis_or_vulnerability",
                f"{', '.join(sorted(labels))}: a person takes over at high priority",
                evidence=_triage_evidence(triage, labels),
            )
        )
    elif stance == "white_glove" and action != "hand_off":
        action, rule_name, non_negotiable = "hand_off", "stance.white_glove", True
        message = None
        reasons.append(
            _reason("white_glove", "white-glove customers are greeted by a person; automation only drafts")
        )
    elif action in ("automate", "clarify") and triage.language not in policy.settings.automation_languages:
        action = policy.settings.other_language_action
        rule_name, non_negotiable = "non_negotiable.language", True
        if action == "clarify" and (ctx.last_bot_was_clarify or ctx.automated_turns_without_progress >= 1):
            action = "hand_off"
        message = messages.hand_off if action == "hand_off" else messages.clarify
        reasons.append(
            _reason(
                "language",
                f"the message is in {triage.language!r}, which automation does not "
                "answer in; a confident wrong answer is worse than a person",
                evidence=_triage_evidence(triage, {triage.language}),
            )
        )
    elif action in ("automate", "clarify") and (
        ctx.automated_turns_without_progress >= policy.settings.max_turns_without_progress
    ):
        action, rule_name, non_negotiable = "offer_human", "non_negotiable.no_progress", True
        message = messages.offer_human
        reasons.append(
            _reason(
                "no_progress",
                f"{ctx.automated_turns_without_progress} automated turns without progress: offer a person",
            )
        )

    if white_glove_greeting_needed(stance, action):
        owner = ctx.owner_name or "A member of our team"
        message = messages.white_glove.replace("{owner}", owner) if message is None else message
    if action == "clarify" and not message:
        message = messages.clarify
    if action == "offer_human" and not message:
        message = messages.offer_human
    if action == "hand_off" and not message:
        message = messages.hand_off
    if not ctx.within_business_hours and action in ("hand_off", "offer_human"):
        reasons.append(
            _reason(
                "outside_business_hours",
                "outside business hours: the conversation waits at the "
                "top of the queue and the customer is told when to expect a reply",
            )
        )
    for r in triage.reasons[:8]:
        reasons.append(
            {"detector": r.detector, "label": r.label, "score": r.score, "evidence": r.evidence[:5]}
        )
    return PolicyDecision(
        action=action,
        priority=priority,
        team=team,
        skill=skill,
        rule=rule_name,
        reasons=reasons,
        customer_message=message if action != "automate" else None,
        non_negotiable=non_negotiable,
        no_progress=action == "clarify",
        emergency_notice=emergency,
        **base,
    )


def white_glove_greeting_needed(stance: str, action: str) -> bool:
    return stance == "white_glove" and action == "hand_off"


def resolve_automation(
    policy: PolicyDocument,
    decided: PolicyDecision,
    ctx: PolicyContext,
    *,
    handled: bool,
    progress: bool,
    clarify_question: str | None = None,
) -> PolicyDecision:
    """The final decision once automation said whether it could help. Never a guess: one clarifying
    question (if automation has one and did not just ask), then a person."""
    if decided.action != "automate":
        return decided
    if handled and progress:
        return decided.model_copy(update={"no_progress": False})
    turns_after = ctx.automated_turns_without_progress + 1
    cap = policy.settings.max_turns_without_progress
    why = (
        "automation could not answer" if not handled else "automation's answer would not move things forward"
    )
    if clarify_question and not ctx.last_bot_was_clarify and turns_after < cap:
        return decided.model_copy(
            update={
                "action": "clarify",
                "rule": "fallback.clarify",
                "customer_message": clarify_question,
                "no_progress": True,
                "reasons": [*decided.reasons, _reason("fallback_clarify", f"{why}; one clarifying question")],
            }
        )
    detail = f"{why}; offering a person" + (
        f" ({turns_after} turns without progress)" if turns_after >= cap else ""
    )
    return decided.model_copy(
        update={
            "action": "offer_human",
            "rule": "non_negotiable.no_progress" if turns_after >= cap else "fallback.offer_human",
            "non_negotiable": turns_after >= cap or decided.non_negotiable,
            "customer_message": policy.messages.offer_human,
            "no_progress": True,
            "reasons": [*decided.reasons, _reason("fallback_offer_human", detail)],
        }
    )


def turn_context(base: PolicyContext, text: str, state: dict[str, Any]) -> PolicyContext:
    """The context for one customer message, from the conversation's counters (shared with the simulator)."""
    turns = int((state or {}).get("turns_without_progress", 0))
    not_helpful = said_not_helpful(text) and (state or {}).get("last_action") in ("automate", "clarify")
    if not_helpful:
        turns += 1
    return base.model_copy(
        update={
            "automated_turns_without_progress": turns,
            "said_not_helpful": not_helpful,
            "last_bot_was_clarify": bool((state or {}).get("last_bot_was_clarify")),
            "explicit_request": base.explicit_request or is_talk_to_person(text),
        }
    )


def next_state(state: dict[str, Any], ctx: PolicyContext, final: PolicyDecision) -> dict[str, Any]:
    """The pipeline's per-conversation counters after a turn (shared with the simulator)."""
    new = dict(state or {})
    turns = ctx.automated_turns_without_progress
    if final.action == "hand_off":
        turns = 0
    elif final.no_progress:
        turns += 1
    elif final.action == "automate":
        turns = 0
    new["turns_without_progress"] = turns
    new["last_bot_was_clarify"] = final.action == "clarify"
    new["last_action"] = final.action
    return new


def modelled_automation(triage: TriageResult) -> tuple[bool, bool, str | None]:
    """How the simulator models automation when the input does not say what automation did: automation can
    help with a known, in-scope intent it is reasonably sure of; otherwise it cannot (and has no question)."""
    handled = bool(triage.intent) and triage.intent_confidence >= 0.5 and not triage.out_of_scope
    return handled, handled, None
