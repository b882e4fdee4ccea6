"""`warmline kb import --workspace SLUG PATH`: bulk import Markdown files or a CSV, with a progress bar."""

from __future__ import annotations

import sys
from pathlib import Path

import click


@click.group()
def kb_group() -> None:
    """Knowledge base."""


@kb_group.command("import")
@click.option("--workspace", "slug", required=True, help="workspace slug")
@click.option("--draft", is_flag=True, help="import as drafts unless a file says otherwise")
@click.argument("path", type=click.Path(exists=True, path_type=Path))
def kb_import(slug: str, draft: bool, path: Path) -> None:
    """Import a folder of Markdown files (front matter: title, slug, tags, audience, status) or a CSV file
    (columns title, body, and optionally slug, tags, audience, status).

    Re-importing changes only what changed."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    from warmline.db import make_engine, make_sessionmaker, transaction
    from warmline.kit.errors import DomainError
    from warmline.knowledge import service
    from warmline.settings import get_settings
    from warmline.workspaces.service import by_slug

    console = Console(stderr=True)
    try:
        items = service.read_import_source(path)
    except (DomainError, UnicodeDecodeError) as exc:
        console.print(f"[red]error:[/red] {exc}")
        sys.exit(2)
    if draft:
        items = [
            service.ImportItem(
                i.source, i.article.model_copy(update={"status": "draft"}) if i.article else None, i.error
            )
            for i in items
        ]
    if not items:
        console.print(f"[yellow]nothing to import in {path}[/yellow] (.md, .markdown or .csv files)")
        sys.exit(1)
    factory = make_sessionmaker(make_engine(get_settings().database_url))
    with transaction(factory) as session:
        workspace = by_slug(session, slug)
        if workspace is None:
            console.print(f"[red]error:[/red] no workspace with slug {slug!r}")
            sys.exit(2)
        with Progress(
            TextColumn("[bold]importing"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.description}"),
            console=console,
        ) as progress:
            task = progress.add_task("", total=len(items))
            result = service.import_items(
                session,
                None,
                workspace.id,
                items,
                progress=lambda item: progress.update(task, advance=1, description=item.source[:50]),
            )
    console.print(
        f"{result.created} created, {result.updated} updated, {result.unchanged} unchanged, "
        f"{len(result.errors)} errors"
    )
    for error in result.errors:
        console.print(f"  [red]•[/red] {error}")
    sys.exit(1 if result.errors else 0)
