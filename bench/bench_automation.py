"""How fast `automation.respond()` answers, on the seeded demo workspace.

Runs the routine questions of tests/automation/data/routine_questions.jsonl through `respond()` alone
(no triage, no policy: an empty TriageResult), each in a new conversation, and records latency (p50/p95,
first call excluded) and the share automation itself handled. The end-to-end figures (with triage and the
policy) come from tests/automation/test_routine_questions.py and are in docs/automation.md.

    .venv/bin/python bench/bench_automation.py   # writes bench/results/automation.json
"""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT.parent / "src"))

from sqlalchemy import select  # noqa: E402

from warmline.db import make_engine, make_sessionmaker, transaction  # noqa: E402
from warmline.migrate import upgrade  # noqa: E402


def main() -> None:
    from warmline.automation.service import respond
    from warmline.conversations.models import Conversation, Message
    from warmline.customers.models import Customer
    from warmline.demo.seed import seed_workspace
    from warmline.policy.schemas import PolicyContext
    from warmline.triage.result import TriageResult

    url = f"sqlite:///{tempfile.mkdtemp()}/bench.db"
    upgrade(url)
    factory = make_sessionmaker(make_engine(url))
    with transaction(factory) as session:
        workspace_id = seed_workspace(session).workspace_id
    questions = [
        json.loads(line)
        for line in (ROOT.parent / "tests/automation/data/routine_questions.jsonl").read_text().splitlines()
        if line.strip()
    ]
    latencies: list[float] = []
    handled = 0
    with transaction(factory) as session:
        customers = {c.external_id: c for c in session.scalars(select(Customer))}
        for i, q in enumerate(questions):
            customer = customers[q.get("customer", "cus_1001")]
            conversation = Conversation(workspace_id=workspace_id, customer_id=customer.id, subject="bench")
            session.add(conversation)
            session.flush()
            message = Message(
                workspace_id=workspace_id, conversation_id=conversation.id, author="customer", text=q["text"]
            )
            session.add(message)
            session.flush()
            context = PolicyContext(workspace_id=workspace_id, segment=customer.segment)
            start = time.perf_counter()
            outcome = respond(
                session,
                conversation=conversation,
                customer=customer,
                message=message,
                triage=TriageResult(),
                context=context,
            )
            if i:
                latencies.append((time.perf_counter() - start) * 1000)
            handled += int(outcome.handled)
        session.rollback()
    latencies.sort()
    result = {
        "questions": len(questions),
        "handled_share": handled / len(questions),
        "latency_ms_p50": statistics.median(latencies),
        "latency_ms_p95": latencies[int(0.95 * (len(latencies) - 1))],
        "note": "respond() only, SQLite, query embedding included, no triage/policy",
    }
    print(json.dumps(result, indent=2))
    (ROOT / "results" / "automation.json").write_text(json.dumps(result, indent=2) + "\n")


if __name__ == "__main__":
    main()
