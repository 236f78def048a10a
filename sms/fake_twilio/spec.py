"""Checking the fake against Twilio's own OpenAPI description (shared/twilio-oai).

`validate_requests` replays the requests the fake accepted - and the answers
it gave - through openapi-core, so a fake that takes what Twilio would refuse,
or answers in a shape Twilio does not, fails a test instead of fooling one.

The spec is read strictly: an answer must carry every documented field and
no others, and Twilio's own formats (phone-number, date-time-rfc-2822,
currency) are checked. Two readings are made explicit: `subresource_uris` is a
map (its uri-map format says so), and the list filters' "date-time" also takes
the YYYY-MM-DD dates their own descriptions and examples use. Unknown form
fields and query parameters are reported: Twilio ignores them (warning 20001),
which would hide a misspelt parameter.
"""

from __future__ import annotations

import functools
import json
import os
import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from urllib.parse import parse_qsl, urlencode

from openapi_core import Config, OpenAPI
from openapi_core.contrib.werkzeug import WerkzeugOpenAPIRequest, WerkzeugOpenAPIResponse
from openapi_core.exceptions import OpenAPIError
from werkzeug.test import EnvironBuilder
from werkzeug.wrappers import Response

# ../shared/twilio-oai beside the checkout; TWILIO_OAI_DIR points elsewhere.
SPEC_PATH = (
    Path(
        os.environ.get("TWILIO_OAI_DIR")
        or Path(__file__).resolve().parents[3] / "shared" / "twilio-oai"
    )
    / "twilio_api_v2010.json"
)
TWILIO_ORIGIN = "https://api.twilio.com"
MESSAGE_SCHEMA = "api.v2010.account.message"
PHONE_NUMBER = re.compile(r"([a-z]+:)?\+[1-9]\d{1,14}")  # E.164, or a channel address
RFC2822 = re.compile(r"[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} [+-]\d{4}")


def load_spec(path: Path = SPEC_PATH) -> OpenAPI:
    """Twilio's 2010-04-01 API description, loaded once per process (it takes about a second)."""
    return _load(path)[0]


@functools.cache
def _load(path: Path) -> tuple[OpenAPI, dict]:
    with open(path, encoding="utf-8") as handle:
        data = _with_readings(json.load(handle))
    config = Config(
        extra_format_validators=FORMAT_VALIDATORS,
        additional_properties_default_policy="forbid",
        response_properties_default_policy="required",
    )
    return OpenAPI.from_dict(data, config=config), data["paths"]


def validate_requests(records: list[dict], spec_path: Path = SPEC_PATH) -> list[str]:
    """Problems with logged requests (and their answers) against the spec; empty when all valid.

    Each record has method, path, query_string, form and headers, and may
    have status and response (the JSON answered), as FakeState.requests() keeps them.
    """
    spec, paths = _load(spec_path)
    problems = []
    for record in records:
        label = f"{record['method']} {record['path']}"
        request = _openapi_request(record)
        problems += [f"{label}: {p}" for p in _undeclared_problems(paths, record)]
        problems += [f"{label}: {p}" for p in _request_problems(spec, request)]
        if "response" in record:
            problems += [f"{label} answer: {p}" for p in _response_problems(spec, request, record)]
    return problems


def _with_readings(data: dict) -> dict:
    message = data["components"]["schemas"][MESSAGE_SCHEMA]
    message["properties"]["subresource_uris"]["additionalProperties"] = True
    return data


def _openapi_request(record: dict) -> WerkzeugOpenAPIRequest:
    headers = dict(record.get("headers") or {})
    form = record.get("form") or {}
    builder = EnvironBuilder(
        method=record["method"],
        path=record["path"],
        base_url=TWILIO_ORIGIN,
        query_string=record.get("query_string") or "",
        headers={k: v for k, v in headers.items() if k.lower() != "content-type"},
        data=urlencode(form, doseq=True) if form else None,
        content_type=headers.get("Content-Type") if form else None,
    )
    return WerkzeugOpenAPIRequest(builder.get_request())


def _request_problems(spec: OpenAPI, request: WerkzeugOpenAPIRequest) -> list[str]:
    try:
        spec.validate_request(request)
    except OpenAPIError as exc:
        return [_describe(exc)]
    return []


def _response_problems(spec: OpenAPI, request: WerkzeugOpenAPIRequest, record: dict) -> list[str]:
    body, status = json.dumps(record["response"]), record.get("status", 200)
    response = Response(body, status=status, mimetype="application/json")
    try:
        spec.validate_response(request, WerkzeugOpenAPIResponse(response))
    except OpenAPIError as exc:
        return [_describe(exc)]
    return []


def _undeclared_problems(paths: dict, record: dict) -> list[str]:
    """Query parameters and form fields the operation does not declare.

    openapi-core passes both silently (it decodes a form by the schema's own
    properties), so they are compared with the spec here.
    """
    operation = _operation(paths, record["path"], record["method"])
    if operation is None:
        return []  # validate_request reports the unknown path itself
    declared = {p["name"] for p in operation.get("parameters", []) if p["in"] == "query"}
    sent = {name for name, _ in parse_qsl(record.get("query_string") or "", True)}
    problems = [f"unknown query parameter {name!r}" for name in sorted(sent - declared)]
    content = operation.get("requestBody", {}).get("content", {})
    schema = content.get("application/x-www-form-urlencoded", {}).get("schema", {})
    fields = set(schema.get("properties", {}))
    unknown = sorted(set(record.get("form") or {}) - fields)
    return problems + [f"unknown form field {name!r}" for name in unknown]


def _operation(paths: dict, path: str, method: str) -> dict | None:
    for template, item in paths.items():
        pattern = re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(template))
        if re.fullmatch(pattern, path):
            return item.get(method.lower())
    return None


def _describe(exc: Exception) -> str:
    """The schema errors behind an openapi-core exception, or its own message."""
    details = []
    cause: BaseException | None = exc
    while cause is not None:
        details += [error.message for error in getattr(cause, "schema_errors", ())]
        cause = cause.__cause__
    summary = str(exc).split(": Value ", 1)[0]
    return f"{summary} ({'; '.join(details)})" if details else summary


def _is_date_or_instant(value: str) -> bool:
    try:
        if len(value) == 10:
            date.fromisoformat(value)
        else:
            datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return False
    return True


def _is_rfc2822(value: str) -> bool:
    try:
        return bool(RFC2822.fullmatch(value)) and parsedate_to_datetime(value) is not None
    except (TypeError, ValueError):
        return False


FORMAT_VALIDATORS = {
    "phone-number": lambda value: bool(PHONE_NUMBER.fullmatch(value)),
    "date-time": _is_date_or_instant,
    "date-time-rfc-2822": _is_rfc2822,
    "currency": lambda value: bool(re.fullmatch(r"[A-Z]{3}", value)),
}
