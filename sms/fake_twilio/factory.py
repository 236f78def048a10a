"""Building the fake Twilio's Flask app from its settings."""

from __future__ import annotations

from flask import Flask, Response, current_app, request
from werkzeug.exceptions import HTTPException

from sms.fake_twilio import control, rest
from sms.fake_twilio.delivery import Delivery
from sms.fake_twilio.resources import API_VERSION, TwilioError
from sms.fake_twilio.settings import FakeSettings
from sms.fake_twilio.state import FakeState


def create_fake_app(settings: FakeSettings) -> Flask:
    """A Flask app that is a fake Twilio: REST API, control API and phone simulator page.

    The state is at `app.extensions["fake_twilio"]`.
    """
    app = Flask(__name__)
    state = FakeState(settings.clock)
    app.extensions[rest.STATE_KEY] = state
    app.extensions[rest.DELIVERY_KEY] = Delivery(state, settings)
    app.register_blueprint(rest.bp)
    app.register_blueprint(control.bp)
    app.register_error_handler(404, _twilio_routing_error)
    app.register_error_handler(405, _twilio_routing_error)
    return app


def _twilio_routing_error(error: HTTPException) -> Response | HTTPException:
    """Answer unknown Twilio paths and methods the way Twilio does (after checking auth)."""
    if not request.path.startswith(f"/{API_VERSION}/"):
        return error
    account_sid = request.path.split("/")[3] if request.path.count("/") >= 3 else ""
    try:
        rest.check_auth(account_sid, current_app.extensions[rest.DELIVERY_KEY].settings)
    except TwilioError as auth_error:
        return rest.error_response(auth_error)
    if error.code == 405:
        return rest.error_response(TwilioError(20004, "Method not allowed", 405))
    text = f"The requested resource {request.path} was not found"
    return rest.error_response(TwilioError(20404, text, 404))
