"""Pacing scheduled sends to the sender's throughput at Twilio, shared by every worker.

Twilio queues each sender's messages and lets them out at the sender's rate
(about one a second for a US long code). Ten thousand reminders handed over at
once would wait in that queue for hours, and a crisis reply sent afterwards
from the same number would wait behind them. So a scheduled send first takes
a slot of SCHEDULED_SEND_RATE from a moving window in Redis (the `limits`
library), one window per sender shared by every worker on every host, and
crisis texts and replies never ask for one.

Pacing is politeness, never safety: when Redis fails, scheduled texts go
unpaced rather than late or lost. It counts real seconds (Twilio's), not the
application Clock, which tests and the simulator stop or move at will; those
seconds come from an injected SecondsClock, so a test can drive them too.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from limits import RateLimitItem, parse_many
from limits.errors import StorageError
from limits.storage import RedisStorage
from limits.strategies import MovingWindowRateLimiter
from redis.exceptions import RedisError

log = logging.getLogger(__name__)

KEY_PREFIX = "tether:pacing"
POLL = 0.1  # seconds: how often a waiting send asks should_stop()
MIN_WAIT = 0.01  # seconds: a full window whose slot is already free is asked again soon
UNPACED_AFTER_ERROR = 10.0  # seconds a Redis failure turns pacing off before it is tried again


@dataclass(frozen=True)
class SecondsClock:
    """Where the pacer reads and spends real seconds (injected; tests may pass their own).

    `monotonic` times waits, `wall` compares with the window limits stamps in
    Redis (wall-clock seconds, shared by hosts), `sleep` waits.
    """

    monotonic: Callable[[], float] = field(default=time.monotonic)
    wall: Callable[[], float] = field(default=time.time)
    sleep: Callable[[float], None] = field(default=time.sleep)


REAL_SECONDS = SecondsClock()


def parse_rate(text: str) -> RateLimitItem:
    """Read one rate in limits' notation ("1/second", "30/minute"); ValueError if it is not one."""
    rates = parse_many(text)
    if len(rates) != 1 or rates[0].amount < 1:
        raise ValueError(f"not a single positive rate: {text!r}")
    return rates[0]


@dataclass(frozen=True)
class PacingSettings:
    """What the pacer needs from configuration (hashable, to cache one pacer per settings)."""

    redis_url: str
    rate: str | None  # None: no pacing
    sender: str  # the Messaging Service SID or the number the texts come from

    @classmethod
    def from_config(cls, config: dict) -> PacingSettings:
        """Build the settings from Tether's config dict."""
        sender = config.get("TWILIO_MESSAGING_SERVICE_SID") or config.get("TWILIO_FROM_NUMBER")
        return cls(
            redis_url=config["REDIS_URL"],
            rate=config.get("SCHEDULED_SEND_RATE") or None,
            sender=sender or "default",
        )


class SendPacer:
    """Hands out the sender's send slots at SCHEDULED_SEND_RATE, across every process."""

    def __init__(self, settings: PacingSettings, seconds: SecondsClock = REAL_SECONDS):
        self.seconds = seconds
        self.rate = parse_rate(settings.rate) if settings.rate else None
        self.sender = settings.sender
        self._redis_url = settings.redis_url
        self._limiter: MovingWindowRateLimiter | None = None  # built on first use: no I/O here
        self._unpaced_until = 0.0  # seconds.monotonic() until which a Redis failure unpaces
        self._failing = False  # a warning was logged for the current Redis failure

    @classmethod
    def from_config(cls, config: dict) -> SendPacer:
        """The pacer Tether's config asks for (disabled when SCHEDULED_SEND_RATE is unset)."""
        return cls(PacingSettings.from_config(config))

    @property
    def enabled(self) -> bool:
        """True when sends are paced (a rate is set)."""
        return self.rate is not None

    def wait_for_slot(
        self, should_stop: Callable[[], bool] | None = None, timeout: float | None = None
    ) -> bool:
        """Wait until the next scheduled send may go; True when a slot was taken.

        False when it gave up instead: `should_stop()` (asked at least every
        POLL seconds while waiting) said so, or `timeout` seconds passed. A
        disabled pacer returns True at once, and so does one whose Redis fails.
        """
        if self.rate is None:
            return True
        deadline = self.seconds.monotonic() + (timeout if timeout is not None else float("inf"))
        while True:
            wait = self._take_slot()
            if wait is None:
                return True
            if not _rest(self.seconds, wait, deadline, should_stop):
                return False

    def _take_slot(self) -> float | None:
        """Take a slot (None), or return the seconds until one may be free."""
        if self.seconds.monotonic() < self._unpaced_until:
            return None
        try:
            wait = self._hit_or_wait()
        except (RedisError, StorageError) as exc:
            self._fail_open(exc)
            return None
        if self._failing:
            self._failing = False
            log.info("send pacing is on again: Redis answers")
        return wait

    def _hit_or_wait(self) -> float | None:
        limiter = self._window()
        if limiter.hit(self.rate, self.sender):
            return None
        reset, remaining = limiter.get_window_stats(self.rate, self.sender)
        if remaining > 0:  # a slot freed since the hit: ask again soon
            return MIN_WAIT
        # Other hosts stamp the window with their own clocks: bound what skew can do.
        return min(max(reset - self.seconds.wall(), MIN_WAIT), float(self.rate.get_expiry()))

    def _window(self) -> MovingWindowRateLimiter:
        if self._limiter is None:
            storage = RedisStorage(
                self._redis_url,
                key_prefix=KEY_PREFIX,
                socket_connect_timeout=2,
                socket_timeout=2,
            )
            self._limiter = MovingWindowRateLimiter(storage)
        return self._limiter

    def _fail_open(self, exc: Exception) -> None:
        self._unpaced_until = self.seconds.monotonic() + UNPACED_AFTER_ERROR
        if not self._failing:
            self._failing = True
            log.warning("send pacing is off: Redis failed (%s); scheduled texts go unpaced", exc)


def _rest(
    clock: SecondsClock, seconds: float, deadline: float, should_stop: Callable[[], bool] | None
) -> bool:
    """Sleep `seconds` in steps of at most POLL; False if should_stop() or the deadline ends it."""
    until = clock.monotonic() + seconds
    while True:
        if should_stop is not None and should_stop():
            return False
        now = clock.monotonic()
        if now >= deadline:
            return False
        if now >= until:
            return True
        clock.sleep(min(POLL, until - now, deadline - now))
