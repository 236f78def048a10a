"""The CSV exports' contents: which records, which columns, and cells safe to open.

Participants are named by their internal id only - never a phone number, a
name or the words of a text - so a file that travels carries as little as
it can. Times are local to the chosen program (the organization's zone for
all programs), written "YYYY-MM-DD HH:MM" with the zone in its own column.
A cell that a spreadsheet would run as a formula (=, +, -, @, tab, CR first)
gets a leading apostrophe.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from flows.admin.outcome_records import checkin_answers, escalation_records, session_answers
from flows.admin.periods import Period
from models import Program

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
RESPONSES = {
    "confirm": "confirmed",
    "late": "confirmed, running late",
    "decline": "declined",
    "no_reply": "no answer",
}


@dataclass(frozen=True)
class Table:
    """A file's header and rows, and whose data it holds (for the audit log)."""

    header: list[str]
    rows: list[list]
    participant_ids: list[int]


@dataclass(frozen=True)
class Export:
    """One kind of file offered on the exports page."""

    label: str
    description: str
    build: Callable[[Session, list[int] | None, Period], Table]


def checkin_table(session: Session, program_ids, period: Period) -> Table:
    """One row per check-in answer: who (id), when, the score, the kind of trigger named."""
    names, zone = _program_names(session), period.zone
    rows = [
        [a.participant_id, names.get(a.program_id, ""), _local(a.at, zone), period.timezone,
         a.score, a.trigger or ""]
        for a in checkin_answers(session, program_ids, period)
    ]  # fmt: skip
    header = ["participant_id", "program", "answered_at", "timezone", "score", "trigger"]
    return Table(header, rows, _ids(rows))


def reminder_table(session: Session, program_ids, period: Period) -> Table:
    """One row per session reminded per participant, with their answer."""
    names, zone = _program_names(session), period.zone
    rows = [
        [a.participant_id, names.get(a.program_id, ""), _local(a.session_at, zone),
         period.timezone, RESPONSES[a.response], _local(a.recorded_at, zone)]
        for a in session_answers(session, program_ids, period)
    ]  # fmt: skip
    header = ["participant_id", "program", "session_at", "timezone", "response", "recorded_at"]
    return Table(header, rows, _ids(rows))


def escalation_table(session: Session, program_ids, period: Period) -> Table:
    """One row per escalation: opened, level reached, acknowledged, resolved, outcome."""
    names, zone = _program_names(session), period.zone
    rows = [
        [r.participant_id or "", r.id, names.get(r.program_id, ""), _local(r.opened_at, zone),
         period.timezone, r.level_reached or "", r.rounds or "", _local(r.acked_at, zone),
         _minutes(r.minutes_to_ack), _local(r.resolved_at, zone), r.outcome]
        for r in escalation_records(session, program_ids, period)
    ]  # fmt: skip
    header = ["participant_id", "escalation_id", "program", "opened_at", "timezone",
              "level_reached", "rounds", "acknowledged_at", "minutes_to_ack", "resolved_at",
              "outcome"]  # fmt: skip
    return Table(header, rows, _ids(rows))


EXPORTS = {
    "checkins": Export(
        "Check-in scores",
        "One row per check-in answer: participant id, local time, score 0-10, and the kind of "
        "trigger they named when the score was high.",
        checkin_table,
    ),
    "reminders": Export(
        "Reminder answers",
        "One row per participant and session reminded: the session's local time and whether "
        "they confirmed, declined or did not answer.",
        reminder_table,
    ),
    "escalations": Export(
        "Escalations",
        "One row per crisis escalation: opened, level reached, acknowledged (and minutes to "
        "ACK), resolved, outcome.",
        escalation_table,
    ),
}


def csv_text(table: Table) -> str:
    """The table as CSV text with a header row, every cell safe to open in a spreadsheet."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(table.header)
    writer.writerows([safe_cell(cell) for cell in row] for row in table.rows)
    return out.getvalue()


def safe_cell(value) -> str:
    """The cell as text; one a spreadsheet would run as a formula gets a leading apostrophe."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _program_names(session: Session) -> dict[int, str]:
    return dict(session.execute(select(Program.id, Program.name)).all())


def _ids(rows: list[list]) -> list[int]:
    return sorted({row[0] for row in rows if row[0] != ""})


def _local(at: datetime | None, zone: ZoneInfo) -> str:
    return at.astimezone(zone).strftime("%Y-%m-%d %H:%M") if at else ""


def _minutes(value: float | None) -> str:
    return "" if value is None else f"{value:.1f}"
