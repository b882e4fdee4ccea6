"""The simulator: fast on 1,000 conversations, and its counts match a replay through the live pipeline."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from click.testing import CliRunner
from sqlalchemy.orm import Session, sessionmaker

from tests.conftest import Tenant
from tests.policy.replay import prepare_workspace, replay
from warmline.cli import cli
from warmline.policy.document import DEFAULT_POLICY_PATH, DEMO_POLICY_PATH, parse_policy
from warmline.policy.simulator import load_jsonl, simulate

DATA = Path(__file__).parent / "data" / "conversations_1000.jsonl"
DEMO_SOURCE = DEMO_POLICY_PATH.read_text()


def _outcome(actions: list[str]) -> str:
    return "handed_off" if "hand_off" in actions else "offered" if "offer_human" in actions else "automated"


def test_the_simulator_covers_every_segment_and_the_counts_add_up() -> None:
    # the whole file's timing and its full live replay are in bench/bench_policy_simulator.py
    convs = load_jsonl(DATA.read_text().splitlines())
    assert len(convs) == 1000
    report = simulate(parse_policy(DEMO_SOURCE), convs[:120], parse_policy(DEFAULT_POLICY_PATH.read_text()))
    assert report.conversations == 120
    assert set(report.candidate.by_segment) == {"self_serve", "balanced", "white_glove"}
    assert sum(report.candidate.overall.counts.values()) == 120
    assert report.candidate.by_segment["white_glove"].handed_off == 1.0
    assert report.candidate.by_moment["crisis.missed_delivery"].handed_off == 1.0
    assert report.changed_count == len(report.changed) > 0
    assert all(c.baseline_actions != c.candidate_actions or c.baseline != c.candidate for c in report.changed)


def test_the_cli_prints_the_report_as_json(tmp_path: Path) -> None:
    sample = tmp_path / "sample.jsonl"
    sample.write_text("\n".join(DATA.read_text().splitlines()[:50]) + "\n")
    result = CliRunner().invoke(
        cli, ["policy", "simulate", "--policy", str(DEMO_POLICY_PATH), "--input", str(sample), "--json"]
    )
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["conversations"] == 50 and "by_segment" in report["candidate"]
    broken = tmp_path / "broken.yaml"
    broken.write_text("rules:\n  - name: a\n    then: {action: guess}\n")
    refused = CliRunner().invoke(cli, ["policy", "simulate", "--policy", str(broken), "--input", str(sample)])
    assert refused.exit_code == 2
    assert f"{broken}:3:" in refused.stderr


def test_simulator_counts_match_a_replay_through_the_live_pipeline(
    factory: sessionmaker[Session], tenant: Tenant
) -> None:
    convs = load_jsonl(DATA.read_text().splitlines())[:40]
    report = simulate(parse_policy(DEMO_SOURCE), convs)
    prepare_workspace(factory, tenant.id, DEMO_SOURCE)
    live = replay(factory, tenant.id, convs)
    simulated = {str(o.id): o.actions for o in report.outcomes}
    mismatches = {cid: (simulated[cid], live[cid]) for cid in simulated if simulated[cid] != live[cid]}
    assert mismatches == {}
    live_counts = Counter(_outcome(a) for a in live.values())
    assert dict(live_counts) == {k: v for k, v in report.candidate.overall.counts.items() if v}
