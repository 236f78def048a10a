"""Writing texts to the outbox, in the same transaction as the change that caused them.

After the transaction commits, a hook installed by the app enqueues a send
job for each new row (see workers/queues.py). If that enqueue is lost, the
dispatcher finds the row still pending after its deadline and enqueues it
again, so a committed text is never lost.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import insert
from sqlalchemy.orm import Session

from models import Contact, OutboundMessage
from models.batch import WriteBatch, current_batch
from models.message import (
    PENDING,
    QUEUE_CRISIS,
    QUEUE_REPLIES,
    QUEUED,
    SUPPRESSED,
)
from sms.lockscreen import lock_screen_violations

# How long a pending row may wait for its job before the dispatcher enqueues it again.
PENDING_DEADLINE = {QUEUE_CRISIS: timedelta(seconds=10)}
DEFAULT_PENDING_DEADLINE = timedelta(seconds=60)
ENQUEUE_KEY = "tether_outbox_enqueue"
MAX_BODY = 1600  # Twilio's limit for one message


def pending_deadline(queue: str) -> timedelta:
    """How long a pending row on `queue` may wait before it is enqueued again."""
    return PENDING_DEADLINE.get(queue, DEFAULT_PENDING_DEADLINE)


def queue_outbound(
    session: Session,
    contact: Contact,
    body: str,
    *,
    kind: str,
    now: datetime,
    queue: str = QUEUE_REPLIES,
    in_reply_to_id: int | None = None,
    allow_opted_out: bool = False,
    in_request: bool = False,
) -> OutboundMessage | None:
    """Add a text for a worker to send through the API.

    A non-crisis text to an opted-out number is recorded as suppressed and
    never sent (`allow_opted_out` is for compliance replies such as HELP).
    With `in_request` the caller sends the row itself right after commit (a
    crisis reply or first page must not wait on Redis or a worker); no job is
    enqueued, and the dispatcher picks the row up after its pending deadline
    only if that send never happened.

    Inside a write batch (models/batch.py) the row is written by the batch,
    with the others, and None is returned: no caller that fires in a batch
    needs the row itself.
    """
    blocked = contact.opted_out and queue != QUEUE_CRISIS and not allow_opted_out
    values = _row_values(contact, body, kind, now, queue, in_reply_to_id)
    values["status"] = SUPPRESSED if blocked else PENDING
    values["next_attempt_at"] = None if blocked else now + pending_deadline(queue)
    wants_job = not blocked and not in_request
    batch = current_batch(session)
    if batch is not None:
        batch.texts.append((values, queue if wants_job else None))
        return None
    message = OutboundMessage(**values)
    session.add(message)
    session.flush()
    if wants_job:
        mark_for_enqueue(session, message.id, queue)
    return message


def write_batch_texts(session: Session, batch: WriteBatch) -> None:
    """Insert the texts a write batch queued, in one statement, and ask for their send jobs."""
    if not batch.texts:
        return
    # The table, not the entity: the ORM's bulk path would cost more per row than the row.
    table = OutboundMessage.__table__
    stmt = insert(table).returning(table.c.id, sort_by_parameter_order=True)
    ids = session.scalars(stmt, [values for values, _queue in batch.texts]).all()
    for message_id, (_values, queue) in zip(ids, batch.texts, strict=True):
        if queue is not None:
            mark_for_enqueue(session, message_id, queue)
    batch.texts.clear()


def record_twiml_reply(
    session: Session,
    contact: Contact,
    body: str,
    *,
    kind: str,
    now: datetime,
    in_reply_to_id: int,
) -> OutboundMessage:
    """Add a text that goes back as the webhook's own TwiML reply.

    Used for the confirmation of a STOP (and HELP from an opted-out number):
    Twilio refuses REST sends to an opted-out number, but the carrier rules
    require these replies.
    """
    message = _new_row(session, contact, body, kind, now, QUEUE_REPLIES, in_reply_to_id)
    message.channel = "twiml"
    message.status = QUEUED
    message.sent_at = now
    session.flush()
    return message


def mark_for_enqueue(session: Session, message_id: int, queue: str) -> None:
    """Ask for a send job for this row once the session's transaction commits."""
    session.info.setdefault(ENQUEUE_KEY, []).append((message_id, queue))


class UnsafeTextError(ValueError):
    """The text would reveal treatment on a lock screen, or cannot be sent as one message."""


def _new_row(session, contact, body, kind, now, queue, in_reply_to_id) -> OutboundMessage:
    message = OutboundMessage(**_row_values(contact, body, kind, now, queue, in_reply_to_id))
    session.add(message)
    return message


def _row_values(contact, body, kind, now, queue, in_reply_to_id) -> dict:
    """A new outbox row's columns, once the text is known to be safe to send."""
    if len(body) > MAX_BODY:
        raise UnsafeTextError(f"message body is {len(body)} characters; the limit is {MAX_BODY}")
    revealing = lock_screen_violations(body)
    if revealing:
        raise UnsafeTextError(f"text would show {', '.join(revealing)!s} on a lock screen")
    return {
        "contact_id": contact.id,
        "to_phone": contact.phone,
        "body": body,
        "kind": kind,
        "queue": queue,
        "channel": "api",
        "attempts": 0,
        "created_at": now,
        "in_reply_to_id": in_reply_to_id,
    }
