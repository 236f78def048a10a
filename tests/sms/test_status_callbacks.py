"""Status callbacks move a message forward only, whatever order they arrive in."""

import pytest
from sqlalchemy import select

from models import Contact, OutboundMessage
from models.message import DELIVERED, SENDING, SENT, UNDELIVERED
from sms.contacts import get_or_create_contact
from sms.outbox import queue_outbound

PHONE = "+15005550155"
SID = "SM" + "c" * 32


@pytest.fixture
def message_id(rt, clock):
    with rt.db.transaction() as s:
        contact = get_or_create_contact(s, PHONE, clock.now())
        return queue_outbound(s, contact, "hello", kind="help", now=clock.now()).id


def callback(twilio_post, message_id, status, sid=SID, **extra):
    params = {"MessageSid": sid, "MessageStatus": status, "AccountSid": "AC" + "0" * 32, **extra}
    return twilio_post(f"/sms/status?m={message_id}", params)


def row(rt, message_id):
    with rt.db.transaction() as s:
        return s.get(OutboundMessage, message_id)


@pytest.mark.parametrize(
    ("sequence", "final"),
    [
        (["queued", "sent", "delivered"], DELIVERED),
        (["delivered", "sent", "queued"], DELIVERED),
        (["sent", "undelivered"], UNDELIVERED),
        (["queued", "sending", "sent"], SENT),
    ],
)
def test_status_only_moves_forward(twilio_post, rt, message_id, sequence, final):
    for status in sequence:
        assert callback(twilio_post, message_id, status).status_code == 200
    stored = row(rt, message_id)
    assert stored.status == final
    assert stored.twilio_sid == SID, "a callback that beats the worker still records the SID"


def test_undelivered_records_the_error_code(twilio_post, rt, message_id):
    callback(twilio_post, message_id, "undelivered", ErrorCode="30003")
    assert row(rt, message_id).error_code == 30003


def test_21610_in_a_callback_marks_the_number_opted_out(twilio_post, rt, message_id):
    callback(twilio_post, message_id, "failed", ErrorCode="21610")
    with rt.db.transaction() as s:
        assert s.scalars(select(Contact).where(Contact.phone == PHONE)).one().opted_out


def test_unknown_sid_is_accepted_and_changes_nothing(twilio_post, rt, message_id):
    response = twilio_post("/sms/status", {"MessageSid": "SM" + "d" * 32, "MessageStatus": "sent"})
    assert response.status_code == 200
    assert row(rt, message_id).status != SENT


def test_callback_naming_another_sid_for_the_row_is_ignored(twilio_post, rt, message_id):
    callback(twilio_post, message_id, "sent")
    callback(twilio_post, message_id, "delivered", sid="SM" + "e" * 32)
    assert row(rt, message_id).status == SENT


def test_claimed_row_gets_its_sid_from_an_early_callback(twilio_post, rt, message_id):
    with rt.db.transaction() as s:
        s.get(OutboundMessage, message_id).status = SENDING
    callback(twilio_post, message_id, "sent")
    stored = row(rt, message_id)
    assert (stored.status, stored.twilio_sid) == (SENT, SID)


@pytest.mark.parametrize("missing", ["MessageSid", "MessageStatus"])
def test_malformed_callback_is_400(twilio_post, message_id, missing):
    params = {"MessageSid": SID, "MessageStatus": "sent"}
    del params[missing]
    assert twilio_post(f"/sms/status?m={message_id}", params).status_code == 400


def test_unsigned_callback_is_403_and_changes_nothing(client, rt, message_id):
    response = client.post(
        f"/sms/status?m={message_id}", data={"MessageSid": SID, "MessageStatus": "delivered"}
    )
    assert response.status_code == 403
    assert row(rt, message_id).status != DELIVERED


def test_signature_covers_the_query_string(twilio_post, client, rt, message_id):
    from tests.conftest import sign

    params = {"MessageSid": SID, "MessageStatus": "delivered"}
    url = rt.config["PUBLIC_BASE_URL"] + f"/sms/status?m={message_id}"
    signature = sign(url, params, rt.config["TWILIO_AUTH_TOKEN"])
    other = client.post(
        f"/sms/status?m={message_id + 1}", data=params, headers={"X-Twilio-Signature": signature}
    )
    assert other.status_code == 403
