"""The `worker` and `dispatcher` commands.

Both ride out a Redis restart: the worker rebuilds its rq worker with
backoff instead of exiting, the dispatcher retries its pass.
"""

from __future__ import annotations

import logging
import time

import click
from flask.cli import with_appcontext
from redis.exceptions import RedisError
from rq import SimpleWorker
from rq.exceptions import StopRequested

from clock import FixedClock, parse_instant
from models.message import QUEUES
from runtime import current_runtime
from workers.dispatcher import Dispatcher, dispatch_once

log = logging.getLogger(__name__)


class TetherWorker(SimpleWorker):
    """An rq SimpleWorker that remembers whether it was asked to stop.

    SimpleWorker runs jobs in-process (no fork per job): sends start faster
    and keep their database connections; a crash is caught by the run
    command, which restarts the process.
    """

    stop_signalled = False

    def request_stop(self, signum, frame):
        """Note the stop request, then let rq finish the current job and stop."""
        self.stop_signalled = True
        super().request_stop(signum, frame)

    def bootstrap(self, *args, **kwargs):
        """Start as rq does, but with the signal handlers in place first.

        rq registers the worker in Redis before it installs them, so a SIGTERM in
        between (a deploy, honcho stopping at start-up) killed the process outright:
        exit -15 and a dead worker left registered. Now it stops as it would mid-loop.
        """
        self._install_signal_handlers()
        try:
            super().bootstrap(*args, **kwargs)
        except StopRequested:
            self.register_death()
            raise


@click.command("worker")
@click.option("--burst", is_flag=True, help="Drain the queues, then exit.")
@click.option(
    "--queues",
    "queue_names",
    default=",".join(QUEUES),
    show_default=True,
    help="Comma-separated queues, highest priority first.",
)
@with_appcontext
def worker_command(burst: bool, queue_names: str) -> None:
    """Run an rq worker over Tether's queues in priority order."""
    names = [n.strip() for n in queue_names.split(",") if n.strip()]
    unknown = [n for n in names if n not in QUEUES]
    if unknown or not names:
        raise click.UsageError(f"unknown queue {unknown!r}; queues are {', '.join(QUEUES)}")
    run_worker(current_runtime(), names, burst)


def run_worker(runtime, names: list[str], burst: bool) -> None:
    """Work the queues; on a Redis failure, wait (1 s doubling to 30 s) and start again."""
    delay = 1.0
    while True:
        try:
            connection = runtime.queues.worker_connection()
            queues = [runtime.queues.queue(name, connection) for name in names]
            worker = TetherWorker(queues, connection=connection)
            try:
                worker.work(burst=burst, logging_level=runtime.config["LOG_LEVEL"])
            except StopRequested:  # signalled while starting (TetherWorker.bootstrap)
                return
            if burst or worker.stop_signalled:
                return
            log.warning("worker loop ended unexpectedly; restarting in %.0f s", delay)
        except RedisError as exc:
            if burst:
                raise click.ClickException(f"Redis is not reachable: {exc}") from exc
            log.warning("Redis unavailable (%s); retrying in %.0f s", exc, delay)
        time.sleep(delay)
        delay = min(delay * 2, 30.0)


@click.command("dispatcher")
@click.option("--once", is_flag=True, help="Run one pass and exit.")
@click.option("--now", "now_text", help="With --once: act as if the clock read this ISO 8601 time.")
@with_appcontext
def dispatcher_command(once: bool, now_text: str | None) -> None:
    """Run the timer loop (or one pass of it)."""
    runtime = current_runtime()
    if now_text and not once:
        raise click.UsageError("--now only makes sense with --once")
    if not once:
        Dispatcher(runtime.db, runtime.queues, runtime.config, runtime.clock).run()
        return
    try:
        clock = FixedClock(parse_instant(now_text)) if now_text else runtime.clock
    except ValueError:
        raise click.BadParameter(
            f"not an ISO 8601 time: {now_text!r}", param_hint="--now"
        ) from None
    report = dispatch_once(runtime.db, runtime.queues, runtime.config, clock.now())
    click.echo(
        f"enqueued {report.timers} timer(s), {report.sends} send(s), {report.lookups} "
        f"lookup(s), {report.inbound_retries} inbound retry(ies); "
        f"{report.failed_enqueues} could not be enqueued"
    )
    if report.failed_enqueues:
        raise SystemExit(1)
