"""Planning reminders and check-ins: local wall-clock times across DST, windows, exceptions."""

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from flows.planning import PlanningError, Policy, ProgramSchedule, plan, sessions

MON_WED_THU_6PM = "FREQ=WEEKLY;BYDAY=MO,WE,TH;BYHOUR=18;BYMINUTE=0"
NO_CHECKINS = Policy(checkin_rule=None)


def local(planned, tz):
    return [(p.flow, p.due.astimezone(ZoneInfo(tz)).strftime("%a %m-%d %H:%M")) for p in planned]


def window(tz, first: str, last: str):
    zone = ZoneInfo(tz)
    return (datetime.fromisoformat(first).replace(tzinfo=zone).astimezone(UTC),
            datetime.fromisoformat(last).replace(tzinfo=zone).astimezone(UTC))  # fmt: skip


@pytest.mark.parametrize(
    ("tz", "first", "last", "session_days"),
    [
        ("America/New_York", "2026-03-04", "2026-03-10", ["03-05", "03-09"]),  # spring forward 3-08
        ("America/New_York", "2026-10-28", "2026-11-03", ["10-29", "11-02"]),  # fall back 11-01
        ("Pacific/Auckland", "2026-04-01", "2026-04-07", ["04-02", "04-06"]),  # DST ends 04-05
        ("Pacific/Auckland", "2026-09-23", "2026-09-29", ["09-24", "09-28"]),  # DST starts 09-27
    ],
)
def test_six_pm_session_is_reminded_at_four_pm_local_across_dst(tz, first, last, session_days):
    schedule = ProgramSchedule(tz, (MON_WED_THU_6PM,), date(2026, 1, 1))
    start, end = window(tz, first, last)
    two_hour = [p for p in plan(schedule, NO_CHECKINS, tz, start, end) if p.key.endswith(":120m")]
    by_day = {p.due.astimezone(ZoneInfo(tz)).strftime("%m-%d"): p for p in two_hour}
    for day in session_days:
        reminder = by_day[day]
        assert reminder.due.astimezone(ZoneInfo(tz)).time() == time(16, 0)
        assert reminder.session_at.astimezone(ZoneInfo(tz)).time() == time(18, 0)
        assert reminder.session_at - reminder.due == timedelta(hours=2)


def test_day_before_reminder_keeps_local_time_across_spring_forward():
    tz = "America/New_York"
    sundays = ProgramSchedule(tz, ("FREQ=WEEKLY;BYDAY=SU;BYHOUR=18;BYMINUTE=0",), date(2026, 1, 1))
    start, end = window(tz, "2026-03-07", "2026-03-09")
    planned = plan(sundays, NO_CHECKINS, tz, start, end)
    day_before = [p for p in planned if p.key.endswith(":1440m")]
    assert local(day_before, tz) == [("reminder", "Sat 03-07 18:00")]
    assert day_before[0].session_at - day_before[0].due == timedelta(hours=23), "a 23-hour day"


def test_half_hour_zone():
    tz = "Asia/Kolkata"
    schedule = ProgramSchedule(
        tz, ("FREQ=WEEKLY;BYDAY=TU;BYHOUR=18;BYMINUTE=30",), date(2026, 1, 1)
    )
    start, end = window(tz, "2026-12-07", "2026-12-09")
    planned = plan(schedule, NO_CHECKINS, tz, start, end)
    assert [p.due.strftime("%a %H:%M") for p in planned] == ["Mon 13:00", "Tue 11:00"]  # UTC
    assert local(planned, tz) == [("reminder", "Mon 12-07 18:30"), ("reminder", "Tue 12-08 16:30")]
    assert planned[1].session_at == datetime(2026, 12, 8, 13, 0, tzinfo=UTC)


def test_participant_in_another_zone_gets_times_in_their_own_zone():
    schedule = ProgramSchedule("America/New_York", (MON_WED_THU_6PM,), date(2026, 1, 1))
    start, end = window("America/Chicago", "2026-12-07", "2026-12-08")
    planned = plan(schedule, NO_CHECKINS, "America/Chicago", start, end)
    assert local(planned, "America/Chicago") == [("reminder", "Mon 12-07 15:00")]


def test_cancelled_dates_and_extra_sessions_and_end_date():
    tz = "America/New_York"
    schedule = ProgramSchedule(
        tz, (MON_WED_THU_6PM,), date(2026, 12, 1), end_date=date(2026, 12, 31),
        cancelled=frozenset({date(2026, 12, 24)}),
        extra_sessions=(datetime(2026, 12, 26, 10, 0),),
    )  # fmt: skip
    start, end = window(tz, "2026-12-21", "2027-01-06")
    days = [s.astimezone(ZoneInfo(tz)).strftime("%a %m-%d %H:%M") for s in
            sessions(schedule, start, end)]  # fmt: skip
    assert days == ["Mon 12-21 18:00", "Wed 12-23 18:00", "Sat 12-26 10:00", "Mon 12-28 18:00",
                    "Wed 12-30 18:00", "Thu 12-31 18:00"]  # fmt: skip


def test_reminder_outside_the_window_moves_in_or_back():
    tz = "America/New_York"
    schedule = ProgramSchedule(tz, ("FREQ=WEEKLY;BYDAY=MO;BYHOUR=8;BYMINUTE=30",), date(2026, 1, 1))
    policy = Policy(checkin_rule=None, window_start=time(9), window_end=time(20))
    start, end = window(tz, "2026-12-06", "2026-12-08")
    # 2 h before 08:30 is 06:30: the next window opening (09:00) is after the session,
    # so it moves back to 20:00 the evening before, where the 24 h one (Sun 09:00) is not.
    assert local(plan(schedule, policy, tz, start, end), tz) == [
        ("reminder", "Sun 12-06 09:00"), ("reminder", "Sun 12-06 20:00"),
    ]  # fmt: skip


def test_reminder_landing_on_another_is_dropped():
    tz = "America/New_York"
    schedule = ProgramSchedule(tz, ("FREQ=WEEKLY;BYDAY=MO;BYHOUR=9;BYMINUTE=0",), date(2026, 1, 1))
    policy = Policy(reminder_offsets=(timedelta(hours=3), timedelta(hours=2)), checkin_rule=None)
    start, end = window(tz, "2026-12-07", "2026-12-08")
    # 06:00 and 07:00 both move to 08:00: only one reminder is sent.
    assert local(plan(schedule, policy, tz, start, end), tz) == [("reminder", "Mon 12-07 08:00")]


def test_daily_checkins_skip_session_days_unless_asked():
    tz = "America/New_York"
    schedule = ProgramSchedule(tz, (MON_WED_THU_6PM,), date(2026, 1, 1))
    start, end = window(tz, "2026-12-07", "2026-12-14")
    policy = Policy(reminder_offsets=())
    checkin_days = [d for f, d in local(plan(schedule, policy, tz, start, end), tz)]
    assert checkin_days == ["Tue 12-08 19:00", "Fri 12-11 19:00", "Sat 12-12 19:00",
                            "Sun 12-13 19:00"]  # fmt: skip
    every_day = Policy(reminder_offsets=(), checkins_on_session_days=True)
    assert len(plan(schedule, every_day, tz, start, end)) == 7


def test_keys_are_stable_so_replanning_finds_the_same_messages():
    tz = "America/New_York"
    schedule = ProgramSchedule(tz, (MON_WED_THU_6PM,), date(2026, 1, 1))
    start, end = window(tz, "2026-12-07", "2026-12-21")
    first = plan(schedule, Policy(), tz, start, end)
    assert [p.key for p in first] == [p.key for p in plan(schedule, Policy(), tz, start, end)]
    assert len({p.key for p in first}) == len(first)


def test_bad_rrule_names_the_problem():
    schedule = ProgramSchedule("UTC", ("FREQ=SOMETIMES",), date(2026, 1, 1))
    with pytest.raises(PlanningError, match="RRULE"):
        sessions(schedule, datetime(2026, 1, 1, tzinfo=UTC), datetime(2026, 2, 1, tzinfo=UTC))


def test_plans_made_in_pieces_equal_one_plan():
    """The stored horizon grows piece by piece; the pieces must add up to the whole."""
    tz, la = "America/New_York", "America/Los_Angeles"
    schedule = ProgramSchedule(tz, (MON_WED_THU_6PM,), date(2026, 1, 1))
    start = datetime(2026, 11, 23, 15, 0, tzinfo=UTC)
    whole = plan(schedule, Policy(), la, start, start + timedelta(days=30))
    pieces, cut = [], start
    for hours in (29, 50, 13, 200, 7, 421):
        pieces += plan(schedule, Policy(), la, cut, cut + timedelta(hours=hours))
        cut += timedelta(hours=hours)
    pieces += plan(schedule, Policy(), la, cut, start + timedelta(days=30))
    assert [p.key for p in pieces] == [p.key for p in whole]
