"""What one fake Twilio needs to know: the account, its number and where the app listens."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

ACCOUNT_SID_PATTERN = re.compile(r"AC[0-9a-fA-F]{32}")
SERVICE_SID_PATTERN = re.compile(r"MG[0-9a-fA-F]{32}")
E164_PATTERN = re.compile(r"\+[1-9]\d{1,14}")


@dataclass
class FakeSettings:
    """Settings of one fake Twilio.

    `service_number` is the service's own Twilio number: the `To` of simulated
    inbound texts and the only `From` a create may use. `webhook_url` is the
    app's inbound webhook; simulated texts are posted there. `public_url` is
    the fake's own base URL as others reach it (used in the media URLs it
    hands out and in what the CLI prints). `clock` is any object with `now()`
    returning an aware UTC datetime; pass the app's clock when simulated time
    runs ahead, so message dates agree with it.
    """

    account_sid: str
    auth_token: str
    service_number: str
    webhook_url: str | None
    callback_delay: float = 0.05
    public_url: str | None = None
    messaging_service_sid: str | None = None
    clock: Any = None

    def __post_init__(self):
        if not ACCOUNT_SID_PATTERN.fullmatch(self.account_sid or ""):
            raise ValueError("account_sid must look like AC followed by 32 hex digits")
        if not E164_PATTERN.fullmatch(self.service_number or ""):
            raise ValueError("service_number must be an E.164 number such as +15005550006")
        if self.messaging_service_sid and not SERVICE_SID_PATTERN.fullmatch(
            self.messaging_service_sid
        ):
            raise ValueError("messaging_service_sid must look like MG followed by 32 hex digits")
        if self.callback_delay < 0:
            raise ValueError("callback_delay must not be negative")
