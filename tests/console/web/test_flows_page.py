"""/console/flows: every flow in FLOWS with its description and a diagram that is valid SVG."""

from __future__ import annotations

import html
import xml.etree.ElementTree as ET

import pytest

from flows.definitions import FLOWS
from flows.diagram import flow_svg
from tests.console.web.support import ROLES

SVG = "{http://www.w3.org/2000/svg}svg"


@pytest.mark.parametrize("role", ROLES)
def test_every_flow_is_listed_with_its_diagram(signed_in, role):
    client = signed_in(role)
    page = html.unescape(client.get("/console/flows").get_data(as_text=True))
    assert '<a href="/console/flows" aria-current="page">Flows</a>' in page
    for name, flow in FLOWS.items():
        assert f"<h2>{name.capitalize()}</h2>" in page
        assert flow.description and flow.description in page
        assert f'<img src="/console/flows/{name}.svg"' in page
        assert f'alt="Diagram of the {name} flow' in page


@pytest.mark.parametrize("name", sorted(FLOWS))
def test_each_diagram_route_returns_valid_svg(signed_in, name):
    response = signed_in("counselor").get(f"/console/flows/{name}.svg")
    assert response.status_code == 200
    assert response.mimetype == "image/svg+xml"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    root = ET.fromstring(response.data)
    assert root.tag == SVG
    assert float(root.get("width")) > 0 and float(root.get("height")) > 0
    assert response.get_data(as_text=True) == flow_svg(FLOWS[name])
    assert root.find("{http://www.w3.org/2000/svg}title").text.startswith(name)


def test_an_unknown_flow_is_404(signed_in):
    response = signed_in("staff").get("/console/flows/no-such-flow.svg")
    assert response.status_code == 404
    assert "There is nothing at this address" in response.get_data(as_text=True)
