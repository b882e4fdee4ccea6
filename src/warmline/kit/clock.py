"""One clock for the whole product, so tests can move time without sleeping."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta

_frozen: datetime | None = None


def now() -> datetime:
    """The current time, timezone-aware UTC (or the frozen test time)."""
    return _frozen if _frozen is not None else datetime.now(UTC)


def as_utc(value: datetime) -> datetime:
    """SQLite returns naive datetimes; everything stored is UTC, so attach it."""
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


@contextmanager
def frozen_at(moment: datetime) -> Iterator[FrozenClock]:
    global _frozen
    previous = _frozen
    _frozen = as_utc(moment)
    try:
        yield FrozenClock()
    finally:
        _frozen = previous


class FrozenClock:
    def advance(self, delta: timedelta) -> datetime:
        global _frozen
        assert _frozen is not None
        _frozen = _frozen + delta
        return _frozen
