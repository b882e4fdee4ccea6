from __future__ import annotations

from fastapi.testclient import TestClient

from tests.conftest import Tenant


def test_customer_crud(client: TestClient, tenant: Tenant) -> None:
    h = tenant.headers()
    created = client.post("/api/v1/customers", json={
        "external_id": "ext-1", "name": "Lee", "email": "lee@example.com",
        "attributes": {"plan": "Solo", "lifetime_value": 120}, "segment": "self_serve"}, headers=h)
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
