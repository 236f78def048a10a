"""Checks of single values staff type in: zones, phones, recurrence rules, windows, wording.

Every check raises InvalidFieldError naming the field, so the API and the CLI
report the same problem the same way. The limits here are also what the
API's schemas document.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta
from itertools import islice, takewhile
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dateutil.rrule import rrule, rrulestr

from flows.admin import InvalidFieldError
from sms.lockscreen import lock_screen_violations
from sms.phone import InvalidPhoneNumberError, to_e164

NAME_MAX = 120
DISPLAY_NAME_MAX = 60
TIMEZONE_MAX = 64
LOCATION_MAX = 200
RULE_MAX = 200
PLAN_TEXT_MAX = 500
STEP_MAX = 200
STEPS_MIN, STEPS_MAX = 2, 5
THRESHOLD_MIN, THRESHOLD_MAX = 0, 10
SESSION_MINUTES_MIN, SESSION_MINUTES_MAX = 15, 720
OFFSET_MAX_MINUTES = 7 * 24 * 60
OFFSETS_MAX = 5
AFTERCARE_WEEKS_MAX = 104
LIST_MAX = 366  # cancelled dates, extra sessions
FIRST_DAY, LAST_DAY = date(2000, 1, 1), date(2099, 12, 31)
LANGUAGES = ("en", "es")
CLOCK_PATTERN = r"^([01][0-9]|2[0-3]):[0-5][0-9]$"
POLICY_KEYS = (
    "reminder_offsets_minutes",
    "checkin_rule",
    "checkins_on_session_days",
    "window_start",
    "window_end",
)

# Rules stepping by hours or less would text people all day and make planning slow.
_ALLOWED_FREQ = {"YEARLY", "MONTHLY", "WEEKLY", "DAILY"}
_FREQ = re.compile(r"(?:^|[;:])FREQ=([A-Z]*)")
_MAX_PER_DAY = 4
_PROBE_DAYS = 28
# A rule that never happens makes dateutil search to the year 9999 on every plan.
_MUST_OCCUR_WITHIN = timedelta(days=4 * 366 + 1)


def timezone(name: str, field: str = "timezone") -> str:
    """Return `name` if it is an IANA time zone zoneinfo knows."""
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise InvalidFieldError(field, f"{name!r} is not an IANA time zone") from None
    return name


def phone(raw: str, region: str, field: str = "phone") -> str:
    """Return the number as E.164; staff type numbers many ways."""
    try:
        return to_e164(raw, region)
    except InvalidPhoneNumberError as exc:
        raise InvalidFieldError(field, f"{raw!r} is {exc}") from None


def lock_screen_safe(text: str | None, field: str) -> None:
    """Refuse wording that would reveal treatment on a lock screen."""
    revealing = lock_screen_violations(text or "")
    if revealing:
        raise InvalidFieldError(
            field, f"would show {', '.join(revealing)} on a lock screen; please reword"
        )


def clock_time(text: str, field: str) -> time:
    """Parse "HH:MM" (24-hour)."""
    if not isinstance(text, str) or not re.match(CLOCK_PATTERN, text):
        raise InvalidFieldError(field, f"{text!r} is not a time of day (HH:MM)")
    return time.fromisoformat(text)


def window(start: str, end: str, prefix: str = "") -> tuple[str, str]:
    """Check a sending window "HH:MM"-"HH:MM" whose start comes before its end."""
    if clock_time(start, f"{prefix}window_start") >= clock_time(end, f"{prefix}window_end"):
        raise InvalidFieldError(
            f"{prefix}window_start", f"the window must start before it ends ({start}-{end})"
        )
    return start, end


def day(value: date | None, field: str) -> date | None:
    """Check that a date is one a schedule can use (2000-2099)."""
    if value is not None and not FIRST_DAY <= value <= LAST_DAY:
        raise InvalidFieldError(field, f"{value.isoformat()} is outside 2000-01-01..2099-12-31")
    return value


def recurrence(text: str, field: str, first_day: date) -> str:
    """Check an RFC 5545 RRULE the planner can use, starting on `first_day`.

    Besides parsing, the rule must step by days or longer, happen at most a
    few times a day, and happen at all within four years.
    """
    first = datetime.combine(first_day, time(0))
    rule = _parse_rule(text, field, first)
    bounded = rule.replace(until=first + _MUST_OCCUR_WITHIN)
    probe_end = first + timedelta(days=_PROBE_DAYS)
    cap = _PROBE_DAYS * _MAX_PER_DAY
    early = list(islice(takewhile(lambda at: at < probe_end, bounded), cap + 1))
    if len(early) > cap:
        raise InvalidFieldError(field, f"{text!r} happens more than {_MAX_PER_DAY} times a day")
    if not early and bounded.after(first, inc=True) is None:
        raise InvalidFieldError(field, f"{text!r} never happens")
    return text


def _parse_rule(text: str, field: str, dtstart: datetime) -> rrule:
    if not isinstance(text, str) or not text.strip() or len(text) > RULE_MAX or "\n" in text:
        raise InvalidFieldError(
            field, f"{text!r} is not one RRULE line of at most {RULE_MAX} chars"
        )
    freqs = _FREQ.findall(text.upper())
    if not freqs or not set(freqs) <= _ALLOWED_FREQ:
        raise InvalidFieldError(field, f"{text!r}: FREQ must be DAILY, WEEKLY, MONTHLY or YEARLY")
    try:
        rule = rrulestr(text, dtstart=dtstart)
    except (ValueError, TypeError, OverflowError, KeyError, IndexError) as exc:
        raise InvalidFieldError(field, f"not a valid RRULE {text!r}: {exc}") from None
    if not isinstance(rule, rrule):
        raise InvalidFieldError(field, f"{text!r} must be a single RRULE")
    return rule


def local_datetime(text: str, field: str) -> datetime:
    """Parse a local wall time "YYYY-MM-DDTHH:MM" (no offset: it is the program's zone)."""
    try:
        value = datetime.fromisoformat(text)
    except (TypeError, ValueError):
        raise InvalidFieldError(
            field, f"{text!r} is not a local date-time (YYYY-MM-DDTHH:MM)"
        ) from None
    if value.tzinfo is not None:
        raise InvalidFieldError(
            field, f"{text!r}: give the program's local time, without an offset"
        )
    day(value.date(), field)
    return value.replace(second=0, microsecond=0)
