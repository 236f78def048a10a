"""`flask fake-twilio`: serve the fake Twilio and its phone simulator for local runs."""

from __future__ import annotations

import click
from flask import current_app
from flask.cli import with_appcontext
from werkzeug.serving import run_simple

from sms.fake_twilio.factory import create_fake_app
from sms.fake_twilio.settings import FakeSettings

# Used when the app sends through a Messaging Service and has no number of its own.
FALLBACK_SERVICE_NUMBER = "+15005550006"


def settings_from_config(config, public_url: str | None = None) -> FakeSettings:
    """FakeSettings for the account, number and webhook the app is configured with."""
    public_base = config.get("PUBLIC_BASE_URL")
    return FakeSettings(
        account_sid=config["TWILIO_ACCOUNT_SID"],
        auth_token=config["TWILIO_AUTH_TOKEN"],
        service_number=config.get("TWILIO_FROM_NUMBER") or FALLBACK_SERVICE_NUMBER,
        webhook_url=f"{public_base.rstrip('/')}/sms/inbound" if public_base else None,
        messaging_service_sid=config.get("TWILIO_MESSAGING_SERVICE_SID"),
        public_url=public_url,
    )


@click.command("fake-twilio")
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on.")
@click.option("--port", type=int, default=None, help="Port [default: FAKE_TWILIO_PORT].")
@with_appcontext
def fake_twilio_command(host: str, port: int | None) -> None:
    """Run the local fake Twilio and its phone simulator page."""
    config = current_app.config
    port = port or int(config["FAKE_TWILIO_PORT"])
    url = f"http://{'127.0.0.1' if host in ('0.0.0.0', '::') else host}:{port}"  # noqa: S104
    settings = settings_from_config(config, public_url=url)
    click.echo(f"Tether phone simulator: {url}/")
    click.echo(f"Texts go to {settings.webhook_url or '(no PUBLIC_BASE_URL: nowhere)'}")
    api_base = (config.get("TWILIO_API_BASE_URL") or "").rstrip("/")
    if api_base and api_base != url:
        click.echo(f"Note: the app sends to TWILIO_API_BASE_URL={api_base}, not to {url}", err=True)
    run_simple(host, port, create_fake_app(settings), threaded=True)
