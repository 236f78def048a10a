"""CSV import in the console: every row checked first, all or nothing, then chunked enrollment."""

from __future__ import annotations

import io
import json
import re

from sqlalchemy import func, select

from console.web.participants_import import MAX_ROWS
from models import AuditEvent, OutboundMessage, Participant
from tests.console.web.participants_support import enroll, post, text_of, unlabelled_inputs

HEADER = "phone,name,language,timezone,program,counselor_phone\n"


def count(rt, model) -> int:
    """Rows of `model`."""
    with rt.db.transaction() as session:
        return session.scalar(select(func.count()).select_from(model))


def upload(client, text: str, filename: str = "people.csv"):
    """Send a file to the import form, as a browser's file input does."""
    data = {"file": (io.BytesIO(text.encode()), filename)}
    return post(client, "/console/participants/import", data, content_type="multipart/form-data")


def good_file(n: int, program: str = "North") -> str:
    """`n` valid rows."""
    return HEADER + "".join(f"(500) 555-01{i:02d},Person {i},en,,{program},\n" for i in range(n))


def rows_posted(page: str) -> str:
    """The rows a confirm page holds for the import (its hidden textarea)."""
    match = re.search(
        r'<textarea id="import-rows" name="rows" hidden readonly>([^<]*)</textarea>', page
    )
    import html

    return html.unescape(match.group(1))


def test_the_upload_form_labels_its_input(signed_in):
    page = signed_in("staff").get("/console/participants/import").get_data(as_text=True)
    assert unlabelled_inputs(page) == [] and "counselor_phone" in page


def test_one_bad_row_imports_nothing_and_lists_each_problem(rt, signed_in):
    enroll(rt, "Already Here", "+15005550101")
    text = (
        HEADER + "+15005550120,Ana,en,,North,\n"
        "not-a-phone,Ben,en,,,\n"
        "+15005550103,,fr,Mars/Base,Nope,+15005559999\n"
        "+15005550101,Ana again,en,,North,\n"
        "+15005550121,Sol,en,,South,\n"  # staff of North enroll into North only
    )
    response = upload(signed_in("staff"), text)
    page = response.get_data(as_text=True)
    words = text_of(page)
    assert response.status_code == 422
    assert "Nothing was imported" in words and "4 rows have problems in people.csv" in words
    rows = re.findall(r"<tr>\s*<td>(\d+)</td>", page)
    assert rows == ["3", "4", "5", "6"]
    for expected in (
        "phone 'not-a-phone' is not a phone number",
        "name is empty",
        "language 'fr' must be en or es",
        "program 'Nope' does not exist",
        "counselor_phone '+15005559999' is not a staff phone",
        "phone '+15005550101' is already enrolled or repeated",
        "program 'South' is not your own program",
    ):
        assert expected in words
    assert count(rt, Participant) == 1 and count(rt, OutboundMessage) == 1


def test_unreadable_files_are_refused_in_words(signed_in):
    client = signed_in("staff")
    cases = [
        ("mobile,full_name\n+15005550101,Ana\n", "The file has no name, phone column"),
        (HEADER, "The file has a header but no rows."),
    ]
    for text, message in cases:
        response = upload(client, text)
        assert response.status_code == 422 and message in text_of(response.get_data(as_text=True))
    response = post(client, "/console/participants/import", {}, content_type="multipart/form-data")
    assert "Choose a CSV file to upload." in response.get_data(as_text=True)
    latin = {"file": (io.BytesIO("phone,name\n+15005550101,Jos\xe9\n".encode("latin-1")), "x.csv")}
    response = post(
        client, "/console/participants/import", latin, content_type="multipart/form-data"
    )
    assert "save it as CSV UTF-8" in response.get_data(as_text=True)


def test_a_good_file_is_confirmed_then_imported_all_at_once(rt, signed_in, world):
    client = signed_in("staff")
    response = upload(client, good_file(3))
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert (
        "Every row of people.csv is valid" in page and "Import 3 and send the invitations" in page
    )
    assert count(rt, Participant) == 0  # nothing until confirmed
    rows = rows_posted(page)
    assert [r[1] for r in json.loads(rows)] == ["Person 0", "Person 1", "Person 2"]

    # Without the script, the form posts every row at once.
    response = post(client, "/console/participants/import/run", {"rows": rows, "total": "3"})
    assert response.status_code == 302 and response.headers["Location"] == "/console/participants"
    with rt.db.transaction() as session:
        people = session.scalars(select(Participant).order_by(Participant.id)).all()
        kinds = session.scalars(select(OutboundMessage.kind)).all()
        event = session.scalar(select(AuditEvent).where(AuditEvent.action == "import_participants"))
    assert [p.name for p in people] == ["Person 0", "Person 1", "Person 2"]
    assert {p.program_id for p in people} == {world.programs["North"]}
    assert kinds == ["invite"] * 3
    assert event.details == {"count": 3, "participant_ids": [p.id for p in people]}
    listing = client.get("/console/participants").get_data(as_text=True)
    assert "Imported 3 participant(s); each was texted the invitation." in listing


def test_the_script_imports_in_chunks_and_reports_progress(rt, signed_in):
    client = signed_in("staff")
    rows = json.loads(rows_posted(upload(client, good_file(5)).get_data(as_text=True)))
    json_headers = {"Accept": "application/json"}
    first = post(client, "/console/participants/import/run",
                 {"rows": json.dumps(rows[:3]), "first_row": "2", "total": "5"},
                 headers=json_headers)  # fmt: skip
    assert first.status_code == 200 and first.get_json()["imported"] == 3
    assert count(rt, Participant) == 3
    last = post(client, "/console/participants/import/run",
                {"rows": json.dumps(rows[3:]), "first_row": "5", "total": "5", "final": "1"},
                headers=json_headers)  # fmt: skip
    assert last.get_json()["imported"] == 2 and count(rt, Participant) == 5
    assert "Imported 5 participant(s)" in client.get("/console/participants").get_data(as_text=True)


def test_a_chunk_that_changed_since_the_check_imports_nothing_and_names_its_rows(rt, signed_in):
    client = signed_in("staff")
    rows = json.loads(rows_posted(upload(client, good_file(4)).get_data(as_text=True)))
    enroll(rt, "Got There First", "+15005550103")  # row 5 of the file, enrolled meanwhile
    response = post(client, "/console/participants/import/run",
                    {"rows": json.dumps(rows[2:]), "first_row": "4", "total": "4"},
                    headers={"Accept": "application/json"})  # fmt: skip
    assert response.status_code == 422
    problems = response.get_json()
    assert problems["imported"] == 0
    assert problems["rows"] == [
        {
            "row": 5,
            "name": "Person 3",
            "phone": "(500) 555-0103",
            "problems": ["phone '(500) 555-0103' is already enrolled or repeated"],
        }
    ]
    assert count(rt, Participant) == 1  # row 4 of the same chunk was not imported either


def test_posted_rows_must_be_rows(signed_in):
    client = signed_in("staff")
    for rows in ("", "not json", "[]", '{"a": 1}', '[{"phone": "5"}]', '[["5", "Ana"]]'):
        response = post(client, "/console/participants/import/run", {"rows": rows},
                        headers={"Accept": "application/json"})  # fmt: skip
        assert response.status_code == 422, rows
        assert response.get_json()["message"] == "The rows did not arrive: upload the file again."


def test_the_largest_file_posts_back_in_one_form(rt, signed_in):
    # Without the script every row comes back in one field; Flask caps fields at 500 kB.
    row = ["not a phone", "Person with a long name", "en", "America/New_York", "North", ""]
    rows = [row] * MAX_ROWS
    response = post(signed_in("staff"), "/console/participants/import/run",
                    {"rows": json.dumps(rows), "total": str(MAX_ROWS)},
                    content_type="multipart/form-data")  # fmt: skip
    assert response.status_code == 422  # checked (every row's phone is wrong), not 413
    assert f"{MAX_ROWS} rows have problems" in text_of(response.get_data(as_text=True))
    assert count(rt, Participant) == 0


def test_counselors_cannot_import(signed_in):
    client = signed_in("counselor")
    assert client.get("/console/participants/import").status_code == 403
    assert upload(client, good_file(1)).status_code == 403
