"""The recommendation job against a synthetic history with a planted effect and a planted null effect."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from warmline.analytics import policy_bridge
from warmline.analytics import recommendations as recs
from warmline.audit.models import AuditEntry
from warmline.db import transaction
from warmline.demo.history import PLANTED_EFFECT, PLANTED_NULL, generate_history
from warmline.feedback.models import ConversationFact
from warmline.kit.clock import now


def _replay(factory, workspace_id, cell):  # type: ignore[no-untyped-def]
    with transaction(factory) as session:
        facts = list(
            session.execute(
                select(
                    ConversationFact.conversation_id,
                    ConversationFact.customer_id,
                    ConversationFact.segment,
                    ConversationFact.intent,
                    ConversationFact.channel,
                    ConversationFact.escalated,
                    ConversationFact.csat,
                ).where(
                    ConversationFact.workspace_id == workspace_id,
                    ConversationFact.started_at >= now() - timedelta(days=recs.DEFAULT_DAYS),
                )
            ).all()
        )
        return policy_bridge.replay_active(session, workspace_id, facts, cell)


def test_finds_the_planted_effect_not_the_null_and_applying_it_moves_the_figures(
    client, tenant, other_tenant, factory
):
    with transaction(factory) as session:
        summary = generate_history(session, tenant.id, days=90, conversations=5000, seed=7)
    assert summary.conversations == 5000 and summary.facts == 5000 and summary.messages > 15000

    r = client.post("/api/v1/analytics/recommendations/run", headers=tenant.headers("supervisor"), json={})
    assert r.status_code == 403
    r = client.post("/api/v1/analytics/recommendations/run", headers=tenant.headers(), json={})
    assert r.status_code == 201, r.text
    found = r.json()
    cells = {(x["segment"], x["intent"]): x for x in found}
    assert PLANTED_EFFECT in cells, [x["title"] for x in found]
    assert PLANTED_NULL not in cells
    rec = cells[PLANTED_EFFECT]
    assert rec["kind"] == "hand_off_earlier" and rec["status"] == "proposed"
    assert len(found) == 1, [x["title"] for x in found]  # nothing else was planted
    ev = rec["evidence"]
    assert ev["csat_automated"] < 3.3 and ev["csat_human"] > 4.1 and ev["p_adjusted"] < 0.01
    assert ev["n_automated"] >= recs.MIN_SAMPLE and ev["n_human"] >= recs.MIN_SAMPLE
    assert "hand off earlier" in rec["title"] and "balanced" in rec["title"] and "billing" in rec["title"]
    assert rec["reasons"] and rec["policy_change"]["rule"]["then"]["action"] == "hand_off"
    sim = rec["simulation"]
    assert sim["cell"]["candidate"]["human"] > sim["cell"]["baseline"]["human"]
    assert sim["cell"]["candidate"]["projected_csat"] > sim["cell"]["baseline"]["projected_csat"] + 0.8
    assert sim["changed"] > 0

    # another workspace sees nothing of it
    assert (
        client.get(
            f"/api/v1/analytics/recommendations/{rec['id']}", headers=other_tenant.headers()
        ).status_code
        == 404
    )
    # running again does not pile up duplicates
    again = client.post("/api/v1/analytics/recommendations/run", headers=tenant.headers(), json={}).json()
    listed = client.get("/api/v1/analytics/recommendations?status=proposed", headers=tenant.headers()).json()
    assert len(listed) == 1 and len(again) == 1
    rec_id = listed[0]["id"]

    before = _replay(factory, tenant.id, PLANTED_EFFECT)
    assert (
        client.post(
            f"/api/v1/analytics/recommendations/{rec_id}/approve",
            headers=tenant.headers("supervisor"),
            json={},
        ).status_code
        == 403
    )
    r = client.post(
        f"/api/v1/analytics/recommendations/{rec_id}/approve",
        headers=tenant.headers(),
        json={"note": "agreed in the Monday review"},
    )
    assert r.status_code == 200, r.text
    applied = r.json()
    assert applied["status"] == "applied" and applied["decided_by"] == tenant.user_ids["admin"]
    assert applied["effect"]["before"]["volume"] > 0
    after = _replay(factory, tenant.id, PLANTED_EFFECT)
    # the replayed figures move the right way: the cell goes to people and its projected CSAT rises
    assert after["cell"]["human"] > before["cell"]["human"] + 0.5
    assert after["cell"]["projected_csat"] > before["cell"]["projected_csat"] + 0.8
    assert after["overall"]["projected_csat"] > before["overall"]["projected_csat"]
    assert applied["applied_policy_version"] is not None
    assert after["policy_version"] == applied["applied_policy_version"]
    with transaction(factory) as session:
        actions = set(session.scalars(select(AuditEntry.action).where(AuditEntry.workspace_id == tenant.id)))
    assert "recommendation.applied" in actions
    # applying twice is a conflict, not a second policy version
    assert (
        client.post(
            f"/api/v1/analytics/recommendations/{rec_id}/approve", headers=tenant.headers(), json={}
        ).status_code
        == 409
    )
    # the effect is measured against the period before
    r = client.post(f"/api/v1/analytics/recommendations/{rec_id}/measure", headers=tenant.headers())
    assert r.status_code == 200 and r.json()["effect"]["after"] is not None


def test_too_small_a_sample_is_never_flagged():
    from types import SimpleNamespace

    facts = [
        SimpleNamespace(
            segment="s",
            intent="i",
            channel="api",
            escalated=i % 2 == 0,
            csat=5 if i % 2 == 0 else 1,
            outcome="assisted",
        )
        for i in range(40)
    ]
    tested = recs.analyse(facts)
    assert tested == []  # 20 answers a side is under the minimum sample


def _cell(segment, intent, escalated, scores):  # type: ignore[no-untyped-def]
    from types import SimpleNamespace

    return [
        SimpleNamespace(segment=segment, intent=intent, escalated=escalated, csat=s, n=1, outcome="x")
        for s in scores
    ]


def test_people_scoring_the_same_as_automation_in_a_people_heavy_cell_means_automate_them():
    import random

    rng = random.Random(3)
    same = [rng.choice([4, 4, 4, 5, 5, 3]) for _ in range(400)]
    facts = _cell("self_serve", "password_reset", True, same[:300]) + _cell(
        "self_serve", "password_reset", False, same[300:]
    )
    (finding,) = recs.analyse(facts)
    assert finding["kind"] == "automate_more" and finding["human_share"] == 0.75
    assert "automate them" in recs._title(finding)


def test_many_cells_of_pure_noise_flag_nothing():
    import random

    rng = random.Random(11)
    facts = []
    for i in range(40):  # 40 cells tested: without the multiple-comparison care some would look significant
        for escalated in (True, False):
            facts += _cell(f"seg{i % 4}", f"intent{i}", escalated, [rng.randint(1, 5) for _ in range(35)])
    tested = recs.analyse(facts)
    assert len(tested) == 40
    assert [t for t in tested if t["kind"] == "hand_off_earlier"] == []
