"""Broadcasts: one text to everyone a program is currently texting ("No group today")."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from flows.admin import InvalidFieldError
from flows.admin import checks as check
from flows.admin.programs import get_program
from flows.escalation import unresolved_for_contact
from flows.planning import earliest_in_window
from flows.schedule_store import is_paused, participant_policy
from models import Broadcast, Contact, Participant, Program
from models.message import QUEUE_SCHEDULED
from models.participant import ACTIVE
from models.timer import schedule_timer
from sms.outbox import MAX_BODY, queue_outbound

HELD_KIND = "broadcast.held"


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
    a conversation does, so the reader knows who it is from. Like every
    participant text it respects each participant's sending window: outside
    it, the text waits (as a timer) until the window next opens. Participants
    in an open crisis are left out.
    """
    program = get_program(session, program_id)
    text = _text(program, body)
    row = Broadcast(program_id=program.id, body=text, recipients=0, created_at=now)
    session.add(row)
    session.flush()
    for participant, contact in _audience(session, program.id, now):
        opens = _window_opens(program, participant, now)
        if opens is None:
            queue_outbound(session, contact, text, kind="broadcast", now=now, queue=QUEUE_SCHEDULED)
        else:
            schedule_timer(
                session,
                due_at=opens,
                kind=HELD_KIND,
                target=f"participant:{participant.id}",
                series=f"broadcast:{row.id}",
                now=now,
                payload={"body": text, "broadcast_id": row.id},
            )
        row.recipients += 1
    return row


def preview_broadcast(session: Session, program_id: int, body: str, now: datetime) -> dict:
    """What send_broadcast would send now and to how many participants; sends nothing.

    The same checks as sending (InvalidFieldError "body"), so a form can show
    the final text and its audience before anyone confirms.
    """
    program = get_program(session, program_id)
    text = _text(program, body)
    return {"body": text, "recipients": audience_size(session, program.id, now)}


def audience_size(session: Session, program_id: int, now: datetime) -> int:
    """How many participants a broadcast to the program would reach now."""
    return sum(1 for _ in _audience(session, program_id, now))


def deliver_held(session: Session, participant_id: int, body: str, now: datetime) -> bool:
    """Send a broadcast held for the window, if the participant is still in its audience."""
    participant = session.get(Participant, participant_id)
    if participant is None or participant.program_id is None:
        return False
    for candidate, contact in _audience(session, participant.program_id, now):
        if candidate.id == participant_id:
            queue_outbound(session, contact, body, kind="broadcast", now=now, queue=QUEUE_SCHEDULED)
            return True
    return False


def _window_opens(program: Program, participant: Participant, now: datetime) -> datetime | None:
    """None inside the participant's window, else when it opens (UTC)."""
    zone = ZoneInfo(participant.timezone)
    local = now.astimezone(zone).replace(tzinfo=None)
    opens = earliest_in_window(local, participant_policy(program, participant))
    return None if opens == local else opens.replace(tzinfo=zone).astimezone(UTC)


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
        if unresolved_for_contact(session, contact.id) is not None:
            continue  # in crisis: nothing but the people helping them
        yield participant, contact


def _discharged(participant: Participant, now: datetime) -> bool:
    # Discharged participants are in aftercare: group news is no longer theirs.
    if participant.discharged_on is None:
        return False
    return participant.discharged_on <= now.astimezone(ZoneInfo(participant.timezone)).date()
