"""The console session ends after CONSOLE_SESSION_MINUTES without activity (the injected clock)."""

from __future__ import annotations

from console.web.access import BACKGROUND_HEADER
from tests.conftest import make_test_app, runtime_of
from tests.console.web.support import FAST_HASHER, build_world, sign_in


def test_activity_keeps_the_session_and_idleness_ends_it(signed_in, clock):
    client = signed_in("staff")
    for _ in range(3):  # three hours of use, never an hour idle
        clock.advance(minutes=59)
        assert client.get("/console/").status_code == 200
    clock.advance(minutes=60, seconds=1)
    response = client.get("/console/accounts")
    assert response.status_code == 302
    assert response.headers["Location"] == "/console/sign-in?next=/console/accounts"
    page = client.get("/console/sign-in").get_data(as_text=True)
    assert "You were signed out after 60 minutes without activity." in page
    assert client.get("/console/").status_code == 302  # and it stays signed out


def test_background_requests_do_not_count_as_activity(signed_in, clock):
    client = signed_in("counselor")
    clock.advance(minutes=40)
    assert client.get("/console/", headers={BACKGROUND_HEADER: "1"}).status_code == 200
    clock.advance(minutes=21)
    assert client.get("/console/").status_code == 302  # 61 minutes since the person acted


def test_the_timeout_is_a_setting(sqlite_url, redis_url, monkeypatch):
    monkeypatch.setattr("flows.admin.users.HASHER", FAST_HASHER)
    app = make_test_app(sqlite_url, redis_url, CONSOLE_SESSION_MINUTES=5.0)
    try:
        rt = runtime_of(app)
        world = build_world(rt)
        client = app.test_client()
        sign_in(client, world.emails["admin"])
        assert app.permanent_session_lifetime.total_seconds() == 300
        rt.clock.advance(minutes=5, seconds=1)
        assert client.get("/console/").status_code == 302
    finally:
        runtime_of(app).db.dispose()


def test_the_setting_defaults_to_an_hour():
    from config import load_config

    assert load_config({}, read_dotenv=False)["CONSOLE_SESSION_MINUTES"] == 60
