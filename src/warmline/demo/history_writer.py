"""Writing the synthetic history into a workspace: bulk inserts through Core with the generator's explicit
ids, sequences moved past them, then the conversation facts computed by the real accounting code (nothing
about outcomes is written directly); and the `warmline demo-history` command.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import func, insert, select, text, update
from sqlalchemy.orm import Session

from warmline.conversations.models import Conversation, Decision, Message
from warmline.customers.models import Customer
from warmline.demo.history_generator import HistoryGenerator
from warmline.feedback import accounting
from warmline.feedback.models import ConversationFact, CsatResponse, FeedbackSignal
from warmline.workspaces.models import User


@dataclass
class HistorySummary:
    workspace_id: int
    customers: int = 0
    conversations: int = 0
    messages: int = 0
    decisions: int = 0
    csat: int = 0
    signals: int = 0
    facts: int = 0
    extra: dict[str, Any] = field(default_factory=dict)

    def __str__(self) -> str:
        return (
            f"history for workspace {self.workspace_id}: {self.customers} customers, {self.conversations} "
            f"conversations, {self.messages} messages, {self.decisions} decisions, {self.csat} CSAT answers, "
            f"{self.signals} signals, {self.facts} facts"
        )


def _table(model: Any) -> Any:
    """The Core table of a model: bulk inserts through Core skip the ORM's per-row bookkeeping."""
    return model.metadata.tables[model.__tablename__]


def first_free_ids(session: Session) -> dict[str, int]:
    def nxt(model: Any) -> int:
        return int(session.scalar(select(func.max(model.id))) or 0) + 1

    return {
        "customers": nxt(Customer),
        "conversations": nxt(Conversation),
        "messages": nxt(Message),
        "decisions": nxt(Decision),
        "csat": nxt(CsatResponse),
        "signals": nxt(FeedbackSignal),
    }


TABLES = {
    "customers": Customer,
    "conversations": Conversation,
    "messages": Message,
    "decisions": Decision,
    "csat": CsatResponse,
    "signals": FeedbackSignal,
}


def fix_sequences(session: Session) -> None:
    """Explicit ids leave PostgreSQL's sequences behind; move them past the rows we wrote."""
    if session.get_bind().dialect.name != "postgresql":
        return
    for model in TABLES.values():
        table = model.__tablename__
        session.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                f"(SELECT COALESCE(MAX(id), 1) FROM {table}))"
            )
        )


def generate_history(
    session: Session,
    workspace_id: int,
    *,
    days: int = 90,
    conversations: int = 5000,
    seed: int = 7,
    end: datetime | None = None,
) -> HistorySummary:
    """Write the history into the workspace and compute its conversation facts."""
    agents = list(session.scalars(select(User.id).where(User.workspace_id == workspace_id)))
    gen = HistoryGenerator(
        workspace_id,
        days=days,
        conversations=conversations,
        seed=seed,
        end=end,
        agent_ids=agents,
        first_ids=first_free_ids(session),
    )
    summary = HistorySummary(workspace_id=workspace_id)
    customers = gen.customer_rows()
    session.execute(insert(_table(Customer)), customers)
    summary.customers = len(customers)
    for batch in gen.batches():
        session.execute(insert(_table(Conversation)), batch.conversations)
        session.execute(insert(_table(Message)), batch.messages)
        session.execute(insert(_table(Decision)), batch.decisions)
        if batch.csat:
            session.execute(insert(_table(CsatResponse)), batch.csat)
        if batch.signals:
            session.execute(insert(_table(FeedbackSignal)), batch.signals)
        summary.conversations += len(batch.conversations)
        summary.messages += len(batch.messages)
        summary.decisions += len(batch.decisions)
        summary.csat += len(batch.csat)
        summary.signals += len(batch.signals)
    fix_sequences(session)
    session.flush()
    summary.facts = accounting.refresh_facts(session, workspace_id)
    # the history's surveys went out when those conversations were resolved
    session.execute(
        update(ConversationFact)
        .where(
            ConversationFact.workspace_id == workspace_id,
            ConversationFact.survey_sent_at.is_(None),
            ConversationFact.resolved_at.is_not(None),
        )
        .values(survey_sent_at=ConversationFact.resolved_at)
    )
    return summary


def history_command() -> Any:
    """`warmline demo-history`: add synthetic history to a workspace (the demo workspace by default)."""
    import click

    @click.command("demo-history")
    @click.option("--workspace", "slug", default="demo", show_default=True, help="workspace slug")
    @click.option("--days", default=90, show_default=True, type=click.IntRange(1, 400))
    @click.option("--conversations", default=5000, show_default=True, type=click.IntRange(1, 2_000_000))
    @click.option("--seed", default=7, show_default=True, type=int)
    def command(slug: str, days: int, conversations: int, seed: int) -> None:
        """Generate realistic conversations over the last DAYS days, with planted effects."""
        from warmline.db import make_engine, make_sessionmaker, transaction
        from warmline.migrate import upgrade
        from warmline.settings import get_settings
        from warmline.workspaces.service import by_slug

        settings = get_settings()
        upgrade(settings.database_url)
        factory = make_sessionmaker(make_engine(settings.database_url))
        with transaction(factory) as session:
            workspace = by_slug(session, slug)
            if workspace is None:
                raise click.ClickException(f"no workspace with slug {slug!r} (run `warmline demo` first)")
            summary = generate_history(
                session, workspace.id, days=days, conversations=conversations, seed=seed
            )
        click.echo(str(summary), err=True)

    return command
