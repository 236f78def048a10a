"""The fake Twilio's memory: messages, opted-out numbers, injected failures, the request log.

One FakeState serves one fake, which runs in one process (a dev and test
tool), so memory behind one lock is the right store. Readers get copies, so
nothing outside the lock ever sees a message change half-way.
"""

from __future__ import annotations

import itertools
import threading
import uuid
from dataclasses import dataclass, replace
from datetime import datetime

from clock import SystemClock

# Statuses after which a message has left Twilio (it has a date_sent).
LEFT_TWILIO = frozenset({"sent", "delivered", "undelivered", "failed", "received"})


@dataclass
class FakeMessage:
    """One message as Twilio stores it."""

    seq: int
    sid: str
    direction: str  # inbound | outbound-api | outbound-reply
    from_: str | None
    to: str
    body: str
    status: str
    date_created: datetime
    date_updated: datetime
    date_sent: datetime | None = None
    messaging_service_sid: str | None = None
    num_media: int = 0
    error_code: int | None = None
    error_message: str | None = None
    status_callback: str | None = None

    @property
    def counterpart(self) -> str | None:
        """The simulated phone's number: the sender of an inbound text, else the recipient."""
        return self.from_ if self.direction == "inbound" else self.to


@dataclass
class InjectedFailure:
    """How the next `count` creates (to `to`, or to anyone) go wrong."""

    error: int | str  # 429, 500, 21610, 21211, 30003, 30007 or "timeout"
    to: str | None = None
    count: int = 1
    seconds: float = 0.0  # how long a "timeout" holds the response back

    def as_json(self) -> dict:
        """The failure as the control API shows it."""
        return {"error": self.error, "to": self.to, "count": self.count, "seconds": self.seconds}


def new_sid(prefix: str = "SM") -> str:
    """A Twilio-shaped SID: the prefix and 32 lowercase hex digits."""
    return prefix + uuid.uuid4().hex


class FakeState:
    """Everything the fake remembers, behind one lock."""

    def __init__(self, clock=None):
        self._lock = threading.RLock()
        self._clock = clock or SystemClock()
        # Never restarts, not even on reset, so a page polling with `after` misses nothing.
        self._seq = itertools.count(1)
        # Set when the fake stops, so a held-back ("timeout") response ends early.
        self.closing = threading.Event()
        self._clear()

    def _clear(self) -> None:
        self._messages: dict[str, FakeMessage] = {}
        self._blocked: set[str] = set()
        self._failures: list[InjectedFailure] = []
        self._requests: list[dict] = []

    def now(self) -> datetime:
        """The fake's current time (aware UTC)."""
        return self._clock.now()

    def reset(self) -> None:
        """Forget messages, opt-outs, injected failures and the request log."""
        with self._lock:
            self._clear()

    # Messages

    def add_message(
        self,
        *,
        direction: str,
        from_: str | None,
        to: str,
        body: str,
        status: str,
        num_media: int = 0,
        **extra,
    ) -> FakeMessage:
        """Store a new message and return a copy of it."""
        now = self.now()
        with self._lock:
            message = FakeMessage(
                seq=next(self._seq),
                sid=new_sid("MM" if num_media else "SM"),
                direction=direction,
                from_=from_,
                to=to,
                body=body,
                status=status,
                date_created=now,
                date_updated=now,
                date_sent=now if status in LEFT_TWILIO else None,
                num_media=num_media,
                **extra,
            )
            self._messages[message.sid] = message
            return replace(message)

    def get_message(self, sid: str) -> FakeMessage | None:
        """A copy of the message with this SID, or None."""
        with self._lock:
            message = self._messages.get(sid)
            return replace(message) if message else None

    def set_status(
        self,
        sid: str,
        status: str,
        error_code: int | None = None,
        error_message: str | None = None,
    ) -> FakeMessage | None:
        """Move a message to `status`; return a copy, or None if it is gone (after a reset)."""
        now = self.now()
        with self._lock:
            message = self._messages.get(sid)
            if message is None:
                return None
            if message.status != status:
                message.status, message.date_updated = status, now
            if status in LEFT_TWILIO and message.date_sent is None:
                message.date_sent = now
            if error_code is not None:
                message.error_code, message.error_message = error_code, error_message
            return replace(message)

    def messages(self, phone: str | None = None, after: int = 0) -> list[FakeMessage]:
        """Copies of the messages (oldest first), of one phone's conversation if given."""
        with self._lock:
            return [
                replace(m)
                for m in self._messages.values()
                if m.seq > after and (phone is None or phone in (m.from_, m.to))
            ]

    def phones(self) -> list[str]:
        """The simulated phones that have conversations, most recent first."""
        with self._lock:
            latest = {m.counterpart: m.seq for m in self._messages.values() if m.counterpart}
        return sorted(latest, key=latest.__getitem__, reverse=True)

    # Opt-out

    def block(self, phone: str) -> None:
        """Record that `phone` opted out: creates to it fail with 21610."""
        with self._lock:
            self._blocked.add(phone)

    def unblock(self, phone: str) -> None:
        """Record that `phone` opted back in."""
        with self._lock:
            self._blocked.discard(phone)

    def is_blocked(self, phone: str) -> bool:
        """True while `phone` is opted out."""
        with self._lock:
            return phone in self._blocked

    def blocked(self) -> list[str]:
        """The opted-out numbers, sorted."""
        with self._lock:
            return sorted(self._blocked)

    # Injected failures

    def add_failure(self, failure: InjectedFailure) -> None:
        """Queue a failure for upcoming creates (first added, first used)."""
        with self._lock:
            self._failures.append(failure)

    def take_failure(self, to: str) -> InjectedFailure | None:
        """Use up one failure that applies to a create to `to`, or return None."""
        with self._lock:
            for failure in self._failures:
                if failure.to in (None, to):
                    failure.count -= 1
                    if failure.count <= 0:
                        self._failures.remove(failure)
                    return replace(failure, count=1)
        return None

    def failures(self) -> list[InjectedFailure]:
        """Copies of the failures still waiting."""
        with self._lock:
            return [replace(f) for f in self._failures]

    def clear_failures(self) -> None:
        """Drop every waiting failure."""
        with self._lock:
            self._failures.clear()

    # Request log

    def log_request(self, record: dict) -> None:
        """Append a REST request the fake accepted (see rest.py for the record's shape)."""
        with self._lock:
            self._requests.append(record)

    def requests(self) -> list[dict]:
        """The accepted REST requests, oldest first."""
        with self._lock:
            return list(self._requests)
