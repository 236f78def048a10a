"""Counselor commands by SMS: ACK <code>, RESOLVE <code> <note>, PASS <code>, LIST.

Accepted only from active staff phones. A bare "ACK" takes the one open
alert the sender was paged for (a counselor woken at 3 am should not have to
type the code). A staff member may act on an alert of their own program, of
any program when they belong to none, or one they were paged for.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from flows import escalation as esc
from flows.crisis import lock_escalation
from models import Contact, Escalation, EscalationEvent, StaffMember
from models.escalation import OPEN, UNRESOLVED
from models.message import QUEUE_CRISIS
from sms.outbox import queue_outbound
from sms.texts import render

ACK, RESOLVE, PASS, LIST = "ack", "resolve", "pass", "list"
_VERBS = {
    "ack": ACK, "acknowledge": ACK, "ok": ACK, "resolve": RESOLVE, "resolved": RESOLVE,
    "res": RESOLVE, "close": RESOLVE, "pass": PASS, "escalate": PASS, "list": LIST,
}  # fmt: skip
_COMMAND = re.compile(r"^\s*([a-z]+)\b[\s:#-]*(\d{4,8})?\b\s*[:,.-]?\s*(.*)$", re.I | re.S)
LIST_LIMIT = 5


@dataclass(frozen=True)
class StaffCommand:
    """A parsed command: the verb, the alert code (if given) and the note."""

    verb: str
    code: str | None
    note: str


def parse_staff_command(text: str) -> StaffCommand | None:
    """The command in `text`, or None when it is not one."""
    match = _COMMAND.match(text or "")
    if not match:
        return None
    verb = _VERBS.get(match.group(1).lower())
    if verb is None or (verb == ACK and match.group(1).lower() == "ok" and not match.group(2)):
        return None  # a bare "ok" is conversation, not an acknowledgement
    if verb == LIST and (match.group(2) or match.group(3).strip()):
        return None
    return StaffCommand(verb, match.group(2), " ".join(match.group(3).split()))


def active_staff_for_phone(session: Session, phone: str) -> StaffMember | None:
    """The active staff member with this phone, or None."""
    query = select(StaffMember).where(StaffMember.phone == phone, StaffMember.active.is_(True))
    return session.scalars(query).first()


def run_staff_command(handling, staff: StaffMember, command: StaffCommand) -> str:
    """Carry out one command and answer the staff member."""
    session, now, config = handling.session, handling.now, handling.config
    if command.verb == LIST:
        items = _list_items(session, staff)
        _answer(handling, "command_list" if items else "command_list_empty", items=items)
        return "staff:list"
    escalation = _find(session, staff, command.code)
    if escalation is None:
        if command.code:
            _answer(handling, "command_unknown_code", code=command.code)
        else:
            _answer(handling, "command_help")
        return "staff:unknown-code"
    if not may_act(session, staff, escalation):
        _answer(handling, "command_not_allowed", code=escalation.code)
        return "staff:not-allowed"
    escalation = lock_escalation(session, escalation.id)
    outcome = act(session, escalation, staff, command.verb, command.note, now, config, "sms")
    if outcome == "note-needed":
        _answer(handling, "command_help")
        return "staff:resolve-needs-note"
    template = {ACK: "ack_done", RESOLVE: "resolve_done", PASS: "pass_done"}[command.verb]
    values = {"who": esc.who(session, escalation), "callback": _callback(session, escalation)}
    _answer(handling, template, code=escalation.code, **values)
    return f"staff:{command.verb}"


def act(
    session: Session,
    escalation: Escalation,
    staff: StaffMember,
    verb: str,
    note: str,
    now: datetime,
    config: dict,
    via: str,
) -> str:
    """ACK, RESOLVE or PASS an escalation (SMS and API share this); return what happened."""
    if verb == ACK:
        if escalation.status != OPEN:
            return "already-acked"
        esc.acknowledge(session, escalation, staff, now, config, via)
        return "acked"
    if verb == RESOLVE:
        if not note:
            return "note-needed"
        if escalation.status not in UNRESOLVED:
            return "already-resolved"
        esc.resolve(session, escalation, staff, note, now, via)
        return "resolved"
    if escalation.status != OPEN:
        return "not-open"
    esc.pass_on(session, escalation, staff, now, config, via)
    return "passed"


def may_act(session: Session, staff: StaffMember, escalation: Escalation) -> bool:
    """Own program, no program (organization-wide staff), or paged for this alert."""
    if staff.program_id is None or staff.program_id == escalation.program_id:
        return True
    return escalation.id in _paged_for(session, staff)


def _find(session: Session, staff: StaffMember, code: str | None) -> Escalation | None:
    unresolved = select(Escalation).where(Escalation.status.in_(UNRESOLVED))
    if code:
        return session.scalars(unresolved.where(Escalation.code == code)).first()
    mine = _paged_for(session, staff)
    open_ones = session.scalars(unresolved.where(Escalation.status == OPEN))
    candidates = [e for e in open_ones if e.id in mine]
    return candidates[0] if len(candidates) == 1 else None


def _paged_for(session: Session, staff: StaffMember) -> set[int]:
    query = select(EscalationEvent.escalation_id).where(
        EscalationEvent.staff_id == staff.id, EscalationEvent.kind == "paged"
    )
    return set(session.scalars(query))


def _list_items(session: Session, staff: StaffMember) -> str:
    query = select(Escalation).where(Escalation.status.in_(UNRESOLVED)).order_by(Escalation.id)
    visible = [e for e in session.scalars(query) if may_act(session, staff, e)]
    items = [f"{e.code} {esc.who(session, e)} ({e.status})" for e in visible[:LIST_LIMIT]]
    if len(visible) > LIST_LIMIT:
        items.append(f"and {len(visible) - LIST_LIMIT} more in the console")
    return "; ".join(items)


def _callback(session: Session, escalation: Escalation) -> str:
    return session.get(Contact, escalation.contact_id).phone


def _answer(handling, template: str, **values) -> None:
    body = render(template, "en", name=handling.config["PROGRAM_DISPLAY_NAME"], **values)
    queue_outbound(
        handling.session,
        handling.contact,
        body,
        kind=template,
        now=handling.now,
        queue=QUEUE_CRISIS,
        in_reply_to_id=handling.inbound.id,
    )
