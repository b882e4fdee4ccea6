"""The policy simulator on 1,000 synthetic conversations: how long it takes, and whether its counts match a
replay of the same conversations through the live pipeline (scratch SQLite database).

    .venv/bin/python bench/bench_policy_simulator.py [--replay N]
    # writes bench/results/policy_simulator.json
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT.parent / "src"))
sys.path.insert(0, str(ROOT.parent))

from tests.policy.replay import prepare_workspace, replay  # noqa: E402

from warmline.db import make_engine, make_sessionmaker, transaction  # noqa: E402
from warmline.migrate import upgrade  # noqa: E402
from warmline.policy.document import DEFAULT_POLICY_PATH, DEMO_POLICY_PATH, parse_policy  # noqa: E402
from warmline.policy.simulator import load_jsonl, simulate  # noqa: E402
from warmline.workspaces import service as workspaces  # noqa: E402

DATA = ROOT.parent / "tests" / "policy" / "data" / "conversations_1000.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--replay", type=int, default=1000, help="how many conversations to replay live")
    args = parser.parse_args()
    convs = load_jsonl(DATA.read_text().splitlines())
    demo, default = parse_policy(DEMO_POLICY_PATH.read_text()), parse_policy(DEFAULT_POLICY_PATH.read_text())
    simulate(demo, convs[:5])  # load the triage models once, outside the timing
    runs = []
    for _ in range(3):
        started = time.perf_counter()
        report = simulate(demo, convs, default)
        runs.append(time.perf_counter() - started)
    single = time.perf_counter()
    simulate(demo, convs)
    single_seconds = time.perf_counter() - single

    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{tmp}/replay.db"
        upgrade(url)
        factory = make_sessionmaker(make_engine(url))
        with transaction(factory) as session:
            workspace_id = workspaces.create(session, slug="bench", name="Bench").id
        prepare_workspace(factory, workspace_id, DEMO_POLICY_PATH.read_text())
        subset = convs[: args.replay]
        started = time.perf_counter()
        live = replay(factory, workspace_id, subset)
        replay_seconds = time.perf_counter() - started
    simulated = {str(o.id): o.actions for o in simulate(demo, subset).outcomes}
    mismatches = [cid for cid in simulated if simulated[cid] != live.get(cid)]

    def outcome(actions: list[str]) -> str:
        if "hand_off" in actions:
            return "handed_off"
        return "offered" if "offer_human" in actions else "automated"

    result = {
        "conversations": report.conversations,
        "messages": report.messages,
        "simulate_candidate_and_baseline_seconds": {"min": round(min(runs), 3), "max": round(max(runs), 3)},
        "simulate_candidate_only_seconds": round(single_seconds, 3),
        "candidate_counts": report.candidate.overall.counts,
        "baseline_counts": report.baseline.overall.counts if report.baseline else None,
        "changed": report.changed_count,
        "replayed": len(subset),
        "replay_seconds": round(replay_seconds, 2),
        "replay_counts": dict(Counter(outcome(a) for a in live.values())),
        "simulated_counts_for_replayed": dict(Counter(outcome(a) for a in simulated.values())),
        "per_conversation_mismatches": len(mismatches),
        "machine": platform.platform(),
    }
    out = ROOT / "results" / "policy_simulator.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
