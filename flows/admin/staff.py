"""Staff members who receive notices by SMS: add them, change them, retire them.

A member may belong to one program (`program_id`): they are paged for and may
act on that program's alerts; a member of no program covers every program.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from flows.admin import ConflictError, InvalidFieldError, NotFoundError
from flows.admin import checks as check
from models import Program
from models.participant import STAFF_ROLES, StaffMember


def staff_view(member: StaffMember) -> dict:
    """The staff member as the API shows them."""
    return {
        "id": member.id,
        "name": member.name,
        "phone": member.phone,
        "role": member.role,
        "program_id": member.program_id,
        "active": member.active,
        "created_at": member.created_at,
    }


def list_staff(session: Session) -> list[dict]:
    """Every staff member, oldest first."""
    return [staff_view(m) for m in session.scalars(select(StaffMember).order_by(StaffMember.id))]


def create_staff(session: Session, values: dict, now: datetime, config: dict) -> StaffMember:
    """Add an active staff member; the phone must not be another's."""
    member = StaffMember(created_at=now, active=values.get("active", True))
    _apply(session, member, {"name": None, "phone": None, "role": None} | values, config)
    session.add(member)
    _flush(session, member.phone)
    return member


def update_staff(session: Session, staff_id: int, changes: dict, config: dict) -> StaffMember:
    """Change a staff member (`active: false` stops their notices)."""
    member = session.get(StaffMember, staff_id)
    if member is None:
        raise NotFoundError(f"no staff member #{staff_id}")
    _apply(session, member, changes, config)
    _flush(session, member.phone)
    return member


def _apply(session: Session, member: StaffMember, values: dict, config: dict) -> None:
    if "name" in values:
        name = values["name"]
        if not isinstance(name, str) or not name.strip() or len(name) > check.NAME_MAX:
            raise InvalidFieldError("name", f"is required, at most {check.NAME_MAX} characters")
        member.name = name.strip()
    if "phone" in values:
        phone = check.phone(values["phone"] or "", config["DEFAULT_REGION"])
        _unique_phone(session, phone, member.id)  # before setting it: the query autoflushes
        member.phone = phone
    if "role" in values:
        if values["role"] not in STAFF_ROLES:
            raise InvalidFieldError("role", f"must be one of {', '.join(STAFF_ROLES)}")
        member.role = values["role"]
    if "program_id" in values:
        member.program_id = _program_ref(session, values["program_id"])
    if "active" in values:
        if not isinstance(values["active"], bool):
            raise InvalidFieldError("active", "must be true or false")
        member.active = values["active"]


def _program_ref(session: Session, program_id) -> int | None:
    """A program the member looks after (None: every program); it must exist."""
    if program_id is None:
        return None
    if isinstance(program_id, bool) or not isinstance(program_id, int):
        raise InvalidFieldError("program_id", f"{program_id!r} is not a program id")
    with session.no_autoflush:  # a racing phone clash must surface in _flush, as a 409
        known = session.get(Program, program_id) is not None
    if not known:
        raise InvalidFieldError("program_id", f"no program #{program_id}")
    return program_id


def _unique_phone(session: Session, phone: str, staff_id: int | None) -> None:
    query = select(StaffMember.id).where(StaffMember.phone == phone)
    if staff_id is not None:
        query = query.where(StaffMember.id != staff_id)
    if session.scalar(query) is not None:
        raise ConflictError("phone: this number is already a staff phone")


def _flush(session: Session, phone: str) -> None:
    try:
        session.flush()
    except IntegrityError:  # a concurrent request took the number first
        raise ConflictError("phone: this number is already a staff phone") from None
