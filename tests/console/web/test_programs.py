"""The programs pages: list, editor (grid -> RRULE), preview, broadcasts, audit, CSRF."""

from __future__ import annotations

import html
import re
from collections import defaultdict

import pytest
from sqlalchemy import func, select

from flows.admin.participants import create_participant
from flows.admin.programs import update_program
from models import AuditEvent, Broadcast, OutboundMessage, Program
from tests.console.web.support import csrf_token, make_user, sign_in

MON_WED_THU = "FREQ=WEEKLY;BYDAY=MO,WE,TH;BYHOUR=18;BYMINUTE=0"


def program_form(**changes) -> dict:
    """The editor's fields as a browser sends them: Mon/Wed/Thu 18:00, 24 h and 2 h reminders."""
    data = {
        "name": "Evening group",
        "display_name": "Eastside",
        "location": "Room 4",
        "timezone_choice": "America/New_York",
        "timezone_other": "",
        "session-0-days": ["0", "2", "3"],
        "session-0-time": "18:00",
        "session-1-time": "",  # the blank row the page always offers
        "session_minutes": "180",
        "start_date": "2026-11-01",
        "end_date": "",
        "cancelled_dates": ["2026-11-26", ""],
        "extra_sessions": [""],
        "reminder-0-amount": "24",
        "reminder-0-unit": "hours",
        "reminder-1-amount": "2",
        "reminder-1-unit": "hours",
        "reminder-2-amount": "",
        "reminder-2-unit": "hours",
        "checkin_mode": "daily",
        "checkin_time": "19:00",
        "checkin_skip_session_days": "on",
        "window_start": "08:00",
        "window_end": "21:00",
        "business_days": ["0", "1", "2", "3", "4"],
        "business_start": "09:00",
        "business_end": "17:00",
        "aftercare_weeks": "12",
        "tell_participant_on_ack": "on",
        "action": "save",
    }
    return {key: value for key, value in (data | changes).items() if value is not None}


@pytest.fixture
def coordinator(app, rt, world):
    """A client signed in as a staff member of every program (who may add programs)."""
    make_user(rt, "coordinator@example.org", "staff")
    client = app.test_client()
    assert sign_in(client, "coordinator@example.org").status_code == 302
    return client


def post(client, path: str, data: dict):
    """POST a console form with this client's CSRF token."""
    return client.post(path, data={"csrf_token": csrf_token(client), **data})


def stored(rt, **where) -> Program:
    with rt.db.transaction() as s:
        program = s.scalars(select(Program).filter_by(**where)).one()
        s.expunge(program)
        return program


def events(rt, action: str) -> list[AuditEvent]:
    with rt.db.transaction() as s:
        rows = s.scalars(select(AuditEvent).where(AuditEvent.action == action)).all()
        s.expunge_all()
        return list(rows)


def program_count(rt) -> int:
    with rt.db.transaction() as s:
        return s.scalar(select(func.count()).select_from(Program))


def error_of(page: str, group: str) -> str:
    """The text of the error shown next to `group`, or "" when there is none."""
    match = re.search(rf'<div class="field-error" id="error-{group}">(.*?)</div>', page, re.S)
    if not match:
        return ""
    return html.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", match.group(1))).strip())


# Creating and editing ---------------------------------------------------------------


def test_a_program_made_with_the_grid_is_stored_as_rules(coordinator, rt):
    assert "Weekly sessions" in coordinator.get("/console/programs/new").get_data(as_text=True)
    response = post(coordinator, "/console/programs/new", program_form())
    program = stored(rt, name="Evening group")
    assert response.status_code == 302
    assert response.headers["Location"] == f"/console/programs/{program.id}"
    assert program.session_rules == [MON_WED_THU]
    assert program.reminder_offsets_minutes == [1440, 120]
    assert program.checkin_rule == "FREQ=DAILY;BYHOUR=19;BYMINUTE=0"
    assert program.checkins_on_session_days is False
    assert program.cancelled_dates == ["2026-11-26"]
    assert (program.timezone, program.location, program.session_minutes) == (
        "America/New_York",
        "Room 4",
        180,
    )
    assert (program.page_includes_text, program.tell_participant_on_ack) == (False, True)
    [event] = events(rt, "create_program")
    assert (event.target_type, event.target_id) == ("program", program.id)
    assert event.user_id is not None and event.details == {"name": "Evening group"}
    page = coordinator.get(response.headers["Location"]).get_data(as_text=True)
    assert "Saved Evening group." in page and "<h1>Evening group</h1>" in page
    listing = coordinator.get("/console/programs").get_data(as_text=True)
    assert "Mon, Wed, Thu 6:00 PM, 3 h" in listing


def test_the_editor_shows_stored_rules_in_the_grid_and_saves_changes(signed_in, rt, world):
    staff = signed_in("staff")
    north = world.programs["North"]
    page = staff.get(f"/console/programs/{north}").get_data(as_text=True)
    checked = set(
        re.findall(r'id="session-0-day-(\d)" name="session-0-days" value="\d" checked', page)
    )
    assert checked == {"0", "2"}  # FREQ=WEEKLY;BYDAY=MO,WE;BYHOUR=18
    assert 'id="session-0-time" name="session-0-time" value="18:00"' in page
    changes = {
        "name": "North",
        "display_name": "North",
        "session-0-days": ["0", "2"],
        "session-1-days": ["5"],
        "session-1-time": "10:30",
        "reminder-1-amount": "90",
        "reminder-1-unit": "minutes",
        "cancelled_dates": [""],
        "checkin_mode": "weekdays",
        "checkin_days": ["1", "4"],
        "checkin_time": "12:15",
    }
    response = post(staff, f"/console/programs/{north}", program_form(**changes))
    assert response.status_code == 302
    program = stored(rt, id=north)
    assert program.session_rules == [
        "FREQ=WEEKLY;BYDAY=MO,WE;BYHOUR=18;BYMINUTE=0",
        "FREQ=WEEKLY;BYDAY=SA;BYHOUR=10;BYMINUTE=30",
    ]
    assert program.reminder_offsets_minutes == [1440, 90]
    assert program.checkin_rule == "FREQ=WEEKLY;BYDAY=TU,FR;BYHOUR=12;BYMINUTE=15"
    [event] = events(rt, "update_program")
    assert event.target_id == north and event.user_id == world.user_ids["staff"]
    assert {"session_rules", "reminder_offsets_minutes", "checkin_rule"} <= set(
        event.details["changed"]
    )
    assert "name" not in event.details["changed"]


def test_a_rule_the_grid_cannot_show_is_read_only_and_kept(signed_in, rt, world):
    north = world.programs["North"]
    fortnightly = "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;BYHOUR=10;BYMINUTE=0"
    with rt.db.transaction() as s:
        update_program(s, north, {"session_rules": [MON_WED_THU, fortnightly]}, rt.clock.now())
    admin = signed_in("admin")
    page = admin.get(f"/console/programs/{north}").get_data(as_text=True)
    assert "Rules the grid cannot show" in page and f"<code>{fortnightly}</code>" in page
    keep = program_form(name="North", display_name="North", keep_rule="0")
    assert post(admin, f"/console/programs/{north}", keep).status_code == 302
    assert stored(rt, id=north).session_rules == [MON_WED_THU, fortnightly]
    drop = program_form(name="North", display_name="North")
    assert post(admin, f"/console/programs/{north}", drop).status_code == 302
    assert stored(rt, id=north).session_rules == [MON_WED_THU]


@pytest.mark.parametrize(
    ("changes", "group", "message"),
    [
        (
            {"display_name": "Eastside IOP"},
            "display_name",
            "Name in texts would show iop on a lock",
        ),
        ({"timezone_choice": "other", "timezone_other": "Mars/Base"}, "timezone", "Mars/Base"),
        ({"name": "North"}, "name", "A program named 'North' exists"),
        ({"session-0-time": ""}, "sessions", "Session time 1: choose a start time"),
        ({"window_start": "22:00"}, "window", "must start before it ends"),
        ({"business_end": "07:00"}, "business_hours", "must start before it ends"),
        ({"start_date": ""}, "start_date", "First day is required"),
        ({"end_date": "2026-10-01"}, "end_date", "is before the first day"),
        ({"extra_sessions": ["24/12/2026 18:00"]}, "extra_sessions", "not a local date-time"),
        ({"reminder-0-amount": "9999"}, "reminders", "whole number from 0 to 10080"),
    ],
)
def test_a_refused_value_is_shown_next_to_its_field_and_nothing_is_lost(
    coordinator, rt, changes, group, message
):
    before = program_count(rt)
    response = post(coordinator, "/console/programs/new", program_form(**changes))
    page = response.get_data(as_text=True)
    assert response.status_code == 422
    assert message in error_of(page, group), page
    assert "Nothing was saved." in page and f'href="#group-{group}"' in page
    assert program_count(rt) == before
    # What was typed is still there.
    assert f'value="{changes.get("display_name", "Eastside")}"' in page
    assert re.search(r'id="session-0-day-3" name="session-0-days" value="3" checked', page)
    assert 'value="2026-11-26"' in page and 'id="reminder-1-amount"' in page
    assert events(rt, "create_program") == []


def test_a_scoped_staff_member_edits_only_their_program(signed_in, world):
    staff = signed_in("staff")
    listing = staff.get("/console/programs").get_data(as_text=True)
    assert f'href="/console/programs/{world.programs["North"]}"' in listing
    assert f'href="/console/programs/{world.programs["South"]}"' not in listing
    assert "New program" not in listing


def test_counselors_see_the_list_read_only(signed_in, world):
    page = signed_in("counselor").get("/console/programs").get_data(as_text=True)
    assert "Mon, Wed 6:00 PM, 3 h" in page
    assert "New program" not in page and "/broadcast" not in page
    assert f'href="/console/programs/{world.programs["North"]}"' not in page


# Preview ----------------------------------------------------------------------------


def preview_days(page: str) -> dict[str, list[tuple[str, str]]]:
    """Each calendar day of the preview -> [(kind, "HH:MM"), ...]."""
    days = defaultdict(list)
    for chunk in page.split('data-date="')[1:]:
        day = chunk[:10]
        days[day] = re.findall(r'data-kind="(\w+)" data-time="(\d\d:\d\d)"', chunk)
    return dict(days)


def test_the_preview_plans_four_weeks_from_the_unsaved_form(coordinator, rt):
    before = program_count(rt)
    response = post(coordinator, "/console/programs/new", program_form(action="preview"))
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert program_count(rt) == before, "a preview saves nothing"
    days = preview_days(page)
    # The clock says Monday 2026-11-23 10:00 in New York: four weeks, Monday to Sunday.
    assert min(days) == "2026-11-23" and max(days) == "2026-12-20" and len(days) == 28
    sessions = sorted(d for d, items in days.items() if ("session", "18:00") in items)
    assert len(sessions) == 11  # Mon/Wed/Thu x 4, less Thanksgiving (cancelled)
    assert "2026-11-26" not in sessions and "Cancelled: no session" in page
    for day in sessions:
        assert ("reminder", "16:00") in days[day], day  # 2 hours before
    assert ("reminder", "18:00") in days["2026-11-24"]  # the day before Wednesday's
    assert ("checkin", "19:00") in days["2026-11-24"]  # Tuesday: no session
    assert ("checkin", "19:00") in days["2026-11-26"]  # cancelled: no session, so a check-in
    assert not any(kind == "checkin" for kind, _ in days["2026-11-30"])  # Monday session
    assert "11</strong> group sessions" in page
    # The form is shown again as typed, to change and preview again or save.
    assert 'value="Evening group"' in page and 'value="2026-11-26"' in page


def test_previewing_a_stored_program_changes_nothing(signed_in, rt, world):
    north = world.programs["North"]
    form = program_form(name="North", display_name="North", action="preview")
    form["session-0-time"] = "17:00"
    response = post(signed_in("staff"), f"/console/programs/{north}", form)
    assert response.status_code == 200
    days = preview_days(response.get_data(as_text=True))
    assert ("session", "17:00") in days["2026-11-23"]
    assert stored(rt, id=north).session_rules == ["FREQ=WEEKLY;BYDAY=MO,WE;BYHOUR=18;BYMINUTE=0"]
    assert events(rt, "update_program") == []


def test_a_preview_of_refused_values_shows_the_error_instead(coordinator):
    form = program_form(action="preview", window_end="07:00")
    response = post(coordinator, "/console/programs/new", form)
    assert response.status_code == 422
    assert "must start before it ends" in error_of(response.get_data(as_text=True), "window")


# Broadcasts -------------------------------------------------------------------------


def enroll(rt, phone: str, program_id: int) -> int:
    with rt.db.transaction() as s:
        values = {"phone": phone, "name": "Pat Doe", "program_id": program_id}
        return create_participant(s, values, rt.clock.now(), rt.config).id


def test_a_broadcast_is_reviewed_then_reaches_active_participants(signed_in, rt, world, text_in):
    north, south = world.programs["North"], world.programs["South"]
    for phone, program in (("+15005550181", north), ("+15005550182", north)):
        enroll(rt, phone, program)
    enroll(rt, "+15005550183", south)
    text_in("+15005550181", "YES")  # 182 stays invited
    text_in("+15005550183", "YES")  # active, but in South
    staff = signed_in("staff")
    url = f"/console/programs/{north}/broadcast"
    page = staff.get(url).get_data(as_text=True)
    assert "<strong>1 participant</strong> right now" in page
    assert 'id="body-count"' in page and "programs.js" in page

    review = post(staff, url, {"action": "review", "body": "No group today - see you Thursday"})
    page = review.get_data(as_text=True)
    assert review.status_code == 200
    assert "Send this text to 1 participant?" in page
    assert "North: No group today - see you Thursday" in page
    assert "1 text segment (GSM-7)" in page
    with rt.db.transaction() as s:
        assert s.scalars(select(Broadcast)).all() == [], "nothing is sent before confirming"

    sent = post(staff, url, {"action": "send", "body": "No group today - see you Thursday"})
    assert sent.status_code == 302 and sent.headers["Location"] == "/console/programs"
    with rt.db.transaction() as s:
        row = s.scalars(select(Broadcast)).one()
        texts = s.scalars(select(OutboundMessage).where(OutboundMessage.kind == "broadcast")).all()
        assert (row.program_id, row.recipients) == (north, 1)
        assert [(t.to_phone, t.body) for t in texts] == [
            ("+15005550181", "North: No group today - see you Thursday")
        ]
    [event] = events(rt, "send_broadcast")
    assert (event.target_id, event.user_id) == (north, world.user_ids["staff"])
    assert event.details == {"broadcast_id": row.id, "recipients": 1}
    assert "Sent to 1 participant of North." in staff.get("/console/programs").get_data(
        as_text=True
    )
    assert "North: No group today" in staff.get(url).get_data(as_text=True)  # earlier broadcasts


def test_a_revealing_broadcast_is_refused_and_the_text_kept(signed_in, rt, world):
    url = f"/console/programs/{world.programs['North']}/broadcast"
    response = post(signed_in("staff"), url, {"action": "review", "body": "No AA meeting today"})
    page = response.get_data(as_text=True)
    assert response.status_code == 422
    assert "would show aa meeting on a lock screen" in page
    assert ">No AA meeting today</textarea>" in page and 'aria-invalid="true"' in page
    sent = post(signed_in("staff"), url, {"action": "send", "body": "No AA meeting today"})
    assert sent.status_code == 422
    with rt.db.transaction() as s:
        assert s.scalars(select(Broadcast)).all() == []


# CSRF -------------------------------------------------------------------------------


def test_program_forms_need_the_csrf_token(coordinator, rt, world):
    north = world.programs["North"]
    before = program_count(rt)
    assert coordinator.post("/console/programs/new", data=program_form()).status_code == 400
    edit = program_form(name="North", display_name="Renamed")
    assert coordinator.post(f"/console/programs/{north}", data=edit).status_code == 400
    send = {"action": "send", "body": "No group today"}
    assert coordinator.post(f"/console/programs/{north}/broadcast", data=send).status_code == 400
    forged = {**send, "csrf_token": "forged"}
    assert coordinator.post(f"/console/programs/{north}/broadcast", data=forged).status_code == 400
    assert program_count(rt) == before
    assert stored(rt, id=north).display_name == "North"
    with rt.db.transaction() as s:
        assert s.scalars(select(Broadcast)).all() == []
        assert s.scalars(select(AuditEvent).where(AuditEvent.action != "sign_in")).all() == []


def test_a_schedule_can_be_previewed_before_it_has_a_name(coordinator):
    form = program_form(action="preview", name="", display_name="")
    response = post(coordinator, "/console/programs/new", form)
    assert response.status_code == 200
    assert len(re.findall(r'data-kind="session"', response.get_data(as_text=True))) == 11
