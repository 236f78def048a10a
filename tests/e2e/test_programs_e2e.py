"""In a real browser: staff create a program on the weekly grid, preview it, save it, broadcast.

At 1280 and 375 px; the screenshots land in tests/e2e/screenshots/programs-*.png.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect
from sqlalchemy import select

from flows.admin.participants import create_participant
from models import Participant, Program
from models.participant import ACTIVE
from tests.conftest import runtime_of
from tests.console.web.support import PASSWORD, make_user
from tests.e2e.conftest import DESKTOP, PHONE, SCREENSHOTS, screenshot, sign_in

COORDINATOR = "coordinator@example.org"


@pytest.fixture
def coordinator_page(new_page, world, e2e_app):
    """A factory: a page signed in as a staff member of every program (who may add programs)."""
    make_user(runtime_of(e2e_app), COORDINATOR, "staff")

    def make(viewport: dict = DESKTOP) -> Page:
        page = new_page(viewport)
        sign_in(page, COORDINATOR, PASSWORD)
        expect(page.get_by_role("heading", name="Welcome")).to_be_visible()
        return page

    return make


def editor_shot(page: Page, name: str) -> None:
    """A whole-page screenshot scrolled to the end, where the sticky Save bar rests.

    (A full-page capture draws a sticky bar where the viewport's bottom was.)
    """
    page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
    screenshot(page, name)


def fill_weekly_sessions(page: Page) -> None:
    """Type the Mon/Wed/Thu 6 PM "Evening group" (texts say "Eastside") from Nov 1."""
    page.get_by_label("Name", exact=True).fill("Evening group")
    page.get_by_label("Name in texts").fill("Eastside")
    page.get_by_label("Where groups meet").fill("Room 4, 200 Main St")
    first = page.get_by_role("group", name="Session time 1")
    for day in ("Monday", "Wednesday", "Thursday"):
        first.get_by_label(day).check()
    first.get_by_label("Starts at").fill("18:00")
    page.get_by_label("First day").fill("2026-11-01")


def fill_program(page: Page) -> None:
    """Type a Mon/Wed/Thu 6 PM program with Thanksgiving off, as a coordinator would."""
    fill_weekly_sessions(page)
    page.get_by_label("Cancelled date 1").fill("2026-11-26")
    page.get_by_role("button", name="Add a date").click()
    expect(page.get_by_label("Cancelled date 2")).to_be_focused()
    page.get_by_label("Cancelled date 2").fill("2026-12-24")


def test_staff_create_a_weekly_program_preview_it_and_save(coordinator_page, e2e_app):
    page = coordinator_page()
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Programs").click()
    expect(page.get_by_role("heading", name="Programs")).to_be_visible()
    expect(page.get_by_role("cell", name="Mon, Wed 6:00 PM, 3 h").first).to_be_visible()
    screenshot(page, "programs-list")

    page.get_by_role("link", name="New program").click()
    expect(page.get_by_role("heading", name="New program")).to_be_visible()
    # The usual reminders are there already: 24 hours and 2 hours before.
    expect(page.get_by_label("Reminder 1: how long before")).to_have_value("24")
    expect(page.get_by_label("Reminder 2: how long before")).to_have_value("2")
    fill_program(page)
    editor_shot(page, "programs-new-filled")

    page.get_by_role("button", name="Preview 4 weeks").click()
    preview = page.locator("#preview")
    expect(preview.get_by_role("heading", name=re.compile("the next 4 weeks"))).to_be_visible()
    sessions = preview.locator('[data-kind="session"]')
    expect(sessions).to_have_count(11)  # Mon/Wed/Thu for 4 weeks, less Thanksgiving
    monday = preview.locator('[data-date="2026-11-23"]')
    expect(monday).to_contain_text("6:00 PM")
    expect(monday.locator('[data-kind="reminder"]')).to_contain_text("4:00 PM")
    expect(preview.locator('[data-date="2026-11-26"]')).to_contain_text("Cancelled")
    # The form kept everything typed.
    expect(page.get_by_label("Name in texts")).to_have_value("Eastside")
    preview.screenshot(path=str(SCREENSHOTS / "programs-preview-calendar.png"))
    editor_shot(page, "programs-preview")

    page.get_by_role("button", name="Save program").click()
    expect(page.get_by_role("status")).to_have_text("Saved Evening group.")
    expect(page.get_by_role("heading", name="Evening group")).to_be_visible()
    editor_shot(page, "programs-saved")
    with runtime_of(e2e_app).db.transaction() as s:
        program = s.scalars(select(Program).where(Program.name == "Evening group")).one()
        assert program.session_rules == ["FREQ=WEEKLY;BYDAY=MO,WE,TH;BYHOUR=18;BYMINUTE=0"]
        assert program.cancelled_dates == ["2026-11-26", "2026-12-24"]


def test_a_refused_name_is_shown_by_the_field(coordinator_page):
    page = coordinator_page()
    page.goto("/console/programs/new")
    fill_program(page)
    page.get_by_label("Name in texts").fill("Eastside Recovery")
    page.get_by_role("button", name="Save program").click()
    expect(page.get_by_role("alert")).to_contain_text("Nothing was saved.")
    field = page.get_by_label("Name in texts")
    expect(field).to_have_attribute("aria-invalid", "true")
    expect(page.locator("#error-display_name")).to_contain_text("would show recovery")
    expect(
        page.get_by_role("group", name="Session time 1").get_by_label("Thursday")
    ).to_be_checked()
    editor_shot(page, "programs-error")


def test_on_a_phone_the_editor_and_preview_fit(coordinator_page, world):
    page = coordinator_page(PHONE)
    page.goto(f"/console/programs/{world.programs['North']}")
    expect(page.get_by_role("heading", name="North")).to_be_visible()
    editor_shot(page, "programs-phone-editor")
    _fits(page)
    page.get_by_role("button", name="Preview 4 weeks").click()
    expect(page.locator("#preview")).to_be_visible()
    page.locator("#preview").screenshot(path=str(SCREENSHOTS / "programs-phone-preview.png"))
    _fits(page)
    page.goto("/console/programs")
    screenshot(page, "programs-phone-list")
    _fits(page)


def _fits(page: Page) -> None:
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"], f"{page.url} scrolls sideways on a phone ({width}px)"


def test_a_broadcast_counts_as_you_type_then_asks_before_sending(coordinator_page, world, e2e_app):
    rt = runtime_of(e2e_app)
    north = world.programs["North"]
    with rt.db.transaction() as s:
        values = {"phone": "+15005550191", "name": "Pat Doe", "program_id": north}
        participant = create_participant(s, values, rt.clock.now(), rt.config)
        participant.status, participant.consent_at = ACTIVE, rt.clock.now()  # as if they said YES
    for viewport, suffix in ((DESKTOP, ""), (PHONE, "-phone")):
        page = coordinator_page(viewport)
        page.goto(f"/console/programs/{north}/broadcast")
        message = page.get_by_label("Message")
        counter = page.locator("#body-count")
        expect(counter).to_have_text(re.compile(r"^7 characters with the sender"))  # "North: "
        message.fill("No group today - see you Thursday")
        expect(counter).to_have_text(re.compile(r"^40 characters .* 1 text segment \(GSM-7\)"))
        message.fill("No group today 🙂")
        expect(counter).to_contain_text("(UCS-2)")
        message.fill("No group today - see you Thursday")
        screenshot(page, f"programs-broadcast{suffix}")
        page.get_by_role("button", name="Review before sending").click()
        expect(page.get_by_role("heading", name="Send this text to 1 participant?")).to_be_visible()
        screenshot(page, f"programs-broadcast-confirm{suffix}")
        if viewport == PHONE:
            _fits(page)
            continue
        page.get_by_role("button", name="Send to 1 participant").click()
        expect(page.get_by_role("status")).to_contain_text("Sent to 1 participant of North.")
    with rt.db.transaction() as s:
        assert s.scalars(select(Participant.id)).all() == [participant.id]
