"""The `warmline` command. Every subcommand honours the WARMLINE_ settings."""

from __future__ import annotations

import logging
import sys

import click

from warmline.demo.history import history_command
from warmline.knowledge.cli import kb_group
from warmline.policy.cli import policy_group
from warmline.settings import get_settings
from warmline.triage.cli import eval_group, triage_command


@click.group()
@click.version_option(package_name="warmline")
def cli() -> None:
    """Warmline: customer conversations, automation for the routine, people for what matters."""
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    logging.getLogger("warmline").setLevel(logging.INFO)
    logging.getLogger("bm25s").setLevel(logging.WARNING)  # it logs every index build at DEBUG


@cli.command()
@click.option("--host", default=None, help="interface to bind (default WARMLINE_HOST or 127.0.0.1)")
@click.option("--port", default=None, type=int, help="port (default WARMLINE_PORT or 8000)")
@click.option("--workers", default=1, show_default=True, type=int, help="app processes")
def serve(host: str | None, port: int | None, workers: int) -> None:
    """Serve the API, the live updates and the pages."""
    import uvicorn

    settings = get_settings()
    uvicorn.run(
        "warmline.app:create_app",
        factory=True,
        host=host or settings.host,
        port=port or settings.port,
        workers=workers,
        log_level=settings.log_level,
    )


@cli.group()
def db() -> None:
    """Database schema."""


@db.command("upgrade")
@click.option("--revision", default="heads", show_default=True)
def db_upgrade(revision: str) -> None:
    """Apply the Alembic migrations to WARMLINE_DATABASE_URL."""
    from warmline.migrate import upgrade

    upgrade(get_settings().database_url, revision)
    click.echo(f"database at {revision}", err=True)


@cli.command()
def demo() -> None:
    """Seed the demo workspace (slug `demo`); running it again changes nothing."""
    from warmline.demo.seed import seed_demo
    from warmline.migrate import upgrade

    settings = get_settings()
    upgrade(settings.database_url)
    summary = seed_demo(settings)
    click.echo(summary, err=True)


@cli.group()
def token() -> None:
    """API tokens."""


@token.command("create")
@click.option("--workspace", "slug", required=True, help="workspace slug")
@click.option("--role", type=click.Choice(["admin", "supervisor", "agent"]), required=True)
@click.option("--name", default="cli", show_default=True)
def token_create(slug: str, role: str, name: str) -> None:
    """Create an API token and print only the token on stdout."""
    from warmline.auth.service import create_token
    from warmline.db import make_engine, make_sessionmaker, transaction
    from warmline.workspaces.service import by_slug

    settings = get_settings()
    factory = make_sessionmaker(make_engine(settings.database_url))
    with transaction(factory) as session:
        workspace = by_slug(session, slug)
        if workspace is None:
            click.echo(f"error: no workspace with slug {slug!r}", err=True)
            sys.exit(2)
        _, clear = create_token(session, workspace_id=workspace.id, role=role, name=name)
    click.echo(clear)


@cli.command()
@click.option("--once", is_flag=True, help="run the due jobs and exit")
def worker(once: bool) -> None:
    """Run background jobs (when WARMLINE_REDIS_URL is set the app leaves them to workers)."""
    from warmline.worker import run_worker

    run_worker(get_settings(), once=once)


# Domain command groups live with their domains.
cli.add_command(triage_command, "triage")
cli.add_command(eval_group, "eval")
cli.add_command(policy_group, "policy")
cli.add_command(kb_group, "kb")
cli.add_command(history_command(), "demo-history")


def main() -> None:
    cli(prog_name="warmline")
