"""In a real browser: an admin rewords a text, watches the live checks, saves, and reverts.

At 1280 and 375 px; the screenshots land in tests/e2e/screenshots/templates-*.png.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect
from sqlalchemy import select

from models import TextOverride
from sms.texts import render, set_overrides
from tests.conftest import runtime_of
from tests.e2e.conftest import PHONE, SCREENSHOTS, screenshot

CHECKIN = "{name}: quick check-in - how is today, 0-10? (0 = steady, 10 = really hard)"


@pytest.fixture(autouse=True)
def shipped_wording_afterwards():
    """Overrides live in the process: leave the shipped wording for the tests that follow."""
    yield
    set_overrides({})


def open_editor(page: Page, title: str, language: str = "English") -> None:
    """From the nav bar to one text's editor, as an admin would go."""
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Text templates").click()
    expect(page.get_by_role("heading", name="Text templates", exact=True)).to_be_visible()
    page.get_by_role("link", name=f"Edit {title} in {language}").click()
    expect(page.get_by_role("heading", name=f"{title} ({language})")).to_be_visible()


def test_an_admin_rewords_a_check_in_with_live_checks_and_saves(signed_in_page, e2e_app):
    page = signed_in_page("admin")
    open_editor(page, "Check-in question")
    wording = page.get_by_label("Wording in English")
    counter = page.locator("[data-preview-count]")
    checks = page.locator("#checks")
    expect(counter).to_contain_text("1 text segment (GSM-7)")
    expect(checks).to_contain_text("All checks pass")

    wording.fill("{name}: " + "how are you doing today, 0 to 10? " * 9)
    expect(counter).to_contain_text("3 text segments (GSM-7)")
    expect(checks).to_contain_text("At most 2 are allowed")
    expect(wording).to_have_attribute("aria-invalid", "true")
    wording.fill("{name}: how is your recovery going today, 0-10? 😊")
    expect(counter).to_contain_text("1 text segment (UCS-2)")
    expect(checks.get_by_role("listitem")).to_have_text(
        ["It would show “recovery” on a lock screen, which reveals treatment. Use neutral words."]
    )
    expect(page.locator("[data-preview-text]")).to_have_text(
        "Northside Group: how is your recovery going today, 0-10? 😊"
    )
    screenshot(page, "templates-edit-problems")

    page.get_by_role("button", name="Save wording").click()  # the server refuses it too
    expect(page.get_by_role("alert")).to_contain_text("Nothing was saved")
    expect(page.get_by_label("Wording in English")).to_have_value(re.compile("recovery"))
    screenshot(page, "templates-edit-refused")

    page.get_by_label("Wording in English").fill(CHECKIN)
    expect(checks).to_contain_text("All checks pass")
    page.get_by_role("button", name="Save wording").click()
    expect(page.get_by_role("status")).to_have_text(
        "Saved. From the next text on, “Check-in question” in English uses this wording."
    )
    expect(page.get_by_text("Changed", exact=True)).to_be_visible()
    screenshot(page, "templates-edit-saved")
    rt = runtime_of(e2e_app)
    with rt.db.transaction() as s:
        assert s.scalars(select(TextOverride.body)).all() == [CHECKIN]
    assert render("checkin_ask", "en", name="Tether") == CHECKIN.format(name="Tether")

    page.get_by_role("link", name="Check-ins").click()  # the crumb: the list, at its group
    group = page.locator("#group-checkin")
    card = group.get_by_role("listitem").filter(has_text="Check-in question")
    expect(card.get_by_text("Changed", exact=True)).to_be_visible()
    expect(card).to_contain_text("quick check-in")
    page.set_viewport_size({"width": 1280, "height": 900})
    page.screenshot(path=str(SCREENSHOTS / "templates-list-group.png"))
    group.screenshot(path=str(SCREENSHOTS / "templates-list-changed.png"))
    page.get_by_role("link", name="Edit Check-in question in English").click()

    page.get_by_role("button", name="Go back to the shipped wording").click()
    expect(page.get_by_role("status")).to_contain_text("is back to its shipped wording")
    with rt.db.transaction() as s:
        assert s.scalars(select(TextOverride.body)).all() == []


def test_on_a_phone_the_list_and_the_editor_fit(signed_in_page):
    page = signed_in_page("admin", PHONE)
    page.goto("/console/templates")
    expect(page.get_by_role("heading", name="Text templates", exact=True)).to_be_visible()
    page.screenshot(path=str(SCREENSHOTS / "templates-phone-list.png"))  # the top: it is long
    _fits(page)
    page.goto("/console/templates/crisis_reply/es")
    wording = page.get_by_label("Wording in Spanish")
    wording.fill("{name}: estamos aqui. Llame o escriba al 988.")
    expect(page.locator("#checks")).to_contain_text("It must still give 911")
    screenshot(page, "templates-phone-editor")
    _fits(page)


def _fits(page: Page) -> None:
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"], f"{page.url} scrolls sideways on a phone ({width}px)"
