"""Telling staff about a participant: a record for the console and a lock-screen-safe text.

The text goes to the participant's counselor of record, or to every active
staff phone when none is assigned. It never quotes the participant: what they
wrote may be anything, and staff phones have lock screens too.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Participant, StaffMember, StaffNotification
from sms.contacts import get_or_create_contact
from sms.outbox import queue_outbound
from sms.texts import STAFF_NOTICES, render


def is_staff_phone(session: Session, phone: str) -> bool:
    """True when `phone` belongs to an active staff member."""
    query = select(StaffMember.id).where(StaffMember.phone == phone, StaffMember.active.is_(True))
    return session.scalar(query) is not None


def staff_recipients(session: Session, participant: Participant) -> list[StaffMember]:
    """The counselor of record if active, else every active staff member."""
    if participant.counselor_id is not None:
        counselor = session.get(StaffMember, participant.counselor_id)
        if counselor is not None and counselor.active:
            return [counselor]
    return list(session.scalars(select(StaffMember).where(StaffMember.active.is_(True))))


def notify_staff(
    session: Session,
    participant: Participant,
    kind: str,
    details: dict,
    *,
    urgent: bool,
    now: datetime,
    config: dict,
) -> StaffNotification:
    """Record the notice and text it to the recipients."""
    notice = StaffNotification(
        participant_id=participant.id, kind=kind, urgent=urgent, details=details, created_at=now
    )
    session.add(notice)
    what = STAFF_NOTICES[kind].format(
        session_when=details.get("session_when") or "",
        missed=details.get("missed") or "",
    )
    body = render(
        "staff_notice",
        "en",
        name=config["PROGRAM_DISPLAY_NAME"],
        participant=participant.label,
        what=what,
    )
    for staff in staff_recipients(session, participant):
        contact = get_or_create_contact(session, staff.phone, now)
        queue_outbound(
            session,
            contact,
            body,
            kind=f"staff:{kind}",
            now=now,
            queue="crisis" if urgent else "replies",
        )
    return notice
