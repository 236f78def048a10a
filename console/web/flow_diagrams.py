"""/console/flows: every conversation flow with its diagram (all roles).

The diagrams are what `flask --app app flows diagram NAME` writes
(flows.diagram.flow_svg): each is served by its own route as image/svg+xml
and shown with <img>, which the console's Content-Security-Policy allows
(img-src 'self') and which keeps the drawing inert: an SVG loaded as an
image runs no script and reaches no other resource. A diagram wider than a
phone scrolls inside its box, at a size that stays readable.
"""

from __future__ import annotations

import re
from functools import cache

from flask import Blueprint, Response, abort, render_template

from console.web import nav
from console.web.access import requires
from flows.definitions import FLOWS
from flows.diagram import flow_svg

bp = Blueprint("flows", __name__)
nav.add(
    "console.flows.index",
    "Flows",
    order=40,
    description="How each conversation goes: the texts Tether sends and the replies it expects.",
)
_SIZE = re.compile(r'<svg [^>]*width="([\d.]+)" height="([\d.]+)"')


@bp.get("/flows")
@requires()
def index():
    """Each flow's name, what it is for, and its diagram."""
    flows = [
        {"name": name, "description": flow.description, "size": _size(name)}
        for name, flow in FLOWS.items()
    ]
    return render_template("flows/index.html", flows=flows)


@bp.get("/flows/<name>.svg")
@requires()
def diagram(name: str):
    """One flow's diagram as an SVG document."""
    if name not in FLOWS:
        abort(404)
    return Response(_svg(name), mimetype="image/svg+xml")


@cache
def _svg(name: str) -> str:
    # The definitions are fixed at import, so each drawing is made once per process.
    return flow_svg(FLOWS[name])


def _size(name: str) -> tuple[int, int]:
    """The diagram's width and height in px (the <img> reserves its space before it loads)."""
    width, height = _SIZE.search(_svg(name)).groups()
    return round(float(width)), round(float(height))
