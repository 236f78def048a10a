"""What every benchmark needs: a fresh database, a Redis database of its own, the app, a report.

The machine is shared and noisy, so every benchmark measures a baseline in
the same run and reports the ratio next to the raw figure; the report also
names the machine, the database and the load average at the start.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import re
import resource
import signal
import sqlite3
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime

from redis import Redis
from sqlalchemy import create_engine, text

# The benchmarks' virtual "now" (the tests' START), for runs that do not need the real clock.
START = datetime(2026, 11, 23, 15, 0, tzinfo=UTC)
REDIS_SERVER = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379")
RESERVATION_TTL = 3 * 3600


def parse_args(description: str, n_default: int, add_options=None) -> argparse.Namespace:
    """The options every benchmark takes: --database-url, --n and --json.

    Also makes SIGTERM unwind like Ctrl-C, so the benchmark's database and
    Redis reservation are cleaned up when it is stopped.
    """
    signal.signal(signal.SIGTERM, _exit_on_sigterm)
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument(
        "--database-url",
        help="a PostgreSQL server URL (postgresql+psycopg://USER@HOST:PORT/DB); a fresh "
        "database tether_bench_<random> is created on it and dropped afterwards. "
        "Default: a SQLite file in a temporary directory.",
    )
    parser.add_argument("--n", type=int, default=n_default, help=f"size (default {n_default})")
    parser.add_argument("--json", dest="json_path", help="also write the results to this file")
    if add_options is not None:
        add_options(parser)
    return parser.parse_args()


@contextmanager
def fresh_database(server_url: str | None) -> Iterator[str]:
    """Yield the URL of a new, migrated database; drop it afterwards."""
    if not server_url:
        with tempfile.TemporaryDirectory(prefix="tether-bench-") as workdir:
            url = f"sqlite:///{workdir}/bench.db"
            _migrate(url)
            yield url
        return
    if not server_url.startswith("postgresql"):
        raise SystemExit("--database-url must be a postgresql+psycopg:// URL")
    name = f"tether_bench_{uuid.uuid4().hex[:12]}"
    admin = create_engine(server_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        url = server_url.rsplit("/", 1)[0] + f"/{name}"
        _migrate(url)
        yield url
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def _exit_on_sigterm(_signum, _frame) -> None:
    raise SystemExit("stopped by SIGTERM")


def settle_heap() -> None:
    """Collect, then freeze what survives, before a timed part starts.

    A benchmark that runs everything in one process (the fake Twilio keeps a
    record of every request) grows a heap that a long-running worker or
    loop would not have; each full collection then walks all of it (~0.1 s)
    and lands in whichever round happens to be running, so a round's ratio
    swung from 0.55 to 1.16 with the code unchanged. Frozen objects are
    skipped by later collections (gc.freeze); what the timed part allocates
    is collected as usual. Both sides of a ratio call this the same way.
    """
    gc.collect()
    gc.freeze()


def analyze(db) -> None:
    """Refresh the planner's statistics after bulk setup.

    Production PostgreSQL runs autovacuum, which does this on its own; a server
    with it off (like this benchmark machine's) would otherwise plan queries on
    the timers table as if it were empty.
    """
    with db.engine.begin() as conn:
        conn.exec_driver_sql("ANALYZE")


def _migrate(url: str) -> None:
    from alembic import command

    from migrations.cli import alembic_config

    command.upgrade(alembic_config(url), "head")


@contextmanager
def reserved_redis() -> Iterator[str]:
    """Yield a Redis database URL no test run or other benchmark uses, emptied first.

    Uses the tests' reservation scheme (a key per database number in db 0),
    taking the highest free number so a concurrent test run keeps the low ones.
    """
    base = re.sub(r"/\d*$", "", REDIS_SERVER.rstrip("/"))
    admin = Redis.from_url(base + "/0")
    token = uuid.uuid4().hex
    for number in range(15, 0, -1):
        key = f"tether:test-run:db{number}"
        if admin.set(key, token, nx=True, ex=RESERVATION_TTL):
            break
    else:
        raise SystemExit("all 15 Redis databases are reserved by test runs; try again later")
    url = f"{base}/{number}"
    try:
        Redis.from_url(url).flushdb()
        yield url
    finally:
        if admin.get(key) == token.encode():
            admin.delete(key)
        admin.close()


def make_app(database_url: str, redis_url: str, **overrides):
    """A Tether app on these services, logging warnings only, Twilio pointed nowhere yet."""
    from app import create_app

    settings = {
        "DATABASE_URL": database_url,
        "REDIS_URL": redis_url,
        "PUBLIC_BASE_URL": "http://127.0.0.1:9",  # nothing listens: callbacks are not measured
        "TWILIO_API_BASE_URL": "http://127.0.0.1:9",
        "LOG_LEVEL": "WARNING",
    }
    settings.update(overrides)
    return create_app(settings)


def runtime_of(app):
    """The app's Runtime."""
    from runtime import EXTENSION_KEY

    return app.extensions[EXTENSION_KEY]


def database_label(url: str) -> str:
    """The backend and its version, e.g. 'PostgreSQL 15.20' or 'SQLite 3.45.1 (WAL)'."""
    if url.startswith("sqlite"):
        return f"SQLite {sqlite3.sqlite_version} (WAL)"
    engine = create_engine(url)
    with engine.connect() as conn:
        version = conn.execute(text("SHOW server_version")).scalar_one()
    engine.dispose()
    return f"PostgreSQL {version.split()[0]}"


def machine() -> dict:
    """Where the figures come from: cores, architecture, Python, load at the start."""
    return {
        "nproc": os.cpu_count(),
        "machine": platform.machine(),
        "python": platform.python_version(),
        "loadavg_1m": round(os.getloadavg()[0], 2),
        # The virtual clock's day the runs are set in; measured_at is when they ran.
        "virtual_date": START.date().isoformat(),
        "measured_at": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
    }


def max_rss_mb() -> float:
    """The process's peak resident memory so far, in MB (Linux reports KB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


@contextmanager
def stopwatch() -> Iterator[dict]:
    """Time a block: the yielded dict gets `seconds` when the block ends."""
    timing: dict = {}
    started = time.perf_counter()
    try:
        yield timing
    finally:
        timing["seconds"] = time.perf_counter() - started


@dataclass
class Row:
    """One measured figure, its target and the baseline it is compared with."""

    name: str
    figure: float
    unit: str
    target: str = ""
    passed: bool | None = None
    baseline: float | None = None
    baseline_name: str = ""
    extra: dict = field(default_factory=dict)

    @property
    def ratio(self) -> float | None:
        """figure / baseline (None without a baseline)."""
        if not self.baseline:
            return None
        return self.figure / self.baseline


def report(title: str, context: dict, rows: list[Row], json_path: str | None = None) -> None:
    """Print the rows as a Markdown table (and JSON), and write the JSON if asked."""
    print(f"\n## {title}\n")
    for key, value in context.items():
        print(f"- {key}: {value}")
    print("\n| figure | value | target | pass | baseline | ratio |")
    print("|---|---|---|---|---|---|")
    for row in rows:
        verdict = {True: "pass", False: "FAIL", None: "-"}[row.passed]
        baseline = f"{row.baseline:.3g} {row.unit} ({row.baseline_name})" if row.baseline else "-"
        ratio = f"{row.ratio:.2f}" if row.ratio is not None else "-"
        print(
            f"| {row.name} | {row.figure:.3g} {row.unit} | {row.target or '-'} | {verdict} "
            f"| {baseline} | {ratio} |"
        )
    payload = {
        "title": title,
        "context": context,
        "rows": [{**row.__dict__, "ratio": row.ratio} for row in rows],
    }
    print("\n" + json.dumps(payload, default=str))
    if json_path:
        with open(json_path, "w") as out:
            json.dump(payload, out, indent=2, default=str)
