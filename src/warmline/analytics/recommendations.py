"""Recommendations that recalibrate the policy, found with a significance test and a minimum sample.

For every segment x intent cell of the period, CSAT of conversations automation handled alone is compared
with CSAT of conversations a person handled (Mann-Whitney U, two-sided; Benjamini-Hochberg across all the
cells tested in the run). A cell is flagged only with enough answers on both sides, an adjusted p below
ALPHA and a difference a customer would notice (MIN_DIFFERENCE points). "Automate them" needs the reverse:
an equivalence test (TOST) showing the two are within EQUIVALENCE_MARGIN, in a cell mostly handled by people.
Each recommendation carries its policy change, simulated on the period's conversations, and is applied only
when an admin approves it; its effect is measured afterwards against the period before.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime, timedelta
from types import SimpleNamespace
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from warmline import jobs
from warmline.analytics import policy_bridge
from warmline.analytics.models import Recommendation
from warmline.analytics.stats import benjamini_hochberg, mann_whitney, tost_equivalent
from warmline.audit import service as audit
from warmline.auth.principal import Principal
from warmline.feedback.models import ConversationFact as F
from warmline.kit.clock import now
from warmline.kit.errors import Conflict, Forbidden, NotFound

MIN_SAMPLE = 30
ALPHA = 0.01
MIN_DIFFERENCE = 0.5
EQUIVALENCE_MARGIN = 0.3
HUMAN_SHARE_FOR_AUTOMATE = 0.6
DEFAULT_DAYS = 56


def _facts(session: Session, workspace_id: int, start: datetime, end: datetime) -> list[Any]:
    """Counts per segment x intent x handling x score: CSAT is 1-5, so counts carry every score exactly."""
    rows = session.execute(
        select(F.segment, F.intent, F.escalated, F.csat, func.count())
        .where(F.workspace_id == workspace_id, F.started_at >= start, F.started_at < end, F.outcome != "open")
        .group_by(F.segment, F.intent, F.escalated, F.csat)
    ).all()
    return [
        SimpleNamespace(segment=r[0], intent=r[1], escalated=bool(r[2]), csat=r[3], n=int(r[4])) for r in rows
    ]


def analyse(facts: list[Any]) -> list[dict[str, Any]]:
    """Test every segment x intent cell; returns one finding per tested cell (flagged or not)."""
    cells: dict[tuple[str, str], dict[str, list[int]]] = defaultdict(lambda: {"automated": [], "human": []})
    volume: dict[tuple[str, str], dict[str, int]] = defaultdict(lambda: {"automated": 0, "human": 0})
    for f in facts:
        side = "human" if f.escalated else "automated"
        n = int(getattr(f, "n", 1))
        volume[(f.segment, f.intent)][side] += n
        if f.csat is not None:
            cells[(f.segment, f.intent)][side].extend([int(f.csat)] * n)
    tested: list[dict[str, Any]] = []
    for (segment, intent), scores in sorted(cells.items()):
        a, h = scores["automated"], scores["human"]
        if len(a) < MIN_SAMPLE or len(h) < MIN_SAMPLE:
            continue
        vol = volume[(segment, intent)]
        tested.append(
            {
                "segment": segment,
                "intent": intent,
                "n_automated": len(a),
                "n_human": len(h),
                "csat_automated": round(sum(a) / len(a), 2),
                "csat_human": round(sum(h) / len(h), 2),
                "p": mann_whitney(a, h),
                "human_share": round(vol["human"] / max(1, vol["human"] + vol["automated"]), 3),
                "equivalent": tost_equivalent(a, h, EQUIVALENCE_MARGIN),
                "volume": vol["human"] + vol["automated"],
            }
        )
    adjusted = benjamini_hochberg([t["p"] for t in tested])
    for t, p_adj in zip(tested, adjusted, strict=True):
        t["p_adjusted"] = p_adj
        diff = t["csat_human"] - t["csat_automated"]
        equivalent, p_equiv = t.pop("equivalent")
        t["p_equivalence"] = p_equiv
        if p_adj < ALPHA and diff >= MIN_DIFFERENCE:
            t["kind"] = "hand_off_earlier"
        elif (
            p_adj < ALPHA
            and -diff >= MIN_DIFFERENCE
            or equivalent
            and t["human_share"] >= HUMAN_SHARE_FOR_AUTOMATE
        ):
            t["kind"] = "automate_more"
        else:
            t["kind"] = None
    return tested


def _p_text(p: float) -> str:
    for bound in (0.001, 0.01, 0.05):
        if p < bound:
            return f"p<{bound}"
    return f"p={p:.2f}"


def _title(t: dict[str, Any]) -> str:
    cell = f"for segment {t['segment']} and intent {t['intent']}"
    figures = (
        f"automated conversations have CSAT {t['csat_automated']:.1f} vs {t['csat_human']:.1f} when handled "
        f"by a person (n={t['n_automated'] + t['n_human']}, {_p_text(t['p_adjusted'])} adjusted)"
    )
    if t["kind"] == "hand_off_earlier":
        return f"{cell.capitalize()}, {figures}: hand off earlier"
    return f"{cell.capitalize()}, {figures}: automate them"


def run(
    session: Session, workspace_id: int, *, days: int = DEFAULT_DAYS, end: datetime | None = None
) -> list[Recommendation]:
    """Find where the balance is off over the last `days`, store new recommendations with their simulation."""
    end = end or now()
    start = end - timedelta(days=days)
    facts = _facts(session, workspace_id, start, end)
    findings = analyse(facts)
    tested = len(findings)
    created: list[Recommendation] = []
    full = None
    for t in findings:
        if t["kind"] is None:
            continue
        existing = session.scalar(
            select(Recommendation).where(
                Recommendation.workspace_id == workspace_id,
                Recommendation.segment == t["segment"],
                Recommendation.intent == t["intent"],
                Recommendation.kind == t["kind"],
                Recommendation.status.in_(("proposed", "applied")),
            )
        )
        if existing is not None and existing.status == "applied":
            continue
        if existing is not None:
            existing.status = "superseded"
        rec = Recommendation(
            workspace_id=workspace_id,
            kind=t["kind"],
            segment=t["segment"],
            intent=t["intent"],
            title=_title(t),
            period_start=start,
            period_end=end,
        )
        session.add(rec)
        session.flush()
        rule = policy_bridge.rule_for(t["kind"], t["segment"], t["intent"], rec.id)
        if full is None:
            full = list(
                session.execute(
                    select(
                        F.conversation_id, F.customer_id, F.segment, F.intent, F.channel, F.escalated, F.csat
                    ).where(F.workspace_id == workspace_id, F.started_at >= start, F.started_at < end)
                ).all()
            )
        rec.policy_change = {"op": "add_rule", "position": "first", "rule": rule}
        rec.simulation = policy_bridge.simulate_change(
            session, workspace_id, full, rule, (t["segment"], t["intent"]), weeks=days / 7
        )
        rec.evidence = {
            **t,
            "test": "Mann-Whitney U, two-sided; Benjamini-Hochberg across cells",
            "cells_tested": tested,
            "alpha": ALPHA,
            "min_sample": MIN_SAMPLE,
            "min_difference": MIN_DIFFERENCE,
            "days": days,
        }
        rec.reasons = _reasons(t, tested)
        created.append(rec)
    return created


def _reasons(t: dict[str, Any], tested: int) -> list[dict[str, Any]]:
    reasons = [
        {
            "detector": "csat_test",
            "label": "csat_difference",
            "score": round(t["csat_human"] - t["csat_automated"], 2),
            "detail": f"CSAT automated {t['csat_automated']} (n={t['n_automated']}) vs person "
            f"{t['csat_human']} "
            f"(n={t['n_human']}); Mann-Whitney p={t['p']:.2g}, adjusted over {tested} cells "
            f"p={t['p_adjusted']:.2g}",
        },
    ]
    if t["kind"] == "automate_more":
        reasons.append(
            {
                "detector": "csat_test",
                "label": "equivalent",
                "score": round(t["p_equivalence"], 4),
                "detail": f"people handle {t['human_share']:.0%} of this cell; the scores are within "
                f"{EQUIVALENCE_MARGIN} points (TOST p={t['p_equivalence']:.2g})",
            }
        )
    return reasons


def get(session: Session, workspace_id: int, recommendation_id: int) -> Recommendation:
    rec = session.get(Recommendation, recommendation_id)
    if rec is None or rec.workspace_id != workspace_id:
        raise NotFound(f"recommendation {recommendation_id} not found")
    return rec


def list_all(session: Session, workspace_id: int, status: str | None = None) -> list[Recommendation]:
    stmt = select(Recommendation).where(Recommendation.workspace_id == workspace_id)
    if status:
        stmt = stmt.where(Recommendation.status == status)
    return list(session.scalars(stmt.order_by(Recommendation.id.desc()).limit(200)))


def cell_figures(
    session: Session, workspace_id: int, segment: str, intent: str, start: datetime, end: datetime
) -> dict[str, Any]:
    rows = session.execute(
        select(F.escalated, F.csat, F.outcome).where(
            F.workspace_id == workspace_id,
            F.segment == segment,
            F.intent == intent,
            F.started_at >= start,
            F.started_at < end,
        )
    ).all()
    scores = [r.csat for r in rows if r.csat is not None]
    finished = [r for r in rows if r.outcome != "open"]
    return {
        "start": start.isoformat(),
        "end": end.isoformat(),
        "volume": len(rows),
        "handed_off_share": round(sum(1 for r in rows if r.escalated) / len(rows), 3) if rows else None,
        "containment": round(
            sum(1 for r in finished if r.outcome == "automated_confirmed") / len(finished), 3
        )
        if finished
        else None,
        "csat_n": len(scores),
        "csat": round(sum(scores) / len(scores), 2) if scores else None,
    }


def approve(
    session: Session, principal: Principal, workspace_id: int, recommendation_id: int, note: str | None = None
) -> Recommendation:
    """An admin applies the recommendation: a new, audited policy version; the effect is measured later."""
    if not principal.at_least("admin"):
        raise Forbidden("only an admin can apply a recommendation to the policy")
    rec = get(session, workspace_id, recommendation_id)
    if rec.status != "proposed":
        raise Conflict(f"recommendation {rec.id} is {rec.status}; only a proposed one can be applied")
    moment = now()
    rule = rec.policy_change.get("rule") or policy_bridge.rule_for(rec.kind, rec.segment, rec.intent, rec.id)
    version = policy_bridge.save_with_rule(
        session, principal, workspace_id, rule, comment=f"recommendation #{rec.id}: {rec.title}"[:500]
    )
    rec.status = "applied"
    rec.decided_by = principal.user_id
    rec.decided_at = moment
    rec.applied_policy_version = version
    rec.note = note
    days = int(rec.evidence.get("days", DEFAULT_DAYS))
    before = cell_figures(
        session, workspace_id, rec.segment, rec.intent, moment - timedelta(days=days), moment
    )
    rec.effect = {
        "before": before,
        "after": None,
        "measure_at": (moment + timedelta(days=days)).isoformat(),
        "policy_saved": version is not None,
    }
    audit.record(
        session,
        principal,
        workspace_id=workspace_id,
        action="recommendation.applied",
        entity_type="recommendation",
        entity_id=rec.id,
        changes={
            "status": ["proposed", "applied"],
            "policy_version": [None, version],
            "rule": rule,
            **({"note": note} if note else {}),
        },
    )
    jobs.enqueue(
        session,
        "analytics.measure_effect",
        {"recommendation_id": rec.id},
        run_at=moment + timedelta(days=days),
        workspace_id=workspace_id,
        dedupe_key=f"rec-effect:{rec.id}",
    )
    return rec


def dismiss(
    session: Session, principal: Principal, workspace_id: int, recommendation_id: int, note: str | None = None
) -> Recommendation:
    if not principal.at_least("admin"):
        raise Forbidden("only an admin can dismiss a recommendation")
    rec = get(session, workspace_id, recommendation_id)
    if rec.status != "proposed":
        raise Conflict(f"recommendation {rec.id} is {rec.status}; only a proposed one can be dismissed")
    rec.status, rec.decided_by, rec.decided_at, rec.note = "dismissed", principal.user_id, now(), note
    audit.record(
        session,
        principal,
        workspace_id=workspace_id,
        action="recommendation.dismissed",
        entity_type="recommendation",
        entity_id=rec.id,
        changes={"status": ["proposed", "dismissed"]},
    )
    return rec


def measure_effect(
    session: Session, recommendation_id: int, at: datetime | None = None
) -> Recommendation | None:
    """The cell's figures since the change, next to the period before it."""
    rec = session.get(Recommendation, recommendation_id)
    if rec is None or rec.status != "applied" or rec.decided_at is None:
        return rec
    moment = at or now()
    after = cell_figures(session, rec.workspace_id, rec.segment, rec.intent, rec.decided_at, moment)
    before = rec.effect.get("before") or {}
    delta = None
    if after.get("csat") is not None and before.get("csat") is not None:
        delta = round(after["csat"] - before["csat"], 2)
    rec.effect = {**rec.effect, "after": after, "csat_change": delta, "measured_at": moment.isoformat()}
    return rec


def handle_recommendations(session: Session, payload: dict[str, Any]) -> None:
    run(session, int(payload["workspace_id"]), days=int(payload.get("days", DEFAULT_DAYS)))


def handle_measure_effect(session: Session, payload: dict[str, Any]) -> None:
    measure_effect(session, int(payload["recommendation_id"]))
