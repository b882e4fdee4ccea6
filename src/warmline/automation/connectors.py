"""Order status connectors: how Warmline asks the business where an order is.

`HttpOrderConnector` calls an HTTP endpoint of the business, signed with HMAC-SHA256 over
``"{timestamp}.{body}"`` (headers ``X-Warmline-Timestamp`` and ``X-Warmline-Signature: sha256=<hex>``),
with a time-out and a few retries on time-outs, connection errors and 5xx answers. `DemoOrderConnector`
answers from ``demo/orders.json``. A workspace picks one in its settings::

    {"orders_connector": {"kind": "http", "url": "https://shop.example/warmline/orders", "secret": "..."}}
    {"orders_connector": {"kind": "demo"}}
"""

from __future__ import annotations

import hashlib
import hmac
import json
import time
from collections.abc import Callable
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal, Protocol

import httpx
from pydantic import BaseModel, Field, ValidationError

from warmline.kit.clock import now

OrderStatus = Literal[
    "processing", "shipped", "out_for_delivery", "delivered", "delayed", "lost", "cancelled"
]
DEMO_ORDERS = Path(__file__).resolve().parent.parent / "demo" / "orders.json"
SIGNATURE_HEADER = "X-Warmline-Signature"
TIMESTAMP_HEADER = "X-Warmline-Timestamp"


class OrderInfo(BaseModel):
    order_id: str
    status: OrderStatus
    items: list[str] = Field(default_factory=list)
    placed_on: date | None = None
    expected_on: date | None = None
    delivered_on: date | None = None
    carrier: str | None = None
    tracking_url: str | None = None


class ConnectorError(Exception):
    """The business's order system could not answer (time-out, error, bad data)."""


class OrderConnector(Protocol):
    def orders_for(self, customer_external_id: str, order_id: str | None = None) -> list[OrderInfo]: ...


def is_missed(order: OrderInfo, today: date) -> bool:
    """Delayed, lost, or past its expected day and still not delivered: a missed delivery, not a status."""
    if order.status in ("delayed", "lost"):
        return True
    return (
        order.status not in ("delivered", "cancelled")
        and order.expected_on is not None
        and order.expected_on < today
    )


def sign(secret: str, timestamp: str, body: bytes) -> str:
    digest = hmac.new(secret.encode(), timestamp.encode() + b"." + body, hashlib.sha256).hexdigest()
    return f"sha256={digest}"


def verify(secret: str, timestamp: str, body: bytes, signature: str, *, max_age_seconds: int = 300) -> bool:
    """What the business's endpoint does with our request (constant-time compare, replay window)."""
    try:
        age = abs(now().timestamp() - int(timestamp))
    except ValueError:
        return False
    return age <= max_age_seconds and hmac.compare_digest(sign(secret, timestamp, body), signature)


class HttpOrderConnector:
    def __init__(
        self,
        url: str,
        secret: str,
        *,
        timeout: float = 2.0,
        retries: int = 2,
        transport: httpx.BaseTransport | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        if not url.startswith(("https://", "http://")):
            raise ValueError("the orders endpoint must be an http(s) URL")
        self.url = url
        self.secret = secret
        self.timeout = timeout
        self.retries = retries
        self.transport = transport
        self.sleep = sleep

    def orders_for(self, customer_external_id: str, order_id: str | None = None) -> list[OrderInfo]:
        body = json.dumps(
            {"customer_external_id": customer_external_id, "order_id": order_id}, separators=(",", ":")
        ).encode()
        last_error = "no attempt"
        with httpx.Client(timeout=self.timeout, transport=self.transport) as client:
            for attempt in range(self.retries + 1):
                if attempt:
                    self.sleep(min(1.0, 0.2 * 2 ** (attempt - 1)))
                timestamp = str(int(now().timestamp()))
                headers = {
                    "Content-Type": "application/json",
                    TIMESTAMP_HEADER: timestamp,
                    SIGNATURE_HEADER: sign(self.secret, timestamp, body),
                }
                try:
                    response = client.post(self.url, content=body, headers=headers)
                except httpx.TimeoutException:
                    last_error = "time-out"
                    continue
                except httpx.TransportError as exc:
                    last_error = f"connection error: {exc.__class__.__name__}"
                    continue
                if response.status_code >= 500:
                    last_error = f"HTTP {response.status_code}"
                    continue
                if response.status_code == 404:
                    return []
                if response.status_code >= 400:
                    raise ConnectorError(
                        f"the orders endpoint refused the request (HTTP {response.status_code})"
                    )
                try:
                    data = response.json()
                    return [OrderInfo.model_validate(o) for o in data.get("orders", [])]
                except (ValueError, AttributeError, ValidationError) as exc:
                    raise ConnectorError(f"the orders endpoint sent data we cannot read: {exc}") from exc
        raise ConnectorError(
            f"the orders endpoint did not answer after {self.retries + 1} attempts ({last_error})"
        )


@lru_cache(maxsize=1)
def _demo_rows() -> list[dict[str, Any]]:
    return list(json.loads(DEMO_ORDERS.read_text(encoding="utf-8"))["orders"])


class DemoOrderConnector:
    """Demo data whose dates move with the clock, so the demo always has a parcel on its way."""

    def orders_for(self, customer_external_id: str, order_id: str | None = None) -> list[OrderInfo]:
        today = now().date()
        out: list[OrderInfo] = []
        for row in _demo_rows():
            if row["customer"] != customer_external_id:
                continue
            if order_id and row["order_id"].upper() != order_id.upper():
                continue
            delivered = row.get("delivered_days_ago")
            out.append(
                OrderInfo(
                    order_id=row["order_id"],
                    status=row["status"],
                    items=row.get("items", []),
                    placed_on=today - timedelta(days=row.get("placed_days_ago", 0)),
                    expected_on=today + timedelta(days=row["expected_in_days"]),
                    delivered_on=today - timedelta(days=delivered) if delivered is not None else None,
                    carrier=row.get("carrier"),
                    tracking_url=f"https://track.hearthbox.example/{row['order_id']}",
                )
            )
        out.sort(key=lambda o: o.placed_on or today, reverse=True)
        return out


def connector_for(workspace_settings: dict[str, Any]) -> OrderConnector | None:
    config = (workspace_settings or {}).get("orders_connector") or {}
    kind = config.get("kind")
    if kind == "demo":
        return DemoOrderConnector()
    if kind == "http" and config.get("url") and config.get("secret"):
        return HttpOrderConnector(
            str(config["url"]),
            str(config["secret"]),
            timeout=float(config.get("timeout", 2.0)),
            retries=int(config.get("retries", 2)),
        )
    return None
