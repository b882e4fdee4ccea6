"""The policy admin page: admins only, problems shown with their line, simulate, save, diff and restore."""

from __future__ import annotations

from fastapi.testclient import TestClient

from tests.conftest import Tenant
from tests.policy.helpers import AUTOMATE_EVERYTHING, save_policy
from tests.web.helpers import login

BROKEN = "name: broken\nrules:\n  - name: a\n    then:\n      action: guess\n"


def test_the_page_needs_a_signed_in_admin(client: TestClient, tenant: Tenant) -> None:
    anonymous = client.get("/admin/policy", follow_redirects=False)
    assert anonymous.status_code == 303 and "/console/login" in anonymous.headers["location"]
    login(client, tenant, "supervisor")
    assert client.get("/admin/policy").status_code == 403


def test_an_admin_checks_simulates_saves_and_restores_from_the_page(
    client: TestClient, tenant: Tenant
) -> None:
    save_policy(client, tenant, AUTOMATE_EVERYTHING)
    csrf = login(client, tenant, "admin")
    page = client.get("/admin/policy")
    assert page.status_code == 200 and "version 1" in page.text and "always-automate" in page.text

    refused = client.post("/admin/policy", data={"source": BROKEN, "csrf": csrf, "action": "save"})
    assert refused.status_code == 422
    assert "line 5, column" in refused.text and "The running policy is unchanged" in refused.text
    assert "action: guess" in refused.text, "the admin's text is kept in the editor"

    no_csrf = client.post("/admin/policy", data={"source": "name: x\n", "csrf": "nope", "action": "save"})
    assert no_csrf.status_code == 403

    simulated = client.post("/admin/policy", data={"source": "name: x\n", "csrf": csrf, "action": "simulate"})
    assert simulated.status_code == 200 and "Simulation" in simulated.text

    script = "name: '<script>alert(1)</script>'\n"
    saved = client.post(
        "/admin/policy", data={"source": script, "csrf": csrf, "action": "save", "comment": "x"}
    )
    assert saved.status_code == 200 and "Saved as version 2" in saved.text
    assert "<script>alert(1)</script>" not in saved.text and "&lt;script&gt;" in saved.text

    diff = client.get("/admin/policy?version=2")
    assert "Changes in v2" in diff.text and "always-automate" in diff.text
    restored = client.post("/admin/policy/versions/1/restore", data={"csrf": csrf})
    assert restored.status_code == 200 and "Version 1 restored as version 3" in restored.text
    running = client.get("/api/v1/policy", headers=tenant.headers("admin")).json()
    assert running["version"] == 3 and running["source"] == AUTOMATE_EVERYTHING
