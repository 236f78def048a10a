"""The control API under /_fake/ and the phone simulator page.

This is what Twilio itself has no API for: texting the service from a
simulated phone, reading a phone's conversation, making the next creates
fail, and resetting. The page at / is built on these endpoints only.
"""

from __future__ import annotations

from pathlib import Path

from flask import Blueprint, Response, current_app, jsonify, request, send_file

from sms.fake_twilio.delivery import Delivery
from sms.fake_twilio.phones import receive_text
from sms.fake_twilio.rest import DELIVERY_FAILURES, DELIVERY_KEY, REFUSALS
from sms.fake_twilio.settings import E164_PATTERN
from sms.fake_twilio.state import FakeMessage, InjectedFailure

SIMULATOR_PAGE = Path(__file__).with_name("simulator.html")
# The page is self-contained: forbid anything that is not inline or from the fake itself.
PAGE_POLICY = (
    "default-src 'self'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
    "img-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
MAX_TIMEOUT_SECONDS = 600.0

bp = Blueprint("fake_twilio_control", __name__)


class ControlError(ValueError):
    """A bad control request; answered 400 with {"error": message}."""


@bp.errorhandler(ControlError)
def _control_error(error: ControlError) -> tuple[Response, int]:
    return jsonify(error=str(error)), 400


def _delivery() -> Delivery:
    return current_app.extensions[DELIVERY_KEY]


def _params() -> dict:
    """The request's JSON object or form fields."""
    data = request.get_json(silent=True) if request.is_json else request.form.to_dict()
    if not isinstance(data, dict):
        raise ControlError("send a JSON object or form fields")
    return data


@bp.get("/")
def simulator() -> Response:
    """The phone simulator page."""
    response = send_file(SIMULATOR_PAGE, mimetype="text/html", max_age=0)
    response.headers["Content-Security-Policy"] = PAGE_POLICY
    return response


@bp.get("/_fake/info")
def info() -> Response:
    """What the page shows about the fake: the service's number and the webhook."""
    settings = _delivery().settings
    return jsonify(service_number=settings.service_number, webhook_url=settings.webhook_url)


@bp.post("/_fake/inbound")
def inbound() -> Response:
    """A simulated phone texts the service."""
    data = _params()
    phone = _phone(data.get("from"), "from")
    body = data.get("body", "")
    if not isinstance(body, str):
        raise ControlError("body must be text")
    num_media = _int(data.get("num_media", 0), "num_media", low=0, high=10)
    if not body and not num_media:
        raise ControlError("body is required (or num_media)")
    return jsonify(receive_text(_delivery(), phone, body, num_media))


@bp.get("/_fake/messages")
def messages() -> Response:
    """The messages of one phone (or all), oldest first, after sequence number `after`."""
    phone = _query_phone(request.args.get("phone"))
    after = _int(request.args.get("after", 0), "after", low=0)
    found = _delivery().state.messages(phone=phone, after=after)
    return jsonify([message_summary(m) for m in found])


def _query_phone(raw: str | None) -> str | None:
    # A hand-typed ?phone=+1555... arrives as " 1555...": a bare "+" in a query means space.
    phone = (raw or "").strip()
    return "+" + phone if phone[:1].isdigit() else phone or None


def message_summary(message: FakeMessage) -> dict:
    """A message as the control API and the page show it."""
    return {
        "seq": message.seq,
        "sid": message.sid,
        "direction": message.direction,
        "from": message.from_,
        "to": message.to,
        "body": message.body,
        "status": message.status,
        "error_code": message.error_code,
        "num_media": message.num_media,
        "date_created": message.date_created.isoformat(),
    }


@bp.get("/_fake/phones")
def phones() -> Response:
    """The simulated phones that have conversations, most recent first."""
    return jsonify(_delivery().state.phones())


@bp.get("/_fake/blocked")
def blocked() -> Response:
    """The numbers that opted out and so cannot be sent to through the API."""
    return jsonify(_delivery().state.blocked())


@bp.post("/_fake/failures")
def add_failure() -> tuple[Response, int]:
    """Make the next `count` creates (to `to`, or to anyone) fail the given way."""
    failure = _failure(_params())
    _delivery().state.add_failure(failure)
    return jsonify(failures=[f.as_json() for f in _delivery().state.failures()]), 201


@bp.get("/_fake/failures")
def list_failures() -> Response:
    """The injected failures still waiting."""
    return jsonify(failures=[f.as_json() for f in _delivery().state.failures()])


@bp.delete("/_fake/failures")
def clear_failures() -> Response:
    """Drop every injected failure."""
    _delivery().state.clear_failures()
    return jsonify(failures=[])


@bp.post("/_fake/reset")
def reset() -> Response:
    """Forget messages, opt-outs, failures and the request log."""
    _delivery().state.reset()
    return jsonify(reset=True)


@bp.get("/_fake/requests")
def requests_log() -> Response:
    """The REST requests the fake accepted, oldest first."""
    return jsonify(_delivery().state.requests())


def _failure(data: dict) -> InjectedFailure:
    error = data.get("error")
    if isinstance(error, str) and error.isdigit():
        error = int(error)
    if error not in REFUSALS and error not in DELIVERY_FAILURES and error != "timeout":
        allowed = ", ".join(str(e) for e in [*REFUSALS, *sorted(DELIVERY_FAILURES)])
        raise ControlError(f"error must be one of {allowed} or 'timeout'")
    to = _phone(data["to"], "to") if data.get("to") else None
    count = _int(data.get("count", 1), "count", low=1)
    seconds = 0.0
    if error == "timeout":
        seconds = _number(data.get("seconds", 15), "seconds", high=MAX_TIMEOUT_SECONDS)
    return InjectedFailure(error=error, to=to, count=count, seconds=seconds)


def _phone(value, name: str) -> str:
    if not isinstance(value, str) or not E164_PATTERN.fullmatch(value.strip()):
        raise ControlError(f"{name} must be an E.164 phone number such as +15550100123")
    return value.strip()


def _int(value, name: str, low: int, high: int | None = None) -> int:
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise ControlError(f"{name} must be a whole number") from None
    if number < low or (high is not None and number > high):
        raise ControlError(f"{name} must be between {low} and {high or 'any'}")
    return number


def _number(value, name: str, high: float) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise ControlError(f"{name} must be a number") from None
    if not 0 < number <= high:
        raise ControlError(f"{name} must be more than 0 and at most {high:g}")
    return number
