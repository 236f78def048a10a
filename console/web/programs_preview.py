"""The editor's calendar preview: four weeks of what a program would send, before saving.

The plan comes from the planner itself (flows.schedule_store.planned_messages,
the function that stores real plans), run on an unsaved Program and a sample
participant who lives in the program's time zone and has no overrides, pause
or discharge. Nothing is read from or written to the database.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from console.web.programs_rules import DAY_NAMES, minutes_words
from flows.planning import sessions
from flows.schedule_store import planned_messages, program_schedule
from models import Participant, Program
from models.participant import ACTIVE

WEEKS = 4
KIND_ORDER = {"session": 0, "reminder": 1, "checkin": 2, "closing": 3}


@dataclass(frozen=True)
class Entry:
    """One thing on a day: a group session, or a text the participant is sent."""

    kind: str  # session | reminder | checkin | closing
    at: datetime  # local
    title: str
    detail: str = ""

    @property
    def clock(self) -> str:
        """ "6:00 PM"."""
        return clock_of(self.at)


@dataclass
class Day:
    """One square of the calendar."""

    day: date
    shown: bool  # False before the preview's first day (already past, or before the start)
    cancelled: bool = False
    today: bool = False
    entries: list[Entry] = field(default_factory=list)

    @property
    def label(self) -> str:
        """ "Mon Nov 23"."""
        return f"{DAY_NAMES[self.day.weekday()]} {self.day:%b} {self.day.day}"


@dataclass
class Calendar:
    """Four Monday-to-Sunday weeks, and how many of each kind of entry they hold."""

    timezone: str
    first: date
    last: date
    weeks: list[list[Day]]
    counts: dict[str, int]


def sample_participant(program: Program) -> Participant:
    """A participant of `program` in its zone, active, with nothing of their own changed."""
    return Participant(
        name="Sample participant",
        timezone=program.timezone,
        status=ACTIVE,
        policy_overrides={},
    )


def four_weeks(program: Program, now: datetime) -> Calendar:
    """The preview from today (or the program's first day, if later), in its local time."""
    zone = ZoneInfo(program.timezone)
    today = now.astimezone(zone).date()
    first = max(today, program.start_date)
    monday = first - timedelta(days=first.weekday())
    end_day = monday + timedelta(weeks=WEEKS)
    begin, end = _midnight(first, zone), _midnight(end_day, zone)
    cancelled = {date.fromisoformat(d) for d in program.cancelled_dates or ()}
    days = {}
    for n in range(WEEKS * 7):
        day = monday + timedelta(days=n)
        days[day] = Day(day, shown=day >= first, cancelled=day in cancelled, today=day == today)
    for entry in _entries(program, begin, end, zone):
        days[entry.at.date()].entries.append(entry)
    counts = {kind: 0 for kind in KIND_ORDER}
    for day in days.values():
        day.entries.sort(key=lambda e: (e.at, KIND_ORDER[e.kind]))
        for entry in day.entries:
            counts[entry.kind] += 1
    ordered = list(days.values())  # in date order, as added
    weeks = [ordered[n : n + 7] for n in range(0, WEEKS * 7, 7)]
    return Calendar(program.timezone, first, end_day - timedelta(days=1), weeks, counts)


def _entries(program: Program, begin: datetime, end: datetime, zone: ZoneInfo) -> list[Entry]:
    extras = {datetime.fromisoformat(s) for s in program.extra_sessions or ()}
    length = timedelta(minutes=program.session_minutes)
    found = []
    for start in sessions(program_schedule(program), begin, end):
        local = start.astimezone(zone).replace(tzinfo=None)
        detail = f"until {clock_of(local + length)} ({minutes_words(program.session_minutes)})"
        title = "Extra session" if local in extras else "Group session"
        found.append(Entry("session", local, title, detail))
    for item in planned_messages(program, sample_participant(program), begin, end):
        local = item.due.astimezone(zone).replace(tzinfo=None)
        found.append(_text_entry(item, local, zone))
    return found


def _text_entry(item, local: datetime, zone: ZoneInfo) -> Entry:
    if item.flow == "reminder":
        session_local = item.session_at.astimezone(zone).replace(tzinfo=None)
        when = clock_of(session_local)
        ahead = (session_local.date() - local.date()).days
        day = {0: "today’s", 1: "tomorrow’s"}.get(ahead, f"{DAY_NAMES[session_local.weekday()]}’s")
        return Entry("reminder", local, "Reminder text", f"for {day} {when} session")
    if item.flow == "checkin":
        return Entry("checkin", local, "Check-in text")
    return Entry(item.flow, local, "Closing text", "end of aftercare")


def clock_of(local: datetime) -> str:
    """A local time as "6:00 PM"."""
    return f"{local.hour % 12 or 12}:{local.minute:02d} {'AM' if local.hour < 12 else 'PM'}"


def _midnight(day: date, zone: ZoneInfo) -> datetime:
    return datetime.combine(day, time(0), tzinfo=zone).astimezone(UTC)
