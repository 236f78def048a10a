"""Weekly grids and recurrence rules: what the program editor shows instead of RRULE text.

A grid row is a set of weekdays and a start time; it is stored as
"FREQ=WEEKLY;BYDAY=MO,WE;BYHOUR=18;BYMINUTE=0", the form the CLI and the API
documentation use, so re-saving an unchanged program changes no rule (and
re-plans no one). A stored rule the grid cannot show (every other week, the
first Monday of the month) is `None` here and the editor keeps it as it is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")  # index = date.weekday()
DAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
DAY_FULL_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_CLOCK = re.compile(r"^([01]?[0-9]|2[0-3]):([0-5][0-9])$")
# Parts of a rule that change nothing for a weekly rule stepping one week at a time.
_HARMLESS = {"WKST": None, "INTERVAL": "1", "BYSECOND": "0"}


@dataclass(frozen=True)
class WeeklyTime:
    """Weekdays (indexes 0 = Monday) and a local start time "HH:MM"."""

    days: tuple[int, ...]
    at: str


def parse_clock(text: str) -> tuple[int, int] | None:
    """(hour, minute) of "HH:MM" (24-hour, as time inputs send it), or None."""
    match = _CLOCK.match((text or "").strip())
    return (int(match.group(1)), int(match.group(2))) if match else None


def weekly_rule(days, at: str) -> str:
    """The RRULE of a grid row: these weekdays (0 = Monday), at "HH:MM"."""
    hour, minute = parse_clock(at)
    byday = ",".join(DAYS[d] for d in sorted(set(days)))
    return f"FREQ=WEEKLY;BYDAY={byday};BYHOUR={hour};BYMINUTE={minute}"


def daily_rule(at: str) -> str:
    """Every day at "HH:MM" (the check-in rule's usual form)."""
    hour, minute = parse_clock(at)
    return f"FREQ=DAILY;BYHOUR={hour};BYMINUTE={minute}"


def read_rule(rule: str | None) -> tuple[str, WeeklyTime] | None:
    """("weekly" | "daily", days and time) for a rule a grid can show; None otherwise."""
    parts = _parts(rule)
    if parts is None or not {"FREQ", "BYHOUR"} <= set(parts):
        return None
    for key, harmless in _HARMLESS.items():
        value = parts.pop(key, None)
        if value is not None and harmless is not None and value != harmless:
            return None
    freq, hour, minute = parts.pop("FREQ"), parts.pop("BYHOUR"), parts.pop("BYMINUTE", "0")
    if not (hour.isdecimal() and minute.isdecimal() and int(hour) < 24 and int(minute) < 60):
        return None
    at = f"{int(hour):02d}:{int(minute):02d}"
    if freq == "DAILY" and not parts:
        return "daily", WeeklyTime(tuple(range(7)), at)
    byday = parts.pop("BYDAY", "")
    days = byday.split(",")
    if freq != "WEEKLY" or parts or not days or not set(days) <= set(DAYS):
        return None  # BYDAY=1MO (ordinals) and BYMONTH, COUNT, UNTIL... are not a grid
    return "weekly", WeeklyTime(tuple(sorted({DAYS.index(d) for d in days})), at)


def _parts(rule: str | None) -> dict[str, str] | None:
    text = (rule or "").strip().upper().removeprefix("RRULE:")
    parts: dict[str, str] = {}
    for item in text.split(";"):
        key, sep, value = item.partition("=")
        if not sep or key in parts:
            return None
        parts[key.strip()] = value.strip()
    return parts


def clock_words(at: str) -> str:
    """ "18:00" as "6:00 PM"."""
    hour, minute = parse_clock(at)
    return f"{hour % 12 or 12}:{minute:02d} {'AM' if hour < 12 else 'PM'}"


def days_words(days) -> str:
    """Weekday indexes as "Mon, Wed, Thu" ("Every day" for all seven)."""
    days = sorted(set(days))
    if len(days) == 7:
        return "Every day"
    if days == [0, 1, 2, 3, 4]:
        return "Mon–Fri"
    return ", ".join(DAY_NAMES[d] for d in days)


def minutes_words(minutes: int) -> str:
    """A length as people say it: "3 h", "1 h 30 min", "45 min"."""
    hours, rest = divmod(int(minutes), 60)
    if not hours:
        return f"{rest} min"
    return f"{hours} h {rest} min" if rest else f"{hours} h"


def rule_words(rule: str) -> str | None:
    """ "Mon, Wed 6:00 PM" for a grid rule; None for a rule only RRULE text can say."""
    read = read_rule(rule)
    if read is None:
        return None
    _, weekly = read
    return f"{days_words(weekly.days)} {clock_words(weekly.at)}"


def sessions_words(rules, minutes: int) -> str:
    """A program's sessions in words: "Mon, Wed, Thu 6:00 PM, 3 h"."""
    said = [rule_words(rule) or f"custom rule {rule}" for rule in rules or ()]
    if not said:
        return "No weekly sessions"
    return f"{'; '.join(said)}, {minutes_words(minutes)}"


OFFSET_UNITS = {"minutes": 1, "hours": 60, "days": 1440}


def offset_parts(minutes: int) -> tuple[int, str]:
    """A reminder offset as (amount, unit) for the editor: 1440 shows as 24 hours."""
    if minutes >= 2 * 1440 and minutes % 1440 == 0:
        return minutes // 1440, "days"
    if minutes and minutes % 60 == 0:
        return minutes // 60, "hours"
    return minutes, "minutes"
