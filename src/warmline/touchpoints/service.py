"""The public names of touchpoints, kept importable as `warmline.touchpoints.service` (the API, the jobs, the
admin pages and older callers use it). The code lives in three modules:

- `brief`: what the person who calls is told (`build_brief`, `NEGATIVE_SENTIMENT`);
- `tasks`: settings and tasks as admins and agents read and change them (`settings_for`, `update_settings`,
  `create_task`, `list_tasks`, `get_task`, `update_task`, `names_for`);
- `moments`: finding the moments, see its docstring (`assign_buddies`, `check_in`, `renewal_reviews`,
  `risk_reasons`, `check_risk`, `scan`).
"""

from __future__ import annotations

from warmline.touchpoints.brief import NEGATIVE_SENTIMENT, build_brief
from warmline.touchpoints.moments import (
    CHECK_IN_DAYS,
    assign_buddies,
    check_in,
    check_risk,
    renewal_reviews,
    risk_reasons,
    scan,
)
from warmline.touchpoints.tasks import (
    create_task,
    get_task,
    list_tasks,
    names_for,
    settings_for,
    update_settings,
    update_task,
)

__all__ = [
    "CHECK_IN_DAYS",
    "NEGATIVE_SENTIMENT",
    "assign_buddies",
    "build_brief",
    "check_in",
    "check_risk",
    "create_task",
    "get_task",
    "list_tasks",
    "names_for",
    "renewal_reviews",
    "risk_reasons",
    "scan",
    "settings_for",
    "update_settings",
    "update_task",
]
