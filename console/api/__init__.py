"""The JSON API, /api/v1, for staff tools and integrations.

Blueprints here are thin: they read the request through flask-smorest's
schemas and call flows.admin, which the CLI calls too. Every route needs
`Authorization: Bearer <key>` (keys from `flask --app app apikey create`);
the OpenAPI document at /api/v1/openapi.json does not.
"""

from __future__ import annotations

from flask import Flask


def init_app(app: Flask) -> None:
    """Serve /api/v1 and its OpenAPI document."""
    from console.api import escalations, oncall, participants, programs, staff
    from console.api.base import make_api

    api = make_api(app)
    for module in (programs, participants, staff, escalations, oncall):
        api.register_blueprint(module.blp)
