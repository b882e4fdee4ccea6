from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from pydantic import ValidationError
from sqlalchemy import func, select

from warmline.cli import cli
from warmline.db import make_engine, make_sessionmaker, transaction
from warmline.settings import DEFAULT_SECRET, Settings


def test_default_secret_is_refused_outside_dev() -> None:
    assert Settings(env="dev").secret_key == DEFAULT_SECRET
    for env in ("test", "production"):
        with pytest.raises(ValidationError, match="WARMLINE_SECRET_KEY"):
            Settings(env=env)
        with pytest.raises(ValidationError):
            Settings(env=env, secret_key="short")
    assert Settings(env="production", secret_key="x" * 40).env == "production"


def test_settings_come_from_warmline_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WARMLINE_DATABASE_URL", "sqlite:////tmp/elsewhere.db")
    monkeypatch.setenv("WARMLINE_REDIS_URL", "redis://127.0.0.1:6379/3")
    settings = Settings()
    assert settings.database_url == "sqlite:////tmp/elsewhere.db"
    assert settings.redis_url == "redis://127.0.0.1:6379/3"


def test_demo_is_idempotent_and_token_create_prints_only_the_token(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from warmline.conversations.models import Conversation
    from warmline.customers.models import Customer
    from warmline.workspaces.models import User

    url = f"sqlite:///{tmp_path / 'cli.db'}"
    monkeypatch.setenv("WARMLINE_DATABASE_URL", url)
    from warmline.settings import get_settings

    get_settings.cache_clear()
    try:
        runner = CliRunner()
        first = runner.invoke(cli, ["demo"])
        assert first.exit_code == 0, first.output
        factory = make_sessionmaker(make_engine(url))

        def counts() -> tuple[int, int, int]:
            with transaction(factory) as s:
                return tuple(
                    s.scalar(select(func.count()).select_from(m)) for m in (User, Customer, Conversation)
                )  # type: ignore[return-value]

        before = counts()
        assert all(before)
        second = runner.invoke(cli, ["demo"])
        assert second.exit_code == 0
        assert counts() == before

        made = runner.invoke(cli, ["token", "create", "--workspace", "demo", "--role", "agent"])
        assert made.exit_code == 0
        assert made.stdout.strip().startswith("wl_") and len(made.stdout.strip().splitlines()) == 1
        missing = runner.invoke(cli, ["token", "create", "--workspace", "nope", "--role", "agent"])
        assert missing.exit_code == 2
    finally:
        get_settings.cache_clear()
