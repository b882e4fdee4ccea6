"""Two app processes behind Redis: a websocket on one sees a message posted to the other."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.conftest import REDIS_URL, REQUIRE_SERVICES, Backend, Tenant

pytestmark = [pytest.mark.redis, pytest.mark.slow]


def _redis_available() -> bool:
    import redis

    try:
        return bool(redis.Redis.from_url(REDIS_URL, socket_connect_timeout=1).ping())
    except Exception:
        return False


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _start(backend: Backend, port: int, log: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "WARMLINE_DATABASE_URL": backend.url, "WARMLINE_REDIS_URL": REDIS_URL,
           "WARMLINE_SECRET_KEY": "scale-out-test-secret-0123456789abcdef", "WARMLINE_ENV": "test",
           "WARMLINE_LOG_LEVEL": "warning"}
    return subprocess.Popen([sys.executable, "-m", "warmline", "serve", "--port", str(port)], env=env,
                            stdout=log.open("wb"), stderr=subprocess.STDOUT)


def _wait_healthy(port: int, proc: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(f"server exited: {log.read_text()[-2000:]}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise AssertionError(f"server on {port} did not start: {log.read_text()[-2000:]}")


@pytest.fixture
def two_apps(backend: Backend, tenant: Tenant, tmp_path: Path) -> Iterator[tuple[int, int]]:
    if not _redis_available():
        if REQUIRE_SERVICES:
            raise AssertionError(f"Redis is required at {REDIS_URL}")
        pytest.skip("Redis not reachable")
    ports = (_free_port(), _free_port())
    procs = [_start(backend, p, tmp_path / f"app{p}.log") for p in ports]
    try:
        for port, proc in zip(ports, procs, strict=True):
            _wait_healthy(port, proc, tmp_path / f"app{port}.log")
        yield ports
    finally:
        for proc in procs:
            proc.terminate()
        for proc in procs:
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()


def test_a_message_posted_to_one_process_reaches_a_socket_on_the_other(
    two_apps: tuple[int, int], tenant: Tenant
) -> None:
    from websockets.sync.client import connect

    port_a, port_b = two_apps
    with connect(f"ws://127.0.0.1:{port_a}/api/v1/live?token={tenant.tokens['agent']}") as ws:
        assert json.loads(ws.recv(timeout=10))["type"] == "ready"
        # Process A subscribes to Redis in the background after start-up, so a first message may go out
        # before it listens; send until one crosses (each is a new message), then check what arrived.
        for attempt in range(20):
            text = f"hello across processes #{attempt}"
            response = httpx.post(
                f"http://127.0.0.1:{port_b}/api/v1/conversations", headers=tenant.headers(), timeout=30,
                json={"customer": {"external_id": f"x{attempt}"}, "channel": "api",
                      "message": {"text": text, "client_msg_id": f"p{attempt}"}},
            )
            assert response.status_code == 201, response.text
            try:
                while True:
                    event = json.loads(ws.recv(timeout=1))
                    if event["type"] == "message.created" and event["message"]["author"] == "customer":
                        assert event["message"]["text"].startswith("hello across processes #")
                        return
            except TimeoutError:
                continue
        raise AssertionError("no message.created event crossed from process B to process A")
