"""In a real browser: sign in, find your pages in the nav bar, sign out; at 1280 and 375 px."""

from __future__ import annotations

import re

from playwright.sync_api import expect

from tests.console.web.support import PASSWORD
from tests.e2e.conftest import PHONE, screenshot, sign_in


def test_admin_signs_in_sees_the_nav_and_signs_out(new_page, world, server):
    page = new_page()
    page.goto("/console/")
    expect(page).to_have_url(re.compile(r"/console/sign-in\?next=/console/$"))
    screenshot(page, "signin")
    sign_in(page, world.emails["admin"], PASSWORD)
    expect(page).to_have_url(f"{server.url}/console/")
    nav = page.get_by_role("navigation", name="Main")
    expect(nav.get_by_role("link", name="Home")).to_have_attribute("aria-current", "page")
    expect(nav.get_by_role("link", name="Accounts")).to_be_visible()
    expect(nav).to_contain_text("admin@example.org")
    screenshot(page, "home-admin")

    nav.get_by_role("link", name="Accounts").click()
    expect(page.get_by_role("heading", name="Accounts")).to_be_visible()
    expect(page.get_by_role("cell", name="counselor@example.org")).to_be_visible()
    screenshot(page, "accounts")

    page.get_by_role("button", name="Sign out").click()
    expect(page).to_have_url(f"{server.url}/console/sign-in")
    expect(page.get_by_role("status")).to_have_text("You are signed out.")
    screenshot(page, "signed-out")
    page.goto("/console/accounts")
    expect(page).to_have_url(re.compile(r"/console/sign-in\?next=/console/accounts$"))


def test_a_wrong_password_shows_the_error(new_page, world):
    page = new_page()
    sign_in(page, world.emails["staff"], "not the password")
    alert = page.get_by_role("alert")
    expect(alert).to_have_text("That email and password do not match an account.")
    expect(page.get_by_label("Email")).to_have_value(world.emails["staff"])
    expect(page.get_by_label("Password")).to_be_focused()
    screenshot(page, "signin-wrong-password")


def test_a_counselor_sees_no_admin_links(signed_in_page):
    page = signed_in_page("counselor")
    nav = page.get_by_role("navigation", name="Main")
    expect(nav.get_by_role("link", name="Home")).to_be_visible()
    expect(nav.get_by_role("link", name="Accounts")).to_have_count(0)
    expect(page.get_by_text("Sam Rivera, +15005550171")).to_be_visible()
    screenshot(page, "home-counselor")
    page.goto("/console/accounts")
    expect(page.get_by_role("heading", name="Not allowed")).to_be_visible()
    expect(page.get_by_text("Your role (counselor) cannot open this page")).to_be_visible()
    screenshot(page, "forbidden-counselor")


def test_on_a_phone_the_nav_folds_behind_a_menu_button(signed_in_page, new_page):
    signin = new_page(PHONE)
    signin.goto("/console/sign-in")
    screenshot(signin, "phone-signin")

    page = signed_in_page("admin", PHONE)
    menu = page.get_by_role("button", name="Menu")
    nav = page.locator("#site-nav")
    expect(menu).to_have_attribute("aria-expanded", "false")
    expect(nav).to_be_hidden()
    screenshot(page, "phone-home")
    menu.click()
    expect(menu).to_have_attribute("aria-expanded", "true")
    accounts = nav.get_by_role("link", name="Accounts")
    expect(accounts).to_be_visible()
    expect(nav.get_by_role("button", name="Sign out")).to_be_visible()
    screenshot(page, "phone-menu-open")
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"], "the page scrolls sideways on a phone"
    accounts.click()
    expect(page.get_by_role("heading", name="Accounts")).to_be_visible()
    screenshot(page, "phone-accounts")
