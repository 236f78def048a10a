"""Importing participants from CSV rows: check every row, then enroll them all or none.

Used by `flask --app app participants import` (console/cli_import.py) and the
console's CSV import (console/web/participants_import.py), so both accept and
refuse the same rows with the same messages.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import select
from sqlalchemy.orm import Session

from flows.participants import enroll
from models import Contact, Participant, Program, StaffMember
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


def validate(
    session, rows: list[dict], region: str, only_program: int | None = None
) -> tuple[list[Row], list[str]]:
    """Check every row; return the valid rows and a message per problem.

    `only_program`: the one program the importing account may enroll into
    (a console account tied to a program); a row naming another, or none, is refused.
    """
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
        if row is not None and only_program is not None and row.program_id != only_program:
            errors.append(f"program {raw.get('program') or ''!r} is not your own program")
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


def enroll_row(session: Session, row: Row, now: datetime, config: dict) -> Participant:
    """Enroll one valid row (texting the invitation); planned once they reply YES."""
    participant = enroll(
        session,
        phone=row.phone,
        name=row.name,
        language=row.language,
        timezone=row.timezone,
        now=now,
        config=config,
        counselor_id=row.counselor_id,
        program_id=row.program_id,
    )
    return participant
