"""Replay conversations through a candidate policy and say what would change. Pure: no database."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from warmline.policy import engine
from warmline.policy.document import PolicyDocument
from warmline.policy.schemas import PolicyContext
from warmline.triage.result import TriageResult, Turn


class SimAutomation(BaseModel):
    """What automation did (or would do) with one customer message."""

    handled: bool = True
    progress: bool = True
    clarify_question: str | None = None


class SimMessage(BaseModel):
    model_config = ConfigDict(extra="ignore")

    text: str = Field(max_length=20_000)
    #: the automation outcome for this message; when absent the simulator models it (see docs/policy.md)
    automation: SimAutomation | None = None
    #: how many replies automation sent when it answered (the pipeline's turns include them)
    replies: int = Field(default=1, ge=0, le=20)
    #: triage as already computed (e.g. stored with the decision); when absent the simulator triages the text
    #: with the live pipeline's triage and the simulated earlier turns
    triage: TriageResult | None = None


class SimCustomer(BaseModel):
    model_config = ConfigDict(extra="ignore")

    attributes: dict[str, Any] = Field(default_factory=dict)
    #: a segment the business set; otherwise the policy's segment rules assign one
    segment: str | None = Field(default=None, max_length=64)


class SimConversation(BaseModel):
    model_config = ConfigDict(extra="ignore")

    id: str | int
    channel: str = "api"
    customer: SimCustomer = Field(default_factory=SimCustomer)
    messages: list[SimMessage] = Field(max_length=200)
    within_business_hours: bool = True
    #: when it happened (for attributes derived from signup_date)
    at: datetime | None = None


class ConversationOutcome(BaseModel):
    id: str | int
    segment: str | None
    moments: list[str]
    outcome: str  # automated / offered / handed_off
    actions: list[str]
    rules: list[str]


class Shares(BaseModel):
    n: int = 0
    automated: float = 0.0
    offered: float = 0.0
    handed_off: float = 0.0
    counts: dict[str, int] = Field(default_factory=dict)


class Change(BaseModel):
    id: str | int
    segment: str | None
    baseline: str
    candidate: str
    baseline_actions: list[str]
    candidate_actions: list[str]
    candidate_rules: list[str]


class PolicyRun(BaseModel):
    overall: Shares
    by_segment: dict[str, Shares]
    by_moment: dict[str, Shares]


class SimulationReport(BaseModel):
    conversations: int
    messages: int
    candidate: PolicyRun
    baseline: PolicyRun | None = None
    changed: list[Change] = Field(default_factory=list)
    changed_count: int = 0
    outcomes: list[ConversationOutcome] = Field(default_factory=list)
    seconds: float = 0.0


CONTEXT_TURNS = 12  # the pipeline's window of earlier turns
Triage = Callable[[str, Sequence[Turn]], TriageResult]


def _default_triage() -> Triage:
    from warmline.conversations.pipeline import triage_message

    return triage_message


class _Run:
    """One policy replayed over all conversations."""

    def __init__(self, policy: PolicyDocument, triage: Triage) -> None:
        self.policy = policy
        self.triage = triage

    def conversation(self, conv: SimConversation) -> ConversationOutcome:
        today = conv.at.date() if conv.at else None
        attributes = dict(conv.customer.attributes)
        segment = conv.customer.segment or engine.assign_segment(self.policy, attributes, today)
        state: dict[str, Any] = {}
        mode = "automated"
        turns: list[Turn] = []
        actions: list[str] = []
        rules: list[str] = []
        moments: set[str] = set()
        for message in conv.messages:
            triage = message.triage or self.triage(message.text, tuple(turns[-CONTEXT_TURNS:]))
            moments.update(triage.moments)
            base = PolicyContext(
                workspace_id=0,
                channel=conv.channel,
                segment=segment,
                customer_attributes=attributes,
                conversation_mode=mode,
                automated_turns_without_progress=int(state.get("turns_without_progress", 0)),
                at=conv.at,
                within_business_hours=conv.within_business_hours,
            )
            ctx = engine.turn_context(base, message.text, state)
            decided = engine.decide(self.policy, 0, triage, ctx)
            replies = 0
            if decided.action == "automate":
                if message.automation is not None:
                    handled, progress = message.automation.handled, message.automation.progress
                    question = message.automation.clarify_question
                else:
                    handled, progress, question = engine.modelled_automation(triage)
                decided = engine.resolve_automation(
                    self.policy, decided, ctx, handled=handled, progress=progress, clarify_question=question
                )
                replies = message.replies if handled and decided.action == "automate" else 0
            if ctx.said_not_helpful:
                for i in range(len(turns) - 1, -1, -1):
                    if turns[i].author == "bot":
                        turns[i] = Turn(author="bot", text=turns[i].text, bot_failed=True)
                        break
            state = engine.next_state(state, ctx, decided)
            turns.append(Turn(author="customer", text=message.text))
            if decided.emergency_notice:
                turns.append(
                    Turn(author="bot" if mode == "automated" else "system", text=decided.emergency_notice)
                )
            if mode == "automated":
                if decided.action == "automate":
                    turns.extend(Turn(author="bot", text="(answer)") for _ in range(replies))
                elif decided.action == "clarify":
                    turns.append(Turn(author="bot", text=decided.customer_message or "", bot_failed=True))
                elif decided.action in ("offer_human", "hand_off"):
                    turns.append(Turn(author="bot", text=decided.customer_message or ""))
            if mode == "automated":
                actions.append(decided.action)
                rules.append(decided.rule)
            if decided.action == "hand_off":
                mode = "human"
        if "hand_off" in actions:
            outcome = "handed_off"
        elif "offer_human" in actions:
            outcome = "offered"
        else:
            outcome = "automated"
        return ConversationOutcome(
            id=conv.id,
            segment=segment,
            moments=sorted(moments),
            outcome=outcome,
            actions=actions,
            rules=rules,
        )


def _shares(outcomes: list[ConversationOutcome]) -> Shares:
    counts = Counter(o.outcome for o in outcomes)
    n = len(outcomes)
    return Shares(
        n=n,
        automated=round(counts["automated"] / n, 4) if n else 0.0,
        offered=round(counts["offered"] / n, 4) if n else 0.0,
        handed_off=round(counts["handed_off"] / n, 4) if n else 0.0,
        counts={k: counts.get(k, 0) for k in ("automated", "offered", "handed_off")},
    )


def summarise(outcomes: list[ConversationOutcome]) -> PolicyRun:
    by_segment: dict[str, list[ConversationOutcome]] = {}
    by_moment: dict[str, list[ConversationOutcome]] = {}
    for o in outcomes:
        by_segment.setdefault(o.segment or "(none)", []).append(o)
        for m in o.moments or ["(none)"]:
            by_moment.setdefault(m, []).append(o)
    return PolicyRun(
        overall=_shares(outcomes),
        by_segment={k: _shares(v) for k, v in sorted(by_segment.items())},
        by_moment={k: _shares(v) for k, v in sorted(by_moment.items())},
    )


def simulate(
    policy: PolicyDocument,
    conversations: Iterable[SimConversation],
    baseline: PolicyDocument | None = None,
    *,
    triage: Triage | None = None,
    include_outcomes: bool = True,
    max_changes: int = 500,
) -> SimulationReport:
    """Replay `conversations` through `policy` (and `baseline`, usually the running policy) and report the
    shares automated / offered a person / handed off, per segment and per moment, and what changed.

    Triage is the live pipeline's (`triage_message`), cached per (text, earlier turns); automation is what
    each message's `automation` field says, else `engine.modelled_automation(triage)`.
    """
    started = time.perf_counter()
    base_triage = triage or _default_triage()
    cache: dict[tuple[str, tuple[Turn, ...]], TriageResult] = {}

    def cached(text: str, turns: Sequence[Turn]) -> TriageResult:
        key = (text, tuple(turns))
        found = cache.get(key)
        if found is None:
            found = cache[key] = base_triage(text, turns)
        return found

    convs = list(conversations)
    candidate_outcomes = [_Run(policy, cached).conversation(c) for c in convs]
    baseline_outcomes = (
        [_Run(baseline, cached).conversation(c) for c in convs] if baseline is not None else None
    )
    changed: list[Change] = []
    changed_count = 0
    if baseline_outcomes is not None:
        for new, old in zip(candidate_outcomes, baseline_outcomes, strict=True):
            if new.actions != old.actions or new.outcome != old.outcome:
                changed_count += 1
                if len(changed) < max_changes:
                    changed.append(
                        Change(
                            id=new.id,
                            segment=new.segment,
                            baseline=old.outcome,
                            candidate=new.outcome,
                            baseline_actions=old.actions,
                            candidate_actions=new.actions,
                            candidate_rules=new.rules,
                        )
                    )
    return SimulationReport(
        conversations=len(convs),
        messages=sum(len(c.messages) for c in convs),
        candidate=summarise(candidate_outcomes),
        baseline=summarise(baseline_outcomes) if baseline_outcomes is not None else None,
        changed=changed,
        changed_count=changed_count,
        outcomes=candidate_outcomes if include_outcomes else [],
        seconds=round(time.perf_counter() - started, 3),
    )


def load_jsonl(lines: Iterable[str]) -> list[SimConversation]:
    """One conversation per line; blank lines and lines starting with # are skipped. Errors name the line."""
    out: list[SimConversation] = []
    for number, line in enumerate(lines, 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            out.append(SimConversation.model_validate_json(line))
        except ValueError as exc:
            raise ValueError(f"line {number}: {str(exc).splitlines()[0]} — {exc}") from exc
    return out
