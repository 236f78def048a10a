"""Helpers shared by tests that read webhook responses."""

from xml.etree import ElementTree


def twiml_bodies(response) -> list[str]:
    """The texts of the <Message> elements of a TwiML response."""
    root = ElementTree.fromstring(response.get_data())
    return ["".join(m.itertext()) for m in root.iter("Message")]
