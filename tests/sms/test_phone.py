"""Phone numbers are stored as E.164 and masked in logs."""

import pytest

from sms.phone import InvalidPhoneNumberError, mask_phone, to_e164


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("+15005550006", "+15005550006"), ("(500) 555-0006", "+15005550006"),
     ("500.555.0006", "+15005550006"), ("+52 55 1234 5678", "+525512345678")],
)  # fmt: skip
def test_numbers_become_e164(raw, expected):
    assert to_e164(raw) == expected


@pytest.mark.parametrize("raw", ["", "hello", "12", "+1 555"])
def test_non_numbers_are_refused(raw):
    with pytest.raises(InvalidPhoneNumberError):
        to_e164(raw)


def test_mask_keeps_only_last_two_digits():
    assert mask_phone("+15005550006") == "••••••••••06"
    assert "5550" not in mask_phone("+15005550006")
