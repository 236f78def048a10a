"""CSV exports: exactly the rows expected, no phone numbers or names, audited, staff only.

The world is tests.console.web.outcomes_support (North: Ana, Ben, Cy; South: Sol).
Every test here runs on SQLite and PostgreSQL.
"""

from __future__ import annotations

import csv
import io

import pytest
from sqlalchemy import select

from console.web.exports_csv import safe_cell
from models import AuditEvent, Program
from tests.console.web.outcomes_support import PHONES, build_outcomes, ny, outcome
from tests.console.web.participants_support import post

TZ = "America/New_York"
FORTNIGHT = {"start": "2026-11-09", "end": "2026-11-22"}


@pytest.fixture
def people(rt, world):
    """North's Ana, Ben and Cy and South's Sol, with a fortnight of outcomes."""
    return build_outcomes(rt, world)


def export(client, kind: str, program, **dates):
    """Press the download button of `kind` on the exports form."""
    return post(client, "/console/exports", {"kind": kind, "program": program, **dates})


def rows_of(response) -> list[list[str]]:
    """The CSV as rows (the header first)."""
    return list(csv.reader(io.StringIO(response.get_data(as_text=True))))


def audit_exports(rt) -> list[AuditEvent]:
    """The export_csv entries of the audit log, oldest first."""
    with rt.db.transaction() as s:
        query = select(AuditEvent).where(AuditEvent.action == "export_csv").order_by(AuditEvent.id)
        return list(s.scalars(query))


def test_checkin_scores_one_row_per_answer_without_phone_numbers(signed_in, people, world):
    response = export(signed_in("staff"), "checkins", world.programs["North"], **FORTNIGHT)
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "text/csv; charset=utf-8"
    assert response.headers["Content-Disposition"] == (
        'attachment; filename="tether-checkins-north-2026-11-09-to-2026-11-22.csv"'
    )
    ana, ben = people.ids["Ana"], people.ids["Ben"]
    assert rows_of(response) == [
        ["participant_id", "program", "answered_at", "timezone", "score", "trigger"],
        [str(ana), "North", "2026-11-17 19:05", TZ, "8", "lonely"],
        [str(ben), "North", "2026-11-19 19:02", TZ, "4", ""],
    ]
    body = response.get_data(as_text=True)
    for phone in PHONES.values():
        assert phone not in body and phone[2:] not in body
    assert "Tester" not in body  # no names either


@pytest.mark.parametrize("afresh", ["craving", "low_mood"])
def test_a_trigger_in_their_own_words_is_named_but_never_quoted(
    rt, signed_in, people, world, afresh
):
    ana, ben, cy = (people.ids[n] for n in ("Ana", "Ben", "Cy"))
    outcome(rt, cy, "checkin_score", ny(11, 20, 19), {"score": 9})
    outcome(rt, cy, "checkin_trigger", ny(11, 20, 19, 5), {"what": None, "text": "my ex called"})
    # A craving or a low text ("😢") after Ben's low score starts "what's going on" afresh:
    # what he names then is not about that score.
    outcome(rt, ben, afresh, ny(11, 19, 20))
    outcome(rt, ben, "checkin_trigger", ny(11, 19, 20, 1), {"what": "stress", "text": None})
    response = export(signed_in("staff"), "checkins", world.programs["North"], **FORTNIGHT)
    assert [(r[0], r[4], r[5]) for r in rows_of(response)[1:]] == [
        (str(ana), "8", "lonely"),
        (str(ben), "4", ""),
        (str(cy), "9", "own words"),
    ]
    assert "my ex" not in response.get_data(as_text=True)


def test_reminders_one_row_per_participant_and_session(signed_in, people, world):
    response = export(signed_in("staff"), "reminders", world.programs["North"], **FORTNIGHT)
    ana, ben, cy = (str(people.ids[n]) for n in ("Ana", "Ben", "Cy"))
    assert rows_of(response) == [
        ["participant_id", "program", "session_at", "timezone", "response", "recorded_at"],
        [ben, "North", "2026-11-09 18:00", TZ, "declined", "2026-11-09 15:00"],
        [ana, "North", "2026-11-16 18:00", TZ, "confirmed", "2026-11-16 16:05"],
        # Ben's C to the first reminder stands; the second one's silence does not undo it.
        [ben, "North", "2026-11-16 18:00", TZ, "confirmed", "2026-11-15 18:30"],
        [cy, "North", "2026-11-16 18:00", TZ, "no answer", "2026-11-16 18:00"],
        [ana, "North", "2026-11-18 18:00", TZ, "confirmed, running late", "2026-11-18 17:00"],
    ]


def test_escalations_with_their_times_and_level_reached(signed_in, people, world):
    response = export(signed_in("staff"), "escalations", world.programs["North"], **FORTNIGHT)
    ana, cy = str(people.ids["Ana"]), str(people.ids["Cy"])
    e = {name: str(i) for name, i in people.escalations.items()}
    assert rows_of(response) == [
        ["participant_id", "escalation_id", "program", "opened_at", "timezone", "level_reached",
         "rounds", "acknowledged_at", "minutes_to_ack", "resolved_at", "outcome"],
        [ana, e["Ana"], "North", "2026-11-18 02:00", TZ, "1", "1", "2026-11-18 02:04", "4.0",
         "2026-11-18 03:00", "resolved"],
        [cy, e["Cy"], "North", "2026-11-20 01:00", TZ, "2", "1", "", "", "",
         "nobody answered (open)"],
    ]  # fmt: skip


def test_each_export_is_recorded_in_the_audit_log(rt, signed_in, people, world):
    export(signed_in("staff"), "checkins", world.programs["North"], **FORTNIGHT)
    (event,) = audit_exports(rt)
    assert event.user_id == world.user_ids["staff"]
    assert (event.target_type, event.target_id) == ("program", world.programs["North"])
    assert event.details == {
        "kind": "checkins",
        "program": "North",
        "program_ids": [world.programs["North"]],
        "start": "2026-11-09",
        "end": "2026-11-22",
        "timezone": TZ,
        "rows": 2,
        "participants": sorted([people.ids["Ana"], people.ids["Ben"]]),
    }


def test_an_admin_exports_every_program_at_once(rt, signed_in, people):
    response = export(signed_in("admin"), "escalations", "all", **FORTNIGHT)
    assert "all-programs-2026-11-09-to-2026-11-22.csv" in response.headers["Content-Disposition"]
    rows = rows_of(response)[1:]
    assert [(r[0], r[2], r[8]) for r in rows] == [
        (str(people.ids["Ana"]), "North", "4.0"),
        (str(people.ids["Sol"]), "South", "30.0"),
        (str(people.ids["Cy"]), "North", ""),
    ]
    assert audit_exports(rt)[0].details["program_ids"] is None


def test_counselors_may_not_export(rt, signed_in, people, world):
    client = signed_in("counselor")
    assert client.get("/console/exports").status_code == 403
    assert export(client, "checkins", world.programs["North"], **FORTNIGHT).status_code == 403
    assert audit_exports(rt) == []


def test_staff_may_not_export_another_program(rt, signed_in, people, world):
    response = export(signed_in("staff"), "checkins", world.programs["South"], **FORTNIGHT)
    assert response.status_code == 403
    assert response.headers["Content-Type"].startswith("text/html")
    assert audit_exports(rt) == []


@pytest.mark.parametrize(
    ("dates", "message"),
    [
        ({"start": "2026-11-22", "end": "2026-11-09"}, "The end date is before the start date."),
        ({"start": "2024-01-01", "end": "2026-11-22"}, "Pick a range of at most two years."),
        ({"start": "next week", "end": ""}, "is not a date (YYYY-MM-DD)."),
    ],
)
def test_a_bad_range_shows_the_form_again(rt, signed_in, people, world, dates, message):
    response = export(signed_in("staff"), "reminders", world.programs["North"], **dates)
    assert response.status_code == 422
    assert response.headers["Content-Type"].startswith("text/html")
    page = response.get_data(as_text=True)
    assert "Nothing was downloaded" in page and message in page.replace("&#39;", "'")
    assert audit_exports(rt) == []


def test_a_download_needs_a_kind(signed_in, people, world):
    response = export(signed_in("staff"), "", world.programs["North"], **FORTNIGHT)
    assert response.status_code == 422
    assert "Choose which file to download." in response.get_data(as_text=True)


def test_the_form_keeps_the_dashboards_choice(signed_in, people, world):
    north = world.programs["North"]
    query = {"program": north, **FORTNIGHT}
    page = signed_in("staff").get("/console/exports", query_string=query).get_data(as_text=True)
    assert f'<option value="{north}" selected>North</option>' in page
    assert 'value="2026-11-09"' in page and 'value="2026-11-22"' in page
    assert 'name="csrf_token"' in page


def test_a_cell_a_spreadsheet_would_run_gets_an_apostrophe(rt, signed_in, people, world):
    with rt.db.transaction() as s:
        s.get(Program, world.programs["North"]).name = '=HYPERLINK("http://x")'
    response = export(signed_in("admin"), "checkins", world.programs["North"], **FORTNIGHT)
    assert [row[1] for row in rows_of(response)[1:]] == ['\'=HYPERLINK("http://x")'] * 2
    for text in ("=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"):
        assert safe_cell(text) == "'" + text
    assert safe_cell("North") == "North" and safe_cell(4) == "4" and safe_cell(None) == ""
