"""Schedules stored as timers: planned ahead, sent once at the right local time, skipped when
late, paused, opted out, re-planned on change, and extended as time passes."""

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from redis import Redis
from sqlalchemy import func, select

from flows.participants import enroll
from flows.runner import START_KIND
from flows.schedule_store import HORIZON, replan
from models import OutboundMessage, Outcome, Participant, Program, Timer
from models.timer import PENDING
from tests.conftest import drain
from workers.dispatcher import dispatch_once

NY = ZoneInfo("America/New_York")
PHONE = "+15005550128"


def setup_program(rt, text_in=None) -> int:
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
            window_start="08:00",
            window_end="21:00",
            created_at=now,
            updated_at=now,
        )
        s.add(program)
        s.flush()
        p = enroll(
            s,
            phone=PHONE,
            name="Maria Lopez",
            language="en",
            timezone="America/New_York",
            now=now,
            config=rt.config,
        )
        p.program_id = program.id
        pid = p.id
    if text_in is not None:
        text_in(PHONE, "YES")  # consent
    return pid


def pending_starts(rt) -> list[Timer]:
    with rt.db.transaction() as s:
        return list(
            s.scalars(
                select(Timer)
                .where(Timer.kind == START_KIND, Timer.status == PENDING)
                .order_by(Timer.due_at)
            )
        )


def sent_kinds(rt) -> list[str]:
    """Texts sent after enrollment (the invitation and welcome are not scheduled ones)."""
    with rt.db.transaction() as s:
        query = select(OutboundMessage.kind).where(
            OutboundMessage.kind.not_in(["invite", "welcome"])
        )
        return list(s.scalars(query.order_by(OutboundMessage.id)))


def run_until(app, rt, clock, until: datetime) -> None:
    """Move the clock timer by timer, dispatching and working at each due time."""
    while True:
        with rt.db.transaction() as s:
            due = s.scalar(select(func.min(Timer.due_at)).where(Timer.status == PENDING))
        if due is None or due > until:
            break
        clock.set(max(due, clock.now()))
        dispatch_once(rt.db, rt.queues, rt.config, clock.now())
        drain(app)
    clock.set(until)
    dispatch_once(rt.db, rt.queues, rt.config, clock.now())
    drain(app)


def test_dispatcher_plans_fourteen_days_at_local_times(app, rt, clock, text_in):
    setup_program(rt, text_in)
    report = dispatch_once(rt.db, rt.queues, rt.config, clock.now())
    assert report.plans_extended == 1
    timers = pending_starts(rt)
    reminders = [t for t in timers if t.payload["flow"] == "reminder"]
    checkins = [t for t in timers if t.payload["flow"] == "checkin"]
    assert len(reminders) == 2 * 6, "3 sessions a week, 2 reminders each, 2 weeks"
    assert {t.due_at.astimezone(NY).strftime("%H:%M") for t in reminders} == {"16:00", "18:00"}
    assert {t.due_at.astimezone(NY).strftime("%a") for t in checkins} <= {
        "Tue",
        "Fri",
        "Sat",
        "Sun",
    }
    assert all(clock.now() <= t.due_at < clock.now() + HORIZON for t in timers)


def test_reminder_goes_out_once_at_its_time(app, rt, clock, text_in):
    setup_program(rt, text_in)
    dispatch_once(rt.db, rt.queues, rt.config, clock.now())
    first = pending_starts(rt)[0]
    run_until(app, rt, clock, first.due_at - timedelta(minutes=1))
    assert sent_kinds(rt) == []
    run_until(app, rt, clock, first.due_at + timedelta(minutes=5))
    assert sent_kinds(rt) == [(first.payload["flow"] == "reminder" and "reminder") or "checkin_ask"]


def test_a_week_sends_every_planned_message_exactly_once(app, rt, clock, text_in):
    setup_program(rt, text_in)
    dispatch_once(rt.db, rt.queues, rt.config, clock.now())
    expected = len([t for t in pending_starts(rt) if t.due_at < clock.now() + timedelta(days=7)])
    run_until(app, rt, clock, clock.now() + timedelta(days=7))
    kinds = sent_kinds(rt)
    # Unanswered reminders get one follow-up each; check-ins are asked once.
    assert kinds.count("reminder") + kinds.count("checkin_ask") == expected
    with rt.db.transaction() as s:
        late = s.scalar(select(func.count()).where(Outcome.kind == "skipped_late"))
    assert late == 0


def test_messages_missed_during_downtime_are_skipped_not_sent_late(app, rt, clock, text_in):
    setup_program(rt, text_in)
    dispatch_once(rt.db, rt.queues, rt.config, clock.now())
    first = pending_starts(rt)[0]
    clock.set(first.due_at + timedelta(hours=2))  # the service was down
    dispatch_once(rt.db, rt.queues, rt.config, clock.now())
    drain(app)
    assert sent_kinds(rt) == []
    with rt.db.transaction() as s:
        assert s.scalars(select(Outcome.kind).order_by(Outcome.id)).all() == [
            "consent",
            "skipped_late",
        ]


def test_lost_jobs_after_a_redis_flush_still_send_once(app, rt, clock, text_in):
    setup_program(rt, text_in)
    dispatch_once(rt.db, rt.queues, rt.config, clock.now())
    first = pending_starts(rt)[0]
    clock.set(first.due_at)
    dispatch_once(rt.db, rt.queues, rt.config, clock.now())
    Redis.from_url(rt.config["REDIS_URL"]).flushdb()
    clock.advance(seconds=rt.config["TIMER_ENQUEUED_DEADLINE"] + 1)
    dispatch_once(rt.db, rt.queues, rt.config, clock.now())
    drain(app)
    dispatch_once(rt.db, rt.queues, rt.config, clock.now())
    drain(app)
    assert len(sent_kinds(rt)) == 1


def test_pause_and_resume_replan(app, rt, clock, runner, text_in):
    pid = setup_program(rt, text_in)
    dispatch_once(rt.db, rt.queues, rt.config, clock.now())
    before = len(pending_starts(rt))
    today = clock.now().astimezone(NY).date()
    result = runner.invoke(
        args=[
            "participants",
            "pause",
            str(pid),
            "--from",
            str(today),
            "--until",
            str(today + timedelta(days=6)),
        ]
    )
    assert result.exit_code == 0, result.output
    paused = pending_starts(rt)
    assert paused and all(
        t.due_at.astimezone(NY).date() > today + timedelta(days=6) for t in paused
    )
    run_until(app, rt, clock, clock.now() + timedelta(days=6))
    assert sent_kinds(rt) == []
    runner.invoke(args=["participants", "resume", str(pid)])
    assert len(pending_starts(rt)) >= before - 8


def test_no_scheduled_messages_while_opted_out_and_start_replans(app, rt, clock, text_in):
    setup_program(rt, text_in)
    dispatch_once(rt.db, rt.queues, rt.config, clock.now())
    text_in(PHONE, "STOP")
    run_until(app, rt, clock, clock.now() + timedelta(days=3))
    assert sent_kinds(rt) == ["opt_out_confirmation"]
    text_in(PHONE, "START")
    assert pending_starts(rt), "opting back in plans the next two weeks again"
    assert all(t.due_at >= clock.now() for t in pending_starts(rt))


def test_replanning_after_an_edit_never_double_sends(app, rt, clock, text_in):
    pid = setup_program(rt, text_in)
    dispatch_once(rt.db, rt.queues, rt.config, clock.now())
    with rt.db.transaction() as s:
        p = s.get(Participant, pid)
        replan(s, p, clock.now())
        replan(s, p, clock.now())
    run_until(app, rt, clock, clock.now() + timedelta(days=3))
    kinds = sent_kinds(rt)
    with rt.db.transaction() as s:
        expected = len(
            [
                t
                for t in s.scalars(
                    select(Timer).where(Timer.kind == START_KIND, Timer.status == "done")
                )
            ]
        )
    assert kinds.count("reminder") + kinds.count("checkin_ask") == expected
    assert expected > 0


def test_horizon_extends_as_time_passes(app, rt, clock, text_in):
    pid = setup_program(rt, text_in)
    dispatch_once(rt.db, rt.queues, rt.config, clock.now())
    run_until(app, rt, clock, clock.now() + timedelta(days=5))
    with rt.db.transaction() as s:
        planned_until = s.get(Participant, pid).planned_until
    assert planned_until >= clock.now() + timedelta(days=13)


def test_invited_participant_gets_nothing_planned(app, rt, clock):
    setup_program(rt)
    dispatch_once(rt.db, rt.queues, rt.config, clock.now())
    assert pending_starts(rt) == []
    run_until(app, rt, clock, clock.now() + timedelta(days=2))
    assert sent_kinds(rt) == [], "only the invitation before consent"


def test_next_answers_from_the_program_schedule(app, rt, clock, text_in):
    setup_program(rt, text_in)
    text_in(PHONE, "NEXT")
    with rt.db.transaction() as s:
        reply = s.scalars(
            select(OutboundMessage).where(OutboundMessage.kind == "next_session")
        ).one()
    # Monday 10:00 in New York: the next group is tonight.
    assert "your next group is today at 6:00 PM, 123 Main St" in reply.body


def test_discharge_moves_to_aftercare_then_a_closing_text(app, rt, clock, text_in):
    pid = setup_program(rt, text_in)
    discharge = clock.now().astimezone(NY).date() + timedelta(days=3)
    with rt.db.transaction() as s:
        program = s.get(Program, s.get(Participant, pid).program_id)
        program.aftercare_weeks = 2
        participant = s.get(Participant, pid)
        participant.discharged_on = discharge
        replan(s, participant, clock.now())
    run_until(app, rt, clock, clock.now() + timedelta(days=25))
    with rt.db.transaction() as s:
        rows = list(s.scalars(select(OutboundMessage).order_by(OutboundMessage.id)))
    after = [r for r in rows if r.created_at.astimezone(NY).date() >= discharge]
    assert all(r.kind != "reminder" for r in after), "no session reminders after discharge"
    aftercare_checkins = [r for r in after if r.kind == "checkin_ask"]
    assert [r.created_at.astimezone(NY).strftime("%a %H:%M") for r in aftercare_checkins] == [
        "Mon 19:00",
        "Mon 19:00",
    ]
    closing = [r for r in rows if r.kind == "aftercare_closing"]
    assert len(closing) == 1
    assert closing[0].created_at.astimezone(NY).date() == discharge + timedelta(weeks=2)
    assert rows[-1].kind == "aftercare_closing", "nothing is planned after the closing text"


def test_non_urgent_staff_notice_waits_for_business_hours(app, rt, clock, text_in, runner):
    runner.invoke(
        args=["staff", "add", "--phone", "+15005550170", "--name", "Sam", "--role", "counselor"]
    )
    setup_program(rt, text_in)
    clock.set(datetime(2026, 11, 27, 23, 30, tzinfo=NY))  # Friday night
    text_in(PHONE, "CALL")
    staff_texts = lambda: [k for k in sent_kinds(rt) if k.startswith("staff:")]  # noqa: E731
    assert staff_texts() == [], "held until business hours"
    run_until(app, rt, clock, datetime(2026, 11, 30, 8, 59, tzinfo=NY))
    assert staff_texts() == []
    run_until(app, rt, clock, datetime(2026, 11, 30, 9, 1, tzinfo=NY))
    assert staff_texts() == ["staff:call_request"], "Monday 09:00"


def last_body(rt, kind: str) -> str:
    with rt.db.transaction() as s:
        query = select(OutboundMessage.body).where(OutboundMessage.kind == kind)
        return s.scalars(query.order_by(OutboundMessage.id.desc())).first()


def test_a_call_asked_for_after_hours_is_promised_for_when_the_office_opens(
    app, rt, clock, text_in
):
    setup_program(rt, text_in)
    clock.set(datetime(2026, 11, 27, 23, 30, tzinfo=NY))  # Friday night
    text_in(PHONE, "CALL")
    later = last_body(rt, "call_request_ack_later")
    assert "asked your counselor to call you" in later
    assert "The office opens Mon Nov 30 at 9:00 AM" in later
    assert "988" in later, "and where to turn until then"
    clock.set(datetime(2026, 11, 30, 10, 0, tzinfo=NY))  # Monday, open
    text_in(PHONE, "really want a drink tonight. can my counselor give me a call")
    assert "office" not in last_body(rt, "call_ack"), "open: no wait to explain"


def test_broadcast_outside_the_window_waits_for_it_to_open(app, rt, clock, text_in):
    from flows.admin.broadcasts import send_broadcast

    setup_program(rt, text_in)
    with rt.db.transaction() as s:
        program_id = s.scalar(select(Program.id))
    clock.set(datetime(2026, 11, 24, 3, 0, tzinfo=NY).astimezone(ZoneInfo("UTC")))  # 03:00 local
    with rt.db.transaction() as s:
        assert send_broadcast(s, program_id, "No group today", clock.now()).recipients == 1
    run_until(app, rt, clock, datetime(2026, 11, 24, 7, 59, tzinfo=NY))
    assert "broadcast" not in sent_kinds(rt), "nothing at night"
    run_until(app, rt, clock, datetime(2026, 11, 24, 8, 1, tzinfo=NY))
    with rt.db.transaction() as s:
        [row] = s.scalars(select(OutboundMessage).where(OutboundMessage.kind == "broadcast"))
        assert row.body == "Northside: No group today"
        assert row.created_at == datetime(2026, 11, 24, 8, 0, tzinfo=NY)
