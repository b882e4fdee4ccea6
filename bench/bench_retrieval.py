"""Retrieval quality and speed on the demo knowledge base.

Builds a scratch SQLite database with the demo workspace's articles, then runs the dev questions
(bench/data/retrieval_dev.jsonl, written from the demo articles, separate from the 100-question test set):
recall@1/@5 and MRR at article level, the answer threshold's precision and coverage (out-of-scope questions
included), and latency per query (query embedding + BM25 + fusion, nothing cached). With --tune it also
grid-searches the blend weights and the threshold.

    .venv/bin/python bench/bench_retrieval.py [--tune]   # writes bench/results/retrieval.json
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT.parent / "src"))

from warmline.db import make_engine, make_sessionmaker, transaction  # noqa: E402
from warmline.knowledge import retrieval  # noqa: E402
from warmline.migrate import upgrade  # noqa: E402

OUT_OF_SCOPE = [
    "what is the meaning of life",
    "can you recommend a good film",
    "I want a pony",
    "what's the weather tomorrow",
    "write me a poem about cheese",
    "who won the football last night",
    "how do I fix my car engine",
    "do you sell mobile phones",
    "can I book a hotel room",
    "what's the capital of france",
    "my dog ate my homework",
    "tell me a joke",
    "how do I learn python",
    "is bitcoin a good investment",
    "can you do my tax return",
    "where can I buy concert tickets",
    "how tall is mount everest",
    "I need a plumber for my bathroom",
    "translate hello into japanese",
    "what time is it in tokyo",
]


def load_dev() -> list[dict[str, str]]:
    path = ROOT / "data" / "retrieval_dev.jsonl"
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def build_db() -> tuple[object, int]:
    from warmline.demo import automation_seed
    from warmline.workspaces import service as workspaces

    url = f"sqlite:///{tempfile.mkdtemp()}/bench.db"
    upgrade(url)
    factory = make_sessionmaker(make_engine(url))
    with transaction(factory) as session:
        workspace = workspaces.create(session, slug="demo", name="Hearthbox", timezone="Europe/London")
        automation_seed.seed(session, workspace)
        return factory, workspace.id


def evaluate(
    factory: object, workspace_id: int, dev: list[dict[str, str]], threshold: float, timed: bool = False
) -> dict[str, Any]:
    ranks: list[int | None] = []
    answered = answered_right = 0
    oos_answered = 0
    latencies: list[float] = []
    with transaction(factory) as session:  # type: ignore[arg-type]
        retrieval.search(session, workspace_id, "warm up", k=5)
        for q in dev:
            if timed:
                retrieval.embed_query.cache_clear()
            start = time.perf_counter()
            hits = retrieval.search(session, workspace_id, q["text"], k=5)
            latencies.append((time.perf_counter() - start) * 1000)
            slugs = [h.slug for h in hits]
            ranks.append(slugs.index(q["expected"]) + 1 if q["expected"] in slugs else None)
            if retrieval.confidence(hits) >= threshold:
                answered += 1
                answered_right += int(bool(slugs) and slugs[0] == q["expected"])
        for text in OUT_OF_SCOPE:
            hits = retrieval.search(session, workspace_id, text, k=5)
            oos_answered += int(retrieval.confidence(hits) >= threshold)
    n = len(dev)
    result = {
        "questions": n,
        "recall_at_1": sum(1 for r in ranks if r == 1) / n,
        "recall_at_5": sum(1 for r in ranks if r is not None) / n,
        "mrr": sum(1 / r for r in ranks if r is not None) / n,
        "threshold": threshold,
        "answered_share": answered / n,
        "answer_precision": answered_right / max(1, answered),
        "out_of_scope_questions": len(OUT_OF_SCOPE),
        "out_of_scope_answered": oos_answered,
    }
    if timed:
        latencies.sort()
        result["latency_ms_p50"] = statistics.median(latencies)
        result["latency_ms_p95"] = latencies[int(0.95 * (len(latencies) - 1))]
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tune", action="store_true")
    args = parser.parse_args()
    from warmline.automation import answers

    dev = load_dev()
    factory, workspace_id = build_db()
    tuning = []
    if args.tune:
        for lexical in (0.2, 0.3, 0.35, 0.45):
            for title in (0.0, 0.2, 0.3, 0.4):
                retrieval.LEXICAL_WEIGHT, retrieval.TITLE_WEIGHT = lexical, title
                retrieval._indexes.clear()
                for threshold in (0.4, 0.42, 0.44, 0.46, 0.48, 0.5):
                    r = evaluate(factory, workspace_id, dev, threshold)
                    tuning.append({"lexical_weight": lexical, "title_weight": title, **r})
        tuning.sort(key=lambda r: (-r["mrr"], -r["answered_share"]))
        for r in tuning[:10]:
            print({k: round(v, 3) if isinstance(v, float) else v for k, v in r.items()})
        retrieval._indexes.clear()
    import importlib

    importlib.reload(retrieval)
    result = evaluate(factory, workspace_id, dev, answers.ANSWER_THRESHOLD, timed=True)
    result.update(
        {
            "lexical_weight": retrieval.LEXICAL_WEIGHT,
            "title_weight": retrieval.TITLE_WEIGHT,
            "articles": 39,
            "note": "article-level metrics; latency includes embedding the query",
        }
    )
    print(json.dumps(result, indent=2))
    out = ROOT / "results" / "retrieval.json"
    out.write_text(json.dumps(result, indent=2) + "\n")


if __name__ == "__main__":
    main()
