"""`flask --app app users create|list|set-password|deactivate|seed-demo`: console accounts.

Passwords are prompted for (twice, hidden) unless given with --password.
Every change is written to the audit log as done on the command line. Bad
input prints one clear line and exits 1.
"""

from __future__ import annotations

import click
from flask.cli import with_appcontext
from sqlalchemy import select

from flows.admin import AdminError, InvalidFieldError
from flows.admin.users import (
    PASSWORD_MIN,
    create_user,
    deactivate_user,
    list_users,
    record_event,
    seed_demo,
    set_password,
)
from models import Program, StaffMember
from models.user import USER_ROLES
from runtime import current_runtime
from sms.phone import mask_phone

PASSWORD_HELP = (
    f"At least {PASSWORD_MIN} characters; prompted for (hidden) when omitted. "
    "A password on the command line is visible to other users of this machine."
)
# How a flows.admin field is called on this command line.
_OPTIONS = {"email": "EMAIL", "role": "--role", "password": "--password", "phone": "--phone"}


def _fail(exc: AdminError) -> click.ClickException:
    if isinstance(exc, InvalidFieldError):
        name = _OPTIONS.get(exc.field, f"--{exc.field}")
        return click.ClickException(f"{name}: {exc.message}")
    return click.ClickException(str(exc))


def _password(given: str | None) -> str:
    if given is not None:
        return given
    return click.prompt("Password", hide_input=True, confirmation_prompt=True)


def _console_url() -> str:
    return f"{current_runtime().config['PUBLIC_BASE_URL']}/console/"


@click.group("users")
def users_group() -> None:
    """Accounts for the staff & counselor web console."""


@users_group.command("create")
@click.argument("email")
@click.option("--role", type=click.Choice(USER_ROLES), required=True)
@click.option("--password", help=PASSWORD_HELP)
@click.option("--phone", help="Their mobile (E.164): links the staff member paged on it.")
@click.option("--program", help="The program they work in (by name); default every program.")
@click.option("--name", help="Name for a new staff member (with --phone); default from EMAIL.")
@with_appcontext
def create(email, role, password, phone, program, name) -> None:
    """Create an account that can sign in to the console."""
    rt = current_runtime()
    values = {"email": email, "role": role, "phone": phone, "program": program, "name": name}
    values["password"] = _password(password)
    try:
        with rt.db.transaction() as session:
            user = create_user(session, values, rt.clock.now(), rt.config)
            _audit(session, "create_user", user.id, {"email": user.email, "role": role})
            user_id, email, staff_id = user.id, user.email, user.staff_id
            staff = session.get(StaffMember, staff_id) if staff_id else None
            linked = f", staff #{staff.id} {mask_phone(staff.phone)}" if staff else ""
    except AdminError as exc:
        raise _fail(exc) from None
    click.echo(f"account #{user_id} {email} ({role}{linked}); sign in at {_console_url()}")


@users_group.command("list")
@with_appcontext
def list_command() -> None:
    """List accounts: id, email, role, program, linked staff, active, last sign-in."""
    with current_runtime().db.transaction() as session:
        programs = dict(session.execute(select(Program.id, Program.name)).all())
        rows = list_users(session)
    for user in rows:
        program = programs.get(user.program_id, "every program")
        staff = f"staff #{user.staff_id}" if user.staff_id else "-"
        seen = user.last_sign_in_at.isoformat() if user.last_sign_in_at else "never signed in"
        state = "active" if user.active else "deactivated"
        click.echo(
            f"#{user.id:<4} {user.email:<32} {user.role:<9} {program:<20} {staff:<10} "
            f"{state:<11} {seen}"
        )


@users_group.command("set-password")
@click.argument("email")
@click.option("--password", help=PASSWORD_HELP)
@with_appcontext
def set_password_command(email: str, password: str | None) -> None:
    """Give an account a new password (its open sessions end)."""
    rt = current_runtime()
    password = _password(password)
    try:
        with rt.db.transaction() as session:
            user = set_password(session, email, password)
            _audit(session, "set_password", user.id, {"email": user.email})
            email = user.email
    except AdminError as exc:
        raise _fail(exc) from None
    click.echo(f"new password set for {email}")


@users_group.command("deactivate")
@click.argument("email")
@with_appcontext
def deactivate(email: str) -> None:
    """Stop an account from signing in (open sessions end on their next page)."""
    rt = current_runtime()
    try:
        with rt.db.transaction() as session:
            user = deactivate_user(session, email)
            _audit(session, "deactivate_user", user.id, {"email": user.email})
            email = user.email
    except AdminError as exc:
        raise _fail(exc) from None
    click.echo(f"{email} deactivated")


@users_group.command("seed-demo")
@with_appcontext
def seed_demo_command() -> None:
    """Development only: create admin@example.org with a random password if no account exists."""
    rt = current_runtime()
    try:
        with rt.db.transaction() as session:
            created = seed_demo(session, rt.clock.now(), rt.config)
    except AdminError as exc:
        raise _fail(exc) from None
    if created is None:
        click.echo(
            f"console: {_console_url()} (accounts exist; "
            "`flask --app app users set-password EMAIL` resets a password)"
        )
        return
    email, password = created
    click.echo(f"console: {_console_url()}  sign in as {email} with password {password}")


def _audit(session, action: str, user_id: int, details: dict) -> None:
    record_event(
        session,
        at=current_runtime().clock.now(),
        user_id=None,  # nobody is signed in on the command line
        action=action,
        target_type="user",
        target_id=user_id,
        details={"via": "cli", **details},
    )
