"""Segments from rules (the policy's) and from behaviour (k-means over how customers contact us).

Behavioural features per customer over the last 90 days: share of contact reasons (intents), lowest
sentiment, lifetime value, share of each channel, number of contacts and share handed to people.
Each cluster gets a description built from the features that set it apart most.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from datetime import timedelta
from typing import Any

import numpy as np
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from warmline.analytics import service
from warmline.analytics.models import BehaviourSegment
from warmline.customers.models import Customer
from warmline.feedback.models import ConversationFact as F
from warmline.kit.clock import now
from warmline.policy import service as policy_service

WINDOW_DAYS = 90
MAX_CUSTOMERS = 20000
MIN_CUSTOMERS = 12


def _stance_of(session: Session, workspace_id: int) -> dict[str, str]:
    document, _ = policy_service.active(session, workspace_id)
    return {s.name: s.stance for s in document.segments}


def _features(session: Session, workspace_id: int) -> tuple[list[int], list[str], np.ndarray, dict[int, Any]]:
    since = now() - timedelta(days=WINDOW_DAYS)
    rows = session.execute(
        select(F.customer_id, F.intent, F.channel, F.sentiment, F.escalated, F.csat, F.outcome).where(
            F.workspace_id == workspace_id, F.started_at >= since, F.customer_id.is_not(None)
        )
    ).all()
    per: dict[int, list[Any]] = defaultdict(list)
    for r in rows:
        per[r.customer_id].append(r)
    customer_ids = sorted(per)[:MAX_CUSTOMERS]
    intents = [i for i, _ in Counter(r.intent for r in rows).most_common(8)]
    channels = [c for c, _ in Counter(r.channel for r in rows).most_common(4)]
    values: dict[int, float] = {}
    for start in range(0, len(customer_ids), 2000):
        for cid, attrs in session.execute(
            select(Customer.id, Customer.attributes).where(
                Customer.id.in_(customer_ids[start : start + 2000])
            )
        ):
            try:
                values[cid] = float((attrs or {}).get("lifetime_value") or 0)
            except (TypeError, ValueError):
                values[cid] = 0.0
    names = (
        [f"intent:{i}" for i in intents]
        + ["sentiment", "value"]
        + [f"channel:{c}" for c in channels]
        + ["contacts", "handed_off"]
    )
    matrix = np.zeros((len(customer_ids), len(names)), dtype=float)
    for row_index, cid in enumerate(customer_ids):
        items = per[cid]
        n = len(items)
        col = 0
        for i in intents:
            matrix[row_index, col] = sum(1 for r in items if r.intent == i) / n
            col += 1
        matrix[row_index, col] = min(r.sentiment for r in items)
        matrix[row_index, col + 1] = math.log1p(max(0.0, values.get(cid, 0.0)))
        col += 2
        for c in channels:
            matrix[row_index, col] = sum(1 for r in items if r.channel == c) / n
            col += 1
        matrix[row_index, col] = n
        matrix[row_index, col + 1] = sum(1 for r in items if r.escalated) / n
    return customer_ids, names, matrix, {cid: per[cid] for cid in customer_ids}


def _describe(names: list[str], centre: np.ndarray, raw_mean: np.ndarray) -> tuple[str, str]:
    # what sets the cluster apart: more of a reason or channel (not less), or marked sentiment/value/usage
    interest = np.array(
        [c if n.startswith(("intent:", "channel:")) else abs(c) for n, c in zip(names, centre, strict=True)]
    )
    order = np.argsort(-interest)
    phrases: list[str] = []
    tags: list[str] = []
    for idx in order[:3]:
        name, z, value = names[idx], centre[idx], raw_mean[idx]
        high = z > 0
        if name.startswith("intent:"):
            intent = name.split(":", 1)[1].replace("_", " ")
            phrases.append(
                f"{'mostly' if high else 'rarely'} contact us about {intent} ({value:.0%} of contacts)"
            )
            tags.append(intent if high else f"few {intent}")
        elif name.startswith("channel:"):
            channel = name.split(":", 1)[1]
            phrases.append(f"{'prefer' if high else 'seldom use'} {channel} ({value:.0%})")
            tags.append(channel if high else f"not {channel}")
        elif name == "sentiment":
            phrases.append(
                f"are {'calm' if high else 'often upset'} (lowest sentiment {value:+.2f} on average)"
            )
            tags.append("calm" if high else "upset")
        elif name == "value":
            phrases.append(f"are {'high' if high else 'low'} value (about {math.expm1(value):,.0f} lifetime)")
            tags.append("high value" if high else "low value")
        elif name == "contacts":
            phrases.append(
                f"get in touch {'often' if high else 'seldom'} ({value:.1f} in {WINDOW_DAYS} days)"
            )
            tags.append("frequent" if high else "occasional")
        elif name == "handed_off":
            phrases.append(f"are {'usually' if high else 'rarely'} handled by a person ({value:.0%})")
            tags.append("people-handled" if high else "self-served")
    label = " · ".join(tags)[:120]
    description = "Customers who " + "; ".join(phrases) + "."
    return label, description


def recompute(
    session: Session, workspace_id: int, *, max_k: int = 5, seed: int = 0
) -> list[BehaviourSegment]:
    from sklearn.cluster import KMeans
    from sklearn.metrics import silhouette_score
    from sklearn.preprocessing import StandardScaler

    customer_ids, names, matrix, per = _features(session, workspace_id)
    session.execute(delete(BehaviourSegment).where(BehaviourSegment.workspace_id == workspace_id))
    if len(customer_ids) < MIN_CUSTOMERS:
        return []
    scaler = StandardScaler()
    scaled = scaler.fit_transform(matrix)
    rng = np.random.default_rng(seed)
    sample = rng.choice(len(scaled), size=min(2000, len(scaled)), replace=False)
    best: tuple[float, Any] | None = None
    for k in range(2, min(max_k, len(customer_ids) - 1) + 1):
        model = KMeans(n_clusters=k, n_init=2, random_state=seed).fit(scaled)
        labels = model.labels_[sample]
        if len(set(labels)) < 2:
            continue
        score = float(silhouette_score(scaled[sample], labels))
        if best is None or score > best[0]:
            best = (score, model)
    if best is None:
        return []
    score, model = best
    stances = _stance_of(session, workspace_id)
    rule_segments = (
        dict(
            session.execute(
                select(Customer.id, Customer.segment).where(Customer.id.in_(customer_ids[:30000]))
            ).all()
        )
        if len(customer_ids) <= 30000
        else {}
    )
    out: list[BehaviourSegment] = []
    for cluster in range(model.n_clusters):
        members = [customer_ids[i] for i in np.where(model.labels_ == cluster)[0]]
        if not members:
            continue
        raw_mean = matrix[model.labels_ == cluster].mean(axis=0)
        label, description = _describe(names, model.cluster_centers_[cluster], raw_mean)
        facts = [f for cid in members for f in per[cid]]
        scores = [f.csat for f in facts if f.csat is not None]
        finished = [f for f in facts if f.outcome != "open"]
        rule_mix = Counter(rule_segments.get(cid) or "none" for cid in members)
        main_segment = rule_mix.most_common(1)[0][0]
        profile = {
            "features": {n: round(float(v), 3) for n, v in zip(names, raw_mean, strict=True)},
            "conversations": len(facts),
            "csat": round(sum(scores) / len(scores), 2) if scores else None,
            "csat_n": len(scores),
            "containment": round(
                sum(1 for f in finished if f.outcome == "automated_confirmed") / len(finished), 3
            )
            if finished
            else None,
            "handed_off_share": round(sum(1 for f in facts if f.escalated) / len(facts), 3)
            if facts
            else None,
            "rule_segments": dict(rule_mix.most_common()),
            "stance": stances.get(main_segment, main_segment),
            "silhouette": round(score, 3),
        }
        seg = BehaviourSegment(
            workspace_id=workspace_id,
            label=label or f"cluster {cluster + 1}",
            description=description,
            size=len(members),
            profile=profile,
            customer_ids=members[:5000],
        )
        session.add(seg)
        out.append(seg)
    session.flush()
    out.sort(key=lambda s: -s.size)
    return out


def list_segments(session: Session, workspace_id: int) -> list[BehaviourSegment]:
    return list(
        session.scalars(
            select(BehaviourSegment)
            .where(BehaviourSegment.workspace_id == workspace_id)
            .order_by(BehaviourSegment.size.desc())
        )
    )


def rule_segments(session: Session, workspace_id: int) -> list[dict[str, Any]]:
    stances = _stance_of(session, workspace_id)
    result = service.report(session, workspace_id, group_by=["segment"])
    return [
        {
            "segment": row.key["segment"],
            "stance": stances.get(row.key["segment"]),
            "figures": row.figures.model_dump(),
        }
        for row in result.rows
    ]


def handle_segments(session: Session, payload: dict[str, Any]) -> None:
    recompute(session, int(payload["workspace_id"]))
