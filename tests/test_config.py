"""Configuration: production refuses to start without what it needs; development fills defaults."""

import pytest

from config import REQUIRED_IN_PRODUCTION, ConfigError, load_config

PRODUCTION = {
    "TETHER_ENV": "production",
    "SECRET_KEY": "s3cret",
    "PUBLIC_BASE_URL": "https://tether.example.org",
    "TWILIO_ACCOUNT_SID": "AC" + "a" * 32,
    "TWILIO_AUTH_TOKEN": "token",
    "TWILIO_FROM_NUMBER": "+15005550006",
    "PROGRAM_DISPLAY_NAME": "Northside Group",
    "SUPPORT_PHONE": "+15005550100",
}


def test_development_fills_local_defaults():
    config = load_config({})
    assert config["TETHER_ENV"] == "development"
    assert config["DATABASE_URL"].startswith("sqlite:///")
    assert config["TWILIO_API_BASE_URL"] == "http://127.0.0.1:5001"
    assert len(config["SECRET_KEY"]) >= 32
    assert load_config({})["SECRET_KEY"] == config["SECRET_KEY"], "dev secret must survive restarts"


def test_development_sends_to_the_fake_twilio_on_its_port():
    """bin/run with FAKE_TWILIO_PORT=5601 must not send to a fake that is not there (5001)."""
    config = load_config({"FAKE_TWILIO_PORT": "5601"})
    assert config["TWILIO_API_BASE_URL"] == "http://127.0.0.1:5601"
    assert (
        load_config({"FAKE_TWILIO_PORT": "5601", "TWILIO_API_BASE_URL": "http://x:1"})[
            "TWILIO_API_BASE_URL"
        ]
        == "http://x:1"
    )


def test_production_starts_with_everything_set():
    config = load_config(PRODUCTION)
    assert config["TWILIO_API_BASE_URL"] is None, "production talks to the real Twilio"
    assert config["PUBLIC_BASE_URL"] == "https://tether.example.org"


@pytest.mark.parametrize("name", REQUIRED_IN_PRODUCTION)
def test_production_names_each_missing_setting(name):
    settings = {k: v for k, v in PRODUCTION.items() if k != name}
    with pytest.raises(ConfigError, match=name):
        load_config(settings)


def test_production_needs_a_sender():
    settings = {k: v for k, v in PRODUCTION.items() if k != "TWILIO_FROM_NUMBER"}
    with pytest.raises(ConfigError, match="TWILIO_FROM_NUMBER or TWILIO_MESSAGING_SERVICE_SID"):
        load_config(settings)
    load_config({**settings, "TWILIO_MESSAGING_SERVICE_SID": "MG" + "b" * 32})


def test_display_name_must_be_lock_screen_safe():
    with pytest.raises(ConfigError, match="PROGRAM_DISPLAY_NAME"):
        load_config({**PRODUCTION, "PROGRAM_DISPLAY_NAME": "Hope Rehab Center"})


@pytest.mark.parametrize(
    ("name", "value"),
    [("TWILIO_ACCOUNT_SID", "ACnope"), ("DISPATCH_INTERVAL", "soon"), ("TETHER_ENV", "staging")],
)
def test_invalid_values_are_named(name, value):
    with pytest.raises(ConfigError, match=name):
        load_config({**PRODUCTION, name: value})
