"""The period and dimension filters every analytics view takes (API, CSV and pages alike)."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import Query

Dim = Annotated[str | None, Query(max_length=64)]


class ReportQuery:
    """A FastAPI dependency: `start`, `end` and one optional value per dimension."""

    def __init__(
        self,
        start: date | None = None,
        end: date | None = None,
        mode: Dim = None,
        segment: Dim = None,
        intent: Dim = None,
        channel: Dim = None,
        moment: Dim = None,
    ) -> None:
        self.start = start
        self.end = end
        given = {"mode": mode, "segment": segment, "intent": intent, "channel": channel, "moment": moment}
        self.filters: dict[str, str] = {k: v for k, v in given.items() if v}
