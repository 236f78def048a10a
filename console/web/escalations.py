"""/console/escalations: the crisis board, each alert's timeline, and ACK / PASS / RESOLVE.

The board lists open alerts first, then acknowledged ones, then those
resolved in the last day; escalations.js re-fetches the list every 2 seconds
(/console/escalations/live, marked as a background request so an unattended
board does not keep a session signed in). Acting here is the same as texting
ACK, PASS or RESOLVE from a staff phone (flows.admin.escalations), done as
the staff member the account is linked to, and shows on the timeline as
"via console".
"""

from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_login import current_user

from console.web import nav
from console.web.access import audit, requires
from console.web.escalations_view import acting_staff, board, format_age, may_see, page
from flows.admin import ConflictError, InvalidFieldError
from flows.admin.escalations import NOTE_MAX, NotAllowedError, act_on_escalation
from flows.staff_commands import ACK, PASS, RESOLVE
from models import Escalation
from runtime import current_runtime

bp = Blueprint("escalations", __name__)
bp.add_app_template_filter(format_age, "age")
nav.add(
    "console.escalations.index",
    "Escalations",
    order=10,
    description="Open crises first: acknowledge, pass on or resolve them, and see each timeline.",
)
ROLES = ("staff", "counselor")
NO_STAFF = (
    "Your account is not linked to a staff member, so the console cannot tell who is acting. "
    "Accounts created with a phone (flask --app app users create … --phone) are linked to the "
    "staff member paged on that number; ask an admin."
)
NOT_YOURS = "This alert belongs to another program, and you were not paged for it."
DONE = {
    ACK: "You have escalation #{id}. Call them now; anyone else paged is told you have it.",
    PASS: "Escalation #{id} was passed on: the next level has been paged.",
    RESOLVE: "Escalation #{id} is resolved. Their scheduled texts resume.",
}


@bp.get("/escalations")
@requires(*ROLES)
def index():
    """The board: every alert this person may see, open ones first."""
    rt = current_runtime()
    with rt.db.transaction() as db:
        shown = board(db, current_user, rt.clock.now())
        has_staff = acting_staff(db, current_user) is not None
    return render_template("escalations/board.html", board=shown, has_staff=has_staff)


@bp.get("/escalations/live")
@requires(*ROLES)
def live():
    """The board's list alone, for escalations.js to swap in (a background request)."""
    rt = current_runtime()
    with rt.db.transaction() as db:
        shown = board(db, current_user, rt.clock.now())
        has_staff = acting_staff(db, current_user) is not None
    html = render_template("escalations/_list.html", board=shown, has_staff=has_staff)
    return html, 200, {"X-Open-Count": str(shown["open_count"])}


@bp.get("/escalations/<int:escalation_id>")
@requires(*ROLES)
def show(escalation_id: int):
    """One alert: what happened, in order, who received what, and the actions."""
    rt = current_runtime()
    with rt.db.transaction() as db:
        refusal = _refusal(db, escalation_id)
        if refusal:
            return refusal
        shown = page(db, current_user, escalation_id, rt.clock.now())
        has_staff = acting_staff(db, current_user) is not None
        audit(db, "view_escalation", "escalation", escalation_id)
    return render_template(
        "escalations/detail.html", e=shown, has_staff=has_staff, note="", note_error=None
    )


@bp.post("/escalations/<int:escalation_id>/ack")
@requires(*ROLES)
def ack(escalation_id: int):
    """Take the alert: paging stops and the participant hears a counselor has it."""
    return _act(escalation_id, ACK)


@bp.post("/escalations/<int:escalation_id>/pass")
@requires(*ROLES)
def pass_on(escalation_id: int):
    """Cannot take it now: page the next level at once."""
    return _act(escalation_id, PASS)


@bp.post("/escalations/<int:escalation_id>/resolve")
@requires(*ROLES)
def resolve(escalation_id: int):
    """Close the alert with a note of what was done."""
    return _act(escalation_id, RESOLVE)


def _refusal(db, escalation_id: int):
    """None if the signed-in person may open the alert, else the response refusing it."""
    if db.get(Escalation, escalation_id) is None:
        abort(404)
    if not may_see(db, current_user, escalation_id):
        return _error(403, "Not allowed", NOT_YOURS)
    return None


def _act(escalation_id: int, verb: str):
    rt = current_runtime()
    now = rt.clock.now()
    note = request.form.get("note", "")
    with rt.db.transaction() as db:
        refusal = _refusal(db, escalation_id)
        if refusal:
            return refusal
        staff = acting_staff(db, current_user)
        staff_id = staff.id if staff is not None else None
    if staff_id is None:
        return _error(403, "Not linked to a staff member", NO_STAFF)
    try:
        with rt.db.transaction() as db:
            act_on_escalation(
                db, escalation_id, staff_id, verb, note, now, rt.config, via="console"
            )
            audit(db, f"{verb}_escalation", "escalation", escalation_id)
    except NotAllowedError:
        return _error(403, "Not allowed", NOT_YOURS)
    except ConflictError as exc:
        flash(_sentence(str(exc)), "error")
        return redirect(_back(escalation_id, verb))
    except InvalidFieldError as exc:
        if exc.field != "note":  # the linked staff member was deactivated
            return _error(403, "Not allowed", f"You cannot act on alerts: {exc.message}.")
        return _note_refused(escalation_id, note, exc.message)
    flash(DONE[verb].format(id=escalation_id), "success")
    return redirect(_back(escalation_id, verb))


def _note_refused(escalation_id: int, note: str, message: str):
    """The alert's page again, with the note as typed and why it was not accepted."""
    rt = current_runtime()
    with rt.db.transaction() as db:
        shown = page(db, current_user, escalation_id, rt.clock.now())
    error = f"The note {message}" if message.startswith("must") else f"A note {message}"
    return render_template(
        "escalations/detail.html",
        e=shown,
        has_staff=True,
        note=note[: NOTE_MAX * 2],
        note_error=error,
    ), 422


def _back(escalation_id: int, verb: str) -> str:
    # Whoever ACKs from the board goes to the alert's page: the number to call is there.
    if request.form.get("back") == "board" and verb != ACK:
        return url_for(".index")
    return url_for(".show", escalation_id=escalation_id)


def _sentence(message: str) -> str:
    return message[:1].upper() + message[1:] + ("" if message.endswith(".") else ".")


def _error(code: int, title: str, message: str):
    return render_template("error.html", code=code, title=title, message=message), code
