from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Response, status

from warmline.api.context import Ctx
from warmline.customers import service
from warmline.customers.schemas import CustomerIn, CustomerOut, CustomerPatch
from warmline.kit.pagination import Page

router = APIRouter(prefix="/api/v1/customers", tags=["customers"])


@router.post("", status_code=status.HTTP_201_CREATED, response_model=CustomerOut)
def create_customer(body: CustomerIn, ctx: Ctx) -> CustomerOut:
    with ctx.tx() as (session, principal):
        return CustomerOut.model_validate(service.create(session, principal, principal.workspace_id, body))


@router.get("", response_model=Page[CustomerOut])
def list_customers(
    ctx: Ctx,
    segment: Annotated[str | None, Query(max_length=64)] = None,
    cursor: Annotated[str | None, Query(max_length=200)] = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
) -> Page[CustomerOut]:
    with ctx.tx() as (session, principal):
        rows, next_cursor = service.list_page(
            session, principal.workspace_id, cursor=cursor, limit=limit, segment=segment
        )
        return Page(items=[CustomerOut.model_validate(r) for r in rows], next_cursor=next_cursor)


@router.get("/{customer_id}", response_model=CustomerOut)
def get_customer(customer_id: int, ctx: Ctx) -> CustomerOut:
    with ctx.tx() as (session, principal):
        return CustomerOut.model_validate(service.get(session, principal.workspace_id, customer_id))


@router.patch("/{customer_id}", response_model=CustomerOut)
def update_customer(customer_id: int, body: CustomerPatch, ctx: Ctx) -> CustomerOut:
    with ctx.tx() as (session, principal):
        customer = service.update(session, principal, principal.workspace_id, customer_id, body)
        return CustomerOut.model_validate(customer)


@router.delete("/{customer_id}", status_code=status.HTTP_204_NO_CONTENT)
def delete_customer(customer_id: int, ctx: Ctx) -> Response:
    with ctx.tx(min_role="supervisor") as (session, principal):
        service.delete(session, principal, principal.workspace_id, customer_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
