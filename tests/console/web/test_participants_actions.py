"""The participant forms: add, coping plan, pause/resume, discharge, assignment, manual texts.

Each saved form is audited and re-plans through flows.admin; each refused
form shows its message next to the field and changes nothing.
"""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from flows.runner import START_KIND
from models import AuditEvent, OutboundMessage, Participant
from models.timer import Timer
from tests.console.web.participants_support import (
    activate,
    audit_actions,
    enroll,
    field_error,
    opt_out,
    post,
    text_of,
    unlabelled_inputs,
)


@pytest.fixture
def ana(rt, world) -> int:
    """Ana of North, who said YES."""
    participant_id = enroll(rt, "Ana Active", "+15005550101", world.programs["North"])
    activate(rt, participant_id)
    return participant_id


def participant(rt, participant_id: int) -> Participant:
    """The participant row as stored now."""
    with rt.db.transaction() as session:
        return session.get(Participant, participant_id)


def outbound(rt) -> list[OutboundMessage]:
    """Every outbox row, oldest first."""
    with rt.db.transaction() as session:
        return list(session.scalars(select(OutboundMessage).order_by(OutboundMessage.id)))


def planned_timers(rt) -> int:
    """Timers that would start a flow for someone."""
    with rt.db.transaction() as session:
        return session.scalar(
            select(func.count()).select_from(Timer).where(Timer.kind == START_KIND)
        )


# Adding a participant


def test_add_form_labels_every_field(signed_in):
    response = signed_in("staff").get("/console/participants/new")
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert unlabelled_inputs(page) == []
    assert "North" in page and "Sam Rivera" in page  # program and counselor choices


def test_adding_a_participant_texts_the_invitation(rt, signed_in, world):
    client = signed_in("staff")
    form = {
        "name": "Ben Newman",
        "preferred_name": "Benny",
        "phone": "(500) 555-0199",
        "language": "es",
        "program_id": str(world.programs["North"]),
        "counselor_id": str(world.staff_ids["counselor"]),
        "timezone": "",
    }
    response = post(client, "/console/participants", form)
    assert response.status_code == 302
    new_id = int(response.headers["Location"].rsplit("/", 1)[1])
    p = participant(rt, new_id)
    assert (p.name, p.preferred_name, p.language, p.status) == (
        "Ben Newman",
        "Benny",
        "es",
        "invited",
    )
    assert p.program_id == world.programs["North"] and p.timezone == "America/New_York"
    assert p.counselor_id == world.staff_ids["counselor"]
    assert [(m.kind, m.to_phone) for m in outbound(rt)] == [("invite", "+15005550199")]
    invite = outbound(rt)[0].body
    assert invite.startswith("North: hola Benny,"), "the program's name in texts, their own name"
    assert ("create_participant", world.user_ids["staff"]) in audit_actions(rt, new_id)
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "Participant added and texted the invitation" in page


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"name": ""}, "name", "Name is required."),
        ({"phone": "12"}, "phone", "'12' is"),
        ({"phone": "+15005550101"}, "phone", "This number is already participant #"),
        ({"timezone": "Mars/Base"}, "timezone", "'Mars/Base' is not an IANA time zone."),
        ({"program_id": "99999"}, "program_id", "Program must be your own program"),
        ({"program_id": "²"}, "program_id", "Program is not one of the choices"),
        ({"language": "fr"}, "language", "Language must be one of en, es."),
    ],
)
def test_a_refused_participant_shows_why_next_to_the_field(
    rt, signed_in, world, ana, changes, field, message
):
    north = str(world.programs["North"])  # the staff member's own program
    form = {"name": "Cy", "phone": "+15005550150", "language": "en", "program_id": north}
    form |= changes
    response = post(signed_in("staff"), "/console/participants", form)
    page = response.get_data(as_text=True)
    assert response.status_code == 422
    assert field_error(page, field).startswith(message)
    assert f'id="{field}" name="{field}"' in page and 'aria-invalid="true"' in page
    assert 'value="Cy"' in page or field == "name"  # what was typed stays
    assert len(outbound(rt)) == 1  # Ana's invitation only: nothing enrolled, nothing sent


def test_staff_of_one_program_cannot_enroll_into_another(rt, signed_in, world, ana):
    form = {"name": "Cy", "phone": "+15005550150", "program_id": str(world.programs["South"])}
    response = post(signed_in("staff"), "/console/participants", form)  # staff of North
    assert response.status_code == 422
    assert field_error(response.get_data(as_text=True), "program_id").startswith(
        "Program must be your own program"
    )
    admin = post(signed_in("admin"), "/console/participants", form | {"program_id": "99999"})
    assert field_error(admin.get_data(as_text=True), "program_id").startswith("No program #99999.")
    assert len(outbound(rt)) == 1  # Ana's invitation only


def test_counselors_cannot_add_participants(signed_in):
    client = signed_in("counselor")
    assert client.get("/console/participants/new").status_code == 403
    assert (
        post(client, "/console/participants", {"name": "X", "phone": "+15005550150"}).status_code
        == 403
    )


# The coping plan


def test_staff_save_the_coping_plan(rt, signed_in, world, ana):
    form = {
        "reasons": "My kids",
        "steps": ["Walk the dog", "", "Call Mom", ""],
        "supporter_name": "Rosa",
        "supporter_phone": "(500) 555-0177",
        "threshold": "6",
    }
    response = post(signed_in("staff"), f"/console/participants/{ana}/plan", form)
    assert response.status_code == 302 and response.headers["Location"].endswith("#plan")
    p = participant(rt, ana)
    assert (p.plan_reasons, p.plan_steps) == ("My kids", ["Walk the dog", "Call Mom"])
    assert (p.plan_supporter_name, p.plan_supporter_phone) == ("Rosa", "+15005550177")
    assert p.checkin_threshold == 6
    with rt.db.transaction() as session:
        event = session.scalar(select(AuditEvent).where(AuditEvent.action == "edit_plan"))
    assert event.user_id == world.user_ids["staff"] and event.target_id == ana
    assert "My kids" not in str(event.details)  # the log names fields, not their words


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"steps": ["Only one"]}, "steps", "Give between 2 and 5 coping steps."),
        ({"reasons": "Stay sober for my kids"}, "reasons", "Would show sober on a lock screen"),
        ({"supporter_phone": "nope"}, "supporter_phone", "'nope' is"),
        ({"threshold": "11"}, "threshold", "Threshold must be a whole number from 0 to 10."),
        ({"threshold": "high"}, "threshold", "Threshold must be a whole number."),
    ],
)
def test_a_refused_plan_keeps_what_was_typed(rt, signed_in, ana, changes, field, message):
    form = {"reasons": "My kids", "steps": ["Walk", "Call Mom"], "threshold": "7"} | changes
    response = post(signed_in("staff"), f"/console/participants/{ana}/plan", form)
    page = response.get_data(as_text=True)
    assert response.status_code == 422
    assert field_error(page, field).startswith(message)
    assert "Not saved: please correct the field marked below." in page
    assert participant(rt, ana).plan_reasons is None
    assert "edit_plan" not in [action for action, _ in audit_actions(rt, ana)]


def test_counselors_read_but_do_not_edit_the_plan(signed_in, ana):
    response = post(signed_in("counselor"), f"/console/participants/{ana}/plan", {"reasons": "x"})
    assert response.status_code == 403


# Pause, resume, discharge


def test_pause_and_resume_re_plan(rt, signed_in, ana):
    client = signed_in("staff")
    client.get(f"/console/participants/{ana}")
    response = post(
        client,
        f"/console/participants/{ana}/pause",
        {"paused_from": "2026-11-23", "paused_until": "2026-11-30"},
    )
    assert response.status_code == 302
    p = participant(rt, ana)
    assert (p.paused_from, p.paused_until) == (date(2026, 11, 23), date(2026, 11, 30))
    page = client.get(f"/console/participants/{ana}").get_data(as_text=True)
    words = text_of(page)
    assert "Paused from Mon Nov 23, 2026 until Mon Nov 30, 2026" in words
    assert "Paused: not sent" in words and 'pt-status-paused">Paused' in page
    timers_paused = planned_timers(rt)

    assert post(client, f"/console/participants/{ana}/resume").status_code == 302
    assert participant(rt, ana).paused_from is None
    assert planned_timers(rt) > timers_paused
    actions = [action for action, _ in audit_actions(rt, ana)]
    assert "pause_participant" in actions and "resume_participant" in actions


@pytest.mark.parametrize(
    ("form", "field", "message"),
    [
        ({"paused_from": ""}, "paused_from", "First paused day is required."),
        ({"paused_from": "soon"}, "paused_from", "'soon' is not a date (YYYY-MM-DD)."),
        (
            {"paused_from": "2026-12-01", "paused_until": "2026-11-30"},
            "paused_until",
            "Last paused day is before first paused day.",
        ),
    ],
)
def test_a_refused_pause_says_why(rt, signed_in, ana, form, field, message):
    response = post(signed_in("staff"), f"/console/participants/{ana}/pause", form)
    assert response.status_code == 422
    assert field_error(response.get_data(as_text=True), field) == message
    assert participant(rt, ana).paused_from is None


def test_discharge_starts_aftercare_and_can_be_undone(rt, signed_in, ana):
    client = signed_in("staff")
    response = post(
        client, f"/console/participants/{ana}/discharge", {"discharged_on": "2026-11-23"}
    )
    assert response.status_code == 302 and response.headers["Location"].endswith("#discharge")
    assert participant(rt, ana).discharged_on == date(2026, 11, 23)
    page = client.get(f"/console/participants/{ana}").get_data(as_text=True)
    assert 'pt-status-aftercare">Aftercare' in page
    assert "aftercare check-ins for 12 weeks" in text_of(page)
    assert "Aftercare check-in" in text_of(page)

    assert post(client, f"/console/participants/{ana}/discharge", {"undo": "1"}).status_code == 302
    assert participant(rt, ana).discharged_on is None
    assert [a for a, _ in audit_actions(rt, ana)].count("discharge_participant") == 2


def test_a_discharge_needs_a_date(rt, signed_in, ana):
    response = post(
        signed_in("staff"), f"/console/participants/{ana}/discharge", {"discharged_on": ""}
    )
    assert response.status_code == 422
    assert (
        field_error(response.get_data(as_text=True), "discharged_on")
        == "Discharge date is required."
    )


# Assignment


def test_assign_program_counselor_and_zone(rt, signed_in, world, ana):
    form = {
        "program_id": str(world.programs["South"]),
        "counselor_id": str(world.staff_ids["counselor"]),
        "timezone": "America/Chicago",
    }
    response = post(signed_in("admin"), f"/console/participants/{ana}/assign", form)
    assert response.status_code == 302
    p = participant(rt, ana)
    assert (p.program_id, p.counselor_id, p.timezone) == (
        world.programs["South"],
        world.staff_ids["counselor"],
        "America/Chicago",
    )
    with rt.db.transaction() as session:
        event = session.scalar(select(AuditEvent).where(AuditEvent.action == "assign_participant"))
    assert event.details["timezone"] == "America/Chicago"


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"timezone": "Mars/Base"}, "timezone", "'Mars/Base' is not an IANA time zone."),
        ({"timezone": ""}, "timezone", "Time zone is required."),
        ({"counselor_id": "424242"}, "counselor_id", "No staff member #424242."),
    ],
)
def test_a_refused_assignment_says_why(rt, signed_in, world, ana, changes, field, message):
    form = {"program_id": str(world.programs["North"]), "timezone": "America/New_York"} | changes
    response = post(signed_in("staff"), f"/console/participants/{ana}/assign", form)
    assert response.status_code == 422
    assert field_error(response.get_data(as_text=True), field) == message


# Manual texts


def test_a_counselor_sends_a_manual_text(rt, signed_in, world, ana):
    client = signed_in("counselor")
    response = post(
        client, f"/console/participants/{ana}/text", {"body": "Saw you missed group. OK?"}
    )
    assert response.status_code == 302 and response.headers["Location"].endswith("#send")
    sent = outbound(rt)[-1]
    assert (sent.body, sent.kind, sent.queue, sent.status) == (
        "Saw you missed group. OK?",
        "manual",
        "replies",
        "pending",
    )
    with rt.db.transaction() as session:
        event = session.scalar(select(AuditEvent).where(AuditEvent.action == "send_text"))
    assert event.user_id == world.user_ids["counselor"]
    assert event.details == {"outbound_id": sent.id}  # never the words
    page = client.get(f"/console/participants/{ana}").get_data(as_text=True)
    assert "Manual text · by counselor@example.org" in text_of(page)
    assert "Text queued" in page


def test_a_revealing_text_is_refused_with_the_guards_words(rt, signed_in, ana):
    body = "How is rehab going?"
    response = post(signed_in("staff"), f"/console/participants/{ana}/text", {"body": body})
    page = response.get_data(as_text=True)
    assert response.status_code == 422
    assert field_error(page, "body") == (
        "Not sent: text would show rehab on a lock screen. "
        "Reword it so a lock screen reveals nothing."
    )
    assert ">How is rehab going?</textarea>" in page  # kept, to reword
    assert len(outbound(rt)) == 1  # the invitation only


def test_no_text_to_an_opted_out_number(rt, signed_in, ana):
    opt_out(rt, ana)
    response = post(signed_in("counselor"), f"/console/participants/{ana}/text", {"body": "Hi"})
    assert response.status_code == 422
    assert "this number opted out of texts (it texted STOP)" in field_error(
        response.get_data(as_text=True), "body"
    )
    assert len(outbound(rt)) == 1
    assert "send_text" not in [action for action, _ in audit_actions(rt, ana)]


def test_an_empty_text_is_not_sent(rt, signed_in, ana):
    response = post(signed_in("staff"), f"/console/participants/{ana}/text", {"body": "  "})
    assert response.status_code == 422
    assert field_error(response.get_data(as_text=True), "body") == "Write the text first."


def test_forms_without_the_csrf_token_are_refused(rt, signed_in, ana):
    client = signed_in("staff")
    response = client.post(f"/console/participants/{ana}/text", data={"body": "Hi"})
    assert response.status_code == 400
    assert len(outbound(rt)) == 1
