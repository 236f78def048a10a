"""In a real browser: an admin creates an account and an API key, reads the audit log, the flows.

At 1280 and 375 px; the screenshots (tests/e2e/screenshots/admin-*.png) are looked at.
"""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect

from flows.definitions import FLOWS
from tests.e2e.conftest import PHONE, screenshot, sign_in


def go(page: Page, label: str) -> None:
    """Follow a link of the nav bar (opening the Menu first on a phone)."""
    menu = page.get_by_role("button", name="Menu")
    if menu.is_visible():
        menu.click()
    page.get_by_role("navigation", name="Main").get_by_role("link", name=label).click()
    page.wait_for_load_state()


def fits(page: Page) -> None:
    """The page does not scroll sideways on a phone (wide things scroll in their own box)."""
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"], f"{page.url} scrolls sideways on a phone ({width}px)"


def create_account(page: Page) -> str:
    """A staff account of North with a generated password; returns the password shown."""
    go(page, "Accounts")
    page.get_by_role("link", name="New account").click()
    page.get_by_label("Email").fill("robin@example.org")
    page.get_by_label("Role").select_option(label="Staff")
    page.get_by_label("Program").select_option(label="North")
    expect(page.get_by_label("Generate one (shown once, on the next page)")).to_be_checked()
    page.get_by_role("button", name="Create account").click()
    expect(page.get_by_role("heading", name="Account created")).to_be_visible()
    expect(page.get_by_text("Copy it now: it will not be shown again.")).to_be_visible()
    password = page.get_by_label("Password for robin@example.org").input_value()
    assert len(password) >= 16
    return password


def create_key(page: Page) -> str:
    """An API key called "EHR sync"; returns the key shown."""
    go(page, "API keys")
    page.get_by_label("Name").fill("EHR sync")
    page.get_by_role("button", name="Create key").click()
    expect(page.get_by_role("heading", name="API key created")).to_be_visible()
    page.get_by_role("button", name="Copy").click()
    expect(page.get_by_role("status").last).to_have_text(re.compile(r"Copied\.|Select the text"))
    return page.get_by_label("API key").input_value()


def test_admin_creates_an_account_and_a_key_then_reads_the_log(signed_in_page, new_page):
    page = signed_in_page("admin")
    password = create_account(page)
    screenshot(page, "admin-account-created")
    robin = new_page()
    sign_in(robin, "robin@example.org", password)
    expect(robin.get_by_role("heading", name="Welcome")).to_be_visible()

    key = create_key(page)
    screenshot(page, "admin-api-key-created")
    answer = page.request.get("/api/v1/programs", headers={"Authorization": f"Bearer {key}"})
    assert answer.status == 200
    go(page, "API keys")
    expect(page.get_by_role("row", name=re.compile("EHR sync"))).to_contain_text(key[:8])
    expect(page.get_by_text(key)).to_have_count(0)
    screenshot(page, "admin-api-keys")

    go(page, "Audit log")
    table = page.get_by_role("table")
    expect(table.get_by_role("row").nth(1)).to_contain_text("Created API key")
    expect(table).to_contain_text("Created account")
    expect(table).to_contain_text("robin@example.org")  # robin signed in
    screenshot(page, "admin-audit-log")
    page.get_by_label("Action").select_option(label="Created account")
    page.get_by_role("button", name="Filter").click()
    expect(table.get_by_role("row")).to_have_count(2)  # the header and one entry
    expect(page.get_by_role("link", name=re.compile(r"Account #\d+"))).to_be_visible()
    page.get_by_label("First day").fill("2026-11-30")
    page.get_by_label("Last day").fill("2026-11-01")
    page.get_by_role("button", name="Filter").click()
    expect(page.get_by_role("alert")).to_contain_text("Not filtered by the field marked below")
    expect(page.locator("#until-error")).to_have_text("Last day must be on or after the first day.")
    screenshot(page, "admin-audit-log-refused")

    go(page, "Flows")
    for name in FLOWS:
        image = page.get_by_role("img", name=f"Diagram of the {name} flow")
        expect(image).to_be_visible()
        assert image.evaluate("img => img.complete && img.naturalWidth > 0")
    screenshot(page, "admin-flows")


def test_admin_pages_on_a_phone(signed_in_page):
    page = signed_in_page("admin", PHONE)
    create_account(page)
    fits(page)
    screenshot(page, "admin-phone-account-created")
    page.get_by_role("link", name="Done: open the account").click()
    expect(page.get_by_role("heading", name="Role and program")).to_be_visible()
    fits(page)
    screenshot(page, "admin-phone-account")
    create_key(page)
    fits(page)
    screenshot(page, "admin-phone-api-key-created")
    go(page, "Audit log")
    expect(page.get_by_role("table")).to_contain_text("Created API key")
    fits(page)
    screenshot(page, "admin-phone-audit-log")
    go(page, "Flows")
    diagram = page.get_by_role("region", name="Diagram of the reminder flow (scrolls)")
    expect(diagram.get_by_role("img")).to_be_visible()
    # The diagram keeps a readable size and scrolls inside its box.
    assert diagram.evaluate("box => box.scrollWidth > box.clientWidth")
    fits(page)
    screenshot(page, "admin-phone-flows")
    go(page, "Phone simulator")
    expect(page.get_by_role("link", name=re.compile("Open the phone simulator"))).to_have_attribute(
        "target", "_blank"
    )
    fits(page)
    screenshot(page, "admin-phone-simulator")


def test_a_refused_account_form_names_the_field(signed_in_page):
    page = signed_in_page("admin")
    page.goto("/console/accounts/new")
    page.get_by_label("Email").fill("staff@example.org")  # taken
    page.get_by_label("Type one").check()
    page.get_by_label("Initial password").fill("short")
    page.get_by_role("button", name="Create account").click()
    expect(page.get_by_role("alert")).to_have_text("Not saved: check Password below.")
    expect(page.get_by_label("Initial password")).to_have_attribute("aria-invalid", "true")
    expect(page.locator("#password-error")).to_have_text("Password must be at least 10 characters.")
    expect(page.get_by_label("Type one")).to_be_checked()
    expect(page.get_by_label("Email")).to_have_value("staff@example.org")
    screenshot(page, "admin-account-refused")
