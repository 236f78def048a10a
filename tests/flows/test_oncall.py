"""Who is on call: weekly handoffs at local time across DST, overrides, gaps and their alerts."""

from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select

from flows.oncall import first_gap, on_call, rotation_member
from flows.rota import check_rota_gaps
from models import OnCallOverride, OnCallSchedule, OutboundMessage, StaffMember


def schedule(**values) -> OnCallSchedule:
    defaults = dict(id=1, program_id=None, role="primary", timezone="America/New_York",
                    rotation=[11, 22, 33], starts_on=date(2026, 11, 2), handoff_time="09:00",
                    shift_days=7)  # fmt: skip
    return OnCallSchedule(**{**defaults, **values})


def utc(*args) -> datetime:
    return datetime(*args, tzinfo=UTC)


def test_weekly_handoff_at_nine_local_on_both_sides_of_dst():
    rota = schedule(starts_on=date(2027, 3, 1))  # DST starts Sun 2027-03-14 in New York
    assert rotation_member(rota, utc(2027, 3, 1, 13, 59)) is None, "before the first shift"
    assert rotation_member(rota, utc(2027, 3, 1, 14, 0)) == 11  # 09:00 EST
    assert rotation_member(rota, utc(2027, 3, 8, 13, 59)) == 11
    assert rotation_member(rota, utc(2027, 3, 8, 14, 0)) == 22
    assert rotation_member(rota, utc(2027, 3, 15, 12, 59)) == 22  # 08:59 EDT
    assert rotation_member(rota, utc(2027, 3, 15, 13, 0)) == 33  # 09:00 EDT
    assert rotation_member(rota, utc(2027, 3, 22, 13, 0)) == 11, "the rotation wraps"


def test_daily_shifts_in_a_half_hour_zone():
    rota = schedule(timezone="Asia/Kolkata", shift_days=1, handoff_time="20:00",
                    rotation=[1, 2], starts_on=date(2026, 11, 23))  # fmt: skip
    assert rotation_member(rota, utc(2026, 11, 23, 14, 29)) is None
    assert rotation_member(rota, utc(2026, 11, 23, 14, 30)) == 1  # 20:00 IST
    assert rotation_member(rota, utc(2026, 11, 24, 14, 30)) == 2


def _staff(s, name, phone, now, active=True):
    member = StaffMember(name=name, phone=phone, role="counselor", active=active, created_at=now)
    s.add(member)
    s.flush()
    return member


def test_override_wins_and_inactive_staff_leave_a_gap(app, rt, clock):
    now = clock.now()
    with rt.db.transaction() as s:
        ana = _staff(s, "Ana", "+15005550161", now)
        ben = _staff(s, "Ben", "+15005550162", now)
        rota = OnCallSchedule(program_id=None, role="primary", timezone="America/New_York",
                              rotation=[ana.id], starts_on=date(2026, 11, 1),
                              handoff_time="09:00", shift_days=7, created_at=now)  # fmt: skip
        s.add(rota)
        s.flush()
        hour = timedelta(hours=1)
        s.add(OnCallOverride(schedule_id=rota.id, staff_id=ben.id, starts_at=now + hour,
                             ends_at=now + 3 * hour))  # fmt: skip
        s.flush()
        assert on_call(s, rota, now).name == "Ana"
        assert on_call(s, rota, now + timedelta(hours=2)).name == "Ben"
        assert on_call(s, rota, now + timedelta(hours=3)).name == "Ana"
        assert first_gap(s, None, now) is None
        ben.active = False
        s.flush()
        assert first_gap(s, None, now) == now + timedelta(hours=1), "the override's start"


def test_a_gap_alerts_the_supervisors_once(app, rt, clock):
    from tests.flows.test_schedules import setup_program

    setup_program(rt)
    now = clock.now()
    with rt.db.transaction() as s:
        s.add(StaffMember(name="Sue", phone="+15005550163", role="supervisor", active=True,
                          created_at=now))  # fmt: skip
    with rt.db.transaction() as s:  # no rota at all: nobody is on call from now
        assert len(check_rota_gaps(s, now, rt.config)) == 1
    with rt.db.transaction() as s:
        assert check_rota_gaps(s, now + timedelta(minutes=15), rt.config) == []
        alerts = s.scalars(select(OutboundMessage).where(OutboundMessage.kind == "rota_gap"))
        [alert] = alerts.all()
    assert alert.to_phone == "+15005550163" and "nobody is on call for Northside" in alert.body


def test_the_dispatcher_loop_checks_the_rota_now_and_then(app, rt, clock):
    from tests.flows.test_schedules import setup_program
    from workers.dispatcher import Dispatcher

    setup_program(rt)
    with rt.db.transaction() as s:
        s.add(StaffMember(name="Sue", phone="+15005550164", role="supervisor", active=True,
                          created_at=clock.now()))  # fmt: skip
    dispatcher = Dispatcher(rt.db, rt.queues, rt.config, clock)
    dispatcher.check_rota()
    clock.advance(hours=5)
    dispatcher.check_rota()  # too soon for another check
    with rt.db.transaction() as s:
        query = select(OutboundMessage).where(OutboundMessage.kind == "rota_gap")
        assert len(s.scalars(query).all()) == 1
