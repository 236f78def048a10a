"""What the on-call page shows: a calendar per program and the organization default, the
schedules behind each, who is on call now, and the signed-in person's own shifts.

Admins and people of every program see every program; the others see their
program and the organization default (which covers their program when it has
no rotation of its own). Staff and admins may change the schedules of the
programs they see; the organization's only when they belong to every program.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from console.web.access import program_scope
from console.web.oncall_calendar import calendar_days, shifts_of
from flows import oncall
from flows.admin.oncall import ROLES, on_call_now, schedule_view
from models import OnCallSchedule, Program, StaffMember
from models.user import COUNSELOR

ORG_NAME = "Organization default"
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def may_manage(user, program_id: int | None) -> bool:
    """True if `user` may change the schedules of `program_id` (None: the organization's)."""
    if user.role == COUNSELOR:
        return False
    scope = program_scope(user)
    return scope is None or program_id == scope


def visible_programs(session: Session, user) -> list[Program]:
    """The programs whose calendars `user` sees."""
    scope = program_scope(user)
    query = select(Program).order_by(Program.name)
    if scope is not None:
        query = query.where(Program.id == scope)
    return list(session.scalars(query))


def page(session: Session, user, now: datetime, config: dict) -> dict:
    """Every calendar `user` sees, their own shifts, and the choices for the override form."""
    calendars = [
        _calendar(session, user, program.id, program.name, program.timezone, now)
        for program in visible_programs(session, user)
    ]
    calendars.append(_calendar(session, user, None, ORG_NAME, _org_zone(session, config), now))
    mine = []
    for cal in calendars:
        shown_until = cal["days"][-1].cover["primary"][-1].ends
        for role in ("primary", "backup"):
            for starts, ends in shifts_of(user.staff_id, cal["days"], role):
                if ends <= now:
                    continue  # earlier today: over
                mine.append(
                    {
                        "calendar": cal["name"],
                        "role": role,
                        "starts": starts,
                        "ends": ends,
                        "now": starts <= now,
                        "last_day": cal["days"][-1].day if ends >= shown_until else None,
                    }
                )
    mine.sort(key=lambda shift: shift["starts"])
    return {
        "calendars": calendars,
        "my_shifts": mine,
        "staff_id": user.staff_id,
        "schedule_choices": [
            (s["id"], f"{cal['name']}: {s['role']}", s["timezone"])
            for cal in calendars
            if cal["manageable"] and cal["own"]
            for s in cal["schedules"]
        ],
        "staff_choices": staff_choices(session, user),
        "can_manage": any(cal["manageable"] for cal in calendars),
    }


def _calendar(session, user, program_id, name, zone, now) -> dict:
    owned = (
        OnCallSchedule.program_id.is_(None)
        if program_id is None
        else (OnCallSchedule.program_id == program_id)
    )
    schedules = list(
        session.scalars(select(OnCallSchedule).where(owned).order_by(OnCallSchedule.id))
    )
    names = dict(session.execute(select(StaffMember.id, StaffMember.name)).all())
    views = []
    for schedule in schedules:
        view = schedule_view(session, schedule, now)
        view["rotation_names"] = [names.get(i, f"#{i}") for i in view["rotation"]]
        view["handoff"] = handoff_words(schedule)
        views.append(view)
    covering = on_call_now(session, program_id, now)
    gap_at = covering["gap_at"]
    return {
        "program_id": program_id,
        "name": name,
        "timezone": zone,
        "own": bool(schedules),
        # No rotation at all covers it (not even the organization's): one warning, not a grid.
        "uncovered": not any(oncall.schedules_for(session, program_id, r) for r in ROLES),
        "schedules": views,
        "now": covering,
        "gap_at": gap_at.astimezone(ZoneInfo(zone)) if gap_at is not None else None,
        "days": calendar_days(session, program_id, zone, now),
        "manageable": may_manage(user, program_id),
    }


def handoff_words(schedule: OnCallSchedule) -> str:
    """When the schedule hands off, as people say it ("Mondays at 09:00")."""
    if schedule.shift_days == 7:
        return f"{WEEKDAYS[schedule.starts_on.weekday()]}s at {schedule.handoff_time}"
    every = "day" if schedule.shift_days == 1 else f"{schedule.shift_days} days"
    return f"every {every} at {schedule.handoff_time}"


def staff_choices(session: Session, user) -> list[tuple[int, str]]:
    """Staff a page can reach (active, with a phone), of the programs `user` sees."""
    query = select(StaffMember).where(StaffMember.active.is_(True), StaffMember.phone.is_not(None))
    scope = program_scope(user)
    if scope is not None:
        query = query.where((StaffMember.program_id == scope) | StaffMember.program_id.is_(None))
    return [(s.id, s.name) for s in session.scalars(query.order_by(StaffMember.name))]


def _org_zone(session: Session, config: dict) -> str:
    zone = session.scalar(
        select(OnCallSchedule.timezone)
        .where(OnCallSchedule.program_id.is_(None))
        .order_by(OnCallSchedule.id)
        .limit(1)
    )
    return zone or config["DEFAULT_TIMEZONE"]
