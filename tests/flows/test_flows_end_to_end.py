"""The three flows end to end: the fake Twilio's phone, signed webhooks, the dispatcher,
a real rq worker and the official twilio client, in English and Spanish."""

import pytest
import requests

from tests.conftest import drain
from tests.helpers import phone_messages
from workers.dispatcher import dispatch_once

PHONE = "+15005550131"
COUNSELOR = "+15005550132"

WORDS = {
    "en": {"yes": "yes", "confirm": "C", "score": "8", "what": "lonely", "call": "yes"},
    "es": {"yes": "sí", "confirm": "confirmo", "score": "ocho", "what": "soledad", "call": "si"},
}
EXPECT = {
    "en": ["welcome", "group today at 6:00 PM", "See you", "how are you doing", "What's going on",
           "Your plan", "Would a call", "asked your counselor"],
    "es": ["bienvenido", "grupo hoy a las 6:00 PM", "Nos vemos", "como esta hoy", "Que pasa",
           "Su plan", "Le ayudaria", "le pedi a su consejero"],
}  # fmt: skip


def text_from_phone(fake, body):
    response = requests.post(f"{fake.url}/_fake/inbound", json={"from": PHONE, "body": body},
                             timeout=10)  # fmt: skip
    response.raise_for_status()
    assert response.json()["webhook_status"] == 200


def step(app, rt, clock, minutes=1):
    clock.advance(minutes=minutes)
    dispatch_once(rt.db, rt.queues, rt.config, clock.now())
    drain(app)


@pytest.mark.parametrize("language", ["en", "es"])
def test_enroll_remind_and_check_in_through_the_fake(app, rt, clock, runner, fake_twilio,
                                                     language):  # fmt: skip
    words = WORDS[language]
    runner.invoke(args=["staff", "add", "--phone", COUNSELOR, "--name", "Sam", "--role",
                        "counselor"])  # fmt: skip
    added = runner.invoke(args=["participants", "add", "--phone", PHONE, "--name", "Maria Lopez",
                                "--language", language])  # fmt: skip
    assert added.exit_code == 0, added.output
    pid = added.output.split("#")[1].split()[0]
    runner.invoke(args=["participants", "plan", pid, "--reasons", "my kids", "--step",
                        "call my sister", "--step", "walk the dog"])  # fmt: skip
    step(app, rt, clock)
    text_from_phone(fake_twilio, words["yes"])
    step(app, rt, clock)
    session_at = (clock.now().replace(hour=23, minute=0)).isoformat()
    runner.invoke(args=["participants", "remind", pid, "--session", session_at, "--place",
                        "123 Main St"])  # fmt: skip
    step(app, rt, clock)
    text_from_phone(fake_twilio, words["confirm"])
    step(app, rt, clock)
    runner.invoke(args=["participants", "checkin", pid])
    step(app, rt, clock)
    for key in ("score", "what", "call"):
        text_from_phone(fake_twilio, words[key])
        step(app, rt, clock)
    received = [
        m["body"] for m in phone_messages(fake_twilio, PHONE) if m["direction"] != "inbound"
    ]
    assert len(received) == 1 + len(EXPECT[language])  # the invitation, then each answer
    for body, expected in zip(received[1:], EXPECT[language], strict=True):
        assert expected in body
    staff = [m["body"] for m in phone_messages(fake_twilio, COUNSELOR)]
    assert staff == [f"{rt.config['PROGRAM_DISPLAY_NAME']}: participant #{pid} (M.L.) asked for "
                     "a call. Details in the console."]  # fmt: skip
