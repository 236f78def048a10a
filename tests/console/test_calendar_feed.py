"""The participant's calendar feed: their sessions, neutral titles, an unguessable link."""

from datetime import date

from icalendar import Calendar
from sqlalchemy import select

from flows.participants import enroll
from models import Participant, Program


def make(rt, with_program=True) -> str:
    now = rt.clock.now()
    with rt.db.transaction() as s:
        program = Program(
            name="Evening",
            display_name="Northside",
            timezone="America/New_York",
            location="123 Main St",
            start_date=date(2026, 11, 1),
            session_rules=["FREQ=WEEKLY;BYDAY=MO,WE,TH;BYHOUR=18;BYMINUTE=0"],
            session_minutes=180,
            created_at=now,
            updated_at=now,
        )
        s.add(program)
        s.flush()
        p = enroll(
            s,
            phone="+15005550127",
            name="Maria Lopez",
            language="en",
            timezone="America/New_York",
            now=now,
            config=rt.config,
        )
        p.program_id = program.id if with_program else None
        return p.calendar_token


def test_feed_lists_upcoming_sessions_with_neutral_titles(client, rt):
    token = make(rt)
    assert len(token) >= 32
    response = client.get(f"/calendar/{token}.ics")
    assert response.status_code == 200 and response.mimetype == "text/calendar"
    events = [c for c in Calendar.from_ical(response.data).walk("VEVENT")]
    assert len(events) == 27, "Mon, Wed, Thu from Nov 23 to Jan 21: 9 of each"
    first = events[0]
    assert str(first["summary"]) == "Group" and str(first["location"]) == "123 Main St"
    assert first.decoded("dtend") - first.decoded("dtstart") == __import__("datetime").timedelta(
        hours=3
    )
    assert b"Maria" not in response.data and b"treatment" not in response.data.lower()


def test_discharge_ends_the_feed(client, rt):
    token = make(rt)
    with rt.db.transaction() as s:
        s.scalars(select(Participant)).one().discharged_on = date(2026, 11, 30)
    events = Calendar.from_ical(client.get(f"/calendar/{token}.ics").data).walk("VEVENT")
    assert len(events) == 3, "Mon 23 (tonight), Wed 25, Thu 26"


def test_unknown_token_or_no_program_is_404(client, rt):
    token = make(rt, with_program=False)
    assert client.get(f"/calendar/{token}.ics").status_code == 404
    assert client.get("/calendar/guess.ics").status_code == 404
