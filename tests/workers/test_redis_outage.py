"""A Redis outage loses nothing: texts wait in the database, workers and the dispatcher reconnect.

These tests stop and restart Redis, so they run their own throwaway
redis-server on a free port instead of the machine's.
"""

import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from redis import Redis
from sqlalchemy import select

from models import OutboundMessage, Timer
from models.message import DELIVERED, PENDING
from models.timer import DONE, schedule_timer
from sms.contacts import get_or_create_contact
from tests.conftest import drain
from tests.helpers import delivered_to, wait_for
from workers.dispatcher import dispatch_once

ROOT = Path(__file__).resolve().parents[2]
PHONE = "+15005550133"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class RedisServer:
    """A redis-server process of our own that tests may stop and start."""

    def __init__(self, workdir: Path):
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.workdir = workdir
        self.process = None

    def start(self) -> "RedisServer":
        binary = shutil.which("redis-server")
        assert binary, "redis-server is required (bin/test installs it)"
        self.process = subprocess.Popen(
            [binary, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "",
             "--appendonly", "no", "--dir", str(self.workdir)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        wait_for(self.answers, timeout=10)
        return self

    def answers(self) -> bool:
        try:
            return Redis.from_url(self.url, socket_connect_timeout=0.2).ping()
        except Exception:
            return False

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=10)


@pytest.fixture
def redis_server(tmp_path):
    server = RedisServer(tmp_path).start()
    yield server
    server.stop()


@pytest.fixture
def redis_url(redis_server):
    """Every app in this module uses the throwaway Redis."""
    return redis_server.url


def test_text_waits_in_the_database_while_redis_is_down(app, rt, clock, fake_twilio, text_in,
                                                        redis_server):  # fmt: skip
    redis_server.stop()
    response = text_in(PHONE, "HELP")
    assert response.status_code == 200, "the webhook never fails because Redis is down"
    with rt.db.transaction() as s:
        reply = s.scalars(select(OutboundMessage)).one()
    assert reply.status == PENDING
    redis_server.start()
    clock.advance(seconds=61)
    assert dispatch_once(rt.db, rt.queues, rt.config, clock.now()).sends == 1
    drain(app)
    assert len(delivered_to(fake_twilio, PHONE)) == 1


def _spawn(args, rt, live, fake):
    env = {
        **os.environ,
        "TETHER_ENV": "development",
        "DATABASE_URL": rt.config["DATABASE_URL"],
        "REDIS_URL": rt.config["REDIS_URL"],
        "PUBLIC_BASE_URL": live.url,
        "TWILIO_API_BASE_URL": fake.url,
        "DISPATCH_INTERVAL": "0.2",
        "LOG_LEVEL": "WARNING",
    }
    flask = [sys.executable, "-m", "flask", "--app", "app", *args]
    return subprocess.Popen(flask, cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)  # fmt: skip


def _add_timer(rt, body):
    with rt.db.transaction() as s:
        contact = get_or_create_contact(s, PHONE, rt.clock.now())
        return schedule_timer(
            s, due_at=rt.clock.now(), kind="text", target=f"contact:{contact.id}",
            series="plan:outage", now=rt.clock.now(), payload={"body": body},
        ).id  # fmt: skip


def test_worker_and_dispatcher_ride_out_a_redis_restart(rt, live, fake_twilio, redis_server):
    processes = [_spawn(["worker"], rt, live, fake_twilio), _spawn(["dispatcher"], rt, live,
                                                                   fake_twilio)]  # fmt: skip
    try:
        _add_timer(rt, "before the outage")
        wait_for(lambda: delivered_to(fake_twilio, PHONE) == ["before the outage"], timeout=30)

        redis_server.stop()
        time.sleep(2)  # both processes hit connection errors meanwhile
        timer_id = _add_timer(rt, "during the outage")
        time.sleep(1)
        assert all(p.poll() is None for p in processes), "nothing exits on a Redis outage"
        redis_server.start()

        wait_for(lambda: len(delivered_to(fake_twilio, PHONE)) == 2, timeout=45)
        assert delivered_to(fake_twilio, PHONE)[1] == "during the outage"
        with rt.db.transaction() as s:
            assert s.get(Timer, timer_id).status == DONE
            statuses = set(s.scalars(select(OutboundMessage.status)))
        assert all(p.poll() is None for p in processes)
        wait_for(lambda: _all_delivered(rt), timeout=10)
        assert statuses <= {DELIVERED, "queued", "sent"}
    finally:
        for p in processes:
            p.terminate()
        for p in processes:
            p.wait(timeout=15)


def _all_delivered(rt) -> bool:
    with rt.db.transaction() as s:
        return set(s.scalars(select(OutboundMessage.status))) == {DELIVERED}


def test_processes_stop_cleanly_on_sigterm(rt, live, fake_twilio):
    processes = [_spawn(["worker"], rt, live, fake_twilio), _spawn(["dispatcher"], rt, live,
                                                                   fake_twilio)]  # fmt: skip
    # SIGTERM once both are running (signal handlers installed), not at a fixed moment:
    # how long start-up takes depends on the machine's load.
    wait_for(lambda: _running(rt), timeout=60, interval=0.2)
    for p in processes:
        p.terminate()
    codes = [p.wait(timeout=15) for p in processes]
    assert codes == [0, 0]


def _running(rt) -> bool:
    """The dispatcher has beaten its heartbeat and a worker has registered with Redis."""
    from rq import Worker

    from models import Heartbeat

    with rt.db.transaction() as s:
        beat = s.scalar(select(Heartbeat.beat_at))
    connection = Redis.from_url(rt.config["REDIS_URL"])
    try:
        return beat is not None and len(Worker.all(connection=connection)) == 1
    finally:
        connection.close()


def test_crisis_reply_and_first_page_do_not_need_redis(app, rt, clock, fake_twilio, text_in,
                                                       redis_server):  # fmt: skip
    from tests.flows import crisis_world as w

    w.build(rt, text_in)
    redis_server.stop()
    started = time.monotonic()
    response = text_in(w.PARTICIPANT, "i am going to kill myself tonight")
    elapsed = time.monotonic() - started
    assert response.status_code == 200
    assert "988" in delivered_to(fake_twilio, w.PARTICIPANT)[-1]
    assert "Reply ACK" in delivered_to(fake_twilio, w.ONCALL)[-1]
    assert elapsed < 5, f"the webhook took {elapsed:.1f} s with Redis down"
