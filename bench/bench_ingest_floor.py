"""How fast can an ingest with the default triage be at all? A floor next to `bench_ingest.py`.

Runs the bare echo and `ingest_floor_app` (token check, last turns, triage, two inserts with plain sqlite3, no
policy or ORM) as single uvicorn processes, driven by the same load generator in the same run. Writes
bench/results/ingest_floor.json. The gap between this floor and the product's ingest is what the product's own
request path (ORM, policy, routing, decision record, broadcast, jobs) costs.
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _servers import free_port, start, stop, wait_healthy  # noqa: E402
from bench_ingest import MESSAGES, drive  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    workdir = Path(tempfile.mkdtemp(prefix="warmline-floor-"))
    results: dict[str, object] = {"database": "sqlite", "requests": 2000, "concurrency": 4}
    body = lambda i: {"text": MESSAGES[i % len(MESSAGES)], "client_msg_id": f"m{i}", "author": "customer"}  # noqa: E731
    headers = {"Authorization": "Bearer floor-token"}
    for name, module, path, env in (
        ("echo", "echo_app:app", "/echo", {}),
        ("floor", "ingest_floor_app:app", "/messages", {"FLOOR_DB": str(workdir / "floor.db")}),
    ):
        port = free_port()
        proc = start(["-m", "uvicorn", module, "--port", str(port), "--log-level", "warning",
                      "--app-dir", str(ROOT / "bench")], env, workdir / f"{name}.log")
        try:
            wait_healthy(f"http://127.0.0.1:{port}/healthz", proc)
            url = f"http://127.0.0.1:{port}{path}"
            asyncio.run(drive(url, lambda i: {**body(i), "client_msg_id": f"warm{i}"}, headers, 200, 4))
            results[name] = asyncio.run(drive(url, body, headers, 2000, 4))
        finally:
            stop(proc)
    results["ratio_rps"] = round(results["floor"]["rps"] / results["echo"]["rps"], 3)  # type: ignore[index]
    results["load_average_at_end"] = list(os.getloadavg())
    out = ROOT / "bench" / "results" / "ingest_floor.json"
    out.write_text(json.dumps(results, indent=2) + "\n")
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
