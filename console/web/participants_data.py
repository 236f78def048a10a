"""What the participants pages read: who may see whom, the list with statuses, last texts.

Admins see every participant; an account tied to a program sees only that
program's; without a program, staff see everyone and a counselor no one
(see `visible`). Every query of
these pages goes through `visible()` or `load_visible()`, so the rule lives
in one place. A participant out of sight answers 404, not 403: whether
someone is in a program is itself protected (42 CFR Part 2).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from flask import abort
from sqlalchemy import Exists, exists, false, func, or_, select, true
from sqlalchemy.orm import Session

from console.web.access import program_scope
from flows.schedule_store import is_paused
from models import (
    Contact,
    Escalation,
    InboundMessage,
    OutboundMessage,
    Participant,
    Program,
    StaffMember,
)
from models.escalation import UNRESOLVED
from models.message import SUPPRESSED
from models.participant import DECLINED, EXPIRED, INVITED
from models.user import COUNSELOR

PAGE_SIZE = 50
SEARCH_MAX = 100
# Badge: (value, label). The order is the list's: a crisis first, whatever else is true.
STATUSES = (
    ("crisis", "Crisis"),
    ("opted_out", "Opted out"),
    ("invited", "Invited"),
    ("declined", "Declined"),
    ("expired", "Expired"),
    ("paused", "Paused"),
    ("aftercare", "Aftercare"),
    ("active", "Active"),
)
STATUS_LABELS = dict(STATUSES)
_RANK = {value: rank for rank, (value, _label) in enumerate(STATUSES)}


def visible(user):
    """The WHERE clause that limits participants to those `user` may see.

    The console's one scope rule (console.web.access.program_scope): an
    account tied to a program sees that program's participants only. Without
    a program, staff (organization-wide coordinators) see everyone and
    counselors no one: a counselor reads conversations of their own program.
    """
    scope = program_scope(user)
    if scope is not None:
        return Participant.program_id == scope
    return false() if user.role == COUNSELOR else true()


def load_visible(session: Session, user, participant_id: int) -> Participant:
    """The participant, or 404 when there is none or `user` may not see them."""
    participant = session.scalar(
        select(Participant).where(Participant.id == participant_id, visible(user))
    )
    if participant is None:
        abort(404)
    return participant


def programs_for(session: Session, user) -> list[Program]:
    """The programs `user` may pick from (an account with a program: that one only)."""
    query = select(Program).order_by(Program.name)
    scope = program_scope(user)
    if scope is not None or user.role == COUNSELOR:
        query = query.where(Program.id == scope)
    return list(session.scalars(query))


def staff_choices(session: Session, keep: int | None = None) -> list[StaffMember]:
    """Active staff to pick a counselor from (and `keep`, the current one, even if not)."""
    query = select(StaffMember).order_by(StaffMember.name)
    return [m for m in session.scalars(query) if m.active or m.id == keep]


def in_crisis(contact_id) -> Exists:
    """True while the number has an escalation not yet resolved."""
    return exists().where(Escalation.contact_id == contact_id, Escalation.status.in_(UNRESOLVED))


def status_of(p: Participant, opted_out: bool, crisis: bool, now: datetime) -> str:
    """The one badge a participant shows: the most urgent thing that is true of them.

    Pause and discharge are judged on the participant's own calendar day.
    """
    if crisis:
        return "crisis"
    if opted_out:
        return "opted_out"
    if p.status in (INVITED, DECLINED, EXPIRED):
        return p.status
    today = now.astimezone(ZoneInfo(p.timezone)).date()
    if p.discharged_on is not None and p.discharged_on <= today:
        return "aftercare"
    if is_paused(p, now):
        return "paused"
    return "active"


@dataclass(frozen=True)
class ListQuery:
    """The list page's search and filters, as given in the address."""

    q: str = ""
    program: str = ""  # a program id, "none" (no program) or "" (every program)
    status: str = ""
    page: int = 1


def list_participants(session: Session, user, query: ListQuery, now: datetime) -> dict:
    """One page of the participants `user` may see that match `query`, crisis first.

    Statuses depend on each participant's own zone, so they are worked out
    here rather than in SQL; the columns read are few, so a program of
    thousands still lists quickly.
    """
    crisis = in_crisis(Participant.contact_id).label("crisis")
    stmt = (
        select(Participant, Contact.phone, Contact.opted_out_at, crisis)
        .join(Contact, Contact.id == Participant.contact_id)
        .where(visible(user))
    )
    stmt = _search(_program_filter(stmt, query.program), query.q)
    rows = []
    for p, phone, opted_out_at, is_crisis in session.execute(stmt):
        status = status_of(p, opted_out_at is not None, bool(is_crisis), now)
        if query.status and status != query.status:
            continue
        rows.append({"p": p, "phone": phone, "status": status, "contact_id": p.contact_id})
    rows.sort(key=lambda r: (_RANK[r["status"]] > 0, r["p"].name.casefold(), r["p"].id))
    pages = max(1, -(-len(rows) // PAGE_SIZE))
    page = min(max(query.page, 1), pages)
    shown = rows[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]
    last = last_message_times(session, [r["contact_id"] for r in shown])
    programs = dict(session.execute(select(Program.id, Program.name)).all())
    for row in shown:
        row["last_at"] = last.get(row["contact_id"])
        row["program"] = programs.get(row["p"].program_id)
    return {"rows": shown, "total": len(rows), "page": page, "pages": pages}


def _program_filter(stmt, program: str):
    if program == "none":
        return stmt.where(Participant.program_id.is_(None))
    if program.isdecimal():
        return stmt.where(Participant.program_id == int(program))
    return stmt


def _search(stmt, q: str):
    """Match the words staff type: part of a name, part of a number, or #id."""
    q = q.strip()[:SEARCH_MAX]
    if not q:
        return stmt
    terms = [
        Participant.name.icontains(q, autoescape=True),
        Participant.preferred_name.icontains(q, autoescape=True),
    ]
    digits = "".join(ch for ch in q if ch.isdecimal())
    if q.lstrip("#").isdecimal() and len(digits) <= 9:  # an id fits an INTEGER column
        terms.append(Participant.id == int(digits))
    if len(digits) >= 3:  # "(500) 555-0101" finds +15005550101
        terms.append(Contact.phone.contains(digits, autoescape=True))
    return stmt.where(or_(*terms))


def last_message_times(session: Session, contact_ids: list[int]) -> dict[int, datetime]:
    """When each number last texted or was texted (suppressed texts never went out)."""
    if not contact_ids:
        return {}
    received = session.execute(
        select(InboundMessage.contact_id, func.max(InboundMessage.received_at))
        .where(InboundMessage.contact_id.in_(contact_ids))
        .group_by(InboundMessage.contact_id)
    )
    sent = session.execute(
        select(OutboundMessage.contact_id, func.max(OutboundMessage.created_at))
        .where(OutboundMessage.contact_id.in_(contact_ids), OutboundMessage.status != SUPPRESSED)
        .group_by(OutboundMessage.contact_id)
    )
    last: dict[int, datetime] = {}
    for contact_id, at in [*received, *sent]:
        if at is not None and (contact_id not in last or at > last[contact_id]):
            last[contact_id] = at
    return last
