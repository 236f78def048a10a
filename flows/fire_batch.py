"""Firing a chunk of scheduled timers as one write batch (see models/batch.py).

A burst of due reminders and check-ins is mostly the same few rows per
participant. This loads them for the whole chunk in a handful of queries
(the participants, locked in id order; their conversations, contacts,
programs and open crises; their timer series' versions), lets the usual
handlers run against them, and writes what they did in one flush. The
handlers are the same code as for a single timer: only where they read and
when they flush changes.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from flows.runner import START_KIND, TIMEOUT_KIND, plan_series, wait_series
from models import Contact, Conversation, Escalation, Participant, Program, Timer
from models.batch import WriteBatch, open_batch
from models.escalation import UNRESOLVED
from models.timer import load_versions, write_batch_timers, write_bumped_series
from sms.outbox import write_batch_texts

# Timer kinds whose handlers only touch what load_batch loads (and the outbox).
BATCHED_KINDS = frozenset({START_KIND, TIMEOUT_KIND, "text"})


def can_batch(timers: list[Timer]) -> bool:
    """True when a chunk is worth a batch and every timer in it is of a batched kind."""
    return len(timers) > 1 and all(timer.kind in BATCHED_KINDS for timer in timers)


def open_write_batch(session: Session, timers: list[Timer]) -> WriteBatch:
    """Load what the chunk's handlers will read and open the session's write batch.

    The versions loaded include the timers' own series (see flows.timers._fire_batched).
    """
    batch = WriteBatch()
    participant_ids = sorted(_target_ids(timers, "participant:"))
    contact_ids = _target_ids(timers, "contact:")
    series = {timer.series for timer in timers}
    if participant_ids:
        participants = _lock_participants(session, participant_ids)
        batch.participants = {p.id: p for p in participants}
        conversations = session.scalars(
            select(Conversation).where(Conversation.participant_id.in_(participant_ids))
        ).all()
        batch.conversations = dict.fromkeys(batch.participants)
        batch.conversations.update({c.participant_id: c for c in conversations})
        contact_ids |= {p.contact_id for p in participants}
        batch.crisis_contacts = set(
            session.scalars(
                select(Escalation.contact_id).where(
                    Escalation.contact_id.in_([p.contact_id for p in participants]),
                    Escalation.status.in_(UNRESOLVED),
                )
            )
        )
        series |= {s(pid) for pid in batch.participants for s in (wait_series, plan_series)}
        programs = {p.program_id for p in participants if p.program_id is not None}
        batch.rows += [*participants, *conversations, *_load(session, Program, programs)]
    batch.versions = load_versions(session, series)
    batch.rows += _load(session, Contact, contact_ids)
    open_batch(session, batch)
    return batch


def write_batch(session: Session, batch: WriteBatch) -> None:
    """Write what the batch's handlers did: one flush, an INSERT each for the texts
    and the timers, the series bumps; and ask for the texts' send jobs.

    The flush comes first: a text may be to a contact the handlers created.
    The caller closes the batch (flows.timers._fire_batched, whether or not this ran).
    """
    session.flush()
    write_batch_texts(session, batch)
    write_batch_timers(session, batch)
    write_bumped_series(session, {name: batch.versions[name] for name in batch.bumped})


def _lock_participants(session: Session, ids: list[int]) -> list[Participant]:
    # In id order, so two chunks that share participants lock them in the same order.
    query = select(Participant).where(Participant.id.in_(ids)).order_by(Participant.id)
    if session.get_bind().dialect.name == "postgresql":
        query = query.with_for_update()
    return list(session.scalars(query.execution_options(populate_existing=True)))


def _load(session: Session, model, ids: set[int]) -> list:
    if not ids:
        return []
    return list(session.scalars(select(model).where(model.id.in_(ids))))


def _target_ids(timers: list[Timer], prefix: str) -> set[int]:
    targets = (timer.target for timer in timers)
    return {int(target.removeprefix(prefix)) for target in targets if target.startswith(prefix)}
