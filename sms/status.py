"""Applying Twilio's status callbacks to outbox rows.

Callbacks arrive out of order and may beat the worker that stores the SID,
so the row is found by the outbox id in the callback URL first, and a status
only ever moves forward.
"""

from __future__ import annotations

import logging
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Contact, OutboundMessage
from models.message import (
    DELIVERED,
    FAILED,
    QUEUED,
    SENT,
    STATUS_RANK,
    UNDELIVERED,
)
from models.timer import schedule_timer
from sms.client import ERROR_UNSUBSCRIBED
from sms.contacts import mark_opted_out

log = logging.getLogger(__name__)

# Timer kind fired when a crisis-queue text (a crisis reply, a page) fails, so the
# escalation can ask a counselor to call instead (flows/timers.py handles it).
CRISIS_FAILURE_KIND = "escalation.delivery_failed"

# Twilio's message statuses -> ours.
TWILIO_STATUS = {
    "accepted": QUEUED,
    "scheduled": QUEUED,
    "queued": QUEUED,
    "sending": QUEUED,
    "sent": SENT,
    "delivered": DELIVERED,
    "read": DELIVERED,
    "undelivered": UNDELIVERED,
    "failed": FAILED,
    "canceled": FAILED,
}


def apply_status_callback(
    session: Session,
    *,
    outbox_id: str | None,
    sid: str,
    twilio_status: str,
    error_code: str | None,
    now: datetime,
) -> OutboundMessage | None:
    """Record a status callback; return the row, or None when no row matches."""
    message = _find(session, outbox_id, sid)
    status = TWILIO_STATUS.get((twilio_status or "").lower())
    if message is None or status is None:
        return None
    message.twilio_sid = message.twilio_sid or sid
    advanced = STATUS_RANK[status] > STATUS_RANK[message.status]
    if advanced:
        message.status, message.status_updated_at = status, now
        message.next_attempt_at = None
    code = _int_or_none(error_code)
    if code and status in (UNDELIVERED, FAILED):
        message.error_code = code
        if code == ERROR_UNSUBSCRIBED:
            mark_opted_out(session.get(Contact, message.contact_id), now, "twilio:21610")
    if advanced and status in (UNDELIVERED, FAILED):
        note_crisis_failure(session, message, now)
    return message


def note_crisis_failure(session: Session, message: OutboundMessage, now: datetime) -> None:
    """A crisis-queue text did not arrive: schedule its escalation's follow-up, once."""
    if not message.is_crisis:
        return
    schedule_timer(
        session,
        due_at=now,
        kind=CRISIS_FAILURE_KIND,
        target=f"message:{message.id}",
        series=f"delivery-failed:{message.id}",
        now=now,
    )


def _find(session: Session, outbox_id: str | None, sid: str) -> OutboundMessage | None:
    # Locked (PostgreSQL; SQLite serialises writers anyway): the status is decided from what
    # is read, so a callback, a receipt or another callback for the same text must not slip
    # in between and have its newer status overwritten ("delivered" lost to a late "sent").
    message = None
    if outbox_id and outbox_id.isdigit():
        message = session.get(
            OutboundMessage, int(outbox_id), with_for_update=True, populate_existing=True
        )
        if message is not None and message.twilio_sid not in (None, sid):
            log.warning("status callback for outbox %s names another SID; ignored", outbox_id)
            return None
    if message is None and sid:
        query = select(OutboundMessage).where(OutboundMessage.twilio_sid == sid)
        message = session.scalar(query.with_for_update().execution_options(populate_existing=True))
    return message


def _int_or_none(value: str | None) -> int | None:
    try:
        return int(value) if value not in (None, "") else None
    except ValueError:
        return None
