"""What every /api/v1 blueprint shares: the bearer-key check, JSON errors, the Api object.

Every error under /api/v1 is JSON, `{"error": "...", "errors": {field: [...]}}`
(`errors` only when fields are at fault), whether it comes from a missing key,
a schema (422), or the admin services (InvalidFieldError 422, NotFoundError 404,
ConflictError 409). The rest of the app keeps Flask's own error pages.
"""

from __future__ import annotations

from http import HTTPStatus

import marshmallow as ma
from apispec.ext.marshmallow import MarshmallowPlugin
from apispec.ext.marshmallow.common import resolve_schema_cls
from flask import jsonify, request
from flask_smorest import Api, Blueprint

from flows.admin import AdminError, ConflictError, InvalidFieldError, NotFoundError
from flows.admin.apikeys import authenticate
from runtime import current_runtime

PREFIX = "/api/v1"
SECURITY_SCHEME = "bearerAuth"


class ErrorSchema(ma.Schema):
    """An error: one line for people, and the fields at fault for programs."""

    error = ma.fields.String(required=True)
    errors = ma.fields.Dict(keys=ma.fields.String(), values=ma.fields.Raw())


class TetherApi(Api):
    """flask-smorest's Api with Tether's error shape, scoped to /api/v1."""

    ERROR_SCHEMA = ErrorSchema

    def handle_http_exception(self, error):
        """JSON for errors under /api/v1; Flask's default pages elsewhere."""
        if not request.path.startswith(PREFIX + "/"):
            return error
        data = getattr(error, "data", None) or {}
        fields = _flatten(data.get("errors") or data.get("messages") or {})
        message = data.get("message") or error.description
        if fields:
            message = f"invalid {', '.join(sorted(fields))}"
        return error_response(error.code, message, fields, data.get("headers"))


def schema_name(schema) -> str:
    """Component names: "ProgramIn", and "ProgramInPatch" for its partial (PATCH) form."""
    cls = resolve_schema_cls(schema)
    cls = cls[0] if isinstance(cls, list) else cls
    name = cls.__name__.removesuffix("Schema")
    return name + ("Patch" if getattr(schema, "partial", False) else "")


def make_api(app) -> TetherApi:
    """The Api serving /api/v1/openapi.json, with bearer security on every operation."""
    app.config.setdefault("API_TITLE", "Tether API")
    app.config.setdefault("API_VERSION", "v1")
    app.config.setdefault("OPENAPI_VERSION", "3.0.3")
    app.config.setdefault("OPENAPI_URL_PREFIX", PREFIX)
    app.config.setdefault("OPENAPI_JSON_PATH", "openapi.json")
    app.config.setdefault("API_SPEC_OPTIONS", {"security": [{SECURITY_SCHEME: []}]})
    plugin = MarshmallowPlugin(schema_name_resolver=schema_name)
    api = TetherApi(app, spec_kwargs={"marshmallow_plugin": plugin})
    api.spec.components.security_scheme(
        SECURITY_SCHEME,
        {"type": "http", "scheme": "bearer", "description": "`flask --app app apikey create`"},
    )
    return api


def api_blueprint(name: str, description: str) -> Blueprint:
    """A blueprint under /api/v1 whose every request needs a live API key."""
    blp = Blueprint(name, name, url_prefix=PREFIX, description=description)
    blp.before_request(require_api_key)
    blp.register_error_handler(AdminError, admin_error)
    return blp


def documents(blp: Blueprint, *codes: int):
    """Document the error statuses a view may answer, besides 401 which all may."""

    def decorate(func):
        for code in sorted({401, *codes}, reverse=True):
            func = blp.alt_response(code, response=HTTPStatus(code).name)(func)
        return func

    return decorate


def require_api_key():
    """Refuse the request (401) unless it carries `Authorization: Bearer <live key>`."""
    scheme, _, key = request.headers.get("Authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not key.strip():
        return _unauthorized("an API key is required: Authorization: Bearer <key>", "Bearer")
    rt = current_runtime()
    with rt.db.transaction() as session:
        known = authenticate(session, key.strip(), rt.clock.now()) is not None
    if not known:
        return _unauthorized("unknown or revoked API key", 'Bearer error="invalid_token"')
    return None


def admin_error(exc: AdminError):
    """The admin services' refusals as HTTP: 422 naming the field, 404, 409."""
    if isinstance(exc, InvalidFieldError):
        return error_response(422, str(exc), _nest(exc.field, exc.message))
    if isinstance(exc, NotFoundError):
        return error_response(404, str(exc))
    code = 409 if isinstance(exc, ConflictError) else 422
    return error_response(code, str(exc))


def error_response(code: int, message: str, fields: dict | None = None, headers=None):
    """An error in Tether's shape."""
    body = {"error": message}
    if fields:
        body["errors"] = fields
    response = jsonify(body)
    response.status_code = code
    response.headers.update(headers or {})
    return response


def _unauthorized(message: str, challenge: str):
    return error_response(401, message, headers={"WWW-Authenticate": challenge})


def _flatten(messages: dict) -> dict:
    """webargs groups problems by where they were (json, query); callers want the fields."""
    fields: dict = {}
    for location in messages.values():
        if isinstance(location, dict):
            fields.update(_string_keys(location))
    return fields


def _string_keys(value):
    # List items are reported by index (an int); JSON keys must all be strings to sort.
    if isinstance(value, dict):
        return {str(key): _string_keys(item) for key, item in value.items()}
    return value


def _nest(path: str, message: str) -> dict:
    """ "plan.steps" -> {"plan": {"steps": [message]}}, as marshmallow reports nested fields."""
    head, _, rest = path.partition(".")
    return {head: _nest(rest, message) if rest else [message]}
