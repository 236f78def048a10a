"""The rq queues, in strict priority order, and enqueueing that never breaks a request.

Jobs are named by import path ("workers.jobs.send_message") so nothing here
imports the jobs module. An enqueue that fails (Redis down) is logged and
dropped: the database row it was for stays pending, and the dispatcher
enqueues it again later.
"""

from __future__ import annotations

import logging

from redis import Redis
from redis.exceptions import RedisError
from rq import Queue
from sqlalchemy import event

from models.message import QUEUES
from sms.outbox import ENQUEUE_KEY

log = logging.getLogger(__name__)

JOB_TIMEOUT = 60  # seconds; a send makes one HTTP call with a 10 s timeout
RESULT_TTL = 600
FAILURE_TTL = 7 * 24 * 3600


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
        """Enqueue new outbox rows when (and only when) their transaction commits."""

        @event.listens_for(session_factory, "after_commit")
        def enqueue_committed(session):
            for message_id, queue_name in session.info.pop(ENQUEUE_KEY, []):
                self.enqueue_send(message_id, queue_name)

        @event.listens_for(session_factory, "after_rollback")
        def forget_rolled_back(session):
            session.info.pop(ENQUEUE_KEY, None)

    def ping(self) -> bool:
        """True when Redis answers."""
        try:
            return bool(self.connection.ping())
        except RedisError:
            return False
