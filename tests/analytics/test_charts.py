"""The SVG charts escape every label (segment and intent names come from customers' data)."""

from __future__ import annotations

from warmline.analytics import charts


def test_labels_are_escaped_and_gaps_left_open():
    svg = charts.line_chart(
        "<b>t</b>", ["<x>", "y"], [("<script>alert(1)</script>", [1.0, None])], y_min=0, y_max=5
    )
    assert "<script>" not in svg and "&lt;script&gt;" in svg and "&lt;b&gt;" in svg
    assert svg.count("<circle") == 1  # no point drawn for the missing value
    bar = charts.stacked_bar("mix", {"automated_confirmed": 3, "<evil>": 1})
    assert "<evil>" not in bar and "75%" in bar
    assert charts.ci_bar(None, None, None) == ""
    assert 'aria-label="CSAT 4.00 (95% CI 3.50-4.50)"' in charts.ci_bar(4.0, 3.5, 4.5)
