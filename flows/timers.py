"""Firing due timers: each kind has a handler; a timer's effects happen exactly once.

The handler runs in the same transaction that marks the timer done, so a
timer whose job runs twice (two dispatchers, a re-enqueue after a Redis
flush) fires once, and a timer whose series has moved on fires never.
Later issues add kinds (reminders, check-ins, flow waits, escalations).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from flows import crisis, runner, staff
from flows import escalation as escalation_flow
from flows.admin import broadcasts
from flows.fire_batch import can_batch, open_write_batch, write_batch
from flows.schedule_store import is_paused
from models import Contact, OutboundMessage, Participant, StaffNotification, Timer
from models.batch import close_batch
from models.participant import ACTIVE
from models.timer import (
    ENQUEUED,
    FAILED,
    keep_current,
    load_versions,
    still_current,
    take_enqueued,
)
from sms.outbox import ENQUEUE_KEY, queue_outbound
from sms.status import CRISIS_FAILURE_KIND

log = logging.getLogger(__name__)

MAX_TIMER_ATTEMPTS = 5


def send_text(session: Session, timer: Timer, now: datetime, config: dict) -> None:
    """Kind `text`: send payload["body"] to target "contact:<id>" (operators, tests)."""
    contact = session.get(Contact, int(timer.target.removeprefix("contact:")))
    queue_outbound(
        session,
        contact,
        timer.payload["body"],
        kind=timer.payload.get("message_kind", "scheduled_text"),
        now=now,
        queue=timer.payload.get("queue", "scheduled"),
    )


def flow_timeout(session: Session, timer: Timer, now: datetime, config: dict) -> None:
    """Kind `flow.timeout`: a participant's wait ran out."""
    turn = _turn(session, timer, now, config)
    if turn is not None:
        runner.timeout(turn, timer.payload["flow"], timer.payload["state"])


def flow_start(session: Session, timer: Timer, now: datetime, config: dict) -> None:
    """Kind `flow.start`: a reminder or check-in comes due for an active participant.

    One whose moment passed more than the grace period ago (the service was
    down) is skipped, not sent late: a reminder after the session helps nobody.
    """
    turn = _turn(session, timer, now, config)
    if turn is None or turn.participant.status != ACTIVE:
        return  # invited, declined, expired: nothing is sent before or after consent
    # Kept in a variable: the session's identity map holds objects weakly, and the
    # text this sends needs the contact again (a second SELECT otherwise).
    contact = session.get(Contact, turn.participant.contact_id)
    if contact.opted_out:
        return
    if is_paused(turn.participant, timer.due_at):
        return
    if escalation_flow.in_crisis(session, turn.participant):
        runner.record_outcome(turn, "skipped_crisis", {"flow": timer.payload["flow"]})
        return
    grace = timedelta(minutes=float(config.get("SCHEDULE_GRACE_MINUTES", 30)))
    if now - timer.due_at > grace:
        runner.record_outcome(
            turn,
            "skipped_late",
            {"flow": timer.payload["flow"], "due_at": timer.due_at.isoformat()},
        )
        return
    if timer.payload["flow"] == "closing":  # aftercare is over: one last text, no reply awaited
        runner.send_template(turn, "aftercare_closing")
        runner.record_outcome(turn, "aftercare_completed", {})
        return
    runner.start_flow(turn, timer.payload["flow"], timer.payload.get("vars") or {})


def escalation_step(session: Session, timer: Timer, now: datetime, config: dict) -> None:
    """Kinds escalation.page / .deadline / .nudge: page now, move on, or nudge.

    Never skipped for lateness: after downtime an overdue deadline fires at once.
    """
    escalation = crisis.lock_escalation(session, int(timer.target.removeprefix("escalation:")))
    if escalation is None:
        return
    step = {
        escalation_flow.PAGE_KIND: escalation_flow.page_current_level,
        escalation_flow.DEADLINE_KIND: escalation_flow.deadline_passed,
        escalation_flow.NUDGE_KIND: escalation_flow.nudge,
    }[timer.kind]
    step(session, escalation, now, config)


def crisis_delivery_failed(session: Session, timer: Timer, now: datetime, config: dict) -> None:
    """Kind escalation.delivery_failed: a crisis reply or page did not arrive."""
    message = session.get(OutboundMessage, int(timer.target.removeprefix("message:")))
    if message is not None:
        crisis.delivery_failed(session, message, now, config)


def held_broadcast(session: Session, timer: Timer, now: datetime, config: dict) -> None:
    """Kind broadcast.held: the participant's window opened; send the program's broadcast.

    Like any participant text, one more than the grace period late is dropped.
    """
    grace = timedelta(minutes=float(config.get("SCHEDULE_GRACE_MINUTES", 30)))
    if now - timer.due_at <= grace:
        participant_id = int(timer.target.removeprefix("participant:"))
        broadcasts.deliver_held(session, participant_id, timer.payload["body"], now)


def staff_notice(session: Session, timer: Timer, now: datetime, config: dict) -> None:
    """Kind `staff.notice`: business hours have opened; text a held staff notice."""
    notice = session.get(StaffNotification, int(timer.target.removeprefix("notice:")))
    if notice is not None:
        staff.text_notice(
            session, notice, session.get(Participant, notice.participant_id), now, config
        )


def _turn(session: Session, timer: Timer, now: datetime, config: dict):
    participant = runner.lock_participant(session, int(timer.target.removeprefix("participant:")))
    if participant is None:
        return None
    return runner.begin_turn(session, participant, now, config, queue="scheduled")


TIMER_HANDLERS: dict[str, Callable[[Session, Timer, datetime, dict], None]] = {
    "text": send_text,
    runner.TIMEOUT_KIND: flow_timeout,
    runner.START_KIND: flow_start,
    staff.NOTICE_KIND: staff_notice,
    broadcasts.HELD_KIND: held_broadcast,
    escalation_flow.PAGE_KIND: escalation_step,
    escalation_flow.DEADLINE_KIND: escalation_step,
    escalation_flow.NUDGE_KIND: escalation_step,
    CRISIS_FAILURE_KIND: crisis_delivery_failed,
}


def fire_timer(db, clock, config: dict, timer_id: int) -> str:
    """Fire timer `timer_id` if it is still due and current; return what happened."""
    return fire_timers(db, clock, config, [timer_id])[0]


def fire_timers(db, clock, config: dict, timer_ids) -> list[str]:
    """Fire enqueued timers, FIRE_CHUNK per transaction; return what happened to each, in order.

    One transaction per chunk, with the chunk's timers taken in one statement,
    is what lets a burst of due reminders keep up with Twilio. Each handler
    runs inside its own SAVEPOINT, so one that fails is rolled back and
    counted without touching the others. A chunk whose transaction fails as a
    whole (the database went away) committed nothing: its timers are then
    fired one by one.
    """
    ids = list(timer_ids)
    outcomes: list[str] = []
    for first in range(0, len(ids), FIRE_CHUNK):
        chunk = ids[first : first + FIRE_CHUNK]
        try:
            with db.transaction() as session:
                fired = _fire_chunk(session, clock.now(), config, chunk)
        except Exception:
            log.exception("firing %d timer(s) failed as a whole", len(chunk))
            if len(chunk) > 1:
                fired = [fire_timer(db, clock, config, each) for each in chunk]
            else:
                fired = [_record_failure(db, chunk[0])]
        outcomes += fired
    return outcomes


# Timers per transaction in fire_timers. Small enough that the participant rows
# a chunk locks (and SQLite's write lock) are held only some tens of milliseconds
# (a write batch fires a reminder in about 0.3 ms): an inbound text, a crisis
# above all, never waits long behind reminders. Each chunk also has a fixed
# cost (about ten statements), which larger chunks spread thinner: going from
# 50 to 100 saved ~40 us a reminder on PostgreSQL. Not more: an INSERT ... RETURNING
# of 200 outbox rows costs twice as much a row as one of 100 (bench/RESULTS.md, §2).
FIRE_CHUNK = 100


def _fire_chunk(session: Session, now: datetime, config: dict, chunk: list[int]) -> list[str]:
    # Earliest due first, then as scheduled: the claim hands them over in no set order.
    taken = sorted(take_enqueued(session, chunk, now), key=lambda timer: (timer.due_at, timer.id))
    if can_batch(taken):
        fired = _fire_batched(session, now, config, taken)
    else:
        current = keep_current(taken, load_versions(session, {timer.series for timer in taken}))
        fired = {timer.id: _fire_taken(session, now, config, timer) for timer in current.values()}
    return [fired.get(each, "skipped") for each in chunk]


def _fire_batched(session: Session, now: datetime, config: dict, taken: list[Timer]) -> dict:
    """Fire a chunk of reminders, check-ins and texts as one write batch (flows/fire_batch.py).

    The batch's loads include the timers' own series, so the stale ones are
    dropped here. No savepoint per handler: a handler that fails raises out
    of the chunk, whose transaction then commits nothing, and fire_timers
    fires its timers again one by one (each in its savepoint), so one bad
    timer still never holds back the others.
    """
    batch = open_write_batch(session, taken)
    try:
        fired = {}
        for timer in keep_current(taken, batch.versions).values():
            if still_current(session, timer):
                TIMER_HANDLERS[timer.kind](session, timer, now, config)
                fired[timer.id] = "fired"
            else:
                fired[timer.id] = "skipped"
        write_batch(session, batch)
    finally:
        close_batch(session)
    return fired


def _fire_taken(session: Session, now: datetime, config: dict, timer: Timer) -> str:
    timer_id = timer.id  # for the log, without reloading it after a rollback
    if not still_current(session, timer):
        return "skipped"
    handler = TIMER_HANDLERS.get(timer.kind)
    if handler is None:
        log.error("timer %s has unknown kind %r", timer_id, timer.kind)
        timer.status = FAILED
        return "failed"
    enqueue_marks = len(session.info.get(ENQUEUE_KEY, ()))
    savepoint = session.begin_nested()
    try:
        handler(session, timer, now, config)
        savepoint.commit()
        return "fired"
    except Exception:
        log.exception("timer %s failed", timer_id)
        savepoint.rollback()
        # Rows the rolled-back handler queued no longer exist: ask for no job for them.
        del session.info.get(ENQUEUE_KEY, [])[enqueue_marks:]
        _give_back(timer)
        return "failed"


def _give_back(timer: Timer) -> None:
    # The timer stays enqueued, so the dispatcher retries it after its
    # deadline, until it has failed MAX_TIMER_ATTEMPTS times.
    timer.attempts += 1
    timer.status = FAILED if timer.attempts >= MAX_TIMER_ATTEMPTS else ENQUEUED
    timer.fired_at = None


def _record_failure(db, timer_id: int) -> str:
    try:
        with db.transaction() as session:
            timer = session.get(Timer, timer_id)
            if timer is not None and timer.status == ENQUEUED:
                _give_back(timer)
    except Exception:  # the database is still away: the dispatcher retries it later
        log.exception("could not count the failure of timer %s", timer_id)
    return "failed"


# Queue each timer kind's job goes to: escalations never wait behind reminders.
TIMER_QUEUES: dict[str, str] = {
    "text": "scheduled",
    escalation_flow.PAGE_KIND: "crisis",
    escalation_flow.DEADLINE_KIND: "crisis",
    escalation_flow.NUDGE_KIND: "crisis",
    CRISIS_FAILURE_KIND: "crisis",
}


def queue_for_kind(kind: str) -> str:
    """The rq queue a timer of `kind` is fired on."""
    return TIMER_QUEUES.get(kind, "scheduled")
