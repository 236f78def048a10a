"""/console/api-keys: keys for the JSON API (/api/v1): list, create, revoke (admin).

The same operations as `flask --app app apikey ...` (flows.admin.apikeys).
A new key is shown once, on the page that answers the create form: it is
never put in a URL, a flash message (the session cookie) or a log line, and
like every console page the answer carries Cache-Control: no-store
(console.web.access.security_headers). Only its hash is stored, so a lost
key cannot be shown again: revoke it and make another. Revoking asks first. Reloading the page that
showed a key does not make a second one (console.web.sent_once).
Creating and revoking are written to the audit log.
"""

from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for

from console.web import nav, sent_once
from console.web.access import audit, requires
from flows.admin import InvalidFieldError, NotFoundError
from flows.admin import checks as check
from flows.admin.apikeys import create_key, list_keys, revoke_key
from models import ApiKey
from models.user import ADMIN
from runtime import current_runtime

bp = Blueprint("api_keys", __name__)
nav.add(
    "console.api_keys.index",
    "API keys",
    order=92,
    description="Keys for staff tools and integrations that call the JSON API.",
)


@bp.get("/api-keys")
@requires(ADMIN)
def index():
    """Every key, newest first, and the form to make one."""
    return _list_page({}, "")


def _list_page(errors: dict, name: str, status: int = 200):
    with current_runtime().db.transaction() as db:
        keys = [_key_view(row) for row in reversed(list_keys(db))]
    page = render_template(
        "api_keys/index.html",
        keys=keys,
        errors=errors,
        name=name,
        name_max=check.NAME_MAX,
        form_id=sent_once.new_form_id(),
    )
    return page, status


def _key_view(row: ApiKey) -> dict:
    return {
        "id": row.id,
        "name": row.name,
        "prefix": row.prefix,
        "created_at": row.created_at,
        "last_used_at": row.last_used_at,
        "revoked_at": row.revoked_at,
    }


@bp.post("/api-keys")
@requires(ADMIN)
def create():
    """Make a key and show it, this once."""
    rt = current_runtime()
    name = request.form.get("name") or ""
    if not sent_once.first_time(request.form.get(sent_once.FIELD)):
        # A reload of the page that showed the key: that key exists and is listed.
        flash("That form was already sent: its key was shown once and is listed below. "
              "If it was not copied, revoke it and make another.", "error")  # fmt: skip
        return redirect(url_for("console.api_keys.index"), 303)
    try:
        with rt.db.transaction() as db:
            row, key = create_key(db, name, rt.clock.now())
            audit(db, "create_api_key", "api_key", row.id, name=row.name, prefix=row.prefix)
            created = _key_view(row)
    except InvalidFieldError as exc:
        return _list_page({"name": f"Name {exc.message}."}, name, 422)
    return render_template("api_keys/created.html", key=key, created=created)


@bp.get("/api-keys/<int:key_id>/revoke")
@requires(ADMIN)
def confirm_revoke(key_id: int):
    """Ask before revoking: whatever uses the key stops working at once."""
    with current_runtime().db.transaction() as db:
        row = db.get(ApiKey, key_id)
        if row is None:
            abort(404)
        key = _key_view(row)
    return render_template("api_keys/revoke.html", key=key)


@bp.post("/api-keys/<int:key_id>/revoke")
@requires(ADMIN)
def revoke(key_id: int):
    """Refuse the key from now on (revoking twice keeps the first time)."""
    rt = current_runtime()
    try:
        with rt.db.transaction() as db:
            found = db.get(ApiKey, key_id)
            already = found is not None and found.revoked_at is not None
            row = revoke_key(db, key_id, rt.clock.now())
            if not already:
                audit(db, "revoke_api_key", "api_key", row.id, name=row.name, prefix=row.prefix)
            name = row.name
    except NotFoundError:
        abort(404)
    done = f"“{name}” was already revoked." if already else f"Revoked “{name}”: it no longer works."
    flash(done, "success")
    return redirect(url_for("console.api_keys.index"))
