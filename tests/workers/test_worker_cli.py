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
