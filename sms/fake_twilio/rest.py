"""The Twilio-shaped REST API: create, fetch and list Messages.

Answers, error codes and field names follow Twilio's 2010-04-01 API, so the
official twilio client works against it unchanged. Every request answered
with a 2xx is logged on the state; spec.validate_requests checks the log
against Twilio's own OpenAPI description.
"""

from __future__ import annotations

import hmac
import json
import re
from datetime import UTC, date, datetime

from flask import Blueprint, Response, current_app, request
from werkzeug.datastructures import MultiDict

from sms.fake_twilio.delivery import Delivery
from sms.fake_twilio.resources import (
    API_VERSION,
    MAX_BODY,
    PageRequest,
    TwilioError,
    message_json,
    message_uri,
    paginate,
)
from sms.fake_twilio.settings import (
    ACCOUNT_SID_PATTERN,
    E164_PATTERN,
    SERVICE_SID_PATTERN,
    FakeSettings,
)
from sms.fake_twilio.state import FakeMessage, FakeState, InjectedFailure

STATE_KEY = "fake_twilio"
DELIVERY_KEY = "fake_twilio_delivery"
PREFIX = f"/{API_VERSION}/Accounts/<account_sid>"
DEFAULT_PAGE_SIZE = 50
MAX_PAGE_SIZE = 1000

# Injected failures that make the create itself fail: error -> (HTTP status, Twilio code, text).
REFUSALS = {
    429: (429, 20429, "Too Many Requests"),
    500: (500, 20500, "Internal Server Error"),
    21610: (400, 21610, "Attempt to send to unsubscribed recipient"),
    21211: (400, 21211, "Invalid 'To' Phone Number"),
}
DELIVERY_FAILURES = frozenset({30003, 30007})
LIST_FILTERS = ("To", "From", "DateSent", "DateSent<", "DateSent>")

bp = Blueprint("fake_twilio_rest", __name__, url_prefix=PREFIX)


def _state() -> FakeState:
    return current_app.extensions[STATE_KEY]


def _delivery() -> Delivery:
    return current_app.extensions[DELIVERY_KEY]


def error_response(error: TwilioError) -> Response:
    """Twilio's JSON error answer for `error`."""
    response = _json_response(error.as_json(), error.status)
    if error.status == 401:
        response.headers["WWW-Authenticate"] = 'Basic realm="Twilio API"'
    return response


@bp.errorhandler(TwilioError)
def _twilio_error(error: TwilioError) -> Response:
    return error_response(error)


@bp.before_request
def _authenticate() -> None:
    check_auth(request.view_args.get("account_sid", ""), _delivery().settings)


def check_auth(account_sid: str, settings: FakeSettings) -> None:
    """Raise 20003 unless the basic auth and the path's AccountSid are the configured ones."""
    auth = request.authorization
    valid = (
        auth is not None
        and auth.type == "basic"
        and ACCOUNT_SID_PATTERN.fullmatch(account_sid) is not None
        and account_sid == settings.account_sid
        and hmac.compare_digest((auth.username or "").encode(), settings.account_sid.encode())
        and hmac.compare_digest((auth.password or "").encode(), settings.auth_token.encode())
    )
    if not valid:
        raise TwilioError(20003, "Authenticate", 401)


@bp.post("/Messages.json")
def create_message(account_sid: str) -> Response:
    """Create (send) a message, or refuse it with Twilio's error code."""
    state, settings = _state(), _delivery().settings
    _validate_create(request.form, settings)
    to = request.form["To"]
    failure = state.take_failure(to)
    if failure is not None and failure.error in REFUSALS:
        status, code, text = REFUSALS[failure.error]
        raise TwilioError(code, text, status)
    if state.is_blocked(to):
        raise TwilioError(21610, "Attempt to send to unsubscribed recipient")
    message = _store_created(request.form, settings, state)
    _delivery().start(message, _delivery_failure(failure))
    delay = failure.seconds if failure is not None and failure.error == "timeout" else 0.0
    return _accepted(message_json(message, account_sid), 201, delay)


def _validate_create(form: MultiDict, settings: FakeSettings) -> None:
    """Raise the error Twilio gives for the first thing wrong with a create, in its order."""
    to, sender, service = form.get("To"), form.get("From"), form.get("MessagingServiceSid")
    body, media = form.get("Body"), form.getlist("MediaUrl")
    if not to:
        raise TwilioError(21604, "A 'To' phone number is required.")
    if not E164_PATTERN.fullmatch(to):
        raise TwilioError(21211, "Invalid 'To' Phone Number")
    if not sender and not service:
        raise TwilioError(
            21603, "A 'From' or 'MessagingServiceSid' parameter is required to send a message."
        )
    if sender:
        _validate_from(sender, settings)
    if service:
        _validate_service(service, settings)
    if not body and not media and not form.get("ContentSid"):
        raise TwilioError(21602, "Message body is required.")
    if body and len(body) > MAX_BODY:
        raise TwilioError(21617, "The concatenated message body exceeds the 1600 character limit.")
    callback = form.get("StatusCallback")
    if callback is not None and not re.match(r"https?://[^/_\s]+(/\S*)?$", callback):
        raise TwilioError(21609, "Invalid 'StatusCallback'")


def _validate_from(sender: str, settings: FakeSettings) -> None:
    if not E164_PATTERN.fullmatch(sender):
        raise TwilioError(21212, f"Invalid 'From' Number: {sender}")
    # The fake account owns exactly one number, like a small real one.
    if sender != settings.service_number:
        raise TwilioError(
            21606,
            f"The 'From' phone number provided ({sender}) is not a valid message-capable "
            "Twilio phone number for this destination/account",
        )


def _validate_service(service: str, settings: FakeSettings) -> None:
    if not SERVICE_SID_PATTERN.fullmatch(service):
        raise TwilioError(21705, "The Messaging Service is invalid")
    if service != settings.messaging_service_sid:
        raise TwilioError(21701, "The Messaging Service does not exist")


def _store_created(form: MultiDict, settings: FakeSettings, state: FakeState) -> FakeMessage:
    return state.add_message(
        direction="outbound-api",
        # A Messaging Service picks the sender from its pool: here, the one number.
        from_=form.get("From") or settings.service_number,
        to=form["To"],
        body=form.get("Body", ""),
        status="queued",
        num_media=len(form.getlist("MediaUrl")),
        messaging_service_sid=form.get("MessagingServiceSid"),
        status_callback=form.get("StatusCallback"),
    )


def _delivery_failure(failure: InjectedFailure | None) -> int | None:
    if failure is not None and failure.error in DELIVERY_FAILURES:
        return int(failure.error)
    return None


@bp.get("/Messages/<sid>.json")
def fetch_message(account_sid: str, sid: str) -> Response:
    """One message, or 20404."""
    message = _state().get_message(sid)
    if message is None:
        raise TwilioError(
            20404, f"The requested resource {message_uri(account_sid, sid)} was not found", 404
        )
    return _accepted(message_json(message, account_sid), 200)


@bp.get("/Messages.json")
def list_messages(account_sid: str) -> Response:
    """A page of messages, newest first, filtered like Twilio's list."""
    args = request.args
    page_request = PageRequest(
        path=request.path,
        filters={name: args[name] for name in LIST_FILTERS if name in args},
        page_size=_int_arg("PageSize", DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE),
        page=_int_arg("Page", 0, 0, None),
        page_token=args.get("PageToken"),
    )
    matching = [m for m in _state().messages() if _matches(m, page_request.filters)]
    matching.sort(key=lambda m: (m.date_created, m.seq), reverse=True)
    return _accepted(paginate(matching, page_request, account_sid), 200)


def _int_arg(name: str, default: int, low: int, high: int | None) -> int:
    raw = request.args.get(name)
    if raw is None:
        return default
    if not raw.isdigit() or int(raw) < low or (high is not None and int(raw) > high):
        # Twilio's code for a malformed list parameter is not documented; 20001 is close.
        raise TwilioError(20001, f"Invalid {name}: {raw}")
    return int(raw)


def _matches(message: FakeMessage, filters: dict[str, str]) -> bool:
    if "To" in filters and message.to != filters["To"]:
        return False
    if "From" in filters and message.from_ != filters["From"]:
        return False
    for name, keep in DATE_FILTERS.items():
        if name in filters and not _date_filter(message, filters[name], keep, name):
            return False
    return True


def _date_filter(message: FakeMessage, raw: str, keep, name: str) -> bool:
    # Twilio filters on date_sent; a message not sent yet has none and never matches.
    return message.date_sent is not None and keep(message.date_sent, _parse_day(raw, name))


def _parse_day(raw: str, name: str) -> date | datetime:
    """YYYY-MM-DD compares by day; the twilio client's full ISO instants compare exactly."""
    try:
        if len(raw) == 10:
            return date.fromisoformat(raw)
        instant = datetime.fromisoformat(raw.replace("Z", "+00:00"))
    except ValueError:
        raise TwilioError(20001, f"Invalid {name}: {raw}") from None
    return instant if instant.tzinfo else instant.replace(tzinfo=UTC)


def _same(sent: datetime, bound: date | datetime) -> bool:
    return sent.date() == (bound.date() if isinstance(bound, datetime) else bound)


def _on_or_before(sent: datetime, bound: date | datetime) -> bool:
    return sent <= bound if isinstance(bound, datetime) else sent.date() <= bound


def _on_or_after(sent: datetime, bound: date | datetime) -> bool:
    return sent >= bound if isinstance(bound, datetime) else sent.date() >= bound


DATE_FILTERS = {"DateSent": _same, "DateSent<": _on_or_before, "DateSent>": _on_or_after}


def _accepted(payload: dict, status: int, delay: float = 0.0) -> Response:
    """Log the accepted request and answer it, `delay` seconds late if asked."""
    _state().log_request(_request_record(payload, status))
    if not delay:
        return _json_response(payload, status)
    body = json.dumps(payload).encode()
    state = _state()

    def held_back():
        # Headers go out with the first chunk, so the client hears nothing until then.
        state.closing.wait(delay)
        yield body

    response = Response(held_back(), status=status, mimetype="application/json")
    response.headers["Content-Length"] = str(len(body))
    return response


def _request_record(payload: dict, status: int) -> dict:
    """What the log keeps of one accepted request (the auth token is never kept)."""
    headers = {k: v for k, v in request.headers.items() if k not in ("Host", "Content-Length")}
    if "Authorization" in headers:
        headers["Authorization"] = "Basic (redacted)"
    form = request.form.to_dict(flat=False)
    return {
        "method": request.method,
        "path": request.path,
        "query_string": request.query_string.decode(),
        "form": {k: v[0] if len(v) == 1 else v for k, v in form.items()},
        "headers": headers,
        "status": status,
        "response": payload,
        "at": _state().now().isoformat(),
    }


def _json_response(payload: dict, status: int) -> Response:
    return Response(json.dumps(payload), status=status, mimetype="application/json")
