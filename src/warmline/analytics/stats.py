"""Small statistics helpers: confidence intervals, rank tests and multiple-comparison control."""

from __future__ import annotations

import math
from collections.abc import Sequence
from functools import lru_cache


def _scipy_stats():
    # scipy.stats takes ~0.8 s to import: load it when a test statistic is first needed, not at app start
    from scipy import stats

    return stats


def mean_ci(
    n: int, total: float, total_sq: float, level: float = 0.95
) -> tuple[float | None, float | None, float | None]:
    """Mean and a t-based confidence interval from a count, a sum and a sum of squares."""
    if n <= 0:
        return None, None, None
    mean = total / n
    if n == 1:
        return mean, None, None
    var = max(0.0, (total_sq - n * mean * mean) / (n - 1))
    half = _t_critical(n - 1, level) * math.sqrt(var / n)
    return mean, mean - half, mean + half


@lru_cache(maxsize=4096)
def _t_critical(df: int, level: float) -> float:
    return float(_scipy_stats().t.ppf(0.5 + level / 2, df))


def mann_whitney(a: Sequence[float], b: Sequence[float]) -> float:
    """Two-sided Mann-Whitney U p-value (ties corrected); 1.0 when either side is empty."""
    if not a or not b:
        return 1.0
    if len(set(a) | set(b)) == 1:
        return 1.0
    return float(_scipy_stats().mannwhitneyu(a, b, alternative="two-sided").pvalue)


def benjamini_hochberg(pvalues: Sequence[float]) -> list[float]:
    """Adjusted p-values controlling the false discovery rate across every cell tested in one run."""
    m = len(pvalues)
    if m == 0:
        return []
    order = sorted(range(m), key=lambda i: pvalues[i])
    adjusted = [0.0] * m
    running = 1.0
    for rank in range(m, 0, -1):
        i = order[rank - 1]
        running = min(running, pvalues[i] * m / rank)
        adjusted[i] = min(1.0, running)
    return adjusted


def tost_equivalent(
    a: Sequence[float], b: Sequence[float], margin: float, alpha: float = 0.05
) -> tuple[bool, float]:
    """Two one-sided Welch t-tests: are the means within +-margin of each other? Returns (equivalent, p)."""
    if len(a) < 2 or len(b) < 2:
        return False, 1.0
    ma, mb = sum(a) / len(a), sum(b) / len(b)
    va = sum((x - ma) ** 2 for x in a) / (len(a) - 1)
    vb = sum((x - mb) ** 2 for x in b) / (len(b) - 1)
    se = math.sqrt(va / len(a) + vb / len(b))
    if se == 0:
        return abs(ma - mb) < margin, 0.0 if abs(ma - mb) < margin else 1.0
    df = (va / len(a) + vb / len(b)) ** 2 / (
        (va / len(a)) ** 2 / (len(a) - 1) + (vb / len(b)) ** 2 / (len(b) - 1)
    )
    diff = ma - mb
    p_lower = 1 - float(_scipy_stats().t.cdf((diff + margin) / se, df))
    p_upper = float(_scipy_stats().t.cdf((diff - margin) / se, df))
    p = max(p_lower, p_upper)
    return p < alpha, p
