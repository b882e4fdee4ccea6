"""The public names of routing, kept importable as `warmline.routing.service` (the docs and older callers
use it). The code lives in three modules:

- `common`: routing settings, agents and their load (`load`, `Candidate`, `team_agents`), `state_for`;
- `assignment`: who gets a conversation (`route`, `estimate`, `drain`), see its docstring;
- `queue`: what people change afterwards (`set_presence`, `release`, `request_callback`, `transfer`,
  `sticky_fallback_job`), `time_to_human_seconds` and `queue_overview`.
"""

from __future__ import annotations

from warmline.policy.engine import PRIORITY_RANK
from warmline.routing.assignment import drain, estimate, route
from warmline.routing.common import (
    DEFAULT_MINUTES_PER_CONVERSATION,
    DEFAULT_STICKY_WAIT_MINUTES,
    OPEN_STATUSES,
    PRESENCES,
    STICKY_JOB,
    Candidate,
    load,
    minutes_per_conversation,
    state_for,
    sticky_wait,
    team_agents,
)
from warmline.routing.queue import (
    queue_overview,
    release,
    request_callback,
    set_presence,
    sticky_fallback_job,
    time_to_human_seconds,
    transfer,
)

__all__ = [
    "DEFAULT_MINUTES_PER_CONVERSATION",
    "DEFAULT_STICKY_WAIT_MINUTES",
    "OPEN_STATUSES",
    "PRESENCES",
    "PRIORITY_RANK",
    "STICKY_JOB",
    "Candidate",
    "drain",
    "estimate",
    "load",
    "minutes_per_conversation",
    "queue_overview",
    "release",
    "request_callback",
    "route",
    "set_presence",
    "state_for",
    "sticky_fallback_job",
    "sticky_wait",
    "team_agents",
    "time_to_human_seconds",
    "transfer",
]
