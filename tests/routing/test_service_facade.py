"""`warmline.routing.service` still offers the names its callers used, the same objects as the new modules."""

from __future__ import annotations

from warmline.policy.engine import PRIORITY_RANK
from warmline.routing import assignment, common, queue, service


def test_the_service_module_re_exports_the_split_modules() -> None:
    for name in service.__all__:
        home = next((m for m in (common, assignment, queue) if name in vars(m)), None)
        if name == "PRIORITY_RANK":
            assert service.PRIORITY_RANK is PRIORITY_RANK
        else:
            assert home is not None, name
            assert getattr(service, name) is getattr(home, name), name
