"""The rq queues, in strict priority order, and enqueueing that never breaks a request.

Jobs are named by import path ("workers.jobs.send_message") so nothing here
imports the jobs module. An enqueue that fails (Redis down) is logged and
dropped: the database row it was for stays pending, and the dispatcher
enqueues it again later.

Crisis texts and replies get a send job each, at once. Scheduled texts go out
in batch jobs (`send_messages`, up to SEND_BATCH rows): against a fast API
rq's ~3 ms per job and two transactions per row cost more than the call
itself. A job that fires timers holds back its scheduled texts and sends
them itself, as one batch (`holding_scheduled_sends`).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field

from redis import Redis
from redis.exceptions import RedisError
from rq import Queue
from rq.job import get_current_job
from sqlalchemy import event

from models.message import QUEUE_CRISIS, QUEUE_REPLIES, QUEUE_SCHEDULED, QUEUES
from sms.outbox import ENQUEUE_KEY

log = logging.getLogger(__name__)

JOB_TIMEOUT = 60  # seconds; a send makes one HTTP call with a 10 s timeout
RESULT_TTL = 600
FAILURE_TTL = 7 * 24 * 3600
SEND_BATCH = 100  # scheduled rows per send_messages job
SEND_BATCH_JOB = "workers.jobs.send_messages"
URGENT_QUEUES = (QUEUE_CRISIS, QUEUE_REPLIES)  # a scheduled batch makes way for these


@dataclass
class _Held:
    """Scheduled rows whose send jobs a block holds back (see holding_scheduled_sends)."""

    queues: object
    ids: list[int] = field(default_factory=list)


# Per thread (and per context): a web request committing on another thread of
# the same process never has its rows held by a job running here.
_held: ContextVar[_Held | None] = ContextVar("tether_held_sends", default=None)


class Queues:
    """Connections to Redis and the project's queues."""

    def __init__(self, redis_url: str):
        self.redis_url = redis_url
        self._connection: Redis | None = None

    @property
    def connection(self) -> Redis:
        """A Redis client with short timeouts, for enqueueing from requests and loops."""
        if self._connection is None:
            self._connection = Redis.from_url(
                self.redis_url, socket_connect_timeout=2, socket_timeout=5
            )
        return self._connection

    def worker_connection(self) -> Redis:
        """A Redis client for workers: no read timeout, since dequeueing blocks."""
        return Redis.from_url(self.redis_url, socket_connect_timeout=2, health_check_interval=30)

    def queue(self, name: str, connection: Redis | None = None) -> Queue:
        """The rq queue called `name`."""
        if name not in QUEUES:
            raise ValueError(f"unknown queue {name!r}; queues are {', '.join(QUEUES)}")
        return Queue(name, connection=connection or self.connection)

    def enqueue(self, queue_name: str, job: str, *args) -> bool:
        """Enqueue `job(*args)`; return False (and log) when Redis cannot take it."""
        try:
            self.queue(queue_name).enqueue(
                job, *args, job_timeout=JOB_TIMEOUT, result_ttl=RESULT_TTL, failure_ttl=FAILURE_TTL
            )
        except RedisError as exc:
            log.warning("could not enqueue %s%s on %s: %s", job, args, queue_name, exc)
            return False
        return True

    def enqueue_many(self, queue_name: str, job: str, args_list: list[tuple]) -> bool:
        """Enqueue `job(*args)` for each args in one Redis transaction: all of them or none.

        False (and logged) when Redis cannot take them. One round trip for a
        whole batch: a dispatcher pass may claim thousands of due timers.
        """
        if not args_list:
            return True
        queue = self.queue(queue_name)
        jobs = [
            Queue.prepare_data(
                job,
                tuple(args),
                timeout=JOB_TIMEOUT,
                result_ttl=RESULT_TTL,
                failure_ttl=FAILURE_TTL,
            )
            for args in args_list
        ]
        try:
            with self.connection.pipeline() as pipe:
                queue.enqueue_many(jobs, pipeline=pipe)
                pipe.execute()
        except RedisError as exc:
            log.warning("could not enqueue %d %s jobs on %s: %s", len(jobs), job, queue_name, exc)
            return False
        return True

    def enqueue_send(self, message_id: int, queue_name: str) -> bool:
        """Enqueue the send job of outbox row `message_id`."""
        return self.enqueue(queue_name, "workers.jobs.send_message", message_id)

    def install_outbox_hook(self, session_factory) -> None:
        """Enqueue new outbox rows when (and only when) their transaction commits.

        Crisis and reply rows get a send job each, at once. A commit's
        scheduled rows go out in batch jobs, or are held for the job that
        committed them when it is inside holding_scheduled_sends.
        """

        @event.listens_for(session_factory, "after_commit")
        def enqueue_committed(session):
            # SQLAlchemy also calls this when a SAVEPOINT is released (e.g. by
            # get_or_create_contact): only the outermost commit makes rows real.
            if session.in_nested_transaction():
                return
            scheduled = []
            for message_id, queue_name in session.info.pop(ENQUEUE_KEY, []):
                if queue_name == QUEUE_SCHEDULED:
                    scheduled.append(message_id)
                else:
                    self.enqueue_send(message_id, queue_name)
            held = _held.get()
            if held is not None and held.queues is self:
                held.ids.extend(scheduled)
            elif scheduled:
                enqueue_send_batches(self, scheduled)

        @event.listens_for(session_factory, "after_rollback")
        def forget_rolled_back(session):
            if not session.in_nested_transaction():  # a SAVEPOINT's rollback keeps the rest
                session.info.pop(ENQUEUE_KEY, None)

    def ping(self) -> bool:
        """True when Redis answers."""
        try:
            return bool(self.connection.ping())
        except RedisError:
            return False


def enqueue_send_batches(queues, message_ids: list[int]) -> bool:
    """Enqueue `send_messages` jobs for scheduled rows, SEND_BATCH each, in one Redis transaction.

    `queues` is a Queues (or the simulator's stand-in: only enqueue_many is used).
    """
    ids = list(message_ids)
    batches = [(ids[first : first + SEND_BATCH],) for first in range(0, len(ids), SEND_BATCH)]
    return queues.enqueue_many(QUEUE_SCHEDULED, SEND_BATCH_JOB, batches)


@contextmanager
def holding_scheduled_sends(queues) -> Iterator[list[int]]:
    """Hold back the send jobs of scheduled rows committed in this block, on this thread.

    Yields the list the held row ids collect in: the caller takes them out to
    send them itself as one batch. Whatever is still in it when the block ends
    (the caller failed first) is enqueued in batch jobs then, so no row waits
    for the dispatcher's deadline because of the hold.
    """
    held = _Held(queues)
    token = _held.set(held)
    try:
        yield held.ids
    finally:
        _held.reset(token)
        if held.ids:
            enqueue_send_batches(queues, held.ids)


def urgent_jobs_waiting() -> bool:
    """True when a crisis or replies job waits in the Redis of the rq job running now.

    A scheduled batch asks this between its sends and stops early (giving back
    the rest), so on a worker serving every queue a reply does not wait behind
    a batch to a slow Twilio. Outside an rq job (tests, the simulator): False.
    """
    job = get_current_job()
    if job is None:
        return False
    try:
        return any(Queue(name, connection=job.connection).count for name in URGENT_QUEUES)
    except RedisError:
        return False
