"""Message ingest (POST a customer message: persisted, triaged, decided) against a bare FastAPI echo.

Both servers run as single uvicorn processes on this machine and are driven by the same async load
generator, one after the other, in the same run. Writes bench/results/ingest.json.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _servers import free_port, rss_mb, start, stop, wait_healthy  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
MESSAGES = [
    "Where is my order? It was due yesterday.",
    "How do I skip next week's box?",
    "Can I change my delivery day to Friday?",
    "The oven shows error E4 and won't heat",
    "I was charged twice this month",
    "Thanks, that worked!",
    "I want to pause my subscription for two weeks while we travel",
    "What's your refund policy for damaged items?",
]


async def drive(
    url: str, make_body, headers: dict[str, str], total: int, concurrency: int
) -> dict[str, float]:
    latencies: list[float] = []
    errors = 0
    counter = iter(range(total))

    async with httpx.AsyncClient(headers=headers, timeout=30) as client:
        async def worker() -> None:
            nonlocal errors
            for i in counter:
                started = time.perf_counter()
                response = await client.post(url, json=make_body(i))
                latencies.append((time.perf_counter() - started) * 1000)
                if response.status_code >= 300:
                    errors += 1

        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        elapsed = time.perf_counter() - started
    latencies.sort()
    return {
        "requests": total,
        "errors": errors,
        "rps": round(total / elapsed, 1),
        "p50_ms": round(statistics.median(latencies), 2),
        "p99_ms": round(latencies[int(len(latencies) * 0.99) - 1], 2),
    }


def prepare_database(url: str) -> tuple[str, int]:
    """Migrate; create a workspace, a token and one open conversation. Returns (token, conversation id)."""
    from warmline.auth.service import create_token
    from warmline.conversations.schemas import ConversationCreate
    from warmline.conversations.service import open_conversation
    from warmline.db import make_engine, make_sessionmaker, transaction
    from warmline.migrate import upgrade
    from warmline.workspaces.service import create

    upgrade(url)
    factory = make_sessionmaker(make_engine(url))
    with transaction(factory) as session:
        workspace = create(session, slug="bench", name="Bench")
        _, token = create_token(session, workspace_id=workspace.id, role="admin")
        result = open_conversation(session, workspace.id, ConversationCreate.model_validate(
            {"customer": {"external_id": "bench-customer"}, "message": {"text": "hello"}}))
    return token, result.conversation.id


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--sequential", type=int, default=300, help="requests sent one at a time (latency)")
    parser.add_argument("--out", default=str(ROOT / "bench" / "results" / "ingest.json"))
    args = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="warmline-bench-"))
    db_url = f"sqlite:///{workdir / 'bench.db'}"
    token, conversation_id = prepare_database(db_url)

    results: dict[str, object] = {"database": "sqlite", "requests": args.requests,
                                  "concurrency": args.concurrency}
    echo_port, app_port = free_port(), free_port()
    echo = start(["-m", "uvicorn", "echo_app:app", "--port", str(echo_port), "--log-level", "warning",
                  "--app-dir", str(ROOT / "bench")], {}, workdir / "echo.log")
    try:
        wait_healthy(f"http://127.0.0.1:{echo_port}/healthz", echo)
        body = lambda i: {"text": MESSAGES[i % len(MESSAGES)], "client_msg_id": f"e{i}"}  # noqa: E731
        asyncio.run(drive(f"http://127.0.0.1:{echo_port}/echo", body, {}, 200, args.concurrency))
        results["echo"] = asyncio.run(drive(f"http://127.0.0.1:{echo_port}/echo", body, {}, args.requests,
                                            args.concurrency))
        results["echo_sequential"] = asyncio.run(drive(f"http://127.0.0.1:{echo_port}/echo", body, {},
                                                       args.sequential, 1))
    finally:
        stop(echo)

    app = start(["-m", "warmline", "serve", "--port", str(app_port)],
                {"WARMLINE_DATABASE_URL": db_url, "WARMLINE_LOG_LEVEL": "warning", "WARMLINE_ENV": "dev"},
                workdir / "app.log")
    try:
        results["app_start_seconds"] = round(wait_healthy(f"http://127.0.0.1:{app_port}/healthz", app), 2)
        url = f"http://127.0.0.1:{app_port}/api/v1/conversations/{conversation_id}/messages"
        headers = {"Authorization": f"Bearer {token}"}
        body = lambda i: {"text": MESSAGES[i % len(MESSAGES)], "client_msg_id": f"w{i}",  # noqa: E731
                          "author": "customer"}
        asyncio.run(drive(url, lambda i: {**body(i), "client_msg_id": f"warm{i}"}, headers, 200,
                          args.concurrency))
        results["ingest"] = asyncio.run(drive(url, body, headers, args.requests, args.concurrency))
        results["ingest_sequential"] = asyncio.run(
            drive(url, lambda i: {**body(i), "client_msg_id": f"seq{i}"}, headers, args.sequential, 1))
        results["app_rss_mb_after"] = round(rss_mb(app.pid), 1)
    finally:
        stop(app)

    ingest, echo_r = results["ingest"], results["echo"]
    results["ratio_rps"] = round(ingest["rps"] / echo_r["rps"], 3)  # type: ignore[index]
    results["targets"] = {"ratio_rps_min": 0.25, "ingest_p99_ms_max": 50}
    results["load_average_at_end"] = list(os.getloadavg())
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(results, indent=2) + "\n")
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
