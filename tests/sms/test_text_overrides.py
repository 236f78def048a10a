"""Admins' wording in every process: render() uses it, workers refresh it, bad ones fail safe."""

from __future__ import annotations

import logging

import pytest
from sqlalchemy import select, text

from flows.admin.participants import create_participant
from flows.admin.templates import TemplateRejectedError, revert_override, save_override
from flows.runner import schedule_flow_start
from models import OutboundMessage, Participant, StaffMember, TextOverride
from models.participant import ACTIVE
from sms import text_overrides
from sms.template_check import SAMPLE_VALUES
from sms.texts import TEMPLATES, render, set_overrides
from tests.conftest import drain
from workers.dispatcher import dispatch_once

HELP = "{name}: texts between groups. Reply STOP to opt out. Questions: {support_phone}. 988."
CHECKIN = "{name}: quick check-in - how is today, 0-10? (0 = steady, 10 = really hard)"


@pytest.fixture(autouse=True)
def shipped_wording_afterwards():
    """Overrides live in the process: leave the shipped wording for the tests that follow."""
    yield
    set_overrides({})


def help_text() -> str:
    return render("help", "en", **SAMPLE_VALUES)


def in_a_transaction(rt, produce=help_text):
    """What a flow renders inside its transaction (the one that may refresh the overrides)."""
    with rt.db.transaction() as s:
        s.execute(select(1))
        return produce()


def save(rt, key: str, body: str, language: str = "en") -> None:
    """Save as the editor does, as if in another process: this one is not told."""
    with rt.db.transaction() as s:
        save_override(s, key, language, body, None, rt.clock.now())


def test_render_uses_an_override_in_its_language_only():
    set_overrides({("help", "en"): HELP})
    assert help_text() == HELP.format(**SAMPLE_VALUES)
    assert render("help", "fr", **SAMPLE_VALUES) == HELP.format(**SAMPLE_VALUES)  # English
    shipped_spanish = TEMPLATES["help"]["es"].format(**SAMPLE_VALUES)
    assert render("help", "es", **SAMPLE_VALUES) == shipped_spanish


def test_an_override_that_cannot_be_filled_sends_the_shipped_wording(caplog):
    set_overrides({("crisis_reply", "en"): "{name}: call 911 or 988, {first_name}. Secret"})
    with caplog.at_level(logging.WARNING, logger="sms.texts"):
        sent = render("crisis_reply", "en", name="Tether")
    assert sent == TEMPLATES["crisis_reply"]["en"].format(name="Tether")
    assert "override of text crisis_reply/en failed (KeyError)" in caplog.text
    assert "Secret" not in caplog.text, "never the wording in the log"


def test_the_first_transaction_loads_what_is_stored(rt):
    save(rt, "help", HELP)
    set_overrides({})  # as a process that has just started
    assert help_text() != HELP.format(**SAMPLE_VALUES)
    rt.clock.advance(seconds=1)  # the save's transaction loaded at START: not due yet
    assert in_a_transaction(rt) == TEMPLATES["help"]["en"].format(**SAMPLE_VALUES)
    rt.clock.advance(seconds=text_overrides.REFRESH_SECONDS)
    assert in_a_transaction(rt) == HELP.format(**SAMPLE_VALUES)


def test_changes_made_elsewhere_arrive_after_the_refresh_interval(rt, clock):
    shipped = TEMPLATES["help"]["en"].format(**SAMPLE_VALUES)
    assert in_a_transaction(rt) == shipped  # loaded now (nothing stored)
    save(rt, "help", HELP)
    clock.advance(seconds=text_overrides.REFRESH_SECONDS - 1)
    assert in_a_transaction(rt) == shipped, "no query per text: the loaded set is used"
    clock.advance(seconds=1)
    assert in_a_transaction(rt) == HELP.format(**SAMPLE_VALUES)
    with rt.db.transaction() as s:
        revert_override(s, "help", "en")
    clock.advance(seconds=text_overrides.REFRESH_SECONDS)
    assert in_a_transaction(rt) == shipped, "a revert (a deleted row) is seen too"


def test_a_stored_override_that_fails_the_checks_is_not_sent(rt, clock, caplog):
    with rt.db.transaction() as s:  # e.g. edited by hand in the database
        s.add(TextOverride(key="help", language="en", body=HELP + " Rehab", updated_at=clock.now()))
    clock.advance(seconds=text_overrides.REFRESH_SECONDS)
    with caplog.at_level(logging.WARNING, logger="sms.text_overrides"):
        sent = in_a_transaction(rt)
    assert sent == TEMPLATES["help"]["en"].format(**SAMPLE_VALUES)
    assert "override of text help/en fails its checks" in caplog.text
    assert "Rehab" not in caplog.text


def test_a_failed_refresh_spoils_nothing_of_the_transaction_it_rides_on(rt, clock, monkeypatch):
    save(rt, "help", HELP)
    clock.advance(seconds=text_overrides.REFRESH_SECONDS)
    in_a_transaction(rt)
    broken = text("SELECT key, language, body FROM no_such_table")
    monkeypatch.setattr(text_overrides, "_QUERY", broken)
    clock.advance(seconds=text_overrides.REFRESH_SECONDS)
    with rt.db.transaction() as s:
        # PostgreSQL aborts a transaction on an error; the SAVEPOINT keeps this one usable.
        assert s.execute(select(TextOverride.key)).scalars().all() == ["help"]
        assert help_text() == HELP.format(**SAMPLE_VALUES), "the loaded set is kept"


def test_a_worker_sends_the_new_wording_once_the_interval_has_passed(app, rt, clock, text_in):
    first, second = participants(rt, text_in, "+15005550181", "+15005550182")
    save(rt, "checkin_ask", CHECKIN)  # by the console, in another process
    name = rt.config["PROGRAM_DISPLAY_NAME"]
    assert check_in_sent_to(app, rt, first) == TEMPLATES["checkin_ask"]["en"].format(name=name)
    clock.advance(seconds=text_overrides.REFRESH_SECONDS)
    assert check_in_sent_to(app, rt, second) == CHECKIN.format(name=name)


def participants(rt, text_in, *phones: str) -> list[int]:
    """Participants invited (with no program, so no schedule of their own) who said YES."""
    ids = []
    with rt.db.transaction() as s:
        for phone in phones:
            p = create_participant(
                s, {"phone": phone, "name": "Pat Doe"}, rt.clock.now(), rt.config
            )
            ids.append(p.id)
    for phone in phones:
        text_in(phone, "yes")
    with rt.db.transaction() as s:
        statuses = s.scalars(select(Participant.status).where(Participant.id.in_(ids))).all()
    assert statuses == [ACTIVE] * len(ids)
    return ids


def check_in_sent_to(app, rt, participant_id: int) -> str:
    """Schedule a check-in due now; the dispatcher and a real rq worker send it; its text."""
    with rt.db.transaction() as s:
        now = rt.clock.now()
        schedule_flow_start(s, participant_id, "checkin", {}, now, now)
    dispatch_once(rt.db, rt.queues, rt.config, rt.clock.now())
    drain(app)
    with rt.db.transaction() as s:
        query = select(OutboundMessage.body).where(OutboundMessage.kind == "checkin_ask")
        return s.scalars(query.order_by(OutboundMessage.id.desc())).first()


def test_what_a_staff_notice_says_can_be_reworded(rt, clock, text_in):
    with rt.db.transaction() as s:
        s.add(StaffMember(name="Sam Rivera", phone="+15005550177", role="counselor", active=True,
                          created_at=clock.now()))  # fmt: skip
    (first,) = participants(rt, text_in, "+15005550183")
    save(rt, "notice_call_request", "would like a call back today")
    clock.advance(seconds=text_overrides.REFRESH_SECONDS)
    text_in("+15005550183", "CALL")
    with rt.db.transaction() as s:
        query = select(OutboundMessage.body).where(OutboundMessage.kind == "staff:call_request")
        (notice,) = s.scalars(query).all()
    assert notice.endswith(f"#{first} (P.D.) would like a call back today. Details in the console.")


@pytest.mark.parametrize(
    ("body", "check"),
    [
        ("asked about their rehab appointment", "lock_screen"),
        ("asked for a call " + "and more " * 30, "segments"),  # too long inside the whole notice
        ("has missed check-ins", "placeholders"),  # {missed} is what staff need to read
    ],
)
def test_a_notice_reason_is_checked_as_the_whole_notice_it_goes_out_in(rt, body, check):
    key = "notice_disengaged" if check == "placeholders" else "notice_call_request"
    with pytest.raises(TemplateRejectedError) as refused, rt.db.transaction() as s:
        save_override(s, key, "en", body, None, rt.clock.now())
    assert check in {problem.check for problem in refused.value.report.problems}
