"""Who may open which console page: sign-in, roles, idle timeout, CSRF, audit.

Every console view declares its roles with @requires (admin may do
everything); the console blueprint's guard runs before each view and is the
one place that decides. It denies by default: a view without @requires or
@public answers 403 to everyone (and the access-matrix test names it), so a
page cannot be left open by forgetting a decorator.

    @bp.get("/participants/<int:participant_id>")
    @requires("staff", "counselor")
    def participant(participant_id): ...
"""

from __future__ import annotations

import logging
import re
from urllib.parse import urlsplit

from flask import abort, current_app, flash, redirect, render_template, request, session, url_for
from flask_login import current_user, logout_user
from flask_wtf.csrf import CSRFError, CSRFProtect

from flows.admin.users import record_event
from models.user import ADMIN, USER_ROLES
from runtime import current_runtime

log = logging.getLogger(__name__)

csrf = CSRFProtect()
SIGN_IN = "console.auth.sign_in"
HOME = "console.home.index"
# Session key: when this browser last did something in the console (clock timestamp).
LAST_SEEN = "console_seen"
# Requests a page makes by itself (a board polling for new crises) send this header, so
# they do not keep an unattended session alive.
BACKGROUND_HEADER = "X-Console-Background"
# Paths never authenticated by the session cookie, so a forged cross-site form gains
# nothing there: Twilio's signed webhooks, the bearer-key API, the calendar feed's
# unguessable links, the health check. Everything else needs the form's CSRF token.
CSRF_EXEMPT_PREFIXES = ("/sms/", "/api/v1/", "/calendar/", "/healthz")
_UNSAFE = re.compile(r"[\x00-\x1f\x7f\\]")
_ROLES_ATTR = "console_roles"
_PUBLIC_ATTR = "console_public"


def requires(*roles: str):
    """Allow the view to signed-in users with one of `roles` (none given: any role)."""
    unknown = set(roles) - set(USER_ROLES)
    if unknown:
        raise ValueError(f"unknown console roles: {', '.join(sorted(unknown))}")
    allowed = frozenset(roles or USER_ROLES) | {ADMIN}

    def decorate(view):
        setattr(view, _ROLES_ATTR, allowed)
        return view

    return decorate


def public(view):
    """Open the view to everyone, signed in or not (the sign-in page itself)."""
    setattr(view, _PUBLIC_ATTR, True)
    return view


def allowed_roles(view) -> frozenset[str] | None:
    """The roles a view function allows, or None if it declares none."""
    for target in (view, getattr(view, "view_class", None)):
        roles = getattr(target, _ROLES_ATTR, None)
        if roles is not None:
            return roles
    return None


def is_public(view) -> bool:
    """True for views marked @public."""
    return bool(getattr(view, _PUBLIC_ATTR, False))


def guard():
    """Before every console view: signed in, not idle too long, and in a role the view allows."""
    if request.endpoint is None or request.endpoint == "console.static":
        return None
    view = current_app.view_functions[request.endpoint]
    if is_public(view):
        return None
    if not current_user.is_authenticated:
        if request.endpoint != HOME:  # the front door needs no explanation
            flash("Please sign in to continue.", "info")
        return redirect(url_for(SIGN_IN, next=_here()))
    if _idle_too_long():
        minutes = _session_minutes()
        end_session()
        flash(f"You were signed out after {minutes} minutes without activity.", "info")
        return redirect(url_for(SIGN_IN, next=_here()))
    if not request.headers.get(BACKGROUND_HEADER):
        mark_active()
    roles = allowed_roles(view)
    if roles is None:
        log.error("console view %s declares no roles (@requires): refused", request.endpoint)
        abort(403)
    if current_user.role not in roles:
        abort(403)
    return None


def mark_active() -> None:
    """Note that this session is in use now (the idle timeout counts from here)."""
    session[LAST_SEEN] = current_runtime().clock.now().timestamp()
    session.permanent = True  # the browser drops the cookie after the same time


def end_session() -> None:
    """Sign out and forget everything this browser's session held."""
    logout_user()
    session.clear()


def _idle_too_long() -> bool:
    seen = session.get(LAST_SEEN)
    now = current_runtime().clock.now().timestamp()
    return not isinstance(seen, int | float) or now - seen > _session_minutes() * 60


def _session_minutes() -> int:
    return int(current_app.config["CONSOLE_SESSION_MINUTES"])


def _here() -> str:
    return request.full_path.rstrip("?") if request.method == "GET" else url_for(HOME)


def safe_next(target: str | None) -> str:
    """Where to go after signing in: a console path of this site, else the home page."""
    target = target or ""
    parts = urlsplit(target)
    # Browsers read a backslash as "/"; a control character (newline) breaks the header.
    if parts.scheme or parts.netloc or _UNSAFE.search(target):
        return url_for(HOME)
    return target if parts.path.startswith("/console/") else url_for(HOME)


def program_scope(user=None) -> int | None:
    """The one program whose participants `user` (default: signed in) may see; None: all.

    Admins see every program; an account tied to a program sees only it.
    Without a program staff see every program; what a counselor without one
    sees is each page's rule (no participant pages; the board's alerts they
    were paged for). Pages filter their queries with it.
    """
    user = user or current_user
    return None if user.role == ADMIN else user.program_id


def require_program(program_id: int | None) -> None:
    """403 unless the signed-in user may see the participants of `program_id`."""
    scope = program_scope()
    if scope is not None and program_id != scope:
        abort(403)


def audit(db_session, action: str, target_type: str | None = None, target_id=None, **details):
    """Record in the audit log that the signed-in user did `action` (views and changes)."""
    return record_event(
        db_session,
        at=current_runtime().clock.now(),
        user_id=current_user.id,
        action=action,
        target_type=target_type,
        target_id=target_id,
        details=details,
    )


def check_csrf() -> None:
    """Before every request: a form POST must carry this session's CSRF token."""
    if request.endpoint is None or request.path.startswith(CSRF_EXEMPT_PREFIXES):
        return  # no such route (404/405 answers) or not authenticated by the cookie
    csrf.protect()


def csrf_refused(error: CSRFError):
    """A form without a valid token: most often a page left open across a sign-out."""
    message = "This form has expired or did not come from this site. Reload the page and retry."
    return render_template("error.html", code=400, title="Form expired", message=message), 400


def forbidden(_error):
    """403 as a page that says whose role cannot open it."""
    role = current_user.role if current_user.is_authenticated else "none"
    message = f"Your role ({role}) cannot open this page. Ask an admin if you need it."
    return render_template("error.html", code=403, title="Not allowed", message=message), 403


def not_found(_error):
    """404 inside the console, with the console's navigation."""
    message = "There is nothing at this address. It may have been removed."
    return render_template("error.html", code=404, title="Not found", message=message), 404


def security_headers(response):
    """Console pages: never cached (they show participants), never framed, own scripts only."""
    if request.endpoint != "console.static":
        response.headers["Cache-Control"] = "no-store"
    response.headers.setdefault(
        "Content-Security-Policy",
        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
        "script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
        "frame-ancestors 'none'",
    )
    response.headers["X-Frame-Options"] = "DENY"
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "same-origin"
    return response
