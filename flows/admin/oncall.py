"""On-call administration shared by the JSON API and the CLI: schedules, overrides, policies.

Like the rest of flows.admin, each operation takes a session and plain values,
checks them as a whole and raises InvalidFieldError naming the field, NotFoundError
for an unknown id and ConflictError for a clash. Escalations themselves are in
flows/admin/escalations.py.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from flows import oncall
from flows.admin import ConflictError, InvalidFieldError, NotFoundError
from flows.admin import checks as check
from models import (
    EscalationPolicy,
    OnCallOverride,
    OnCallSchedule,
    Program,
    StaffMember,
)

ROLES = ("primary", "backup")
ROTATION_MAX = 52
SHIFT_DAYS_MIN, SHIFT_DAYS_MAX = 1, 28
LEVELS_MAX = 10
STAFF_IDS_MAX = 20
ACK_MINUTES_MIN, ACK_MINUTES_MAX = 1, 60
REPEAT_MIN, REPEAT_MAX = 1, 5
SCHEDULE_FIELDS = (
    "program_id",
    "role",
    "timezone",
    "rotation",
    "starts_on",
    "handoff_time",
    "shift_days",
)
SCHEDULE_DEFAULTS = {
    "program_id": None,
    "role": "primary",
    "handoff_time": "09:00",
    "shift_days": 7,
}
SCHEDULE_REQUIRED = ("timezone", "rotation", "starts_on")
_LEVEL_KEYS = {"target", "staff_ids", "ack_minutes"}
# Any constant works: it only has to be the same for every writer of the default policy.
_DEFAULT_POLICY_LOCK = 7_461_001


# On-call schedules --------------------------------------------------------------------------


def schedule_view(session: Session, schedule: OnCallSchedule, now: datetime) -> dict:
    """The schedule as the API shows it, with who covers it now and its upcoming overrides."""
    covering = oncall.on_call(session, schedule, now)
    overrides = session.scalars(
        select(OnCallOverride)
        .where(OnCallOverride.schedule_id == schedule.id, OnCallOverride.ends_at > now)
        .order_by(OnCallOverride.starts_at, OnCallOverride.id)
    )
    return {
        "id": schedule.id,
        **{name: getattr(schedule, name) for name in SCHEDULE_FIELDS},
        "rotation": [int(i) for i in schedule.rotation or ()],
        "on_call_id": covering.id if covering is not None else None,
        "overrides": [override_view(session, o) for o in overrides],
        "created_at": schedule.created_at,
    }


def override_view(session: Session, override: OnCallOverride) -> dict:
    """An override as the API shows it."""
    staff = session.get(StaffMember, override.staff_id)
    return {
        "id": override.id,
        "schedule_id": override.schedule_id,
        "staff_id": override.staff_id,
        "staff_name": staff.name if staff is not None else None,
        "starts_at": override.starts_at,
        "ends_at": override.ends_at,
    }


def list_schedules(session: Session, now: datetime) -> list[dict]:
    """Every on-call schedule, oldest first."""
    query = select(OnCallSchedule).order_by(OnCallSchedule.id)
    return [schedule_view(session, s, now) for s in session.scalars(query)]


def get_schedule(session: Session, schedule_id: int) -> OnCallSchedule:
    """The schedule, or NotFoundError."""
    schedule = session.get(OnCallSchedule, schedule_id)
    if schedule is None:
        raise NotFoundError(f"no on-call schedule #{schedule_id}")
    return schedule


def create_schedule(session: Session, values: dict, now: datetime) -> OnCallSchedule:
    """Add a rotation; fields not given take the usual defaults (primary, 09:00, weekly)."""
    missing = [name for name in SCHEDULE_REQUIRED if values.get(name) is None]
    if missing:
        raise InvalidFieldError(missing[0], "is required")
    checked = _schedule_checked(session, SCHEDULE_DEFAULTS | values)
    schedule = OnCallSchedule(created_at=now, **checked)
    session.add(schedule)
    session.flush()
    return schedule


def update_schedule(session: Session, schedule_id: int, changes: dict) -> OnCallSchedule:
    """Change a schedule; the change is checked together with what is stored."""
    schedule = get_schedule(session, schedule_id)
    current = {name: getattr(schedule, name) for name in SCHEDULE_FIELDS}
    for name, value in _schedule_checked(session, current | changes).items():
        setattr(schedule, name, value)
    session.flush()
    return schedule


def delete_schedule(session: Session, schedule_id: int) -> None:
    """Delete a schedule and its overrides."""
    schedule = get_schedule(session, schedule_id)
    for override in session.scalars(
        select(OnCallOverride).where(OnCallOverride.schedule_id == schedule.id)
    ):
        session.delete(override)
    session.flush()  # the overrides refer to the schedule: they go first
    session.delete(schedule)
    session.flush()


def _schedule_checked(session: Session, values: dict) -> dict:
    v = {name: values.get(name) for name in SCHEDULE_FIELDS}
    _program_ref(session, v["program_id"])
    if v["role"] not in ROLES:
        raise InvalidFieldError("role", f"must be one of {', '.join(ROLES)}")
    if not isinstance(v["timezone"], str):
        raise InvalidFieldError("timezone", "is required")
    check.timezone(v["timezone"])
    v["rotation"] = _rotation(session, v["rotation"])
    if not isinstance(v["starts_on"], date) or isinstance(v["starts_on"], datetime):
        raise InvalidFieldError("starts_on", "must be a date (YYYY-MM-DD)")
    check.day(v["starts_on"], "starts_on")
    check.clock_time(v["handoff_time"], "handoff_time")
    _number(v["shift_days"], "shift_days", SHIFT_DAYS_MIN, SHIFT_DAYS_MAX)
    return v


def _rotation(session: Session, rotation) -> list[int]:
    """Staff ids in turn order; each must be someone a page can reach (repeats are allowed)."""
    if not isinstance(rotation, list) or not 1 <= len(rotation) <= ROTATION_MAX:
        raise InvalidFieldError("rotation", f"give 1 to {ROTATION_MAX} staff ids in turn order")
    return [pageable_staff(session, staff_id, "rotation").id for staff_id in rotation]


# Overrides ----------------------------------------------------------------------------------


def add_override(session: Session, schedule_id: int, values: dict, now: datetime) -> OnCallOverride:
    """Let someone cover the schedule from starts_at to ends_at (stored in UTC)."""
    schedule = get_schedule(session, schedule_id)
    staff = pageable_staff(session, values.get("staff_id"), "staff_id")
    starts = _instant(values.get("starts_at"), "starts_at")
    ends = _instant(values.get("ends_at"), "ends_at")
    if ends <= starts:
        raise InvalidFieldError("ends_at", "must be after starts_at")
    if ends <= now:
        raise InvalidFieldError("ends_at", "is in the past: the override would never apply")
    override = OnCallOverride(
        schedule_id=schedule.id, staff_id=staff.id, starts_at=starts, ends_at=ends
    )
    session.add(override)
    session.flush()
    return override


def delete_override(session: Session, schedule_id: int, override_id: int) -> None:
    """Remove an override of the schedule (the rotation covers that time again)."""
    get_schedule(session, schedule_id)
    override = session.get(OnCallOverride, override_id)
    if override is None or override.schedule_id != schedule_id:
        raise NotFoundError(f"no override #{override_id} on schedule #{schedule_id}")
    session.delete(override)
    session.flush()


def _instant(value, field: str) -> datetime:
    if not isinstance(value, datetime) or value.utcoffset() is None:
        raise InvalidFieldError(field, "give a date-time with its UTC offset")
    # Checked before converting: 0001-01-01T00:00+01:00 has no UTC equivalent.
    check.day(value.date(), field)
    return value.astimezone(UTC)


def on_call_now(session: Session, program_id: int | None, now: datetime) -> dict:
    """Who is on call now for the program (or organization-wide), and the next gap in 48 h."""
    _program_ref(session, program_id)
    return {
        "program_id": program_id,
        "at": now,
        "primary": _covering(session, program_id, "primary", now),
        "backup": _covering(session, program_id, "backup", now),
        "gap_at": oncall.first_gap(session, program_id, now),
    }


def _covering(session: Session, program_id: int | None, role: str, now: datetime) -> dict | None:
    for schedule in oncall.schedules_for(session, program_id, role):
        staff = oncall.on_call(session, schedule, now)
        if staff is not None:
            return {"staff_id": staff.id, "name": staff.name, "schedule_id": schedule.id}
    return None


# Escalation policies ------------------------------------------------------------------------


def list_policies(session: Session) -> list[dict]:
    """Every stored policy: the organization default first, then by program."""
    policies = sorted(
        session.scalars(select(EscalationPolicy)),
        key=lambda p: (p.program_id is not None, p.program_id or 0),
    )
    return [
        _policy_view(p, p.program_id, "program" if p.program_id else "default") for p in policies
    ]


def get_policy(session: Session, program_id: int | None) -> dict:
    """The policy that applies to the program (None: organization-wide), and where it comes from.

    `source` is "program" (its own), "default" (the organization's) or
    "builtin" (none stored: on-call, backup, supervisors, 5 minutes each).
    """
    if program_id is not None:
        _existing_program(session, program_id)
    policy = oncall.policy_for(session, program_id)
    if policy is None:
        return _policy_view(None, program_id, "builtin")
    return _policy_view(policy, program_id, "program" if policy.program_id else "default")


def put_policy(session: Session, program_id: int | None, values: dict, now: datetime) -> dict:
    """Set the program's own policy (None: the organization default), replacing any stored one."""
    if program_id is not None:
        _existing_program(session, program_id)
    levels = _levels(session, values.get("levels"))
    repeat = _number(values.get("repeat", oncall.DEFAULT_REPEAT), "repeat", REPEAT_MIN, REPEAT_MAX)
    if program_id is None:
        _lock_default_policy(session)
    owner = (
        EscalationPolicy.program_id.is_(None)
        if program_id is None
        else EscalationPolicy.program_id == program_id
    )
    policy = session.scalars(select(EscalationPolicy).where(owner)).first()
    if policy is None:
        policy = EscalationPolicy(program_id=program_id, created_at=now)
        session.add(policy)
    policy.levels, policy.repeat, policy.updated_at = levels, repeat, now
    try:
        session.flush()
    except IntegrityError:  # a concurrent request stored the program's policy first
        raise ConflictError("the policy was changed by another request; try again") from None
    return get_policy(session, program_id)


def _policy_view(policy: EscalationPolicy | None, program_id: int | None, source: str) -> dict:
    return {
        "id": policy.id if policy is not None else None,
        "program_id": program_id,
        "source": source,
        "levels": oncall.policy_levels(policy),
        "repeat": oncall.policy_repeat(policy),
        "updated_at": policy.updated_at if policy is not None else None,
    }


def _lock_default_policy(session: Session) -> None:
    # NULL program ids are never equal, so the unique index cannot stop two defaults.
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _DEFAULT_POLICY_LOCK})


def _levels(session: Session, levels) -> list[dict]:
    if not isinstance(levels, list) or not 1 <= len(levels) <= LEVELS_MAX:
        raise InvalidFieldError("levels", f"give 1 to {LEVELS_MAX} levels")
    return [_level(session, level, f"levels.{i}") for i, level in enumerate(levels)]


def _level(session: Session, level, path: str) -> dict:
    if not isinstance(level, dict) or set(level) - _LEVEL_KEYS:
        raise InvalidFieldError(path, 'give {"target", "ack_minutes", "staff_ids" (for staff)}')
    target = level.get("target")
    if target not in oncall.TARGETS:
        raise InvalidFieldError(f"{path}.target", f"must be one of {', '.join(oncall.TARGETS)}")
    minutes = level.get("ack_minutes", oncall.DEFAULT_ACK_MINUTES)
    checked = {
        "target": target,
        "ack_minutes": _number(minutes, f"{path}.ack_minutes", ACK_MINUTES_MIN, ACK_MINUTES_MAX),
    }
    ids = level.get("staff_ids") or []
    if target != "staff":
        if ids:
            raise InvalidFieldError(f"{path}.staff_ids", 'only a "staff" level names staff')
        return checked
    if not isinstance(ids, list) or not 1 <= len(ids) <= STAFF_IDS_MAX:
        raise InvalidFieldError(
            f"{path}.staff_ids", f'a "staff" level names 1 to {STAFF_IDS_MAX} staff ids'
        )
    pageable = [pageable_staff(session, i, f"{path}.staff_ids").id for i in ids]
    return checked | {"staff_ids": list(dict.fromkeys(pageable))}


# Shared checks ------------------------------------------------------------------------------


def pageable_staff(session: Session, staff_id, field: str) -> StaffMember:
    """An active staff member with a phone: someone a page can reach."""
    if isinstance(staff_id, bool) or not isinstance(staff_id, int):
        raise InvalidFieldError(field, f"{staff_id!r} is not a staff id")
    staff = session.get(StaffMember, staff_id)
    if staff is None:
        raise InvalidFieldError(field, f"no staff member #{staff_id}")
    if not staff.active:
        raise InvalidFieldError(field, f"staff member #{staff_id} is not active")
    if not staff.phone:
        raise InvalidFieldError(field, f"staff member #{staff_id} has no phone")
    return staff


def _program_ref(session: Session, program_id) -> None:
    if program_id is not None and session.get(Program, program_id) is None:
        raise InvalidFieldError("program_id", f"no program #{program_id}")


def _existing_program(session: Session, program_id: int) -> Program:
    program = session.get(Program, program_id)
    if program is None:
        raise NotFoundError(f"no program #{program_id}")
    return program


def _number(value, field: str, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise InvalidFieldError(field, f"must be a whole number from {low} to {high}")
    return value
