"""A crisis typed across several texts: triage reads a text with the sender's texts just before it.

People split one thought over quick texts - "i cant" then "do this anymore",
"no quiero" then "seguir viviendo". Each alone is nothing to the rules;
together they are a crisis, and the second text is when it must be answered.
So a text that is not a crisis on its own is classified again joined to the
sender's one or two texts of the last few minutes, unless one of those was a
crisis itself (that one is already answered and escalated, and would make
every reply to it look like a new crisis).
"""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import InboundMessage
from sms.triage import Triage, classify

SPLIT_WINDOW = timedelta(minutes=10)
SPLIT_TEXTS = 2  # earlier texts read with the new one
# Marks a crisis found only across texts, in the escalation's rules (audit, console).
SPLIT_RULE = "context.split_texts"


def triage_with_earlier_texts(session: Session, inbound: InboundMessage, triage: Triage) -> Triage:
    """`triage` of the text alone, or a crisis when the text completes one begun just before."""
    if triage.level == "crisis":
        return triage
    found = _joined_crisis(_earlier_bodies(session, inbound), inbound.body)
    if found is None:
        return triage
    _texts, joined = found
    return Triage("crisis", (*joined.rules, SPLIT_RULE))


def texts_read_together(session: Session, inbound: InboundMessage) -> list[str]:
    """The texts a split-text reading joined into a crisis, oldest first, ending with `inbound`.

    For the page's quote: the counselor must see "i cant" / "do this anymore",
    not only the half that completed the crisis.
    """
    found = _joined_crisis(_earlier_bodies(session, inbound), inbound.body)
    return found[0] if found is not None else [inbound.body or ""]


def _joined_crisis(earlier: list[str], body: str | None) -> tuple[list[str], Triage] | None:
    """The fewest earlier texts (newest first in `earlier`) that make a crisis with `body`."""
    for count in range(1, len(earlier) + 1):
        texts = [*reversed(earlier[:count]), body or ""]
        joined = classify(" ".join(texts))
        if joined.level == "crisis":
            return texts, joined
    return None


def _earlier_bodies(session: Session, inbound: InboundMessage) -> list[str]:
    """The sender's texts just before this one, newest first, up to the first crisis."""
    rows = session.execute(
        select(InboundMessage.body, InboundMessage.triage_level)
        .where(
            InboundMessage.contact_id == inbound.contact_id,
            InboundMessage.id < inbound.id,
            InboundMessage.received_at >= inbound.received_at - SPLIT_WINDOW,
        )
        .order_by(InboundMessage.id.desc())
        .limit(SPLIT_TEXTS)
    ).all()
    bodies = []
    for body, level in rows:
        if level == "crisis":
            break
        bodies.append(body or "")
    return bodies
