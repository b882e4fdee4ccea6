"""Opaque cursor pagination over ascending or descending integer ids."""

from __future__ import annotations

import base64
import json
from typing import Generic, TypeVar

from pydantic import BaseModel

T = TypeVar("T")


class InvalidCursor(ValueError):
    pass


def encode_cursor(last_id: int) -> str:
    return base64.urlsafe_b64encode(json.dumps({"after": last_id}).encode()).decode().rstrip("=")


def decode_cursor(cursor: str) -> int:
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        value = json.loads(base64.urlsafe_b64decode(padded.encode()))
        after = value["after"]
        if not isinstance(after, int) or after < 0:
            raise ValueError
        return after
    except Exception as exc:  # any garbage is the client's mistake, never a 500
        raise InvalidCursor("the cursor is not one this API gave out") from exc


class Page(BaseModel, Generic[T]):
    items: list[T]
    next_cursor: str | None = None
