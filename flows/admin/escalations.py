"""Escalations for the JSON API and the console: lists, timelines, ACK/PASS/RESOLVE, disclosures.

Acting here is the same as texting ACK, PASS or RESOLVE from a staff phone
(flows.staff_commands.act). NotAllowedError refuses a staff member acting on
an alert that is not theirs (the API answers 403).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import case, select
from sqlalchemy.orm import Session

from flows.admin import AdminError, ConflictError, InvalidFieldError, NotFoundError
from flows.crisis import lock_escalation
from flows.escalation import who
from flows.staff_commands import PASS, RESOLVE, act, may_act
from models import Disclosure, Escalation, EscalationEvent, InboundMessage, Participant, StaffMember
from models.escalation import RESOLVED, UNRESOLVED

NOTE_MAX = 2000
ESCALATIONS_MAX = 500
STATUS_FILTERS = ("open", "acked", "resolved", "unresolved")
_REFUSALS = {"already-acked", "already-resolved", "not-open"}


class NotAllowedError(AdminError):
    """The staff member may not act on this escalation (not their program, not paged for it)."""


def escalation_view(session: Session, escalation: Escalation, now: datetime) -> dict:
    """An escalation as the API shows it; `who` names the person as pages do."""
    e = escalation
    return {
        "id": e.id,
        "code": e.code,
        "status": e.status,
        "level": e.level,
        "round": e.round,
        "participant_id": e.participant_id,
        "program_id": e.program_id,
        "who": who(session, e),
        "opened_at": e.opened_at,
        "acked_at": e.acked_at,
        "acked_by_id": e.acked_by_id,
        "resolved_at": e.resolved_at,
        "resolved_by_id": e.resolved_by_id,
        "resolution_note": e.resolution_note,
        "exhausted_at": e.exhausted_at,
        "reply_problem": e.reply_problem,
        "overdose": e.overdose,
        "rules": list(e.rules or ()),
        "age_seconds": max(0, int((now - e.opened_at).total_seconds())),
    }


def list_escalations(
    session: Session,
    now: datetime,
    status: str | None = None,
    program_id: int | None = None,
    limit: int = 100,
) -> list[dict]:
    """Escalations, unresolved ones first, newest first within each."""
    query = select(Escalation)
    if status is not None:
        if status not in STATUS_FILTERS:
            raise InvalidFieldError("status", f"must be one of {', '.join(STATUS_FILTERS)}")
        wanted = UNRESOLVED if status == "unresolved" else (status,)
        query = query.where(Escalation.status.in_(wanted))
    if program_id is not None:
        query = query.where(Escalation.program_id == program_id)
    resolved_last = case((Escalation.status == RESOLVED, 1), else_=0)
    query = query.order_by(resolved_last, Escalation.opened_at.desc(), Escalation.id.desc())
    limit = max(1, min(limit, ESCALATIONS_MAX))
    return [escalation_view(session, e, now) for e in session.scalars(query.limit(limit))]


def get_escalation(session: Session, escalation_id: int) -> Escalation:
    """The escalation, or NotFoundError."""
    escalation = session.get(Escalation, escalation_id)
    if escalation is None:
        raise NotFoundError(f"no escalation #{escalation_id}")
    return escalation


def escalation_detail(session: Session, escalation_id: int, now: datetime) -> dict:
    """The escalation and its timeline, in order; inbound events carry the text received."""
    escalation = get_escalation(session, escalation_id)
    events = list(
        session.scalars(
            select(EscalationEvent)
            .where(EscalationEvent.escalation_id == escalation.id)
            .order_by(EscalationEvent.at, EscalationEvent.id)
        )
    )
    names = _names(session, {e.staff_id for e in events if e.staff_id is not None})
    texts = _inbound_texts(session, {e.inbound_id for e in events if e.inbound_id is not None})
    timeline = [
        {
            "at": e.at,
            "kind": e.kind,
            "staff_id": e.staff_id,
            "staff_name": names.get(e.staff_id),
            "inbound_id": e.inbound_id,
            "outbound_id": e.outbound_id,
            "text": texts.get(e.inbound_id),
            "details": dict(e.details or {}),
        }
        for e in events
    ]
    return escalation_view(session, escalation, now) | {"timeline": timeline}


def act_on_escalation(
    session: Session,
    escalation_id: int,
    staff_id: int,
    verb: str,
    note: str,
    now: datetime,
    config: dict,
    via: str = "api",
) -> dict:
    """ACK, PASS or RESOLVE as `staff_id`, as the SMS commands do; return the escalation.

    The row is locked first, so an ACK by SMS and one by API cannot both win.
    `via` ("api", "console") is what the timeline says the action came through.
    """
    escalation = lock_escalation(session, escalation_id)
    if escalation is None:
        raise NotFoundError(f"no escalation #{escalation_id}")
    usable = isinstance(staff_id, int) and not isinstance(staff_id, bool)
    staff = session.get(StaffMember, staff_id) if usable else None
    if staff is None or not staff.active:
        raise InvalidFieldError("staff_id", f"no active staff member #{staff_id}")
    note = (note or "").strip()
    if verb == RESOLVE and not note:
        raise InvalidFieldError("note", "is required: say what was done")
    if len(note) > NOTE_MAX:
        raise InvalidFieldError("note", f"must be at most {NOTE_MAX} characters")
    if not may_act(session, staff, escalation):
        raise NotAllowedError(
            f"{staff.name} (staff #{staff.id}) belongs to another program and was not paged "
            f"for escalation #{escalation.id}"
        )
    outcome = act(session, escalation, staff, verb, note, now, config, via)
    if outcome in _REFUSALS:
        raise ConflictError(_refusal(session, escalation, verb))
    session.flush()
    return escalation_detail(session, escalation.id, now)


def _refusal(session: Session, escalation: Escalation, verb: str) -> str:
    """Why the escalation is past what `verb` can do, naming who already has it."""
    if escalation.status == RESOLVED:
        by = _names(session, {escalation.resolved_by_id}).get(escalation.resolved_by_id)
        return f"escalation #{escalation.id} is already resolved" + (f" by {by}" if by else "")
    by = _names(session, {escalation.acked_by_id}).get(escalation.acked_by_id)
    taken = f"escalation #{escalation.id} is already acknowledged" + (f" by {by}" if by else "")
    if verb == PASS:
        return taken + "; only an unacknowledged one can be passed on"
    return taken


def disclosures(session: Session, participant_id: int) -> list[dict]:
    """Who received the participant's information, when, what and why; newest first."""
    if session.get(Participant, participant_id) is None:
        raise NotFoundError(f"no participant #{participant_id}")
    query = (
        select(Disclosure)
        .where(Disclosure.participant_id == participant_id)
        .order_by(Disclosure.at.desc(), Disclosure.id.desc())
    )
    return [
        {
            "id": d.id,
            "at": d.at,
            "participant_id": d.participant_id,
            "recipient_staff_id": d.recipient_staff_id,
            "recipient": d.recipient,
            "channel": d.channel,
            "purpose": d.purpose,
            "fields": list(d.fields or ()),
            "outbound_id": d.outbound_id,
            "escalation_id": d.escalation_id,
        }
        for d in session.scalars(query)
    ]


def _names(session: Session, staff_ids: set) -> dict[int, str]:
    ids = {i for i in staff_ids if i is not None}
    if not ids:
        return {}
    query = select(StaffMember.id, StaffMember.name).where(StaffMember.id.in_(ids))
    return {row_id: value for row_id, value in session.execute(query)}


def _inbound_texts(session: Session, inbound_ids: set) -> dict[int, str]:
    if not inbound_ids:
        return {}
    query = select(InboundMessage.id, InboundMessage.body).where(InboundMessage.id.in_(inbound_ids))
    return {row_id: value for row_id, value in session.execute(query)}
