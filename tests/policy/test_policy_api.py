"""The policy admin API: versions, audit, restore, validation with lines, roles, simulation before saving."""

from __future__ import annotations

from fastapi.testclient import TestClient

from tests.conftest import Tenant, open_conversation
from tests.policy.helpers import AUTOMATE_EVERYTHING, ScriptedAutomation, automation, save_policy

BROKEN = "name: broken\nrules:\n  - name: a\n    then:\n      action: guess\n"


def test_a_new_workspace_runs_the_builtin_policy(client: TestClient, tenant: Tenant) -> None:
    body = client.get("/api/v1/policy", headers=tenant.headers("admin")).json()
    assert body["version"] == 0 and body["builtin"] is True
    assert "segments" in body["source"]


def test_saving_creates_versions_and_audits_who_when_and_the_diff(client: TestClient, tenant: Tenant) -> None:
    first = save_policy(client, tenant, AUTOMATE_EVERYTHING)
    second = save_policy(client, tenant, AUTOMATE_EVERYTHING.replace("priority: low", "priority: normal"))
    assert (first["version"], second["version"]) == (1, 2)
    assert second["created_by_user_id"] == tenant.user_ids["admin"]
    versions = client.get("/api/v1/policy/versions", headers=tenant.headers("admin")).json()
    assert [v["version"] for v in versions] == [2, 1]
    detail = client.get("/api/v1/policy/versions/2", headers=tenant.headers("admin")).json()
    assert "-    then: {action: automate, priority: low}" in detail["diff"]
    assert "+    then: {action: automate, priority: normal}" in detail["diff"]
    audit = client.get("/api/v1/audit", headers=tenant.headers("admin")).json()
    entry = next(e for e in audit if e["action"] == "policy.updated" and e["entity_id"] == "2")
    assert entry["actor_user_id"] == tenant.user_ids["admin"]
    assert entry["changes"]["version"] == [1, 2]
    assert "priority: normal" in entry["changes"]["diff"]


def test_a_broken_policy_is_refused_with_the_line_and_the_running_policy_stays(
    client: TestClient, tenant: Tenant
) -> None:
    save_policy(client, tenant, AUTOMATE_EVERYTHING)
    refused = client.put("/api/v1/policy", json={"source": BROKEN}, headers=tenant.headers("admin"))
    assert refused.status_code == 422
    error = refused.json()["error"]
    assert error["details"][0]["line"] == 5
    assert "action" in error["details"][0]["reason"]
    assert "line 5" in error["message"]
    bad_yaml = client.put("/api/v1/policy", json={"source": "rules: [\n"}, headers=tenant.headers("admin"))
    assert bad_yaml.status_code == 422 and bad_yaml.json()["error"]["details"][0]["line"]
    running = client.get("/api/v1/policy", headers=tenant.headers("admin")).json()
    assert running["version"] == 1 and running["source"] == AUTOMATE_EVERYTHING
    with automation(ScriptedAutomation()):
        turn = open_conversation(client, tenant, text="How do I skip next week's box?")
    assert turn["decision"]["rule"] == "always-automate"
    checked = client.post("/api/v1/policy/validate", json={"source": BROKEN}, headers=tenant.headers("admin"))
    assert checked.json()["valid"] is False and checked.json()["problems"][0]["line"] == 5


def test_restoring_an_old_version_makes_it_run_again_as_a_new_version(
    client: TestClient, tenant: Tenant
) -> None:
    save_policy(client, tenant, AUTOMATE_EVERYTHING)
    save_policy(client, tenant, "name: second\n")
    restored = client.post("/api/v1/policy/versions/1/restore", headers=tenant.headers("admin"))
    assert restored.status_code == 200
    assert restored.json()["version"] == 3 and restored.json()["restored_from"] == 1
    assert (
        client.get("/api/v1/policy", headers=tenant.headers("agent")).status_code == 403
    )  # agents do not read it
    assert (
        client.get("/api/v1/policy", headers=tenant.headers("supervisor")).json()["source"]
        == AUTOMATE_EVERYTHING
    )
    audit = client.get("/api/v1/audit", headers=tenant.headers("admin")).json()
    assert any(e["action"] == "policy.restored" for e in audit)
    assert (
        client.post("/api/v1/policy/versions/99/restore", headers=tenant.headers("admin")).status_code == 404
    )


def test_only_admins_change_the_policy_and_workspaces_are_isolated(
    client: TestClient, tenant: Tenant, other_tenant: Tenant
) -> None:
    for role in ("agent", "supervisor"):
        response = client.put("/api/v1/policy", json={"source": "name: x\n"}, headers=tenant.headers(role))
        assert response.status_code == 403
    save_policy(client, tenant, AUTOMATE_EVERYTHING)
    assert client.get("/api/v1/policy/versions/1", headers=other_tenant.headers("admin")).status_code == 404
    assert client.get("/api/v1/policy", headers=other_tenant.headers("admin")).json()["version"] == 0


def test_simulate_before_saving_compares_with_the_running_policy(client: TestClient, tenant: Tenant) -> None:
    conversations = [
        {
            "id": "a",
            "customer": {"attributes": {"plan": "Solo"}},
            "messages": [
                {"text": "How do I skip next week's box?", "automation": {"handled": True, "progress": True}}
            ],
        },
        {
            "id": "b",
            "customer": {"attributes": {"vip": True}},
            "messages": [
                {"text": "How do I skip next week's box?", "automation": {"handled": True, "progress": True}}
            ],
        },
        {"id": "c", "messages": [{"text": "I want to talk to a real person"}]},
    ]
    response = client.post(
        "/api/v1/policy/simulate",
        headers=tenant.headers("admin"),
        json={"source": AUTOMATE_EVERYTHING, "conversations": conversations},
    )
    assert response.status_code == 200, response.text
    report = response.json()
    assert report["candidate"]["overall"]["counts"] == {"automated": 2, "offered": 0, "handed_off": 1}
    assert report["baseline"]["overall"]["counts"] == {"automated": 1, "offered": 0, "handed_off": 2}
    assert [c["id"] for c in report["changed"]] == ["b"]
    assert client.get("/api/v1/policy", headers=tenant.headers("admin")).json()["version"] == 0, (
        "nothing saved"
    )
    broken = client.post(
        "/api/v1/policy/simulate",
        headers=tenant.headers("admin"),
        json={"source": BROKEN, "conversations": conversations},
    )
    assert broken.status_code == 422 and broken.json()["error"]["details"][0]["line"] == 5


def test_simulate_on_the_workspaces_recent_conversations(client: TestClient, tenant: Tenant) -> None:
    with automation(ScriptedAutomation()):
        open_conversation(
            client, tenant, text="How do I skip next week's box?", external_id="x1", client_msg_id="1"
        )
        open_conversation(
            client, tenant, text="I want to talk to a real person", external_id="x2", client_msg_id="2"
        )
    report = client.post(
        "/api/v1/policy/simulate", headers=tenant.headers("admin"), json={"source": AUTOMATE_EVERYTHING}
    ).json()
    assert report["conversations"] == 2
    assert report["candidate"]["overall"]["counts"]["handed_off"] == 1
