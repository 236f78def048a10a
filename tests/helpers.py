"""Helpers shared by tests: reading TwiML, waiting for things that happen on other threads."""

import time
from xml.etree import ElementTree

import requests


def twiml_bodies(response) -> list[str]:
    """The texts of the <Message> elements of a TwiML response."""
    root = ElementTree.fromstring(response.get_data())
    return ["".join(m.itertext()) for m in root.iter("Message")]


def wait_for(condition, timeout: float = 10.0, interval: float = 0.02):
    """Poll `condition` until it returns something truthy; fail after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"condition not met within {timeout} s")
        time.sleep(interval)


def phone_messages(fake, phone: str) -> list[dict]:
    """Everything the fake Twilio holds for `phone`, both directions, in order."""
    response = requests.get(f"{fake.url}/_fake/messages", params={"phone": phone}, timeout=5)
    response.raise_for_status()
    return response.json()


def delivered_to(fake, phone: str) -> list[str]:
    """Bodies the fake Twilio accepted for delivery to `phone`."""
    return [m["body"] for m in phone_messages(fake, phone) if m["direction"] != "inbound"]


def inject(fake, error, **extra) -> None:
    """Make the fake Twilio fail its next create(s) with `error`."""
    response = requests.post(
        f"{fake.url}/_fake/failures", json={"error": error, **extra}, timeout=5
    )
    response.raise_for_status()
