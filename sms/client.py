"""The REST client wrapper: the only place that imports twilio.rest.

It turns Twilio's answers into three kinds of failure the sender can act on:
transient (Twilio certainly did not create the message: retry later),
ambiguous (it may have: look it up before sending again) and permanent.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

import requests
from twilio.base.exceptions import TwilioRestException
from twilio.http.http_client import TwilioHttpClient
from twilio.rest import Client
from urllib3.exceptions import MaxRetryError, NewConnectionError

log = logging.getLogger(__name__)

TWILIO_API_ORIGIN = "https://api.twilio.com"
ERROR_UNSUBSCRIBED = 21610


@dataclass(frozen=True)
class SendReceipt:
    """What Twilio answered to a create: the message SID and its first status."""

    sid: str
    status: str


class SendError(Exception):
    """A send that did not succeed; `code` is Twilio's error code when there is one."""

    def __init__(self, message: str, code: int | None = None, http_status: int | None = None):
        super().__init__(message)
        self.code = code
        self.http_status = http_status


class TransientSendError(SendError):
    """Twilio did not create the message (429, 5xx, no connection): safe to retry."""


class AmbiguousSendError(SendError):
    """The request may have reached Twilio (e.g. a read timeout): look it up first."""


class PermanentSendError(SendError):
    """Twilio refused the message for good (e.g. 21211 invalid number, 21610 unsubscribed)."""


class TwilioLookupError(SendError):
    """Looking a message up at Twilio failed."""


class RedirectingHttpClient(TwilioHttpClient):
    """Sends Twilio REST calls to `base_url` instead of api.twilio.com (the fake Twilio)."""

    def __init__(self, base_url: str | None, timeout: float):
        super().__init__(timeout=timeout)
        self.base_url = base_url.rstrip("/") if base_url else None

    def request(self, method, url, *args, **kwargs):
        """Rewrite the Twilio origin, then make the request as usual."""
        if self.base_url and url.startswith(TWILIO_API_ORIGIN):
            url = self.base_url + url[len(TWILIO_API_ORIGIN) :]
        return super().request(method, url, *args, **kwargs)


class TwilioGateway:
    """Sends and looks up messages through the official twilio client."""

    def __init__(self, config: dict):
        http = RedirectingHttpClient(config.get("TWILIO_API_BASE_URL"), config["TWILIO_TIMEOUT"])
        self.client = Client(
            config["TWILIO_ACCOUNT_SID"], config["TWILIO_AUTH_TOKEN"], http_client=http
        )
        self.from_number = config.get("TWILIO_FROM_NUMBER")
        self.messaging_service_sid = config.get("TWILIO_MESSAGING_SERVICE_SID")

    def send(self, to: str, body: str, status_callback: str | None) -> SendReceipt:
        """Create the message at Twilio; raise a SendError subclass on failure."""
        sender = (
            {"messaging_service_sid": self.messaging_service_sid}
            if self.messaging_service_sid
            else {"from_": self.from_number}
        )
        try:
            message = self.client.messages.create(
                to=to, body=body, status_callback=status_callback, **sender
            )
        except TwilioRestException as exc:
            raise _classify_rest_error(exc) from exc
        except requests.RequestException as exc:
            raise _classify_transport_error(exc) from exc
        return SendReceipt(sid=message.sid, status=message.status or "queued")

    def find_sent(self, to: str, body: str, since: datetime) -> SendReceipt | None:
        """Find a message to `to` with this body created since `since`, or None.

        Raises TwilioLookupError when Twilio cannot be asked.
        """
        try:
            candidates = self.client.messages.list(to=to, limit=100, page_size=100)
        except (TwilioRestException, requests.RequestException) as exc:
            raise TwilioLookupError(f"lookup failed: {exc.__class__.__name__}") from exc
        horizon = since - timedelta(minutes=5)  # clock skew between us and Twilio
        for message in candidates:
            created = message.date_created
            if message.body == body and (created is None or created >= horizon):
                return SendReceipt(sid=message.sid, status=message.status or "queued")
        return None


def _classify_rest_error(exc: TwilioRestException) -> SendError:
    text = f"Twilio error {exc.code or exc.status}: {exc.msg}"
    if exc.status == 429 or exc.status >= 500:
        return TransientSendError(text, exc.code, exc.status)
    return PermanentSendError(text, exc.code, exc.status)


def _classify_transport_error(exc: requests.RequestException) -> SendError:
    # A refused or timed-out *connection* means the request never reached Twilio.
    if isinstance(exc, requests.ConnectTimeout) or _connection_refused(exc):
        return TransientSendError(f"could not reach Twilio: {exc.__class__.__name__}")
    return AmbiguousSendError(f"no answer from Twilio: {exc.__class__.__name__}")


def _connection_refused(exc: requests.RequestException) -> bool:
    reason = exc.args[0] if exc.args else None
    if isinstance(reason, MaxRetryError):
        reason = reason.reason
    return isinstance(exc, requests.ConnectionError) and isinstance(reason, NewConnectionError)
