"""Benchmark: crisis webhook → first page at Twilio, with and without a 100,000-reminder backlog.

    .venv/bin/python -m bench.crisis [--database-url URL] [--n 100000] [--crises 100]

Real clock, real processes, as `bin/run` runs them: the web app (`flask run`),
the dispatcher, a crisis-only worker and a general worker, as subprocesses;
the fake Twilio runs in this process and records when each create reached it.
One staff member is on the organization-wide rota. Each crisis comes from a
new number, as a signed webhook POST; latency = the fake's time for the page
to the on-call phone naming that number, minus the moment before the POST.

First the baseline: CRISES crises with nothing else going on. Then N `text`
timers fall due at once (the backlog: the dispatcher claims them, workers
fire and send them); once the backlog is reaching the fake, the same CRISES
crises are measured again while it is being sent. The run checks that the
backlog was still being sent when the last crisis was paged.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from datetime import UTC, date, datetime

import requests
from redis import Redis
from rq import Worker
from sqlalchemy import insert, select

from bench.common import (
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
)
from bench.lateness import ROOT, percentile, stop_processes, wait_until
from bench.sending import start_fake
from models import Contact, Heartbeat, OnCallSchedule, StaffMember, Timer
from models.timer import PENDING
from sms.signing import twilio_signature

DEFAULT_N = 100_000
DEFAULT_CRISES = 100
GAP = 0.3  # seconds between crisis texts
TARGET_P99 = 1.0
ONCALL = "+14045550000"
BODY = "Hi Pat, group is at 6:00 PM tonight at 123 Main St. Reply C to confirm."
CRISIS = "i cant do this anymore, i want to kill myself tonight"
WEB_PORT = int(os.environ.get("BENCH_WEB_PORT", "5077"))


def add_oncall(rt) -> None:
    """One counselor on the organization-wide rota, on call all through the run."""
    now = datetime.now(UTC)
    with rt.db.transaction() as session:
        staff = StaffMember(name="Ana", phone=ONCALL, role="counselor", active=True, created_at=now)
        session.add(staff)
        session.flush()
        session.add(
            OnCallSchedule(
                program_id=None,
                role="primary",
                timezone="UTC",
                rotation=[staff.id],
                starts_on=date(2026, 1, 1),
                handoff_time="00:00",
                shift_days=28,
                created_at=now,
            )
        )


def add_backlog(rt, n: int) -> set[str]:
    """N `text` timers due now, to N numbers; returns the numbers."""
    now = datetime.now(UTC)
    phones = [f"+1404{i:07d}" for i in range(n)]
    with rt.db.transaction() as session:
        session.execute(insert(Contact), [{"phone": p, "created_at": now} for p in phones])
        ids = dict(session.execute(select(Contact.phone, Contact.id)).all())
        rows = [
            {
                "due_at": now,
                "kind": "text",
                "target": f"contact:{ids[p]}",
                "payload": {"body": BODY},
                "series": f"bench:{ids[p]}",
                "version": 0,
                "status": PENDING,
                "attempts": 0,
                "created_at": now,
            }
            for p in phones
        ]
        session.execute(insert(Timer), rows)
    analyze(rt.db)
    return set(phones)


def spawn(args: list[str], env: dict) -> subprocess.Popen:
    """Start `flask --app app ARGS...` from the repository root."""
    return subprocess.Popen(  # noqa: S603 - our own interpreter and command
        [sys.executable, "-m", "flask", "--app", "app", *args], cwd=ROOT, env=env
    )


def start_processes(rt, database_url: str, redis_url: str) -> list:
    """Web, dispatcher, crisis worker and general worker; wait until all answer."""
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
    processes = [
        spawn(["run", "--host", "127.0.0.1", "--port", str(WEB_PORT)], env),
        spawn(["dispatcher"], env),
        spawn(["worker", "--queues", "crisis"], env),
        spawn(["worker"], env),
    ]
    connection = Redis.from_url(redis_url)

    def all_up() -> bool:
        with rt.db.transaction() as session:
            beat = session.scalar(select(Heartbeat.beat_at))
        try:
            web = requests.get(f"{rt.config['PUBLIC_BASE_URL']}/healthz", timeout=1).ok
        except requests.RequestException:
            web = False
        return web and beat is not None and len(Worker.all(connection=connection)) == 2

    wait_until(all_up, 90, "the web app, dispatcher and two workers to start")
    connection.close()
    return processes


def text_crisis(rt, phone: str, sid: int) -> None:
    """POST a signed inbound crisis text from `phone` to the web process."""
    params = {"MessageSid": f"SM{sid:032x}", "From": phone, "To": "+15005550006", "Body": CRISIS}
    url = rt.config["PUBLIC_BASE_URL"] + "/sms/inbound"
    signature = twilio_signature(rt.config["TWILIO_AUTH_TOKEN"], url, params)
    response = requests.post(
        url, data=params, headers={"X-Twilio-Signature": signature}, timeout=30
    )
    response.raise_for_status()


def measure(rt, fake, first: int, count: int) -> list[float]:
    """Text `count` crises from new numbers; return the sorted seconds to each page."""
    sent_at = {}
    for i in range(count):
        phone = f"+1303{first + i:07d}"
        sent_at[phone] = datetime.now(UTC)
        text_crisis(rt, phone, first + i)
        time.sleep(GAP)
    wait_until(lambda: len(_pages(fake, sent_at)) == count, 120, f"{count} pages")
    pages = _pages(fake, sent_at)
    return sorted((pages[p] - sent_at[p]).total_seconds() for p in sent_at)


def _pages(fake, sent_at: dict) -> dict[str, datetime]:
    found = {}
    for record in fake.state.requests():
        form = record["form"]
        if record["method"] != "POST" or form.get("To") != ONCALL:
            continue
        for phone in sent_at:
            if f"Call: {phone}" in (form.get("Body") or "") and phone not in found:
                found[phone] = datetime.fromisoformat(record["at"])
    return found


def backlog_sent(fake, backlog: set[str]) -> int:
    """How many backlog texts have reached the fake."""
    return sum(
        1 for r in fake.state.requests() if r["method"] == "POST" and r["form"].get("To") in backlog
    )


def run(database_url: str, redis_url: str, n: int, crises: int) -> tuple[dict, list[Row]]:
    """Set up, measure with and without the backlog, and return the report's parts."""
    public = f"http://127.0.0.1:{WEB_PORT}"
    app = make_app(database_url, redis_url, PUBLIC_BASE_URL=public)
    rt = runtime_of(app)
    fake = start_fake(rt)
    processes = []
    try:
        add_oncall(rt)
        processes = start_processes(rt, database_url, redis_url)
        baseline = measure(rt, fake, 0, crises)
        backlog = add_backlog(rt, n)
        wait_until(lambda: backlog_sent(fake, backlog) >= 1000, 300, "the backlog to flow")
        before = backlog_sent(fake, backlog)
        loaded = measure(rt, fake, crises, crises)
        after = backlog_sent(fake, backlog)
    finally:
        stop_processes(processes)
        fake.stop()
        rt.db.dispose()
    if after >= n:
        raise SystemExit("the backlog was fully sent before the measurement ended; raise --n")
    p99, base = percentile(loaded, 0.99), percentile(baseline, 0.99)
    context = {
        **machine(),
        "database": database_label(database_url),
        "processes": "web (flask run) + dispatcher + crisis worker + general worker, real clock",
        "backlog": f"{n} text timers due at once; {before} sent when measuring began, "
        f"{after} when it ended",
        "loaded p50 / max": f"{percentile(loaded, 0.5):.3f} / {loaded[-1]:.3f} s",
        "baseline p50 / max": f"{percentile(baseline, 0.5):.3f} / {baseline[-1]:.3f} s",
    }
    rows = [
        Row(
            f"p99 crisis webhook → first page at Twilio, {crises} crises during the backlog",
            p99,
            "s",
            f"<= {TARGET_P99:.0f} s",
            p99 <= TARGET_P99,
            base,
            f"p99 of {crises} crises with no backlog",
        )
    ]
    return context, rows


def main() -> None:
    """Parse the options, run in a fresh database and Redis database, print the report."""

    def options(parser) -> None:
        parser.add_argument("--crises", type=int, default=DEFAULT_CRISES)

    args = parse_args(__doc__.splitlines()[0], DEFAULT_N, options)
    with fresh_database(args.database_url) as url, reserved_redis() as redis_url:
        context, rows = run(url, redis_url, args.n, args.crises)
    report("bench.crisis", context, rows, args.json_path)


if __name__ == "__main__":
    main()
