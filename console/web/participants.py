"""/console/participants: the list, adding someone, and each participant's page.

Staff and admins see every participant; a counselor sees those of their own
program (console.web.participants_data). Staff add and change participants;
a counselor reads conversations and sends a text. The page's POST actions
are in participants_actions, the CSV import in participants_import; this
module adds their routes to the one `participants` blueprint.
"""

from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_login import current_user

from console.web import nav, participants_actions, participants_import
from console.web.access import audit, program_scope, requires
from console.web.participants_data import (
    STATUS_LABELS,
    STATUSES,
    ListQuery,
    list_participants,
    programs_for,
    staff_choices,
)
from console.web.participants_forms import field_errors, optional_id, program_choice
from console.web.participants_page import ZONES, render_participant
from flows.admin import AdminError
from flows.admin.participants import create_participant
from models.user import COUNSELOR, STAFF
from runtime import current_runtime

bp = Blueprint("participants", __name__)
nav.add(
    "console.participants.index",
    "Participants",
    order=30,
    description="Find a participant; read their texts, planned messages and coping plan.",
)
for _rule, _view in participants_actions.ROUTES:
    bp.add_url_rule(_rule, view_func=_view, methods=["POST"])
for _rule, _methods, _view in participants_import.ROUTES:
    bp.add_url_rule(_rule, view_func=_view, methods=_methods)

_NEW_FIELDS = ("name", "preferred_name", "phone", "language", "program_id", "timezone")


@bp.get("/participants")
@requires(STAFF, COUNSELOR)
def index():
    """The participants this person may see: search, filters, status badges, last text."""
    args = request.args
    page = args.get("page", "1")
    query = ListQuery(
        q=args.get("q", "").strip(),
        program=args.get("program", ""),
        status=args.get("status", "") if args.get("status") in dict(STATUSES) else "",
        page=int(page) if page.isdigit() and len(page) < 6 else 1,
    )
    rt = current_runtime()
    with rt.db.transaction() as session:
        listing = list_participants(session, current_user, query, rt.clock.now())
        programs = programs_for(session, current_user)
    return render_template(
        "participants/list.html",
        query=query,
        statuses=STATUSES,
        labels=STATUS_LABELS,
        programs=programs,
        can_add=current_user.role != COUNSELOR,
        no_program=current_user.role == COUNSELOR and current_user.program_id is None,
        **listing,
    )


@bp.get("/participants/new")
@requires(STAFF)
def new():
    """The form to add a participant (who is then texted the invitation)."""
    return _new_form({"language": "en"}, {})


@bp.post("/participants")
@requires(STAFF)
def create():
    """Enroll the participant and text the invitation; errors go next to their field."""
    form = request.form
    values = {key: (form.get(key) or "").strip() for key in _NEW_FIELDS}
    rt = current_runtime()
    try:
        changes = {k: v for k, v in values.items() if v and k != "program_id"}
        changes["program_id"] = program_choice(form, program_scope())
        changes["counselor_id"] = optional_id(form, "counselor_id")
        with rt.db.transaction() as session:
            p = create_participant(session, changes, rt.clock.now(), rt.config)
            audit(session, "create_participant", "participant", p.id)
            participant_id = p.id
    except AdminError as exc:
        values["counselor_id"] = form.get("counselor_id", "")
        return _new_form(values, field_errors(exc), status=422)
    flash("Participant added and texted the invitation; they join once they reply YES.", "success")
    return redirect(url_for("console.participants.show", participant_id=participant_id))


def _new_form(values: dict, errors: dict, status: int = 200):
    with current_runtime().db.transaction() as session:
        programs = [(p.id, p.name) for p in programs_for(session, current_user)]
        staff = [(s.id, s.name) for s in staff_choices(session)]
    page = render_template(
        "participants/new.html",
        values=values,
        errors=errors,
        program_options=programs,
        staff_options=staff,
        zones=ZONES,
    )
    return page, status


@bp.get("/participants/<int:participant_id>")
@requires(STAFF, COUNSELOR)
def show(participant_id: int):
    """One participant's page (each view is recorded in the audit log)."""
    return render_participant(participant_id)
