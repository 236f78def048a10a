"""Benchmark: the dispatcher claiming and enqueueing N timers due at the same instant.

    .venv/bin/python -m bench.dispatch [--database-url URL] [--n 100000] [--all]

N `text` timers (the simplest kind that sends a text, 1,000 contacts) are due
at one instant; dispatcher passes run back to back, as the loop does while a
pass finds a full batch, until a pass enqueues nothing. Scheduled timers go
out as `fire_timer` jobs of FIRE_BATCH timers each. The baseline is rq alone:
the same jobs (N / FIRE_BATCH of them) enqueued with `Queue.enqueue_many` in
pipelines of BASELINE_CHUNK, no database. `--all` then runs bench.sending and
bench.lateness on the same backend (each in a fresh database).
"""

from __future__ import annotations

from collections import Counter

from redis import Redis
from rq import Queue
from rq.job import Job
from sqlalchemy import insert, select

from bench.common import (
    START,
    Row,
    analyze,
    database_label,
    fresh_database,
    machine,
    make_app,
    parse_args,
    report,
    reserved_redis,
    runtime_of,
    stopwatch,
)
from models import Contact, Timer
from models.message import QUEUE_SCHEDULED
from models.timer import ENQUEUED, PENDING
from workers.dispatcher import FIRE_BATCH, dispatch_once
from workers.queues import FAILURE_TTL, JOB_TIMEOUT, RESULT_TTL

CONTACTS = 1000
INSERT_CHUNK = 10_000
BASELINE_CHUNK = 1000
TARGET_SECONDS = 15.0
FIRE_JOB = "workers.jobs.fire_timer"


def add_due_timers(db, n: int) -> None:
    """N pending `text` timers due at START, spread over CONTACTS contacts (bulk setup)."""
    with db.transaction() as session:
        phones = [f"+1303{i:07d}" for i in range(CONTACTS)]
        session.execute(insert(Contact), [{"phone": p, "created_at": START} for p in phones])
        contact_ids = list(session.scalars(select(Contact.id).order_by(Contact.id)))
    for first in range(0, n, INSERT_CHUNK):
        rows = [
            {
                "due_at": START,
                "kind": "text",
                "target": f"contact:{contact_ids[i % CONTACTS]}",
                "payload": {"body": f"Group moved to Room {i % 9 + 1} tonight."},
                "series": f"bench:{i}",
                "version": 0,
                "status": PENDING,
                "attempts": 0,
                "created_at": START,
            }
            for i in range(first, min(first + INSERT_CHUNK, n))
        ]
        with db.transaction() as session:
            session.execute(insert(Timer), rows)


def dispatch_all(rt) -> tuple[float, int, int, int]:
    """Passes back to back until one enqueues nothing; return (s, timers, failed, passes)."""
    enqueued = failed = passes = 0
    with stopwatch() as timing:
        while True:
            pass_report = dispatch_once(rt.db, rt.queues, rt.config, START)
            passes += 1
            enqueued += pass_report.timers
            failed += pass_report.failed_enqueues
            if pass_report.timers == 0:
                break
    return timing["seconds"], enqueued, failed, passes


def rq_alone(redis_url: str, n: int) -> float:
    """Enqueue the same fire jobs with rq's enqueue_many in pipelines, no database; return s."""
    connection = Redis.from_url(redis_url)
    connection.flushdb()
    queue = Queue(QUEUE_SCHEDULED, connection=connection)
    args = [tuple(range(first, min(first + FIRE_BATCH, n))) for first in range(0, n, FIRE_BATCH)]
    with stopwatch() as timing:
        for first in range(0, len(args), BASELINE_CHUNK):
            jobs = [
                Queue.prepare_data(
                    FIRE_JOB,
                    timer_ids,
                    timeout=JOB_TIMEOUT,
                    result_ttl=RESULT_TTL,
                    failure_ttl=FAILURE_TTL,
                )
                for timer_ids in args[first : first + BASELINE_CHUNK]
            ]
            with connection.pipeline() as pipe:
                queue.enqueue_many(jobs, pipeline=pipe)
                pipe.execute()
    if queue.count != len(args):
        raise SystemExit(f"baseline: {queue.count} jobs on the queue, expected {len(args)}")
    connection.flushdb()
    connection.close()
    return timing["seconds"]


def check(rt, n: int) -> int:
    """Fail loudly unless every timer is enqueued and in exactly one job; return the jobs."""
    connection = Redis.from_url(rt.config["REDIS_URL"])
    queue = Queue(QUEUE_SCHEDULED, connection=connection)
    jobs = Job.fetch_many(queue.job_ids, connection=connection)
    connection.close()
    in_jobs = Counter(timer_id for job in jobs for timer_id in job.args)
    with rt.db.transaction() as session:
        claimed = set(session.scalars(select(Timer.id).where(Timer.status == ENQUEUED)))
    if len(claimed) != n or set(in_jobs) != claimed or set(in_jobs.values()) != {1}:
        raise SystemExit(
            f"expected {n} claims each in one job; found {len(claimed)} claims, "
            f"{len(in_jobs)} timers in {len(jobs)} jobs"
        )
    return len(jobs)


def run(database_url: str, redis_url: str, n: int) -> tuple[dict, list[Row]]:
    """Set up, measure, and return the report's context and rows."""
    app = make_app(database_url, redis_url)
    rt = runtime_of(app)
    add_due_timers(rt.db, n)
    analyze(rt.db)
    baseline_s = rq_alone(redis_url, n)
    seconds, enqueued, failed, passes = dispatch_all(rt)
    jobs = check(rt, n)
    rt.db.dispose()
    context = {
        **machine(),
        "database": database_label(database_url),
        "workers": "0 (one dispatcher, passes back to back)",
        "timers": n,
        "fire_timer jobs": f"{jobs} ({FIRE_BATCH} timers each)",
        "dispatcher passes": passes,
        "failed enqueues": failed,
    }
    rows = [
        Row(
            f"claim + enqueue {n} due timers",
            seconds,
            "s",
            f"<= {TARGET_SECONDS:.0f} s",
            seconds <= TARGET_SECONDS and enqueued == n,
            baseline_s,
            f"rq enqueue_many alone, the same {jobs} jobs",
        ),
        Row(
            "timers enqueued per second",
            enqueued / seconds,
            "/s",
            baseline=n / baseline_s,
            baseline_name="rq alone",
        ),
    ]
    return context, rows


def add_options(parser) -> None:
    """bench.dispatch's own option."""
    parser.add_argument(
        "--all", action="store_true", help="then run bench.sending and bench.lateness too"
    )


def main() -> None:
    """Parse the options, run in a fresh database, print the report (then the others)."""
    args = parse_args(__doc__.splitlines()[0], 100_000, add_options)
    with fresh_database(args.database_url) as url, reserved_redis() as redis_url:
        context, rows = run(url, redis_url, args.n)
    report("bench.dispatch", context, rows, args.json_path)
    if args.all:
        from bench import lateness, sending

        sending.main_with(args.database_url, sending.DEFAULT_N, None)
        lateness.main_with(args.database_url, lateness.DEFAULT_N, None)


if __name__ == "__main__":
    main()
