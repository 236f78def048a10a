"""/console/accounts: every console account, its role, program and last sign-in (admin).

Accounts are created and changed with `flask --app app users ...`; this page
shows them so an admin can see who has access.
"""

from __future__ import annotations

from flask import Blueprint, render_template
from sqlalchemy import select

from console.web import nav
from console.web.access import requires
from flows.admin.users import list_users
from models import Program, StaffMember
from models.user import ADMIN
from runtime import current_runtime

bp = Blueprint("accounts", __name__)
nav.add(
    "console.accounts.index",
    "Accounts",
    order=90,
    description="Who can sign in to the console, with which role and program.",
)


@bp.get("/accounts")
@requires(ADMIN)
def index():
    """The accounts table."""
    with current_runtime().db.transaction() as db:
        programs = dict(db.execute(select(Program.id, Program.name)).all())
        staff = dict(db.execute(select(StaffMember.id, StaffMember.name)).all())
        rows = [
            {
                "email": u.email,
                "role": u.role,
                "program": programs.get(u.program_id),
                "staff": staff.get(u.staff_id),
                "active": u.active,
                "last_sign_in_at": u.last_sign_in_at,
            }
            for u in list_users(db)
        ]
    return render_template("accounts.html", rows=rows)
