"""Computing the X-Twilio-Signature Twilio would send (the simulator posts signed webhooks)."""

from __future__ import annotations

from twilio.request_validator import RequestValidator


def twilio_signature(auth_token: str, url: str, params: dict) -> str:
    """The signature Twilio computes for a POST of `params` to `url`."""
    return RequestValidator(auth_token).compute_signature(url, params)
