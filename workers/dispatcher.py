"""The dispatcher: one loop that turns what the database says is due into rq jobs.

Each pass records a heartbeat, then claims (conditional UPDATE, SKIP LOCKED
on PostgreSQL) and enqueues: due timers, timers whose job was lost, outbox
rows due for (another) send, rows stuck in `sending` that need a lookup at
Twilio, and inbound texts whose handling did not finish. Claims commit before
jobs are enqueued, and every job re-checks its row, so a second dispatcher
started by mistake, or a Redis flush, never makes anything happen twice. Jobs
go to Redis in batches (rq's enqueue_many in one transaction per batch), and
a pass that finds a full batch (of due timers, or of plans to extend) is
followed at once by another.

On the scheduled queue one job carries many ids: a `fire_timer` job fires up
to FIRE_BATCH timers and sends their texts as one batch, a `send_messages`
job sends up to SEND_BATCH rows. Crisis and replies keep one job per id.
"""

from __future__ import annotations

import logging
import signal
import threading
import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from redis.exceptions import RedisError
from sqlalchemy import select, update
from sqlalchemy.exc import SQLAlchemyError

from flows.rota import check_rota_gaps
from flows.schedule_store import extend_participants, participants_to_extend
from flows.timers import queue_for_kind
from models import InboundMessage, OutboundMessage
from models.heartbeat import DISPATCHER, beat
from models.message import PENDING, QUEUE_CRISIS, QUEUE_REPLIES, QUEUE_SCHEDULED, SENDING
from models.timer import claim_due_timers, reclaim_stuck_timers, release_claim
from sms.outbox import pending_deadline
from workers.queues import SEND_BATCH, SEND_BATCH_JOB

log = logging.getLogger(__name__)

BATCH = 200
# Due timers claimed per pass, and jobs per Redis transaction. A pass that
# claims a full batch is followed at once by the next, so a backlog (100,000
# reminders due at once) drains in seconds rather than one batch a second.
TIMER_BATCH = 1000
PLAN_BATCH = 500  # participants whose plans a pass extends (also a backlog when full)
PLAN_CHUNK = 100  # ...per transaction: their rows stay locked only that long
# Scheduled timers per fire_timer job. Their texts go out together, after the
# last of them fired: 200 reminders take well under a tenth of a second to fire.
FIRE_BATCH = 200


@dataclass
class PassReport:
    """How many jobs one pass enqueued, by what they are for."""

    timers: int = 0
    sends: int = 0
    lookups: int = 0
    inbound_retries: int = 0
    failed_enqueues: int = 0
    plans_extended: int = 0
    backlog: bool = False  # a full batch of timers or plans was taken: more are probably due
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
    report.backlog = report.backlog or report.plans_extended == PLAN_BATCH
    return report


def _extend_plans(db, config, now) -> int:
    """Keep every participant's reminders and check-ins planned HORIZON ahead."""
    with db.transaction() as session:
        ids = participants_to_extend(session, now, PLAN_BATCH)
    for first in range(0, len(ids), PLAN_CHUNK):
        with db.transaction() as session:
            extend_participants(session, ids[first : first + PLAN_CHUNK], now)
    return len(ids)


def _dispatch_timers(db, queues, config, now, report) -> None:
    deadline = now - timedelta(seconds=config["TIMER_ENQUEUED_DEADLINE"])
    with db.transaction() as session:
        claimed = claim_due_timers(session, now, TIMER_BATCH)
        report.backlog = len(claimed) == TIMER_BATCH
        claimed += reclaim_stuck_timers(session, now, deadline)
    targets = [(timer_id, queue_for_kind(kind)) for timer_id, kind in claimed]
    fire = "workers.jobs.fire_timer"
    enqueued, failed = _enqueue_jobs(queues, _jobs(targets, fire, fire, FIRE_BATCH, tuple))
    report.timers += len(enqueued)
    report.failed_enqueues += len(failed)
    if failed:
        with db.transaction() as session:
            for timer_id in failed:
                release_claim(session, timer_id)


def _enqueue_batches(queues, job: str, targets: list[tuple[int, str]]):
    """Enqueue `job(id)` for each (id, queue name), TIMER_BATCH per Redis transaction.

    Returns (ids enqueued, ids not enqueued). A batch goes in whole or not at
    all, so a failed one can simply be given back.
    """
    return _enqueue_jobs(queues, _jobs(targets, job, job, 1, tuple))


def _jobs(targets, job: str, scheduled_job: str, per_job: int, pack) -> list[tuple]:
    """(queue, job, args, ids) of the jobs for (id, queue name) targets.

    One `job(id)` per id on crisis and replies; on the scheduled queue one
    `scheduled_job(*pack(ids))` per `per_job` ids.
    """
    jobs, scheduled = [], []
    for item_id, queue_name in targets:
        if queue_name == QUEUE_SCHEDULED:
            scheduled.append(item_id)
        else:
            jobs.append((queue_name, job, (item_id,), [item_id]))
    for first in range(0, len(scheduled), per_job):
        ids = scheduled[first : first + per_job]
        jobs.append((QUEUE_SCHEDULED, scheduled_job, pack(ids), ids))
    return jobs


def _enqueue_jobs(queues, jobs: list[tuple]):
    """Enqueue (queue, job, args, ids) jobs, TIMER_BATCH per Redis transaction.

    Returns (ids enqueued, ids not enqueued).
    """
    by_kind: dict[tuple[str, str], list[tuple]] = {}
    for queue_name, job, args, ids in jobs:
        by_kind.setdefault((queue_name, job), []).append((args, ids))
    enqueued, failed = [], []
    for (queue_name, job), batch_jobs in by_kind.items():
        for first in range(0, len(batch_jobs), TIMER_BATCH):
            batch = batch_jobs[first : first + TIMER_BATCH]
            ok = queues.enqueue_many(queue_name, job, [args for args, _ids in batch])
            for _args, ids in batch:
                (enqueued if ok else failed).extend(ids)
    return enqueued, failed


def _dispatch_outbox(db, queues, config, now, report) -> None:
    with db.transaction() as session:
        due_sends = _claim_outbox(session, PENDING, now, None)
        settle = timedelta(seconds=config["OUTBOX_SENDING_SETTLE"])
        due_lookups = _claim_outbox(session, SENDING, now, settle)
    # A row whose job could not be enqueued is due again after its pushed-back next_attempt_at.
    jobs = _jobs(due_sends, "workers.jobs.send_message", SEND_BATCH_JOB, SEND_BATCH, _as_list)
    sent, failed = _enqueue_jobs(queues, jobs)
    report.sends += len(sent)
    report.failed_enqueues += len(failed)
    looked_up, failed = _enqueue_batches(queues, "workers.jobs.reconcile_message", due_lookups)
    report.lookups += len(looked_up)
    report.failed_enqueues += len(failed)


def _as_list(ids: list[int]) -> tuple:
    return (ids,)  # send_messages(message_ids) takes one list


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
    # A crisis whose handling failed (the safety net marked it) goes ahead of any backlog.
    crisis = set(ids_at_level(db, ids, "crisis"))
    targets = [(i, QUEUE_CRISIS if i in crisis else QUEUE_REPLIES) for i in ids]
    retried, failed = _enqueue_batches(queues, "workers.jobs.handle_inbound", targets)
    report.inbound_retries += len(retried)
    report.failed_enqueues += len(failed)


def ids_at_level(db, ids: list[int], level: str) -> list[int]:
    """Which of these inbound texts were triaged at `level` (the safety net records it)."""
    if not ids:
        return []
    with db.transaction() as session:
        query = select(InboundMessage.id).where(
            InboundMessage.id.in_(ids), InboundMessage.triage_level == level
        )
        return list(session.scalars(query))


ROTA_CHECK_EVERY = 900.0  # seconds between on-call gap checks


class Dispatcher:
    """The loop: a pass every interval, riding out database and Redis outages."""

    MAX_BACKOFF = 30.0

    def __init__(self, db, queues, config: dict, clock):
        self.db, self.queues, self.config, self.clock = db, queues, config, clock
        self.stopping = threading.Event()
        self.next_rota_check = 0.0  # time.monotonic() of the next on-call gap check

    def run(self) -> None:
        """Pass after pass until SIGINT/SIGTERM or stop()."""
        self._install_signal_handlers()
        interval = self.config["DISPATCH_INTERVAL"]
        delay = interval
        log.info("dispatcher started (every %.1f s)", interval)
        while not self.stopping.is_set():
            try:
                report = dispatch_once(self.db, self.queues, self.config, self.clock.now())
                self.check_rota()
                if report.total():
                    log.info("dispatched %s", report)
                delay = interval
                pause = 0.0 if report.backlog else interval
            except (SQLAlchemyError, RedisError) as exc:
                delay = pause = min(delay * 2, self.MAX_BACKOFF)
                log.warning("dispatch pass failed (%s); retrying in %.0f s", exc, delay)
            self.stopping.wait(pause)
        log.info("dispatcher stopped")

    def check_rota(self) -> None:
        """Every ROTA_CHECK_EVERY s: text supervisors about a gap in the next 48 h of on-call."""
        if time.monotonic() < self.next_rota_check:
            return
        self.next_rota_check = time.monotonic() + ROTA_CHECK_EVERY
        with self.db.transaction() as session:
            alerted = check_rota_gaps(session, self.clock.now(), self.config)
        if alerted:
            log.warning("on-call gap within 48 h for program(s) %s; supervisors texted", alerted)

    def stop(self, *_args) -> None:
        """Finish the current pass, then return from run()."""
        self.stopping.set()

    def _install_signal_handlers(self) -> None:
        if threading.current_thread() is threading.main_thread():
            signal.signal(signal.SIGINT, self.stop)
            signal.signal(signal.SIGTERM, self.stop)
