"""/console/accounts in the browser: admins create accounts, change roles, passwords and access."""

from __future__ import annotations

import html
import re

from sqlalchemy import select

from models import AuditEvent, StaffMember, User
from tests.console.web.support import PASSWORD, csrf_token, sign_in

NEW_PASSWORD = "a brand new passphrase"
_SHOWN = re.compile(r'id="secret"[^>]*value="([^"]+)"')


def post(client, path: str, **data):
    return client.post(path, data={"csrf_token": csrf_token(client), **data})


def create(client, **values):
    form = {"email": "new@example.org", "role": "counselor", "generate": "0"}
    return post(client, "/console/accounts", **(form | values))


def events(rt, action: str) -> list[AuditEvent]:
    with rt.db.transaction() as s:
        return list(s.scalars(select(AuditEvent).where(AuditEvent.action == action)))


def account(rt, email: str) -> User:
    with rt.db.transaction() as s:
        return s.scalar(select(User).where(User.email == email))


def text(response) -> str:
    return html.unescape(response.get_data(as_text=True))


def test_a_created_account_can_sign_in_with_its_role_and_program(app, rt, signed_in, world):
    admin = signed_in("admin")
    response = create(
        admin, email="Dana@Example.org", password=PASSWORD, program_id=world.programs["South"]
    )
    assert response.status_code == 302
    user = account(rt, "dana@example.org")
    assert response.headers["Location"] == f"/console/accounts/{user.id}"
    assert (user.role, user.program_id, user.active) == (
        "counselor",
        world.programs["South"],
        True,
    )
    assert "Account created for dana@example.org" in text(admin.get(response.headers["Location"]))
    [event] = events(rt, "create_user")
    assert (event.user_id, event.target_id) == (world.user_ids["admin"], user.id)
    assert PASSWORD not in str(event.details)
    assert sign_in(app.test_client(), "dana@example.org").status_code == 302


def test_a_generated_password_is_shown_once_and_works(app, rt, signed_in):
    admin = signed_in("admin")
    response = create(admin, generate="1", password="ignored when generating")
    page = text(response)
    assert response.status_code == 200
    assert response.headers["Cache-Control"] == "no-store"
    assert "it will not be shown again" in page
    password = _SHOWN.search(page).group(1)
    assert len(password) >= 16
    user = account(rt, "new@example.org")
    assert sign_in(app.test_client(), "new@example.org", password).status_code == 302
    for path in ("/console/accounts", f"/console/accounts/{user.id}", "/console/audit"):
        assert password not in text(admin.get(path)), path


def test_a_refused_form_is_shown_again_naming_the_field(signed_in, world):
    admin = signed_in("admin")
    bad_email = create(admin, email="not-an-email", password=PASSWORD)
    page = text(bad_email)
    assert bad_email.status_code == 422
    assert "Not saved: check Email below." in page
    assert re.search(r'id="email"[^>]*value="not-an-email"[^>]*aria-invalid="true"', page)
    assert "'not-an-email' is not an email address." in page

    short = create(admin, password="short")
    assert short.status_code == 422
    assert "Password must be at least 10 characters." in text(short)
    assert 'value="short"' not in text(short)  # a password is never echoed back

    taken = create(admin, email=world.emails["staff"], password=PASSWORD)
    assert taken.status_code == 422
    assert "An account for staff@example.org exists." in text(taken)

    no_password = create(admin, password="")
    assert no_password.status_code == 422
    assert "Password is required, or tick “Generate a password”." in text(no_password)

    odd_program = create(admin, password=PASSWORD, program_id="²")
    assert odd_program.status_code == 422
    assert "Program is not one of the choices." in text(odd_program)


def test_an_account_can_be_linked_to_a_staff_member_without_one(rt, signed_in, world):
    with rt.db.transaction() as s:
        member = StaffMember(
            name="Lee Park",
            phone="+15005550177",
            role="counselor",
            program_id=None,
            active=True,
            created_at=rt.clock.now(),
        )
        s.add(member)
        s.flush()
        member_id = member.id
    admin = signed_in("admin")
    form = text(admin.get("/console/accounts/new"))
    assert "Lee Park" in form and "Sam Rivera" not in form  # Sam has an account already
    response = create(admin, password=PASSWORD, staff_id=member_id)
    assert response.status_code == 302
    assert account(rt, "new@example.org").staff_id == member_id
    taken = create(admin, email="other@example.org", password=PASSWORD, staff_id=member_id)
    assert taken.status_code == 422
    assert "This staff member already has an account." in text(taken)


def test_a_role_change_takes_effect_at_the_next_page(rt, signed_in, world):
    staff = signed_in("staff")
    assert staff.get("/console/accounts").status_code == 403
    admin = signed_in("admin")
    staff_id = world.user_ids["staff"]
    response = post(admin, f"/console/accounts/{staff_id}", role="admin", program_id="")
    assert response.status_code == 302
    assert "Saved staff@example.org." in text(admin.get(response.headers["Location"]))
    assert staff.get("/console/accounts").status_code == 200  # same session, new role
    [event] = events(rt, "update_user")
    assert event.user_id == world.user_ids["admin"] and event.target_id == staff_id
    assert event.details["role"] == ["staff", "admin"]
    assert event.details["program_id"] == [world.programs["North"], None]


def test_an_admin_cannot_demote_or_deactivate_themselves(rt, signed_in, world):
    admin = signed_in("admin")
    me = world.user_ids["admin"]
    page = text(admin.get(f"/console/accounts/{me}"))
    assert "You cannot change your own role" in page
    assert "You cannot deactivate your own account" in page

    demote = post(admin, f"/console/accounts/{me}", role="staff", program_id="")
    assert demote.status_code == 422
    assert "You cannot change your own role; another admin can do it for you." in text(demote)
    deactivate = post(admin, f"/console/accounts/{me}/deactivate")
    assert deactivate.status_code == 409
    assert "You cannot deactivate your own account" in text(deactivate)

    user = account(rt, world.emails["admin"])
    assert (user.role, user.active) == ("admin", True)
    assert admin.get("/console/accounts").status_code == 200
    assert events(rt, "update_user") == [] and events(rt, "deactivate_user") == []


def test_a_deactivated_account_cannot_sign_in_until_reactivated(app, rt, signed_in, world):
    staff = signed_in("staff")
    admin = signed_in("admin")
    staff_id = world.user_ids["staff"]
    response = post(admin, f"/console/accounts/{staff_id}/deactivate")
    assert response.status_code == 302
    assert "staff@example.org is deactivated" in text(admin.get(response.headers["Location"]))
    assert staff.get("/console/participants").status_code == 302  # the session has ended
    refused = sign_in(app.test_client(), world.emails["staff"])
    assert refused.status_code == 401 and "This account is deactivated" in text(refused)

    assert post(admin, f"/console/accounts/{staff_id}/reactivate").status_code == 302
    assert sign_in(app.test_client(), world.emails["staff"]).status_code == 302
    assert [e.target_id for e in events(rt, "deactivate_user")] == [staff_id]
    assert [e.target_id for e in events(rt, "reactivate_user")] == [staff_id]


def test_a_new_password_replaces_the_old_and_ends_their_sessions(app, rt, signed_in, world):
    staff = signed_in("staff")
    admin = signed_in("admin")
    path = f"/console/accounts/{world.user_ids['staff']}/password"
    short = post(admin, path, password="short")
    assert short.status_code == 422 and "Password must be at least 10 characters." in text(short)

    assert post(admin, path, password=NEW_PASSWORD).status_code == 302
    assert staff.get("/console/participants").status_code == 302
    assert sign_in(app.test_client(), world.emails["staff"]).status_code == 401
    assert sign_in(app.test_client(), world.emails["staff"], NEW_PASSWORD).status_code == 302

    generated = post(admin, path, generate="1")
    assert generated.status_code == 200 and "it will not be shown again" in text(generated)
    password = _SHOWN.search(text(generated)).group(1)
    assert sign_in(app.test_client(), world.emails["staff"], password).status_code == 302
    assert [e.details["generated"] for e in events(rt, "set_password")] == [False, True]


def test_an_admin_who_changes_their_own_password_stays_signed_in(app, signed_in, world):
    admin = signed_in("admin")
    path = f"/console/accounts/{world.user_ids['admin']}/password"
    assert post(admin, path, password=NEW_PASSWORD).status_code == 302
    assert admin.get("/console/accounts").status_code == 200
    assert sign_in(app.test_client(), world.emails["admin"], NEW_PASSWORD).status_code == 302


def test_an_unknown_account_is_404(signed_in):
    admin = signed_in("admin")
    assert admin.get("/console/accounts/2000000000").status_code == 404
