"""CSRF: every console form needs its token; webhooks, the API, calendars and /healthz do not."""

from __future__ import annotations

from sqlalchemy import select

from console.web.access import CSRF_EXEMPT_PREFIXES
from flows.admin.apikeys import create_key
from models import InboundMessage
from tests.console.web.support import PASSWORD, csrf_token


def test_a_form_post_without_the_token_is_refused(app, world):
    client = app.test_client()
    data = {"email": world.emails["admin"], "password": PASSWORD}
    refused = client.post("/console/sign-in", data=data)
    assert refused.status_code == 400
    assert "This form has expired" in refused.get_data(as_text=True)
    forged = client.post("/console/sign-in", data={**data, "csrf_token": "forged"})
    assert forged.status_code == 400
    good = client.post("/console/sign-in", data={**data, "csrf_token": csrf_token(client)})
    assert good.status_code == 302


def test_sign_out_without_the_token_keeps_you_signed_in(signed_in):
    client = signed_in("counselor")
    assert client.post("/console/sign-out").status_code == 400
    assert client.get("/console/").status_code == 200


def test_a_token_from_another_session_is_refused(app, signed_in):
    other = csrf_token(app.test_client())
    client = signed_in("staff")
    assert client.post("/console/sign-out", data={"csrf_token": other}).status_code == 400


def test_a_signed_twilio_webhook_needs_no_token(text_in, rt):
    assert text_in("+15005550123", "HELP").status_code == 200
    with rt.db.transaction() as session:
        assert session.scalar(select(InboundMessage.body)) == "HELP"


def test_an_api_post_needs_no_token(client, rt):
    with rt.db.transaction() as session:
        _, key = create_key(session, "tests", rt.clock.now())
    body = {
        "name": "Evening IOP",
        "display_name": "Northside",
        "timezone": "America/New_York",
        "start_date": "2026-11-01",
    }
    response = client.post(
        "/api/v1/programs", json=body, headers={"Authorization": f"Bearer {key}"}
    )
    assert response.status_code == 201, response.get_json()


def test_calendar_and_health_need_no_token(client):
    assert client.get("/healthz").status_code in (200, 503)
    assert client.get("/calendar/unknown.ics").status_code == 404


def test_every_state_changing_route_outside_the_console_is_exempt_by_design(app):
    # A new webhook or API route elsewhere must land under an exempt prefix (it is not
    # authenticated by the session cookie), or it would be refused for want of a token.
    unsafe = {"POST", "PUT", "PATCH", "DELETE"}
    outside = [
        rule.rule
        for rule in app.url_map.iter_rules()
        if not rule.endpoint.startswith("console.") and rule.methods & unsafe
    ]
    assert outside and all(path.startswith(CSRF_EXEMPT_PREFIXES) for path in outside)
