"""The on-call calendar: who is primary and backup, day by day, for the next four weeks.

Each day is cut where cover can change (local midnight, each schedule's
handoff, each override's start and end) and every piece asks flows.oncall.on_call
who covers it: the function the pager itself uses, so the calendar shows
exactly whom a crisis would reach. A program without schedules of its own is
covered by the organization's (flows.oncall.schedules_for). A piece of a day
with nobody on call as primary is a gap, unless it is already over: today is
cut at the current moment too, and the hours before it are shown as past.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from flows import oncall
from models import OnCallOverride, OnCallSchedule

DAYS = 28
ROLES = ("primary", "backup")


@dataclass
class Segment:
    """A stretch of one day with the same cover (times are local to the calendar)."""

    starts: datetime
    ends: datetime
    staff: list[tuple[int, str]]  # (id, name) of who covers it
    override: bool = False
    past: bool = False  # over before the calendar was drawn

    @property
    def names(self) -> str:
        """Who covers it, as a page reads it."""
        return ", ".join(name for _, name in self.staff)

    def has(self, staff_id: int | None) -> bool:
        """True if `staff_id` covers this stretch."""
        return staff_id is not None and any(i == staff_id for i, _ in self.staff)


@dataclass
class Day:
    """One calendar day: the stretches of primary and of backup cover."""

    day: date
    cover: dict[str, list[Segment]] = field(default_factory=dict)

    @property
    def gap(self) -> bool:
        """Nobody is, or will be, on call as primary for part of the day (past hours aside)."""
        return any(not s.staff and not s.past for s in self.cover.get("primary", []))


def calendar_days(
    session: Session, program_id: int | None, zone_name: str, now: datetime, days: int = DAYS
) -> list[Day]:
    """The next `days` days (from today in `zone_name`) of the program's cover."""
    zone = ZoneInfo(zone_name)
    today = now.astimezone(zone).date()
    result = [Day(today + timedelta(days=n)) for n in range(days)]
    window_start = _midnight(today, zone)
    window_end = _midnight(today + timedelta(days=days), zone)
    for role in ROLES:
        schedules = oncall.schedules_for(session, program_id, role)
        overrides = _overrides(session, schedules, window_start, window_end)
        for day in result:
            day.cover[role] = _day_cover(session, schedules, overrides, day.day, zone, now)
    return result


def _day_cover(session, schedules, overrides, day: date, zone: ZoneInfo, now) -> list[Segment]:
    starts, ends = _midnight(day, zone), _midnight(day + timedelta(days=1), zone)
    moments = {starts, now} if starts < now < ends else {starts}
    for schedule in schedules:
        moments.update(m for m in _handoffs(schedule, day) if starts < m < ends)
    for override in overrides:
        moments.update(m for m in (override.starts_at, override.ends_at) if starts < m < ends)
    ordered = sorted(moments)
    segments: list[Segment] = []
    for moment, until in zip(ordered, [*ordered[1:], ends], strict=True):
        staff = []
        for schedule in schedules:
            member = oncall.on_call(session, schedule, moment)
            if member is not None and all(member.id != i for i, _ in staff):
                staff.append((member.id, member.name))
        overridden = any(o.starts_at <= moment < o.ends_at for o in overrides)
        local = Segment(
            moment.astimezone(zone), until.astimezone(zone), staff, overridden, past=until <= now
        )
        if segments and _same(segments[-1], local):
            segments[-1].ends, segments[-1].past = local.ends, local.past
        else:
            segments.append(local)
    return segments


def _same(a: Segment, b: Segment) -> bool:
    # Uncovered hours are kept apart at "now" (past ones are no longer a gap);
    # covered ones are not split by it.
    same_cover = [i for i, _ in a.staff] == [i for i, _ in b.staff] and a.override == b.override
    return same_cover and (a.past == b.past or bool(a.staff))


def _handoffs(schedule: OnCallSchedule, day: date) -> list[datetime]:
    """The schedule's handoff moments near `day` (in its own zone, so DST keeps 09:00 local)."""
    zone = ZoneInfo(schedule.timezone)
    at = time.fromisoformat(schedule.handoff_time)
    return [
        datetime.combine(day + timedelta(days=d), at, tzinfo=zone).astimezone(UTC)
        for d in (-1, 0, 1)
    ]


def _overrides(session, schedules, starts: datetime, ends: datetime) -> list[OnCallOverride]:
    if not schedules:
        return []
    query = select(OnCallOverride).where(
        OnCallOverride.schedule_id.in_([s.id for s in schedules]),
        OnCallOverride.ends_at > starts,
        OnCallOverride.starts_at < ends,
    )
    return list(session.scalars(query))


def _midnight(day: date, zone: ZoneInfo) -> datetime:
    return datetime.combine(day, time(0), tzinfo=zone).astimezone(UTC)


def shifts_of(staff_id: int | None, days: list[Day], role: str) -> list[tuple[datetime, datetime]]:
    """The stretches `staff_id` covers as `role`, joined across midnights, in order."""
    shifts: list[list[datetime]] = []
    for day in days:
        for segment in day.cover.get(role, []):
            if not segment.has(staff_id):
                continue
            if shifts and shifts[-1][1] == segment.starts:
                shifts[-1][1] = segment.ends
            else:
                shifts.append([segment.starts, segment.ends])
    return [(s, e) for s, e in shifts]


def rotation_index(schedule: OnCallSchedule, now: datetime) -> int:
    """Which place of the rotation covers `now` (0 before it starts).

    The same wall-clock arithmetic as flows.oncall.rotation_member, which
    answers with the staff id; a rotation may name someone twice, so the edit
    form needs the place.
    """
    if not schedule.rotation:
        return 0
    first = datetime.combine(schedule.starts_on, time.fromisoformat(schedule.handoff_time))
    local = now.astimezone(ZoneInfo(schedule.timezone)).replace(tzinfo=None)
    if local < first:
        return 0
    shifts = (local - first) // timedelta(days=max(schedule.shift_days, 1))
    return int(shifts % len(schedule.rotation))


def last_handoff(weekday: int, at: time, zone_name: str, now: datetime) -> date:
    """The date of the latest `weekday` handoff at `at` (local) that is not after `now`."""
    local = now.astimezone(ZoneInfo(zone_name))
    day = local.date() - timedelta(days=(local.weekday() - weekday) % 7)
    if datetime.combine(day, at, tzinfo=local.tzinfo) > local:
        day -= timedelta(days=7)
    return day
