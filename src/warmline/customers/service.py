from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from warmline.audit import service as audit
from warmline.auth.principal import Principal
from warmline.customers.models import Customer
from warmline.customers.schemas import CustomerIn, CustomerPatch
from warmline.kit.errors import Conflict, NotFound
from warmline.kit.pagination import decode_cursor, encode_cursor
from warmline.policy import service as policy


def _derived_segment(session: Session, workspace_id: int, attributes: dict[str, Any]) -> str | None:
    return policy.segment_for(session, workspace_id, attributes or {})


def _resegment(session: Session, customer: Customer, old_attributes: dict[str, Any] | None) -> None:
    """Keep a segment that came from the policy's rules in step with the attributes.

    A segment the business set itself (one the rules would not have derived) is left alone.
    """
    derived_before = _derived_segment(session, customer.workspace_id, old_attributes or {})
    if customer.segment is None or customer.segment == derived_before:
        customer.segment = _derived_segment(session, customer.workspace_id, customer.attributes or {})


_FIELDS = ("name", "email", "phone", "contact_points", "attributes", "segment", "language", "owner_id")


def get(session: Session, workspace_id: int, customer_id: int) -> Customer:
    customer = session.get(Customer, customer_id)
    if customer is None or customer.workspace_id != workspace_id:
        raise NotFound(f"customer {customer_id} not found")
    return customer


def find_by_external_id(session: Session, workspace_id: int, external_id: str) -> Customer | None:
    return session.scalar(
        select(Customer).where(Customer.workspace_id == workspace_id, Customer.external_id == external_id)
    )


def _snapshot(customer: Customer) -> dict[str, Any]:
    return {f: getattr(customer, f) for f in _FIELDS}


def create(session: Session, principal: Principal | None, workspace_id: int, data: CustomerIn) -> Customer:
    if find_by_external_id(session, workspace_id, data.external_id) is not None:
        raise Conflict(f"a customer with external_id {data.external_id!r} already exists")
    customer = Customer(workspace_id=workspace_id, **data.model_dump())
    if customer.segment is None:
        customer.segment = _derived_segment(session, workspace_id, data.attributes)
    try:
        with session.begin_nested():
            session.add(customer)
            session.flush()
    except IntegrityError as exc:
        raise Conflict(f"a customer with external_id {data.external_id!r} already exists") from exc
    audit.record(
        session,
        principal,
        workspace_id=workspace_id,
        action="customer.created",
        entity_type="customer",
        entity_id=customer.id,
        changes=_snapshot(customer),
    )
    return customer


def upsert(session: Session, workspace_id: int, data: CustomerIn) -> Customer:
    """Find the customer by external id, filling in what the caller now knows; create if new."""
    customer = find_by_external_id(session, workspace_id, data.external_id)
    if customer is None:
        customer = Customer(workspace_id=workspace_id, **data.model_dump())
        if customer.segment is None:
            customer.segment = _derived_segment(session, workspace_id, data.attributes)
        try:
            with session.begin_nested():
                session.add(customer)
                session.flush()
        except IntegrityError:  # created concurrently by another request
            customer = find_by_external_id(session, workspace_id, data.external_id)
            assert customer is not None
        return customer
    for field in ("name", "email", "phone", "segment", "language"):
        value = getattr(data, field)
        if value:
            setattr(customer, field, value)
    if data.attributes:
        old_attributes = customer.attributes
        customer.attributes = {**customer.attributes, **data.attributes}
        if not data.segment:
            _resegment(session, customer, old_attributes)
    if data.contact_points:
        customer.contact_points = {**customer.contact_points, **data.contact_points}
    return customer


def update(
    session: Session, principal: Principal | None, workspace_id: int, customer_id: int, patch: CustomerPatch
) -> Customer:
    customer = get(session, workspace_id, customer_id)
    before = _snapshot(customer)
    values = patch.model_dump(exclude_unset=True)
    for field, value in values.items():
        setattr(customer, field, value)
    if "attributes" in values and "segment" not in values:
        _resegment(session, customer, before["attributes"])
    changes = audit.diff(before, _snapshot(customer))
    if changes:
        audit.record(
            session,
            principal,
            workspace_id=workspace_id,
            action="customer.updated",
            entity_type="customer",
            entity_id=customer.id,
            changes=changes,
        )
    return customer


def delete(session: Session, principal: Principal | None, workspace_id: int, customer_id: int) -> None:
    customer = get(session, workspace_id, customer_id)
    audit.record(
        session,
        principal,
        workspace_id=workspace_id,
        action="customer.deleted",
        entity_type="customer",
        entity_id=customer.id,
        changes=_snapshot(customer),
    )
    session.delete(customer)


def list_page(
    session: Session, workspace_id: int, *, cursor: str | None, limit: int, segment: str | None = None
) -> tuple[list[Customer], str | None]:
    stmt = select(Customer).where(Customer.workspace_id == workspace_id)
    if segment:
        stmt = stmt.where(Customer.segment == segment)
    if cursor:
        stmt = stmt.where(Customer.id > decode_cursor(cursor))
    rows = list(session.scalars(stmt.order_by(Customer.id).limit(limit + 1)))
    next_cursor = encode_cursor(rows[limit - 1].id) if len(rows) > limit else None
    return rows[:limit], next_cursor
