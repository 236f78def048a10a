"""Status callbacks: in order, signed like Twilio's, failures injected, delivery errors survived."""

from __future__ import annotations

import time

import pytest
from twilio.request_validator import RequestValidator

from sms.fake_twilio import FakeSettings, FakeTwilioServer
from tests.fake_twilio.support import (
    ACCOUNT_SID,
    AUTH_TOKEN,
    SERVICE_NUMBER,
    Control,
    closed_port_url,
    make_client,
    wait_for,
)

PHONE = "+15551230001"
CALLBACK_PARAMS = {
    "MessageSid",
    "SmsSid",
    "SmsStatus",
    "MessageStatus",
    "AccountSid",
    "From",
    "To",
    "ApiVersion",
}


def signed_correctly(url: str, post: dict) -> bool:
    """What the app's signature check will say about this POST."""
    signature = post["headers"].get("X-Twilio-Signature", "")
    return RequestValidator(AUTH_TOKEN).validate(url, post["form"], signature)


def test_callbacks_arrive_in_order_and_signed(receiver, client):
    url = receiver.url + "/sms/status?m=17"
    message = client.messages.create(
        to=PHONE, from_=SERVICE_NUMBER, body="See you Thursday", status_callback=url
    )

    posts = receiver.wait_for_posts("/sms/status", 3)

    assert [p["form"]["MessageStatus"] for p in posts] == ["queued", "sent", "delivered"]
    assert all(p["query"] == "m=17" for p in posts)
    assert all(signed_correctly(url, p) for p in posts)
    assert not signed_correctly(receiver.url + "/sms/status?m=18", posts[0]), "URL is signed"
    first = posts[0]["form"]
    assert set(first) == CALLBACK_PARAMS
    assert first["MessageSid"] == first["SmsSid"] == message.sid
    assert (first["AccountSid"], first["From"], first["To"]) == (ACCOUNT_SID, SERVICE_NUMBER, PHONE)
    assert first["ApiVersion"] == "2010-04-01" and first["SmsStatus"] == "queued"
    assert len(receiver.posts_to("/sms/status")) == 3, "no callbacks beyond the final status"


def test_stored_status_follows_the_callbacks(receiver, client):
    url = receiver.url + "/sms/status"
    sid = client.messages.create(to=PHONE, from_=SERVICE_NUMBER, body="hi", status_callback=url).sid

    receiver.wait_for_posts("/sms/status", 3)
    fetched = client.messages(sid).fetch()

    assert fetched.status == "delivered" and fetched.date_sent is not None
    assert fetched.date_updated >= fetched.date_created


@pytest.mark.parametrize("code", [30003, 30007])
def test_injected_carrier_failure_ends_undelivered_with_the_error(receiver, client, control, code):
    control.fail(code)
    url = receiver.url + "/sms/status"

    message = client.messages.create(to=PHONE, from_=SERVICE_NUMBER, body="x", status_callback=url)
    posts = receiver.wait_for_posts("/sms/status", 3)

    assert message.status == "queued", "the create itself succeeds"
    assert [p["form"]["MessageStatus"] for p in posts] == ["queued", "sent", "undelivered"]
    assert "ErrorCode" not in posts[1]["form"]
    assert posts[2]["form"]["ErrorCode"] == str(code)
    assert all(signed_correctly(url, p) for p in posts)
    fetched = client.messages(message.sid).fetch()
    assert (fetched.status, fetched.error_code) == ("undelivered", code)
    assert fetched.error_message


def test_messages_without_a_callback_url_still_get_delivered(fake, client):
    sid = client.messages.create(to=PHONE, from_=SERVICE_NUMBER, body="x").sid

    assert wait_for(lambda: fake.state.get_message(sid).status == "delivered")


@pytest.mark.parametrize("answer", [500, 404, "refused"])
def test_failed_callbacks_are_ignored(receiver, fake, client, answer):
    if answer == "refused":
        url = closed_port_url() + "/sms/status"
    else:
        receiver.answer(status=answer)
        url = receiver.url + "/sms/status"
    sid = client.messages.create(to=PHONE, from_=SERVICE_NUMBER, body="x", status_callback=url).sid

    wait_for(lambda: fake.state.get_message(sid).status == "delivered")
    assert client.messages(sid).fetch().status == "delivered", "the fake keeps serving"


def test_stopping_the_fake_stops_its_callbacks(receiver):
    settings = FakeSettings(ACCOUNT_SID, AUTH_TOKEN, SERVICE_NUMBER, None, callback_delay=0.2)
    with FakeTwilioServer(settings) as fake:
        client = make_client(fake.url)
        client.messages.create(
            to=PHONE, from_=SERVICE_NUMBER, body="x", status_callback=receiver.url + "/cb"
        )

    time.sleep(0.5)  # past the first callback's due time: proving absence takes a wait
    assert receiver.posts_to("/cb") == []


def test_reset_forgets_messages_in_flight(receiver):
    settings = FakeSettings(ACCOUNT_SID, AUTH_TOKEN, SERVICE_NUMBER, None, callback_delay=0.2)
    with FakeTwilioServer(settings) as fake:
        client = make_client(fake.url)
        sid = client.messages.create(
            to=PHONE, from_=SERVICE_NUMBER, body="x", status_callback=receiver.url + "/cb"
        ).sid
        assert Control(fake.url).post("/_fake/reset").json() == {"reset": True}

        time.sleep(0.5)
        assert receiver.posts_to("/cb") == []
        assert fake.state.get_message(sid) is None
