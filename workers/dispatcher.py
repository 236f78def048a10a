"""The dispatcher: one loop that turns what the database says is due into rq jobs.

Each pass records a heartbeat, then claims (conditional UPDATE, SKIP LOCKED
on PostgreSQL) and enqueues: due timers, timers whose job was lost, outbox
rows due for (another) send, rows stuck in `sending` that need a lookup at
Twilio, and inbound texts whose handling did not finish. Claims commit before
jobs are enqueued, and every job re-checks its row, so a second dispatcher
started by mistake, or a Redis flush, never makes anything happen twice.
"""

from __future__ import annotations

import logging
import signal
import threading
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from redis.exceptions import RedisError
from sqlalchemy import select, update
from sqlalchemy.exc import SQLAlchemyError

from flows.runner import lock_participant
from flows.schedule_store import extend, participants_to_extend
from flows.timers import queue_for_kind
from models import InboundMessage, OutboundMessage
from models.heartbeat import DISPATCHER, beat
from models.message import PENDING, QUEUE_REPLIES, SENDING
from models.timer import claim_due_timers, reclaim_stuck_timers, release_claim
from sms.outbox import pending_deadline

log = logging.getLogger(__name__)

BATCH = 200


@dataclass
class PassReport:
    """How many jobs one pass enqueued, by what they are for."""

    timers: int = 0
    sends: int = 0
    lookups: int = 0
    inbound_retries: int = 0
    failed_enqueues: int = 0
    plans_extended: int = 0
    notes: list[str] = field(default_factory=list)

    def total(self) -> int:
        """All jobs enqueued in the pass."""
        return self.timers + self.sends + self.lookups + self.inbound_retries


def dispatch_once(db, queues, config: dict, now: datetime) -> PassReport:
    """Run one pass as if the clock read `now`."""
    report = PassReport()
    with db.transaction() as session:
        beat(session, DISPATCHER, now)
    _dispatch_timers(db, queues, config, now, report)
    _dispatch_outbox(db, queues, config, now, report)
    _dispatch_inbound(db, queues, config, now, report)
    report.plans_extended = _extend_plans(db, config, now)
    return report


def _extend_plans(db, config, now) -> int:
    """Keep every participant's reminders and check-ins planned HORIZON ahead."""
    with db.transaction() as session:
        ids = participants_to_extend(session, now)
    for participant_id in ids:
        with db.transaction() as session:
            participant = lock_participant(session, participant_id)
            if participant is not None:
                extend(session, participant, now)
    return len(ids)


def _dispatch_timers(db, queues, config, now, report) -> None:
    deadline = now - timedelta(seconds=config["TIMER_ENQUEUED_DEADLINE"])
    with db.transaction() as session:
        claimed = claim_due_timers(session, now, BATCH)
        claimed += reclaim_stuck_timers(session, now, deadline)
    for timer_id, kind in claimed:
        if queues.enqueue(queue_for_kind(kind), "workers.jobs.fire_timer", timer_id):
            report.timers += 1
        else:
            report.failed_enqueues += 1
            with db.transaction() as session:
                release_claim(session, timer_id)


def _dispatch_outbox(db, queues, config, now, report) -> None:
    with db.transaction() as session:
        due_sends = _claim_outbox(session, PENDING, now, None)
        settle = timedelta(seconds=config["OUTBOX_SENDING_SETTLE"])
        due_lookups = _claim_outbox(session, SENDING, now, settle)
    for message_id, queue_name in due_sends:
        ok = queues.enqueue(queue_name, "workers.jobs.send_message", message_id)
        report.sends += ok
        report.failed_enqueues += not ok
    for message_id, queue_name in due_lookups:
        ok = queues.enqueue(queue_name, "workers.jobs.reconcile_message", message_id)
        report.lookups += ok
        report.failed_enqueues += not ok


def _claim_outbox(session, status: str, now: datetime, wait: timedelta | None):
    """Push back next_attempt_at of due rows in `status` and return (id, queue) of each."""
    due = session.execute(
        select(OutboundMessage.id, OutboundMessage.queue)
        .where(OutboundMessage.status == status, OutboundMessage.next_attempt_at <= now)
        .order_by(OutboundMessage.next_attempt_at)
        .limit(BATCH)
    ).all()
    claimed = []
    for message_id, queue_name in due:
        later = now + (wait or pending_deadline(queue_name))
        taken = session.execute(
            update(OutboundMessage)
            .where(
                OutboundMessage.id == message_id,
                OutboundMessage.status == status,
                OutboundMessage.next_attempt_at <= now,
            )
            .values(next_attempt_at=later)
            .execution_options(synchronize_session=False)
        )
        if taken.rowcount == 1:
            claimed.append((message_id, queue_name))
    return claimed


def _dispatch_inbound(db, queues, config, now, report) -> None:
    later = now + timedelta(seconds=config["INBOUND_RETRY_AFTER"])
    with db.transaction() as session:
        ids = list(
            session.scalars(
                update(InboundMessage)
                .where(InboundMessage.processed_at.is_(None), InboundMessage.retry_at <= now)
                .values(retry_at=later)
                .returning(InboundMessage.id)
                .execution_options(synchronize_session=False)
            )
        )
    for inbound_id in ids:
        ok = queues.enqueue(QUEUE_REPLIES, "workers.jobs.handle_inbound", inbound_id)
        report.inbound_retries += ok
        report.failed_enqueues += not ok


class Dispatcher:
    """The loop: a pass every interval, riding out database and Redis outages."""

    MAX_BACKOFF = 30.0

    def __init__(self, db, queues, config: dict, clock):
        self.db, self.queues, self.config, self.clock = db, queues, config, clock
        self.stopping = threading.Event()

    def run(self) -> None:
        """Pass after pass until SIGINT/SIGTERM or stop()."""
        self._install_signal_handlers()
        interval = self.config["DISPATCH_INTERVAL"]
        delay = interval
        log.info("dispatcher started (every %.1f s)", interval)
        while not self.stopping.is_set():
            try:
                report = dispatch_once(self.db, self.queues, self.config, self.clock.now())
                if report.total():
                    log.info("dispatched %s", report)
                delay = interval
            except (SQLAlchemyError, RedisError) as exc:
                delay = min(delay * 2, self.MAX_BACKOFF)
                log.warning("dispatch pass failed (%s); retrying in %.0f s", exc, delay)
            self.stopping.wait(delay)
        log.info("dispatcher stopped")

    def stop(self, *_args) -> None:
        """Finish the current pass, then return from run()."""
        self.stopping.set()

    def _install_signal_handlers(self) -> None:
        if threading.current_thread() is threading.main_thread():
            signal.signal(signal.SIGINT, self.stop)
            signal.signal(signal.SIGTERM, self.stop)
