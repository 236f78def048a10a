"""/console/participants/import: enroll many participants from a CSV file, all or nothing.

The columns and checks are the CLI's (`flask --app app participants import`,
flows.admin.participant_import.validate). Three steps:

1. Upload: every row is checked; if any is wrong, each problem is listed by
   row and nothing is imported.
2. Confirm: the rows are listed, and the page holds them (not the server:
   nothing about people waits in Redis or on disk between requests).
3. Import: participants.js posts the rows in chunks of CHUNK_ROWS and moves
   a progress bar as each chunk answers. Each chunk is checked again and
   enrolled in one short transaction, so a large file never holds the
   database for long (SQLite takes its write lock per transaction, and an
   inbound crisis text must not wait behind an import). Without the script
   the form posts every row at once and one transaction enrolls them all.

A chunk can only fail if the data changed after step 1 (someone enrolled
one of the numbers meanwhile): the import stops there and the page says
which rows were imported (their invitations are sent) and which were not.
"""

from __future__ import annotations

import csv
import io
import json
import re

from flask import flash, jsonify, redirect, render_template, request, url_for
from sqlalchemy.exc import IntegrityError

from console.web.access import audit, program_scope, requires
from flows.admin.participant_import import COLUMNS, enroll_row, validate
from flows.participants import EnrollmentError
from models.user import STAFF
from runtime import current_runtime

MAX_BYTES = 1024 * 1024
# The confirm page posts the rows back as one form field when scripts are off, and Flask
# refuses form fields over 500 kB (MAX_FORM_MEMORY_SIZE): 2,000 rows stay well under it.
MAX_ROWS = 2000
CHUNK_ROWS = 50
PREVIEW_ROWS = 100
FIRST_ROW = 2  # row 1 of the file is the header
IMPORT_ACTION = "import_participants"
_PROBLEM = re.compile(r"^row (\d+): (.*)$", re.S)


class NotImportedError(Exception):
    """Rows that cannot be imported: per-row problems, or one problem with the whole file."""

    def __init__(self, rows: list[dict] | None = None, message: str | None = None):
        super().__init__(message or "rows refused")
        self.rows = rows or []
        self.message = message


@requires(STAFF)
def import_form():
    """The upload form, with the columns it expects."""
    return render_template("participants/import.html", **_form_context())


@requires(STAFF)
def import_check():
    """Check an uploaded file; list each row's problems, or show the rows to confirm."""
    upload = request.files.get("file")
    try:
        if upload is None or not upload.filename:
            raise NotImportedError(message="Choose a CSV file to upload.")
        rows = read_csv(upload.stream)
        rt = current_runtime()
        with rt.db.transaction() as session:
            _valid, problems = validate(session, rows, rt.config["DEFAULT_REGION"], program_scope())
        if problems:
            raise NotImportedError(rows=by_row(problems, rows, FIRST_ROW))
    except NotImportedError as refused:
        context = _form_context(refused=refused, filename=upload.filename if upload else None)
        return render_template("participants/import.html", **context), 422
    return render_template(
        "participants/import_confirm.html",
        rows=rows[:PREVIEW_ROWS],
        total=len(rows),
        rows_json=rows_json(rows),
        chunk=CHUNK_ROWS,
        filename=upload.filename,
    )


@requires(STAFF)
def import_run():
    """Enroll the posted rows (all of a file, or one chunk of it) in one transaction."""
    wants_json = request.accept_mimetypes.best_match(["text/html", "application/json"]) == (
        "application/json"
    )
    try:
        rows, first_row = posted_rows(request.form)
        ids = import_rows(rows, first_row)
    except NotImportedError as refused:
        if wants_json:
            problems = {"message": refused.message, "rows": refused.rows, "imported": 0}
            return jsonify(problems), 422
        context = _form_context(refused=refused)
        return render_template("participants/import.html", **context), 422
    final = not wants_json or request.form.get("final") == "1"
    if final:
        total = _whole(request.form.get("total")) or len(ids)
        flash(f"Imported {total} participant(s); each was texted the invitation.", "success")
    if wants_json:
        return jsonify({"imported": len(ids), "participant_ids": ids})
    return redirect(url_for("console.participants.index"))


def read_csv(stream) -> list[dict]:
    """The rows of an uploaded CSV file, as the CLI reads them (UTF-8, header row)."""
    data = stream.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise NotImportedError(
            message=f"The file is over {MAX_BYTES // 1024 // 1024} MB: split it."
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise NotImportedError(
            message="The file is not UTF-8 text: save it as CSV UTF-8."
        ) from None
    try:
        reader = csv.DictReader(io.StringIO(text, newline=""))
        missing = {"phone", "name"} - set(reader.fieldnames or [])
        if missing:
            names = ", ".join(sorted(missing))
            raise NotImportedError(
                message=f"The file has no {names} column: see the columns below."
            )
        rows = [_known(row) for row in reader]
    except csv.Error as exc:
        raise NotImportedError(message=f"The file is not readable as CSV: {exc}.") from None
    if not rows:
        raise NotImportedError(message="The file has a header but no rows.")
    if len(rows) > MAX_ROWS:
        raise NotImportedError(message=f"The file has {len(rows)} rows; import at most {MAX_ROWS}.")
    return rows


def rows_json(rows: list[dict]) -> str:
    """The rows as the confirm page holds them: one list of values per row, in COLUMNS order.

    Lists rather than objects: half the size, so a large file posts back in one field.
    """
    values = [[row[column] for column in COLUMNS] for row in rows]
    return json.dumps(values, ensure_ascii=False, separators=(",", ":"))


def _known(row: dict) -> dict:
    # Extra columns (and DictReader's None key for extra cells) are not ours to keep.
    return {key: (row.get(key) or "").strip() for key in COLUMNS}


def posted_rows(form) -> tuple[list[dict], int]:
    """The rows a confirm page posted back, and the file row the first of them was."""
    try:
        rows = json.loads(form.get("rows") or "")
    except ValueError:
        raise NotImportedError(message="The rows did not arrive: upload the file again.") from None
    ok = (
        isinstance(rows, list)
        and 0 < len(rows) <= MAX_ROWS
        and all(
            isinstance(row, list)
            and len(row) == len(COLUMNS)
            and all(isinstance(value, str) for value in row)
            for row in rows
        )
    )
    first_row = _whole(form.get("first_row")) or FIRST_ROW
    if not ok or first_row < FIRST_ROW:
        raise NotImportedError(message="The rows did not arrive: upload the file again.")
    return [dict(zip(COLUMNS, row, strict=True)) for row in rows], first_row


def import_rows(rows: list[dict], first_row: int) -> list[int]:
    """Check the rows again and enroll them all, or none; returns the new participants' ids."""
    rt = current_runtime()
    try:
        with rt.db.transaction() as session:
            valid, problems = validate(session, rows, rt.config["DEFAULT_REGION"], program_scope())
            if problems:
                raise NotImportedError(rows=by_row(problems, rows, first_row))
            ids = []
            for row in valid:
                ids.append(enroll_row(session, row, rt.clock.now(), rt.config).id)
            audit(session, IMPORT_ACTION, "participant", None, count=len(ids), participant_ids=ids)
    except (EnrollmentError, IntegrityError):
        # Another enrollment of one of these numbers committed between check and insert.
        raise NotImportedError(
            message="A number in these rows was enrolled meanwhile; none of them were imported."
        ) from None
    return ids


def by_row(problems: list[str], rows: list[dict], first_row: int) -> list[dict]:
    """validate()'s "row N: ..." messages grouped by the file's row, with what identifies it.

    validate() numbers from 2 whatever part of the file it was given; a chunk
    that began at `first_row` shifts them back to the file's numbers.
    """
    grouped: dict[int, list[str]] = {}
    for problem in problems:
        match = _PROBLEM.match(problem)
        number, text = (int(match[1]), match[2]) if match else (FIRST_ROW, problem)
        grouped.setdefault(number, []).append(text)
    listed = []
    for number, texts in sorted(grouped.items()):
        raw = rows[number - FIRST_ROW] if 0 <= number - FIRST_ROW < len(rows) else {}
        listed.append(
            {
                "row": number - FIRST_ROW + first_row,
                "name": raw.get("name", ""),
                "phone": raw.get("phone", ""),
                "problems": texts,
            }
        )
    return listed


def _whole(raw) -> int | None:
    return int(raw) if isinstance(raw, str) and raw.isdigit() and len(raw) <= 9 else None


def _form_context(refused: NotImportedError | None = None, filename: str | None = None) -> dict:
    return {
        "columns": COLUMNS,
        "refused": refused,
        "filename": filename,
        "max_rows": MAX_ROWS,
    }


# (rule, methods, view): routes the participants blueprint adds.
ROUTES = (
    ("/participants/import", ["GET"], import_form),
    ("/participants/import", ["POST"], import_check),
    ("/participants/import/run", ["POST"], import_run),
)
