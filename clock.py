"""The injected clock: logic asks a Clock for the time, never the wall directly.

Tests and the simulator use a FixedClock they can move; everything stores and
compares aware UTC datetimes.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta


class SystemClock:
    """The real time, in UTC."""

    def now(self) -> datetime:
        """Return the current UTC time (aware)."""
        return datetime.now(UTC)


class FixedClock:
    """A clock that reads a set instant until moved (tests, `--now`, the simulator)."""

    def __init__(self, instant: datetime):
        self._instant = as_utc(instant)

    def now(self) -> datetime:
        """Return the instant this clock is set to."""
        return self._instant

    def set(self, instant: datetime) -> None:
        """Move the clock to `instant`."""
        self._instant = as_utc(instant)

    def advance(self, **delta: float) -> datetime:
        """Move the clock forward by a timedelta's keyword arguments; return the new time."""
        self._instant += timedelta(**delta)
        return self._instant


def as_utc(value: datetime) -> datetime:
    """Treat naive datetimes as UTC and convert aware ones to UTC."""
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


def parse_instant(text: str) -> datetime:
    """Parse an ISO 8601 instant (a trailing Z is accepted); naive means UTC."""
    return as_utc(datetime.fromisoformat(text.strip().replace("Z", "+00:00")))
