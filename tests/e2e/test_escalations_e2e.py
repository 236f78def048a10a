"""In a real browser: a counselor has the escalations board open, a crisis text arrives through the
fake Twilio, it shows on the board within 5 seconds without a reload, the counselor ACKs it and
the timeline says so; the on-call calendar with an override added through its form.
Desktop and 375 px screenshots go to tests/e2e/screenshots/."""

from __future__ import annotations

import re
import time
from datetime import date

import pytest
import requests
from playwright.sync_api import expect

from flows.admin.oncall import update_schedule
from models import OnCallSchedule
from tests.conftest import runtime_of
from tests.console.web.escalation_support import ANA, CRISIS, build_crisis
from tests.console.web.support import PASSWORD
from tests.e2e.conftest import PHONE, SCREENSHOTS, screenshot, sign_in
from tests.flows import crisis_world as w

NEW_CRISIS_WITHIN_S = 5


@pytest.fixture
def phones(fake_twilio):
    """Text the live app from a phone number, through the fake Twilio."""

    def text(phone: str, body: str) -> dict:
        response = requests.post(
            f"{fake_twilio.url}/_fake/inbound", json={"from": phone, "body": body}, timeout=10
        )
        response.raise_for_status()
        return response.json()

    return text


@pytest.fixture
def crisis(e2e_app, world, phones):
    """The crisis world (consent given by text) and Ana's console account."""
    return build_crisis(runtime_of(e2e_app), phones)


def open_board(new_page, viewport=None):
    """Ana, signed in, looking at the board."""
    page = new_page(viewport) if viewport else new_page()
    sign_in(page, ANA, PASSWORD)
    page.goto("/console/escalations")
    expect(page.get_by_role("heading", name="Escalations", exact=True)).to_be_visible()
    return page


def test_a_crisis_shows_on_the_open_board_and_is_acknowledged(new_page, crisis, phones):
    page = open_board(new_page)
    expect(page.get_by_text("No open crises")).to_be_visible()
    expect(page).to_have_title(re.compile(r"^Escalations"))
    screenshot(page, "escalations-board-empty")
    page.evaluate("window.__sameDocument = true")  # gone if the page reloads

    result = phones(w.PARTICIPANT, CRISIS)
    assert result["webhook_status"] == 200
    sent = time.monotonic()
    card = page.locator("li.esc-open")
    expect(card).to_have_count(1, timeout=NEW_CRISIS_WITHIN_S * 1000)
    assert time.monotonic() - sent < NEW_CRISIS_WITHIN_S
    assert page.evaluate("window.__sameDocument === true"), "the board reloaded"
    expect(page).to_have_title(re.compile(r"^\(1\) Escalations"))
    expect(card).to_contain_text("Mari")
    expect(card).to_contain_text("Ana Oncall")
    expect(page.locator("#esc-summary")).to_have_text("1 open")
    screenshot(page, "escalations-board-new-crisis")

    card.get_by_role("button", name=re.compile(r"^ACK")).click()
    expect(page.get_by_role("heading", name=re.compile(r"^Escalation #\d+: Mari"))).to_be_visible()
    timeline = page.locator("ol.timeline")
    expect(timeline).to_contain_text("Crisis text received")
    expect(timeline).to_contain_text(CRISIS)
    expect(timeline).to_contain_text("Paged Ana Oncall")
    expect(timeline).to_contain_text("Acknowledged by Ana Oncall via console")
    expect(timeline).to_contain_text("Told the participant a counselor has their message")
    expect(page.get_by_role("link", name=w.PARTICIPANT)).to_be_visible()
    screenshot(page, "escalation-detail-acked")

    page.get_by_role("link", name="← All escalations").click()
    expect(page.locator("li.esc-acked")).to_have_count(1)
    expect(page).to_have_title(re.compile(r"^Escalations"))


def test_the_board_keeps_a_note_being_typed_while_a_crisis_arrives(new_page, crisis, phones):
    phones(w.PARTICIPANT, CRISIS)
    page = open_board(new_page)
    first = page.locator("li.esc-open")
    first.get_by_text("Resolve…").click()
    note = first.get_by_label(re.compile("What was done"))
    note.fill("Called her back")
    phones(w.STRANGER, CRISIS)
    expect(page.locator("li.esc-open")).to_have_count(2, timeout=NEW_CRISIS_WITHIN_S * 1000)
    expect(note).to_have_value("Called her back")
    expect(page).to_have_title(re.compile(r"^\(2\) Escalations"))
    first.get_by_role("button", name=re.compile(r"^Resolve escalation")).click()
    expect(page.get_by_text(re.compile(r"Escalation #\d+ is resolved"))).to_be_visible()
    expect(page.locator("li.esc-resolved")).to_contain_text("Called her back")


def test_the_board_and_an_alert_on_a_phone(new_page, crisis, phones):
    page = open_board(new_page, PHONE)
    phones(w.PARTICIPANT, "i took a bunch of pills and i feel like dying")
    card = page.locator("li.esc-open")
    expect(card).to_have_count(1, timeout=NEW_CRISIS_WITHIN_S * 1000)
    expect(card).to_contain_text("Possible overdose")
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    screenshot(page, "phone-escalations-board")
    card.get_by_role("link", name=re.compile(r"^#\d+")).click()
    expect(page.get_by_role("heading", name="Timeline")).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    screenshot(page, "phone-escalation-detail")


def test_the_on_call_calendar_and_an_override(e2e_app, new_page, signed_in_page, crisis):
    rt = runtime_of(e2e_app)
    with rt.db.transaction() as session:
        primary = session.query(OnCallSchedule).filter_by(role="primary").one()
        update_schedule(
            session,
            primary.id,
            {
                "rotation": [crisis.cw.oncall_id, crisis.cw.backup_id],
                "starts_on": date(2026, 11, 16),
            },
        )
    page = signed_in_page("admin")
    page.get_by_role("navigation", name="Main").get_by_role("link", name="On call").click()
    expect(page.get_by_role("heading", name="On call", exact=True)).to_be_visible()
    form = page.locator("#add-override")
    form.get_by_text("Add an override").click()  # folded until needed
    form.get_by_label("Schedule").select_option(label="Evening group: primary (America/New_York)")
    form.get_by_label("Who covers").select_option(label="Ana Oncall")
    form.get_by_label("From").fill("2026-11-25T18:00")
    form.get_by_label("To").fill("2026-11-26T08:00")
    form.get_by_role("button", name="Add override").click()
    expect(page.get_by_text("Override added.")).to_be_visible()
    cell = page.locator('[data-calendar="Evening group"] [data-day="2026-11-25"]')
    expect(cell).to_contain_text("from 6:00 PM")
    expect(cell.locator(".seg-override")).to_contain_text("Ana Oncall")
    screenshot(page, "oncall-admin")
    page.locator('[data-calendar="Evening group"]').screenshot(
        path=str(SCREENSHOTS / "oncall-admin-evening-group.png")
    )

    page.get_by_role("link", name="Edit the primary rotation of Evening group").click()
    expect(page.get_by_label("Turn 1 (covers now)")).to_have_value(str(crisis.cw.backup_id))
    expect(page.get_by_label("Handoff time")).to_have_value("09:00")
    page.set_viewport_size(PHONE)
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    screenshot(page, "phone-oncall-rotation-edit")

    counselor = new_page(PHONE)
    sign_in(counselor, ANA, PASSWORD)
    counselor.goto("/console/oncall")
    expect(counselor.get_by_role("heading", name="Your shifts")).to_be_visible()
    expect(counselor.locator(".seg-mine").first).to_be_visible()
    assert counselor.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    screenshot(counselor, "phone-oncall-counselor")
    counselor.screenshot(path=str(SCREENSHOTS / "phone-oncall-counselor-top.png"))
    counselor.locator('[data-calendar="Evening group"] .cal-grid').screenshot(
        path=str(SCREENSHOTS / "phone-oncall-counselor-calendar.png")
    )
