"""Injected failures: throttling, server errors, refusals and the ambiguous read timeout."""

from __future__ import annotations

import time

import pytest
import requests
from twilio.base.exceptions import TwilioRestException

from tests.fake_twilio.support import SERVICE_NUMBER, make_client

PHONE = "+15551230001"
OTHER = "+15551230002"


def send(client, to=PHONE, body="Reminder: group at 6"):
    return client.messages.create(to=to, from_=SERVICE_NUMBER, body=body)


@pytest.mark.parametrize(
    ("error", "status", "code"),
    [(429, 429, 20429), (500, 500, 20500), (21610, 400, 21610), (21211, 400, 21211)],
)
def test_injected_error_fails_the_next_create_only(fake, client, control, error, status, code):
    control.fail(error)

    with pytest.raises(TwilioRestException) as caught:
        send(client)

    assert (caught.value.status, caught.value.code) == (status, code)
    assert fake.state.messages() == [], "a refused create stores nothing"
    assert send(client).status == "queued", "the failure is used up"


def test_count_and_to_aim_a_failure(client, control):
    control.fail(429, to=PHONE, count=2)

    assert send(client, to=OTHER).status == "queued", "other numbers are unaffected"
    for _ in range(2):
        with pytest.raises(TwilioRestException):
            send(client, to=PHONE)
    assert send(client, to=PHONE).status == "queued"


def test_failures_are_listed_and_cleared(client, control):
    control.fail(500, count=3)
    control.fail("timeout", seconds=2)

    listed = control.get("/_fake/failures").json()["failures"]
    cleared = requests.delete(control.base_url + "/_fake/failures", timeout=5)

    assert [(f["error"], f["count"]) for f in listed] == [(500, 3), ("timeout", 1)]
    assert cleared.json() == {"failures": []}
    assert send(client).status == "queued"


@pytest.mark.parametrize(
    "payload",
    [{"error": 404}, {"error": "slow"}, {}, {"error": 500, "to": "555"}, {"error": 500, "count": 0},
     {"error": "timeout", "seconds": -1}, {"error": "timeout", "seconds": "soon"}],
)  # fmt: skip
def test_bad_failure_requests_are_refused(control, payload):
    response = control.post("/_fake/failures", payload)

    assert response.status_code == 400 and response.json()["error"]


def test_timeout_creates_the_message_but_the_client_hears_nothing(fake, control):
    control.fail("timeout", seconds=3)
    impatient = make_client(fake.url, timeout=0.3)

    started = time.monotonic()
    with pytest.raises(requests.exceptions.ReadTimeout):
        send(impatient, body="Did this go out?")
    waited = time.monotonic() - started

    assert waited < 2, "the client gave up on its own timeout"
    (created,) = fake.state.messages()
    assert created.body == "Did this go out?", "Twilio created it all the same"
    assert [m.sid for m in make_client(fake.url).messages.list(to=PHONE)] == [created.sid]
    assert len(fake.state.requests()) == 2, "the held-back create was accepted and logged"


def test_timeout_response_arrives_late_for_a_patient_client(fake, control):
    control.fail("timeout", seconds=0.4)

    started = time.monotonic()
    message = send(make_client(fake.url, timeout=5))

    assert time.monotonic() - started >= 0.4
    assert message.status == "queued" and fake.state.get_message(message.sid) is not None
