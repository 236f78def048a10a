"""Broadcasts: one text to everyone a program is currently texting ("No group today")."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from flows.admin import InvalidFieldError
from flows.admin import checks as check
from flows.admin.programs import get_program
from flows.schedule_store import is_paused
from models import Broadcast, Contact, Participant, Program
from models.message import QUEUE_SCHEDULED
from models.participant import ACTIVE
from sms.outbox import MAX_BODY, queue_outbound


def broadcast_view(row: Broadcast) -> dict:
    """The broadcast as the API shows it."""
    return {
        "id": row.id,
        "program_id": row.program_id,
        "body": row.body,
        "recipients": row.recipients,
        "created_at": row.created_at,
    }


def send_broadcast(session: Session, program_id: int, body: str, now: datetime) -> Broadcast:
    """Queue `body` for every active, subscribed, unpaused, undischarged participant.

    The text starts with the program's neutral name, as every text that opens
    a conversation does, so the reader knows who it is from.
    """
    program = get_program(session, program_id)
    text = _text(program, body)
    recipients = 0
    for contact in _audience(session, program.id, now):
        queue_outbound(session, contact, text, kind="broadcast", now=now, queue=QUEUE_SCHEDULED)
        recipients += 1
    row = Broadcast(program_id=program.id, body=text, recipients=recipients, created_at=now)
    session.add(row)
    session.flush()
    return row


def _text(program: Program, body) -> str:
    if not isinstance(body, str) or not body.strip() or "\x00" in body:
        raise InvalidFieldError("body", "is required (text, without NUL characters)")
    body = body.strip()
    sender = f"{program.display_name}:"
    text = body if body.startswith(sender) else f"{sender} {body}"
    if len(text) > MAX_BODY:
        raise InvalidFieldError(
            "body", f"is {len(text)} characters with the sender; the limit is {MAX_BODY}"
        )
    check.lock_screen_safe(text, "body")
    return text


def _audience(session: Session, program_id: int, now: datetime):
    query = (
        select(Participant, Contact)
        .join(Contact, Contact.id == Participant.contact_id)
        .where(Participant.program_id == program_id, Participant.status == ACTIVE)
        .where(Contact.opted_out_at.is_(None))
        .order_by(Participant.id)
    )
    for participant, contact in session.execute(query):
        if is_paused(participant, now) or _discharged(participant, now):
            continue
        yield contact


def _discharged(participant: Participant, now: datetime) -> bool:
    # Discharged participants are in aftercare: group news is no longer theirs.
    if participant.discharged_on is None:
        return False
    return participant.discharged_on <= now.astimezone(ZoneInfo(participant.timezone)).date()
