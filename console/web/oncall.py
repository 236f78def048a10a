"""/console/oncall: the rotation as a calendar, overrides, and simple weekly rotations.

Everyone sees the calendars of the programs they work in (console.web.oncall_view),
with their own shifts marked; staff and admins add and remove overrides and
create or change weekly rotations, through flows.admin.oncall as the API does.
"""

from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_login import current_user
from sqlalchemy import select

from console.web import nav
from console.web.access import audit, requires
from console.web.oncall_calendar import rotation_index
from console.web.oncall_forms import SLOTS, field_message, override_form, rotation_form
from console.web.oncall_view import (
    ORG_NAME,
    WEEKDAYS,
    may_manage,
    page,
    staff_choices,
    visible_programs,
)
from flows.admin import AdminError, InvalidFieldError
from flows.admin.oncall import (
    ROTATION_MAX,
    add_override,
    create_schedule,
    delete_override,
    update_schedule,
)
from models import OnCallOverride, OnCallSchedule, Program
from runtime import current_runtime

bp = Blueprint("oncall", __name__)
nav.add(
    "console.oncall.index",
    "On call",
    order=15,
    description="Who is on call, day by day for four weeks; overrides and rotations.",
)
OVERRIDE_FIELDS = ("schedule_id", "staff_id", "starts_at", "ends_at")
ROTATION_FIELDS = ("program_id", "role", "rotation", "handoff_day", "handoff_time")


@bp.get("/oncall")
@requires("staff", "counselor")
def index():
    """The calendars, your shifts, and (staff, admin) the override form."""
    return _calendar_page({}, {}, 200)


@bp.post("/oncall/overrides")
@requires("staff")
def add():
    """Let someone cover a schedule from one local time to another."""
    rt = current_runtime()
    now = rt.clock.now()
    with rt.db.transaction() as db:
        zones = {
            s.id: s.timezone
            for s in db.scalars(select(OnCallSchedule))
            if may_manage(current_user, s.program_id)
        }
    schedule_id, values, errors = override_form(request.form, zones)
    if not errors:
        try:
            with rt.db.transaction() as db:
                override = add_override(db, schedule_id, values, now)
                audit(db, "add_override", "oncall_schedule", schedule_id, override_id=override.id)
        except InvalidFieldError as exc:
            errors[exc.field if exc.field in OVERRIDE_FIELDS else "form"] = field_message(
                exc.message
            )
    if errors:
        return _calendar_page(request.form, errors, 422)
    flash("Override added.", "success")
    return redirect(url_for(".index"))


@bp.post("/oncall/overrides/<int:override_id>/delete")
@requires("staff")
def remove(override_id: int):
    """Remove an override: the rotation covers that time again."""
    with current_runtime().db.transaction() as db:
        override = db.get(OnCallOverride, override_id)
        if override is None:
            abort(404)
        schedule = db.get(OnCallSchedule, override.schedule_id)
        if not may_manage(current_user, schedule.program_id):
            abort(403)
        delete_override(db, schedule.id, override_id)
        audit(db, "remove_override", "oncall_schedule", schedule.id, override_id=override_id)
    flash("Override removed: the rotation covers that time again.", "success")
    return redirect(url_for(".index"))


@bp.route("/oncall/rotations/new", methods=["GET", "POST"])
@requires("staff")
def new_rotation():
    """Create a weekly rotation for a program (or the organization default)."""
    return _rotation(None)


@bp.route("/oncall/rotations/<int:schedule_id>", methods=["GET", "POST"])
@requires("staff")
def edit_rotation(schedule_id: int):
    """Change a rotation's order, handoff weekday and time."""
    return _rotation(schedule_id)


def _calendar_page(form, errors: dict, status: int):
    rt = current_runtime()
    with rt.db.transaction() as db:
        shown = page(db, current_user, rt.clock.now(), rt.config)
    return render_template("oncall/index.html", p=shown, form=form, errors=errors), status


def _rotation(schedule_id: int | None):
    rt = current_runtime()
    now = rt.clock.now()
    with rt.db.transaction() as db:
        schedule = db.get(OnCallSchedule, schedule_id) if schedule_id is not None else None
        if schedule_id is not None and schedule is None:
            abort(404)
        if schedule is not None and not may_manage(current_user, schedule.program_id):
            abort(403)
        programs = [(None, ORG_NAME)] + [(p.id, p.name) for p in visible_programs(db, current_user)]
        programs = [(i, name) for i, name in programs if may_manage(current_user, i)]
        context = {
            "schedule": schedule,
            "programs": programs,
            "staff": staff_choices(db, current_user),
            "weekdays": WEEKDAYS,
            # One empty place to add someone, and never fewer places than people.
            "slots": min(max(SLOTS, len(schedule.rotation) + 1 if schedule else 0), ROTATION_MAX),
        }
        form = _rotation_defaults(schedule, now) if request.method == "GET" else request.form
    errors: dict[str, str] = {}
    if request.method == "POST":
        errors = _save_rotation(schedule_id, request.form, programs)
        if not errors:
            flash("Rotation saved.", "success")
            return redirect(url_for(".index"))
    status = 422 if errors else 200
    return render_template("oncall/rotation.html", form=form, errors=errors, **context), status


def _rotation_defaults(schedule: OnCallSchedule | None, now) -> dict:
    """The form's starting values: the rotation as it stands, whoever covers now first."""
    if schedule is None:
        return {"role": "primary", "handoff_day": "0", "handoff_time": "09:00"}
    place = rotation_index(schedule, now)
    order = [*schedule.rotation[place:], *schedule.rotation[:place]]
    values = {f"staff_{i}": str(staff_id) for i, staff_id in enumerate(order)}
    return values | {
        "role": schedule.role,
        "handoff_day": str(schedule.starts_on.weekday()),
        "handoff_time": schedule.handoff_time,
        "program_id": str(schedule.program_id or ""),
    }


def _save_rotation(schedule_id: int | None, form, programs) -> dict:
    """Create or update the rotation; the errors by field (empty: saved)."""
    rt = current_runtime()
    now = rt.clock.now()
    try:
        with rt.db.transaction() as db:
            if schedule_id is None:
                program_id = _chosen_program(form.get("program_id"), programs)
                zone = _zone(db, program_id, rt.config)
                values, errors = rotation_form(form, zone, now)
                if errors:
                    return errors
                values |= {"program_id": program_id, "timezone": zone}
                schedule = create_schedule(db, values, now)
                audit(db, "create_schedule", "oncall_schedule", schedule.id)
            else:
                schedule = db.get(OnCallSchedule, schedule_id)
                values, errors = rotation_form(form, schedule.timezone, now)
                if errors:
                    return errors
                update_schedule(db, schedule_id, values)
                audit(db, "update_schedule", "oncall_schedule", schedule_id)
    except InvalidFieldError as exc:
        field = exc.field if exc.field in ROTATION_FIELDS else "form"
        return {field: field_message(exc.message)}
    except AdminError as exc:
        return {"form": field_message(str(exc))}
    return {}


def _chosen_program(raw, programs) -> int | None:
    chosen = int(raw) if (raw or "").strip().isdigit() else None
    if chosen not in {i for i, _ in programs}:
        raise InvalidFieldError("program_id", "choose a program you work in")
    return chosen


def _zone(db, program_id: int | None, config: dict) -> str:
    program = db.get(Program, program_id) if program_id is not None else None
    return program.timezone if program is not None else config["DEFAULT_TIMEZONE"]
