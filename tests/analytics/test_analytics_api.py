"""Figures a supervisor reads: honest containment, CSAT with intervals, CSV equal to the API, /metrics."""

from __future__ import annotations

import csv
import io
from datetime import timedelta

from tests.feedback import helpers
from warmline.db import transaction
from warmline.feedback import service as feedback
from warmline.feedback.accounting import refresh_facts
from warmline.kit.clock import now


def _dataset(factory, workspace_id):  # type: ignore[no-untyped-def]
    """6 automated (2 confirmed by the customer, 4 silent), 3 handed off (1 straight to a person)."""
    with transaction(factory) as session:
        a = helpers.customer(session, workspace_id, "a", segment="self_serve")
        b = helpers.customer(session, workspace_id, "b", segment="white_glove")
        autos = [
            helpers.conversation(
                session, a, intent="delivery_status", started=now() - timedelta(days=2, hours=i)
            )
            for i in range(6)
        ]
        feedback.record_csat(session, workspace_id=workspace_id, conversation_id=autos[0].id, score=5)
        feedback.record_signal(
            session, workspace_id=workspace_id, conversation_id=autos[1].id, kind="bot_helped"
        )
        feedback.record_csat(
            session, workspace_id=workspace_id, conversation_id=autos[2].id, score=2, bot_did_not_help=True
        )
        esc = helpers.conversation(
            session,
            a,
            intent="billing",
            handed_off_after=60,
            human_reply_after=240,
            started=now() - timedelta(days=3),
        )
        direct = helpers.conversation(
            session,
            b,
            intent="billing",
            bot_answers=0,
            handed_off_after=1,
            human_reply_after=120,
            started=now() - timedelta(days=3),
        )
        waiting = helpers.conversation(
            session,
            b,
            intent="billing",
            bot_answers=0,
            handed_off_after=1,
            resolved_after=None,
            started=now() - timedelta(days=5),
        )
        feedback.record_csat(session, workspace_id=workspace_id, conversation_id=esc.id, score=4)
        feedback.record_csat(session, workspace_id=workspace_id, conversation_id=direct.id, score=5)
        feedback.flag_repeat(session, _agent(workspace_id), workspace_id, esc.id)
        refresh_facts(session, workspace_id)
        return {"esc": esc.id, "direct": direct.id, "waiting": waiting.id, "autos": [c.id for c in autos]}


def _agent(workspace_id):  # type: ignore[no-untyped-def]
    from warmline.auth.principal import Principal

    return Principal(workspace_id=workspace_id, role="agent")


def test_silence_is_never_counted_as_containment(client, tenant, factory):
    _dataset(factory, tenant.id)
    r = client.get("/api/v1/analytics/report", headers=tenant.headers("supervisor"))
    assert r.status_code == 200, r.text
    t = r.json()["total"]
    assert t["volume"] == 9 and t["finished"] == 9
    assert t["automated_confirmed"] == 2  # a 5 and an explicit "it helped"; the 2 with "didn't help" is not
    assert t["automated_assumed"] == 4
    assert t["containment"] == round(2 / 9, 4) and t["containment_assumed"] == round(4 / 9, 4)
    assert t["assisted"] == 1 and t["escalated_after_bot"] == 1 and t["abandoned"] == 1  # nobody answered
    assert t["escalation_rate"] == round(3 / 9, 4)
    assert t["time_to_human_s"] == 180.0  # (240 + 120) / 2
    assert t["csat_n"] == 4 and t["csat"] == 4.0
    assert t["csat_ci_low"] < 4.0 < t["csat_ci_high"]
    assert t["repeat_rate"] == round(1 / 3, 4)


def test_breakdown_by_mode_and_segment_and_csv_matches_the_api(client, tenant, factory):
    _dataset(factory, tenant.id)
    params = {"group_by": "mode,segment,intent"}
    api = client.get("/api/v1/analytics/report", params=params, headers=tenant.headers()).json()
    keys = {(r["key"]["mode"], r["key"]["segment"], r["key"]["intent"]): r["figures"] for r in api["rows"]}
    assert keys[("automated", "self_serve", "delivery_status")]["volume"] == 6
    assert keys[("human", "white_glove", "billing")]["volume"] == 2
    r = client.get("/api/v1/analytics/report.csv", params=params, headers=tenant.headers())
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert len(rows) == len(api["rows"])
    for row, api_row in zip(rows, api["rows"], strict=True):
        assert (row["mode"], row["segment"], row["intent"]) == (
            api_row["key"]["mode"],
            api_row["key"]["segment"],
            api_row["key"]["intent"],
        )
        for column in (
            "volume",
            "containment",
            "containment_assumed",
            "escalation_rate",
            "csat",
            "csat_ci_low",
            "csat_ci_high",
            "time_to_human_s",
            "reopen_rate",
            "repeat_rate",
        ):
            value = api_row["figures"][column]
            assert row[column] == ("" if value is None else str(value)), column
    # filters narrow the figures
    only = client.get(
        "/api/v1/analytics/report", params={"segment": "white_glove"}, headers=tenant.headers()
    ).json()
    assert only["total"]["volume"] == 2


def test_trend_and_bad_parameters(client, tenant, factory):
    _dataset(factory, tenant.id)
    r = client.get("/api/v1/analytics/trend", params={"bucket": "week"}, headers=tenant.headers())
    assert r.status_code == 200
    assert sum(p["figures"]["volume"] for p in r.json()["points"]) == 9
    for params in (
        {"group_by": "colour"},
        {"start": "2026-05-01", "end": "2026-04-01"},
        {"bucket": "year"},
        {"group_by": "mode,mode"},
        {"start": "yesterday"},
    ):
        path = "/api/v1/analytics/trend" if "bucket" in params else "/api/v1/analytics/report"
        r = client.get(path, params=params, headers=tenant.headers())
        assert r.status_code in (400, 422), (params, r.text)


def test_roles_and_workspaces(client, tenant, other_tenant, factory):
    _dataset(factory, tenant.id)
    assert client.get("/api/v1/analytics/report", headers=tenant.headers("agent")).status_code == 403
    other = client.get("/api/v1/analytics/report", headers=other_tenant.headers()).json()
    assert other["total"]["volume"] == 0


def test_metrics_in_prometheus_format(client, tenant, factory):
    _dataset(factory, tenant.id)
    r = client.get("/metrics", headers=tenant.headers("supervisor"))
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/plain")
    body = r.text
    assert "# TYPE warmline_queue_depth gauge" in body
    assert 'warmline_queue_depth{priority="normal"} 1' in body  # the handed-off conversation nobody answered
    assert 'warmline_decisions_total{action="automate"}' in body
    assert 'warmline_decisions_total{action="hand_off"} 3' in body
    assert "warmline_wait_seconds_max" in body and "warmline_errors_total" in body
    assert client.get("/metrics").status_code == 401
