"""/console/dashboard: a program's outcomes week by week - reminders, check-ins, crises, delivery.

Everyone may open it; staff and counselors of a program see that program's
numbers only (console.web.outcomes_filters). The numbers come from
flows.admin.outcomes, the charts and tables from console.web.dashboard_view.
Only counts are shown - no participant is named - so a view is not audited;
the CSV exports, which list participants, are.
"""

from __future__ import annotations

from flask import Blueprint, render_template, request
from flask_login import current_user

from console.web import nav
from console.web.access import requires
from console.web.dashboard_view import key_numbers, sections
from console.web.outcomes_filters import read_filters
from flows.admin.outcomes import outcomes
from models.user import COUNSELOR, STAFF
from runtime import current_runtime

bp = Blueprint("dashboard", __name__)
nav.add(
    "console.dashboard.index",
    "Dashboard",
    order=40,
    description="Confirmations, check-ins, crises and opt-outs of a program, week by week.",
)


@bp.get("/dashboard")
@requires(STAFF, COUNSELOR)
def index():
    """The filter form, the range's key numbers, then each section's charts and table."""
    rt = current_runtime()
    with rt.db.transaction() as session:
        filters = read_filters(session, request.args, rt.config, rt.clock.now())
        found = outcomes(session, filters.program_ids, filters.period) if filters.period else None
    page = render_template(
        "dashboard/index.html",
        filters=filters,
        facts=key_numbers(found) if found else [],
        sections=sections(found) if found else [],
        period=filters.period,
        can_export=current_user.role != COUNSELOR,
    )
    return page, 422 if filters.errors else 200
