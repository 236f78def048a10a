"""Helpers for console tests (also used by tests/e2e): accounts, a small world, signing in."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from urllib.parse import urlencode

from argon2 import PasswordHasher

from flows.admin.programs import create_program
from flows.admin.users import create_user
from models import User

PASSWORD = "correct horse battery"
ROLES = ("admin", "staff", "counselor")
# argon2 at its real cost takes ~0.2 s a hash; tests hash hundreds of times.
FAST_HASHER = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
_CSRF = re.compile(r'name="csrf_token"[^>]*value="([^"]+)"')


@dataclass
class World:
    """What the console tests stand on: two programs and one account per role."""

    programs: dict[str, int] = field(default_factory=dict)  # name -> id
    emails: dict[str, str] = field(default_factory=dict)  # role -> email
    user_ids: dict[str, int] = field(default_factory=dict)  # role -> id
    staff_ids: dict[str, int] = field(default_factory=dict)  # role -> linked staff id


def make_program(session, name: str, now) -> int:
    """A weekly evening program called `name`."""
    program = create_program(
        session,
        {
            "name": name,
            "display_name": name,
            "timezone": "America/New_York",
            "session_rules": ["FREQ=WEEKLY;BYDAY=MO,WE;BYHOUR=18;BYMINUTE=0"],
            "start_date": date(2026, 11, 1),
        },
        now,
    )
    return program.id


def make_user(rt, email: str, role: str, **values) -> int:
    """Create an account (password PASSWORD unless given); returns its id."""
    with rt.db.transaction() as session:
        user = create_user(
            session,
            {"email": email, "role": role, "password": PASSWORD, **values},
            rt.clock.now(),
            rt.config,
        )
        return user.id


def build_world(rt) -> World:
    """Programs North and South; an admin, a staff member of North and a counselor of North
    whose phone is on the staff list."""
    world = World()
    with rt.db.transaction() as session:
        for name in ("North", "South"):
            world.programs[name] = make_program(session, name, rt.clock.now())
    accounts = {
        "admin": {},
        "staff": {"program": "North"},
        "counselor": {"program": "North", "phone": "+15005550171", "name": "Sam Rivera"},
    }
    for role, values in accounts.items():
        email = f"{role}@example.org"
        world.emails[role] = email
        world.user_ids[role] = make_user(rt, email, role, **values)
    with rt.db.transaction() as session:
        for role, user_id in world.user_ids.items():
            staff_id = session.get(User, user_id).staff_id
            if staff_id:
                world.staff_ids[role] = staff_id
    return world


def csrf_token(client) -> str:
    """The CSRF token of this client's session, read from a console form.

    Anonymous: the sign-in form's; signed in: the sign-out button's on the home page.
    """
    response = client.get("/console/sign-in")
    if response.status_code == 302:
        response = client.get("/console/")
    match = _CSRF.search(response.get_data(as_text=True))
    assert match, "no csrf_token field on the page"
    return match.group(1)


def sign_in(client, email: str, password: str = PASSWORD, next_url: str | None = None):
    """Post the sign-in form as a browser would (with its CSRF token)."""
    token = csrf_token(client)
    path = "/console/sign-in" + (f"?{urlencode({'next': next_url})}" if next_url else "")
    return client.post(path, data={"csrf_token": token, "email": email, "password": password})
