"""Enrolling a participant: the rows, and the invitation that starts the consent flow."""

from __future__ import annotations

import secrets
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from flows.runner import begin_turn, start_flow
from models import Participant
from sms.contacts import get_or_create_contact


class EnrollmentError(ValueError):
    """The participant cannot be enrolled as asked (the message says why)."""


def enroll(
    session: Session,
    *,
    phone: str,
    name: str,
    language: str,
    timezone: str,
    now: datetime,
    config: dict,
    counselor_id: int | None = None,
    program_id: int | None = None,
    preferred_name: str | None = None,
) -> Participant:
    """Create the participant (invited) and send the invitation; nothing else before YES.

    The program and preferred name are set before the invitation is written: it
    starts with the program's name in texts and greets them as they asked.
    """
    contact = get_or_create_contact(session, phone, now)
    taken = session.scalar(select(Participant.id).where(Participant.contact_id == contact.id))
    if taken is not None:
        raise EnrollmentError(f"this number is already participant #{taken}")
    contact.language = language
    participant = Participant(
        calendar_token=secrets.token_urlsafe(24),
        contact_id=contact.id,
        name=name.strip(),
        preferred_name=(preferred_name or "").strip() or None,
        program_id=program_id,
        language=language,
        timezone=timezone,
        counselor_id=counselor_id,
        created_at=now,
        invited_at=now,
        plan_steps=[],
    )
    session.add(participant)
    session.flush()
    start_flow(begin_turn(session, participant, now, config), "enrollment")
    return participant
