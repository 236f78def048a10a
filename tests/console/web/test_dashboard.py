"""The outcomes dashboard: the numbers a program's staff read, who sees which program, bad dates.

The world is tests.console.web.outcomes_support: in the week of Nov 16 2026,
North reminded four sessions and three were confirmed. Every test here runs
on SQLite and PostgreSQL.
"""

from __future__ import annotations

import re

import pytest

from console.web.charts import Series, bar_chart, line_chart
from tests.console.web.escalation_support import between
from tests.console.web.outcomes_support import build_outcomes, ny, outcome
from tests.console.web.participants_support import text_of, unlabelled_inputs
from tests.console.web.support import make_user, sign_in

SVG = re.compile(r'<svg class="dash-svg"[^>]*role="img"[^>]*aria-labelledby="([^"]+)"')


@pytest.fixture
def people(rt, world):
    """North's Ana, Ben and Cy and South's Sol, with a fortnight of outcomes."""
    return build_outcomes(rt, world)


def section(page: str, key: str) -> str:
    """The words of one section of the page (reminders, checkins, crises, delivery)."""
    return text_of(between(page, f'<section class="card dash-section" id="{key}"', "</section>"))


def dashboard(client, **args) -> tuple[int, str]:
    response = client.get("/console/dashboard", query_string=args)
    return response.status_code, response.get_data(as_text=True)


def test_three_of_four_sessions_confirmed_is_75_percent_that_week(signed_in, people):
    status, page = dashboard(signed_in("staff"))
    assert status == 200
    reminders = section(page, "reminders")
    # Week, reminded, confirmed, declined, no answer, confirmed %.
    assert "Nov 16, 2026 4 3 0 1 75%" in reminders
    assert "Nov 9, 2026 1 0 1 0 0%" in reminders
    assert "Whole range 5 3 1 1 60%" in reminders
    assert "Sessions confirmed 60% 3 of 5" in text_of(page)


def test_checkins_crises_and_delivery_by_week(signed_in, people):
    _status, page = dashboard(signed_in("staff"))
    # Asked 3 (two scores and one missed), answered 67%, average of 8 and 4.
    assert "Nov 16, 2026 3 2 67% 6.0" in section(page, "checkins")
    # Two crises, one acknowledged after 4 minutes: the median is 4 min.
    assert "Nov 16, 2026 2 1 4 min" in section(page, "crises")
    # Two STOP texts from Cy the same week are one opt-out; two failed texts to Ben.
    assert "Nov 16, 2026 1 2" in section(page, "delivery")
    facts = text_of(between(page, '<dl class="facts dash-facts"', "</dl>"))
    assert "Crises 2 1 acknowledged Median time to ACK 4 min" in facts
    assert "Average urge score 6.0" in facts
    assert "Check-ins answered 67% 2 of 3" in facts


def test_each_chart_is_an_svg_with_a_title_and_a_description(signed_in, people):
    _status, page = dashboard(signed_in("admin"), program="all")
    labelled = SVG.findall(page)
    assert len(labelled) == 7  # reminders 2, check-ins 2, crises 2, delivery 1
    for ids in labelled:
        title, desc = ids.split()
        assert re.search(rf'<title id="{title}">[^<]+</title>', page)
        assert re.search(rf'<desc id="{desc}">[^<]+</desc>', page)
    assert '<desc id="reminders-chart-1-desc">6 sessions reminded: 3 confirmed (50%)' in page
    assert unlabelled_inputs(page) == []


def test_staff_of_a_program_see_only_its_numbers(signed_in, people, world):
    client = signed_in("staff")
    _status, page = dashboard(client)
    assert 'value="all"' not in page  # no "All programs" for them
    assert "Whole range 5 3 1 1 60%" in section(page, "reminders")  # not Sol's decline
    status, page = dashboard(client, program=world.programs["South"])
    assert status == 403
    assert "Nov 16" not in page
    assert dashboard(client, program="all")[0] == 403


def test_an_admin_picks_one_program_or_all(signed_in, people, world):
    client = signed_in("admin")
    _status, page = dashboard(client, program=world.programs["South"])
    assert "Nov 16, 2026 1 0 1 0 0%" in section(page, "reminders")
    assert "Nov 16, 2026 1 1 30 min" in section(page, "crises")
    _status, page = dashboard(client)  # an admin starts with every program
    assert "Whole range 6 3 2 1 50%" in section(page, "reminders")
    assert "Nov 16, 2026 4 3 75% 7.3" in section(page, "checkins")


def test_a_counselor_sees_their_programs_dashboard_without_the_export_link(signed_in, people):
    status, page = dashboard(signed_in("counselor"))
    assert status == 200
    assert "Nov 16, 2026 4 3 0 1 75%" in section(page, "reminders")
    assert "Export as CSV" not in page


def test_a_counselor_of_no_program_sees_no_programs_numbers(app, rt, people):
    make_user(rt, "floater@example.org", "counselor")
    floater = app.test_client()
    sign_in(floater, "floater@example.org")
    for args in ({}, {"program": "all"}):
        status, page = dashboard(floater, **args)
        assert status == 200
        assert "Your account has no program" in page
        assert "dash-section" not in page and "North" not in page and "South" not in page


def test_a_range_without_data_says_so_instead_of_drawing_zeros(signed_in, people):
    _status, page = dashboard(signed_in("staff"), start="2026-01-05", end="2026-02-01")
    words = text_of(page)
    assert "No session reminders were answered or timed out in this range." in words
    assert "No check-ins were asked in this range." in words
    assert "No crisis texts in this range." in words
    assert "No opt-outs and no failed texts in this range." in words
    assert "<svg" not in page


@pytest.mark.parametrize(
    ("start", "end", "field", "message"),
    [
        ("2026-11-20", "2026-11-01", "end", "The end date is before the start date."),
        ("2026-02-30", "2026-03-10", "start", "'2026-02-30' is not a date (YYYY-MM-DD)."),
        ("2023-01-01", "2026-01-01", "start", "Pick a range of at most two years."),
        ("1900-01-01", "1900-02-01", "start", "Give a date from 2000 to 2099."),
    ],
)
def test_a_bad_range_is_explained_next_to_its_field(signed_in, people, start, end, field, message):
    status, page = dashboard(signed_in("staff"), start=start, end=end)
    assert status == 422
    assert f'<p class="field-error" id="{field}-error">{message}</p>'.replace("'", "&#39;") in page
    assert "Nothing is shown until this is fixed" in page
    assert f'value="{start}"' in page  # what was typed stays in the form
    assert "<svg" not in page


def test_an_unknown_program_is_a_form_error(signed_in, people):
    for program in ("2000000000", "north", "99999999999999999999"):
        status, page = dashboard(signed_in("admin"), program=program)
        assert status == 422, program
        assert "There is no such program: pick one from the list." in page


def test_weeks_are_the_programs_local_weeks(rt, signed_in, people):
    # Sunday Nov 1 2026, 10:30 PM in New York (DST ended that morning) is already
    # Monday in UTC: it belongs to the week of Oct 26.
    outcome(rt, people.ids["Ana"], "checkin_score", ny(11, 1, 22, 30), {"score": 2})
    _status, page = dashboard(signed_in("staff"))
    checkins = section(page, "checkins")
    assert "Oct 26, 2026 1 1 100% 2.0" in checkins
    assert "Nov 2, 2026 0 0 – –" in checkins


def test_a_week_without_a_value_breaks_the_line():
    chart = line_chart("Rate", ["A", "B", "C", "D", "E"], [50, 60, None, 80, 90], y_title="%",
                       summary="", top=100)  # fmt: skip
    assert len(chart.lines) == 2 and len(chart.dots) == 4


def test_stacked_bars_are_as_tall_as_their_share_of_the_axis():
    series = [Series("Confirmed", "ch-good", [3, 1]), Series("No answer", "ch-none", [1, 0])]
    chart = bar_chart("Sessions", ["A", "B"], series, y_title="Sessions", summary="")
    plot = chart.bottom - chart.top  # the axis runs to 4, the tallest week
    heights = [(b.css, b.height) for b in chart.bars]
    assert heights == [
        ("ch-good", round(plot * 3 / 4, 1)),
        ("ch-none", round(plot / 4, 1)),
        ("ch-good", round(plot / 4, 1)),
    ]
    assert [text for _y, text in chart.y_ticks] == ["0", "2", "4"]
