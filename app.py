"""create_app(): configuration, services, blueprints and commands, wired in one place.

Nothing here does I/O at import; `flask --app app ...` from the repo root
finds create_app().
"""

from __future__ import annotations

import logging

from flask import Flask

from clock import SystemClock
from config import load_config
from database import Database
from flows.inbound import process_inbound
from runtime import EXTENSION_KEY, Runtime
from sms.client import TwilioGateway
from sms.text_overrides import install as install_text_overrides
from workers.queues import Queues


def create_app(overrides: dict | None = None) -> Flask:
    """Build the Flask app; `overrides` replace settings (tests) after loading them."""
    config = load_config()
    config.update(overrides or {})
    app = Flask(__name__, instance_relative_config=True)
    app.config.update(config)
    _configure_logging(config)
    runtime = _build_runtime(config)
    app.extensions[EXTENSION_KEY] = runtime
    runtime.db.init_app(app)
    _register_blueprints(app)
    _register_commands(app)
    return app


def _build_runtime(config: dict) -> Runtime:
    db = Database(config["DATABASE_URL"])
    queues = Queues(config["REDIS_URL"])
    queues.install_outbox_hook(db.factory)
    runtime = Runtime(
        config=config,
        db=db,
        clock=SystemClock(),
        queues=queues,
        handle_inbound=process_inbound,
        gateway_factory=TwilioGateway,
    )
    # Admins' wording of texts: read on the first transaction, then every 30 s (by the
    # runtime's clock, which tests replace, so it is looked up at each check).
    install_text_overrides(db, lambda: runtime.clock.now())
    return runtime


def _register_blueprints(app: Flask) -> None:
    from console import api, web
    from console.calendar_feed import bp as calendar_bp
    from console.health import bp as health_bp
    from sms.webhooks import bp as sms_bp

    app.register_blueprint(sms_bp)
    app.register_blueprint(health_bp)
    app.register_blueprint(calendar_bp)
    api.init_app(app)
    web.init_app(app)


def _register_commands(app: Flask) -> None:
    import console.cli_import  # noqa: F401 - adds `participants import`
    from console.cli import participants_group, staff_group
    from console.cli_apikeys import apikey_group
    from console.cli_flows import flows_group
    from console.cli_programs import programs_group
    from console.cli_triage import triage_command
    from console.cli_users import users_group
    from migrations.cli import db_group
    from workers.cli import dispatcher_command, worker_command
    from workers.simulate import simulate_command

    app.cli.add_command(apikey_group)
    app.cli.add_command(db_group)
    app.cli.add_command(flows_group)
    app.cli.add_command(participants_group)
    app.cli.add_command(programs_group)
    app.cli.add_command(staff_group)
    app.cli.add_command(triage_command)
    app.cli.add_command(users_group)
    app.cli.add_command(simulate_command)
    app.cli.add_command(worker_command)
    app.cli.add_command(dispatcher_command)
    if app.config["TETHER_ENV"] == "development" or app.config.get("TESTING"):
        from sms.fake_twilio.cli import fake_twilio_command

        app.cli.add_command(fake_twilio_command)


def _configure_logging(config: dict) -> None:
    level = config["LOG_LEVEL"]
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    # Twilio's client logs request bodies (texts, phone numbers) at INFO.
    logging.getLogger("twilio.http_client").setLevel(logging.WARNING)
    logging.getLogger("alembic.runtime.plugins").setLevel(logging.WARNING)
