"""Messages that need a person are never answered by automation first.

Runs the triage engineers' must-human examples (escalation_check.jsonl when it exists, else the public check
set) through the live pipeline of the seeded demo workspace and counts how many got an automated answer
instead of a person. A deterministic sample keeps the test fast; bench-level runs can use them all.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session, sessionmaker

from tests.automation.helpers import load_jsonl, say, seed_demo
from tests.conftest import Backend

TRIAGE_DATA = Path(__file__).resolve().parent.parent / "triage" / "data"
SAMPLE = 150
#: the share of must-human messages that may get an automated answer first (triage recall is not perfect)
MAX_AUTOMATED_FIRST = 0.05


def _must_human() -> list[str]:
    for name in ("escalation_check.jsonl", "escalation_public_check.jsonl"):
        path = TRIAGE_DATA / name
        if path.exists():
            rows = [r for r in load_jsonl(path) if r.get("label") == "must_human"]
            step = max(1, len(rows) // SAMPLE)
            return [r["text"] for r in rows[::step][:SAMPLE]]
    return []


def test_must_human_messages_are_not_answered_by_automation_first(
    client: TestClient, factory: sessionmaker[Session], backend: Backend
) -> None:
    if backend.name != "sqlite":
        # an evaluation of triage + policy + automation, not of the database; the routine-question test and
        # every behaviour test run on PostgreSQL too
        pytest.skip("evaluation runs once, on SQLite")
    texts = _must_human()
    assert texts, "no must-human examples found in tests/triage/data"
    demo = seed_demo(factory)
    automated_first: list[str] = []
    for i, text in enumerate(texts):
        result = say(client, demo, text, customer=f"mh-{i}")
        if result["decision"]["action"] == "automate" and result["replies"]:
            automated_first.append(text)
    share = len(automated_first) / len(texts)
    print(
        f"\nmust-human messages: {len(texts)}, "
        f"answered by automation first: {len(automated_first)} ({share:.1%})"
    )
    print("\n".join(automated_first[:40]))
    assert share <= MAX_AUTOMATED_FIRST, automated_first
