"""Signing in and out of the console (Flask-Login, argon2 hashes, throttled attempts).

The session cookie holds the account id plus a fingerprint of its password
hash, so a new password (`users set-password`) or a deactivation ends every
session of that account at its next request. Sign-in is slowed after repeated
failures but never locked (console.web.throttle).
"""

from __future__ import annotations

from dataclasses import dataclass

from flask import Blueprint, flash, redirect, render_template, request, session, url_for
from flask_login import LoginManager, UserMixin, current_user, login_user
from flask_wtf import FlaskForm
from wtforms import EmailField, PasswordField
from wtforms.validators import InputRequired, Length

from console.web import throttle
from console.web.access import audit, end_session, mark_active, public, safe_next
from flows.admin.users import PASSWORD_MAX, authenticate, record_event, session_fingerprint
from models import User
from models.user import EMAIL_MAX
from runtime import current_runtime

bp = Blueprint("auth", __name__)
login_manager = LoginManager()
login_manager.login_view = "console.auth.sign_in"
login_manager.login_message = "Please sign in to continue."
login_manager.login_message_category = "info"

WRONG = "That email and password do not match an account."
DEACTIVATED = "This account is deactivated. Ask an admin if you need it again."


@dataclass(frozen=True, eq=False)
class ConsoleUser(UserMixin):
    """The signed-in person, detached from any database session."""

    id: int
    email: str
    role: str
    program_id: int | None
    staff_id: int | None
    fingerprint: str

    @classmethod
    def of(cls, user: User) -> ConsoleUser:
        """The console's view of an account row."""
        return cls(
            user.id,
            user.email,
            user.role,
            user.program_id,
            user.staff_id,
            session_fingerprint(user),
        )

    def get_id(self) -> str:
        """What the session cookie keeps: id and password fingerprint."""
        return f"{self.id}.{self.fingerprint}"


@login_manager.user_loader
def load_user(session_id: str) -> ConsoleUser | None:
    """The account behind a session, unless it was deactivated or its password changed."""
    user_id, _, fingerprint = session_id.partition(".")
    if not user_id.isdecimal():
        return None
    with current_runtime().db.transaction() as db:
        user = db.get(User, int(user_id))
        if user is None or not user.active or session_fingerprint(user) != fingerprint:
            return None
        return ConsoleUser.of(user)


class SignInForm(FlaskForm):
    """Email and password (the CSRF token comes with FlaskForm)."""

    email = EmailField("Email", validators=[InputRequired(), Length(max=EMAIL_MAX)])
    password = PasswordField("Password", validators=[InputRequired(), Length(max=PASSWORD_MAX)])


@bp.route("/sign-in", methods=["GET", "POST"])
@public
def sign_in():
    """The sign-in form; a right password opens the page asked for (or home)."""
    if current_user.is_authenticated:
        return redirect(safe_next(request.args.get("next")))
    form = SignInForm()
    if not form.validate_on_submit():
        status = 400 if request.method == "POST" else 200
        return render_template("signin.html", form=form, error=None), status
    email = form.email.data.strip().lower()
    outcome, value = _attempt(email, form.password.data, _client_address())
    if outcome == "throttled":
        error = (
            f"Too many failed sign-ins for this account or network. Wait {value} "
            f"second{'s' if value != 1 else ''}, then try again."
        )
        headers = {"Retry-After": str(value)}
        return render_template("signin.html", form=form, error=error, wait=value), 429, headers
    if outcome != "ok":
        return render_template("signin.html", form=form, error=value), 401
    session.clear()  # a fresh session: nothing from before sign-in carries over
    login_user(value)
    mark_active()
    return redirect(safe_next(request.args.get("next")))


def _attempt(email: str, password: str, address: str):
    """("ok", ConsoleUser), ("throttled", seconds) or ("refused", message)."""
    rt = current_runtime()
    now = rt.clock.now()
    with rt.db.transaction() as db:
        wait = throttle.wait_seconds(db, email, address, now)
        if wait:
            return "throttled", wait
        user = authenticate(db, email, password)
        if user is None or not user.active:
            throttle.record_failure(db, email, address, now)
            return "refused", DEACTIVATED if user is not None else WRONG
        throttle.forget_email(db, email)
        user.last_sign_in_at = now
        record_event(db, at=now, user_id=user.id, action="sign_in", details={"address": address})
        return "ok", ConsoleUser.of(user)


def _client_address() -> str:
    # Behind the reverse proxy the client is the hop the proxy added last to
    # X-Forwarded-For; run directly, it is the connection's address.
    return request.access_route[-1] if request.access_route else (request.remote_addr or "")


@bp.post("/sign-out")
@public
def sign_out():
    """End the session (a POST with the CSRF token, so no other site can sign you out)."""
    if current_user.is_authenticated:
        with current_runtime().db.transaction() as db:
            audit(db, "sign_out")
        end_session()
        flash("You are signed out.", "info")
    return redirect(url_for("console.auth.sign_in"))
