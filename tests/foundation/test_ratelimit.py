"""Rate limits: the in-process counter and the Redis one agree."""

from __future__ import annotations

import os
import uuid

import pytest

from warmline.kit.ratelimit import MemoryLimiter, RedisLimiter


def test_memory_limiter_counts_per_key_and_window() -> None:
    now = [1000.0]
    limiter = MemoryLimiter(clock=lambda: now[0])
    assert [limiter.allow("a", limit=2, window_seconds=60) for _ in range(3)] == [True, True, False]
    assert limiter.allow("b", limit=2, window_seconds=60), "another key has its own count"
    now[0] += 60
    assert limiter.allow("a", limit=2, window_seconds=60), "a new window starts afresh"


def test_memory_limiter_stays_bounded() -> None:
    limiter = MemoryLimiter(max_keys=10)
    results = [limiter.allow(f"k{i}", limit=5, window_seconds=3600) for i in range(20)]
    assert results[:10] == [True] * 10 and not any(results[10:])
    assert len(limiter._counts) <= 10


def test_redis_limiter_is_shared_between_instances() -> None:
    redis = pytest.importorskip("redis")
    client = redis.Redis.from_url(os.environ.get("WARMLINE_TEST_REDIS_URL", "redis://127.0.0.1:6379/0"))
    try:
        client.ping()
    except Exception as exc:  # noqa: BLE001
        if os.environ.get("WARMLINE_REQUIRE_SERVICES"):
            raise
        pytest.skip(f"Redis not reachable: {exc}")
    key = f"test-{uuid.uuid4().hex}"
    one, two = RedisLimiter(client), RedisLimiter(client)
    assert one.allow(key, limit=2, window_seconds=3600)
    assert two.allow(key, limit=2, window_seconds=3600)
    assert not one.allow(key, limit=2, window_seconds=3600)
