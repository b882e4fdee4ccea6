"""The agent console as an agent uses it: sign-in, inbox, conversation, supervisor view, live socket."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session, sessionmaker
from starlette.websockets import WebSocketDisconnect

from tests.conftest import Tenant, open_conversation
from tests.web.helpers import login, post_login, with_people
from warmline.conversations.models import Conversation
from warmline.db import transaction

SCRIPT = "<script>alert('pwned')</script> my card was charged twice"


def test_sign_in_sets_a_safe_session_cookie(client: TestClient, tenant: Tenant) -> None:
    response = post_login(client, tenant, "agent", password="correct horse")
    assert response.status_code == 303
    cookie = response.headers["set-cookie"]
    assert "wl_console=" in cookie and "HttpOnly" in cookie and "SameSite=lax" in cookie.replace("Lax", "lax")


def test_wrong_password_is_refused_without_a_session(client: TestClient, tenant: Tenant) -> None:
    response = post_login(client, tenant, "agent", password="wrong")
    assert response.status_code == 401
    assert "do not match" in response.text
    assert "wl_console" not in client.cookies
    assert client.get("/console", follow_redirects=False).status_code == 303


def test_login_form_without_its_csrf_token_is_refused(client: TestClient, tenant: Tenant) -> None:
    response = client.post(
        "/console/login",
        data={
            "workspace": tenant.slug,
            "email": f"agent@{tenant.slug}.test",
            "password": "correct horse",
            "csrf": "forged",
        },
    )
    assert response.status_code == 403


def test_form_posts_need_the_csrf_token(
    client: TestClient, tenant: Tenant, factory: sessionmaker[Session]
) -> None:
    conv = open_conversation(client, tenant)["conversation"]["id"]
    with_people(factory, conv)
    csrf = login(client, tenant)
    refused = client.post(f"/console/c/{conv}/reply", data={"text": "hello"})
    assert refused.status_code == 403
    ok = client.post(
        f"/console/c/{conv}/reply",
        data={"text": "Hello, I'm here to help.", "csrf": csrf},
        headers={"Accept": "application/json"},
    )
    assert ok.status_code == 200, ok.text
    with transaction(factory) as session:
        c = session.get(Conversation, conv)
        assert c is not None and c.first_human_reply_at is not None


def test_customer_text_is_escaped_in_inbox_and_conversation(
    client: TestClient, tenant: Tenant, factory: sessionmaker[Session]
) -> None:
    conv = open_conversation(client, tenant, text=SCRIPT)["conversation"]["id"]
    with_people(factory, conv)
    login(client, tenant)
    for path in ("/console", f"/console/c/{conv}", f"/console/c/{conv}/messages", "/console/inbox-rows"):
        body = client.get(path).text
        assert "<script>alert(" not in body, path
        assert "&lt;script&gt;alert(" in body, path


def test_another_workspace_conversation_is_not_found(
    client: TestClient, tenant: Tenant, other_tenant: Tenant, factory: sessionmaker[Session]
) -> None:
    theirs = open_conversation(client, other_tenant, text="globex secret order")["conversation"]["id"]
    with_people(factory, theirs)
    csrf = login(client, tenant)
    page = client.get(f"/console/c/{theirs}")
    assert page.status_code == 404
    assert "globex secret order" not in page.text
    assert "globex secret order" not in client.get("/console").text
    for action, data in (
        ("reply", {"text": "hi"}),
        ("status", {"status": "resolved"}),
        ("handback", {"resolved": "x"}),
        ("assign-me", {}),
    ):
        response = client.post(
            f"/console/c/{theirs}/{action}",
            data={**data, "csrf": csrf},
            headers={"Accept": "application/json"},
        )
        assert response.status_code == 404, (action, response.text)


def test_inbox_filters(client: TestClient, tenant: Tenant, factory: sessionmaker[Session]) -> None:
    mine = open_conversation(client, tenant, text="mine please", external_id="a", client_msg_id="a")[
        "conversation"
    ]["id"]
    free = open_conversation(client, tenant, text="nobody has me", external_id="b", client_msg_id="b")[
        "conversation"
    ]["id"]
    with_people(factory, mine, tenant.user_ids["agent"])
    with_people(factory, free)
    login(client, tenant)
    assert "mine please" in client.get("/console?filter=mine").text
    assert "nobody has me" not in client.get("/console?filter=mine").text
    unassigned = client.get("/console?filter=unassigned").text
    assert "nobody has me" in unassigned and "mine please" not in unassigned
    assert client.get("/console?filter=nonsense").status_code == 200


def test_status_tags_transfer_and_notes(
    client: TestClient, tenant: Tenant, factory: sessionmaker[Session]
) -> None:
    conv = open_conversation(client, tenant)["conversation"]["id"]
    with_people(factory, conv, tenant.user_ids["agent"])
    csrf = login(client, tenant)
    j = {"Accept": "application/json"}
    assert (
        client.post(
            f"/console/c/{conv}/tags", data={"tags": "Billing, refund", "csrf": csrf}, headers=j
        ).status_code
        == 200
    )
    assert (
        client.post(
            f"/console/c/{conv}/reply",
            data={"text": "check the ledger", "private": "true", "csrf": csrf},
            headers=j,
        ).status_code
        == 200
    )
    assert (
        client.post(
            f"/console/c/{conv}/transfer",
            data={
                "target": f"user:{tenant.user_ids['supervisor']}",
                "note": "needs a refund approval",
                "csrf": csrf,
            },
            headers=j,
        ).status_code
        == 200
    )
    assert (
        client.post(
            f"/console/c/{conv}/status", data={"status": "resolved", "csrf": csrf}, headers=j
        ).status_code
        == 200
    )
    with transaction(factory) as session:
        c = session.get(Conversation, conv)
        assert c is not None
        assert c.tags == ["billing", "refund"] and c.status == "resolved"
        assert c.assignee_id == tenant.user_ids["supervisor"]
    page = client.get(f"/console/c/{conv}").text
    assert "needs a refund approval" in page and "check the ledger" in page
    bad = client.post(f"/console/c/{conv}/status", data={"status": "exploded", "csrf": csrf}, headers=j)
    assert bad.status_code == 422


def test_supervisor_view_is_for_supervisors(
    client: TestClient, tenant: Tenant, factory: sessionmaker[Session]
) -> None:
    conv = open_conversation(client, tenant, text=SCRIPT)["conversation"]["id"]
    with_people(factory, conv)
    login(client, tenant, "agent")
    assert client.get("/console/supervisor").status_code == 403
    client.cookies.clear()
    csrf = login(client, tenant, "supervisor")
    page = client.get("/console/supervisor")
    assert page.status_code == 200 and "Queues" in page.text and "Who is online" in page.text
    assert "<script>alert(" not in page.text
    moved = client.post(
        "/console/supervisor/reassign",
        data={"conversation_id": conv, "csrf": csrf, "target": f"user:{tenant.user_ids['agent']}"},
        headers={"Accept": "application/json"},
    )
    assert moved.status_code == 200
    with transaction(factory) as session:
        c = session.get(Conversation, conv)
        assert c is not None and c.assignee_id == tenant.user_ids["agent"]


def test_console_socket_needs_a_fresh_ticket_and_sees_its_workspace_only(
    client: TestClient, tenant: Tenant, other_tenant: Tenant
) -> None:
    login(client, tenant)
    ticket = client.get("/console/live-ticket").json()["ticket"]
    with (
        pytest.raises(WebSocketDisconnect),
        client.websocket_connect("/console/live?ticket=" + ticket + "x") as ws,
    ):
        ws.receive_json()
    with client.websocket_connect("/console/live?ticket=" + ticket) as ws:
        assert ws.receive_json()["type"] == "ready"
        open_conversation(client, other_tenant, text="for globex", external_id="g")
        open_conversation(client, tenant, text="for acme", external_id="a")
        for _ in range(20):
            event = ws.receive_json()
            if event["type"] == "message.created":
                assert event["message"]["text"] == "for acme"
                break


def test_presence_from_the_console(
    client: TestClient, tenant: Tenant, factory: sessionmaker[Session]
) -> None:
    csrf = login(client, tenant)
    r = client.post(
        "/console/presence", data={"presence": "away", "csrf": csrf}, headers={"Accept": "application/json"}
    )
    assert r.status_code == 200
    from warmline.workspaces.models import User

    with transaction(factory) as session:
        user = session.get(User, tenant.user_ids["agent"])
        assert user is not None and user.presence == "away"
    bad = client.post(
        "/console/presence", data={"presence": "asleep", "csrf": csrf}, headers={"Accept": "application/json"}
    )
    assert bad.status_code == 422


@pytest.mark.parametrize(
    ("referer", "back"),
    [
        ("http://testserver/console/c/7?filter=mine", "/console/c/7?filter=mine"),
        ("https://evil.example/console", "/console"),
        ("//evil.example/console/c/1", "/console"),
        ("http://testserver/admin/analytics?x=/console", "/console"),
        (None, "/console"),
    ],
)
def test_presence_goes_back_only_to_this_sites_console(
    client: TestClient, tenant: Tenant, referer: str | None, back: str
) -> None:
    csrf = login(client, tenant)
    headers = {"Referer": referer} if referer else {}
    r = client.post(
        "/console/presence", data={"presence": "away", "csrf": csrf}, headers=headers, follow_redirects=False
    )
    assert r.status_code == 303
    assert r.headers["location"] == back


def test_the_sign_in_redirect_keeps_the_page_encoded(client: TestClient) -> None:
    r = client.get("/console/c/12", follow_redirects=False)
    assert r.status_code == 303
    assert r.headers["location"] == "/console/login?next=%2Fconsole%2Fc%2F12"
    from starlette.requests import Request

    from warmline.web.session import login_redirect

    scope = {
        "type": "http",
        "method": "GET",
        "path": "/console/a b?&next=//evil",
        "query_string": b"x=1",
        "headers": [],
        "server": ("testserver", 80),
        "scheme": "http",
    }
    location = login_redirect(Request(scope)).headers["location"]
    assert location == "/console/login?next=%2Fconsole%2Fa+b%3F%26next%3D%2F%2Fevil"


def test_signing_out_sets_the_agent_offline(
    client: TestClient, tenant: Tenant, factory: sessionmaker[Session]
) -> None:
    from warmline.workspaces.models import User

    csrf = login(client, tenant)
    out = client.post("/console/logout", data={"csrf": csrf}, follow_redirects=False)
    assert out.status_code == 303
    with transaction(factory) as session:
        user = session.get(User, tenant.user_ids["agent"])
        assert user is not None and user.presence == "offline"
    assert client.get("/console", follow_redirects=False).status_code == 303


def test_console_pages_cannot_be_framed_by_other_sites(client: TestClient, tenant: Tenant) -> None:
    login(client, tenant)
    for path in ("/console", "/console/login"):
        headers = client.get(path).headers
        assert (
            headers["x-frame-options"] == "DENY"
            and "frame-ancestors 'none'" in headers["content-security-policy"]
        )


def test_supervisor_cannot_reassign_another_workspace_conversation(
    client: TestClient, tenant: Tenant, other_tenant: Tenant, factory: sessionmaker[Session]
) -> None:
    theirs = open_conversation(client, other_tenant)["conversation"]["id"]
    with_people(factory, theirs)
    csrf = login(client, tenant, "supervisor")
    target = f"user:{tenant.user_ids['agent']}"
    response = client.post(
        "/console/supervisor/reassign",
        data={"conversation_id": theirs, "target": target, "csrf": csrf},
        headers={"Accept": "application/json"},
    )
    assert response.status_code == 404
    with transaction(factory) as session:
        c = session.get(Conversation, theirs)
        assert c is not None and c.assignee_id is None
