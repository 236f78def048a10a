"""Sending one outbox row through Twilio exactly once, and settling doubtful ones.

The row is claimed (pending -> sending) in its own committed transaction
before the API call, so a job that runs twice sends once. What happens next
depends on Twilio's answer (see sms/client.py): the SID is stored, the row is
put back with a backoff, failed, or - when the answer was lost - left in
`sending` for the reconciler to look up at Twilio before anything is re-sent.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import update

from models import Contact, OutboundMessage
from models.message import FAILED, PENDING, QUEUED, SENDING, SUPPRESSED, UNKNOWN
from sms.client import (
    ERROR_UNSUBSCRIBED,
    AmbiguousSendError,
    PermanentSendError,
    SendReceipt,
    TransientSendError,
    TwilioLookupError,
)
from sms.contacts import mark_opted_out
from sms.outbox import mark_for_enqueue, pending_deadline
from sms.phone import mask_phone

log = logging.getLogger(__name__)

BACKOFF_BASE = timedelta(seconds=5)
BACKOFF_CAP = timedelta(minutes=15)
# Compliance replies a number that opted out must still receive.
ALWAYS_SENT = frozenset({"help", "opt_out_confirmation"})


@dataclass(frozen=True)
class SenderSettings:
    """What the sender needs from configuration."""

    public_base_url: str
    settle: timedelta  # how long a `sending` row rests before it is looked up
    max_attempts: int

    @classmethod
    def from_config(cls, config: dict) -> SenderSettings:
        """Build the settings from Tether's config dict."""
        return cls(
            public_base_url=config["PUBLIC_BASE_URL"],
            settle=timedelta(seconds=config["OUTBOX_SENDING_SETTLE"]),
            max_attempts=int(config["OUTBOX_MAX_ATTEMPTS"]),
        )

    def status_callback(self, message_id: int) -> str:
        """The URL Twilio reports this message's status to."""
        return f"{self.public_base_url}/sms/status?m={message_id}"


def backoff(attempts: int) -> timedelta:
    """Exponential delay before attempt `attempts + 1`: 5 s, 10 s, 20 s ... at most 15 min."""
    return min(BACKOFF_BASE * (2 ** max(attempts - 1, 0)), BACKOFF_CAP)


def send_outbound(db, gateway, clock, settings: SenderSettings, message_id: int) -> str:
    """Send outbox row `message_id` if it is still pending; return what happened."""
    with db.transaction() as session:
        if not _claim(session, message_id, clock.now(), settings):
            return "not-claimed"
        message = session.get(OutboundMessage, message_id)
        contact = session.get(Contact, message.contact_id)
        if contact.opted_out and not message.is_crisis and message.kind not in ALWAYS_SENT:
            message.status = SUPPRESSED
            return "suppressed"
        to, body = message.to_phone, message.body
    try:
        receipt = gateway.send(to, body, settings.status_callback(message_id))
    except TransientSendError as exc:
        return _retry_later(db, clock, settings, message_id, exc)
    except AmbiguousSendError as exc:
        return _leave_for_reconciler(db, clock, settings, message_id, exc)
    except PermanentSendError as exc:
        return _fail(db, clock, message_id, exc)
    _record_receipt(db, clock, message_id, receipt)
    return "sent"


def reconcile_sending(db, gateway, clock, message_id: int) -> str:
    """Settle a row stuck in `sending`: look it up at Twilio before any re-send."""
    with db.transaction() as session:
        message = session.get(OutboundMessage, message_id)
        if message is None or message.status != SENDING:
            return "settled-already"
        to, body, since = message.to_phone, message.body, message.claimed_at
        crisis, queue = message.is_crisis, message.queue
    try:
        found = gateway.find_sent(to, body, since)
    except TwilioLookupError as exc:
        if crisis:  # better a duplicate than a crisis message never sent
            return _resend(db, clock, message_id, queue, f"lookup failed, re-sent: {exc}")
        return _mark_unknown(db, clock, message_id, str(exc))
    if found is not None:
        _record_receipt(db, clock, message_id, found)
        return "found"
    return _resend(db, clock, message_id, queue, "not found at Twilio, re-sent")


def _claim(session, message_id: int, now: datetime, settings: SenderSettings) -> bool:
    claimed = session.execute(
        update(OutboundMessage)
        .where(OutboundMessage.id == message_id, OutboundMessage.status == PENDING)
        .values(
            status=SENDING,
            claimed_at=now,
            attempts=OutboundMessage.attempts + 1,
            next_attempt_at=now + settings.settle,
        )
        .execution_options(synchronize_session=False)
    )
    return claimed.rowcount == 1


def _record_receipt(db, clock, message_id: int, receipt: SendReceipt) -> None:
    now = clock.now()
    with db.transaction() as session:
        message = session.get(OutboundMessage, message_id)
        message.twilio_sid = message.twilio_sid or receipt.sid
        message.sent_at = message.sent_at or now
        message.next_attempt_at = None
        # A status callback may already have moved the row past `queued`.
        if message.status in (SENDING, UNKNOWN):
            message.status = QUEUED
            message.status_updated_at = now


def _retry_later(db, clock, settings, message_id: int, exc: TransientSendError) -> str:
    now = clock.now()
    with db.transaction() as session:
        message = session.get(OutboundMessage, message_id)
        message.error_code, message.error_message = exc.code, str(exc)
        if message.attempts >= settings.max_attempts and not message.is_crisis:
            message.status = FAILED
            log.warning("message %s failed after %s attempts", message_id, message.attempts)
            return "failed"
        message.status = PENDING
        message.next_attempt_at = now + backoff(message.attempts)
    log.info("message %s: %s; retrying later", message_id, exc)
    return "retry"


def _leave_for_reconciler(db, clock, settings, message_id: int, exc: AmbiguousSendError) -> str:
    with db.transaction() as session:
        message = session.get(OutboundMessage, message_id)
        message.error_message = str(exc)
        if message.status == SENDING:  # a status callback may have settled it meanwhile
            message.next_attempt_at = clock.now() + settings.settle
    log.warning("message %s: %s; the reconciler will look it up", message_id, exc)
    return "ambiguous"


def _fail(db, clock, message_id: int, exc: PermanentSendError) -> str:
    now = clock.now()
    with db.transaction() as session:
        message = session.get(OutboundMessage, message_id)
        message.status, message.status_updated_at = FAILED, now
        message.error_code, message.error_message = exc.code, str(exc)
        message.next_attempt_at = None
        if exc.code == ERROR_UNSUBSCRIBED:
            mark_opted_out(session.get(Contact, message.contact_id), now, "twilio:21610")
        log.warning("message %s to %s failed: %s", message_id, mask_phone(message.to_phone), exc)
    return "failed"


def _resend(db, clock, message_id: int, queue: str, reason: str) -> str:
    with db.transaction() as session:
        reset = session.execute(
            update(OutboundMessage)
            .where(OutboundMessage.id == message_id, OutboundMessage.status == SENDING)
            .values(
                status=PENDING,
                error_message=reason,
                next_attempt_at=clock.now() + pending_deadline(queue),
            )
            .execution_options(synchronize_session=False)
        )
        if reset.rowcount == 1:
            mark_for_enqueue(session, message_id, queue)
    log.warning("message %s: %s", message_id, reason)
    return "resent"


def _mark_unknown(db, clock, message_id: int, reason: str) -> str:
    with db.transaction() as session:
        session.execute(
            update(OutboundMessage)
            .where(OutboundMessage.id == message_id, OutboundMessage.status == SENDING)
            .values(
                status=UNKNOWN,
                error_message=reason,
                status_updated_at=clock.now(),
                next_attempt_at=None,
            )
            .execution_options(synchronize_session=False)
        )
    log.warning("message %s: outcome unknown (%s); staff must check", message_id, reason)
    return "unknown"
