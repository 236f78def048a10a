"""Signing in and out: the right password opens the console, anything else one plain message."""

from __future__ import annotations

from sqlalchemy import select

from models import AuditEvent, User
from tests.console.web.support import PASSWORD, csrf_token, sign_in


def test_sign_in_opens_the_page_asked_for_and_is_recorded(app, rt, clock, world):
    client = app.test_client()
    asked = client.get("/console/accounts")
    assert asked.headers["Location"] == "/console/sign-in?next=/console/accounts"
    response = sign_in(client, "ADMIN@example.org", next_url="/console/accounts")
    assert response.status_code == 302 and response.headers["Location"] == "/console/accounts"
    assert client.get("/console/accounts").status_code == 200
    with rt.db.transaction() as session:
        user = session.get(User, world.user_ids["admin"])
        assert user.last_sign_in_at == clock.now()
        event = session.scalar(select(AuditEvent).where(AuditEvent.action == "sign_in"))
        assert event.user_id == user.id and event.at == clock.now()


def test_home_shows_who_you_are(signed_in, world):
    page = signed_in("counselor").get("/console/").get_data(as_text=True)
    assert "counselor@example.org" in page and "North" in page
    assert "Sam Rivera, +15005550171" in page


def test_next_never_leaves_the_console(app, world):
    for target in (
        "https://evil.example/",
        "//evil.example/console/",
        "/console/\\evil.example",
        "/console/\r\nSet-Cookie: x=1",
        "/healthz",
    ):
        response = sign_in(app.test_client(), world.emails["staff"], next_url=target)
        assert response.headers["Location"] == "/console/", target


def test_next_may_be_any_console_page(app, world):
    response = sign_in(app.test_client(), world.emails["admin"], next_url="/console/accounts?x=1")
    assert response.headers["Location"] == "/console/accounts?x=1"


def test_wrong_password_and_unknown_email_get_the_same_answer(app, world):
    wrong = sign_in(app.test_client(), world.emails["staff"], "not the password")
    unknown = sign_in(app.test_client(), "nobody@example.org")
    for response in (wrong, unknown):
        page = response.get_data(as_text=True)
        assert response.status_code == 401
        assert "That email and password do not match an account." in page
        assert 'role="alert"' in page and 'aria-invalid="true"' in page
    assert 'value="nobody@example.org"' in unknown.get_data(as_text=True)  # kept for retyping


def test_missing_fields_are_named(app):
    client = app.test_client()
    response = client.post(
        "/console/sign-in", data={"csrf_token": csrf_token(client), "email": "", "password": ""}
    )
    assert response.status_code == 400
    assert "This field is required." in response.get_data(as_text=True)


def test_sign_out(signed_in, rt):
    client = signed_in("staff")
    response = client.post("/console/sign-out", data={"csrf_token": csrf_token(client)})
    assert response.status_code == 302 and response.headers["Location"] == "/console/sign-in"
    assert "You are signed out." in client.get("/console/sign-in").get_data(as_text=True)
    assert client.get("/console/").status_code == 302
    with rt.db.transaction() as session:
        assert session.scalar(select(AuditEvent.action).where(AuditEvent.action == "sign_out"))


def test_signing_in_starts_a_fresh_session(app, world):
    client = app.test_client()
    before = csrf_token(client)
    sign_in(client, world.emails["staff"])
    assert csrf_token(client) != before  # no token from before sign-in carries over


def test_cookies_are_httponly_and_lax_and_secure_in_production(app, world):
    client = app.test_client()
    cookie = sign_in(client, world.emails["admin"]).headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie and "Secure" not in cookie
    assert app.config["SESSION_COOKIE_SECURE"] is False


def test_cookies_are_secure_in_production(sqlite_url, redis_url):
    from tests.conftest import make_test_app, runtime_of

    app = make_test_app(sqlite_url, redis_url, TETHER_ENV="production")
    try:
        assert app.config["SESSION_COOKIE_SECURE"] is True
        assert app.config["SESSION_COOKIE_SAMESITE"] == "Lax"
    finally:
        runtime_of(app).db.dispose()


def test_console_pages_are_not_cached_nor_framed(signed_in):
    response = signed_in("admin").get("/console/")
    assert response.headers["Cache-Control"] == "no-store"
    assert response.headers["X-Frame-Options"] == "DENY"
    assert "script-src 'self'" in response.headers["Content-Security-Policy"]


def test_a_rehash_happens_when_the_cost_changes(app, rt, world, monkeypatch):
    from argon2 import PasswordHasher

    from flows.admin import users

    monkeypatch.setattr(users, "HASHER", PasswordHasher(time_cost=2, memory_cost=2048))
    assert sign_in(app.test_client(), world.emails["staff"], PASSWORD).status_code == 302
    with rt.db.transaction() as session:
        assert "t=2" in session.get(User, world.user_ids["staff"]).password_hash
