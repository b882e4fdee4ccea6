"""The policy domain as analytics uses it: read the running policy, add a rule, replay, save a version."""

from __future__ import annotations

import logging
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import yaml
from sqlalchemy import select
from sqlalchemy.orm import Session

from warmline.auth.principal import Principal
from warmline.conversations.models import Decision
from warmline.customers.models import Customer
from warmline.policy import service as policy_service
from warmline.policy.document import PolicyDocument, parse_policy
from warmline.policy.simulator import SimConversation, SimCustomer, SimMessage, simulate
from warmline.triage.result import TriageResult

log = logging.getLogger(__name__)

HANDLING = {"automate": "automated", "clarify": "automated", "offer_human": "offered", "hand_off": "human"}


def rule_for(kind: str, segment: str, intent: str, recommendation_id: int | None = None) -> dict[str, Any]:
    """The rule a recommendation proposes, in the policy file's own shape."""
    name = f"rec-{recommendation_id or 'new'}-{segment}-{intent}".replace("_", "-")
    name = re.sub(r"[^A-Za-z0-9_\-\.]", "-", name)[:100]
    if kind == "hand_off_earlier":
        then: dict[str, Any] = {"action": "hand_off", "priority": "normal"}
        description = f"recommended: {segment} customers asking about {intent} do better with a person"
    else:
        then = {"action": "automate"}
        description = f"recommended: {intent} for {segment} customers is handled as well by automation"
    return {
        "name": name,
        "description": description,
        "when": {"segment": [segment], "intent": [intent]},
        "then": then,
    }


def current_source(session: Session, workspace_id: int) -> tuple[str, int]:
    """The running policy's source and version (0 = the built-in policy, never saved)."""
    source, version, _ = policy_service.active_source(session, workspace_id)
    return source, version


def source_with_rule(source: str, rule: dict[str, Any]) -> str:
    """Insert the rule first under `rules:`, keeping the admin's comments and layout everywhere else."""
    block = yaml.safe_dump([rule], sort_keys=False, default_flow_style=None, width=110).rstrip("\n")
    indented = "\n".join("  " + line for line in block.splitlines())
    lines = source.splitlines()
    for i, line in enumerate(lines):
        if re.match(r"^rules:\s*(#.*)?$", line):
            return "\n".join([*lines[: i + 1], indented, *lines[i + 1 :]]) + "\n"
    data = yaml.safe_load(source) or {}
    data["rules"] = [rule, *(data.get("rules") or [])]
    return yaml.safe_dump(data, sort_keys=False)


def save_with_rule(
    session: Session, principal: Principal, workspace_id: int, rule: dict[str, Any], comment: str
) -> int:
    """Save a new, audited policy version with the rule added; returns the version."""
    source, _ = current_source(session, workspace_id)
    row = policy_service.save(
        session, principal, workspace_id, source_with_rule(source, rule), comment=comment
    )
    return int(row.version)


@dataclass
class ReplayItem:
    conversation_id: int
    segment: str
    intent: str
    channel: str
    handled: str  # automated / human (what actually happened)
    csat: int | None
    triage: dict[str, Any]
    attributes: dict[str, Any]


def load_replay_items(session: Session, facts: Sequence[Any]) -> list[ReplayItem]:
    """The last period's conversations with their first message's triage and the customer's attributes."""
    ids = [f.conversation_id for f in facts]
    triage: dict[int, dict[str, Any]] = {}
    for start in range(0, len(ids), 2000):
        for cid, inputs in session.execute(
            select(Decision.conversation_id, Decision.inputs)
            .where(Decision.conversation_id.in_(ids[start : start + 2000]))
            .order_by(Decision.id)
        ):
            if cid not in triage and (inputs or {}).get("triage"):
                triage[cid] = inputs["triage"]
    customer_ids = sorted({f.customer_id for f in facts if f.customer_id is not None})
    attributes: dict[int, dict[str, Any]] = {}
    for start in range(0, len(customer_ids), 2000):
        for cid, attrs in session.execute(
            select(Customer.id, Customer.attributes).where(
                Customer.id.in_(customer_ids[start : start + 2000])
            )
        ):
            attributes[cid] = attrs or {}
    return [
        ReplayItem(
            conversation_id=f.conversation_id,
            segment=f.segment,
            intent=f.intent,
            channel=f.channel,
            handled="human" if f.escalated else "automated",
            csat=f.csat,
            triage=triage.get(f.conversation_id, {"intent": f.intent}),
            attributes=attributes.get(f.customer_id or 0, {}),
        )
        for f in facts
    ]


SIM_HANDLING = {"automated": "automated", "offered": "offered", "handed_off": "human"}


def _sim_conversations(items: Sequence[ReplayItem]) -> list[Any]:
    """The period's conversations as the policy simulator takes them, with their stored first-turn triage."""
    out = []
    for item in items:
        try:
            triage = TriageResult.model_validate({k: v for k, v in item.triage.items() if k != "reasons"})
        except Exception:
            triage = TriageResult(intent=item.intent)
        out.append(
            SimConversation(
                id=item.conversation_id,
                channel=item.channel if item.channel in ("api", "widget", "email", "sms", "phone") else "api",
                customer=SimCustomer(
                    attributes=item.attributes, segment=None if item.segment == "none" else item.segment
                ),
                messages=[SimMessage(text=item.intent.replace("_", " ") or "message", triage=triage)],
            )
        )
    return out


def _simulate(
    base_doc: PolicyDocument, cand_doc: PolicyDocument, items: Sequence[ReplayItem]
) -> tuple[list[str], list[str], dict[str, Any]]:
    """Baseline and candidate handling per conversation from the policy simulator."""
    convs = _sim_conversations(items)
    candidate_report = simulate(cand_doc, convs, baseline=base_doc, include_outcomes=True, max_changes=20)
    baseline_report = simulate(base_doc, convs, include_outcomes=True, max_changes=0)
    cand = {o.id: SIM_HANDLING.get(o.outcome, "automated") for o in candidate_report.outcomes}
    base = {o.id: SIM_HANDLING.get(o.outcome, "automated") for o in baseline_report.outcomes}
    summary = {
        "changed_count": candidate_report.changed_count,
        "seconds": round(candidate_report.seconds + baseline_report.seconds, 2),
        "candidate_shares": candidate_report.candidate.overall.model_dump(),
        "baseline_shares": baseline_report.candidate.overall.model_dump(),
    }
    return ([base[i.conversation_id] for i in items], [cand[i.conversation_id] for i in items], summary)


def _cell_model(items: Sequence[ReplayItem], rule: dict[str, Any] | None) -> list[str]:
    """When the policy cannot be replayed: the conversations of the rule's cell take the rule's handling."""
    out = []
    for item in items:
        handled = item.handled
        if rule and item.segment in rule["when"]["segment"] and item.intent in rule["when"]["intent"]:
            handled = HANDLING[rule["then"]["action"]]
        out.append(handled)
    return out


def _project(items: Sequence[ReplayItem], handled: Sequence[str]) -> dict[str, Any]:
    """Projected figures: each conversation's CSAT is the observed mean of its cell under its new handling."""
    means: dict[tuple[str, str, str], list[int]] = defaultdict(list)
    for item in items:
        if item.csat is not None:
            means[(item.segment, item.intent, item.handled)].append(item.csat)
    avg = {k: sum(v) / len(v) for k, v in means.items() if v}
    counts = Counter(handled)
    expected: list[float] = []
    for item, h in zip(items, handled, strict=True):
        options = ["human", "automated"] if h == "offered" else [h]
        values = [
            avg[(item.segment, item.intent, o)] for o in options if (item.segment, item.intent, o) in avg
        ]
        if not values:
            values = [avg[k] for k in avg if k[0] == item.segment and k[1] == item.intent] or [4.0]
        expected.append(sum(values) / len(values))
    n = len(items) or 1
    return {
        "n": len(items),
        "automated": round(counts["automated"] / n, 4),
        "offered": round(counts["offered"] / n, 4),
        "human": round(counts["human"] / n, 4),
        "projected_csat": round(sum(expected) / len(expected), 3) if expected else None,
    }


def simulate_change(
    session: Session,
    workspace_id: int,
    facts: Sequence[Any],
    rule: dict[str, Any],
    cell: tuple[str, str],
    weeks: float,
) -> dict[str, Any]:
    """Replay the period's conversations through the running policy and through the policy with the rule."""
    items = load_replay_items(session, facts)
    baseline: list[str]
    candidate: list[str]
    source, version = current_source(session, workspace_id)
    try:
        base_doc = parse_policy(source)
        cand_doc = parse_policy(source_with_rule(source, rule))
        baseline, candidate, summary = _simulate(base_doc, cand_doc, items)
        engine_used = (
            f"policy simulator on the stored triage (policy v{version} vs candidate, "
            f"{summary['changed_count']} conversations change, {summary['seconds']}s)"
        )
    except Exception as exc:  # a policy we cannot parse or replay must not stop a recommendation
        log.warning("policy replay failed in workspace %s; cell model used", workspace_id, exc_info=True)
        baseline = [i.handled for i in items]
        candidate = _cell_model(items, rule)
        engine_used = f"cell model (policy replay failed: {exc.__class__.__name__})"
    in_cell = [i for i, item in enumerate(items) if (item.segment, item.intent) == cell]
    changed = [items[i].conversation_id for i in range(len(items)) if baseline[i] != candidate[i]]
    result = {
        "engine": engine_used,
        "conversations": len(items),
        "changed": len(changed),
        "changed_sample": changed[:20],
        "baseline": _project(items, baseline),
        "candidate": _project(items, candidate),
        "cell": {
            "baseline": _project([items[i] for i in in_cell], [baseline[i] for i in in_cell]),
            "candidate": _project([items[i] for i in in_cell], [candidate[i] for i in in_cell]),
        },
    }
    extra_human = sum(1 for i in range(len(items)) if candidate[i] == "human" and baseline[i] != "human")
    fewer_human = sum(1 for i in range(len(items)) if baseline[i] == "human" and candidate[i] != "human")
    result["people_workload_per_week"] = round((extra_human - fewer_human) / max(weeks, 1e-9), 1)
    return result


def replay_active(
    session: Session, workspace_id: int, facts: Sequence[Any], cell: tuple[str, str]
) -> dict[str, Any]:
    """The period's conversations replayed through whatever policy runs now (to check an applied change)."""
    items = load_replay_items(session, facts)
    source, version = current_source(session, workspace_id)
    document = parse_policy(source)
    handled = _simulate(document, document, items)[0]
    in_cell = [i for i, item in enumerate(items) if (item.segment, item.intent) == cell]
    return {
        "overall": _project(items, handled),
        "cell": _project([items[i] for i in in_cell], [handled[i] for i in in_cell]),
        "policy_version": version,
    }
