"""The local fake Twilio: Messages API, signed callbacks, failure injection, phone simulator.

Developers and staff run Tether with it when there is no Twilio account
(`flask fake-twilio`), and the tests point the official twilio client at it.
It keeps its state in memory: it is one process serving one developer or one
test run.
"""

from sms.fake_twilio.factory import create_fake_app
from sms.fake_twilio.server import FakeTwilioServer
from sms.fake_twilio.settings import FakeSettings
from sms.fake_twilio.state import FakeMessage, FakeState, InjectedFailure

__all__ = [
    "FakeMessage",
    "FakeSettings",
    "FakeState",
    "FakeTwilioServer",
    "InjectedFailure",
    "create_fake_app",
]
