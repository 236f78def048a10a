"""In a real browser: staff add a participant, open their page, see the invitation and plan.

At 1280 and 375 px; the screenshots (tests/e2e/screenshots/participant-*.png) are looked at.
"""

from __future__ import annotations

import re
from datetime import timedelta

from playwright.sync_api import Page, expect

from tests.conftest import runtime_of
from tests.console.web.participants_support import activate, enroll, open_crisis, score
from tests.e2e.conftest import PHONE, screenshot


def add_participant(page: Page, name: str, phone: str) -> None:
    """From the nav bar to the new participant's page, through the form's labels."""
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Participants").click()
    expect(page.get_by_role("heading", name="Participants")).to_be_visible()
    page.get_by_role("link", name="Add a participant").click()
    page.get_by_label("Name", exact=True).fill(name)
    page.get_by_label("Mobile number").fill(phone)
    page.get_by_label("Program").select_option(label="North")
    page.get_by_label("Counselor (optional)").select_option(label="Sam Rivera")
    page.get_by_role("button", name="Add and send the invitation").click()
    page.wait_for_load_state()


def test_staff_add_a_participant_and_see_the_invitation_and_plan(signed_in_page, e2e_app, server):
    page = signed_in_page("staff")
    add_participant(page, "Rosa Diaz", "(500) 555-0142")
    expect(page).to_have_url(re.compile(r"/console/participants/\d+$"))
    expect(page.get_by_role("heading", name=re.compile("Rosa Diaz"))).to_be_visible()
    expect(page.get_by_role("status").first).to_contain_text("texted the invitation")

    chat = page.get_by_role("list", name="Texts, oldest first")
    invitation = chat.get_by_role("listitem").first
    expect(invitation).to_contain_text("Invitation")
    expect(invitation).to_contain_text("hi Rosa, your group invites you to get texts")
    expect(invitation).to_contain_text("Pending")

    planned = page.locator("#planned")
    expect(planned).to_contain_text("these start once they reply YES")
    expect(planned).to_contain_text("Reminder of the group on Mon Nov 23, 6:00 PM")
    expect(planned).to_contain_text("Check-in")
    expect(page.locator("#consent")).to_contain_text("Not yet: waiting for YES")
    screenshot(page, "participant-new-desktop")

    page.get_by_role("link", name="Participants").first.click()
    row = page.get_by_role("row", name=re.compile("Rosa Diaz"))
    expect(row).to_contain_text("Invited")
    screenshot(page, "participants-list-desktop")


def test_a_participant_page_on_a_phone(signed_in_page, e2e_app, world):
    rt = runtime_of(e2e_app)
    ana = enroll(rt, "Ana Active", "+15005550101", world.programs["North"])
    activate(rt, ana, plan_reasons="My kids", plan_steps=["Walk the dog", "Call Mom"])
    for days, value in ((12, 3), (9, 6), (6, 8), (4, 5), (2, 4), (1, 2)):
        score(rt, ana, value, timedelta(days=days))
    cara = enroll(rt, "Cara Crisis", "+15005550103", world.programs["North"])
    activate(rt, cara)
    open_crisis(rt, cara)

    page = signed_in_page("staff", PHONE)
    page.goto("/console/participants")
    expect(page.get_by_role("row", name=re.compile("Cara Crisis"))).to_contain_text("Crisis")
    screenshot(page, "participants-list-phone")
    _no_sideways_scroll(page)

    page.get_by_role("link", name="Ana Active").click()
    expect(page.get_by_role("heading", name=re.compile("Ana Active"))).to_be_visible()
    expect(page.get_by_role("img", name="Check-in scores over time (0 to 10)")).to_be_visible()
    expect(page.get_by_label("Step 1")).to_have_value("Walk the dog")
    screenshot(page, "participant-phone")
    _no_sideways_scroll(page)

    page.get_by_label("Text to Ana").fill("Are you OK after rehab?")
    page.get_by_role("button", name="Send text").click()
    expect(page.locator("#body-error")).to_contain_text("would show rehab on a lock screen")
    screenshot(page, "participant-phone-refused-text")
    page.get_by_label("Text to Ana").fill("Thinking of you today. Call if you need to.")
    page.get_by_role("button", name="Send text").click()
    expect(page.get_by_role("status").first).to_contain_text("Text queued")
    expect(page.get_by_role("list", name="Texts, oldest first")).to_contain_text(
        "Manual text · by staff@example.org"
    )


def test_staff_import_a_csv_file_with_progress(signed_in_page, tmp_path, server):
    path = tmp_path / "people.csv"
    rows = "".join(f"(500) 555-02{i:02d},Person {i},en,,North,\n" for i in range(60))
    path.write_text("phone,name,language,timezone,program,counselor_phone\n" + rows)
    page = signed_in_page("staff")
    page.goto("/console/participants/import")
    page.get_by_label(re.compile("CSV file")).set_input_files(str(path))
    page.get_by_role("button", name="Check the file").click()
    expect(page.get_by_role("heading", name="Import 60 participants")).to_be_visible()
    expect(page.locator("#import-progress")).to_be_hidden()
    screenshot(page, "participants-import-confirm")

    # Hold the second chunk until the bar has shown the first one.
    held = []

    def hold_second_chunk(route):
        if held or 'name="final"' not in (route.request.post_data or ""):
            route.continue_()
        else:
            held.append(route)

    page.route("**/console/participants/import/run", hold_second_chunk)
    page.get_by_role("button", name="Import 60 and send the invitations").click()
    progress = page.locator("#import-progress")
    expect(progress.get_by_role("status")).to_have_text("Imported 50 of 60…")
    expect(progress.locator("progress")).to_have_attribute("max", "60")
    assert progress.locator("progress").evaluate("bar => bar.value") == 50
    screenshot(page, "participants-import-progress")
    held[0].continue_()
    expect(page).to_have_url(f"{server.url}/console/participants")
    expect(page.get_by_role("status").first).to_contain_text("Imported 60 participant(s)")
    expect(page.get_by_text("60 participants, page 1 of 2")).to_be_visible()


def _no_sideways_scroll(page: Page) -> None:
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"], "the page scrolls sideways on a phone"
