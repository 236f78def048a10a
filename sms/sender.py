"""Sending outbox rows through Twilio exactly once, and settling doubtful ones.

A row is claimed (pending -> sending) in its own committed transaction
before the API call, so a job that runs twice sends once. What happens next
depends on Twilio's answer (see sms/client.py): the SID is stored, the row is
put back with a backoff, failed, or - when the answer was lost - left in
`sending` for the reconciler to look up at Twilio before anything is re-sent.

`send_outbound` does this for one row (crisis texts and replies: at once,
one job each). `send_batch` does it for many scheduled rows with one claim
transaction and a receipt transaction every few dozen sends, because against
a fast API the two transactions per row, not the API call, were the cost.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import bindparam, case, func, or_, select, update

from models import Contact, OutboundMessage
from models.message import (
    FAILED,
    PENDING,
    QUEUE_CRISIS,
    QUEUE_SCHEDULED,
    QUEUED,
    SENDING,
    SUPPRESSED,
    UNKNOWN,
)
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
from sms.pacing import SendPacer
from sms.phone import mask_phone
from sms.status import note_crisis_failure

log = logging.getLogger(__name__)

BACKOFF_BASE = timedelta(seconds=5)
BACKOFF_CAP = timedelta(minutes=15)
# Compliance replies a number that opted out must still receive.
ALWAYS_SENT = frozenset({"help", "opt_out_confirmation"})

# A batch records Twilio's answers every FLUSH_EVERY sends or FLUSH_INTERVAL,
# whichever comes first: few transactions against a fast API, and against a
# slow one a killed worker leaves only a few sent rows for the reconciler to
# look up. After BATCH_BUDGET a batch stops and gives its unsent rows back:
# that bounds how long a claimed row waits for its API call (the reconciler
# may look it up `settle` after the claim) and keeps a batch well inside rq's
# 60 s job timeout when Twilio is slow (100 texts at 300 ms would take 30 s).
FLUSH_EVERY = 50
FLUSH_INTERVAL = timedelta(seconds=0.2)
BATCH_BUDGET = timedelta(seconds=20)
RELEASED = "released"


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


def must_suppress(opted_out: bool, queue: str, kind: str) -> bool:
    """True when a row to a number that texted STOP is held back (crisis texts and HELP go)."""
    return opted_out and queue != QUEUE_CRISIS and kind not in ALWAYS_SENT


def send_outbound(db, gateway, clock, settings: SenderSettings, message_id: int) -> str:
    """Send outbox row `message_id` if it is still pending; return what happened."""
    with db.transaction() as session:
        if not _claim(session, message_id, clock.now(), settings):
            return "not-claimed"
        message = session.get(OutboundMessage, message_id)
        contact = session.get(Contact, message.contact_id)
        if must_suppress(contact.opted_out, message.queue, message.kind):
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


def send_batch(
    db,
    gateway,
    clock,
    settings: SenderSettings,
    message_ids: list[int],
    *,
    should_yield: Callable[[], bool] | None = None,
    budget: timedelta = BATCH_BUDGET,
    pacer: SendPacer | None = None,
) -> dict[int, str]:
    """Send those of `message_ids` still pending, as one batch; return what happened to each.

    One transaction claims them all (the same conditional pending -> sending
    as send_outbound, suppressing opted-out numbers the same way). Each is then
    sent on its own and Twilio's answers are recorded in a transaction every
    FLUSH_EVERY sends or FLUSH_INTERVAL, and whatever happens before returning.
    Each row ends as send_outbound would leave it ("sent", "retry", "failed",
    "ambiguous", "suppressed", "not-claimed"), or "released": claimed but never
    offered to Twilio, because `budget` ran out or `should_yield()` said more
    urgent work waits. Those are pending again, and the caller sends them on.

    With a `pacer` (sms/pacing.py), each row of the `scheduled` queue waits for
    a send slot first; when the pacer gives up (should_yield, or the budget),
    the batch stops and releases the rest the same way. Other rows never wait.

    A process killed mid-batch leaves at worst rows in `sending` without a SID:
    the reconciler looks each up at Twilio before anything is sent again.
    """
    ids = list(dict.fromkeys(message_ids))
    outcomes = dict.fromkeys(ids, "not-claimed")
    started = clock.now()
    to_send = deque(_claim_batch(db, started, settings, ids, outcomes))
    # The reconciler may look a claimed row up `settle` after the claim: the
    # last row must have been offered to Twilio (and answered) long before.
    budget = min(budget, settings.settle / 4)
    done: list[tuple[int, object]] = []  # (id, receipt or SendError) not yet recorded
    last_record, offered = started, 0
    try:
        while to_send:
            now = clock.now()
            if done and (len(done) >= FLUSH_EVERY or now - last_record >= FLUSH_INTERVAL):
                outcomes.update(_record_batch(db, clock, settings, done))
                done, last_record = [], now
                if should_yield is not None and should_yield():
                    break
            if offered and now - started >= budget:  # at least one each time: progress
                break
            left = budget - (now - started)
            if not _paced(pacer, to_send[0][3], should_yield, left):  # released like the above
                break
            message_id, to, body, _queue = to_send.popleft()
            offered += 1
            # Popped before the call: if it raises anything but a SendError, this row
            # stays in `sending` (the request may have reached Twilio), never released.
            done.append((message_id, _offer(gateway, settings, message_id, to, body)))
    finally:
        never_offered = [(message_id, RELEASED) for message_id, *_row in to_send]
        if done or never_offered:
            outcomes.update(_record_batch(db, clock, settings, done + never_offered))
    return outcomes


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
        .values(**_claim_values(now, settings))
        .execution_options(synchronize_session=False)
    )
    return claimed.rowcount == 1


def _claim_values(now: datetime, settings: SenderSettings) -> dict:
    """What a claim writes (pending -> sending), for one row or a batch alike."""
    return {
        "status": SENDING,
        "claimed_at": now,
        "attempts": OutboundMessage.attempts + 1,
        "next_attempt_at": now + settings.settle,
    }


def _claim_batch(db, now, settings, ids: list[int], outcomes: dict) -> list[tuple]:
    """Claim the still-pending rows among `ids` in one transaction; return (id, to, body, queue).

    Racing claimers (a duplicate job, another worker) each get a row at most
    once: PostgreSQL re-checks `status` after waiting for a row's lock, SQLite
    runs one writer at a time.
    """
    if not ids:
        return []
    table = OutboundMessage.__table__
    with db.transaction() as session:
        claimed = session.execute(
            update(table)
            .where(table.c.id.in_(ids), table.c.status == PENDING)
            .values(**_claim_values(now, settings))
            .returning(table.c.id, table.c.to_phone, table.c.body, table.c.contact_id,
                       table.c.kind, table.c.queue)
        ).all()  # fmt: skip
        if not claimed:
            return []
        opted_out = set(
            session.scalars(
                select(Contact.id).where(
                    Contact.id.in_({row.contact_id for row in claimed}),
                    Contact.opted_out_at.is_not(None),  # Contact.opted_out, in SQL
                )
            )
        )
        suppressed = {
            row.id
            for row in claimed
            if must_suppress(row.contact_id in opted_out, row.queue, row.kind)
        }
        if suppressed:
            session.execute(
                update(table).where(table.c.id.in_(suppressed)).values(status=SUPPRESSED)
            )
            outcomes.update(dict.fromkeys(suppressed, "suppressed"))
        to_send = {
            row.id: (row.id, row.to_phone, row.body, row.queue)
            for row in claimed
            if row.id not in suppressed
        }
    return [to_send[message_id] for message_id in ids if message_id in to_send]


def _paced(pacer, queue: str, should_yield, left: timedelta) -> bool:
    """Wait for the pacer's slot if a row of `queue` must (scheduled ones); False: it gave up."""
    if pacer is None or queue != QUEUE_SCHEDULED:
        return True
    return pacer.wait_for_slot(should_stop=should_yield, timeout=max(left.total_seconds(), 0.0))


def _offer(gateway, settings, message_id: int, to: str, body: str):
    """Twilio's answer to one row's create: a SendReceipt, or the SendError it raised."""
    try:
        return gateway.send(to, body, settings.status_callback(message_id))
    except (TransientSendError, AmbiguousSendError, PermanentSendError) as exc:
        return exc


def _record_batch(db, clock, settings, answers: list[tuple[int, object]]) -> dict[int, str]:
    """Apply Twilio's answers (or RELEASED) to their rows in one transaction; return outcomes."""
    now = clock.now()
    receipts = sorted(
        ((message_id, answer) for message_id, answer in answers if isinstance(answer, SendReceipt)),
        key=lambda pair: pair[0],
    )
    others = [
        (message_id, answer)
        for message_id, answer in answers
        if not isinstance(answer, SendReceipt)
    ]
    with db.transaction() as session:
        outcomes = _record_receipts(session, receipts, now)
        if not others:
            return outcomes
        query = (
            select(OutboundMessage)
            .where(OutboundMessage.id.in_([message_id for message_id, _ in others]))
            .order_by(OutboundMessage.id)  # one lock order for every batch
        )
        if session.get_bind().dialect.name == "postgresql":
            query = query.with_for_update()  # a status callback waits, not interleaves
        messages = {message.id: message for message in session.scalars(query)}
        for message_id, answer in others:
            outcomes[message_id] = _apply_answer(
                session, messages[message_id], answer, now, settings
            )
        return outcomes


def _record_receipts(session, receipts: list[tuple[int, SendReceipt]], now) -> dict[int, str]:
    """Store Twilio's receipts: SID, sent time, and `queued` unless a callback moved the row on.

    One UPDATE run per row (batched by the driver), for one row or a batch alike.

    Most answers in a batch are receipts. Each row's update is a single
    statement that reads and writes the row at once, so a status callback
    landing meanwhile is never overwritten (no row is loaded first), and
    the rows are updated in id order, the lock order of every batch.
    """
    if not receipts:
        return {}
    table = OutboundMessage.__table__
    unsettled = or_(table.c.status == SENDING, table.c.status == UNKNOWN)  # no IN: executemany
    at = bindparam("at", type_=table.c.sent_at.type)
    session.execute(
        update(table)
        .where(table.c.id == bindparam("row_id"))
        .values(
            twilio_sid=func.coalesce(table.c.twilio_sid, bindparam("sid")),
            sent_at=func.coalesce(table.c.sent_at, at),
            next_attempt_at=None,
            status=case((unsettled, QUEUED), else_=table.c.status),
            status_updated_at=case((unsettled, at), else_=table.c.status_updated_at),
        ),
        [{"row_id": message_id, "sid": receipt.sid, "at": now} for message_id, receipt in receipts],
    )
    return {message_id: "sent" for message_id, _receipt in receipts}


def _apply_answer(session, message, answer, now: datetime, settings) -> str:
    # Receipts never come here: _record_receipts writes them.
    if isinstance(answer, TransientSendError):
        return _apply_retry(message, answer, now, settings)
    if isinstance(answer, AmbiguousSendError):
        return _apply_ambiguous(message, answer, now, settings)
    if isinstance(answer, PermanentSendError):
        return _apply_failure(session, message, answer, now)
    return _apply_release(message, now)


def _apply_release(message, now: datetime) -> str:
    # Claimed but never offered to Twilio, so putting it back cannot cause a
    # second send. Its deadline is a pending row's: if the caller cannot pass
    # it on, the dispatcher enqueues it again then.
    if message.status == SENDING:
        message.status = PENDING
        message.attempts -= 1
        message.next_attempt_at = now + pending_deadline(message.queue)
    return RELEASED


def _record_receipt(db, clock, message_id: int, receipt: SendReceipt) -> None:
    now = clock.now()
    with db.transaction() as session:
        _record_receipts(session, [(message_id, receipt)], now)


def _retry_later(db, clock, settings, message_id: int, exc: TransientSendError) -> str:
    now = clock.now()
    with db.transaction() as session:
        return _apply_retry(session.get(OutboundMessage, message_id), exc, now, settings)


def _leave_for_reconciler(db, clock, settings, message_id: int, exc: AmbiguousSendError) -> str:
    with db.transaction() as session:
        message = session.get(OutboundMessage, message_id)
        return _apply_ambiguous(message, exc, clock.now(), settings)


def _fail(db, clock, message_id: int, exc: PermanentSendError) -> str:
    now = clock.now()
    with db.transaction() as session:
        return _apply_failure(session, session.get(OutboundMessage, message_id), exc, now)


# What each of Twilio's answers does to the row: shared by send_outbound (one
# transaction per row) and send_batch (one for many rows), so they cannot drift.


def _apply_retry(message, exc: TransientSendError, now: datetime, settings) -> str:
    message.error_code, message.error_message = exc.code, str(exc)
    if message.attempts >= settings.max_attempts and not message.is_crisis:
        message.status = FAILED
        log.warning("message %s failed after %s attempts", message.id, message.attempts)
        return "failed"
    message.status = PENDING
    message.next_attempt_at = now + backoff(message.attempts)
    log.info("message %s: %s; retrying later", message.id, exc)
    return "retry"


def _apply_ambiguous(message, exc: AmbiguousSendError, now: datetime, settings) -> str:
    message.error_message = str(exc)
    if message.status == SENDING:  # a status callback may have settled it meanwhile
        message.next_attempt_at = now + settings.settle
    log.warning("message %s: %s; the reconciler will look it up", message.id, exc)
    return "ambiguous"


def _apply_failure(session, message, exc: PermanentSendError, now: datetime) -> str:
    message.status, message.status_updated_at = FAILED, now
    message.error_code, message.error_message = exc.code, str(exc)
    message.next_attempt_at = None
    if exc.code == ERROR_UNSUBSCRIBED:
        mark_opted_out(session.get(Contact, message.contact_id), now, "twilio:21610")
    note_crisis_failure(session, message, now)  # a failed crisis reply asks staff to call
    log.warning("message %s to %s failed: %s", message.id, mask_phone(message.to_phone), exc)
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
