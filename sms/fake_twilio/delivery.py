"""The fake's outgoing side: signed POSTs to the app and each message's status callbacks.

Every POST is signed exactly as Twilio signs it, so the app's signature check
runs for real. A callback that cannot be delivered (refused, timed out,
non-2xx) is logged and dropped, as Twilio drops it: it never stops the fake.
"""

from __future__ import annotations

import heapq
import itertools
import logging
import threading
import time
import uuid
from collections.abc import Callable

import requests
from twilio.request_validator import RequestValidator

from sms.fake_twilio.resources import API_VERSION
from sms.fake_twilio.settings import FakeSettings
from sms.fake_twilio.state import FakeMessage, FakeState

log = logging.getLogger(__name__)

WEBHOOK_TIMEOUT = 15.0  # seconds Twilio waits for the app to answer
ERROR_TEXT = {
    21610: "Attempt to send to unsubscribed recipient",
    21617: "The concatenated message body exceeds the 1600 character limit.",
    30003: "Unreachable destination handset",
    30007: "Message filtered",
}

# A status a message reaches, with the error code that came with it.
Step = tuple[str, int | None]


def post_signed(
    url: str, params: dict[str, str], auth_token: str, timeout: float = WEBHOOK_TIMEOUT
) -> requests.Response:
    """POST `params` as a form to `url`, signed with X-Twilio-Signature like Twilio does."""
    headers = {
        "X-Twilio-Signature": RequestValidator(auth_token).compute_signature(url, params),
        "I-Twilio-Idempotency-Token": str(uuid.uuid4()),
        "User-Agent": "TwilioProxy/1.1",
    }
    with requests.Session() as session:
        session.trust_env = False  # the app is local: an HTTP(S)_PROXY must not catch this
        return session.post(url, data=params, headers=headers, timeout=timeout)


class Scheduler:
    """Runs functions after a delay, each on a daemon thread of its own.

    One thread waits for all the delays, so a thousand messages in flight do
    not mean a thousand sleeping threads.
    """

    def __init__(self):
        self._heap: list[tuple[float, int, Callable[[], None]]] = []
        self._cond = threading.Condition()
        self._order = itertools.count()
        self._thread: threading.Thread | None = None
        self._stopped = False

    def call_later(self, delay: float, fn: Callable[[], None]) -> None:
        """Run `fn` in about `delay` seconds (never, once stopped)."""
        with self._cond:
            if self._stopped:
                return
            heapq.heappush(self._heap, (time.monotonic() + delay, next(self._order), fn))
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._run, name="fake-twilio-scheduler", daemon=True
                )
                self._thread.start()
            self._cond.notify()

    def stop(self) -> None:
        """Drop everything still waiting and run nothing more."""
        with self._cond:
            self._stopped = True
            self._heap.clear()
            self._cond.notify()

    def _run(self) -> None:
        while (fn := self._next_due()) is not None:
            threading.Thread(target=_logging_errors(fn), daemon=True).start()

    def _next_due(self) -> Callable[[], None] | None:
        with self._cond:
            while not self._stopped:
                wait = self._heap[0][0] - time.monotonic() if self._heap else None
                if wait is not None and wait <= 0:
                    return heapq.heappop(self._heap)[2]
                self._cond.wait(wait)
            return None


def _logging_errors(fn: Callable[[], None]) -> Callable[[], None]:
    def run() -> None:
        try:
            fn()
        except Exception:
            log.exception("fake Twilio: background task failed")

    return run


class Delivery:
    """Moves messages through their statuses and tells the app, like Twilio's carrier side."""

    def __init__(self, state: FakeState, settings: FakeSettings):
        self.state = state
        self.settings = settings
        self.scheduler = Scheduler()

    def start(self, message: FakeMessage, error_code: int | None = None) -> None:
        """Run a created message through queued -> sent -> delivered (or undelivered)."""
        final = ("undelivered", error_code) if error_code else ("delivered", None)
        steps = [("queued", None), ("sent", None), final]
        self._later(message.sid, message.status_callback, steps, record=True)

    def report(self, message: FakeMessage, url: str, steps: list[Step]) -> None:
        """Post callbacks for `steps` to `url` without changing the stored message.

        Used for a TwiML <Message action=...>: the reply is stored with its
        final status at once, the callbacks follow like Twilio's.
        """
        self._later(message.sid, url, steps, record=False)

    def stop(self) -> None:
        """Send no more callbacks."""
        self.scheduler.stop()

    def _later(self, sid: str, url: str | None, steps: list[Step], record: bool) -> None:
        def step() -> None:
            self._step(sid, url, steps, record)

        self.scheduler.call_later(self.settings.callback_delay, step)

    def _step(self, sid: str, url: str | None, steps: list[Step], record: bool) -> None:
        (status, code), rest = steps[0], steps[1:]
        if record:
            message = self.state.set_status(sid, status, code, ERROR_TEXT.get(code))
        else:
            message = self.state.get_message(sid)
        if message is None:
            return  # forgotten by a reset: nothing more to report
        if url:
            self._post_status(url, message, status, code)
        if rest:
            self._later(sid, url, rest, record)

    def _post_status(self, url: str, message: FakeMessage, status: str, code: int | None) -> None:
        params = status_params(message, self.settings.account_sid, status, code)
        try:
            response = post_signed(url, params, self.settings.auth_token)
        except requests.RequestException as exc:
            log.warning("fake Twilio: status callback to %s failed: %s", url, exc)
            return
        if not response.ok:
            log.warning("fake Twilio: status callback to %s answered %s", url, response.status_code)


def status_params(
    message: FakeMessage, account_sid: str, status: str, code: int | None
) -> dict[str, str]:
    """The form Twilio posts to a status callback URL."""
    params = {
        "MessageSid": message.sid,
        "SmsSid": message.sid,
        "SmsStatus": status,
        "MessageStatus": status,
        "AccountSid": account_sid,
        "From": message.from_ or "",
        "To": message.to,
        "ApiVersion": API_VERSION,
    }
    if message.messaging_service_sid:
        params["MessagingServiceSid"] = message.messaging_service_sid
    if code and status in ("failed", "undelivered"):
        params["ErrorCode"] = str(code)
    return params
