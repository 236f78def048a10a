"""The on-call page: four weeks of cover per program, overrides and weekly rotations.

The clock stands at Monday 2026-11-23 10:00 in New York. North's primary
rotation is Sam, then Kim, a week each from Monday 2026-11-16 09:00; South's
starts only on Wednesday 2026-11-25 09:00, so it has a gap until then; the
organization has no rotation at all.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from console.web.oncall_calendar import calendar_days
from flows.admin.oncall import create_schedule
from models import AuditEvent, OnCallOverride, OnCallSchedule, StaffMember
from tests.console.web.escalation_support import between, post, text_of

PAGE = "/console/oncall"
KIM = "+15005550172"
LOU = "+15005550173"


@pytest.fixture
def rota(rt, world):
    """North: Sam then Kim, weekly from Mon Nov 16 09:00; South: Lou from Wed Nov 25 09:00."""
    now = rt.clock.now()
    north, south = world.programs["North"], world.programs["South"]
    with rt.db.transaction() as session:
        ids = {}
        for name, phone, program in (("Kim Lee", KIM, north), ("Lou Park", LOU, south)):
            member = StaffMember(
                name=name, phone=phone, role="counselor", program_id=program, active=True,
                created_at=now,
            )  # fmt: skip
            session.add(member)
            session.flush()
            ids[name] = member.id
        sam = world.staff_ids["counselor"]
        schedules = {}
        for key, program, rotation, starts in (
            ("north", north, [sam, ids["Kim Lee"]], date(2026, 11, 16)),
            ("south", south, [ids["Lou Park"]], date(2026, 11, 25)),
        ):
            schedule = create_schedule(
                session,
                {"program_id": program, "timezone": "America/New_York", "rotation": rotation,
                 "starts_on": starts, "handoff_time": "09:00"},
                now,
            )  # fmt: skip
            schedules[key] = schedule.id
    return {"sam": sam, "kim": ids["Kim Lee"], "lou": ids["Lou Park"], **schedules}


def cell_html(page: str, calendar: str, iso: str) -> str:
    """The markup of one day's cell in one calendar."""
    section = between(page, f'data-calendar="{calendar}"', "</section>")
    at = section.index(f'data-day="{iso}"')
    ends = [i for i in (section.find('data-day="', at + 1), section.find("</ol>", at)) if i > 0]
    return section[section.rindex("<li", 0, at) : min(ends)]


def day(page: str, calendar: str, iso: str) -> str:
    """The words of one day's cell in one calendar."""
    return text_of(cell_html(page, calendar, iso))


def test_the_calendar_follows_the_rotation_across_handoffs(signed_in, rota):
    page = signed_in("counselor").get(PAGE).get_data(as_text=True)
    assert page.count('data-day="') == 28, "North's four weeks"
    org = text_of(between(page, 'data-calendar="Organization default"', "</section>"))
    assert "Nobody is on call here for the next four weeks: no rotation covers it." in org
    assert 'data-calendar="South"' not in page, "a counselor sees their own program"
    assert day(page, "North", "2026-11-23").startswith("Mon Nov 23 today Primary")
    assert "until 9:00 AM Sam Rivera you from 9:00 AM Kim Lee" in day(page, "North", "2026-11-23")
    assert "Primary Kim Lee Backup" in day(page, "North", "2026-11-24")
    assert "until 9:00 AM Kim Lee from 9:00 AM Sam Rivera you" in day(page, "North", "2026-11-30")
    assert "Primary Sam Rivera you" in day(page, "North", "2026-12-01")
    assert "Primary Kim Lee" in day(page, "North", "2026-12-08")
    assert "Backup No backup" in day(page, "North", "2026-11-24")
    words = text_of(page)
    assert "Primary now Kim Lee" in words
    assert "Primary: Sam Rivera → Kim Lee · hands off Mondays at 09:00" in words


def test_a_counselor_sees_their_shifts_and_cannot_change_anything(signed_in, rota):
    client = signed_in("counselor")
    page = client.get(PAGE).get_data(as_text=True)
    words = text_of(between(page, 'id="mine-title"', "</section>"))
    # Sam's shift ended at 09:00 today; the next two are listed, the last running past the page.
    assert "Nov 23" not in words
    assert "North, primary: Mon Nov 30, 9:00 AM → Mon Dec 7, 9:00 AM EST" in words
    assert "North, primary: Mon Dec 14, 9:00 AM → beyond Sun Dec 20" in words
    assert "seg-mine" in cell_html(page, "North", "2026-12-01")
    assert "seg-mine" not in cell_html(page, "North", "2026-11-24")
    assert "Add an override" not in page and "New rotation" not in page
    assert client.get("/console/oncall/rotations/new").status_code == 403
    assert post(client, "/console/oncall/overrides", schedule_id=rota["north"]).status_code == 403


def test_a_gap_is_shown_in_red(signed_in, rota):
    page = signed_in("admin").get(PAGE).get_data(as_text=True)
    assert 'data-calendar="South"' in page and 'data-calendar="North"' in page
    for iso in ("2026-11-23", "2026-11-24"):
        assert "cal-gap" in cell_html(page, "South", iso) and "seg-gap" in cell_html(
            page, "South", iso
        )
    # Today is cut at the current moment: the hours already over are past, not a gap.
    assert "Primary until 10:00 AM Nobody on call from 10:00 AM Nobody on call" in day(
        page, "South", "2026-11-23"
    )
    assert "seg-past" in cell_html(page, "South", "2026-11-23")
    assert "Primary Nobody on call" in day(page, "South", "2026-11-24")
    assert "until 9:00 AM Nobody on call from 9:00 AM Lou Park" in day(page, "South", "2026-11-25")
    assert "gap" not in cell_html(page, "South", "2026-11-26")
    south = text_of(between(page, 'data-calendar="South"', "</dl>"))
    assert "Next gap (48 h) Nobody on call from Mon Nov 23, 10:00 AM" in south
    north = text_of(between(page, 'data-calendar="North"', "</dl>"))
    assert "Next gap (48 h) None" in north
    org = between(page, 'data-calendar="Organization default"', "</section>")
    assert 'class="oc-uncovered"' in org and 'data-day="' not in org


def test_hours_already_over_today_are_not_a_gap(rt, signed_in, rota):
    with rt.db.transaction() as session:  # South's cover now starts today at 9:00, an hour ago
        session.get(OnCallSchedule, rota["south"]).starts_on = date(2026, 11, 23)
    page = signed_in("admin").get(PAGE).get_data(as_text=True)
    today = cell_html(page, "South", "2026-11-23")
    assert "cal-gap" not in today and "seg-gap" not in today
    assert "seg-past" in today
    assert "until 9:00 AM Nobody on call from 9:00 AM Lou Park" in day(page, "South", "2026-11-23")
    south = text_of(between(page, 'data-calendar="South"', "</dl>"))
    assert "Next gap (48 h) None" in south


def test_staff_add_and_remove_an_override(rt, signed_in, rota):
    staff = signed_in("staff")
    response = post(
        staff, "/console/oncall/overrides", schedule_id=str(rota["north"]),
        staff_id=str(rota["sam"]), starts_at="2026-11-25T18:00", ends_at="2026-11-25T22:00",
    )  # fmt: skip
    assert response.status_code == 302, response.get_data(as_text=True)
    page = staff.get(PAGE).get_data(as_text=True)
    assert "Override added." in page
    cell = day(page, "North", "2026-11-25")
    assert (
        "until 6:00 PM Kim Lee 6:00 PM–10:00 PM Sam Rivera override from 10:00 PM Kim Lee" in cell
    )
    assert "seg-override" in cell_html(page, "North", "2026-11-25")
    assert "Override: Sam Rivera, Wed Nov 25 6:00 PM → Wed Nov 25 10:00 PM EST" in text_of(page)

    with rt.db.transaction() as session:
        override_id = session.scalar(select(OnCallOverride.id))
    removed = post(staff, f"/console/oncall/overrides/{override_id}/delete")
    assert removed.status_code == 302
    page = staff.get(PAGE).get_data(as_text=True)
    assert "Override removed" in page
    assert "Primary Kim Lee Backup" in day(page, "North", "2026-11-25")
    with rt.db.transaction() as session:
        actions = session.scalars(select(AuditEvent.action).order_by(AuditEvent.id)).all()
    assert actions[-2:] == ["add_override", "remove_override"]


@pytest.mark.parametrize(
    ("form", "errors"),
    [
        ({}, ["Choose the schedule to cover.", "Choose who covers it.",
              "Give the start as a date and a time.", "Give the end as a date and a time."]),
        ({"starts_at": "2026-11-25T18:00", "ends_at": "2026-11-25T17:00"},
         ["Must be after the start."]),
        ({"starts_at": "2026-11-20T18:00", "ends_at": "2026-11-21T17:00"},
         ["Is in the past: the override would never apply."]),
        ({"starts_at": "tomorrow", "ends_at": "2026-11-21T17:00"},
         ["Give the start as a date and a time."]),
    ],
)  # fmt: skip
def test_override_errors_are_shown_next_to_the_fields(rt, signed_in, rota, form, errors):
    staff = signed_in("staff")
    values = {"schedule_id": str(rota["north"]), "staff_id": str(rota["kim"])} if form else {}
    response = post(staff, "/console/oncall/overrides", **(values | form))
    assert response.status_code == 422
    page = response.get_data(as_text=True)
    for error in errors:
        assert 'class="field-error"' in page and error in page, error
    assert 'aria-invalid="true"' in page
    if form:
        assert f'value="{form["ends_at"]}"' in page, "what was typed is kept"
    with rt.db.transaction() as session:
        assert session.scalar(select(OnCallOverride.id)) is None


def test_staff_cannot_touch_another_programs_schedules(rt, signed_in, rota, app):
    staff = signed_in("staff")  # staff of North
    response = post(
        staff, "/console/oncall/overrides", schedule_id=str(rota["south"]),
        staff_id=str(rota["lou"]), starts_at="2026-11-25T18:00", ends_at="2026-11-25T22:00",
    )  # fmt: skip
    assert response.status_code == 422
    assert "Choose the schedule to cover." in response.get_data(as_text=True)
    assert staff.get(f"/console/oncall/rotations/{rota['south']}").status_code == 403
    with rt.db.transaction() as session:
        session.add(
            OnCallOverride(
                schedule_id=rota["south"],
                staff_id=rota["lou"],
                starts_at=rt.clock.now(),
                ends_at=rt.clock.now().replace(year=2027),
            )
        )
        session.flush()
        override_id = session.scalar(select(OnCallOverride.id))
    assert post(staff, f"/console/oncall/overrides/{override_id}/delete").status_code == 403


def test_staff_create_a_weekly_rotation(rt, signed_in, rota, world):
    staff = signed_in("staff")
    form = staff.get("/console/oncall/rotations/new").get_data(as_text=True)
    assert '<label for="staff_0">Turn 1 (covers now)</label>' in form
    assert '<label for="handoff_day">Handoff day</label>' in form
    response = post(
        staff, "/console/oncall/rotations/new", program_id=str(world.programs["North"]),
        role="backup", staff_0=str(rota["kim"]), staff_1=str(rota["sam"]), handoff_day="0",
        handoff_time="09:00",
    )  # fmt: skip
    assert response.status_code == 302, response.get_data(as_text=True)
    with rt.db.transaction() as session:
        schedule = session.scalars(
            select(OnCallSchedule).where(OnCallSchedule.role == "backup")
        ).one()
        assert schedule.rotation == [rota["kim"], rota["sam"]]
        assert schedule.starts_on == date(2026, 11, 23) and schedule.shift_days == 7
    page = staff.get(PAGE).get_data(as_text=True)
    assert "Backup now Kim Lee" in text_of(page)
    assert "Backup until 9:00 AM Kim Lee from 9:00 AM Sam Rivera" in day(
        page, "North", "2026-11-30"
    )


def test_editing_a_rotation_keeps_whoever_covers_now_first(rt, signed_in, rota):
    staff = signed_in("staff")
    path = f"/console/oncall/rotations/{rota['north']}"
    form = staff.get(path).get_data(as_text=True)
    first = between(form, 'id="staff_0"', "</select>")
    assert f'value="{rota["kim"]}" selected' in first, "Kim covers now: she is listed first"
    response = post(
        staff, path, role="primary", staff_0=str(rota["kim"]), staff_1=str(rota["sam"]),
        handoff_day="2", handoff_time="12:00",
    )  # fmt: skip
    assert response.status_code == 302, response.get_data(as_text=True)
    page = staff.get(PAGE).get_data(as_text=True)
    assert "Primary now Kim Lee" in text_of(page)
    assert "until 12:00 PM Kim Lee from 12:00 PM Sam Rivera" in day(page, "North", "2026-11-25")
    assert "hands off Wednesdays at 12:00" in text_of(page)
    with rt.db.transaction() as session:
        assert session.scalars(select(AuditEvent.action)).all()[-1] == "update_schedule"


def test_rotation_errors_are_shown(rt, signed_in, rota, world):
    staff = signed_in("staff")
    response = post(
        staff, "/console/oncall/rotations/new", program_id=str(world.programs["North"]),
        role="primary", handoff_day="9", handoff_time="late",
    )  # fmt: skip
    assert response.status_code == 422
    page = response.get_data(as_text=True)
    for error in (
        "Choose at least one person.",
        "Choose the weekday of the handoff.",
        "Give the handoff time, like 09:00.",
    ):
        assert error in page
    south = post(
        staff, "/console/oncall/rotations/new", program_id=str(world.programs["South"]),
        role="primary", staff_0=str(rota["lou"]), handoff_day="0", handoff_time="09:00",
    )  # fmt: skip
    assert south.status_code == 422
    assert "Choose a program you work in." in south.get_data(as_text=True)
    with rt.db.transaction() as session:
        assert len(session.scalars(select(OnCallSchedule)).all()) == 2


def test_a_handoff_stays_at_nine_local_across_the_end_of_daylight_time(rt, clock, rota, world):
    clock.set(datetime(2026, 10, 30, 16, 0, tzinfo=UTC))  # Friday; clocks go back on Sunday
    with rt.db.transaction() as session:
        schedule = session.get(OnCallSchedule, rota["north"])
        schedule.starts_on, schedule.rotation = date(2026, 10, 25), [rota["sam"], rota["kim"]]
        session.flush()
        days = calendar_days(session, world.programs["North"], "America/New_York", clock.now())
        sunday = next(d for d in days if d.day == date(2026, 11, 1))
        cover = [(s.starts.strftime("%H:%M %Z"), s.names) for s in sunday.cover["primary"]]
    assert cover == [("00:00 EDT", "Sam Rivera"), ("09:00 EST", "Kim Lee")]


def test_a_long_rotation_keeps_everyone_when_edited(rt, signed_in, rota):
    with rt.db.transaction() as session:
        schedule = session.get(OnCallSchedule, rota["north"])
        schedule.rotation = [rota["sam"], rota["kim"]] * 4  # 8 turns, more than the form's 6
    staff = signed_in("staff")
    path = f"/console/oncall/rotations/{rota['north']}"
    form = staff.get(path).get_data(as_text=True)
    assert 'id="staff_8"' in form and 'id="staff_9"' not in form, "8 people and a free place"
    order = {f"staff_{i}": str([rota["kim"], rota["sam"]][i % 2]) for i in range(8)}
    response = post(staff, path, role="primary", handoff_day="0", handoff_time="09:00", **order)
    assert response.status_code == 302
    with rt.db.transaction() as session:
        assert len(session.get(OnCallSchedule, rota["north"]).rotation) == 8
