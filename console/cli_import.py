"""`flask --app app participants import FILE.csv`: enroll many participants at once.

Every row is checked first; if any row is wrong, each problem is reported
with its row number and nothing is imported. Otherwise all rows are enrolled
in one transaction (each gets the invitation), with a progress bar.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import click
from flask.cli import with_appcontext
from sqlalchemy import select

from console.cli import participants_group
from flows.participants import enroll
from models import Contact, Participant, Program, StaffMember
from runtime import current_runtime
from sms.phone import InvalidPhoneNumberError, to_e164

COLUMNS = ("phone", "name", "language", "timezone", "program", "counselor_phone")


@dataclass
class Row:
    """One valid row, ready to enroll."""

    phone: str
    name: str
    language: str
    timezone: str
    program_id: int | None
    counselor_id: int | None


def validate(session, rows: list[dict], region: str) -> tuple[list[Row], list[str]]:
    """Check every row; return the valid rows and a message per problem."""
    programs = {p.name: p for p in session.scalars(select(Program))}
    staff = {s.phone: s.id for s in session.scalars(select(StaffMember))}
    enrolled = set(
        session.scalars(
            select(Contact.phone).join(Participant, Participant.contact_id == Contact.id)
        )
    )
    valid, problems, seen = [], [], set()
    for number, raw in enumerate(rows, start=2):  # row 1 is the header
        errors, row = _check(raw, region, programs, staff)
        if row is not None and row.phone in enrolled | seen:
            errors.append(f"phone {raw.get('phone')!r} is already enrolled or repeated")
        problems += [f"row {number}: {e}" for e in errors]
        if row is not None and not errors:
            seen.add(row.phone)
            valid.append(row)
    return valid, problems


def _check(raw: dict, region: str, programs: dict, staff: dict) -> tuple[list[str], Row | None]:
    errors = []
    try:
        phone = to_e164(raw.get("phone") or "", region)
    except InvalidPhoneNumberError:
        errors.append(f"phone {raw.get('phone')!r} is not a phone number")
        phone = ""
    name = (raw.get("name") or "").strip()
    if not name:
        errors.append("name is empty")
    language = (raw.get("language") or "en").strip().lower()
    if language not in ("en", "es"):
        errors.append(f"language {language!r} must be en or es")
    program = programs.get((raw.get("program") or "").strip()) if raw.get("program") else None
    if raw.get("program") and program is None:
        errors.append(f"program {raw.get('program')!r} does not exist")
    timezone = (raw.get("timezone") or "").strip() or (
        program.timezone if program else "America/New_York"
    )
    try:
        ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError):
        errors.append(f"timezone {timezone!r} is not an IANA time zone")
    counselor_id = None
    if raw.get("counselor_phone"):
        try:
            counselor_id = staff.get(to_e164(raw["counselor_phone"], region))
        except InvalidPhoneNumberError:
            counselor_id = None
        if counselor_id is None:
            errors.append(f"counselor_phone {raw['counselor_phone']!r} is not a staff phone")
    row = Row(phone, name, language, timezone, program.id if program else None, counselor_id)
    return errors, (row if phone else None)


@participants_group.command("import")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@with_appcontext
def import_participants(path: Path) -> None:
    """Enroll every participant in a CSV file (columns: phone,name,language,timezone,program,
    counselor_phone); all or nothing."""
    rt = current_runtime()
    with path.open(newline="", encoding="utf-8-sig") as handle:
        reader = csv.DictReader(handle)
        missing = {"phone", "name"} - set(reader.fieldnames or [])
        if missing:
            raise click.ClickException(f"{path}: missing column(s) {', '.join(sorted(missing))}")
        rows = list(reader)
    with rt.db.transaction() as session:
        valid, problems = validate(session, rows, rt.config["DEFAULT_REGION"])
        if problems:
            for problem in problems:
                click.echo(problem, err=True)
            raise click.ClickException(f"{len(problems)} problem(s); nothing was imported")
        with click.progressbar(valid, label="Enrolling", show_pos=True) as bar:
            for row in bar:
                participant = enroll(
                    session,
                    phone=row.phone,
                    name=row.name,
                    language=row.language,
                    timezone=row.timezone,
                    now=rt.clock.now(),
                    config=rt.config,
                    counselor_id=row.counselor_id,
                )
                participant.program_id = row.program_id
    click.echo(f"imported {len(valid)} participant(s); each was texted the invitation")
