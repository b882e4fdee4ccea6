from __future__ import annotations

from dataclasses import dataclass

ROLE_RANK = {"agent": 1, "supervisor": 2, "admin": 3}


@dataclass(frozen=True)
class Principal:
    """The authenticated caller: always bound to exactly one workspace."""

    workspace_id: int
    role: str
    user_id: int | None = None
    token_id: int | None = None
    #: the token's `last_used_at` is more than a minute old and was not brought up to date (a read-only check)
    touch_due: bool = False

    def at_least(self, role: str) -> bool:
        return ROLE_RANK.get(self.role, 0) >= ROLE_RANK[role]
