"""Programs: create, change and delete them; a change re-plans every participant in them.

Values come in as Python values (dates as `date`, extra sessions as local
"YYYY-MM-DDTHH:MM" strings) and are checked as a whole, so a change to one
field is checked against the others (a new window start against the stored
end, a new start date against the rules).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from flows.admin import ConflictError, InvalidFieldError, NotFoundError
from flows.admin import checks as check
from flows.planning import PlanningError, ProgramSchedule, sessions
from flows.runner import lock_participant
from flows.schedule_store import replan
from models import Broadcast, Participant, Program

FIELDS = (
    "name",
    "display_name",
    "timezone",
    "location",
    "session_rules",
    "session_minutes",
    "start_date",
    "end_date",
    "cancelled_dates",
    "extra_sessions",
    "business_hours",
    "reminder_offsets_minutes",
    "checkin_rule",
    "checkins_on_session_days",
    "window_start",
    "window_end",
    "aftercare_weeks",
    "aftercare_checkin_rule",
    "page_includes_text",
    "tell_participant_on_ack",
)
REQUIRED = ("name", "display_name", "timezone", "start_date")
# Fields that change no planned text, so changing them re-plans no one (the crisis
# settings only matter when an alert is paged).
_LABELS = {
    "name",
    "display_name",
    "business_hours",
    "page_includes_text",
    "tell_participant_on_ack",
}


def program_view(program: Program) -> dict:
    """The program as the API and `programs list --json` show it."""
    return {"id": program.id, **_values(program)} | {
        "created_at": program.created_at,
        "updated_at": program.updated_at,
    }


def list_programs(session: Session) -> list[dict]:
    """Every program, oldest first."""
    return [program_view(p) for p in session.scalars(select(Program).order_by(Program.id))]


def get_program(session: Session, program_id: int) -> Program:
    """The program, or NotFoundError."""
    program = session.get(Program, program_id)
    if program is None:
        raise NotFoundError(f"no program #{program_id}")
    return program


def create_program(session: Session, values: dict, now: datetime) -> Program:
    """Add a program; fields not given take the model's defaults."""
    program = unsaved_program(values)
    _unique_name(session, program.name, None)
    program.created_at = program.updated_at = now
    session.add(program)
    _flush(session, "name", f"a program named {program.name!r} exists")
    return program


def unsaved_program(values: dict) -> Program:
    """A Program of `values`, checked as create_program checks them, in no session.

    For previews: the planner can run on it before anything is saved. Fields
    not given take the model's defaults; whether the name is taken is checked
    only on saving.
    """
    missing = [name for name in REQUIRED if values.get(name) is None]
    if missing:
        raise InvalidFieldError(missing[0], "is required")
    program = Program()
    _apply(program, _checked({name: model_default(name) for name in FIELDS} | values))
    return program


def update_program(session: Session, program_id: int, changes: dict, now: datetime) -> int:
    """Change a program; re-plan its participants when what they are sent may change.

    Returns how many participants were re-planned.
    """
    program = get_program(session, program_id)
    current = _values(program)
    checked = _checked(current | changes)
    _unique_name(session, checked["name"], program.id)
    _apply(program, checked)
    program.updated_at = now
    _flush(session, "name", f"a program named {checked['name']!r} exists")
    changed = {name for name in changes if checked[name] != current[name]}
    return replan_program(session, program.id, now) if changed - _LABELS else 0


def replan_program(session: Session, program_id: int, now: datetime) -> int:
    """Re-plan every participant of the program; return how many there were."""
    ids = list(session.scalars(select(Participant.id).where(Participant.program_id == program_id)))
    for participant_id in ids:
        replan(session, lock_participant(session, participant_id), now)
    return len(ids)


def delete_program(session: Session, program_id: int) -> None:
    """Delete a program that nothing refers to; ConflictError otherwise."""
    program = get_program(session, program_id)
    for model, what in ((Participant, "participants"), (Broadcast, "broadcasts")):
        linked = session.scalar(
            select(func.count()).select_from(model).where(model.program_id == program_id)
        )
        if linked:
            raise ConflictError(
                f"program #{program_id} has {linked} {what}; move them or set an end_date instead"
            )
    session.delete(program)
    _flush(session, None, f"program #{program_id} is still referred to")


def _values(program: Program) -> dict:
    values = {name: getattr(program, name) for name in FIELDS}
    values["cancelled_dates"] = [date.fromisoformat(d) for d in program.cancelled_dates or ()]
    values["extra_sessions"] = list(program.extra_sessions or ())
    return values


def _apply(program: Program, values: dict) -> None:
    for name in FIELDS:
        setattr(program, name, values[name])
    program.cancelled_dates = [d.isoformat() for d in values["cancelled_dates"]]


def model_default(name: str):
    """The model's default for a program column (None when it has none)."""
    default = Program.__table__.c[name].default
    if default is None:
        return None
    return default.arg(None) if default.is_callable else default.arg


def _unique_name(session: Session, name: str, program_id: int | None) -> None:
    query = select(Program.id).where(Program.name == name)
    if program_id is not None:
        query = query.where(Program.id != program_id)
    if session.scalar(query) is not None:
        raise ConflictError(f"name: a program named {name!r} exists")


def _flush(session: Session, field: str | None, message: str) -> None:
    # Two requests racing for one name both pass the check; the unique index settles it.
    try:
        session.flush()
    except IntegrityError:
        raise ConflictError(f"{field}: {message}" if field else message) from None


def _checked(values: dict) -> dict:
    """The values, checked as a whole and normalised; InvalidFieldError names the first problem."""
    v = dict(values)
    v["name"] = _text(v["name"], "name", check.NAME_MAX, required=True)
    v["display_name"] = _text(v["display_name"], "display_name", check.DISPLAY_NAME_MAX, True)
    v["location"] = _text(v["location"] or "", "location", check.LOCATION_MAX)
    check.lock_screen_safe(v["display_name"], "display_name")
    check.lock_screen_safe(v["location"], "location")
    check.timezone(v["timezone"])
    _dates(v)
    _sessions(v)
    v["business_hours"] = _business_hours(v["business_hours"])
    check_policy(v, v["start_date"])
    _number(v["aftercare_weeks"], "aftercare_weeks", 0, check.AFTERCARE_WEEKS_MAX)
    if v["aftercare_checkin_rule"] is not None:
        check.recurrence(v["aftercare_checkin_rule"], "aftercare_checkin_rule", v["start_date"])
    for name in ("page_includes_text", "tell_participant_on_ack"):
        if not isinstance(v[name], bool):
            raise InvalidFieldError(name, "must be true or false")
    _plannable(v)
    return v


def _text(value, field: str, limit: int, required: bool = False) -> str:
    if not isinstance(value, str) or (required and not value.strip()):
        raise InvalidFieldError(field, "is required" if required else "must be text")
    if len(value) > limit or "\x00" in value:
        raise InvalidFieldError(field, f"must be at most {limit} characters of text")
    return value.strip()


def _number(value, field: str, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise InvalidFieldError(field, f"must be a whole number from {low} to {high}")
    return value


def _dates(v: dict) -> None:
    check.day(v["start_date"], "start_date")
    check.day(v["end_date"], "end_date")
    if v["end_date"] is not None and v["end_date"] < v["start_date"]:
        raise InvalidFieldError("end_date", "is before start_date")
    if len(v["cancelled_dates"]) > check.LIST_MAX:
        raise InvalidFieldError("cancelled_dates", f"at most {check.LIST_MAX} dates")
    for day in v["cancelled_dates"]:
        check.day(day, "cancelled_dates")
    v["cancelled_dates"] = sorted(set(v["cancelled_dates"]))


def _sessions(v: dict) -> None:
    rules = v["session_rules"] or []
    if len(rules) > check.OFFSETS_MAX:
        raise InvalidFieldError("session_rules", f"at most {check.OFFSETS_MAX} rules")
    v["session_rules"] = [check.recurrence(r, "session_rules", v["start_date"]) for r in rules]
    extras = v["extra_sessions"] or []
    if len(extras) > check.LIST_MAX:
        raise InvalidFieldError("extra_sessions", f"at most {check.LIST_MAX} sessions")
    v["extra_sessions"] = sorted(
        {check.local_datetime(s, "extra_sessions").isoformat(timespec="minutes") for s in extras}
    )
    _number(
        v["session_minutes"],
        "session_minutes",
        check.SESSION_MINUTES_MIN,
        check.SESSION_MINUTES_MAX,
    )


def _business_hours(hours) -> dict:
    if not isinstance(hours, dict) or set(hours) != {"days", "start", "end"}:
        raise InvalidFieldError(
            "business_hours", 'give {"days": [0-6], "start": HH:MM, "end": HH:MM}'
        )
    days = hours["days"]
    if not isinstance(days, list) or any(isinstance(d, bool) or d not in range(7) for d in days):
        raise InvalidFieldError("business_hours.days", "days are numbers 0 (Monday) to 6 (Sunday)")
    check.window(hours["start"], hours["end"], prefix="business_hours.")
    return {"days": sorted(set(days)), "start": hours["start"], "end": hours["end"]}


def check_policy(v: dict, first_day: date, prefix: str = "") -> None:
    """Check the reminder and check-in policy keys of `v` (a program's, or with overrides).

    `first_day` is where recurrence rules are checked from; `prefix` goes
    before field names ("policy_overrides.").
    """
    offsets = v["reminder_offsets_minutes"]
    if not isinstance(offsets, list) or len(offsets) > check.OFFSETS_MAX:
        raise InvalidFieldError(f"{prefix}reminder_offsets_minutes", "a list of at most 5 offsets")
    for minutes in offsets:
        _number(minutes, f"{prefix}reminder_offsets_minutes", 0, check.OFFSET_MAX_MINUTES)
    if v["checkin_rule"] is not None:
        check.recurrence(v["checkin_rule"], f"{prefix}checkin_rule", first_day)
    if not isinstance(v["checkins_on_session_days"], bool):
        raise InvalidFieldError(f"{prefix}checkins_on_session_days", "must be true or false")
    check.window(v["window_start"], v["window_end"], prefix=prefix)


def _plannable(v: dict) -> None:
    """Run the planner's own session search briefly, so it can never fail on these values."""
    schedule = ProgramSchedule(
        timezone=v["timezone"],
        session_rules=tuple(v["session_rules"]),
        start_date=v["start_date"],
        end_date=v["end_date"],
        duration=timedelta(minutes=v["session_minutes"]),
        cancelled=frozenset(v["cancelled_dates"]),
        extra_sessions=tuple(datetime.fromisoformat(s) for s in v["extra_sessions"]),
    )
    first = datetime.combine(v["start_date"], time(0), tzinfo=UTC)
    try:
        sessions(schedule, first, first + timedelta(days=7))
    except (PlanningError, ValueError, TypeError, OverflowError) as exc:
        raise InvalidFieldError("session_rules", str(exc)) from None
