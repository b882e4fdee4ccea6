"""Websocket fan-out: in-memory by default, Redis pub/sub when ``WARMLINE_REDIS_URL`` is set.

Channels are plain strings: ``workspace:{id}`` carries everything an agent of that workspace may see,
``conversation:{id}`` what the customer of that conversation may see. Events are published only after
the transaction that produced them committed (see :func:`publish`).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import threading
from collections import defaultdict
from collections.abc import AsyncIterator
from typing import Any

from sqlalchemy.orm import Session

from warmline.db import on_commit

log = logging.getLogger(__name__)
REDIS_PREFIX = "warmline:rt:"


def workspace_channel(workspace_id: int) -> str:
    return f"workspace:{workspace_id}"


def conversation_channel(conversation_id: int) -> str:
    return f"conversation:{conversation_id}"


class Subscription:
    def __init__(self, hub: Hub, channels: tuple[str, ...]) -> None:
        self.hub = hub
        self.channels = channels
        self.loop = asyncio.get_running_loop()
        self.queue: asyncio.Queue[dict[str, Any]] = asyncio.Queue(maxsize=1000)

    def deliver(self, event: dict[str, Any]) -> None:
        """Called from any thread."""

        def _put() -> None:
            if self.queue.full():  # a stuck client must not grow memory without bound
                with contextlib.suppress(asyncio.QueueEmpty):
                    self.queue.get_nowait()
            self.queue.put_nowait(event)

        with contextlib.suppress(RuntimeError):  # loop already closed
            self.loop.call_soon_threadsafe(_put)

    async def events(self) -> AsyncIterator[dict[str, Any]]:
        while True:
            yield await self.queue.get()


class Hub:
    """In-process fan-out. The Redis hub reuses it for the local half."""

    def __init__(self) -> None:
        self._subs: dict[str, set[Subscription]] = defaultdict(set)
        self._lock = threading.Lock()

    async def start(self) -> None:
        return None

    async def stop(self) -> None:
        return None

    def subscribe(self, *channels: str) -> Subscription:
        sub = Subscription(self, channels)
        with self._lock:
            for channel in channels:
                self._subs[channel].add(sub)
        return sub

    def unsubscribe(self, sub: Subscription) -> None:
        with self._lock:
            for channel in sub.channels:
                self._subs[channel].discard(sub)
                if not self._subs[channel]:
                    del self._subs[channel]

    def publish_now(self, channel: str, event: dict[str, Any]) -> None:
        self._deliver_local(channel, event)

    def _deliver_local(self, channel: str, event: dict[str, Any]) -> None:
        with self._lock:
            subs = list(self._subs.get(channel, ()))
        for sub in subs:
            sub.deliver(event)


class RedisHub(Hub):
    """Publishes through Redis so that every app process delivers to its own websocket clients."""

    def __init__(self, url: str) -> None:
        super().__init__()
        import redis
        import redis.asyncio as aioredis

        self._sync = redis.Redis.from_url(url)
        self._async = aioredis.Redis.from_url(url)
        self._task: asyncio.Task[None] | None = None

    async def start(self) -> None:
        self._task = asyncio.create_task(self._listen())

    async def stop(self) -> None:
        if self._task:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._task
        with contextlib.suppress(Exception):
            await self._async.aclose()

    def publish_now(self, channel: str, event: dict[str, Any]) -> None:
        try:
            self._sync.publish(REDIS_PREFIX + channel, json.dumps(event, default=str))
        except Exception:  # Redis down: still serve this process's own clients
            log.exception("redis publish failed; delivering locally only")
            self._deliver_local(channel, event)

    async def _listen(self) -> None:
        while True:
            try:
                pubsub = self._async.pubsub()
                await pubsub.psubscribe(REDIS_PREFIX + "*")
                async for item in pubsub.listen():
                    if item.get("type") != "pmessage":
                        continue
                    channel = item["channel"].decode()[len(REDIS_PREFIX) :]
                    self._deliver_local(channel, json.loads(item["data"]))
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("redis subscription lost; retrying")
                await asyncio.sleep(1)


_hub: Hub = Hub()


def configure(redis_url: str | None) -> Hub:
    global _hub
    _hub = RedisHub(redis_url) if redis_url else Hub()
    return _hub


def get_hub() -> Hub:
    return _hub


def publish(session: Session, channel: str, event: dict[str, Any]) -> None:
    """Queue an event to go out once the session's transaction has committed."""
    on_commit(session, lambda: get_hub().publish_now(channel, event))
