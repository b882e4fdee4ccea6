from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from warmline.customers.models import Customer
from warmline.touchpoints import service


def handle_scan(session: Session, payload: dict[str, Any]) -> None:
    service.scan(session, int(payload["workspace_id"]))


def handle_check_in(session: Session, payload: dict[str, Any]) -> None:
    service.check_in(session, int(payload["customer_id"]), int(payload["day"]))


def handle_check_risk(session: Session, payload: dict[str, Any]) -> None:
    customer = session.get(Customer, int(payload["customer_id"]))
    if customer is not None:
        service.check_risk(session, customer.workspace_id, [customer.id])
