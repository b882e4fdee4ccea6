"""Signed out on an analytics page: sign in and land back on it; `next` never leaves the site."""

from __future__ import annotations

import re

import pytest


def _sign_in(client, tenant, next_: str, role: str = "supervisor"):  # type: ignore[no-untyped-def]
    page = client.get(f"/console/login?workspace={tenant.slug}")
    token = re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)  # type: ignore[union-attr]
    return client.post(
        "/console/login",
        data={
            "workspace": tenant.slug,
            "email": f"{role}@{tenant.slug}.test",
            "password": "correct horse",
            "csrf": token,
            "next": next_,
        },
        follow_redirects=False,
    )


def test_signed_out_visitor_comes_back_to_the_analytics_page(client, tenant):  # type: ignore[no-untyped-def]
    r = client.get("/admin/analytics/segments", follow_redirects=False)
    assert r.status_code == 303
    login_url = r.headers["location"]
    assert login_url == "/console/login?next=%2Fadmin%2Fanalytics%2Fsegments"
    form = client.get(login_url)
    assert 'name="next" value="/admin/analytics/segments"' in form.text
    r = _sign_in(client, tenant, "/admin/analytics/segments")
    assert r.status_code == 303 and r.headers["location"] == "/admin/analytics/segments"
    page = client.get(r.headers["location"])
    assert page.status_code == 200 and "Segments" in page.text
    # console paths still work as before
    assert _sign_in(client, tenant, "/console/c/1").headers["location"] == "/console/c/1"


@pytest.mark.parametrize(
    "target",
    [
        "https://evil.example/admin/analytics",
        "//evil.example/admin/analytics",
        "/\\evil.example/admin",
        "javascript:alert(1)",
        "/administrator",
        "/consolex",
        "/api/v1/conversations",
        "admin/analytics",
        "/admin/analytics\r\nSet-Cookie: x=1",
        "",
    ],
)
def test_next_outside_console_and_admin_goes_to_the_inbox(client, tenant, target):  # type: ignore[no-untyped-def]
    r = _sign_in(client, tenant, target)
    assert r.status_code == 303 and r.headers["location"] == "/console"
