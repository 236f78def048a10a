"""In a real browser: staff read a program's outcomes, then download the check-ins as CSV.

At 1280 and 375 px; the screenshots land in tests/e2e/screenshots/dashboard-*.png
and exports-*.png. The data is tests.console.web.outcomes_support's fortnight.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.conftest import runtime_of
from tests.console.web.outcomes_support import build_outcomes
from tests.e2e.conftest import PHONE, SCREENSHOTS, screenshot

FORTNIGHT = "start=2026-11-09&end=2026-11-22"


@pytest.fixture
def people(e2e_app, world):
    """North's Ana, Ben and Cy and South's Sol, with a fortnight of outcomes."""
    return build_outcomes(runtime_of(e2e_app), world)


def test_staff_read_the_charts_and_download_a_csv(signed_in_page, people):
    page = signed_in_page("staff")
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Dashboard").click()
    expect(page.get_by_role("heading", name="Dashboard", exact=True)).to_be_visible()
    expect(page.get_by_label("From")).to_have_value("2026-09-07")  # the last 12 weeks
    screenshot(page, "dashboard-desktop-12-weeks")
    page.get_by_label("From").fill("2026-11-09")
    page.get_by_label("To", exact=True).fill("2026-11-22")
    page.get_by_role("button", name="Show").click()
    expect(page).to_have_url(re.compile(r"start=2026-11-09&end=2026-11-22"))

    reminders = page.locator("#reminders")
    expect(reminders.locator("svg.dash-svg")).to_have_count(2)
    expect(reminders.get_by_role("img", name="Reminded sessions per week")).to_be_visible()
    week = reminders.get_by_role("row", name=re.compile(r"^Nov 16, 2026"))
    expect(week).to_be_hidden()  # the table is folded until asked for
    reminders.get_by_text("the numbers week by week").click()
    expect(week).to_have_text(re.compile(r"Nov 16, 2026\s*4\s*3\s*0\s*1\s*75%"))
    crises = page.locator("#crises")
    crises.get_by_text("the numbers week by week").click()
    expect(crises.get_by_role("row", name=re.compile("^Nov 16"))).to_contain_text("4 min")
    expect(page.locator("svg.dash-svg")).to_have_count(7)
    bar_box = reminders.locator("rect.ch-good").first.bounding_box()
    assert bar_box is not None and bar_box["height"] > 10  # drawn, not a sliver
    screenshot(page, "dashboard-desktop")

    page.get_by_role("link", name="Export as CSV").click()
    expect(page.get_by_role("heading", name="Exports")).to_be_visible()
    expect(page.get_by_label("From")).to_have_value("2026-11-09")
    screenshot(page, "exports-desktop")
    with page.expect_download() as info:
        page.get_by_role("button", name="Check-in scores (CSV)").click()
    download = info.value
    assert download.suggested_filename == "tether-checkins-north-2026-11-09-to-2026-11-22.csv"
    rows = list(csv.reader(Path(download.path()).read_text(encoding="utf-8").splitlines()))
    assert [row[2:5] for row in rows] == [
        ["answered_at", "timezone", "score"],
        ["2026-11-17 19:05", "America/New_York", "8"],
        ["2026-11-19 19:02", "America/New_York", "4"],
    ]


def test_on_a_phone_the_dashboard_fits_and_explains_a_bad_range(signed_in_page, people):
    page = signed_in_page("staff", PHONE)
    page.goto(f"/console/dashboard?{FORTNIGHT}")
    charts = page.locator("svg.dash-svg")
    expect(charts).to_have_count(7)
    for i in range(7):
        box = charts.nth(i).bounding_box()
        assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"]
    # Nothing but the tables (which scroll in their own box) is wider than the screen.
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    screenshot(page, "dashboard-phone")
    page.screenshot(path=str(SCREENSHOTS / "dashboard-phone-top.png"))  # the first screenful
    for key in ("reminders", "crises"):  # close-ups: is a chart readable at this width?
        page.locator(f"#{key}").screenshot(path=str(SCREENSHOTS / f"dashboard-phone-{key}.png"))

    page.get_by_label("From").fill("2026-11-22")
    page.get_by_label("To", exact=True).fill("2026-11-09")
    page.get_by_role("button", name="Show").click()
    expect(page.locator("#end-error")).to_have_text("The end date is before the start date.")
    expect(page.get_by_label("To", exact=True)).to_have_attribute("aria-invalid", "true")
    expect(page.locator("svg.dash-svg")).to_have_count(0)
    screenshot(page, "dashboard-phone-error")

    page.goto(f"/console/exports?{FORTNIGHT}")
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    screenshot(page, "exports-phone")
