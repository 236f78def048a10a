"""`flask --app app users ...`: accounts on the command line, checked as the console checks them."""

from __future__ import annotations

from sqlalchemy import select

from models import AuditEvent, StaffMember, User
from tests.conftest import make_test_app, runtime_of
from tests.console.web.support import PASSWORD, make_program, sign_in


def create(runner, *args: str):
    return runner.invoke(args=["users", "create", *args])


def one_line_error(result, text: str) -> None:
    assert result.exit_code == 1, result.output
    assert text in result.output, result.output
    assert len(result.output.strip().splitlines()) == 1, result.output


def test_create_and_sign_in(runner, rt, client):
    result = create(runner, "Sam@Example.org", "--role", "admin", "--password", PASSWORD)
    assert result.exit_code == 0, result.output
    assert "sam@example.org (admin)" in result.output and "/console/" in result.output
    with rt.db.transaction() as session:
        user = session.scalar(select(User))
        assert (user.email, user.role, user.active) == ("sam@example.org", "admin", True)
        assert user.password_hash.startswith("$argon2id$") and PASSWORD not in user.password_hash
        event = session.scalar(select(AuditEvent))
        assert (event.action, event.user_id, event.target_id) == ("create_user", None, user.id)
        assert event.details["via"] == "cli"
    assert sign_in(client, "SAM@example.org").status_code == 302


def test_password_is_prompted_twice_when_not_given(runner, client):
    unanswered = create(runner, "a@example.org", "--role", "staff")
    assert unanswered.exit_code == 1  # no answer to the prompt: click aborts, nothing created
    typed = f"{PASSWORD}\n{PASSWORD}\n"
    result = runner.invoke(
        args=["users", "create", "a@example.org", "--role", "staff"], input=typed
    )
    assert result.exit_code == 0, result.output
    assert result.output.count("Password") == 1 and "Repeat for confirmation" in result.output
    assert sign_in(client, "a@example.org").status_code == 302


def test_mismatched_prompts_ask_again(runner):
    typed = f"{PASSWORD}\nsomething else\n{PASSWORD}\n{PASSWORD}\n"
    result = runner.invoke(
        args=["users", "create", "b@example.org", "--role", "staff"], input=typed
    )
    assert result.exit_code == 0, result.output
    assert "do not match" in result.output


def test_refusals_are_one_clear_line(runner, rt):
    create(runner, "taken@example.org", "--role", "staff", "--password", PASSWORD)
    cases = [
        (["not-an-email", "--role", "staff", "--password", PASSWORD], "EMAIL: 'not-an-email'"),
        (["c@example.org", "--role", "staff", "--password", "short"], "--password: must be at"),
        (["TAKEN@example.org", "--role", "staff", "--password", PASSWORD], "exists"),
        (["c@example.org", "--role", "staff", "--password", PASSWORD, "--program", "Nope"],
         "--program: no program named 'Nope'"),
        (["c@example.org", "--role", "staff", "--password", PASSWORD, "--phone", "12"],
         "--phone: '12' is"),
        (["c@example.org", "--role", "staff", "--password", PASSWORD, "--name", "C"],
         "--name:"),
    ]  # fmt: skip
    for args, message in cases:
        one_line_error(create(runner, *args), message)
    bad_role = create(runner, "c@example.org", "--role", "root", "--password", PASSWORD)
    assert bad_role.exit_code == 2 and "'root' is not one of" in bad_role.output
    with rt.db.transaction() as session:
        assert session.scalar(select(User.email).where(User.email == "c@example.org")) is None


def test_phone_creates_the_staff_member_in_the_program(runner, rt):
    with rt.db.transaction() as session:
        north = make_program(session, "North", rt.clock.now())
    result = create(
        runner, "sam@example.org", "--role", "counselor", "--password", PASSWORD,
        "--phone", "(500) 555-0171", "--program", "North", "--name", "Sam Rivera",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "staff #" in result.output and "71)" in result.output
    with rt.db.transaction() as session:
        user = session.scalar(select(User))
        staff = session.get(StaffMember, user.staff_id)
        assert (staff.phone, staff.name, staff.role, staff.program_id) == (
            "+15005550171", "Sam Rivera", "counselor", north,
        )  # fmt: skip
        assert user.program_id == north


def test_phone_links_an_existing_staff_member_once(runner, rt):
    with rt.db.transaction() as session:
        north = make_program(session, "North", rt.clock.now())
    added = runner.invoke(
        args=["staff", "add", "--phone", "+15005550172", "--name", "Ana", "--role", "counselor"]
    )
    assert added.exit_code == 0, added.output
    with rt.db.transaction() as session:
        session.scalar(select(StaffMember)).program_id = north
    result = create(
        runner, "ana@example.org", "--role", "counselor", "--password", PASSWORD,
        "--phone", "+15005550172",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    with rt.db.transaction() as session:
        user = session.scalar(select(User))
        assert session.get(StaffMember, user.staff_id).name == "Ana"
        assert user.program_id == north  # taken from the staff member
        assert session.scalar(select(StaffMember.id).where(StaffMember.name != "Ana")) is None
    again = create(
        runner, "ana2@example.org", "--role", "counselor", "--password", PASSWORD,
        "--phone", "+15005550172",
    )  # fmt: skip
    one_line_error(again, "already has an account")


def test_list(runner):
    create(runner, "b@example.org", "--role", "staff", "--password", PASSWORD)
    create(runner, "a@example.org", "--role", "admin", "--password", PASSWORD)
    lines = runner.invoke(args=["users", "list"]).output.strip().splitlines()
    assert [line.split()[1] for line in lines] == ["b@example.org", "a@example.org"]
    assert "never signed in" in lines[0] and "active" in lines[0] and "every program" in lines[0]


def test_set_password_ends_sessions_and_the_old_password(runner, app):
    create(runner, "a@example.org", "--role", "staff", "--password", PASSWORD)
    browser = app.test_client()
    sign_in(browser, "a@example.org")
    assert browser.get("/console/").status_code == 200
    new = "a much newer passphrase"
    result = runner.invoke(args=["users", "set-password", "A@example.org"], input=f"{new}\n{new}\n")
    assert result.exit_code == 0 and "new password set for a@example.org" in result.output
    assert browser.get("/console/").status_code == 302  # signed out
    assert sign_in(app.test_client(), "a@example.org").status_code == 401
    assert sign_in(app.test_client(), "a@example.org", new).status_code == 302
    one_line_error(
        runner.invoke(args=["users", "set-password", "x@example.org", "--password", new]),
        "no account for x@example.org",
    )
    one_line_error(
        runner.invoke(args=["users", "set-password", "a@example.org", "--password", "short"]),
        "--password: must be at least 10 characters",
    )


def test_deactivate_ends_sessions(runner, app):
    create(runner, "a@example.org", "--role", "staff", "--password", PASSWORD)
    browser = app.test_client()
    sign_in(browser, "a@example.org")
    result = runner.invoke(args=["users", "deactivate", "a@example.org"])
    assert result.exit_code == 0 and "deactivated" in result.output
    assert browser.get("/console/").status_code == 302
    refused = sign_in(app.test_client(), "a@example.org")
    assert refused.status_code == 401 and "deactivated" in refused.get_data(as_text=True)
    assert "deactivated" in runner.invoke(args=["users", "list"]).output
    one_line_error(runner.invoke(args=["users", "deactivate", "x@example.org"]), "no account")


def test_seed_demo_creates_one_admin_in_development(runner, rt, client):
    rt.config["TETHER_ENV"] = "development"
    first = runner.invoke(args=["users", "seed-demo"])
    assert first.exit_code == 0, first.output
    assert "sign in as admin@example.org with password " in first.output
    password = first.output.strip().split()[-1]
    assert len(password) >= 16
    assert sign_in(client, "admin@example.org", password).status_code == 302
    second = runner.invoke(args=["users", "seed-demo"])
    assert second.exit_code == 0 and "accounts exist" in second.output
    assert password not in second.output


def test_seed_demo_refuses_in_production(sqlite_url, redis_url):
    app = make_test_app(sqlite_url, redis_url, TETHER_ENV="production")
    try:
        result = app.test_cli_runner().invoke(args=["users", "seed-demo"])
        assert result.exit_code == 1
        assert "for development only" in result.output
        with runtime_of(app).db.transaction() as session:
            assert session.scalar(select(User)) is None
    finally:
        runtime_of(app).db.dispose()
