"""The date range of the outcomes dashboard and the CSV exports, and its weeks.

Staff pick local dates (first and last day, both included) in one timezone:
the program's, or the organization's for every program at once. Queries get
the UTC instants those days span; charts get Monday-to-Sunday weeks of that
zone, so a week never shifts by an evening across a DST change.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from flows.admin import InvalidFieldError
from flows.admin.checks import FIRST_DAY, LAST_DAY

DEFAULT_WEEKS = 12
# Two years, a leap day included: enough for a program's outcomes report, small
# enough that one page or file stays quick.
MAX_DAYS = 2 * 366


@dataclass(frozen=True)
class Period:
    """Local days `first`..`last` (both included) in `timezone`."""

    first: date
    last: date
    timezone: str

    @property
    def zone(self) -> ZoneInfo:
        """The timezone as a ZoneInfo."""
        return ZoneInfo(self.timezone)

    @property
    def start(self) -> datetime:
        """The UTC instant the first day begins."""
        return local_midnight(self.first, self.zone)

    @property
    def end(self) -> datetime:
        """The UTC instant after the last day (excluded)."""
        return local_midnight(self.last + timedelta(days=1), self.zone)

    def weeks(self) -> list[date]:
        """The Mondays of the weeks the period touches, in order."""
        first, last = monday(self.first), monday(self.last)
        return [first + timedelta(weeks=n) for n in range((last - first).days // 7 + 1)]

    def week_starts(self) -> list[datetime]:
        """The UTC instants each week after the first begins (boundaries between weeks)."""
        return [local_midnight(week, self.zone) for week in self.weeks()[1:]]

    def week_of(self, at: datetime) -> date:
        """The Monday (local) of the week `at` falls in."""
        return monday(at.astimezone(self.zone).date())

    def holds(self, at: datetime) -> bool:
        """True when the instant `at` falls on one of the period's days."""
        return self.start <= at < self.end


def monday(day: date) -> date:
    """The Monday of `day`'s week."""
    return day - timedelta(days=day.weekday())


def local_midnight(day: date, zone: ZoneInfo) -> datetime:
    """The UTC instant `day` begins in `zone`."""
    return datetime.combine(day, time(), tzinfo=zone).astimezone(UTC)


def parse_period(start_text: str, end_text: str, timezone: str, today: date) -> Period:
    """The period staff asked for; blank dates mean the last DEFAULT_WEEKS weeks up to today.

    Raises InvalidFieldError ("start" or "end") for a date that is not one, an
    end before the start, or a range longer than MAX_DAYS.
    """
    first = _day(start_text, "start")
    last = _day(end_text, "end") or today
    first = first or monday(last) - timedelta(weeks=DEFAULT_WEEKS - 1)
    if last < first:
        raise InvalidFieldError("end", "The end date is before the start date.")
    if (last - first).days >= MAX_DAYS:
        raise InvalidFieldError("start", "Pick a range of at most two years.")
    return Period(first, last, timezone)


def _day(text: str, field: str) -> date | None:
    text = (text or "").strip()
    if not text:
        return None
    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise InvalidFieldError(field, f"{text[:20]!r} is not a date (YYYY-MM-DD).") from None
    if not FIRST_DAY <= day <= LAST_DAY:
        raise InvalidFieldError(field, f"Give a date from {FIRST_DAY.year} to {LAST_DAY.year}.")
    return day
