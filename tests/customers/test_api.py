from __future__ import annotations

from fastapi.testclient import TestClient

from tests.conftest import Tenant


def test_customer_crud(client: TestClient, tenant: Tenant) -> None:
    h = tenant.headers()
    created = client.post(
        "/api/v1/customers",
        json={
            "external_id": "ext-1",
            "name": "Lee",
            "email": "lee@example.com",
            "attributes": {"plan": "Solo", "lifetime_value": 120},
            "segment": "self_serve",
        },
        headers=h,
    )
    assert created.status_code == 201
    cid = created.json()["id"]
    duplicate = client.post("/api/v1/customers", json={"external_id": "ext-1"}, headers=h)
    assert duplicate.status_code == 409
    patched = client.patch(f"/api/v1/customers/{cid}", json={"segment": "balanced"}, headers=h)
    assert patched.json()["segment"] == "balanced"
    assert client.get(f"/api/v1/customers/{cid}", headers=h).json()["attributes"]["plan"] == "Solo"
    listed = client.get("/api/v1/customers", params={"segment": "balanced"}, headers=h).json()
    assert [c["id"] for c in listed["items"]] == [cid]
    assert client.delete(f"/api/v1/customers/{cid}", headers=tenant.headers("agent")).status_code == 403
    assert client.delete(f"/api/v1/customers/{cid}", headers=h).status_code == 204
    assert client.get(f"/api/v1/customers/{cid}", headers=h).status_code == 404
    actions = [e["action"] for e in client.get("/api/v1/audit", headers=h).json()]
    assert {"customer.created", "customer.updated", "customer.deleted"} <= set(actions)


def test_segment_follows_the_policy_rules_unless_the_business_sets_one(
    client: TestClient, tenant: Tenant
) -> None:
    h = tenant.headers()
    plain = client.post(
        "/api/v1/customers", json={"external_id": "s-1", "attributes": {"lifetime_value": 40}}, headers=h
    ).json()
    assert plain["segment"] == "balanced"
    vip = client.patch(
        f"/api/v1/customers/{plain['id']}", json={"attributes": {"lifetime_value": 9000}}, headers=h
    ).json()
    assert vip["segment"] == "white_glove", "a derived segment moves with the attributes"
    chosen = client.post(
        "/api/v1/customers",
        json={"external_id": "s-2", "segment": "pilot", "attributes": {"lifetime_value": 9000}},
        headers=h,
    ).json()
    assert chosen["segment"] == "pilot"
    kept = client.patch(
        f"/api/v1/customers/{chosen['id']}", json={"attributes": {"lifetime_value": 1}}, headers=h
    ).json()
    assert kept["segment"] == "pilot", "a segment the business set is left alone"
