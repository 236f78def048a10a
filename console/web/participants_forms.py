"""Reading the participants pages' forms, and turning refusals into words next to a field.

Only the form's own shape is checked here (a date is a date, a number a
number, a required box is filled); what a value may be is decided by
flows.admin, whose InvalidFieldError names the field the message belongs to.
"""

from __future__ import annotations

import re
from datetime import date

from flows.admin import AdminError, InvalidFieldError

# Form field -> how the page labels it (messages name fields the way the page does).
LABELS = {
    "name": "Name",
    "preferred_name": "Preferred name",
    "phone": "Mobile number",
    "language": "Language",
    "timezone": "Time zone",
    "program_id": "Program",
    "counselor_id": "Counselor",
    "reasons": "Reasons",
    "steps": "Coping steps",
    "supporter_name": "Supporter's name",
    "supporter_phone": "Supporter's number",
    "threshold": "Threshold",
    "paused_from": "First paused day",
    "paused_until": "Last paused day",
    "discharged_on": "Discharge date",
    "body": "Text",
    "file": "CSV file",
}
FORM = "form"  # errors that belong to no one field: shown at the top of the form
_STARTS_WITH_VERB = ("is ", "must ", "cannot ")
_IDENTIFIER = re.compile(r"\b[a-z]+(?:_[a-z]+)+\b")


def field_errors(exc: AdminError) -> dict[str, str]:
    """{form field: message} for a refusal from flows.admin."""
    if isinstance(exc, InvalidFieldError):
        field = exc.field.removeprefix("plan.")
        if field in LABELS:
            return {field: sentence(field, exc.message)}
        return {FORM: str(exc)}
    field, sep, message = str(exc).partition(": ")  # ConflictError("phone: already ...")
    if sep and field in LABELS:
        return {field: sentence(field, message)}
    return {FORM: str(exc)}


def sentence(field: str, message: str) -> str:
    """A message as a sentence: "is required" becomes "Name is required."."""
    # "is before paused_from": name the other field as the page does.
    message = _IDENTIFIER.sub(lambda m: LABELS.get(m.group(0), m.group(0)).lower(), message)
    if message.startswith(_STARTS_WITH_VERB):
        message = f"{LABELS[field]} {message}"
    message = message[:1].upper() + message[1:]
    return message if message.endswith((".", "?", "!")) else message + "."


def optional_date(form, name: str) -> date | None:
    """A date input's value (browsers send YYYY-MM-DD); empty is None."""
    raw = (form.get(name) or "").strip()
    if not raw:
        return None
    try:
        return date.fromisoformat(raw)
    except ValueError:
        raise InvalidFieldError(name, f"{raw!r} is not a date (YYYY-MM-DD)") from None


def required_date(form, name: str) -> date:
    """A date input that must be filled."""
    value = optional_date(form, name)
    if value is None:
        raise InvalidFieldError(name, "is required")
    return value


def optional_id(form, name: str) -> int | None:
    """A <select> of rows: the chosen id, or None for the empty choice."""
    raw = (form.get(name) or "").strip()
    if not raw:
        return None
    if not raw.isdecimal() or len(raw) > 9:  # isdigit() would pass "²", which int() refuses
        raise InvalidFieldError(name, "is not one of the choices")
    return int(raw)


def program_choice(form, scope: int | None) -> int | None:
    """The chosen program: an account tied to a program (`scope`) may choose only that one.

    Otherwise a coordinator of one program could enroll someone into another,
    and then not see them.
    """
    program_id = optional_id(form, "program_id")
    if scope is not None and program_id != scope:
        raise InvalidFieldError("program_id", "must be your own program")
    return program_id


def whole_number(form, name: str) -> int | None:
    """A number input's whole number; empty is None."""
    raw = (form.get(name) or "").strip()
    if not raw:
        return None
    try:
        return int(raw)
    except ValueError:
        raise InvalidFieldError(name, "must be a whole number") from None
