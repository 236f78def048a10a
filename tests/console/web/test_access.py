"""The console's access matrix: every console route, for anonymous, admin, staff, counselor.

ACCESS is the one table of who gets what. The test walks app.url_map and fails
for a console route that has no row, so a new page must state its access
here. A row's path may be a function of the `world` fixture (support.World),
for pages about one program's participants:

    Row("console.participants.show", "GET", lambda w: f"/console/participants/{w...}",
        anonymous=302, admin=200, staff=200, counselor=403)

Anonymous requests to protected pages must be redirected to the sign-in page.
POST rows send a valid CSRF token plus `data`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import pytest

import console.web
from console.web.access import allowed_roles, is_public
from tests.conftest import make_test_app, runtime_of
from tests.console.web.support import FAST_HASHER, ROLES, build_world, csrf_token, sign_in

WHO = ("anonymous", *ROLES)


@dataclass(frozen=True)
class Row:
    """Expected statuses of one request to one console route, per role."""

    endpoint: str
    method: str
    path: str | Callable
    anonymous: int
    admin: int
    staff: int
    counselor: int
    data: dict = field(default_factory=dict)

    def url(self, world) -> str:
        """The path to request (rows may build it from the world's ids)."""
        return self.path(world) if callable(self.path) else self.path

    def expected(self, who: str) -> int:
        """The status `who` must get."""
        return getattr(self, who)


ACCESS = [
    Row("console.static", "GET", "/console/static/console.css", 200, 200, 200, 200),
    Row("console.static", "GET", "/console/static/console.js", 200, 200, 200, 200),
    # Signed in already: the sign-in page sends you on to the console.
    Row("console.auth.sign_in", "GET", "/console/sign-in", 200, 302, 302, 302),
    Row("console.auth.sign_in", "POST", "/console/sign-in", 400, 302, 302, 302),
    Row("console.auth.sign_out", "POST", "/console/sign-out", 302, 302, 302, 302),
    Row("console.home.index", "GET", "/console/", 302, 200, 200, 200),
    Row("console.accounts.index", "GET", "/console/accounts", 302, 200, 403, 403),
    # Accounts, API keys and the audit log are for admins; account #2000000000 and key
    # #2000000000 do not exist (an empty create form: 422).
    Row("console.static", "GET", "/console/static/admin.js", 200, 200, 200, 200),
    Row("console.accounts.new", "GET", "/console/accounts/new", 302, 200, 403, 403),
    Row("console.accounts.create", "POST", "/console/accounts", 302, 422, 403, 403),
    Row(
        "console.accounts.edit",
        "GET",
        lambda w: f"/console/accounts/{w.user_ids['staff']}",
        302,
        200,
        403,
        403,
    ),
    *[
        Row(f"console.accounts.{view}", "POST", path, 302, 404, 403, 403)
        for view, path in (
            ("update", "/console/accounts/2000000000"),
            ("password", "/console/accounts/2000000000/password"),
            ("deactivate", "/console/accounts/2000000000/deactivate"),
            ("reactivate", "/console/accounts/2000000000/reactivate"),
        )
    ],
    Row("console.api_keys.index", "GET", "/console/api-keys", 302, 200, 403, 403),
    Row("console.api_keys.create", "POST", "/console/api-keys", 302, 422, 403, 403),
    Row(
        "console.api_keys.confirm_revoke",
        "GET",
        "/console/api-keys/2000000000/revoke",
        302,
        404,
        403,
        403,
    ),
    Row(
        "console.api_keys.revoke",
        "POST",
        "/console/api-keys/2000000000/revoke",
        302,
        404,
        403,
        403,
    ),
    Row("console.audit.index", "GET", "/console/audit", 302, 200, 403, 403),
    # Flows and the phone simulator (development apps only: test_simulator_link.py) are for all.
    Row("console.flows.index", "GET", "/console/flows", 302, 200, 200, 200),
    Row("console.flows.diagram", "GET", "/console/flows/enrollment.svg", 302, 200, 200, 200),
    Row("console.flows.diagram", "GET", "/console/flows/nothing.svg", 302, 404, 404, 404),
    Row("console.simulator.index", "GET", "/console/simulator", 302, 200, 200, 200),
    # Escalations: no alert exists in this world, so the ones that name an alert answer 404
    # (test_escalations.py covers a counselor of another program: 403).
    Row("console.escalations.index", "GET", "/console/escalations", 302, 200, 200, 200),
    Row("console.escalations.live", "GET", "/console/escalations/live", 302, 200, 200, 200),
    Row("console.escalations.show", "GET", "/console/escalations/9999", 302, 404, 404, 404),
    Row("console.escalations.ack", "POST", "/console/escalations/9999/ack", 302, 404, 404, 404),
    Row(
        "console.escalations.pass_on", "POST", "/console/escalations/9999/pass", 302, 404, 404, 404
    ),
    Row(
        "console.escalations.resolve",
        "POST",
        "/console/escalations/9999/resolve",
        302,
        404,
        404,
        404,
        data={"note": "done"},
    ),
    # On call: everyone sees it; staff and admins change it (an empty form: 422).
    Row("console.oncall.index", "GET", "/console/oncall", 302, 200, 200, 200),
    Row("console.oncall.add", "POST", "/console/oncall/overrides", 302, 422, 422, 403),
    Row(
        "console.oncall.remove", "POST", "/console/oncall/overrides/9999/delete", 302, 404, 404, 403
    ),
    Row("console.oncall.new_rotation", "GET", "/console/oncall/rotations/new", 302, 200, 200, 403),
    Row("console.oncall.new_rotation", "POST", "/console/oncall/rotations/new", 302, 422, 422, 403),
    Row(
        "console.oncall.edit_rotation", "GET", "/console/oncall/rotations/9999", 302, 404, 404, 403
    ),
    Row(
        "console.oncall.edit_rotation", "POST", "/console/oncall/rotations/9999", 302, 404, 404, 403
    ),
    # Programs: counselors read the list; staff edit their own program, admins any;
    # a new program is for admins (staff of one program may not add others).
    Row("console.static", "GET", "/console/static/programs.js", 200, 200, 200, 200),
    Row("console.programs.index", "GET", "/console/programs", 302, 200, 200, 200),
    Row("console.programs.new", "GET", "/console/programs/new", 302, 200, 403, 403),
    Row("console.programs.new", "POST", "/console/programs/new", 302, 422, 403, 403),
    Row(
        "console.programs.edit",
        "GET",
        lambda w: f"/console/programs/{w.programs['North']}",
        302,
        200,
        200,
        403,
    ),
    Row(
        "console.programs.edit",
        "POST",
        lambda w: f"/console/programs/{w.programs['South']}",
        302,
        422,
        403,
        403,
    ),
    Row(
        "console.programs.broadcast",
        "GET",
        lambda w: f"/console/programs/{w.programs['South']}/broadcast",
        302,
        200,
        403,
        403,
    ),
    Row(
        "console.programs.broadcast",
        "POST",
        lambda w: f"/console/programs/{w.programs['North']}/broadcast",
        302,
        200,
        200,
        403,
        data={"action": "review", "body": "No group today"},
    ),
    # Participants: staff and admins see every program, a counselor theirs and only texts;
    # #2000000000 does not exist (test_participants.py: a counselor and another program: 404).
    Row("console.static", "GET", "/console/static/participants.js", 200, 200, 200, 200),
    Row("console.participants.index", "GET", "/console/participants", 302, 200, 200, 200),
    Row("console.participants.new", "GET", "/console/participants/new", 302, 200, 200, 403),
    Row("console.participants.create", "POST", "/console/participants", 302, 422, 422, 403),
    Row("console.participants.show", "GET", "/console/participants/2000000000", 302, 404, 404, 404),
    *[
        Row(
            f"console.participants.{view}",
            "POST",
            f"/console/participants/2000000000/{view}",
            302,
            404,
            404,
            403,
        )
        for view in ("plan", "pause", "resume", "discharge", "assign")
    ],
    Row(
        "console.participants.send_text",
        "POST",
        "/console/participants/2000000000/text",
        302,
        404,
        404,
        404,
        data={"body": "Hi"},
    ),
    Row(
        "console.participants.import_form",
        "GET",
        "/console/participants/import",
        302,
        200,
        200,
        403,
    ),
    Row(
        "console.participants.import_check",
        "POST",
        "/console/participants/import",
        302,
        422,
        422,
        403,
    ),
    Row(
        "console.participants.import_run",
        "POST",
        "/console/participants/import/run",
        302,
        422,
        422,
        403,
    ),
    # Dashboard: everyone (staff and counselors see their program's numbers); CSV exports:
    # staff and admins (a POST without a `kind`: 422; test_exports.py downloads).
    Row("console.dashboard.index", "GET", "/console/dashboard", 302, 200, 200, 200),
    Row("console.exports.index", "GET", "/console/exports", 302, 200, 200, 403),
    Row("console.exports.download", "POST", "/console/exports", 302, 422, 422, 403),
    # Text templates: admins only. An empty wording is refused (422, nothing saved); a revert
    # with no override in place changes nothing and goes back to the editor (302).
    Row("console.static", "GET", "/console/static/templates.js", 200, 200, 200, 200),
    Row("console.templates.index", "GET", "/console/templates", 302, 200, 403, 403),
    Row("console.templates.edit", "GET", "/console/templates/help/en", 302, 200, 403, 403),
    Row("console.templates.edit", "POST", "/console/templates/help/en", 302, 422, 403, 403),
    Row(
        "console.templates.revert", "POST", "/console/templates/help/en/revert", 302, 302, 403, 403
    ),
    Row(
        "console.templates.preview",
        "POST",
        "/console/templates/preview",
        302,
        200,
        403,
        403,
        data={"key": "help", "language": "en", "body": "{name}: hi"},
    ),
]


def console_routes(app) -> set[tuple[str, str]]:
    """(endpoint, method) of every console route the app serves."""
    return {
        (rule.endpoint, method)
        for rule in app.url_map.iter_rules()
        if rule.endpoint.startswith("console.")
        for method in rule.methods - {"HEAD", "OPTIONS"}
    }


def test_every_console_route_has_a_row(app):
    served = console_routes(app)
    listed = {(row.endpoint, row.method) for row in ACCESS}
    assert served - listed == set(), "add these console routes to ACCESS in this file"
    assert listed - served == set(), "ACCESS lists routes the app does not serve"


def test_every_console_view_declares_who_may_open_it(app):
    for endpoint, _method in console_routes(app):
        if endpoint == "console.static":
            continue
        view = app.view_functions[endpoint]
        assert is_public(view) or allowed_roles(view), f"{endpoint} lacks @requires"


def test_access_matrix(app, world):
    wrong = []
    for row in ACCESS:
        for who in WHO:
            client = app.test_client()
            if who != "anonymous":
                assert sign_in(client, world.emails[who]).status_code == 302
            response = _request(client, row, world)
            if response.status_code != row.expected(who):
                wrong.append(f"{who} {row.method} {row.url(world)}: {response.status_code}")
            elif _protected(app, row) and who == "anonymous":
                location = response.headers.get("Location", "")
                if not location.startswith("/console/sign-in?next="):
                    wrong.append(f"anonymous {row.url(world)} went to {location!r}")
    assert wrong == [], "statuses differ from ACCESS"


def _request(client, row: Row, world):
    if row.method == "GET":
        return client.get(row.url(world))
    data = {"csrf_token": csrf_token(client), **row.data}
    return client.open(row.url(world), method=row.method, data=data)


def _protected(app, row: Row) -> bool:
    view = app.view_functions[row.endpoint]
    return row.endpoint != "console.static" and not is_public(view)


def test_forbidden_page_names_the_role_and_keeps_the_nav(signed_in):
    response = signed_in("counselor").get("/console/accounts")
    page = response.get_data(as_text=True)
    assert response.status_code == 403
    assert "Your role (counselor) cannot open this page" in page
    assert 'aria-label="Main"' in page and "Accounts" not in page


def test_a_view_without_requires_is_refused_to_everyone(monkeypatch, sqlite_url, redis_url):
    monkeypatch.setattr(
        console.web, "PAGES", (*console.web.PAGES, "tests.console.web.undeclared_page")
    )
    monkeypatch.setattr("flows.admin.users.HASHER", FAST_HASHER)
    app = make_test_app(sqlite_url, redis_url)
    try:
        world = build_world(runtime_of(app))
        client = app.test_client()
        assert client.get("/console/undeclared").status_code == 302  # sign in first
        sign_in(client, world.emails["admin"])
        assert client.get("/console/undeclared").status_code == 403
    finally:
        runtime_of(app).db.dispose()


@pytest.mark.parametrize("roles", [("root",), ("admin", "owner")])
def test_requires_refuses_unknown_roles(roles):
    from console.web.access import requires

    with pytest.raises(ValueError, match="unknown console roles"):
        requires(*roles)


def test_program_scope_limits_staff_and_counselors_to_their_program(app, world):
    from flask_login import login_user
    from werkzeug.exceptions import Forbidden

    from console.web.access import program_scope, require_program
    from console.web.auth import ConsoleUser

    north, south = world.programs["North"], world.programs["South"]
    for role, scope in (("admin", None), ("staff", north), ("counselor", north)):
        with app.test_request_context():
            login_user(ConsoleUser(world.user_ids[role], "x", role, scope, None, "f"))
            assert program_scope() == scope
            require_program(north)
            if role == "admin":
                require_program(south)
            else:
                with pytest.raises(Forbidden):
                    require_program(south)
