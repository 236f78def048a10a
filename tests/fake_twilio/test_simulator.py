"""The phone simulator page and the `flask fake-twilio` command."""

from __future__ import annotations

import re

import pytest
import requests
from flask import Flask

from sms.fake_twilio import FakeSettings, cli
from tests.fake_twilio.support import ACCOUNT_SID, AUTH_TOKEN, SERVICE_NUMBER, SERVICE_SID


def test_page_is_self_contained_and_labelled(fake):
    response = requests.get(fake.url + "/", timeout=5)
    page = response.text

    assert response.status_code == 200 and response.headers["Content-Type"].startswith("text/html")
    assert "<title>Tether phone simulator</title>" in page
    assert not re.search(r"(src|href)\s*=", page), "no external scripts, styles or links"
    assert not re.search(r"https?://", page), "no external URLs"
    assert "default-src 'self'" in response.headers["Content-Security-Policy"]
    for field in ("phone", "body"):
        assert f'<label for="{field}"' in page or f'for="{field}"' in page
    assert 'name="viewport"' in page and 'aria-live="polite"' in page


def test_page_uses_only_the_control_api_that_exists(fake):
    page = requests.get(fake.url + "/", timeout=5).text
    used = set(re.findall(r"/_fake/[a-z]+", page))

    assert used == {"/_fake/inbound", "/_fake/messages", "/_fake/phones", "/_fake/blocked",
                    "/_fake/info"}  # fmt: skip
    for path in used - {"/_fake/inbound"}:
        assert requests.get(fake.url + path, timeout=5).status_code == 200, path


def test_info_shows_the_number_but_never_the_token(fake):
    info = requests.get(fake.url + "/_fake/info", timeout=5).json()

    assert info["service_number"] == SERVICE_NUMBER
    assert AUTH_TOKEN not in str(info)


def _app(**overrides) -> Flask:
    app = Flask("fake_cli_test")
    config = {
        "TWILIO_ACCOUNT_SID": ACCOUNT_SID,
        "TWILIO_AUTH_TOKEN": AUTH_TOKEN,
        "TWILIO_FROM_NUMBER": SERVICE_NUMBER,
        "TWILIO_MESSAGING_SERVICE_SID": None,
        "TWILIO_API_BASE_URL": "http://127.0.0.1:5001",
        "PUBLIC_BASE_URL": "http://127.0.0.1:5000/",
        "FAKE_TWILIO_PORT": 5001,
    }
    app.config.update(config | overrides)
    return app


@pytest.fixture
def served(monkeypatch) -> list:
    """What run_simple was asked to serve, instead of serving it."""
    calls = []
    monkeypatch.setattr(cli, "run_simple", lambda *args, **kwargs: calls.append((args, kwargs)))
    return calls


def test_cli_serves_the_fake_for_the_configured_account(served):
    result = _app().test_cli_runner().invoke(cli.fake_twilio_command, [])

    assert result.exit_code == 0, result.output
    (args, kwargs) = served[0]
    host, port, fake_app = args
    assert (host, port, kwargs) == ("127.0.0.1", 5001, {"threaded": True})
    settings = fake_app.extensions["fake_twilio_delivery"].settings
    assert (settings.account_sid, settings.auth_token) == (ACCOUNT_SID, AUTH_TOKEN)
    assert settings.service_number == SERVICE_NUMBER
    assert settings.webhook_url == "http://127.0.0.1:5000/sms/inbound"
    assert "http://127.0.0.1:5001/" in result.output
    assert "Note:" not in result.output


def test_cli_options_and_a_mismatched_api_base_url(served):
    app = _app(TWILIO_FROM_NUMBER=None, TWILIO_MESSAGING_SERVICE_SID=SERVICE_SID)

    result = app.test_cli_runner().invoke(
        cli.fake_twilio_command, ["--host", "127.0.0.2", "--port", "5099"]
    )

    assert result.exit_code == 0, result.output
    (host, port, fake_app), _ = served[0]
    assert (host, port) == ("127.0.0.2", 5099)
    assert "http://127.0.0.2:5099/" in result.output
    settings = fake_app.extensions["fake_twilio_delivery"].settings
    assert settings.messaging_service_sid == SERVICE_SID
    assert settings.service_number == cli.FALLBACK_SERVICE_NUMBER
    assert "TWILIO_API_BASE_URL" in result.output


@pytest.mark.parametrize(
    "overrides",
    [{"account_sid": "AC123"}, {"service_number": "5550006"}, {"messaging_service_sid": "MG1"},
     {"callback_delay": -1}],
)  # fmt: skip
def test_settings_refuse_values_twilio_would_never_have(overrides):
    values = dict(account_sid=ACCOUNT_SID, auth_token=AUTH_TOKEN, service_number=SERVICE_NUMBER,
                  webhook_url=None) | overrides  # fmt: skip

    with pytest.raises(ValueError):
        FakeSettings(**values)
