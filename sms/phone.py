"""Phone numbers: parse to E.164 with phonenumbers, and mask them for logs."""

from __future__ import annotations

import phonenumbers


class InvalidPhoneNumberError(ValueError):
    """The text is not a phone number we can send to."""


def to_e164(raw: str, region: str = "US") -> str:
    """Return `raw` as an E.164 number, or raise InvalidPhoneNumberError.

    Twilio sends E.164 already; staff type numbers many ways ("(555) 010-2345").
    """
    try:
        number = phonenumbers.parse((raw or "").strip(), region)
    except phonenumbers.NumberParseException as exc:
        raise InvalidPhoneNumberError(f"not a phone number: {exc}") from None
    if not phonenumbers.is_possible_number(number):
        raise InvalidPhoneNumberError("not a possible phone number")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def mask_phone(phone: str | None) -> str:
    """Keep only the last two digits, for logs that must not expose participants."""
    if not phone:
        return "?"
    return "•" * max(len(phone) - 2, 0) + phone[-2:]
