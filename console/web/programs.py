"""/console/programs: the programs, their schedule editor with a calendar preview, broadcasts.

Staff edit the program they work for (admins and staff of every program: any
program, and they add new ones); counselors see the list, read-only, to know
when groups meet. The editor shows sessions as a weekly grid and builds the
recurrence rules from it (programs_form, programs_values); flows.admin.programs
checks and stores, exactly as for the API and the CLI. "Preview" plans four
weeks for a sample participant from the unsaved form (programs_preview).
Every save and every broadcast is recorded in the audit log.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_login import current_user
from sqlalchemy import func, select

from console.web import nav
from console.web.access import audit, program_scope, require_program, requires
from console.web.programs_form import (
    DURATIONS,
    SESSION_ROWS_MAX,
    US_TIMEZONES,
    ProgramForm,
    from_request,
    from_values,
    weekly_rows,
)
from console.web.programs_preview import four_weeks
from console.web.programs_rules import (
    DAY_FULL_NAMES,
    DAY_NAMES,
    read_rule,
    sessions_words,
)
from console.web.programs_values import add_admin_error, to_values
from flows.admin import ConflictError, InvalidFieldError, NotFoundError
from flows.admin.broadcasts import audience_size, preview_broadcast, send_broadcast
from flows.admin.programs import (
    FIELDS,
    create_program,
    get_program,
    list_programs,
    model_default,
    program_view,
    unsaved_program,
    update_program,
)
from models import Broadcast, Participant
from runtime import current_runtime
from sms.segments import segment

bp = Blueprint("programs", __name__)
nav.add(
    "console.programs.index",
    "Programs",
    order=20,
    description="Group sessions, reminders and check-ins of each program; broadcasts.",
)
COUNSELOR = "counselor"
STATUS_ORDER = ("active", "invited", "declined", "expired")


@bp.get("/programs")
@requires("staff", COUNSELOR)
def index():
    """Every program: its sessions in words, participant counts, and links for those who edit."""
    with current_runtime().db.transaction() as db:
        programs = list_programs(db)
        counts: dict[int, dict[str, int]] = {}
        query = select(Participant.program_id, Participant.status, func.count()).group_by(
            Participant.program_id, Participant.status
        )
        for program_id, status, count in db.execute(query):
            counts.setdefault(program_id, {})[status] = count
    rows = [
        {
            "id": p["id"],
            "name": p["name"],
            "display_name": p["display_name"],
            "timezone": p["timezone"],
            "sessions": sessions_words(p["session_rules"], p["session_minutes"]),
            "participants": _counts_words(counts.get(p["id"], {})),
            "editable": _may_edit(p["id"]),
        }
        for p in programs
    ]
    return render_template("programs.html", rows=rows, may_create=_may_create())


def _counts_words(by_status: dict[str, int]) -> str:
    said = [f"{by_status[s]} {s}" for s in STATUS_ORDER if by_status.get(s)]
    return ", ".join(said) or "None yet"


def _may_edit(program_id: int) -> bool:
    return current_user.role != COUNSELOR and program_scope() in (None, program_id)


def _may_create() -> bool:
    # Staff of one program edit that one; a new program is for those who see them all.
    return current_user.role != COUNSELOR and program_scope() is None


@bp.route("/programs/new", methods=["GET", "POST"])
@requires("staff")
def new():
    """The editor for a program not saved yet."""
    if not _may_create():
        abort(403)
    return _editor(None)


@bp.route("/programs/<int:program_id>", methods=["GET", "POST"])
@requires("staff")
def edit(program_id: int):
    """The editor for a stored program."""
    require_program(program_id)
    return _editor(program_id)


def _editor(program_id: int | None):
    """GET shows the form; POST previews (action=preview) or saves what was typed."""
    rt = current_runtime()
    stored = _stored(program_id)
    base = stored or _new_program_values(rt.config["DEFAULT_TIMEZONE"], rt.clock.now())
    if request.method == "GET":
        return _render(from_values(base), stored)
    custom = [rule for rule in base["session_rules"] if read_rule(rule) is None]
    checkin_rule = base["checkin_rule"]
    kept_checkin = checkin_rule if checkin_rule and read_rule(checkin_rule) is None else None
    form = from_request(request.form, custom, kept_checkin)
    values = to_values(form)
    if form.errors:
        return _render(form, stored, status=422)
    if request.form.get("action") == "preview":
        return _preview(form, stored, values)
    try:
        program_id = _save(program_id, stored, values)
    except InvalidFieldError as exc:
        add_admin_error(form, exc.field, exc.message)
        return _render(form, stored, status=422)
    except ConflictError as exc:
        field, _, message = str(exc).partition(": ")
        add_admin_error(form, field if message else "name", message or str(exc))
        return _render(form, stored, status=422)
    flash(f"Saved {values['name'].strip()}.", "success")
    return redirect(url_for(".edit", program_id=program_id))


def _stored(program_id: int | None) -> dict | None:
    if program_id is None:
        return None
    with current_runtime().db.transaction() as db:
        try:
            return program_view(get_program(db, program_id))
        except NotFoundError:
            abort(404)


def _new_program_values(zone: str, now: datetime) -> dict:
    values = {name: model_default(name) for name in FIELDS}
    return values | {
        "name": "",
        "display_name": "",
        "timezone": zone,
        "session_rules": [],
        "start_date": now.astimezone(ZoneInfo(zone)).date(),
        "cancelled_dates": [],
        "extra_sessions": [],
    }


def _preview(form: ProgramForm, stored: dict | None, values: dict):
    """Re-show the form with four weeks of the unsaved program's plan above it."""
    kept = {name: stored[name] for name in FIELDS} if stored else {}
    # Names change nothing in the calendar: let staff try a schedule before naming it.
    named = {key: values[key].strip() or "Preview" for key in ("name", "display_name")}
    try:
        program = unsaved_program(kept | values | named)
    except InvalidFieldError as exc:
        add_admin_error(form, exc.field, exc.message)
        return _render(form, stored, status=422)
    return _render(form, stored, calendar=four_weeks(program, current_runtime().clock.now()))


def _save(program_id: int | None, stored: dict | None, values: dict) -> int:
    """Create or change the program and record it in the audit log; returns its id."""
    rt = current_runtime()
    now = rt.clock.now()
    with rt.db.transaction() as db:
        if stored is None:
            program = create_program(db, values, now)
            audit(db, "create_program", "program", program.id, name=program.name)
            return program.id
        replanned = update_program(db, program_id, values, now)
        after = program_view(get_program(db, program_id))
        changed = sorted(name for name in FIELDS if after[name] != stored[name])
        audit(db, "update_program", "program", program_id, changed=changed, replanned=replanned)
        return program_id


def _render(form: ProgramForm, stored: dict | None, status: int = 200, calendar=None):
    page = render_template(
        "programs_edit.html",
        form=form,
        stored=stored,
        calendar=calendar,
        session_rows=weekly_rows(form),
        reminder_rows=[*form.reminders, ("", "hours")][:SESSION_ROWS_MAX],
        rows_max=SESSION_ROWS_MAX,
        timezones=US_TIMEZONES,
        durations=_durations(form.session_minutes),
        day_names=DAY_NAMES,
        day_full_names=DAY_FULL_NAMES,
    )
    return page, status


def _durations(current: str) -> list[int]:
    """The lengths offered, with the program's own if it is not a usual one."""
    choices = set(DURATIONS)
    if current.isdigit():
        choices.add(int(current))
    return sorted(choices)


@bp.route("/programs/<int:program_id>/broadcast", methods=["GET", "POST"])
@requires("staff")
def broadcast(program_id: int):
    """Write a text to everyone the program is texting, check who gets it, then send."""
    require_program(program_id)
    rt = current_runtime()
    now = rt.clock.now()
    body = request.form.get("body", "")
    action = request.form.get("action") if request.method == "POST" else None
    with rt.db.transaction() as db:
        try:
            program = program_view(get_program(db, program_id))
        except NotFoundError:
            abort(404)
        audience = audience_size(db, program_id, now)
        recent = db.scalars(
            select(Broadcast)
            .where(Broadcast.program_id == program_id)
            .order_by(Broadcast.created_at.desc(), Broadcast.id.desc())
            .limit(5)
        ).all()
        earlier = [{"at": b.created_at, "body": b.body, "recipients": b.recipients} for b in recent]
        preview = error = None
        if action in ("review", "send"):
            try:
                preview = preview_broadcast(db, program_id, body, now)
            except InvalidFieldError as exc:
                error = f"The message {exc.message}."
    if action == "send" and preview is not None:
        return _send(program, body)
    status = 422 if error else 200
    page = render_template(
        "programs_broadcast.html",
        program=program,
        body=body,
        audience=audience,
        earlier=earlier,
        error=error,
        preview=preview if action == "review" else None,
        count=segment(preview["body"] if preview else f"{program['display_name']}: {body.strip()}"),
    )
    return page, status


def _send(program: dict, body: str):
    rt = current_runtime()
    with rt.db.transaction() as db:
        row = send_broadcast(db, program["id"], body, rt.clock.now())
        audit(
            db,
            "send_broadcast",
            "program",
            program["id"],
            broadcast_id=row.id,
            recipients=row.recipients,
        )
        recipients = row.recipients
    people = "participant" if recipients == 1 else "participants"
    flash(
        f"Sent to {recipients} {people} of {program['name']}. Anyone outside their "
        "sending hours gets it when those hours begin.",
        "success",
    )
    return redirect(url_for(".index"))
