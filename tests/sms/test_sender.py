"""Sending through the real twilio client to the fake Twilio: once, retried, settled in doubt."""

from datetime import timedelta

import pytest
import requests
from sqlalchemy import select

from models import Contact, OutboundMessage
from models.message import (
    DELIVERED,
    FAILED,
    PENDING,
    QUEUED,
    SENDING,
    SUPPRESSED,
    UNDELIVERED,
    UNKNOWN,
)
from sms.contacts import get_or_create_contact
from sms.outbox import queue_outbound
from tests.conftest import drain
from tests.helpers import delivered_to, inject, wait_for
from workers.dispatcher import dispatch_once

PHONE = "+15005550144"


def add_message(rt, body="Your group meets Thursday at 6", queue="replies"):
    with rt.db.transaction() as s:
        contact = get_or_create_contact(s, PHONE, rt.clock.now())
        return queue_outbound(s, contact, body, kind="test", now=rt.clock.now(), queue=queue).id


def row(rt, message_id) -> OutboundMessage:
    with rt.db.transaction() as s:
        return s.get(OutboundMessage, message_id)


def dispatch(rt):
    return dispatch_once(rt.db, rt.queues, rt.config, rt.clock.now())


def test_message_is_sent_and_delivery_recorded(app, rt, fake_twilio):
    message_id = add_message(rt)
    drain(app)
    assert delivered_to(fake_twilio, PHONE) == ["Your group meets Thursday at 6"]
    sent = row(rt, message_id)
    assert sent.twilio_sid.startswith("SM") and sent.attempts == 1
    wait_for(lambda: row(rt, message_id).status == DELIVERED)


def test_job_run_twice_sends_once(app, rt, fake_twilio):
    message_id = add_message(rt)
    rt.queues.enqueue_send(message_id, "replies")  # a duplicate delivery of the job
    assert drain(app) == 2
    assert delivered_to(fake_twilio, PHONE) == ["Your group meets Thursday at 6"]


@pytest.mark.parametrize("error", [429, 500])
def test_throttle_and_server_errors_back_off_then_send(app, rt, clock, fake_twilio, error):
    inject(fake_twilio, error)
    message_id = add_message(rt)
    drain(app)
    waiting = row(rt, message_id)
    assert (waiting.status, waiting.attempts) == (PENDING, 1)
    assert waiting.next_attempt_at == clock.now() + timedelta(seconds=5)
    assert delivered_to(fake_twilio, PHONE) == []
    clock.advance(seconds=4)
    assert dispatch(rt).sends == 0, "not before the backoff"
    clock.advance(seconds=1)
    assert dispatch(rt).sends == 1
    drain(app)
    assert delivered_to(fake_twilio, PHONE) == ["Your group meets Thursday at 6"]
    assert row(rt, message_id).attempts == 2


def test_backoff_doubles_and_gives_up_after_max_attempts(app, rt, clock, fake_twilio):
    rt.config["OUTBOX_MAX_ATTEMPTS"] = 3
    inject(fake_twilio, 500, count=10)
    message_id = add_message(rt)
    drain(app)
    delays = []
    for _ in range(2):
        waiting = row(rt, message_id)
        delays.append((waiting.next_attempt_at - clock.now()).total_seconds())
        clock.set(waiting.next_attempt_at)
        dispatch(rt)
        drain(app)
    assert delays == [5.0, 10.0]
    failed = row(rt, message_id)
    assert (failed.status, failed.attempts, failed.error_code) == (FAILED, 3, 20500)


def test_21610_fails_the_row_and_marks_the_number_opted_out(app, rt, fake_twilio):
    inject(fake_twilio, 21610)
    message_id = add_message(rt)
    drain(app)
    assert (row(rt, message_id).status, row(rt, message_id).error_code) == (FAILED, 21610)
    with rt.db.transaction() as s:
        assert s.scalars(select(Contact).where(Contact.phone == PHONE)).one().opted_out
    later = add_message(rt, "next week")
    assert row(rt, later).status == SUPPRESSED


def test_invalid_number_fails_without_retry(app, rt, clock, fake_twilio):
    inject(fake_twilio, 21211)
    message_id = add_message(rt)
    drain(app)
    failed = row(rt, message_id)
    assert (failed.status, failed.error_code, failed.next_attempt_at) == (FAILED, 21211, None)
    clock.advance(hours=1)
    assert dispatch(rt).sends == 0


def test_carrier_failure_arrives_by_callback(app, rt, fake_twilio):
    inject(fake_twilio, 30003)
    message_id = add_message(rt)
    drain(app)
    wait_for(lambda: row(rt, message_id).status == UNDELIVERED)
    assert row(rt, message_id).error_code == 30003


def test_opted_out_at_send_time_is_suppressed_without_calling_twilio(app, rt, clock, fake_twilio):
    message_id = add_message(rt)
    with rt.db.transaction() as s:
        s.scalars(select(Contact)).one().opted_out_at = clock.now()
    drain(app)
    assert row(rt, message_id).status == SUPPRESSED
    assert delivered_to(fake_twilio, PHONE) == []


def test_read_timeout_settled_by_callback_is_not_resent(app, rt, clock, fake_twilio):
    rt.config["TWILIO_TIMEOUT"] = 0.3
    rt.reset_gateway()
    inject(fake_twilio, "timeout", seconds=1.0)
    message_id = add_message(rt)
    drain(app)
    wait_for(lambda: row(rt, message_id).status == DELIVERED)
    clock.advance(seconds=rt.config["OUTBOX_SENDING_SETTLE"] + 1)
    assert dispatch(rt).total() == 0
    assert delivered_to(fake_twilio, PHONE) == ["Your group meets Thursday at 6"], "sent once"


def test_read_timeout_without_callbacks_is_looked_up_not_resent(app, rt, clock, fake_twilio):
    rt.config["TWILIO_TIMEOUT"] = 0.3
    rt.config["PUBLIC_BASE_URL"] = "http://127.0.0.1:9"  # the status callbacks get lost
    rt.reset_gateway()
    inject(fake_twilio, "timeout", seconds=1.0)
    message_id = add_message(rt)
    drain(app)
    doubtful = row(rt, message_id)
    assert doubtful.status == SENDING and doubtful.twilio_sid is None
    clock.advance(seconds=rt.config["OUTBOX_SENDING_SETTLE"] - 1)
    assert dispatch(rt).lookups == 0, "a live worker may still be talking to Twilio"
    clock.advance(seconds=2)
    assert dispatch(rt).lookups == 1
    drain(app)
    settled = row(rt, message_id)
    assert settled.status in (QUEUED, DELIVERED) and settled.twilio_sid.startswith("SM")
    assert delivered_to(fake_twilio, PHONE) == ["Your group meets Thursday at 6"], "sent once"


def _die_after_claim(rt, message_id):
    """Leave the row as a worker that died between claim and API call would."""
    with rt.db.transaction() as s:
        message = s.get(OutboundMessage, message_id)
        message.status, message.claimed_at, message.attempts = SENDING, rt.clock.now(), 1
        message.next_attempt_at = rt.clock.now() + timedelta(
            seconds=rt.config["OUTBOX_SENDING_SETTLE"]
        )


def test_stuck_row_not_found_at_twilio_is_sent_again(app, rt, clock, fake_twilio):
    message_id = add_message(rt)
    _die_after_claim(rt, message_id)
    drain(app)  # the original job finds the row claimed and does nothing
    assert delivered_to(fake_twilio, PHONE) == []
    clock.advance(seconds=rt.config["OUTBOX_SENDING_SETTLE"] + 1)
    dispatch(rt)
    drain(app)  # lookup: not found -> pending again and enqueued -> sent
    assert delivered_to(fake_twilio, PHONE) == ["Your group meets Thursday at 6"]
    assert row(rt, message_id).twilio_sid is not None


def test_stuck_row_with_failed_lookup_is_unknown_unless_crisis(app, rt, clock, fake_twilio):
    ordinary = add_message(rt, "ordinary")
    crisis = add_message(rt, "Call or text 988", queue="crisis")
    for message_id in (ordinary, crisis):
        _die_after_claim(rt, message_id)
    drain(app)
    rt.config["TWILIO_API_BASE_URL"] = "http://127.0.0.1:9"  # Twilio unreachable for the lookup
    rt.reset_gateway()
    clock.advance(seconds=rt.config["OUTBOX_SENDING_SETTLE"] + 1)
    dispatch(rt)
    drain(app, queues=("crisis", "replies"))
    assert row(rt, ordinary).status == UNKNOWN, "never blindly re-sent"
    assert row(rt, crisis).status == PENDING, "a crisis text is re-sent when in doubt"
    rt.config["TWILIO_API_BASE_URL"] = fake_twilio.url
    rt.reset_gateway()
    clock.advance(minutes=1)
    dispatch(rt)
    drain(app)
    assert delivered_to(fake_twilio, PHONE) == ["Call or text 988"]


def test_requests_the_fake_accepted_match_twilios_spec(app, rt, fake_twilio):
    from sms.fake_twilio.spec import validate_requests

    add_message(rt)
    drain(app)
    records = requests.get(f"{fake_twilio.url}/_fake/requests", timeout=5).json()
    assert records, "the client made requests"
    assert validate_requests(records) == []
