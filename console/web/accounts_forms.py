"""Reading the accounts pages' forms, and putting a refusal next to the field it is about.

flows.admin.users decides what a value may be; its InvalidFieldError (or a
ConflictError "email: ...") names the field, which this module turns into
the form field's name and a sentence the page shows under it.
"""

from __future__ import annotations

from flows.admin import AdminError, InvalidFieldError
from flows.admin.users import generate_password

# Form field -> how the page labels it.
LABELS = {
    "email": "Email",
    "role": "Role",
    "program_id": "Program",
    "staff_id": "Staff member",
    "phone": "Mobile number",
    "password": "Password",
}
FORM = "form"  # a refusal about no one field: shown at the top of the form
# flows.admin names some fields as the command line does.
_ALIASES = {"program": "program_id"}
_STARTS_WITH_VERB = ("is ", "must ", "cannot ", "names ", "choose ")
_MAX_ID_DIGITS = 9


def field_errors(exc: AdminError) -> dict[str, str]:
    """{form field: sentence} for a refusal from flows.admin."""
    if isinstance(exc, InvalidFieldError):
        field, message = exc.field, exc.message
    else:
        field, sep, message = str(exc).partition(": ")  # ConflictError("email: ... exists")
        if not sep:
            return {FORM: _capital(str(exc))}
    field = _ALIASES.get(field, field)
    if field not in LABELS:
        return {FORM: _capital(str(exc))}
    if message.startswith(_STARTS_WITH_VERB):
        message = f"{LABELS[field]} {message}"
    return {field: _capital(message)}


def _capital(message: str) -> str:
    message = message[:1].upper() + message[1:]
    return message if message.endswith((".", "?", "!")) else message + "."


def optional_id(form, name: str) -> int | None:
    """A <select> of rows: the chosen id, or None for the empty choice."""
    raw = (form.get(name) or "").strip()
    if not raw:
        return None
    if not (raw.isascii() and raw.isdigit()) or len(raw) > _MAX_ID_DIGITS:
        raise InvalidFieldError(name, "is not one of the choices")
    return int(raw)


def new_account_values(form) -> tuple[dict, bool]:
    """The create form as flows.admin.users.create_user takes it, and whether the
    password was generated (then the page shows it once)."""
    generate = form.get("generate") == "1"
    password = generate_password() if generate else form.get("password") or ""
    if not password:
        raise InvalidFieldError("password", "is required, or tick “Generate a password”")
    values = {
        "email": (form.get("email") or "").strip(),
        "role": form.get("role") or "",
        "password": password,
        "phone": (form.get("phone") or "").strip() or None,
        "program_id": optional_id(form, "program_id"),
        "staff_id": optional_id(form, "staff_id"),
    }
    return values, generate


def echo(form) -> dict:
    """What the refused create form showed, to show it again (never the password)."""
    keys = ("email", "role", "program_id", "staff_id", "phone", "generate")
    return {key: (form.get(key) or "").strip() for key in keys}
