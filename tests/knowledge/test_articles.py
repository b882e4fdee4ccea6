"""Knowledge base: articles with version history, roles, isolation, import, search and help pages."""

from __future__ import annotations

from fastapi.testclient import TestClient

from tests.conftest import Tenant

BODY = "## How long\nRefunds take **3 to 5 working days**.\n\n## Where to see it\nUnder Account > Billing."


def _create(client: TestClient, tenant: Tenant, **extra: object) -> dict:
    body = {
        "title": "Refund timing",
        "body": BODY,
        "tags": ["Refunds", "refunds"],
        "status": "published",
        **extra,
    }
    response = client.post("/api/v1/knowledge/articles", json=body, headers=tenant.headers())
    assert response.status_code == 201, response.text
    return response.json()


def test_article_lifecycle_keeps_every_version(client: TestClient, tenant: Tenant) -> None:
    article = _create(client, tenant)
    assert article["slug"] == "refund-timing" and article["tags"] == ["refunds"] and article["version"] == 1
    aid = article["id"]
    patched = client.patch(
        f"/api/v1/knowledge/articles/{aid}",
        json={"body": BODY + "\n\nUpdated.", "note": "typo"},
        headers=tenant.headers(),
    )
    assert patched.status_code == 200 and patched.json()["version"] == 2
    same = client.patch(
        f"/api/v1/knowledge/articles/{aid}", json={"title": "Refund timing"}, headers=tenant.headers()
    )
    assert same.json()["version"] == 2  # nothing changed, no new version
    versions = client.get(
        f"/api/v1/knowledge/articles/{aid}/versions", headers=tenant.headers("agent")
    ).json()
    assert [v["version"] for v in versions] == [2, 1] and versions[0]["note"] == "typo"
    restored = client.post(f"/api/v1/knowledge/articles/{aid}/versions/1/restore", headers=tenant.headers())
    assert restored.json()["body"] == BODY and restored.json()["version"] == 3
    assert (
        client.post(
            f"/api/v1/knowledge/articles/{aid}/versions/9/restore", headers=tenant.headers()
        ).status_code
        == 404
    )
    duplicate = client.post(
        "/api/v1/knowledge/articles", json={"title": "Refund timing", "body": "x"}, headers=tenant.headers()
    )
    assert duplicate.status_code == 409
    assert client.delete(f"/api/v1/knowledge/articles/{aid}", headers=tenant.headers()).status_code == 204
    assert client.get(f"/api/v1/knowledge/articles/{aid}", headers=tenant.headers()).status_code == 404


def test_roles_and_workspaces_are_respected(client: TestClient, tenant: Tenant, other_tenant: Tenant) -> None:
    article = _create(client, tenant)
    body = {"title": "Agent article", "body": "text"}
    assert (
        client.post("/api/v1/knowledge/articles", json=body, headers=tenant.headers("agent")).status_code
        == 403
    )
    assert (
        client.patch(
            f"/api/v1/knowledge/articles/{article['id']}",
            json={"title": "x"},
            headers=tenant.headers("supervisor"),
        ).status_code
        == 403
    )
    assert (
        client.get(f"/api/v1/knowledge/articles/{article['id']}", headers=other_tenant.headers()).status_code
        == 404
    )
    assert (
        client.patch(
            f"/api/v1/knowledge/articles/{article['id']}", json={"title": "x"}, headers=other_tenant.headers()
        ).status_code
        == 404
    )
    found = client.get(
        "/api/v1/knowledge/search", params={"q": "how long do refunds take"}, headers=other_tenant.headers()
    ).json()
    assert found["results"] == []
    assert client.get("/api/v1/knowledge/articles", headers={}).status_code == 401


def test_bad_input_gets_clear_errors(client: TestClient, tenant: Tenant) -> None:
    for body in (
        {"title": "", "body": "x"},
        {"title": "t", "body": "x", "slug": "Bad Slug!"},
        {"title": "t", "body": "x", "status": "live"},
        {"title": "t"},
    ):
        response = client.post("/api/v1/knowledge/articles", json=body, headers=tenant.headers())
        assert response.status_code == 422, body
    article = _create(client, tenant)
    response = client.patch(
        f"/api/v1/knowledge/articles/{article['id']}", json={"title": None}, headers=tenant.headers()
    )
    assert response.status_code == 422
    assert (
        client.get("/api/v1/knowledge/search", params={"q": ""}, headers=tenant.headers()).status_code == 422
    )


def test_drafts_are_not_searchable_until_published(client: TestClient, tenant: Tenant) -> None:
    draft = _create(client, tenant, status="draft")
    query = {"q": "when will my refund arrive"}
    assert (
        client.get("/api/v1/knowledge/search", params=query, headers=tenant.headers()).json()["results"] == []
    )
    assert client.get("/help/acme/refund-timing").status_code == 404
    client.patch(
        f"/api/v1/knowledge/articles/{draft['id']}", json={"status": "published"}, headers=tenant.headers()
    )
    result = client.get("/api/v1/knowledge/search", params=query, headers=tenant.headers()).json()
    assert result["results"][0]["slug"] == "refund-timing"
    assert result["results"][0]["url"] == "/help/acme/refund-timing"
    how_long = client.get(
        "/api/v1/knowledge/search", params={"q": "how long do refunds take"}, headers=tenant.headers()
    ).json()
    assert "3 to 5 working days" in how_long["results"][0]["passage"]


def test_import_markdown_and_csv_reports_each_problem(client: TestClient, tenant: Tenant) -> None:
    md = "---\ntitle: Skipping a week\ntags: [subscriptions]\n---\nSkip by Wednesday."
    csv = "title,body,tags\nPayment methods,We accept cards and PayPal.,payments|billing\n,missing title,\n"
    files = [
        {"name": "skip.md", "content": md},
        {"name": "more.csv", "content": csv},
        {"name": "untitled.md", "content": "no heading here"},
    ]
    result = client.post("/api/v1/knowledge/import", json={"files": files}, headers=tenant.headers()).json()
    assert result["created"] == 2 and len(result["errors"]) == 2
    again = client.post(
        "/api/v1/knowledge/import", json={"files": files[:2]}, headers=tenant.headers()
    ).json()
    assert again["unchanged"] == 2 and again["created"] == 0
    titles = [a["title"] for a in client.get("/api/v1/knowledge/articles", headers=tenant.headers()).json()]
    assert titles == ["Payment methods", "Skipping a week"]


def test_help_pages_escape_what_authors_write(client: TestClient, tenant: Tenant) -> None:
    _create(
        client,
        tenant,
        title="Refunds <script>alert(1)</script>",
        slug="refunds",
        body="Hello <script>alert(2)</script> **bold**",
    )
    page = client.get("/help/acme/refunds")
    assert page.status_code == 200
    assert (
        "<script>" not in page.text and "&lt;script&gt;" in page.text and "<strong>bold</strong>" in page.text
    )
    assert client.get("/help/nowhere/refunds").status_code == 404
    assert client.get("/admin/knowledge").status_code == 200


def test_agents_get_suggested_articles_for_a_conversation(
    client: TestClient, tenant: Tenant, other_tenant: Tenant
) -> None:
    _create(client, tenant)
    body = {
        "customer": {"external_id": "c-1"},
        "channel": "api",
        "message": {"text": "how long until my refund shows up?", "client_msg_id": "s-1"},
    }
    conversation = client.post("/api/v1/conversations", json=body, headers=tenant.headers()).json()[
        "conversation"
    ]
    params = {"conversation_id": conversation["id"]}
    found = client.get("/api/v1/knowledge/suggestions", params=params, headers=tenant.headers("agent"))
    assert found.status_code == 200 and found.json()[0]["slug"] == "refund-timing"
    assert (
        client.get("/api/v1/knowledge/suggestions", params=params, headers=other_tenant.headers()).status_code
        == 404
    )
