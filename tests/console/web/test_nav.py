"""The navigation bar shows each role exactly the pages it may open."""

from __future__ import annotations

import re

import pytest

from console.web import nav
from tests.console.web.support import ROLES

LINK = re.compile(r'<nav id="site-nav".*?</nav>', re.S)
HREF = re.compile(r'<li><a href="([^"]+)"')


def nav_links(client) -> list[str]:
    page = client.get("/console/").get_data(as_text=True)
    return HREF.findall(LINK.search(page).group(0))


@pytest.mark.parametrize("role", ROLES)
def test_every_link_in_the_bar_opens_for_that_role(signed_in, role):
    client = signed_in(role)
    links = nav_links(client)
    assert links[0] == "/console/"
    for href in links:
        assert client.get(href).status_code == 200, href


def test_admin_links_only_for_admins(signed_in):
    assert "/console/accounts" in nav_links(signed_in("admin"))
    assert "/console/accounts" not in nav_links(signed_in("staff"))
    assert "/console/accounts" not in nav_links(signed_in("counselor"))


def test_home_lists_the_other_pages_with_descriptions(signed_in):
    page = signed_in("admin").get("/console/").get_data(as_text=True)
    assert "Who can sign in to the console" in page


def test_current_page_is_marked(signed_in):
    page = signed_in("admin").get("/console/accounts").get_data(as_text=True)
    assert '<a href="/console/accounts" aria-current="page">Accounts</a>' in page


def test_every_entry_names_a_registered_console_page(app):
    for entry in nav.entries():
        assert entry.endpoint in app.view_functions, entry.endpoint


def test_an_entry_can_show_to_fewer_roles_than_may_open_it(app, monkeypatch):
    monkeypatch.setattr(nav, "_ENTRIES", dict(nav._ENTRIES))
    nav.add("console.home.index", "Home", order=0, roles=("staff",))
    with app.test_request_context():
        assert "Home" not in [e.label for e in nav.visible_to("counselor")]
        assert "Home" in [e.label for e in nav.visible_to("staff")]
        assert "Home" in [e.label for e in nav.visible_to("admin")]
