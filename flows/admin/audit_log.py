"""Reading the audit log: filters checked as typed, and pages of 50 by id cursor, newest first.

Pages are cut by id ("older than #1234"), not by OFFSET: the log only grows,
so a page stays the same while new entries arrive, and the database seeks
to the cursor on the primary key instead of counting past every older row.
Filters are plain strings (a query string); a bad one raises
InvalidFieldError naming it, so the console shows the message by its field.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from flows.admin import InvalidFieldError
from flows.admin import checks as check
from flows.admin.users import find_user
from models import AuditEvent, User

PAGE_SIZE = 50
ID_MAX = 2**31 - 1  # the columns are 32-bit integers
DETAILS_MAX = 120  # characters of details shown in a table cell
LIST_SHOWN = 5  # a longer list in the details is shown as its length

# What each recorded action means, in words (the console's filter offers these).
ACTIONS = {
    "view_conversation": "Viewed conversation",
    "send_text": "Sent a text",
    "create_participant": "Added participant",
    "import_participants": "Imported participants",
    "edit_plan": "Edited coping plan",
    "pause_participant": "Paused texts",
    "resume_participant": "Resumed texts",
    "discharge_participant": "Discharged participant",
    "assign_participant": "Changed assignment",
    "view_escalation": "Viewed crisis alert",
    "ack_escalation": "Acknowledged crisis alert",
    "pass_escalation": "Passed crisis alert on",
    "resolve_escalation": "Resolved crisis alert",
    "create_program": "Created program",
    "update_program": "Changed program",
    "send_broadcast": "Sent broadcast",
    "export_csv": "Exported a CSV file",
    "update_text_template": "Changed text wording",
    "revert_text_template": "Restored text wording",
    "add_override": "Added on-call override",
    "remove_override": "Removed on-call override",
    "create_schedule": "Created on-call rotation",
    "update_schedule": "Changed on-call rotation",
    "sign_in": "Signed in",
    "sign_out": "Signed out",
    "create_user": "Created account",
    "update_user": "Changed account",
    "set_password": "Set password",
    "deactivate_user": "Deactivated account",
    "reactivate_user": "Reactivated account",
    "create_api_key": "Created API key",
    "revoke_api_key": "Revoked API key",
}
TARGET_TYPES = {
    "participant": "Participant",
    "program": "Program",
    "escalation": "Crisis alert",
    "oncall_schedule": "On-call rotation",
    "user": "Account",
    "api_key": "API key",
    "text_template": "Text wording",
}
# Actions and target types are identifiers; anything else cannot be in the log.
_NAME = re.compile(r"^[a-z][a-z0-9_]{0,39}$")


@dataclass(frozen=True)
class AuditFilter:
    """What to show: every field empty shows everything. Days are local, inclusive."""

    email: str = ""
    user_id: int | None = None
    action: str = ""
    target_type: str = ""
    target_id: int | None = None
    since: date | None = None
    until: date | None = None


@dataclass(frozen=True)
class AuditRow:
    """One entry as the log's table shows it (email None: done on the command line)."""

    id: int
    at: datetime
    email: str | None
    action: str
    target_type: str | None
    target_id: int | None
    details: dict


@dataclass(frozen=True)
class AuditPage:
    """Up to PAGE_SIZE entries, newest first, and the cursors of the pages around them."""

    rows: list[AuditRow]
    newer: int | None  # ask for `after=newer` to see the entries above this page
    older: int | None  # ask for `before=older` to see the entries below it


def action_words(action: str) -> str:
    """An action as a person says it ("view_conversation" -> "Viewed conversation")."""
    return ACTIONS.get(action) or action.replace("_", " ").capitalize()


def target_words(target_type: str | None) -> str:
    """A target type as a person says it."""
    if not target_type:
        return ""
    return TARGET_TYPES.get(target_type) or target_type.replace("_", " ").capitalize()


def read_filter(session: Session, args: Mapping[str, str]) -> tuple[AuditFilter, dict]:
    """The filter typed in `args`, and {field: message} for each value refused.

    Fields: user (an account's email), action, target_type, target_id,
    since and until (YYYY-MM-DD, local days). A refused field is left out
    of the filter, so the page can still show the log with the rest.
    """
    values: dict = {}
    errors: dict[str, str] = {}
    readers = {
        "user": lambda raw: _account(session, raw),
        "action": lambda raw: {"action": _name(raw, "action")},
        "target_type": lambda raw: {"target_type": _name(raw, "target_type")},
        "target_id": lambda raw: {"target_id": _whole_number(raw, "target_id")},
        "since": lambda raw: {"since": _day(raw, "since")},
        "until": lambda raw: {"until": _day(raw, "until")},
    }
    for field, read in readers.items():
        raw = (args.get(field) or "").strip()
        if not raw:
            continue
        try:
            values.update(read(raw))
        except InvalidFieldError as exc:
            errors[exc.field] = exc.message
    since, until = values.get("since"), values.get("until")
    if since and until and until < since:
        errors["until"] = "must be on or after the first day"
        del values["until"]
    return AuditFilter(**values), errors


def read_cursor(args: Mapping[str, str]) -> tuple[int | None, int | None]:
    """(before, after) from the page links; a hand-edited value raises InvalidFieldError."""
    before = (args.get("before") or "").strip()
    after = (args.get("after") or "").strip()
    if before and after:
        raise InvalidFieldError("before", "give either before or after, not both")
    return (
        _whole_number(before, "before") if before else None,
        _whole_number(after, "after") if after else None,
    )


def _account(session: Session, raw: str) -> dict:
    user = find_user(session, raw)
    if user is None:
        raise InvalidFieldError("user", f"no account has the email {raw[:80]!r}")
    return {"email": user.email, "user_id": user.id}


def _name(raw: str, field: str) -> str:
    if not _NAME.match(raw):
        raise InvalidFieldError(field, f"{raw[:40]!r} is not one of the choices")
    return raw


def _whole_number(raw: str, field: str) -> int:
    # isascii: str.isdigit() also accepts "²", which int() refuses.
    if not (raw.isascii() and raw.isdigit()) or not 1 <= int(raw[:12]) <= ID_MAX:
        raise InvalidFieldError(field, f"{raw[:20]!r} is not a number (1 or more)")
    return int(raw)


def _day(raw: str, field: str) -> date:
    try:
        value = date.fromisoformat(raw)
    except ValueError:
        raise InvalidFieldError(field, f"{raw[:20]!r} is not a date (YYYY-MM-DD)") from None
    return check.day(value, field)


def audit_page(
    session: Session,
    flt: AuditFilter,
    zone: str,
    before: int | None = None,
    after: int | None = None,
    limit: int = PAGE_SIZE,
) -> AuditPage:
    """The entries matching `flt`, newest first: the newest `limit`, or those around a cursor.

    `before`: the `limit` entries just older than that id; `after`: the ones
    just newer (when fewer are left above it, the newest page instead, so
    a page always holds `limit` entries where the log has them).
    """
    where = _conditions(flt, ZoneInfo(zone))
    query = select(AuditEvent, User.email).outerjoin(User, User.id == AuditEvent.user_id)
    query = query.where(*where).limit(limit)
    if after is not None:
        found = session.execute(
            query.where(AuditEvent.id > after).order_by(AuditEvent.id.asc())
        ).all()
        found.reverse()
        if len(found) < limit:
            found = session.execute(query.order_by(AuditEvent.id.desc())).all()
    else:
        if before is not None:
            query = query.where(AuditEvent.id < before)
        found = session.execute(query.order_by(AuditEvent.id.desc())).all()
    rows = [_row(event, email) for event, email in found]
    if not rows:
        return AuditPage(rows, newer=None, older=None)
    newer = rows[0].id if _any(session, where, AuditEvent.id > rows[0].id) else None
    older = rows[-1].id if _any(session, where, AuditEvent.id < rows[-1].id) else None
    return AuditPage(rows, newer=newer, older=older)


def _conditions(flt: AuditFilter, zone: ZoneInfo) -> list:
    where = []
    if flt.user_id is not None:
        where.append(AuditEvent.user_id == flt.user_id)
    if flt.action:
        where.append(AuditEvent.action == flt.action)
    if flt.target_type:
        where.append(AuditEvent.target_type == flt.target_type)
    if flt.target_id is not None:
        where.append(AuditEvent.target_id == flt.target_id)
    if flt.since is not None:
        where.append(AuditEvent.at >= _midnight(flt.since, zone))
    if flt.until is not None:
        where.append(AuditEvent.at < _midnight(flt.until + timedelta(days=1), zone))
    return where


def _midnight(day: date, zone: ZoneInfo) -> datetime:
    """The start of a local day (the filter's days are the staff's days, not UTC's)."""
    return datetime.combine(day, time(0), tzinfo=zone)


def _any(session: Session, where: list, beyond) -> bool:
    return bool(session.scalar(select(exists().where(*where, beyond))))


def _row(event: AuditEvent, email: str | None) -> AuditRow:
    return AuditRow(
        id=event.id,
        at=event.at,
        email=email,
        action=event.action,
        target_type=event.target_type,
        target_id=event.target_id,
        details=event.details or {},
    )


def details_text(details: dict) -> str:
    """Details in one short line: "changed: name, timezone; replanned: 3" (long lists counted)."""
    parts = [f"{key}: {_value_text(value)}" for key, value in (details or {}).items()]
    text = "; ".join(parts)
    return text if len(text) <= DETAILS_MAX else text[: DETAILS_MAX - 1] + "…"


def _value_text(value) -> str:
    if isinstance(value, list):
        if len(value) > LIST_SHOWN:
            return f"{len(value)} items"
        return ", ".join(_value_text(v) for v in value) or "none"
    if isinstance(value, dict):
        return json.dumps(value, separators=(",", ":"), default=str)
    if value is None:
        return "none"
    return str(value)
