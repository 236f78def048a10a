"""The staff & counselor web console under /console/: sign-in, roles, layout, navigation.

`init_app(app)` sets up Flask-Login, CSRF protection and the session cookie,
and registers one `console` blueprint holding every page blueprint named in
PAGES. That parent blueprint's guard (console.web.access) makes every page
require sign-in and a role; its templates are in console/templates (each page
extends base.html) and its stylesheet and script in console/static, served
as they are: no build step, no CDN. The Content-Security-Policy allows only
this site's own scripts, so vendor any library into console/static.

To add a page: a module here with `bp = Blueprint("name", __name__)`, views
decorated with @requires(...), a `nav.add(...)` for its link, its module name
in PAGES, and its rows in tests/console/web/test_access.py.
"""

from __future__ import annotations

from datetime import timedelta
from importlib import import_module
from pathlib import Path
from zoneinfo import ZoneInfo

from flask import Blueprint, Flask
from flask_login import current_user
from flask_wtf.csrf import CSRFError

from console.web import access, nav
from console.web.auth import login_manager

ROOT = Path(__file__).resolve().parents[1]
PAGES = (
    "console.web.auth",
    "console.web.home",
    "console.web.accounts",
    "console.web.programs",
    "console.web.escalations",
    "console.web.oncall",
    "console.web.participants",
    "console.web.dashboard",
    "console.web.exports",
    "console.web.flow_diagrams",
    "console.web.simulator",
    "console.web.api_keys",
    "console.web.audit_log",
    "console.web.templates",
)


def init_app(app: Flask) -> None:
    """Serve the console at /console/ with sign-in, CSRF and role checks."""
    _configure_session(app)
    login_manager.init_app(app)
    access.csrf.init_app(app)
    app.before_request(access.check_csrf)
    app.register_error_handler(CSRFError, access.csrf_refused)
    app.add_template_filter(_local_time(app.config["DEFAULT_TIMEZONE"]), "local_time")
    app.register_blueprint(_console_blueprint())


def _configure_session(app: Flask) -> None:
    minutes = app.config["CONSOLE_SESSION_MINUTES"]
    app.config.update(
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        SESSION_COOKIE_SECURE=app.config["TETHER_ENV"] == "production",
        REMEMBER_COOKIE_HTTPONLY=True,
        REMEMBER_COOKIE_SAMESITE="Lax",
        REMEMBER_COOKIE_SECURE=app.config["TETHER_ENV"] == "production",
        PERMANENT_SESSION_LIFETIME=timedelta(minutes=minutes),
        # CSRFProtect's own hook would also check the API and webhooks; access.check_csrf
        # checks everything but them.
        WTF_CSRF_CHECK_DEFAULT=False,
        # The token lives as long as the session; the idle timeout ends both.
        WTF_CSRF_TIME_LIMIT=None,
    )


def _console_blueprint() -> Blueprint:
    # A new parent per app: Flask refuses to add children to a blueprint already registered.
    console = Blueprint(
        "console",
        __name__,
        url_prefix="/console",
        template_folder=str(ROOT / "templates"),
        static_folder=str(ROOT / "static"),
        static_url_path="/static",
    )
    console.before_request(access.guard)
    console.after_request(access.security_headers)
    console.register_error_handler(403, access.forbidden)
    console.register_error_handler(404, access.not_found)
    console.context_processor(_layout)
    for name in PAGES:
        console.register_blueprint(import_module(name).bp)
    return console


def _layout() -> dict:
    """What base.html needs on every page: the links this person's role may follow."""
    signed_in = current_user.is_authenticated
    return {"nav_entries": nav.visible_to(current_user.role) if signed_in else []}


def _local_time(zone_name: str):
    zone = ZoneInfo(zone_name)

    def local_time(value, fmt: str = "%a %b %-d, %-I:%M %p %Z") -> str:
        """An aware UTC datetime as staff read it, in the organization's zone."""
        return value.astimezone(zone).strftime(fmt) if value else ""

    return local_time
