"""Planning: which reminders and check-ins a participant gets, and when (pure).

Sessions are RFC 5545 recurrence rules (dateutil.rrule) in the program's
IANA time zone; reminders and check-ins are wall-clock times in the
participant's zone, so "2 hours before an 18:00 session" is 16:00 local on
both sides of a DST change, and "the day before" keeps the same local time.
Everything returned is UTC. No database here: the materializer stores the
plan as timers (flows/schedule_store.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from dateutil.rrule import rrulestr


@dataclass(frozen=True)
class ProgramSchedule:
    """When a program's group sessions happen."""

    timezone: str
    session_rules: tuple[str, ...]
    start_date: date
    end_date: date | None = None
    duration: timedelta = timedelta(hours=3)
    cancelled: frozenset[date] = frozenset()
    extra_sessions: tuple[datetime, ...] = ()  # local wall times in the program's zone
    location: str = ""


@dataclass(frozen=True)
class Policy:
    """Reminder offsets, check-in cadence and the sending window (participant-local)."""

    reminder_offsets: tuple[timedelta, ...] = (timedelta(hours=24), timedelta(hours=2))
    checkin_rule: str | None = "FREQ=DAILY;BYHOUR=19;BYMINUTE=0"
    checkins_on_session_days: bool = False
    window_start: time = time(8, 0)
    window_end: time = time(21, 0)


@dataclass(frozen=True, order=True)
class Planned:
    """One message to send: a reminder for a session, or a check-in."""

    due: datetime  # UTC
    flow: str
    key: str = field(compare=False)  # stable identity, so a re-plan finds what already exists
    session_at: datetime | None = field(default=None, compare=False)  # UTC
    final: bool = field(default=True, compare=False)  # the last reminder before its session


class PlanningError(ValueError):
    """A schedule that cannot be planned (the message names the field)."""


def sessions(schedule: ProgramSchedule, start: datetime, end: datetime) -> list[datetime]:
    """Session starts (UTC) in [start, end), cancellations removed, extras added."""
    zone = ZoneInfo(schedule.timezone)
    first = datetime.combine(schedule.start_date, time(0))
    last_day = schedule.end_date or (end.astimezone(zone).date() + timedelta(days=1))
    last = datetime.combine(last_day, time(23, 59, 59))
    local_times: set[datetime] = set(schedule.extra_sessions)
    for rule in schedule.session_rules:
        local_times.update(_rule(rule, first).between(first, last, inc=True))
    found = []
    for local in local_times:
        if local.date() in schedule.cancelled:
            continue
        at = local.replace(tzinfo=zone).astimezone(UTC)
        if start <= at < end:
            found.append(at)
    return sorted(found)


def plan(
    schedule: ProgramSchedule, policy: Policy, participant_tz: str, start: datetime, end: datetime
) -> list[Planned]:
    """Every reminder and check-in due in [start, end), in time order."""
    zone = ZoneInfo(participant_tz)
    lookahead = max(policy.reminder_offsets, default=timedelta(0)) + timedelta(days=2)
    # From a day earlier: a plan that starts late on a session day must still
    # know that day had a session (no check-in on it).
    upcoming = sessions(schedule, start - timedelta(days=1), end + lookahead)
    planned = _reminders(upcoming, policy, zone)
    planned += _checkins(schedule, upcoming, policy, zone, start, end)
    return sorted(p for p in planned if start <= p.due < end)


def _reminders(upcoming: list[datetime], policy: Policy, zone: ZoneInfo) -> list[Planned]:
    planned = []
    for session_at in upcoming:
        local_session = session_at.astimezone(zone).replace(tzinfo=None)
        taken: set[datetime] = set()
        first_of_session = len(planned)
        for offset in sorted(policy.reminder_offsets, reverse=True):
            local_due = _fit_window(local_session - offset, local_session, policy)
            if local_due is None or local_due in taken:
                continue  # no room, or it would land on another reminder for this session
            taken.add(local_due)
            due = local_due.replace(tzinfo=zone).astimezone(UTC)
            key = f"reminder:{session_at:%Y-%m-%dT%H:%MZ}:{int(offset.total_seconds() // 60)}m"
            planned.append(Planned(due, "reminder", key, session_at, final=False))
        if len(planned) > first_of_session:  # the reminder closest to the session gets follow-ups
            planned[-1] = replace(planned[-1], final=True)
    return planned


def _checkins(schedule, upcoming, policy, zone, start, end) -> list[Planned]:
    if not policy.checkin_rule:
        return []
    session_days = {s.astimezone(zone).date() for s in upcoming}
    first = start.astimezone(zone).replace(tzinfo=None, hour=0, minute=0, second=0, microsecond=0)
    last = end.astimezone(zone).replace(tzinfo=None)
    planned = []
    for local in _rule(policy.checkin_rule, first).between(first, last, inc=True):
        if local.date() in session_days and not policy.checkins_on_session_days:
            continue
        if schedule.end_date and local.date() > schedule.end_date:
            continue
        local_due = _fit_window(local, None, policy)
        if local_due is None:
            continue
        due = local_due.replace(tzinfo=zone).astimezone(UTC)
        planned.append(Planned(due, "checkin", f"checkin:{local.date().isoformat()}"))
    return planned


def _fit_window(local_due: datetime, before: datetime | None, policy: Policy) -> datetime | None:
    """Move a local time into the sending window.

    Outside the window it moves to the earliest in-window time after it; if
    that is not before `before` (the session), to the latest in-window time
    before it instead; None when neither exists.
    """
    if _in_window(local_due, policy):
        return local_due
    later = _next_window_open(local_due, policy)
    if before is None or later < before:
        return later
    earlier = _previous_window_close(local_due, policy)
    return earlier if earlier < before and _in_window(earlier, policy) else None


def earliest_in_window(local: datetime, policy: Policy) -> datetime:
    """`local` if it is inside the sending window, else when the window next opens."""
    return local if _in_window(local, policy) else _next_window_open(local, policy)


def _in_window(local: datetime, policy: Policy) -> bool:
    return policy.window_start <= local.time() <= policy.window_end


def _next_window_open(local: datetime, policy: Policy) -> datetime:
    day = local.date() if local.time() < policy.window_start else local.date() + timedelta(days=1)
    return datetime.combine(day, policy.window_start)


def _previous_window_close(local: datetime, policy: Policy) -> datetime:
    day = local.date() if local.time() > policy.window_end else local.date() - timedelta(days=1)
    return datetime.combine(day, policy.window_end)


def _rule(text: str, dtstart: datetime):
    try:
        return rrulestr(text, dtstart=dtstart)
    except (ValueError, TypeError) as exc:
        raise PlanningError(f"not a valid RRULE {text!r}: {exc}") from None
