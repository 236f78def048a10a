"""/console/audit: the audit log (admin): who viewed which conversation, who changed what.

Newest first, 50 a page, "Older"/"Newer" by id cursor (flows.admin.audit_log).
Filters: account email, action, target type and id, a range of local days;
a bad filter is named by its field (400) and the log is shown without it.

Opening this page is not itself audited. The log names participants only by
number (no names, phones or texts), so reading it discloses nothing of a
conversation; and an entry per page and per filter change would bury the
views of conversations the log exists to show. Only admins may open it, and
their own views of conversations are recorded like everyone's.
"""

from __future__ import annotations

from flask import Blueprint, current_app, render_template, request, url_for

from console.web import nav
from console.web.access import requires
from flows.admin import InvalidFieldError
from flows.admin.audit_log import (
    ACTIONS,
    TARGET_TYPES,
    AuditRow,
    action_words,
    audit_page,
    details_text,
    read_cursor,
    read_filter,
    target_words,
)
from flows.admin.users import list_users
from models.user import ADMIN
from runtime import current_runtime

bp = Blueprint("audit", __name__)
nav.add(
    "console.audit.index",
    "Audit log",
    order=94,
    description="Who viewed which participant's conversation, and every change, with when.",
)
# The filter form's fields, as the page labels them (messages name them the same way).
LABELS = {
    "user": "Account",
    "action": "Action",
    "target_type": "Target",
    "target_id": "Target number",
    "since": "First day",
    "until": "Last day",
}
# The console page that shows each kind of target, and its id parameter.
TARGET_PAGES = {
    "participant": ("console.participants.show", "participant_id"),
    "program": ("console.programs.edit", "program_id"),
    "escalation": ("console.escalations.show", "escalation_id"),
    "oncall_schedule": ("console.oncall.edit_rotation", "schedule_id"),
    "user": ("console.accounts.edit", "user_id"),
}


@bp.get("/audit")
@requires(ADMIN)
def index():
    """A page of the log, filtered as the form asks."""
    args = {field: request.args.get(field, "") for field in LABELS}
    with current_runtime().db.transaction() as db:
        flt, refused = read_filter(db, request.args)
        errors = {field: _sentence(field, message) for field, message in refused.items()}
        try:
            before, after = read_cursor(request.args)
        except InvalidFieldError as exc:
            errors["form"] = f"This page link is damaged ({exc.message}): showing the newest."
            before = after = None
        page = audit_page(db, flt, current_app.config["DEFAULT_TIMEZONE"], before, after)
        emails = [user.email for user in list_users(db)]
    kept = {k: v.strip() for k, v in args.items() if v.strip() and k not in errors}
    html = render_template(
        "audit/index.html",
        args=args,
        errors=errors,
        rows=[_view(row) for row in page.rows],
        newer_url=url_for(".index", **kept, after=page.newer) if page.newer else None,
        older_url=url_for(".index", **kept, before=page.older) if page.older else None,
        newest_url=url_for(".index", **kept),
        first_page=page.newer is None,  # nothing newer: this is the newest page
        emails=emails,
        filtered=bool(kept),
        actions=sorted(ACTIONS.items(), key=lambda item: item[1]),
        target_types=sorted(TARGET_TYPES.items(), key=lambda item: item[1]),
    )
    return html, 400 if errors else 200


def _sentence(field: str, message: str) -> str:
    """A refusal as a sentence naming its field: "Last day must be on or after the first day."."""
    if message.startswith(("is ", "must ")):
        message = f"{LABELS[field]} {message}"
    return message[:1].upper() + message[1:] + ("" if message.endswith(".") else ".")


def _view(row: AuditRow) -> dict:
    """One row as the table shows it: words, a link to the target, short details."""
    return {
        "id": row.id,
        "at": row.at,
        "email": row.email,
        "action": action_words(row.action),
        "target": _target_label(row),
        "target_url": _target_url(row),
        "details": details_text(row.details),
    }


def _target_label(row: AuditRow) -> str:
    words = target_words(row.target_type)
    return f"{words} #{row.target_id}" if row.target_id is not None else words


def _target_url(row: AuditRow) -> str | None:
    page = TARGET_PAGES.get(row.target_type or "")
    if page is None or row.target_id is None:
        return None
    endpoint, parameter = page
    if endpoint not in current_app.view_functions:
        return None  # a page this app does not serve
    return url_for(endpoint, **{parameter: row.target_id})
