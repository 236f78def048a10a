"""/console/: who you are, and the pages your role can open."""

from __future__ import annotations

from flask import Blueprint, render_template
from flask_login import current_user

from console.web import nav
from console.web.access import requires
from models import Program, StaffMember
from runtime import current_runtime

bp = Blueprint("home", __name__)
nav.add("console.home.index", "Home", order=0)


@bp.get("/")
@requires()
def index():
    """The signed-in person's account and links to their pages."""
    with current_runtime().db.transaction() as db:
        program = db.get(Program, current_user.program_id) if current_user.program_id else None
        staff = db.get(StaffMember, current_user.staff_id) if current_user.staff_id else None
        me = {
            "program": program.name if program else None,
            # Their own number, in full: they check that pages reach the right phone.
            "staff": f"{staff.name}, {staff.phone}" if staff else None,
        }
    pages = [e for e in nav.visible_to(current_user.role) if e.endpoint != "console.home.index"]
    return render_template("home.html", me=me, pages=pages)
