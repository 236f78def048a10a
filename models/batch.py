"""A write batch: rows loaded up front and writes held back until one flush.

Firing a burst of due reminders one flow turn at a time costs a dozen SQL
statements a reminder (lock the participant, load the conversation, the
contact, the open crises, the wait series' version; flush the text, the
wait timer, the series bump), which is more than the Twilio call it leads
to. A chunk of timers fired in one transaction instead loads its rows in a
handful of set-based queries and writes everything in one flush, where the
unit of work batches each table's INSERTs and UPDATEs.

While a batch is open in a session (`session.info[BATCH_KEY]`), the helpers
that would otherwise query or flush per row consult it instead:
`runner.lock_participant`/`begin_turn`, `escalation.in_crisis`,
`timer.current_version`/`bump_series`/`schedule_timer` and
`outbox.queue_outbound`; the last two keep the rows they would add as plain
column values, which the batch writes with one INSERT per table (an ORM
object and its unit-of-work bookkeeping cost more than the row). Everything
they read stays valid for the batch's transaction because the batch holds
the locks of its participants (the series it versions are those
participants' own).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

BATCH_KEY = "tether_write_batch"


@dataclass
class WriteBatch:
    """What a chunk's handlers read from memory and the writes they leave for `flush`."""

    # Locked participant rows, by id; conversations by participant id (None: has none yet).
    participants: dict[int, Any] = field(default_factory=dict)
    conversations: dict[int, Any] = field(default_factory=dict)
    # Kept referenced so session.get finds them in the identity map (it holds rows weakly).
    rows: list[Any] = field(default_factory=list)
    # Contacts with an unresolved escalation (participants in an open crisis).
    crisis_contacts: set[int] = field(default_factory=set)
    # Series -> current version, for the series loaded up front; bumps are applied here first.
    versions: dict[str, int] = field(default_factory=dict)
    bumped: set[str] = field(default_factory=set)
    # Texts (outbound_messages column values, and the queue of their send job or None)
    # and timers (timers column values) the handlers queued: written after the flush
    # by plain INSERTs, without an ORM object each (sms.outbox.write_batch_texts,
    # models.timer.write_batch_timers).
    texts: list[tuple[dict, str | None]] = field(default_factory=list)
    timers: list[dict] = field(default_factory=list)


def open_batch(session: Session, batch: WriteBatch) -> None:
    """Make `batch` the session's write batch until `close_batch`."""
    session.info[BATCH_KEY] = batch


def current_batch(session: Session) -> WriteBatch | None:
    """The session's open write batch, or None (the usual one-row-at-a-time path)."""
    return session.info.get(BATCH_KEY)


def close_batch(session: Session) -> WriteBatch | None:
    """End the session's write batch (whether or not it was flushed) and return it."""
    return session.info.pop(BATCH_KEY, None)
