"""suggest() for the hand-off panel, and `warmline kb import` from the command line."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy.orm import Session, sessionmaker

from tests.conftest import Tenant
from warmline.db import transaction
from warmline.knowledge import service
from warmline.settings import Settings


def test_suggest_returns_the_best_articles_with_links(factory: sessionmaker[Session], tenant: Tenant) -> None:
    from warmline.demo import automation_seed
    from warmline.workspaces.models import Workspace

    with transaction(factory) as session:
        workspace = session.get(Workspace, tenant.id)
        assert workspace is not None
        automation_seed.seed(session, workspace)
        suggestions = service.suggest(session, tenant.id, "my oven shows E4 and won't heat", k=3)
        premium = service.suggest(
            session, tenant.id, "named concierge for premium members", k=1, segment="white_glove"
        )
        everyone = service.suggest(session, tenant.id, "named concierge for premium members", k=3)
    assert len(suggestions) == 3 and suggestions[0].slug == "oven-error-codes"
    assert suggestions[0].url == "/help/acme/oven-error-codes" and "E4" in suggestions[0].passage
    assert premium[0].slug == "family-premium-concierge"
    assert "family-premium-concierge" not in [s.slug for s in everyone]  # written for one segment only


def test_cli_import_reports_counts_and_errors(
    factory: sessionmaker[Session],
    tenant: Tenant,
    settings: Settings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from warmline import settings as settings_module
    from warmline.cli import cli

    (tmp_path / "a.md").write_text("# Opening hours\n\nWe are open 8am to 8pm.\n")
    (tmp_path / "b.md").write_text("---\ntitle: Broken\nstatus: maybe\n---\ntext\n")
    monkeypatch.setenv("WARMLINE_DATABASE_URL", settings.database_url)
    settings_module.get_settings.cache_clear()
    try:
        result = CliRunner().invoke(cli, ["kb", "import", "--workspace", tenant.slug, str(tmp_path)])
        missing = CliRunner().invoke(cli, ["kb", "import", "--workspace", "nope", str(tmp_path)])
    finally:
        settings_module.get_settings.cache_clear()
    assert result.exit_code == 1, result.output
    assert "1 created" in result.output and "b.md" in result.output
    assert missing.exit_code == 2
    with transaction(factory) as session:
        assert [a.slug for a in service.list_articles(session, tenant.id)] == ["a"]
