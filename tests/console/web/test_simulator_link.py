"""/console/simulator: a link to the fake Twilio's phone simulator, in development only."""

from __future__ import annotations

import pytest

from tests.conftest import make_test_app, runtime_of
from tests.console.web.support import build_world, sign_in
from tests.console.web.test_nav import nav_links


@pytest.mark.parametrize("role", ["admin", "counselor"])
def test_development_links_to_the_simulator_in_a_new_tab(signed_in, role):
    client = signed_in(role)
    assert "/console/simulator" in nav_links(client)
    response = client.get("/console/simulator")
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert (
        '<a class="button button-primary" href="http://127.0.0.1:5001/" target="_blank" '
        'rel="noopener noreferrer">Open the phone simulator' in page
    )
    assert "(opens in a new tab)" in page


def test_the_link_follows_the_fake_twilio_port(signed_in, rt):
    rt.config["TWILIO_API_BASE_URL"] = "http://127.0.0.1:9"  # what the test app sends to
    page = signed_in("staff").get("/console/simulator").get_data(as_text=True)
    assert 'href="http://127.0.0.1:5001/"' in page
    assert "This app sends its texts to <code>http://127.0.0.1:9</code>" in page


def test_simulator_port_setting_changes_the_link(sqlite_url, redis_url, monkeypatch):
    app = _app(sqlite_url, redis_url, monkeypatch, FAKE_TWILIO_PORT=5055)
    try:
        client = _signed_in_admin(app)
        page = client.get("/console/simulator").get_data(as_text=True)
        assert 'href="http://127.0.0.1:5055/"' in page
    finally:
        runtime_of(app).db.dispose()


def test_production_has_no_simulator_page_and_no_link(sqlite_url, redis_url, monkeypatch):
    app = _app(sqlite_url, redis_url, monkeypatch, TETHER_ENV="production")
    try:
        client = _signed_in_admin(app)
        response = client.get("/console/simulator")
        assert response.status_code == 404
        assert "/console/simulator" not in nav_links(client)
        assert "Phone simulator" not in client.get("/console/").get_data(as_text=True)
        assert "console.simulator.index" not in app.view_functions
    finally:
        runtime_of(app).db.dispose()


def _app(sqlite_url, redis_url, monkeypatch, **overrides):
    from tests.console.web.support import FAST_HASHER

    monkeypatch.setattr("flows.admin.users.HASHER", FAST_HASHER)
    return make_test_app(sqlite_url, redis_url, **overrides)


def _signed_in_admin(app):
    world = build_world(runtime_of(app))
    client = app.test_client()
    assert sign_in(client, world.emails["admin"]).status_code == 302
    return client
