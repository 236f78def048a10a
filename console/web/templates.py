"""/console/templates: the wording of every text Tether sends, and an admin's own (admin).

The list shows each template's shipped wording and override per language; an
editor per template and language checks a new wording as it is typed (the
page's script asks POST /console/templates/preview; without the script the
Check button posts the form) and saves it only when every check passes
(sms.template_check; 422 with the messages otherwise). Revert goes back to
the shipped wording. flows.admin.templates does the work; each save and
revert is audited, then this process reloads the overrides so the next text
uses them (other processes within sms.text_overrides.REFRESH_SECONDS).
"""

from __future__ import annotations

from flask import Blueprint, abort, flash, jsonify, redirect, render_template, request, url_for
from flask_login import current_user

from console.web import nav
from console.web.access import audit, requires
from flows.admin import NotFoundError
from flows.admin.templates import (
    LANGUAGE_NAMES,
    TemplateRejectedError,
    catalogue,
    check,
    editor_view,
    find,
    normalize_body,
    revert_override,
    save_override,
    title,
)
from models.user import ADMIN
from runtime import current_runtime
from sms.template_check import MAX_BODY, MAX_SEGMENTS, PLACEHOLDERS, SYNTAX, Report
from sms.text_overrides import reload

bp = Blueprint("templates", __name__)
nav.add(
    "console.templates.index",
    "Text templates",
    order=85,
    description="The wording of every text Tether sends: change it per language, with checks.",
)
TARGET = "text_template"


@bp.get("/templates")
@requires(ADMIN)
def index():
    """Every template by group: shipped wording, override, and a link to edit each language."""
    with current_runtime().db.transaction() as db:
        groups = catalogue(db)
    return render_template("templates.html", groups=groups)


@bp.route("/templates/<key>/<language>", methods=["GET", "POST"])
@requires(ADMIN)
def edit(key: str, language: str):
    """GET: the editor. POST: check (action=check) or save the wording typed."""
    _exists(key, language)
    if request.method == "GET":
        return _editor(key, language)
    body = request.form.get("body", "")
    if request.form.get("action") == "check":
        return _editor(key, language, body, check(key, language, body))
    return _save(key, language, body)


@bp.post("/templates/<key>/<language>/revert")
@requires(ADMIN)
def revert(key: str, language: str):
    """Go back to the shipped wording."""
    _exists(key, language)
    rt = current_runtime()
    with rt.db.transaction() as db:
        change = revert_override(db, key, language)
        if change.removed:
            _audit(db, "revert_text_template", change, key, language)
    if change.removed:
        reload(rt.db)
        flash(f"{_what(key, language)} is back to its shipped wording.", "success")
    else:
        flash(f"{_what(key, language)} uses its shipped wording already.", "info")
    return redirect(url_for(".edit", key=key, language=language))


@bp.post("/templates/preview")
@requires(ADMIN)
def preview():
    """JSON for the editor's live preview: the text with sample values and every check."""
    data = request.get_json(silent=True) if request.is_json else request.form.to_dict()
    if not isinstance(data, dict):
        return jsonify(error="Send a JSON object with key, language and body."), 400
    key, language, body = (data.get(name) for name in ("key", "language", "body"))
    if not all(isinstance(value, str) for value in (key, language, body)):
        return jsonify(error="key, language and body are required, each a string."), 400
    try:
        report = check(key, language, body)
    except NotFoundError:
        return jsonify(error=f"There is no text {key!r} in {language!r}."), 404
    return jsonify(_report_json(report))


def _save(key: str, language: str, body: str):
    rt = current_runtime()
    try:
        with rt.db.transaction() as db:
            change = save_override(db, key, language, body, current_user.id, rt.clock.now())
            action = "revert_text_template" if change.removed else "update_text_template"
            if change.removed or change.override_id is not None:
                _audit(db, action, change, key, language, body=normalize_body(body))
    except TemplateRejectedError as exc:
        return _editor(key, language, body, exc.report, status=422)
    reload(rt.db)
    flash(_saved_message(change, key, language), "success" if change.override_id else "info")
    return redirect(url_for(".edit", key=key, language=language))


def _saved_message(change, key: str, language: str) -> str:
    what = _what(key, language)
    if change.removed:
        return f"That is the shipped wording: {what} uses it again."
    if change.override_id is None:
        return f"That is the shipped wording, which {what} uses already."
    return f"Saved. From the next text on, {what} uses this wording."


def _what(key: str, language: str) -> str:
    return f"“{title(key)}” in {LANGUAGE_NAMES.get(language, language)}"


def _audit(db, action: str, change, key: str, language: str, **details) -> None:
    audit(db, action, TARGET, change.override_id, key=key, language=language,
          previous=change.previous, **details)  # fmt: skip


def _exists(key: str, language: str) -> None:
    try:
        find(key, language)
    except NotFoundError:
        abort(404)


def _editor(key: str, language: str, body: str | None = None, report=None, status: int = 200):
    """The editor page; `body` and `report`: what was typed and what the checks found."""
    with current_runtime().db.transaction() as db:
        view = editor_view(db, key, language)
    typed = view["current"] if body is None else body
    report = report or check(key, language, typed)
    page = render_template(
        "templates_edit.html",
        view=view,
        body=typed,
        report=report,
        refused=status == 422,
        max_body=MAX_BODY,
        max_segments=MAX_SEGMENTS,
        placeholder_checks=(SYNTAX, PLACEHOLDERS),
    )
    return page, status


def _report_json(report: Report) -> dict:
    count = report.segmentation
    return {
        "ok": report.ok,
        "text": report.text,
        "characters": count.units if count else None,
        "segments": count.segments if count else None,
        "encoding": count.encoding if count else None,
        "max_segments": MAX_SEGMENTS,
        "lock_screen": list(report.lock_screen),
        "placeholders": [p.message for p in report.problems if p.check in (SYNTAX, PLACEHOLDERS)],
        "problems": [{"check": p.check, "message": p.message} for p in report.problems],
    }
