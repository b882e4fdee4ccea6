"""Server-rendered SVG charts: no library, no CDN. Labels are escaped here; the output is trusted."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

PALETTE = ("#1d4ed8", "#b45309", "#15803d", "#7c3aed", "#be123c", "#0f766e", "#6b7280")
OUTCOME_COLOURS = {
    "automated_confirmed": "#15803d",
    "automated_assumed": "#86efac",
    "assisted": "#1d4ed8",
    "escalated_after_bot": "#7c3aed",
    "abandoned": "#b91c1c",
    "open": "#9ca3af",
}


def _fmt(value: float, kind: str) -> str:
    if kind == "pct":
        return f"{value:.0%}"
    if kind == "int":
        return f"{value:,.0f}"
    return f"{value:.1f}"


def line_chart(
    title: str,
    labels: Sequence[str],
    series: Sequence[tuple[str, Sequence[float | None]]],
    *,
    y_min: float | None = None,
    y_max: float | None = None,
    kind: str = "num",
    width: int = 640,
    height: int = 220,
) -> str:
    """Lines over time; gaps where a value is None. The table next to it carries the exact numbers."""
    left, right, top, bottom = 48, 12, 28, 34
    plot_w, plot_h = width - left - right, height - top - bottom
    values = [v for _, vs in series for v in vs if v is not None]
    lo = y_min if y_min is not None else (min(values) if values else 0.0)
    hi = y_max if y_max is not None else (max(values) if values else 1.0)
    if hi <= lo:
        hi = lo + 1
    n = max(1, len(labels) - 1)

    def x(i: int) -> float:
        return left + plot_w * i / n

    def y(v: float) -> float:
        return top + plot_h * (1 - (v - lo) / (hi - lo))

    parts = [
        f'<svg class="chart" role="img" viewBox="0 0 {width} {height}" width="100%" '
        f'aria-label="{escape(title)}" xmlns="http://www.w3.org/2000/svg">',
        f"<title>{escape(title)}</title>",
        f'<text x="{left}" y="16" class="chart-title">{escape(title)}</text>',
    ]
    for k in range(5):
        v = lo + (hi - lo) * k / 4
        parts.append(f'<line x1="{left}" x2="{width - right}" y1="{y(v):.1f}" y2="{y(v):.1f}" class="grid"/>')
        parts.append(
            f'<text x="{left - 6}" y="{y(v) + 4:.1f}" text-anchor="end" class="tick">'
            f"{escape(_fmt(v, kind))}</text>"
        )
    step = max(1, len(labels) // 8)
    for i in range(0, len(labels), step):
        parts.append(
            f'<text x="{x(i):.1f}" y="{height - 12}" text-anchor="middle" class="tick">'
            f"{escape(labels[i])}</text>"
        )
    for s_index, (name, vals) in enumerate(series):
        colour = PALETTE[s_index % len(PALETTE)]
        path: list[str] = []
        pen_up = True
        for i, value in enumerate(vals):
            if value is None:
                pen_up = True
                continue
            path.append(f"{'M' if pen_up else 'L'}{x(i):.1f},{y(value):.1f}")
            pen_up = False
        if path:
            parts.append(f'<path d="{" ".join(path)}" fill="none" stroke="{colour}" stroke-width="2"/>')
        for i, point in enumerate(vals):
            if point is not None:
                parts.append(
                    f'<circle cx="{x(i):.1f}" cy="{y(point):.1f}" r="2.5" fill="{colour}">'
                    f"<title>{escape(name)} {escape(labels[i])}: {escape(_fmt(point, kind))}</title></circle>"
                )
        lx = left + 8 + s_index * 170
        parts.append(
            f'<rect x="{lx}" y="{top - 2}" width="10" height="10" fill="{colour}"/>'
            f'<text x="{lx + 14}" y="{top + 7}" class="legend">{escape(name)}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def stacked_bar(title: str, counts: dict[str, int], *, width: int = 1200, height: int = 74) -> str:
    """One horizontal bar split by outcome, with a legend of counts and shares."""
    total = sum(counts.values()) or 1
    parts = [
        f'<svg class="chart" role="img" viewBox="0 0 {width} {height}" width="100%" '
        f'aria-label="{escape(title)}" xmlns="http://www.w3.org/2000/svg"><title>{escape(title)}</title>',
        f'<text x="0" y="14" class="chart-title">{escape(title)}</text>',
    ]
    xpos = 0.0
    for key, count in counts.items():
        w = width * count / total
        colour = OUTCOME_COLOURS.get(key, "#6b7280")
        if w > 0:
            parts.append(
                f'<rect x="{xpos:.1f}" y="22" width="{w:.1f}" height="18" fill="{colour}">'
                f"<title>{escape(key)}: {count} ({count / total:.0%})</title></rect>"
            )
        xpos += w
    lx = 0.0
    for key, count in counts.items():
        colour = OUTCOME_COLOURS.get(key, "#6b7280")
        label = f"{key.replace('_', ' ')} {count / total:.0%}"
        parts.append(
            f'<rect x="{lx}" y="52" width="10" height="10" fill="{colour}"/>'
            f'<text x="{lx + 14}" y="61" class="legend">{escape(label)}</text>'
        )
        lx += 14 + 6.5 * len(label) + 18
    parts.append("</svg>")
    return "".join(parts)


def ci_bar(
    mean: float | None,
    low: float | None,
    high: float | None,
    *,
    lo: float = 1,
    hi: float = 5,
    width: int = 120,
    height: int = 16,
) -> str:
    """A CSAT mean with its 95% interval, on the 1-5 scale, small enough for a table cell."""
    if mean is None:
        return ""

    def x(v: float) -> float:
        return 2 + (width - 4) * (min(hi, max(lo, v)) - lo) / (hi - lo)

    label = f"CSAT {mean:.2f}" + (
        f" (95% CI {low:.2f}-{high:.2f})" if low is not None and high is not None else ""
    )
    parts = [
        f'<svg class="ci" role="img" viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
        f'aria-label="{escape(label)}" xmlns="http://www.w3.org/2000/svg"><title>{escape(label)}</title>',
        f'<line x1="2" x2="{width - 2}" y1="{height / 2}" y2="{height / 2}" class="grid"/>',
    ]
    if low is not None and high is not None:
        parts.append(
            f'<rect x="{x(low):.1f}" y="4" width="{max(1.0, x(high) - x(low)):.1f}" height="{height - 8}" '
            f'fill="#bfdbfe"/>'
        )
    parts.append(
        f'<rect x="{x(mean) - 1.5:.1f}" y="2" width="3" height="{height - 4}" fill="#1d4ed8"/></svg>'
    )
    return "".join(parts)
