"""/console/accounts: who can sign in, and (admin) creating and changing their accounts.

The same operations as `flask --app app users ...` (flows.admin.users): create
an account with a typed or generated password, change its role and program,
set a new password, deactivate and reactivate. A generated password is shown
once, on the page that answers the form (never in a URL or a flash, which
lives in the session cookie). Changes take effect at the account's next
page: the console reloads the account on every request, and a new password
or a deactivation ends its sessions. An admin cannot demote or deactivate
themselves. Every change is written to the audit log.
"""

from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_login import current_user, login_user
from sqlalchemy import select

from console.web import nav
from console.web.access import audit, mark_active, requires
from console.web.accounts_forms import (
    LABELS,
    echo,
    field_errors,
    new_account_values,
    optional_id,
)
from console.web.auth import ConsoleUser
from flows.admin import AdminError, NotFoundError
from flows.admin.users import (
    PASSWORD_MIN,
    create_user,
    deactivate_user,
    generate_password,
    get_user_by_id,
    list_users,
    reactivate_user,
    set_password,
    staff_without_account,
    update_user,
)
from models import Program, StaffMember, User
from models.user import ADMIN, USER_ROLES
from runtime import current_runtime

bp = Blueprint("accounts", __name__)
nav.add(
    "console.accounts.index",
    "Accounts",
    order=90,
    description="Who can sign in to the console, with which role and program.",
)
ROLE_CHOICES = [(role, role.capitalize()) for role in USER_ROLES]


@bp.get("/accounts")
@requires(ADMIN)
def index():
    """The accounts table, each row a link to change that account."""
    with current_runtime().db.transaction() as db:
        programs, staff = _names(db)
        rows = [
            {
                "id": u.id,
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


def _names(db) -> tuple[dict, dict]:
    programs = dict(db.execute(select(Program.id, Program.name)).all())
    staff = dict(db.execute(select(StaffMember.id, StaffMember.name)).all())
    return programs, staff


@bp.get("/accounts/new")
@requires(ADMIN)
def new():
    """The form for a new account."""
    return _new_form({"role": "counselor", "generate": "1"}, {})


@bp.post("/accounts")
@requires(ADMIN)
def create():
    """Create the account; a generated password is shown once on the page that answers."""
    rt = current_runtime()
    try:
        values, generated = new_account_values(request.form)
        with rt.db.transaction() as db:
            user = create_user(db, values, rt.clock.now(), rt.config)
            audit(db, "create_user", "user", user.id, email=user.email, role=user.role)
            user_id, email = user.id, user.email
    except AdminError as exc:
        return _new_form(echo(request.form), field_errors(exc), status=422)
    if generated:
        return _shown_once(user_id, email, values["password"], created=True)
    flash(f"Account created for {email}. They can sign in now.", "success")
    return redirect(url_for("console.accounts.edit", user_id=user_id))


def _new_form(values: dict, errors: dict, status: int = 200):
    with current_runtime().db.transaction() as db:
        programs = [(p.id, p.name) for p in db.scalars(select(Program).order_by(Program.name))]
        staff = [(s.id, s.name) for s in staff_without_account(db)]
    page = render_template(
        "accounts/new.html",
        values=values,
        errors=errors,
        refused=_refused_labels(errors),
        roles=ROLE_CHOICES,
        program_options=programs,
        staff_options=staff,
        password_min=PASSWORD_MIN,
    )
    return page, status


def _refused_labels(errors: dict) -> str:
    return ", ".join(LABELS[field] for field in errors if field in LABELS)


@bp.get("/accounts/<int:user_id>")
@requires(ADMIN)
def edit(user_id: int):
    """One account: role and program, a new password, deactivate or reactivate."""
    return _edit_page(user_id)


@bp.post("/accounts/<int:user_id>")
@requires(ADMIN)
def update(user_id: int):
    """Change the account's role and program (not your own role)."""
    rt = current_runtime()
    try:
        program_id = optional_id(request.form, "program_id")
        with rt.db.transaction() as db:
            user, changes = update_user(
                db,
                user_id,
                role=request.form.get("role") or "",
                program_id=program_id,
                acting_user_id=current_user.id,
            )
            if changes:
                audit(db, "update_user", "user", user.id, email=user.email, **changes)
            email = user.email
    except NotFoundError:
        abort(404)
    except AdminError as exc:
        return _edit_page(user_id, "access", field_errors(exc), 422, request.form)
    flash(f"Saved {email}." if changes else f"Nothing changed for {email}.", "success")
    return redirect(url_for("console.accounts.edit", user_id=user_id))


@bp.post("/accounts/<int:user_id>/password")
@requires(ADMIN)
def password(user_id: int):
    """Set the typed password, or generate one and show it once; open sessions end."""
    rt = current_runtime()
    generated = request.form.get("generate") == "1"
    new_password = generate_password() if generated else request.form.get("password") or ""
    try:
        with rt.db.transaction() as db:
            user = set_password(db, get_user_by_id(db, user_id).email, new_password)
            audit(db, "set_password", "user", user.id, email=user.email, generated=generated)
            email = user.email
            if user.id == current_user.id:
                # A new password ends the account's sessions, this one too: sign in again
                # with the new fingerprint so the admin stays on the page they were using.
                login_user(ConsoleUser.of(user))
                mark_active()
    except NotFoundError:
        abort(404)
    except AdminError as exc:
        return _edit_page(user_id, "password", field_errors(exc), 422)
    if generated:
        return _shown_once(user_id, email, new_password, created=False)
    flash(f"New password set for {email}. Their open sessions have ended.", "success")
    return redirect(url_for("console.accounts.edit", user_id=user_id))


@bp.post("/accounts/<int:user_id>/deactivate")
@requires(ADMIN)
def deactivate(user_id: int):
    """Stop the account signing in; its open sessions end at their next page."""
    return _set_active(user_id, active=False)


@bp.post("/accounts/<int:user_id>/reactivate")
@requires(ADMIN)
def reactivate(user_id: int):
    """Let a deactivated account sign in again."""
    return _set_active(user_id, active=True)


def _set_active(user_id: int, active: bool):
    rt = current_runtime()
    try:
        with rt.db.transaction() as db:
            email = get_user_by_id(db, user_id).email
            if active:
                user = reactivate_user(db, email)
            else:
                user = deactivate_user(db, email, acting_user_id=current_user.id)
            action = "reactivate_user" if active else "deactivate_user"
            audit(db, action, "user", user.id, email=user.email)
    except NotFoundError:
        abort(404)
    except AdminError as exc:
        return _edit_page(user_id, "status", field_errors(exc), 409)
    done = "can sign in again" if active else "is deactivated: their sessions have ended"
    flash(f"{email} {done}.", "success")
    return redirect(url_for("console.accounts.edit", user_id=user_id))


def _edit_page(
    user_id: int, section: str | None = None, errors=None, status: int = 200, submitted=None
):
    """The account page; with `section`, that form was refused (errors shown in it)."""
    with current_runtime().db.transaction() as db:
        user = db.get(User, user_id)
        if user is None:
            abort(404)
        programs, staff = _names(db)
        account = _account_view(user, programs, staff)
    values = {"role": account["role"], "program_id": account["program_id"] or ""}
    if submitted is not None:
        values |= {key: submitted.get(key, "") for key in ("role", "program_id")}
    page = render_template(
        "accounts/edit.html",
        account=account,
        values=values,
        section=section,
        errors=errors or {},
        is_self=user_id == current_user.id,
        roles=ROLE_CHOICES,
        program_options=sorted(programs.items(), key=lambda item: item[1]),
        password_min=PASSWORD_MIN,
    )
    return page, status


def _account_view(user: User, programs: dict, staff: dict) -> dict:
    """An account row as its page shows it (a plain dict: no database session needed)."""
    return {
        "id": user.id,
        "email": user.email,
        "role": user.role,
        "program_id": user.program_id,
        "program": programs.get(user.program_id),
        "staff": staff.get(user.staff_id),
        "active": user.active,
        "created_at": user.created_at,
        "last_sign_in_at": user.last_sign_in_at,
    }


def _shown_once(user_id: int, email: str, secret: str, created: bool):
    """The one page that shows a generated password (no-store, like every console page)."""
    return render_template(
        "accounts/password_once.html",
        user_id=user_id,
        email=email,
        secret=secret,
        created=created,
    )
