"""End to end, as a newcomer sees it: a phone texts HELP via the fake Twilio; the reply arrives.

The fake posts a signed inbound webhook to the live app; the reply is an
outbox row; a real rq worker sends it through the official twilio client;
the fake's signed status callbacks mark it delivered.
"""

import requests
from sqlalchemy import select

from models import InboundMessage, OutboundMessage
from models.message import DELIVERED
from tests.conftest import drain
from tests.helpers import phone_messages, wait_for

PHONE = "+15005550122"


def text_from_phone(fake, phone, body):
    response = requests.post(f"{fake.url}/_fake/inbound", json={"from": phone, "body": body},
                             timeout=10)  # fmt: skip
    response.raise_for_status()
    return response.json()


def test_help_from_a_phone_gets_the_help_text_delivered(app, rt, fake_twilio):
    result = text_from_phone(fake_twilio, PHONE, "help")
    assert result["webhook_status"] == 200
    drain(app)
    conversation = phone_messages(fake_twilio, PHONE)
    assert [m["direction"] for m in conversation] == ["inbound", "outbound-api"]
    reply = conversation[1]["body"]
    assert reply.startswith(rt.config["PROGRAM_DISPLAY_NAME"] + ":") and "988" in reply
    with rt.db.transaction() as s:
        stored = s.scalars(select(InboundMessage)).one()
        assert stored.message_sid == result["sid"] and stored.handled_as == "help"
    wait_for(lambda: _status(rt) == DELIVERED)
    assert phone_messages(fake_twilio, PHONE)[1]["status"] == "delivered"


def test_stop_then_start_from_a_phone(app, rt, fake_twilio):
    stop = text_from_phone(fake_twilio, PHONE, "STOP")
    assert len(stop["replies"]) == 1 and "no more messages" in stop["replies"][0]
    text_from_phone(fake_twilio, PHONE, "START")
    drain(app)
    bodies = [m["body"] for m in phone_messages(fake_twilio, PHONE) if m["direction"] != "inbound"]
    assert len(bodies) == 2 and "subscribed again" in bodies[1]


def _status(rt):
    with rt.db.transaction() as s:
        return s.scalars(select(OutboundMessage.status)).one()
