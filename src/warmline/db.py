"""Engine, declarative base and the one-transaction-per-request session.

Side effects that others can observe (websocket broadcasts, job wake-ups) are registered with
:func:`on_commit` and run only after the transaction committed; a rollback discards them.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import JSON, DateTime, Engine, MetaData, create_engine, event
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import DeclarativeBase, Session, sessionmaker
from sqlalchemy.pool import StaticPool
from sqlalchemy.types import TypeDecorator

from warmline.kit.clock import as_utc

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

JSONType = JSON().with_variant(JSONB(), "postgresql")
#: execution option that marks a read-only unit of work (see :func:`read_transaction`)
READ_ONLY = "warmline_read_only"
#: key in a SQLite connection's `info` while its transaction holds the database's single writer lock
_WRITER_LOCK = "holds_writer_lock"


class UTCDateTime(TypeDecorator[datetime]):
    """A timezone-aware datetime on every backend (SQLite forgets the zone; we put UTC back)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        return as_utc(value) if value is not None else None


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {dict[str, Any]: JSONType, list[Any]: JSONType, datetime: UTCDateTime}


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        memory = url in ("sqlite://", "sqlite:///:memory:")
        if not memory:
            db_path = url.split("sqlite:///", 1)[-1]
            Path(db_path).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(
            url,
            connect_args={"check_same_thread": False, "timeout": 30},
            poolclass=StaticPool if memory else None,
        )

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
            # Let SQLAlchemy issue BEGIN itself so that writers take the lock up front (no upgrade deadlocks).
            dbapi_conn.isolation_level = None
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA busy_timeout=30000")
            cur.close()

        # SQLite has one writer at a time. Inside one process, queue writers on a lock instead of letting
        # SQLite's busy handler poll with growing sleeps (which is what makes tail latency explode).
        writer = threading.Lock()

        @event.listens_for(engine, "begin")
        def _sqlite_begin(conn: Any) -> None:
            if not memory and conn.get_execution_options().get(READ_ONLY):
                # a reader sees one snapshot; with WAL it neither waits for nor blocks the writer
                conn.exec_driver_sql("BEGIN")
                return
            writer.acquire()
            try:
                conn.exec_driver_sql("BEGIN IMMEDIATE")
            except BaseException:
                writer.release()
                raise
            conn.info[_WRITER_LOCK] = True

        @event.listens_for(engine, "commit")
        @event.listens_for(engine, "rollback")
        def _sqlite_end(conn: Any) -> None:
            if conn.info.pop(_WRITER_LOCK, False):
                writer.release()

        return engine
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://") :]
    return create_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=20)


def make_sessionmaker(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(bind=engine, expire_on_commit=False, autoflush=True)


def on_commit(session: Session, callback: Callable[[], None]) -> None:
    """Run ``callback`` once the current transaction has committed; never if it rolls back."""
    session.info.setdefault("after_commit", []).append(callback)


def _run_after_commit(session: Session) -> None:
    callbacks = session.info.pop("after_commit", [])
    for callback in callbacks:
        callback()


def holds_writer_lock(session: Session) -> bool:
    """Whether this session's transaction took SQLite's single writer lock at BEGIN (never on PostgreSQL)."""
    return bool(session.connection().info.get(_WRITER_LOCK))


def _refuse_writes(session: Session, *_: Any) -> None:
    raise RuntimeError("this unit of work is read-only: write in a transaction() instead")


@contextmanager
def read_transaction(factory: sessionmaker[Session]) -> Iterator[Session]:
    """A read-only unit of work: one consistent snapshot, always rolled back.

    On SQLite it does not queue behind the single writer (WAL lets readers and one writer run together), so
    slow pure work between a read and a write (triage, say) need not hold the writer lock.
    """
    session = factory()
    event.listen(session, "before_flush", _refuse_writes)
    try:
        session.connection(execution_options={READ_ONLY: True})
        yield session
    finally:
        session.rollback()
        session.close()


@contextmanager
def transaction(factory: sessionmaker[Session]) -> Iterator[Session]:
    """One unit of work: commit on success, rollback (and drop queued side effects) on error."""
    session = factory()
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        session.info.pop("after_commit", None)
        raise
    finally:
        session.close()
    _run_after_commit(session)
