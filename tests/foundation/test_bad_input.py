"""Bad input gets a clear 4xx with a JSON error body; never a 500, never a partial write."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import Tenant, open_conversation


def _assert_error(response, status: int) -> dict:  # type: ignore[no-untyped-def]
    assert response.status_code == status, response.text
    body = response.json()
    assert body["error"]["message"], "the error says what is wrong"
    assert body["error"]["code"]
    return body


def _count(client: TestClient, tenant: Tenant, what: str) -> int:
    return len(client.get(f"/api/v1/{what}", params={"limit": 200}, headers=tenant.headers()).json()["items"])


GOOD = {
    "customer": {"external_id": "c1", "name": "A"},
    "channel": "api",
    "message": {"text": "hi", "client_msg_id": "1"},
}


@pytest.mark.parametrize(
    ("body", "needle"),
    [
        ({**GOOD, "channel": 5}, "channel"),
        ({**GOOD, "channel": "carrier-pigeon"}, "channel"),
        ({**GOOD, "message": {"text": ""}}, "text"),
        ({**GOOD, "message": {"text": "   "}}, "text"),
        ({**GOOD, "message": {"text": "x" * 20_001}}, "text"),
        ({**GOOD, "message": {"text": ["a"]}}, "text"),
        ({**GOOD, "customer": {"name": "no id"}}, "external_id"),
        ({**GOOD, "surprise": True}, "surprise"),
        ({**GOOD, "message": {"text": "hi", "colour": "red"}}, "colour"),
        ({"customer": "nobody", "message": {"text": "hi"}}, "customer"),
    ],
)
def test_invalid_conversation_bodies(client: TestClient, tenant: Tenant, body: dict, needle: str) -> None:
    response = client.post("/api/v1/conversations", json=body, headers=tenant.headers())
    error = _assert_error(response, 422)
    assert needle in json.dumps(error)
    assert _count(client, tenant, "customers") == 0, "no partial write"
    assert _count(client, tenant, "conversations") == 0


def test_malformed_json(client: TestClient, tenant: Tenant) -> None:
    response = client.post(
        "/api/v1/conversations",
        content=b'{"customer": {',
        headers={**tenant.headers(), "Content-Type": "application/json"},
    )
    _assert_error(response, 422)


def test_oversized_body_gets_413(client: TestClient, tenant: Tenant) -> None:
    huge = {**GOOD, "customer": {"external_id": "c", "attributes": {"blob": "x" * 300_000}}}
    _assert_error(client.post("/api/v1/conversations", json=huge, headers=tenant.headers()), 413)
    assert _count(client, tenant, "customers") == 0


def test_oversized_chunked_body_gets_413(client: TestClient, tenant: Tenant) -> None:
    def chunks():  # no Content-Length: the limit is enforced while the body streams in
        for _ in range(40):
            yield b"x" * 10_000

    response = client.post(
        "/api/v1/conversations",
        content=chunks(),
        headers={**tenant.headers(), "Content-Type": "application/json"},
    )
    _assert_error(response, 413)


@pytest.mark.parametrize(
    "headers",
    [{}, {"Authorization": "Bearer wl_nope"}, {"Authorization": "Basic abc"}, {"Authorization": "Bearer "}],
)
def test_missing_or_wrong_token(client: TestClient, headers: dict) -> None:
    _assert_error(client.get("/api/v1/conversations", headers=headers), 401)
    _assert_error(client.post("/api/v1/conversations", json=GOOD, headers=headers), 401)


def test_unknown_ids_are_404(client: TestClient, tenant: Tenant) -> None:
    h = tenant.headers()
    _assert_error(client.get("/api/v1/conversations/999999", headers=h), 404)
    _assert_error(client.post("/api/v1/conversations/999999/messages", json={"text": "x"}, headers=h), 404)
    _assert_error(client.patch("/api/v1/conversations/999999", json={"status": "closed"}, headers=h), 404)
    _assert_error(client.get("/api/v1/customers/424242", headers=h), 404)
    _assert_error(client.get("/api/v1/conversations/not-a-number", headers=h), 422)


def test_bad_patch_values(client: TestClient, tenant: Tenant) -> None:
    cid = open_conversation(client, tenant)["conversation"]["id"]
    h = tenant.headers()
    _assert_error(client.patch(f"/api/v1/conversations/{cid}", json={"status": "exploded"}, headers=h), 422)
    _assert_error(client.patch(f"/api/v1/conversations/{cid}", json={"status": None}, headers=h), 422)
    _assert_error(client.patch(f"/api/v1/conversations/{cid}", json={"assignee_id": 987654}, headers=h), 404)
    _assert_error(client.get("/api/v1/conversations", params={"cursor": "garbage!"}, headers=h), 400)
    _assert_error(client.get("/api/v1/conversations", params={"limit": 0}, headers=h), 422)


def test_unknown_route_and_method(client: TestClient, tenant: Tenant) -> None:
    _assert_error(client.get("/api/v1/nothing-here", headers=tenant.headers()), 404)
    _assert_error(client.put("/api/v1/conversations", json={}, headers=tenant.headers()), 405)


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=50),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4)
    ),
    max_leaves=12,
)
payloads = st.one_of(
    json_values,
    st.fixed_dictionaries({"customer": json_values, "channel": json_values, "message": json_values}),
    st.fixed_dictionaries({"text": json_values, "client_msg_id": json_values, "author": json_values}),
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(payload=payloads, target=st.sampled_from(["conv", "msg", "patch", "customer"]))
def test_random_payloads_never_cause_a_5xx(
    client: TestClient, tenant: Tenant, payload: object, target: str
) -> None:
    h = tenant.headers()
    if target == "conv":
        response = client.post("/api/v1/conversations", json=payload, headers=h)
    elif target == "customer":
        response = client.post("/api/v1/customers", json=payload, headers=h)
    else:
        listed = client.get("/api/v1/conversations", headers=h).json()["items"]
        cid = listed[0]["id"] if listed else open_conversation(client, tenant)["conversation"]["id"]
        if target == "msg":
            response = client.post(f"/api/v1/conversations/{cid}/messages", json=payload, headers=h)
        else:
            response = client.patch(f"/api/v1/conversations/{cid}", json=payload, headers=h)
    assert response.status_code < 500, response.text


def test_nul_characters_never_cause_a_500(client: TestClient, tenant: Tenant) -> None:
    body = {
        "customer": {"external_id": "nul", "attributes": {"note": "a\x00b"}},
        "channel": "api",
        "message": {"text": "hi\x00there", "client_msg_id": "n1"},
    }
    response = client.post("/api/v1/conversations", json=body, headers=tenant.headers())
    assert response.status_code in (201, 422), response.text
    plain = {**body, "customer": {"external_id": "nul2"}}
    created = client.post("/api/v1/conversations", json=plain, headers=tenant.headers())
    assert created.status_code == 201
    assert created.json()["message"]["text"] == "hi\ufffdthere"
