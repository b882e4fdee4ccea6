"""A real Warmline server (uvicorn, SQLite file database, demo seed) and headless Debian chromium."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
ARTIFACTS = ROOT / "test-artifacts"
AXE = Path(__file__).parent / "node_modules" / "axe-core" / "axe.min.js"


def _chromium() -> str | None:
    path = os.environ.get("WARMLINE_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
    return path if Path(path).exists() else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    url_db = (
        os.environ.get("WARMLINE_BROWSER_DATABASE_URL")
        or f"sqlite:///{tmp_path_factory.mktemp('browser') / 'warmline.db'}"
    )
    port = _free_port()
    env = {
        **os.environ,
        "WARMLINE_DATABASE_URL": url_db,
        "WARMLINE_ENV": "test",
        "WARMLINE_REDIS_URL": "",
        "WARMLINE_SECRET_KEY": "browser-test-secret-key-0123456789abcdef",
        "WARMLINE_JOB_POLL_SECONDS": "0.5",
        "WARMLINE_LOG_LEVEL": "warning",
    }
    env.pop("WARMLINE_REDIS_URL")
    warmline = str(BIN / "warmline")
    subprocess.run([warmline, "db", "upgrade"], env=env, check=True, cwd=ROOT, capture_output=True)
    subprocess.run([warmline, "demo"], env=env, check=True, cwd=ROOT, capture_output=True)
    log = open(tmp_path_factory.getbasetemp() / "server.log", "w")  # noqa: SIM115
    proc = subprocess.Popen(
        [warmline, "serve", "--host", "127.0.0.1", "--port", str(port)],
        env=env,
        cwd=ROOT,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                if httpx.get(base + "/healthz", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if proc.poll() is not None:
                raise RuntimeError("the server stopped: " + Path(log.name).read_text()[-2000:])
            time.sleep(0.1)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    path = _chromium()
    if path is None:
        if os.environ.get("WARMLINE_REQUIRE_SERVICES") == "1":
            raise RuntimeError("chromium is required for the browser tests")
        pytest.skip("chromium not installed")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(
            executable_path=path,
            args=["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        yield b
        b.close()


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


def axe_violations(page: object, context: str | None = None) -> list[dict]:  # type: ignore[type-arg]
    """Run axe-core (installed from npm by `npm ci --prefix tests/browser`) in the page or frame."""
    if not AXE.exists():
        raise RuntimeError("axe-core is missing: run `npm ci --prefix tests/browser`")
    page.add_script_tag(path=str(AXE))  # type: ignore[attr-defined]
    result = page.evaluate(
        """async (ctx) => {  // type: ignore
        const r = await axe.run(ctx || document, {resultTypes: ['violations']});
        return r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                                        nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5)}));
    }""",
        context,
    )  # type: ignore[attr-defined]
    return list(result)
