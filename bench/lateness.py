"""Benchmark: how late reminders reach Twilio when 1,000 fall due within one minute.

    .venv/bin/python -m bench.lateness [--database-url URL] [--n 1000]

Real clock, real processes: `flask --app app dispatcher` (a pass every
second) and one `flask --app app worker` run as subprocesses; the fake Twilio
runs in this process and records when each create reached it. N active
participants each get a reminder (`flow.start` of the reminder flow), due
evenly over the next 60 s. Lateness = the fake's request time minus the
timer's due time. The baseline is the same rig under light load
(BASELINE_COUNT reminders BASELINE_GAP s apart, so their due times fall at
every phase of the dispatcher's 1 s pass period), measured first.
"""

from __future__ import annotations

import os
import secrets
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from redis import Redis
from rq import Worker
from sqlalchemy import insert, select

from bench.common import (
    Row,
    database_label,
    fresh_database,
    machine,
    make_app,
    parse_args,
    report,
    reserved_redis,
    runtime_of,
)
from bench.sending import start_fake
from flows.runner import START_KIND, plan_series
from models import Contact, Heartbeat, Participant
from models.participant import ACTIVE
from models.timer import PENDING, Timer

DEFAULT_N = 1000
SPREAD = 60.0  # seconds over which the N reminders fall due
LEAD = 2.0  # seconds between writing the timers and the first one falling due
BASELINE_COUNT = 30
BASELINE_GAP = 1.37  # seconds; not a multiple of the pass period
TARGET_P99 = 5.0
ROOT = Path(__file__).resolve().parent.parent
ZONES = ("America/New_York", "America/Los_Angeles")


def add_participants(db, count: int, first_number: int) -> dict[int, str]:
    """`count` active participants (no program, so the dispatcher plans nothing for them)."""
    phones = [f"+1505{first_number + i:07d}" for i in range(count)]
    now = datetime.now(UTC)
    with db.transaction() as session:
        session.execute(insert(Contact), [{"phone": p, "created_at": now} for p in phones])
        contact_ids = dict(session.execute(select(Contact.phone, Contact.id)).all())
        rows = [
            {
                "contact_id": contact_ids[phone],
                "name": "Pat Doe",
                "timezone": ZONES[i % 2],
                "status": ACTIVE,
                "consent_at": now,
                "calendar_token": secrets.token_urlsafe(24),
                "created_at": now,
                "plan_steps": [],
                "policy_overrides": {},
            }
            for i, phone in enumerate(phones)
        ]
        session.execute(insert(Participant), rows)
        query = select(Participant.id, Contact.phone).join(Contact)
        found = dict(session.execute(query.where(Contact.phone.in_(phones))).all())
    return found


def add_reminders(db, participants: dict[int, str], spread: float) -> dict[str, datetime]:
    """A reminder per participant, due evenly over `spread` s from LEAD s on; phone -> due."""
    first = datetime.now(UTC) + timedelta(seconds=LEAD)
    step = spread / len(participants)
    due = {}
    rows = []
    for index, (participant_id, phone) in enumerate(sorted(participants.items())):
        due[phone] = first + timedelta(seconds=index * step)
        session_at = due[phone] + timedelta(hours=2)
        rows.append(
            {
                "due_at": due[phone],
                "kind": START_KIND,
                "target": f"participant:{participant_id}",
                "payload": {
                    "flow": "reminder",
                    "vars": {"session_at": session_at.isoformat(), "place": "123 Main St"},
                },
                "series": plan_series(participant_id),
                "version": 0,
                "status": PENDING,
                "attempts": 0,
                "created_at": datetime.now(UTC),
            }
        )
    with db.transaction() as session:
        session.execute(insert(Timer), rows)
    return due


def spawn(command: str, env: dict) -> subprocess.Popen:
    """Start `flask --app app COMMAND` from the repository root."""
    return subprocess.Popen(  # noqa: S603 - our own interpreter and command
        [sys.executable, "-m", "flask", "--app", "app", command], cwd=ROOT, env=env
    )


def wait_until(condition, timeout: float, what: str) -> None:
    """Poll `condition` every 0.1 s; stop the benchmark if it stays false for `timeout` s."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise SystemExit(f"gave up waiting for {what}")
        time.sleep(0.1)


def lateness(fake, due: dict[str, datetime]) -> list[float]:
    """Seconds from each reminder's due time to its create reaching the fake (sorted)."""
    arrived = {}
    for record in fake.state.requests():
        to = record["form"].get("To")
        if record["method"] == "POST" and to in due and to not in arrived:
            arrived[to] = datetime.fromisoformat(record["at"])
    return sorted((arrived[phone] - due[phone]).total_seconds() for phone in arrived)


def percentile(values: list[float], share: float) -> float:
    """The nearest-rank percentile of sorted `values`."""
    rank = max(1, round(share * len(values) + 0.5 - 1e-9))
    return values[min(rank, len(values)) - 1]


def measure(fake, db, participants: dict[int, str], spread: float) -> list[float]:
    """Schedule one reminder per participant over `spread` s; wait for all; return lateness."""
    due = add_reminders(db, participants, spread)
    wanted = set(due)

    def all_arrived() -> bool:
        seen = {r["form"].get("To") for r in fake.state.requests()}
        return wanted <= seen

    wait_until(all_arrived, LEAD + spread + 300, f"{len(due)} reminders to reach the fake")
    return lateness(fake, due)


def start_processes(rt, database_url: str, redis_url: str) -> list[subprocess.Popen]:
    """The dispatcher and one worker, configured like this app; wait until both are up."""
    env = {
        **os.environ,
        "TETHER_ENV": "development",
        "DATABASE_URL": database_url,
        "REDIS_URL": redis_url,
        "TWILIO_API_BASE_URL": rt.config["TWILIO_API_BASE_URL"],
        "PUBLIC_BASE_URL": rt.config["PUBLIC_BASE_URL"],
        "DISPATCH_INTERVAL": "1",
        "LOG_LEVEL": "WARNING",
    }
    processes = [spawn("dispatcher", env), spawn("worker", env)]
    connection = Redis.from_url(redis_url)

    def both_up() -> bool:
        with rt.db.transaction() as session:
            beat = session.scalar(select(Heartbeat.beat_at))
        return beat is not None and len(Worker.all(connection=connection)) == 1

    wait_until(both_up, 60, "the dispatcher and the worker to start")
    connection.close()
    return processes


def stop_processes(processes: list[subprocess.Popen]) -> None:
    """SIGTERM each process we started, and wait for it."""
    for process in processes:
        process.send_signal(signal.SIGTERM)
    for process in processes:
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()


def run(database_url: str, redis_url: str, n: int) -> tuple[dict, list[Row]]:
    """Set up, measure, and return the report's context and rows."""
    app = make_app(database_url, redis_url)
    rt = runtime_of(app)
    fake = start_fake(rt)
    processes = []
    try:
        light = add_participants(rt.db, BASELINE_COUNT, 0)
        burst = add_participants(rt.db, n, BASELINE_COUNT)
        processes = start_processes(rt, database_url, redis_url)
        baseline = measure(fake, rt.db, light, BASELINE_COUNT * BASELINE_GAP)
        loaded = measure(fake, rt.db, burst, SPREAD)
    finally:
        stop_processes(processes)
        fake.stop()
        rt.db.dispose()
    p99, base_p99 = percentile(loaded, 0.99), percentile(baseline, 0.99)
    context = {
        **machine(),
        "database": database_label(database_url),
        "workers": "1 worker process + 1 dispatcher process (a pass a second), real clock",
        "reminders": f"{n} due evenly over {SPREAD:.0f} s",
        "lateness p50 / p90 / max": (
            f"{percentile(loaded, 0.5):.2f} / {percentile(loaded, 0.9):.2f} / {loaded[-1]:.2f} s"
        ),
        f"light load (one every {BASELINE_GAP} s) p50 / max": (
            f"{percentile(baseline, 0.5):.2f} / {baseline[-1]:.2f} s"
        ),
    }
    rows = [
        Row(
            f"p99 lateness, {n} reminders due within a minute",
            p99,
            "s",
            f"<= {TARGET_P99:.0f} s",
            p99 <= TARGET_P99,
            base_p99,
            f"p99 under light load ({BASELINE_COUNT} reminders, {BASELINE_GAP} s apart)",
        )
    ]
    return context, rows


def main_with(database_url: str | None, n: int, json_path: str | None) -> None:
    """Run in a fresh database and Redis database, print the report."""
    with fresh_database(database_url) as url, reserved_redis() as redis_url:
        context, rows = run(url, redis_url, n)
    report("bench.lateness", context, rows, json_path)


def main() -> None:
    """Parse the options and run."""
    args = parse_args(__doc__.splitlines()[0], DEFAULT_N)
    main_with(args.database_url, args.n, args.json_path)


if __name__ == "__main__":
    main()
