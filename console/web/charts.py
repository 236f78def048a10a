"""Week-by-week charts as inline SVG: bars (stacked or side by side) and lines.

Drawn on the server - coordinates here, markup in dashboard/_chart.html - as
the participant page's check-in chart is: no chart library, nothing for the
Content-Security-Policy to allow, and the same picture with scripts off. The
numbers themselves are also in a table under each chart (its text
alternative); a chart only places them.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

WIDTH, HEIGHT = 360, 210
LEFT, RIGHT, TOP, BOTTOM = 46, 8, 12, 44  # room for the axis titles and labels
X_LABELS_MAX = 6  # week labels under the axis; more would overlap on a phone


@dataclass(frozen=True)
class Series:
    """One row of values, one per week (None: nothing to show that week)."""

    name: str
    css: str  # the class that colours it (console.css, "dashboard" block)
    values: list


@dataclass(frozen=True)
class Bar:
    """A bar (or one part of a stacked bar)."""

    x: float
    y: float
    width: float
    height: float
    css: str
    tip: str  # shown on hover: "Week of Nov 2: 3 confirmed"


@dataclass(frozen=True)
class Dot:
    """A point of a line."""

    x: float
    y: float
    tip: str


@dataclass
class Chart:
    """Everything the template draws."""

    title: str
    summary: str  # what the chart shows, in words (its accessible description)
    y_title: str
    x_title: str = "Week starting (Monday)"
    width: int = WIDTH
    height: int = HEIGHT
    left: int = LEFT
    right: int = WIDTH - RIGHT
    top: int = TOP
    bottom: int = HEIGHT - BOTTOM
    legend: list[tuple[str, str]] = field(default_factory=list)  # (css, name)
    bars: list[Bar] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)  # polyline points, one per unbroken run
    dots: list[Dot] = field(default_factory=list)
    y_ticks: list[tuple[float, str]] = field(default_factory=list)
    x_ticks: list[tuple[float, str]] = field(default_factory=list)


def bar_chart(title: str, weeks: list[str], series: list[Series], *, y_title: str, summary: str,
              stacked: bool = True) -> Chart:  # fmt: skip
    """Counts per week: one bar of stacked parts, or the series side by side."""
    totals = [sum(s.values[i] or 0 for s in series) for i in range(len(weeks))]
    peaks = totals if stacked else [v or 0 for s in series for v in s.values]
    top = nice_max(max(peaks, default=0))
    chart = _frame(title, summary, y_title, weeks, top, _count)
    chart.legend = [(s.css, s.name) for s in series]
    band = (chart.right - chart.left) / max(len(weeks), 1)
    for i, week in enumerate(weeks):
        chart.bars += _week_bars(chart, band, i, week, series, top, stacked)
    return chart


def _week_bars(chart: Chart, band: float, i: int, week: str, series, top: float, stacked: bool):
    inner = band * 0.7
    width = inner if stacked else inner / len(series)
    base, bars = chart.bottom, []
    for n, s in enumerate(series):
        value = s.values[i] or 0
        height = (chart.bottom - chart.top) * value / top
        x = chart.left + band * i + (band - inner) / 2 + (0 if stacked else n * width)
        y = base - height if stacked else chart.bottom - height
        if value:
            tip = f"Week of {week}: {value} {s.name.lower()}"
            bars.append(
                Bar(round(x, 1), round(y, 1), round(width, 1), round(height, 1), s.css, tip)
            )
        if stacked:
            base -= height
    return bars


def line_chart(title: str, weeks: list[str], values: list, *, y_title: str, summary: str,
               top: float | None = None, unit: str = "") -> Chart:  # fmt: skip
    """A value per week as a line; a week without a value breaks it (no point is made up)."""
    top = top or nice_max(max((v for v in values if v is not None), default=0))
    # Only "%" goes on the axis: a longer unit would run into the axis title (which names it).
    tick_unit = "%" if unit == "%" else ""
    chart = _frame(title, summary, y_title, weeks, top, lambda v: _count(v) + tick_unit)
    band = (chart.right - chart.left) / max(len(weeks), 1)
    run: list[str] = []
    for i, value in enumerate(values):
        if value is None:
            chart.lines += [" ".join(run)] if len(run) > 1 else []
            run = []
            continue
        x = round(chart.left + band * (i + 0.5), 1)
        y = round(chart.bottom - (chart.bottom - chart.top) * min(value, top) / top, 1)
        run.append(f"{x},{y}")
        chart.dots.append(Dot(x, y, f"Week of {weeks[i]}: {_count(value)}{unit}"))
    chart.lines += [" ".join(run)] if len(run) > 1 else []
    return chart


def _frame(title, summary, y_title, weeks: list[str], top: float, label) -> Chart:
    """The axes: three gridlines up the side, at most X_LABELS_MAX weeks along the bottom."""
    chart = Chart(title, summary, y_title)
    plot = chart.bottom - chart.top
    chart.y_ticks = [
        (round(chart.bottom - plot * share, 1), label(top * share)) for share in (0, 0.5, 1)
    ]
    band = (chart.right - chart.left) / max(len(weeks), 1)
    step = max(1, math.ceil(len(weeks) / X_LABELS_MAX))
    chart.x_ticks = [
        (round(chart.left + band * (i + 0.5), 1), week)
        for i, week in enumerate(weeks)
        if i % step == 0
    ]
    return chart


def nice_max(value: float) -> float:
    """The top of the axis: at least `value` (and 2), an even step times a power of ten.

    Even, so the middle gridline of a count is a whole number too.
    """
    if value <= 2:
        return 2
    power = 10 ** math.floor(math.log10(value))
    for step in (1, 2, 4, 6, 8, 10):
        if value <= step * power:
            return step * power
    return 10 * power


def _count(value: float) -> str:
    return f"{value:.0f}" if float(value).is_integer() else f"{value:.1f}"
