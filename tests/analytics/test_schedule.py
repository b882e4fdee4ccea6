"""The recurring work (CSAT sweep, daily touchpoint scan, weekly recommendations) reaches every workspace,
including one created after the app started, once per period however often the schedule is started."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from tests.conftest import make_tenant
from warmline.analytics.jobs import SCHEDULE, schedule_recurring
from warmline.db import transaction
from warmline.jobs import Job
from warmline.kit import clock

START = datetime(2026, 3, 3, 10, 2, tzinfo=UTC)  # a Tuesday


def _ran(factory) -> Counter[tuple[str, int | None]]:  # type: ignore[no-untyped-def]
    """How many times each (job, workspace) of the schedule has run; no schedule job may have failed."""
    with transaction(factory) as session:
        rows = session.execute(select(Job.name, Job.workspace_id, Job.status, Job.last_error)).all()
    names = ("feedback.sweep", "analytics.recommendations", "touchpoints.scan")
    assert [r for r in rows if r.name in names and r.status != "done"] == []
    return Counter((r.name, r.workspace_id) for r in rows if r.name in names)


def _waiting_schedules(factory) -> list[datetime]:  # type: ignore[no-untyped-def]
    with transaction(factory) as session:
        return [
            clock.as_utc(j.run_at)
            for j in session.scalars(select(Job).where(Job.name == SCHEDULE, Job.status == "queued"))
        ]


def test_every_workspace_gets_its_recurring_jobs_once_per_period(client, factory, tenant):  # type: ignore[no-untyped-def]
    runner = client.app.state.job_runner
    with clock.frozen_at(START):
        # two processes start at once: one schedule
        schedule_recurring(client.app.state.sessionmaker)
        schedule_recurring(client.app.state.sessionmaker)
        assert _waiting_schedules(factory) == [START]
        runner.run_due()
        assert _ran(factory) == Counter(
            {
                ("feedback.sweep", tenant.id): 1,
                ("analytics.recommendations", tenant.id): 1,
                ("touchpoints.scan", tenant.id): 1,
            }
        )
        assert _waiting_schedules(factory) == [datetime(2026, 3, 3, 10, 5, tzinfo=UTC)]
        # a restart while the next run waits changes nothing
        schedule_recurring(client.app.state.sessionmaker)
        assert len(_waiting_schedules(factory)) == 1
        # a workspace created after start, with no restart
        late = make_tenant(factory, "latecomer")

    with clock.frozen_at(START + timedelta(minutes=4)):
        runner.run_due()
    ran = _ran(factory)
    assert ran[("feedback.sweep", tenant.id)] == 2  # every five minutes
    assert ran[("analytics.recommendations", tenant.id)] == 1  # weekly
    assert ran[("touchpoints.scan", tenant.id)] == 1  # daily
    assert {name for name, ws in ran if ws == late.id} == {
        "feedback.sweep",
        "analytics.recommendations",
        "touchpoints.scan",
    }

    # the next day: the daily scan again, the weekly recommendations not yet
    with clock.frozen_at(START + timedelta(days=1)):
        runner.run_due()
    ran = _ran(factory)
    assert ran[("touchpoints.scan", tenant.id)] == 2 and ran[("touchpoints.scan", late.id)] == 2
    assert ran[("analytics.recommendations", tenant.id)] == 1
    assert ran[("feedback.sweep", tenant.id)] == 3
    assert len(_waiting_schedules(factory)) == 1  # still one chain
