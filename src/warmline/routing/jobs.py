"""Background work of routing: the sticky-owner fallback and the SLA clock checks."""

from __future__ import annotations

from warmline.jobs import Handler
from warmline.routing import common, queue, sla


def handlers() -> dict[str, Handler]:
    return {
        common.STICKY_JOB: queue.sticky_fallback_job,
        sla.CHECK_JOB: sla.check_job,
        sla.SWEEP_JOB: sla.sweep_job,
    }
