"""Who is on call: rotations with handoffs in local time, overrides, and the levels of a policy.

A schedule hands off every `shift_days` days at `handoff_time` in its own
timezone, so a handoff stays at 09:00 local across DST. An override covering
the moment wins over the rotation. A program without a schedule (or policy)
of its own uses the organization-wide one (program_id NULL).
"""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from models import EscalationPolicy, OnCallOverride, OnCallSchedule, StaffMember

DEFAULT_ACK_MINUTES = 5
DEFAULT_LEVELS = (
    {"target": "oncall", "ack_minutes": DEFAULT_ACK_MINUTES},
    {"target": "backup", "ack_minutes": DEFAULT_ACK_MINUTES},
    {"target": "supervisors", "ack_minutes": DEFAULT_ACK_MINUTES},
)
DEFAULT_REPEAT = 2
TARGETS = ("oncall", "backup", "supervisors", "staff")
ROLES = {"oncall": "primary", "backup": "backup"}


def rotation_member(schedule: OnCallSchedule, at: datetime) -> int | None:
    """The staff id whose turn it is at `at` by the rotation alone (None before it starts)."""
    if not schedule.rotation:
        return None
    zone = ZoneInfo(schedule.timezone)
    first = datetime.combine(schedule.starts_on, time.fromisoformat(schedule.handoff_time))
    # Wall-clock arithmetic: a handoff at 09:00 local stays at 09:00 local across DST.
    local = at.astimezone(zone).replace(tzinfo=None)
    if local < first:
        return None
    shifts = (local - first) // timedelta(days=max(schedule.shift_days, 1))
    return int(schedule.rotation[shifts % len(schedule.rotation)])


def on_call(session: Session, schedule: OnCallSchedule, at: datetime) -> StaffMember | None:
    """The active staff member covering `schedule` at `at`: an override, else the rotation."""
    override = session.scalars(
        select(OnCallOverride)
        .where(
            OnCallOverride.schedule_id == schedule.id,
            OnCallOverride.starts_at <= at,
            OnCallOverride.ends_at > at,
        )
        .order_by(OnCallOverride.id.desc())
    ).first()
    staff_id = override.staff_id if override is not None else rotation_member(schedule, at)
    staff = session.get(StaffMember, staff_id) if staff_id is not None else None
    return staff if staff is not None and staff.active else None


def schedules_for(session: Session, program_id: int | None, role: str) -> list[OnCallSchedule]:
    """The program's schedules of `role`, else the organization-wide ones."""
    for owner in ([program_id] if program_id is not None else []) + [None]:
        found = list(
            session.scalars(
                select(OnCallSchedule)
                .where(_owned_by(OnCallSchedule.program_id, owner), OnCallSchedule.role == role)
                .order_by(OnCallSchedule.id)
            )
        )
        if found:
            return found
    return []


def policy_for(session: Session, program_id: int | None) -> EscalationPolicy | None:
    """The program's escalation policy, else the organization-wide one, else None (defaults)."""
    for owner in ([program_id] if program_id is not None else []) + [None]:
        policy = session.scalar(
            select(EscalationPolicy).where(_owned_by(EscalationPolicy.program_id, owner))
        )
        if policy is not None:
            return policy
    return None


def policy_levels(policy: EscalationPolicy | None) -> list[dict]:
    """The levels to page, in order (the default chain when there is no policy)."""
    levels = policy.levels if policy is not None and policy.levels else DEFAULT_LEVELS
    return [dict(level) for level in levels]


def policy_repeat(policy: EscalationPolicy | None) -> int:
    """How many times the whole chain runs."""
    return max(int(policy.repeat), 1) if policy is not None else DEFAULT_REPEAT


def level_recipients(
    session: Session, program_id: int | None, level: dict, at: datetime
) -> list[StaffMember]:
    """Who one level pages at `at`: active staff with a phone, each once."""
    target = level.get("target")
    if target in ROLES:
        found = [on_call(session, s, at) for s in schedules_for(session, program_id, ROLES[target])]
    elif target == "supervisors":
        found = supervisors(session, program_id)
    else:
        ids = [int(i) for i in level.get("staff_ids") or []]
        found = [session.get(StaffMember, i) for i in ids]
    unique: dict[int, StaffMember] = {}
    for staff in found:
        if staff is not None and staff.active and staff.phone:
            unique.setdefault(staff.id, staff)
    return list(unique.values())


def supervisors(session: Session, program_id: int | None) -> list[StaffMember]:
    """Active supervisors of the program, or of every program."""
    query = select(StaffMember).where(
        StaffMember.role == "supervisor", StaffMember.active.is_(True)
    )
    if program_id is not None:
        query = query.where(
            or_(StaffMember.program_id == program_id, StaffMember.program_id.is_(None))
        )
    return list(session.scalars(query.order_by(StaffMember.id)))


def last_resort(session: Session, program_id: int | None) -> list[StaffMember]:
    """Who is paged when no level of the chain names anyone: supervisors, else all staff.

    A crisis must reach a person even when the rota is empty.
    """
    found = supervisors(session, program_id)
    if found:
        return found
    query = select(StaffMember).where(StaffMember.active.is_(True)).order_by(StaffMember.id)
    return list(session.scalars(query))


def first_gap(
    session: Session, program_id: int | None, now: datetime, hours: int = 48
) -> datetime | None:
    """The first moment in the next `hours` when nobody is on call (primary), or None.

    Checked hourly and at every override boundary: rotations only change at
    handoffs, so nothing shorter than an hour can hide between the checks
    except an override, whose edges are checked too.
    """
    schedules = schedules_for(session, program_id, "primary")
    end = now + timedelta(hours=hours)
    moments = {now + timedelta(hours=h) for h in range(hours)}
    for schedule in schedules:
        overrides = session.scalars(
            select(OnCallOverride).where(
                OnCallOverride.schedule_id == schedule.id,
                OnCallOverride.ends_at > now,
                OnCallOverride.starts_at < end,
            )
        )
        for override in overrides:
            moments.update(m for m in (override.starts_at, override.ends_at) if now <= m < end)
    for moment in sorted(moments):
        if not any(on_call(session, s, moment) for s in schedules):
            return moment
    return None


def _owned_by(column, owner: int | None):
    return column.is_(None) if owner is None else column == owner


def utc(value: datetime) -> datetime:
    """`value` in UTC (naive values are taken as UTC)."""
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
