"""`flask --app app worker`: drains the queues in priority order; bad input is one clear line."""

from sqlalchemy import select

from models import OutboundMessage
from models.message import QUEUE_CRISIS, QUEUE_SCHEDULED
from sms.contacts import get_or_create_contact
from sms.outbox import queue_outbound
from tests.helpers import delivered_to

PHONE = "+15005550111"


def test_burst_worker_sends_crisis_before_scheduled(app, rt, runner, fake_twilio):
    with rt.db.transaction() as s:
        contact = get_or_create_contact(s, PHONE, rt.clock.now())
        for i in range(3):
            queue_outbound(s, contact, f"reminder {i}", kind="t", now=rt.clock.now(),
                           queue=QUEUE_SCHEDULED)  # fmt: skip
        queue_outbound(s, contact, "crisis reply", kind="t", now=rt.clock.now(),
                       queue=QUEUE_CRISIS)  # fmt: skip
    result = runner.invoke(args=["worker", "--burst"])
    assert result.exit_code == 0, result.output
    assert delivered_to(fake_twilio, PHONE) == [
        "crisis reply", "reminder 0", "reminder 1", "reminder 2",
    ]  # fmt: skip
    with rt.db.transaction() as s:
        assert set(s.scalars(select(OutboundMessage.twilio_sid))) != {None}


def test_worker_can_serve_only_the_crisis_queue(app, rt, runner, fake_twilio):
    with rt.db.transaction() as s:
        contact = get_or_create_contact(s, PHONE, rt.clock.now())
        queue_outbound(s, contact, "later", kind="t", now=rt.clock.now(), queue=QUEUE_SCHEDULED)
    result = runner.invoke(args=["worker", "--burst", "--queues", "crisis"])
    assert result.exit_code == 0
    assert delivered_to(fake_twilio, PHONE) == []


def test_unknown_queue_is_refused_with_one_line(runner):
    result = runner.invoke(args=["worker", "--burst", "--queues", "crisis,urgent"])
    assert result.exit_code == 2
    assert "unknown queue ['urgent']" in result.output


def test_burst_worker_without_redis_says_so(app, rt, runner):
    from workers.queues import Queues

    rt.queues = Queues("redis://127.0.0.1:1/0")
    result = runner.invoke(args=["worker", "--burst"])
    assert result.exit_code == 1
    assert "Redis is not reachable" in result.output


# In a process of its own (a SIGTERM must not reach pytest): the worker is signalled right
# after rq has registered it in Redis, before rq itself would install its signal handlers.
SIGNALLED_WHILE_STARTING = """
import os, signal, sys
from types import SimpleNamespace
from workers.cli import TetherWorker, run_worker
from workers.queues import Queues

born = TetherWorker.register_birth
def register_then_signal(self, *args, **kwargs):
    born(self, *args, **kwargs)
    os.kill(os.getpid(), signal.SIGTERM)
TetherWorker.register_birth = register_then_signal
run_worker(SimpleNamespace(queues=Queues(sys.argv[1]), config={"LOG_LEVEL": "WARNING"}),
           ["crisis"], burst=False)
"""


def test_a_worker_signalled_while_starting_stops_cleanly(redis_url):
    import subprocess
    import sys
    from pathlib import Path

    from redis import Redis
    from rq import Worker

    root = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, "-c", SIGNALLED_WHILE_STARTING, redis_url],
        cwd=root, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    with Redis.from_url(redis_url) as connection:
        assert Worker.all(connection=connection) == [], "no dead worker left registered"
