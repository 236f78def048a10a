"""/console/exports: CSV files of check-in scores, reminder answers and escalations.

For staff and admins (counselors: 403), of the programs they may see
(console.web.outcomes_filters). Each download is a disclosure of participant
data, so it is recorded in the audit log ("export_csv": which file, program,
dates, rows and participants) in the same transaction that reads the rows.
It is a POST with the form's CSRF token, so no other site can make a
signed-in browser export (and be audited for it).
"""

from __future__ import annotations

import re

from flask import Blueprint, Response, render_template, request

from console.web import nav
from console.web.access import audit, requires
from console.web.exports_csv import EXPORTS, csv_text
from console.web.outcomes_filters import Filters, read_filters
from models.user import STAFF
from runtime import current_runtime

bp = Blueprint("exports", __name__)
nav.add(
    "console.exports.index",
    "Exports",
    order=45,
    description="Check-in scores, reminder answers and escalations as CSV files.",
)


@bp.get("/exports")
@requires(STAFF)
def index():
    """The form: program, dates, and a button per kind of file."""
    rt = current_runtime()
    with rt.db.transaction() as session:
        filters = read_filters(session, request.args, rt.config, rt.clock.now())
    return _form(filters, 422 if filters.errors else 200)


@bp.post("/exports")
@requires(STAFF)
def download():
    """The chosen file as an attachment, or the form again with what was wrong (422)."""
    rt = current_runtime()
    kind = request.form.get("kind", "")
    with rt.db.transaction() as session:
        filters = read_filters(session, request.form, rt.config, rt.clock.now())
        if kind not in EXPORTS:
            filters.errors["kind"] = "Choose which file to download."
        if filters.errors:
            return _form(filters, 422)
        period = filters.period
        table = EXPORTS[kind].build(session, filters.program_ids, period)
        audit(
            session, "export_csv", "program", _one(filters.program_ids),
            kind=kind, program=filters.label, program_ids=filters.program_ids,
            start=period.first.isoformat(), end=period.last.isoformat(),
            timezone=period.timezone, rows=len(table.rows), participants=table.participant_ids,
        )  # fmt: skip
    name = f"tether-{kind}-{_slug(filters.label)}-{period.first}-to-{period.last}.csv"
    return Response(
        csv_text(table),
        mimetype="text/csv",
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )


def _form(filters: Filters, status: int):
    return render_template("exports.html", filters=filters, exports=EXPORTS), status


def _one(program_ids: list[int] | None) -> int | None:
    return program_ids[0] if program_ids else None


def _slug(label: str) -> str:
    # A header-safe file name whatever the program is called.
    return re.sub(r"[^a-z0-9]+", "-", label.lower()).strip("-") or "program"
