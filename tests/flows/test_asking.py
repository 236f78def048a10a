"""A call or someone to talk to, asked for inside a sentence (flows/asking.py)."""

import pytest

from flows.asking import asks_for_a_person

ASKS = [
    "can somebody talk to me",
    "i really want to use rn can someone talk to me",
    "please call me when you get a chance",
    "Call me back pls",
    "give me a call when u can",
    "I NEED TO TALK",
    "need someone to talk to right now",
    "is there anyone to talk to?",
    "could my counselor call me tomorrow",
    "I want to talk to a real person",
    "can u call",
    "no, call me please",  # the "no" answers something else, in its own clause
    "¿Me pueden llamar?",
    "llámame porfa",
    "necesito hablar con alguien",
    "quiero hablar con mi consejera",
    "que alguien me llame por favor",
]
DOES_NOT_ASK = [
    "talk to you later!",
    "ok ttyl, talk to u tomorrow",
    "dont call me, just text",
    "no need to call me",
    "you don't have to call me",
    "I can't talk to anyone about this",
    "no me llamen",
    "no hace falta que me llamen",
    "I called my sponsor",
    "my mom called me",
    "I'll call you back",
    "text me the address",
    "see you thursday",
    "C",
]


@pytest.mark.parametrize("text", ASKS)
def test_a_request_for_a_person_is_found(text):
    assert asks_for_a_person(text)


@pytest.mark.parametrize("text", DOES_NOT_ASK)
def test_a_goodbye_a_refusal_or_a_report_is_not_a_request(text):
    assert not asks_for_a_person(text)
