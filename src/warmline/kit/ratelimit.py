"""Fixed-window rate limits: in memory for one process, in Redis when several processes share the load.

    limiter = make_limiter(settings.redis_url)
    if not limiter.allow(f"widget-session:{address}", limit=30, window_seconds=60):
        raise TooManyRequests("...")
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any, Protocol


class Limiter(Protocol):
    def allow(self, key: str, *, limit: int, window_seconds: int) -> bool: ...


class MemoryLimiter:
    """Counts per key and window in this process; old windows are dropped as they pass."""

    def __init__(self, clock: Callable[[], float] = time.monotonic, max_keys: int = 100_000) -> None:
        self._clock = clock
        self._max_keys = max_keys
        self._counts: dict[tuple[str, int], int] = {}
        self._lock = threading.Lock()

    def allow(self, key: str, *, limit: int, window_seconds: int) -> bool:
        window = int(self._clock() // window_seconds)
        with self._lock:
            if len(self._counts) >= self._max_keys:
                self._counts = {k: v for k, v in self._counts.items() if k[1] >= window}
                if len(self._counts) >= self._max_keys:  # all current: refuse rather than grow without bound
                    return False
            count = self._counts.get((key, window), 0) + 1
            self._counts[(key, window)] = count
        return count <= limit


class RedisLimiter:
    """The same counts in Redis (INCR + EXPIRE), shared by every app process."""

    def __init__(self, client: Any, prefix: str = "warmline:rate:") -> None:
        self._client = client
        self._prefix = prefix

    def allow(self, key: str, *, limit: int, window_seconds: int) -> bool:
        window = int(time.time() // window_seconds)
        name = f"{self._prefix}{key}:{window}"
        pipe = self._client.pipeline()
        pipe.incr(name)
        pipe.expire(name, window_seconds * 2)
        count, _ = pipe.execute()
        return int(count) <= limit


def make_limiter(redis_url: str | None) -> Limiter:
    if redis_url:
        import redis

        return RedisLimiter(redis.Redis.from_url(redis_url))
    return MemoryLimiter()
