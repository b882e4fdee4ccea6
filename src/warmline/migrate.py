"""Run Alembic from code, so `warmline db upgrade` works from any directory."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config

ROOT = Path(__file__).resolve().parent


def _script_location() -> str:
    # Installed with the package (src/warmline/migrations) or in the repository (./migrations).
    packaged = ROOT / "migrations"
    if packaged.exists():
        return str(packaged)
    return str(ROOT.parent.parent / "migrations")


def alembic_config(database_url: str) -> Config:
    config = Config()
    config.set_main_option("script_location", _script_location())
    config.set_main_option("sqlalchemy.url", database_url.replace("%", "%%"))
    config.attributes["database_url"] = database_url
    config.attributes["configure_logger"] = False
    return config


def upgrade(database_url: str, revision: str = "heads") -> None:
    """Domains add migrations on their own branches from the foundation, so "heads" is the default."""
    command.upgrade(alembic_config(database_url), revision)


def downgrade(database_url: str, revision: str) -> None:
    command.downgrade(alembic_config(database_url), revision)
