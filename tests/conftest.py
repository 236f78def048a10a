"""Fixtures: the app on SQLite and PostgreSQL, real Redis, a live server, the fake Twilio.

Every test that takes `app` runs twice, once per database. PostgreSQL gets a
fresh database per test run (TEST_POSTGRES_URL names the server), so parallel
runs never collide; tests that need one backend ask for `pg_app`.
"""

from __future__ import annotations

import os
import re
import threading
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from redis import Redis
from sqlalchemy import create_engine, text
from twilio.request_validator import RequestValidator
from werkzeug.serving import make_server

from app import create_app
from clock import FixedClock
from migrations.cli import alembic_config
from models import Base
from runtime import Runtime
from workers.cli import TetherWorker

TEST_POSTGRES_URL = os.environ.get(
    "TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
)
TEST_REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379")
START = datetime(2026, 11, 23, 15, 0, tzinfo=UTC)
PUBLIC = "http://tether.test"


def _upgrade(url: str) -> None:
    from alembic import command

    command.upgrade(alembic_config(url), "head")


@pytest.fixture(scope="session")
def sqlite_url(tmp_path_factory) -> str:
    """A migrated SQLite database file for this run."""
    url = f"sqlite:///{tmp_path_factory.mktemp('db') / 'tether.db'}"
    _upgrade(url)
    return url


@pytest.fixture(scope="session")
def postgresql_url() -> Iterator[str]:
    """A fresh, migrated PostgreSQL database for this run, dropped afterwards."""
    name = f"tether_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(TEST_POSTGRES_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = TEST_POSTGRES_URL.rsplit("/", 1)[0] + f"/{name}"
    _upgrade(url)
    yield url
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(scope="session")
def redis_database() -> Iterator[str]:
    """A Redis database number (1-15) reserved for this test run.

    Runs on one machine share its Redis; each takes a database of its own so
    that flushing between tests never empties another run's queues.
    """
    base = re.sub(r"/\d*$", "", TEST_REDIS_URL.rstrip("/"))  # the server, without a database
    admin = Redis.from_url(base + "/0")
    token = uuid.uuid4().hex
    for number in range(1, 16):
        key = f"tether:test-run:db{number}"
        if admin.set(key, token, nx=True, ex=3 * 3600):
            yield f"{base}/{number}"
            if admin.get(key) == token.encode():
                admin.delete(key)
            admin.close()
            return
    raise RuntimeError("all 15 Redis test databases are reserved by other test runs")


@pytest.fixture
def redis_url(redis_database) -> str:
    """The real Redis, on this run's database, emptied for each test."""
    conn = Redis.from_url(redis_database)
    conn.flushdb()
    conn.close()
    return redis_database


def make_test_app(database_url: str, redis_url: str, **overrides):
    """A Tether app on `database_url` with an emptied schema and a fixed clock."""
    settings = {
        "TESTING": True,
        "DATABASE_URL": database_url,
        "REDIS_URL": redis_url,
        "PUBLIC_BASE_URL": PUBLIC,
        "TWILIO_API_BASE_URL": "http://127.0.0.1:9",  # nothing listens: tests set the fake
        "LOG_LEVEL": "WARNING",
    }
    settings.update(overrides)
    app = create_app(settings)
    rt = runtime_of(app)
    rt.clock = FixedClock(START)
    _empty_tables(rt.db)
    return app


def runtime_of(app) -> Runtime:
    """The app's Runtime."""
    return app.extensions["tether"]


def _empty_tables(db) -> None:
    with db.engine.begin() as conn:
        for table in reversed(Base.metadata.sorted_tables):
            conn.execute(table.delete())


@pytest.fixture(params=["sqlite", "postgresql"])
def app(request, redis_url):
    """The app, once on SQLite and once on PostgreSQL."""
    url = request.getfixturevalue(f"{request.param}_url")
    application = make_test_app(url, redis_url)
    yield application
    runtime_of(application).db.dispose()


@pytest.fixture
def pg_app(postgresql_url, redis_url):
    """The app on PostgreSQL only (for tests of row locks and SKIP LOCKED)."""
    application = make_test_app(postgresql_url, redis_url)
    yield application
    runtime_of(application).db.dispose()


@pytest.fixture
def rt(app) -> Runtime:
    """The Runtime of `app`."""
    return runtime_of(app)


@pytest.fixture
def clock(rt) -> FixedClock:
    """The app's fixed clock; tests move it."""
    return rt.clock


@pytest.fixture
def client(app):
    """Flask's test client."""
    return app.test_client()


@pytest.fixture
def runner(app):
    """Flask's CLI runner."""
    return app.test_cli_runner()


def sign(url: str, params: dict, token: str) -> str:
    """The X-Twilio-Signature Twilio would send for this URL and form."""
    return RequestValidator(token).compute_signature(url, params)


@pytest.fixture
def twilio_post(client, rt):
    """POST a form to a webhook path, signed as Twilio signs it."""

    def post(path: str, params: dict, signature: str | None = None):
        url = rt.config["PUBLIC_BASE_URL"] + path
        sig = (
            signature
            if signature is not None
            else sign(url, params, rt.config["TWILIO_AUTH_TOKEN"])
        )
        return client.post(path, data=params, headers={"X-Twilio-Signature": sig})

    return post


@pytest.fixture
def text_in(twilio_post):
    """Text the service as `phone`; returns the webhook response."""
    counter = iter(range(1, 10**6))

    def send(phone: str, body: str, sid: str | None = None):
        sid = sid or f"SM{next(counter):032x}"
        return twilio_post(
            "/sms/inbound",
            {"MessageSid": sid, "From": phone, "To": "+15005550006", "Body": body, "NumMedia": "0"},
        )

    return send


class CountingWorker(TetherWorker):
    """Tether's worker, counting the jobs it executes."""

    executed = 0

    def execute_job(self, job, queue):
        """Run the job as usual and count it."""
        self.executed += 1
        return super().execute_job(job, queue)


def drain(app, queues=("crisis", "replies", "scheduled")) -> int:
    """Run a real rq worker (SimpleWorker, burst) until the queues are empty; return jobs run."""
    rt = runtime_of(app)
    conn = rt.queues.worker_connection()
    with app.app_context():
        worker = CountingWorker([rt.queues.queue(q, conn) for q in queues], connection=conn)
        worker.work(burst=True, logging_level="WARNING")
    conn.close()
    return worker.executed


class LiveServer:
    """The app served over real HTTP in a thread, so the fake Twilio can call it."""

    def __init__(self, app):
        self.server = make_server("127.0.0.1", 0, app, threaded=True)
        self.url = f"http://127.0.0.1:{self.server.server_port}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def start(self) -> LiveServer:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.thread.join(timeout=5)


@pytest.fixture
def live(app, rt):
    """The app on a real port; PUBLIC_BASE_URL points at it."""
    server = LiveServer(app).start()
    rt.config["PUBLIC_BASE_URL"] = server.url
    yield server
    server.stop()


@pytest.fixture
def fake_twilio(rt, live):
    """The project's fake Twilio, wired both ways to the live app."""
    from sms.fake_twilio import FakeSettings, FakeTwilioServer

    settings = FakeSettings(
        account_sid=rt.config["TWILIO_ACCOUNT_SID"],
        auth_token=rt.config["TWILIO_AUTH_TOKEN"],
        service_number=rt.config["TWILIO_FROM_NUMBER"],
        webhook_url=live.url + "/sms/inbound",
        callback_delay=0.01,
    )
    with FakeTwilioServer(settings) as fake:
        rt.config["TWILIO_API_BASE_URL"] = fake.url
        rt.reset_gateway()
        yield fake
