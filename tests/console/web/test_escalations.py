"""The escalations board and an alert's page: what they show, polling, ACK / PASS / RESOLVE."""

from __future__ import annotations

import re

from sqlalchemy import select

from console.web.access import BACKGROUND_HEADER
from models import AuditEvent, Escalation, Program, StaffMember, User
from models.escalation import ACKED, OPEN, RESOLVED
from tests.console.web.escalation_support import (
    ANA,
    CRISIS,
    between,
    build_crisis,
    client_for,
    newest_id,
    post,
    text_of,
)
from tests.flows import crisis_world as w

BOARD = "/console/escalations"
LIVE = "/console/escalations/live"


def _escalation(rt, escalation_id: int) -> Escalation:
    with rt.db.transaction() as session:
        return session.get(Escalation, escalation_id)


def test_board_shows_open_then_acknowledged_then_resolved(app, rt, world, text_in, clock):
    crisis = build_crisis(rt, text_in)
    ana = client_for(app, ANA)
    text_in(w.PARTICIPANT, CRISIS)
    resolved = newest_id(rt)
    post(ana, f"/console/escalations/{resolved}/resolve", note="Called her; safe with family")
    clock.advance(minutes=20)
    text_in(w.PARTICIPANT, "i took too many pills")
    acked = newest_id(rt)
    post(ana, f"/console/escalations/{acked}/ack")
    clock.advance(minutes=2)
    text_in(w.STRANGER, CRISIS)
    unknown = newest_id(rt)
    clock.advance(minutes=3, seconds=5)

    page = ana.get(BOARD).get_data(as_text=True)
    assert "<title>(1) Escalations" in page
    order = [page.index(f'data-key="{i}"') for i in (unknown, acked, resolved)]
    assert order == sorted(order), "open first, then acknowledged, then resolved"

    open_card = text_of(between(page, f'data-key="{unknown}"', "</li>"))
    assert "Open" in open_card and "Unknown number" in open_card
    assert "opened 3 min ago" in open_card
    assert "Who has it Nobody yet" in open_card and "Paged Sue Super" in open_card
    assert "Program None (organization-wide)" in open_card

    acked_card = between(page, f'data-key="{acked}"', "</li>")
    assert f'href="/console/participants/{crisis.cw.participant_id}"' in acked_card
    words = text_of(acked_card)
    assert "Acknowledged" in words and "Possible overdose" in words
    assert f"Mari #{crisis.cw.participant_id}" in words
    assert "Who has it Ana Oncall" in words and "Paged Ana Oncall" in words
    assert "ACK escalation" not in words, "an acknowledged alert cannot be acknowledged again"
    assert "Resolve escalation" in words

    resolved_card = text_of(between(page, f'data-key="{resolved}"', "</li>"))
    assert "Resolved by Ana Oncall" in resolved_card
    assert "Note: Called her; safe with family" in resolved_card


def test_open_alert_offers_ack_pass_and_resolve_and_names_the_level(app, rt, world, text_in):
    build_crisis(rt, text_in)
    text_in(w.PARTICIPANT, CRISIS)
    page = client_for(app, ANA).get(BOARD).get_data(as_text=True)
    words = text_of(page)
    assert "Paging Level 1 of 3 (on-call counselor), round 1 of 2" in words
    for button in ("ACK escalation", "Pass escalation", "Resolve escalation"):
        assert button in words
    assert 'for="note-' in page, "the note box is labelled"


def test_a_reply_problem_is_shown(app, rt, world, text_in):
    build_crisis(rt, text_in)
    text_in(w.PARTICIPANT, CRISIS)
    with rt.db.transaction() as session:
        session.get(Escalation, newest_id(rt)).reply_problem = "opted out"
    words = text_of(client_for(app, ANA).get(BOARD).get_data(as_text=True))
    assert "Our reply did not reach them (opted out): call them." in words


def test_the_live_list_shows_a_new_crisis_and_does_not_keep_the_session(
    app, rt, world, text_in, clock
):
    build_crisis(rt, text_in)
    ana = client_for(app, ANA)
    quiet = ana.get(LIVE, headers={BACKGROUND_HEADER: "1"})
    assert quiet.status_code == 200 and quiet.headers["X-Open-Count"] == "0"
    assert "No open crises" in quiet.get_data(as_text=True)
    assert "<html" not in quiet.get_data(as_text=True), "only the list, not a whole page"

    text_in(w.PARTICIPANT, CRISIS)
    fresh = ana.get(LIVE, headers={BACKGROUND_HEADER: "1"})
    assert fresh.headers["X-Open-Count"] == "1"
    assert f'data-key="{newest_id(rt)}"' in fresh.get_data(as_text=True)
    assert 'data-open-count="1"' in fresh.get_data(as_text=True)

    # An hour of polling alone is not activity: the idle timeout still ends the session.
    for _ in range(20):
        clock.advance(minutes=3)
        assert ana.get(LIVE, headers={BACKGROUND_HEADER: "1"}).status_code == 200
    clock.advance(minutes=1)
    ended = ana.get(LIVE, headers={BACKGROUND_HEADER: "1"})
    assert ended.status_code == 302 and ended.headers["Location"].startswith("/console/sign-in")


def test_the_board_loads_its_script(app, rt, world, text_in):
    build_crisis(rt, text_in)
    ana = client_for(app, ANA)
    page = ana.get(BOARD).get_data(as_text=True)
    assert 'src="/console/static/escalations.js"' in page
    assert 'data-live-url="/console/escalations/live"' in page
    script = ana.get("/console/static/escalations.js").get_data(as_text=True)
    assert "X-Console-Background" in script
    # A new crisis must show within 5 s: the poll interval leaves room for the fetch itself.
    poll_ms = int(re.search(r"const POLL_MS = (\d+);", script).group(1))
    assert poll_ms <= 2500


def test_ack_in_the_console_stops_paging_and_tells_the_participant(app, rt, world, text_in, clock):
    crisis = build_crisis(rt, text_in)
    text_in(w.PARTICIPANT, CRISIS)
    escalation_id = newest_id(rt)
    ana = client_for(app, ANA)
    response = post(ana, f"/console/escalations/{escalation_id}/ack", back="board")
    assert response.status_code == 302
    assert response.headers["Location"] == f"/console/escalations/{escalation_id}"
    escalation = _escalation(rt, escalation_id)
    assert escalation.status == ACKED and escalation.acked_by_id == crisis.cw.oncall_id
    told = w.texts_to(rt, w.PARTICIPANT, "crisis_acked")
    assert len(told) == 1, "the participant hears a counselor has it"

    page = ana.get(response.headers["Location"]).get_data(as_text=True)
    words = text_of(page)
    assert "You have escalation" in words
    assert "Acknowledged by Ana Oncall via console" in words
    assert "Told the participant a counselor has their message" in words
    w.tick(app, rt, clock, minutes=6)
    assert w.texts_to(rt, w.BACKUP, "page") == [], "nobody else is paged after the ACK"

    again = post(ana, f"/console/escalations/{escalation_id}/ack")
    assert again.status_code == 302
    words = text_of(ana.get(again.headers["Location"]).get_data(as_text=True))
    assert f"Escalation #{escalation_id} is already acknowledged by Ana Oncall." in words


def test_pass_pages_the_next_level_and_returns_to_the_board(app, rt, world, text_in):
    crisis = build_crisis(rt, text_in)
    text_in(w.PARTICIPANT, CRISIS)
    escalation_id = newest_id(rt)
    ana = client_for(app, ANA)
    response = post(ana, f"/console/escalations/{escalation_id}/pass", back="board")
    assert response.status_code == 302 and response.headers["Location"] == BOARD
    assert _escalation(rt, escalation_id).level == 1
    words = text_of(ana.get(f"/console/escalations/{escalation_id}").get_data(as_text=True))
    assert "Passed on by Ana Oncall via console" in words
    assert "Paged Ben Backup, level 2 of 3 (backup), round 1" in words
    with rt.db.transaction() as session:
        events = session.scalars(
            select(AuditEvent.action).where(AuditEvent.target_id == escalation_id)
        ).all()
    assert "pass_escalation" in events
    assert crisis.cw.backup_id


def test_resolve_needs_a_note_and_keeps_what_was_typed(app, rt, world, text_in):
    build_crisis(rt, text_in)
    text_in(w.PARTICIPANT, CRISIS)
    escalation_id = newest_id(rt)
    ana = client_for(app, ANA)
    refused = post(ana, f"/console/escalations/{escalation_id}/resolve", note="   ")
    assert refused.status_code == 422
    page = refused.get_data(as_text=True)
    assert "A note is required: say what was done" in page
    assert 'aria-invalid="true"' in page
    assert _escalation(rt, escalation_id).status == OPEN

    too_long = post(ana, f"/console/escalations/{escalation_id}/resolve", note="x" * 2001)
    assert too_long.status_code == 422
    assert "The note must be at most 2000 characters" in too_long.get_data(as_text=True)

    done = post(ana, f"/console/escalations/{escalation_id}/resolve", note="Safe at her sister's")
    assert done.status_code == 302
    escalation = _escalation(rt, escalation_id)
    assert escalation.status == RESOLVED and escalation.resolution_note == "Safe at her sister's"
    words = text_of(ana.get(done.headers["Location"]).get_data(as_text=True))
    assert 'Resolved by Ana Oncall via console: "Safe at her sister\'s"' in words
    assert "ACK escalation" not in words and "Resolve escalation" not in words


def test_a_counselor_of_another_program_cannot_see_or_act(app, rt, world, signed_in, text_in):
    build_crisis(rt, text_in)
    text_in(w.PARTICIPANT, CRISIS)
    theirs = newest_id(rt)
    text_in(w.STRANGER, CRISIS)
    unknown = newest_id(rt)
    sam = signed_in("counselor")  # counselor of North, not of the crisis world's program
    board = sam.get(BOARD).get_data(as_text=True)
    assert f'data-key="{theirs}"' not in board and "Mari" not in board
    assert f'data-key="{unknown}"' in board, "organization-wide alerts show to every program"
    assert "Only staff of its program" in text_of(board)
    assert sam.get(f"/console/escalations/{theirs}").status_code == 403
    for verb in ("ack", "pass", "resolve"):
        response = post(sam, f"/console/escalations/{theirs}/{verb}", note="x")
        assert response.status_code == 403
        assert "belongs to another program" in response.get_data(as_text=True)
    assert post(sam, f"/console/escalations/{unknown}/ack").status_code == 403
    assert _escalation(rt, theirs).status == OPEN and _escalation(rt, unknown).status == OPEN


def test_someone_paged_for_an_alert_of_another_program_may_act(app, rt, world, text_in):
    build_crisis(rt, text_in)
    text_in(w.PARTICIPANT, CRISIS)
    escalation_id = newest_id(rt)
    # Ana moves to another program, but she was paged for this one: she may still take it.
    with rt.db.transaction() as session:
        staff = session.scalars(select(StaffMember).where(StaffMember.phone == w.ONCALL)).one()
        staff.program_id = session.scalar(select(Program.id).where(Program.name == "South"))
        session.scalars(select(User).where(User.email == ANA)).one().program_id = staff.program_id
    client = client_for(app, ANA)
    assert f'data-key="{escalation_id}"' in client.get(BOARD).get_data(as_text=True)
    assert post(client, f"/console/escalations/{escalation_id}/ack").status_code == 302
    assert _escalation(rt, escalation_id).status == ACKED


def test_an_account_without_a_staff_member_is_told_why_it_cannot_act(
    app, rt, world, signed_in, text_in
):
    build_crisis(rt, text_in)
    text_in(w.PARTICIPANT, CRISIS)
    escalation_id = newest_id(rt)
    admin = signed_in("admin")
    board = text_of(admin.get(BOARD).get_data(as_text=True))
    assert "Mari" in board, "admins see every program's alerts"
    assert "not linked to a staff member" in board and "ACK escalation" not in board
    refused = post(admin, f"/console/escalations/{escalation_id}/ack")
    assert refused.status_code == 403
    assert "Your account is not linked to a staff member" in refused.get_data(as_text=True)
    assert _escalation(rt, escalation_id).status == OPEN


def test_the_alert_page_shows_the_timeline_and_disclosures_and_is_audited(
    app, rt, world, text_in, clock
):
    crisis = build_crisis(rt, text_in)
    text_in(w.PARTICIPANT, CRISIS)
    escalation_id = newest_id(rt)
    w.tick(app, rt, clock, minutes=5)  # Ana does not answer: the backup is paged
    clock.advance(minutes=1)
    text_in(w.PARTICIPANT, "i still want to die")
    clock.advance(minutes=1)
    text_in(w.PARTICIPANT, "ok, waiting")  # not a crisis text, but written while it is open
    w.tick(app, rt, clock)
    ana = client_for(app, ANA)
    post(ana, f"/console/escalations/{escalation_id}/ack")
    response = ana.get(f"/console/escalations/{escalation_id}")
    assert response.status_code == 200
    page = response.get_data(as_text=True)
    timeline = text_of(between(page, 'id="timeline-title"', "</ol>"))
    expected = [
        "Crisis text received",
        CRISIS,
        "Replied with 988 and 911",
        "Paged Ana Oncall, level 1 of 3 (on-call counselor), round 1",
        "Nobody acknowledged level 1 of 3 (on-call counselor), round 1 in time",
        "Paged Ben Backup, level 2 of 3 (backup), round 1",
        "Another crisis text from them",
        "i still want to die",
        "Text from them",
        "ok, waiting",
        "Acknowledged by Ana Oncall via console",
        "Told Ben Backup that someone else has it",
    ]
    positions = [timeline.index(line) for line in expected]
    assert positions == sorted(positions), timeline
    assert "Mon 10:00:00 AM EST" in timeline and "Mon 10:05:00 AM EST" in timeline

    disclosures = text_of(between(page, 'id="disclosures-title"', "</table>"))
    assert "Ana Oncall (" in disclosures and "Ben Backup (" in disclosures
    assert "medical emergency" in disclosures and "preferred name" in disclosures
    assert w.ONCALL not in disclosures, "staff phones are masked in the disclosure log"
    assert f'href="tel:{w.PARTICIPANT}"' in page, "the number to call"

    with rt.db.transaction() as session:
        views = session.scalars(
            select(AuditEvent).where(
                AuditEvent.action == "view_escalation", AuditEvent.target_id == escalation_id
            )
        ).all()
        assert [(v.user_id, v.target_type) for v in views] == [(crisis.ana_user_id, "escalation")]
        acks = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "ack_escalation")
        ).all()
        assert len(acks) == 1


def test_an_unknown_escalation_is_not_found(app, world, signed_in):
    assert signed_in("admin").get("/console/escalations/424242").status_code == 404


def test_no_escalations_says_so(app, world, signed_in):
    page = signed_in("counselor").get(BOARD).get_data(as_text=True)
    assert "<title>Escalations" in page
    assert "No open crises" in page and "Nothing in the last day" in page
