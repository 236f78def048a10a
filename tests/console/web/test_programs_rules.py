"""Weekly grid <-> RRULE, and schedules in words (console.web.programs_rules; no app needed)."""

from __future__ import annotations

import pytest

from console.web.programs_rules import (
    WeeklyTime,
    offset_parts,
    read_rule,
    rule_words,
    sessions_words,
    weekly_rule,
)


def test_a_grid_row_becomes_the_rule_the_cli_documents():
    rule = weekly_rule([3, 0, 2], "18:00")
    assert rule == "FREQ=WEEKLY;BYDAY=MO,WE,TH;BYHOUR=18;BYMINUTE=0"
    assert read_rule(rule) == ("weekly", WeeklyTime((0, 2, 3), "18:00"))


@pytest.mark.parametrize(
    ("rule", "read"),
    [
        ("RRULE:FREQ=WEEKLY;BYDAY=SA;BYHOUR=9;BYMINUTE=30", ("weekly", WeeklyTime((5,), "09:30"))),
        (
            "FREQ=WEEKLY;INTERVAL=1;WKST=SU;BYDAY=TU;BYHOUR=10",
            ("weekly", WeeklyTime((1,), "10:00")),
        ),
        ("FREQ=DAILY;BYHOUR=19;BYMINUTE=0", ("daily", WeeklyTime(tuple(range(7)), "19:00"))),
    ],
)
def test_rules_a_grid_can_show(rule, read):
    assert read_rule(rule) == read


@pytest.mark.parametrize(
    "rule",
    [
        "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;BYHOUR=10;BYMINUTE=0",  # every other week
        "FREQ=MONTHLY;BYDAY=1MO;BYHOUR=18;BYMINUTE=0",  # first Monday
        "FREQ=WEEKLY;BYDAY=MO;BYHOUR=10,18;BYMINUTE=0",  # two times
        "FREQ=WEEKLY;BYDAY=MO;BYHOUR=18;COUNT=10",
        "FREQ=DAILY;BYDAY=MO,TU;BYHOUR=18",
        "FREQ=WEEKLY;BYDAY=MO",  # no time of day
        "not a rule",
        None,
    ],
)
def test_rules_the_grid_cannot_show(rule):
    assert read_rule(rule) is None


def test_schedules_in_words():
    rules = [weekly_rule([0, 2, 3], "18:00"), weekly_rule([5], "09:30")]
    assert sessions_words(rules, 180) == "Mon, Wed, Thu 6:00 PM; Sat 9:30 AM, 3 h"
    assert sessions_words([weekly_rule(range(5), "12:00")], 90) == "Mon–Fri 12:00 PM, 1 h 30 min"
    assert sessions_words([], 180) == "No weekly sessions"
    assert rule_words("FREQ=MONTHLY;BYDAY=1MO") is None


@pytest.mark.parametrize(
    ("minutes", "parts"),
    [(1440, (24, "hours")), (120, (2, "hours")), (90, (90, "minutes")), (2880, (2, "days"))],
)
def test_reminder_offsets_show_in_the_largest_whole_unit(minutes, parts):
    assert offset_parts(minutes) == parts
