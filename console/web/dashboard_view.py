"""What the dashboard shows for a flows.admin.outcomes.Outcomes: key numbers, charts, tables.

Each section has its charts (console.web.charts), the same numbers as a
table (the charts' text alternative, and what a reader copies), a note on
how it is counted, and an honest "nothing in this range" when there is
nothing to draw: a chart of zeros would look like a result.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from console.web.charts import Chart, Series, bar_chart, line_chart
from flows.admin.outcomes import Outcomes, Weekly


@dataclass
class Section:
    """One part of the page: a heading, charts and their table, or why there are none."""

    key: str
    title: str
    note: str
    empty: str = ""  # shown instead of charts and table when there is nothing to show
    charts: list[Chart] = field(default_factory=list)
    headers: list[str] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)


def key_numbers(o: Outcomes) -> list[tuple[str, str, str]]:
    """(label, value, what it is of) over the whole period, for the row of facts at the top."""
    r, c, x, d = o.reminders.total, o.checkins.total, o.crises.total, o.delivery.total
    return [
        ("Sessions confirmed", _percent(r.rate), f"{r.confirmed} of {r.reminded}"),
        ("Check-ins answered", _percent(c.rate), f"{c.answered} of {c.asked}"),
        ("Average urge score", _number(c.average_score), "0 to 10"),
        ("Crises", str(x.opened), f"{x.acknowledged} acknowledged"),
        ("Median time to ACK", _minutes(x.median_ack_minutes), ""),
        ("Opt-outs", str(d.opt_outs), ""),
        ("Failed texts", str(d.failed), ""),
    ]


def sections(o: Outcomes) -> list[Section]:
    """The four sections, in the page's order."""
    return [
        _reminders(o.reminders),
        _checkins(o.checkins),
        _crises(o.crises),
        _delivery(o.delivery),
    ]


def _reminders(data: Weekly) -> Section:
    section = Section(
        "reminders",
        "Session reminders",
        "One row per participant and session, in the week of the session. Confirmed: C, or L "
        "(running late). Tether does not record who attended: declined and no answer are the "
        "sessions at risk of a no-show. A reminder still waiting for its answer counts once "
        "it is answered or its wait ends.",
    )
    total, weeks = data.total, _labels(data)
    if not total.reminded:
        section.empty = "No session reminders were answered or timed out in this range."
        return section
    series = [
        Series("Confirmed", "ch-good", [w.confirmed for w in data.weeks]),
        Series("Declined", "ch-warn", [w.declined for w in data.weeks]),
        Series("No answer", "ch-none", [w.no_answer for w in data.weeks]),
    ]
    said = (
        f"{_plural(total.reminded, 'session')} reminded: {total.confirmed} confirmed "
        f"({_percent(total.rate)}), {total.declined} declined, {total.no_answer} without an answer."
    )
    section.charts = [
        bar_chart("Reminded sessions per week", weeks, series, y_title="Sessions", summary=said),
        line_chart(
            "Confirmation rate per week", weeks, [_pct(w.rate) for w in data.weeks],
            y_title="Confirmed (%)", top=100, unit="%",
            summary=f"Confirmation rate over the range: {_percent(total.rate)}.",
        ),
    ]  # fmt: skip
    section.headers = ["Week of", "Reminded", "Confirmed", "Declined", "No answer", "Confirmed %"]
    section.rows = [
        [_week(w.week), *map(str, (w.reminded, w.confirmed, w.declined, w.no_answer)),
         _percent(w.rate)]
        for w in [*data.weeks, total]
    ]  # fmt: skip
    section.rows[-1][0] = "Whole range"
    return section


def _checkins(data: Weekly) -> Section:
    section = Section(
        "checkins",
        "Check-ins",
        "Asked: check-ins sent and answered with a score or left unanswered for 4 hours. "
        "The urge score is the participant's own 0 (steady) to 10 (really struggling).",
    )
    total, weeks = data.total, _labels(data)
    if not total.asked:
        section.empty = "No check-ins were asked in this range."
        return section
    section.charts = [
        line_chart(
            "Check-ins answered per week", weeks, [_pct(w.rate) for w in data.weeks],
            y_title="Answered (%)", top=100, unit="%",
            summary=f"{_share(total.rate, total.answered, total.asked)} of check-ins answered.",
        ),
        line_chart(
            "Average urge score per week", weeks, [w.average_score for w in data.weeks],
            y_title="Score (0-10)", top=10,
            summary=f"Average urge score over the range: {_number(total.average_score)}.",
        ),
    ]  # fmt: skip
    section.headers = ["Week of", "Asked", "Answered", "Answered %", "Average score"]
    section.rows = [
        [_week(w.week), str(w.asked), str(w.answered), _percent(w.rate), _number(w.average_score)]
        for w in [*data.weeks, total]
    ]
    section.rows[-1][0] = "Whole range"
    return section


def _crises(data: Weekly) -> Section:
    section = Section(
        "crises",
        "Crises",
        "Escalations opened by a crisis text, in the week they were opened. Time to ACK: from "
        "the text to the first counselor's ACK (or RESOLVE).",
    )
    total, weeks = data.total, _labels(data)
    if not total.opened:
        section.empty = "No crisis texts in this range."
        return section
    said = f"{_plural(total.opened, 'crisis', 'crises')}, {total.acknowledged} acknowledged."
    opened = [Series("Crises", "ch-bad", [w.opened for w in data.weeks])]
    section.charts = [
        bar_chart("Crises per week", weeks, opened, y_title="Crises", summary=said),
        line_chart(
            "Median time to ACK per week", weeks, [w.median_ack_minutes for w in data.weeks],
            y_title="Minutes", unit=" min",
            summary=f"Median time to ACK over the range: {_minutes(total.median_ack_minutes)}.",
        ),
    ]  # fmt: skip
    section.headers = ["Week of", "Crises", "Acknowledged", "Median time to ACK"]
    section.rows = [
        [_week(w.week), str(w.opened), str(w.acknowledged), _minutes(w.median_ack_minutes)]
        for w in [*data.weeks, total]
    ]
    section.rows[-1][0] = "Whole range"
    return section


def _delivery(data: Weekly) -> Section:
    section = Section(
        "delivery",
        "Opt-outs and failed texts",
        "Opt-outs: numbers that texted STOP (each once a week) or that the carrier reports "
        "opted out. Failed: texts to participants that ended failed or undelivered.",
    )
    total, weeks = data.total, _labels(data)
    if not (total.opt_outs or total.failed):
        section.empty = "No opt-outs and no failed texts in this range."
        return section
    series = [
        Series("Opt-outs", "ch-warn", [w.opt_outs for w in data.weeks]),
        Series("Failed texts", "ch-bad", [w.failed for w in data.weeks]),
    ]
    said = f"{_plural(total.opt_outs, 'opt-out')} and {_plural(total.failed, 'failed text')}."
    section.charts = [
        bar_chart("Opt-outs and failed texts per week", weeks, series, y_title="Count",
                  summary=said, stacked=False),
    ]  # fmt: skip
    section.headers = ["Week of", "Opt-outs", "Failed texts"]
    section.rows = [[_week(w.week), str(w.opt_outs), str(w.failed)] for w in [*data.weeks, total]]
    section.rows[-1][0] = "Whole range"
    return section


def _plural(n: int, one: str, many: str = "") -> str:
    return f"{n} {one if n == 1 else many or one + 's'}"


def _labels(data: Weekly) -> list[str]:
    return [w.week.strftime("%b %-d") for w in data.weeks]


def _week(day: date) -> str:
    return day.strftime("%b %-d, %Y")


def _pct(rate: float | None) -> float | None:
    return None if rate is None else rate * 100


def _percent(rate: float | None) -> str:
    return "–" if rate is None else f"{rate * 100:.0f}%"


def _share(rate: float | None, part: int, whole: int) -> str:
    return "–" if rate is None else f"{_percent(rate)} ({part} of {whole})"


def _number(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f}"


def _minutes(value: float | None) -> str:
    if value is None:
        return "–"
    return f"{value:.0f} min" if float(value).is_integer() else f"{value:.1f} min"
