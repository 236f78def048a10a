"""A program for 90 simulated days: 50 participants in two time zones, three weekly sessions
and daily check-ins. Every reminder and check-in is sent once, at its local time."""

from collections import Counter
from datetime import date, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select
from werkzeug.utils import import_string

from flows.participants import enroll
from flows.planning import plan
from flows.schedule_store import participant_policy, program_schedule
from models import OutboundMessage, Participant, Program, Timer
from models.timer import PENDING
from workers.dispatcher import dispatch_once
from workers.queues import Queues
from workers.simulate import InlineQueues

ZONES = ("America/New_York", "America/Los_Angeles")
DAYS = 90


def setup(rt, text_in) -> Program:
    now = rt.clock.now()
    with rt.db.transaction() as s:
        program = Program(
            name="Evening IOP",
            display_name="Northside",
            timezone="America/New_York",
            location="123 Main St",
            start_date=date(2026, 11, 1),
            session_rules=["FREQ=WEEKLY;BYDAY=MO,WE,TH;BYHOUR=18;BYMINUTE=0"],
            reminder_offsets_minutes=[1440, 120],
            checkin_rule="FREQ=DAILY;BYHOUR=19;BYMINUTE=0",
            created_at=now,
            updated_at=now,
        )
        s.add(program)
        s.flush()
        for n in range(50):
            p = enroll(
                s,
                phone=f"+1500555{n:04d}",
                name=f"Person {n}",
                language="en",
                timezone=ZONES[n % 2],
                now=now,
                config=rt.config,
            )
            p.program_id = program.id
        s.expunge(program)
    for n in range(50):
        text_in(f"+1500555{n:04d}", "YES")  # consent, the real way
    return program


def run(rt, queues: InlineQueues, until) -> None:
    clock = rt.clock
    _pass(rt, queues)  # the first pass plans everyone's next 14 days
    while True:
        with rt.db.transaction() as s:
            due = s.scalar(select(func.min(Timer.due_at)).where(Timer.status == PENDING))
        if due is None or due > until:
            break
        clock.set(max(due, clock.now()))
        _pass(rt, queues)
    clock.set(until)
    _pass(rt, queues)


def _pass(rt, queues: InlineQueues) -> None:
    dispatch_once(rt.db, queues, rt.config, rt.clock.now())
    while queues.jobs:
        jobs, queues.jobs = queues.jobs, []
        for job, args in jobs:
            if job == "workers.jobs.fire_timer":  # sending itself is tested elsewhere
                import_string(job)(*args)


@pytest.mark.timeout(900)  # about a minute on SQLite, two on PostgreSQL
def test_ninety_days_every_message_once_at_local_time(app, rt, clock, text_in):
    queues = InlineQueues()
    rt.queues = queues
    Queues.install_outbox_hook(queues, rt.db.factory)
    program = setup(rt, text_in)
    start = clock.now()
    with app.app_context():
        run(rt, queues, start + timedelta(days=DAYS))
    expected, planned_reminders = Counter(), {}
    with rt.db.transaction() as s:
        participants = list(s.scalars(select(Participant)))
        schedule, end = program_schedule(program), start + timedelta(days=DAYS)
        for p in participants:
            for item in plan(schedule, participant_policy(program, p), p.timezone, start, end):
                if item.flow == "reminder":
                    planned_reminders.setdefault(p.contact_id, []).append(item.due)
                expected[
                    (p.contact_id, "reminder" if item.flow == "reminder" else "checkin_ask")
                ] += 1
        rows = list(
            s.scalars(
                select(OutboundMessage).where(OutboundMessage.kind.in_(["reminder", "checkin_ask"]))
            )
        )
        zones = {p.contact_id: ZoneInfo(p.timezone) for p in participants}
    sent = Counter((r.contact_id, r.kind) for r in rows)
    assert sent == expected, "each planned reminder and check-in exactly once"
    checkin_times = {
        r.created_at.astimezone(zones[r.contact_id]).strftime("%H:%M")
        for r in rows
        if r.kind == "checkin_ask"
    }
    assert checkin_times == {"19:00"}
    on_time, late = _reminder_timing(rows, planned_reminders)
    # Follow-ups end by the session start and early reminders wait an hour, so with nobody
    # answering no reminder has to wait behind another conversation.
    assert late == [], f"{len(late)} reminders deferred, up to {max(late)}"
    assert sum(sent.values()) > 50 * 100, f"{sum(sent.values())} messages in 90 days"
    kinds = Counter(kind for _contact, kind in sent.elements())
    print(
        f"90 days, 50 participants: {kinds['reminder']} reminders ({on_time} at the planned"
        f" minute, {len(late)} deferred, max {max(late, default=timedelta(0))}),"
        f" {kinds['checkin_ask']} check-ins, all once"
    )


def _reminder_timing(rows, planned: dict) -> tuple[int, list[timedelta]]:
    """Pair each participant's sent reminders with their planned times, in order."""
    on_time, late = 0, []
    for contact_id, dues in planned.items():
        sent = sorted(
            r.created_at for r in rows if r.contact_id == contact_id and r.kind == "reminder"
        )
        for due, at in zip(sorted(dues), sent, strict=True):
            if at == due:
                on_time += 1
            else:
                late.append(at - due)
    return on_time, late
