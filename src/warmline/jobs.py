"""Durable background jobs.

A job is a row written in the same transaction as the change that asked for it, so it exists exactly when
that change committed (an outbox). Runners claim due jobs with a conditional UPDATE, run the handler and
mark the job done in one transaction, so a job's database effects happen once; a runner that dies
mid-job leaves a lease that expires and the job is taken again.

By default an in-process thread runs jobs. With ``WARMLINE_REDIS_URL`` set, the app pushes a wake-up to
Redis after commit and ``warmline worker`` processes (any number) take the jobs.
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ForeignKey, Index, String, Text, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Mapped, Session, mapped_column, sessionmaker

from warmline.db import Base, on_commit, transaction
from warmline.kit.clock import now

log = logging.getLogger(__name__)
WAKE_KEY = "warmline:jobs:wake"
LEASE = timedelta(minutes=5)

Handler = Callable[[Session, dict[str, Any]], None]


class Job(Base):
    __tablename__ = "jobs"
    __table_args__ = (Index("ix_jobs_due", "status", "run_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    workspace_id: Mapped[int | None] = mapped_column(
        ForeignKey("workspaces.id", ondelete="CASCADE"), default=None
    )
    name: Mapped[str] = mapped_column(String(120))
    payload: Mapped[dict[str, Any]] = mapped_column(default=dict)
    #: a job with the same key is never enqueued twice (reminders, notifications)
    dedupe_key: Mapped[str | None] = mapped_column(String(200), unique=True, default=None)
    status: Mapped[str] = mapped_column(String(20), default="queued")
    run_at: Mapped[datetime] = mapped_column(default=now)
    attempts: Mapped[int] = mapped_column(default=0)
    max_attempts: Mapped[int] = mapped_column(default=5)
    locked_until: Mapped[datetime | None] = mapped_column(default=None)
    last_error: Mapped[str | None] = mapped_column(Text, default=None)
    created_at: Mapped[datetime] = mapped_column(default=now)
    finished_at: Mapped[datetime | None] = mapped_column(default=None)


_wakers: list[Callable[[], None]] = []


def add_waker(waker: Callable[[], None]) -> None:
    _wakers.append(waker)


def clear_wakers() -> None:
    _wakers.clear()


def enqueue(
    session: Session,
    name: str,
    payload: dict[str, Any] | None = None,
    *,
    run_at: datetime | None = None,
    workspace_id: int | None = None,
    dedupe_key: str | None = None,
) -> Job | None:
    """Add a job to the current transaction. Returns None when ``dedupe_key`` was already used."""
    if dedupe_key is not None:
        existing = session.scalar(select(Job).where(Job.dedupe_key == dedupe_key))
        if existing is not None:
            return None
    job = Job(
        name=name,
        payload=payload or {},
        run_at=run_at or now(),
        workspace_id=workspace_id,
        dedupe_key=dedupe_key,
    )
    try:
        with session.begin_nested():
            session.add(job)
            session.flush()
    except IntegrityError:
        return None
    for waker in list(_wakers):
        on_commit(session, waker)
    return job


def cancel(session: Session, dedupe_key: str) -> bool:
    result = session.execute(
        update(Job)
        .where(Job.dedupe_key == dedupe_key, Job.status == "queued")
        .values(status="cancelled", finished_at=now())
    )
    return bool(result.rowcount)  # type: ignore[attr-defined]


class JobRunner:
    """Runs due jobs with the given handlers. Safe to run in several processes at once."""

    def __init__(self, factory: sessionmaker[Session], handlers: dict[str, Handler]) -> None:
        self.factory = factory
        self.handlers = handlers
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._thread: threading.Thread | None = None

    def _claim(self) -> int | None:
        moment = now()
        with transaction(self.factory) as session:
            candidates = session.scalars(
                select(Job.id)
                .where(
                    ((Job.status == "queued") & (Job.run_at <= moment))
                    | ((Job.status == "running") & (Job.locked_until < moment))
                )
                .order_by(Job.run_at, Job.id)
                .limit(5)
            ).all()
            for job_id in candidates:
                claimed = session.execute(
                    update(Job)
                    .where(
                        Job.id == job_id,
                        (
                            (Job.status == "queued")
                            | ((Job.status == "running") & (Job.locked_until < moment))
                        ),
                    )
                    .values(status="running", locked_until=moment + LEASE, attempts=Job.attempts + 1)
                )
                if claimed.rowcount:  # type: ignore[attr-defined]
                    return job_id
        return None

    def _run(self, job_id: int) -> None:
        try:
            with transaction(self.factory) as session:
                job = session.get(Job, job_id)
                assert job is not None
                handler = self.handlers.get(job.name)
                if handler is None:
                    raise LookupError(f"no handler for job {job.name!r}")
                handler(session, dict(job.payload))
                job.status = "done"
                job.finished_at = now()
                job.locked_until = None
        except Exception:
            error = traceback.format_exc(limit=5)
            log.exception("job %s failed", job_id)
            with transaction(self.factory) as session:
                job = session.get(Job, job_id)
                if job is None:
                    return
                job.last_error = error[-4000:]
                job.locked_until = None
                if job.attempts >= job.max_attempts:
                    job.status = "failed"
                    job.finished_at = now()
                else:
                    job.status = "queued"
                    job.run_at = now() + timedelta(seconds=min(300, 2**job.attempts))

    def run_due(self, limit: int = 1000) -> int:
        """Run every job that is due now; returns how many ran. Tests call this with a frozen clock."""
        count = 0
        while count < limit:
            job_id = self._claim()
            if job_id is None:
                break
            self._run(job_id)
            count += 1
        return count

    def wake(self) -> None:
        self._wake.set()

    def start(self, poll_seconds: float = 1.0) -> None:
        def loop() -> None:
            while not self._stop.is_set():
                try:
                    self.run_due()
                except Exception:  # the database may be briefly unavailable; keep the loop alive
                    log.exception("job loop error")
                self._wake.wait(poll_seconds)
                self._wake.clear()

        self._thread = threading.Thread(target=loop, name="warmline-jobs", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread:
            self._thread.join(timeout=10)
