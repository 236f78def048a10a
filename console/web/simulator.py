"""/console/simulator: a link to the local fake Twilio's phone simulator (not in production).

`bin/run` starts the fake Twilio (`flask --app app fake-twilio`) on
127.0.0.1:FAKE_TWILIO_PORT; its page lets anyone text the service from a
browser. A production app has no fake Twilio, so there this route is not
registered at all: the address answers 404 like any unknown page, and the
nav bar, which lists only pages the app serves (console.web.nav), drops the
link without a special case. The route is added by a deferred setup function
that sees the app's settings when the blueprint is registered, since one
module-level blueprint serves every app (tests make development and
production apps side by side). The access-matrix test walks the url_map of a
development app, where the route exists, so it has its row there.
"""

from __future__ import annotations

from flask import Blueprint, current_app, render_template

from console.web import nav
from console.web.access import requires

bp = Blueprint("simulator", __name__)
nav.add(
    "console.simulator.index",
    "Phone simulator",
    order=50,
    description="Development only: text the service from a pretend phone in your browser.",
)
PRODUCTION = "production"


def simulator_url(config) -> str:
    """Where `bin/run`'s fake Twilio serves the phone simulator."""
    return f"http://127.0.0.1:{int(config['FAKE_TWILIO_PORT'])}/"


@requires()
def index():
    """What the simulator is, and a link that opens it in a new tab."""
    config = current_app.config
    url = simulator_url(config)
    api_base = (config.get("TWILIO_API_BASE_URL") or "").rstrip("/")
    return render_template(
        "simulator.html",
        url=url,
        port=int(config["FAKE_TWILIO_PORT"]),
        # Texts Tether sends reach the simulator only if the app sends them to it.
        sends_elsewhere=api_base if api_base and api_base != url.rstrip("/") else None,
    )


@bp.record
def _register_outside_production(state) -> None:
    if state.app.config["TETHER_ENV"] != PRODUCTION:
        state.add_url_rule("/simulator", view_func=index, methods=["GET"])
