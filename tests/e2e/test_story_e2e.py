"""Tether's whole story in a real browser, as a new user would walk it.

A coordinator (staff) creates a Mon/Wed/Thu evening program on the weekly grid and a weekly
on-call rotation, adds a participant, who accepts by texting YES from the fake Twilio's phone
simulator page; the participant's page plans a reminder before the next group. The participant
then texts a crisis from the simulator: the 988/911 reply arrives on the phone, the counselor
(signed in elsewhere, board open) sees the alert appear without a reload, opens it, ACKs it, and
the timeline and the participant's phone show it.

Set up outside the browser: the counselor's account (tests.console.web.support.make_user, after
the program exists, so it belongs to it) and the fake Twilio wired to the live server (as the
`phones` fixture of test_escalations_e2e.py does). The rotation is made on the On call page.
Queued texts (invitation, welcome, the "a counselor has your message" text) go through rq jobs:
the test drains the queues (tests.conftest.drain) right after what queued them, as a worker
would. The crisis reply and the page are sent from inside the webhook request: no drain.

Screenshots: tests/e2e/screenshots/story-*.png.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator

import pytest
from playwright.sync_api import Page, expect

from tests.conftest import drain, runtime_of
from tests.console.web.support import PASSWORD, make_user
from tests.e2e.conftest import DESKTOP, PHONE, TIMEOUT_MS, screenshot, sign_in
from tests.e2e.test_programs_e2e import fill_weekly_sessions

COORDINATOR = "coordinator@example.org"
COUNSELOR = "casey@example.org"
COUNSELOR_NAME = "Casey Oncall"
COUNSELOR_PHONE = "+15005550172"
PARTICIPANT_PHONE = "+15005550150"
CRISIS_TEXT = "I want to end it"
NEW_CRISIS_WITHIN_S = 5
ZONE = "America/New_York"  # the program's; the browsers show times in it too


@pytest.fixture
def phone(browser, fake_twilio) -> Iterator[Page]:
    """The participant's phone: the fake's simulator page, showing times in her time zone."""
    context = browser.new_context(base_url=fake_twilio.url, viewport=DESKTOP, timezone_id=ZONE)
    context.set_default_timeout(TIMEOUT_MS)
    yield context.new_page()
    context.close()


def text_from_phone(phone: Page, body: str) -> None:
    """Type and send a text on the simulator; returns once Tether's webhook has answered.

    The page posts the text and the fake calls the webhook inside that request; the box is
    emptied only when the post returns (the bubble alone could come from a poll before that),
    so whatever the webhook queued is committed and a drain() afterwards sends it.
    """
    phone.get_by_role("textbox", name="Message").fill(body)
    phone.get_by_role("button", name="Send").click()
    expect(conversation(phone).get_by_text(f"You: {body}", exact=True)).to_be_visible()
    expect(phone.get_by_role("textbox", name="Message")).to_have_value("")
    expect(phone.locator("#warning")).to_be_hidden()  # no "Tether did not get this text"


def conversation(phone: Page):
    return phone.get_by_role("log", name="Conversation")


def fact(card, name: str):
    """One <dt>name</dt><dd>…</dd> pair of an escalation card."""
    return card.locator("dl > div").filter(has=card.page.locator("dt", has_text=name))


def tether_texts(phone: Page):
    return conversation(phone).locator("li.theirs")


def test_a_program_a_participant_a_crisis_and_the_counselor_who_takes_it(e2e_app, new_page, phone):
    rt = runtime_of(e2e_app)
    clock = rt.clock  # fixed at Mon Nov 23 2026, 10:00 AM in New York; moved by hand below
    make_user(rt, COORDINATOR, "staff")  # staff of the whole organization: may add programs
    staff, counselor = new_page(), new_page()  # two browsers: the coordinator's, the counselor's

    # 1. The coordinator signs in.
    sign_in(staff, COORDINATOR, PASSWORD)
    expect(staff.get_by_role("heading", name="Welcome")).to_be_visible()
    screenshot(staff, "story-01-signed-in")

    # 2. A program on the weekly grid: Mon/Wed/Thu 6 PM, 3 hours.
    nav = staff.get_by_role("navigation", name="Main")
    nav.get_by_role("link", name="Programs").click()
    staff.get_by_role("link", name="New program").click()
    expect(staff.get_by_role("heading", name="New program")).to_be_visible()
    fill_weekly_sessions(staff)
    staff.get_by_label("Each session lasts").select_option("180")
    staff.get_by_role("button", name="Save program").click()
    expect(staff.get_by_role("status")).to_have_text("Saved Evening group.")
    expect(staff.get_by_role("heading", name="Evening group")).to_be_visible()
    # Scrolled to the end, where the sticky Save bar rests (as test_programs_e2e.editor_shot).
    staff.evaluate("window.scrollTo(0, document.body.scrollHeight)")
    screenshot(staff, "story-02-program-saved")
    nav.get_by_role("link", name="Programs").click()
    program_row = staff.get_by_role("row", name=re.compile("Evening group"))
    expect(program_row).to_contain_text("Mon, Wed, Thu 6:00 PM, 3 h")

    # The counselor's account, in the new program, paged on their phone (a helper, not the UI);
    # then the on-call rotation, on the On call page.
    make_user(
        rt, COUNSELOR, "counselor", phone=COUNSELOR_PHONE, name=COUNSELOR_NAME,
        program="Evening group",
    )  # fmt: skip
    nav.get_by_role("link", name="On call").click()
    staff.get_by_role("link", name="New rotation").click()
    staff.get_by_label("Program").select_option(label="Evening group")
    staff.get_by_label("Role").select_option(label="Primary (the on-call counselor)")
    staff.get_by_label("Turn 1 (covers now)").select_option(label=COUNSELOR_NAME)
    staff.get_by_role("button", name="Save rotation").click()
    expect(staff.get_by_text("Rotation saved.")).to_be_visible()
    expect(staff.locator('[data-calendar="Evening group"]')).to_contain_text(COUNSELOR_NAME)
    screenshot(staff, "story-03-oncall-rotation")

    # 3. The participant, added from the participants pages: the invitation is texted.
    nav.get_by_role("link", name="Participants").click()
    staff.get_by_role("link", name="Add a participant").click()
    staff.get_by_label("Name", exact=True).fill("Maria Lopez")
    staff.get_by_label("Preferred name (optional)").fill("Mari")
    staff.get_by_label("Mobile number").fill("(500) 555-0150")
    staff.get_by_label("Program").select_option(label="Evening group")
    staff.get_by_label("Counselor (optional)").select_option(label=COUNSELOR_NAME)
    staff.get_by_label("Time zone (optional)").fill(ZONE)
    staff.get_by_role("button", name="Add and send the invitation").click()
    expect(staff.get_by_role("heading", name=re.compile("Maria Lopez"))).to_be_visible()
    expect(staff.get_by_role("status").first).to_contain_text("texted the invitation")
    expect(staff.locator("#consent")).to_contain_text("Not yet: waiting for YES")
    participant_url = staff.url
    drain(e2e_app)  # the worker sends the invitation
    screenshot(staff, "story-04-participant-invited")

    # ... and accepts by texting YES from the phone simulator.
    phone.goto(f"/?phone={PARTICIPANT_PHONE.replace('+', '%2B')}")
    expect(phone.get_by_role("heading", name="Messages with Tether")).to_be_visible()
    # Texts greet her by the first word of her name, not (yet) the preferred one: either passes.
    expect(tether_texts(phone).first).to_contain_text(re.compile(r"hi Maria?, your group invites"))
    expect(tether_texts(phone).first).to_contain_text("Reply YES")
    clock.advance(minutes=3)  # she reads it and answers a few minutes later
    text_from_phone(phone, "YES")
    drain(e2e_app)  # the worker sends the welcome
    expect(tether_texts(phone).last).to_contain_text(re.compile(r"welcome, Maria?!"))
    expect(tether_texts(phone).last).to_contain_text("988")
    screenshot(phone, "story-05-phone-yes-welcome")

    # 4. Her page: she is active and a reminder is planned before tonight's group.
    staff.goto(participant_url)
    expect(staff.locator("#consent")).to_contain_text("Agreed to texts")
    expect(staff.locator("#consent")).not_to_contain_text("waiting for YES")
    planned = staff.locator("#planned")
    expect(planned).not_to_contain_text("these start once they reply YES")
    tonight = planned.locator("li", has=staff.get_by_role("heading", name="Mon Nov 23"))
    expect(tonight).to_contain_text("4:00 PM")
    expect(tonight).to_contain_text("Reminder of the group on Mon Nov 23, 6:00 PM")
    chat = staff.get_by_role("list", name="Texts, oldest first")
    expect(chat).to_contain_text("From Mari")
    expect(chat).to_contain_text(re.compile(r"welcome, Maria?!"))
    screenshot(staff, "story-06-participant-planned")

    # Meanwhile the counselor, in a browser of her own, signs in and keeps the board open.
    sign_in(counselor, COUNSELOR, PASSWORD)
    counselor.get_by_role("navigation", name="Main").get_by_role("link", name="Escalations").click()
    expect(counselor.get_by_role("heading", name="Escalations", exact=True)).to_be_visible()
    expect(counselor.get_by_text("No open crises")).to_be_visible()
    counselor.evaluate("window.__sameDocument = true")  # gone if the page reloads

    # 5. Half an hour later, a crisis text from the phone: the 988/911 reply arrives at once.
    clock.advance(minutes=27)
    text_from_phone(phone, CRISIS_TEXT)
    crisis_reply = tether_texts(phone).last
    expect(crisis_reply).to_contain_text("I'm really glad you reached out")
    # The reply and the escalation are made in the same webhook request, so the alert
    # exists by now: the board's few seconds count from here, not from the phone page's
    # own typing and polling.
    sent = time.monotonic()
    expect(crisis_reply).to_contain_text("call 911")
    expect(crisis_reply).to_contain_text("call or text 988")
    expect(crisis_reply.locator(".meta")).to_have_text(re.compile(r"^10:30\sAM · delivered$"))

    # 6. The alert appears on the open board within seconds of the text, without a reload.
    card = counselor.locator("li.esc-open")
    expect(card).to_have_count(1, timeout=NEW_CRISIS_WITHIN_S * 1000)
    assert time.monotonic() - sent < NEW_CRISIS_WITHIN_S
    assert counselor.evaluate("window.__sameDocument === true"), "the board reloaded"
    expect(counselor).to_have_title(re.compile(r"^\(1\) Escalations"))
    expect(card).to_contain_text("Mari")
    expect(fact(card, "Paged")).to_contain_text(COUNSELOR_NAME)
    expect(fact(card, "Who has it")).to_contain_text("Nobody yet")
    screenshot(phone, "story-07-phone-crisis-reply")
    screenshot(counselor, "story-08-board-new-crisis")
    counselor.set_viewport_size(PHONE)
    assert counselor.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    screenshot(counselor, "story-08-board-new-crisis-375")
    counselor.set_viewport_size(DESKTOP)

    # The page on the counselor's own phone (the simulator shows any number's texts).
    pager = phone.context.new_page()
    pager.goto(f"/?phone={COUNSELOR_PHONE.replace('+', '%2B')}")
    page_text = tether_texts(pager).last
    expect(page_text).to_contain_text("URGENT - Mari")
    expect(page_text).to_contain_text(re.compile(r"Reply ACK \d+"))
    screenshot(pager, "story-08-counselor-phone-page")
    pager.close()

    # ... opens it and ACKs it by clicking; the timeline tells what happened.
    card.get_by_role("link", name=re.compile(r"^#\d+")).click()
    expect(
        counselor.get_by_role("heading", name=re.compile(r"^Escalation #\d+: Mari"))
    ).to_be_visible()
    timeline = counselor.locator("ol.timeline")
    expect(timeline).to_contain_text("Crisis text received")
    expect(timeline).to_contain_text(CRISIS_TEXT)
    screenshot(counselor, "story-09-escalation-open")
    clock.advance(minutes=1)
    counselor.get_by_role("button", name=re.compile(r"^ACK")).click()
    expect(counselor.locator(".esc-badge-acked")).to_have_text("Acknowledged")
    expect(counselor.get_by_role("button", name=re.compile(r"^ACK"))).to_have_count(0)
    expect(timeline).to_contain_text("Replied with 988 and 911")
    expect(timeline).to_contain_text(f"Paged {COUNSELOR_NAME}")
    expect(timeline).to_contain_text(f"Acknowledged by {COUNSELOR_NAME} via console")
    expect(timeline).to_contain_text("Told the participant a counselor has their message")
    screenshot(counselor, "story-10-escalation-acked")

    # The participant's phone gets the "a counselor has your message" text.
    drain(e2e_app)
    expect(tether_texts(phone).last).to_contain_text("a counselor has your message")
    expect(tether_texts(phone)).to_have_count(4)  # invitation, welcome, crisis reply, ACK news
    screenshot(phone, "story-11-phone-counselor-has-it")

    counselor.get_by_role("link", name="← All escalations").click()
    expect(counselor.locator("li.esc-acked")).to_have_count(1)
    expect(counselor.locator("li.esc-acked")).to_contain_text(COUNSELOR_NAME)
    expect(counselor.get_by_text("No open crises")).to_be_visible()
