"""GET /calendar/<token>.ics: a participant's upcoming sessions for their phone's calendar.

The token is unguessable (secrets.token_urlsafe), so the link itself is the
key. Event titles are neutral ("Group"): calendars show on lock screens too.
"""

from __future__ import annotations

from datetime import timedelta

from flask import Blueprint, Response, abort
from icalendar import Calendar, Event
from sqlalchemy import select

from flows.planning import sessions
from flows.schedule_store import program_schedule, session_end
from models import Participant, Program
from runtime import current_runtime

bp = Blueprint("calendar", __name__)
DAYS_AHEAD = 60


@bp.get("/calendar/<token>.ics")
def feed(token: str) -> Response:
    """The participant's sessions for the next DAYS_AHEAD days as iCalendar."""
    rt = current_runtime()
    now = rt.clock.now()
    with rt.db.transaction() as session:
        participant = session.scalar(select(Participant).where(Participant.calendar_token == token))
        if participant is None or participant.program_id is None:
            abort(404)
        program = session.get(Program, participant.program_id)
        until = session_end(participant, now + timedelta(days=DAYS_AHEAD))
        starts = sessions(program_schedule(program), now - timedelta(days=1), until)
        body = _calendar(program, starts, rt.config["PROGRAM_DISPLAY_NAME"])
    return Response(
        body, mimetype="text/calendar", headers={"Cache-Control": "private, max-age=900"}
    )


def _calendar(program: Program, starts, display_name: str) -> bytes:
    calendar = Calendar()
    calendar.add("prodid", "-//Tether//sessions//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", program.display_name or display_name)
    for start in starts:
        event = Event()
        event.add("uid", f"session-{program.id}-{start:%Y%m%dT%H%MZ}@tether")
        event.add("summary", "Group")
        event.add("dtstart", start)
        event.add("dtend", start + timedelta(minutes=program.session_minutes))
        event.add("dtstamp", start)
        if program.location:
            event.add("location", program.location)
        calendar.add_component(event)
    return calendar.to_ical()
