"""Fixtures: a fake Twilio on a real port, the official twilio client pointed at it, and a
receiver standing in for the app's webhook and status callback endpoints."""

from __future__ import annotations

import pytest
from twilio.rest import Client

from sms.fake_twilio import FakeSettings, FakeTwilioServer
from tests.fake_twilio.support import (
    ACCOUNT_SID,
    AUTH_TOKEN,
    SERVICE_NUMBER,
    Control,
    Receiver,
    make_client,
)


@pytest.fixture
def receiver():
    """A recording web server; the fake's webhook is its /sms/inbound."""
    server = Receiver().start()
    yield server
    server.stop()


@pytest.fixture
def settings(receiver) -> FakeSettings:
    """Settings of the fake under test (short callback delay, webhook on the receiver)."""
    return FakeSettings(
        account_sid=ACCOUNT_SID,
        auth_token=AUTH_TOKEN,
        service_number=SERVICE_NUMBER,
        webhook_url=receiver.url + "/sms/inbound",
        callback_delay=0.02,
    )


@pytest.fixture
def fake(settings):
    """The fake Twilio, running."""
    with FakeTwilioServer(settings) as server:
        yield server


@pytest.fixture
def client(fake) -> Client:
    """The official twilio client, talking to the fake."""
    return make_client(fake.url)


@pytest.fixture
def control(fake) -> Control:
    """The fake's control API."""
    return Control(fake.url)
