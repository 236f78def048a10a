"""Finding the Contact row of a phone number, creating it on first contact."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from models import Contact


def get_or_create_contact(session: Session, phone: str, now: datetime) -> Contact:
    """Return the contact for `phone` (E.164), creating it if it is new.

    Two first texts from one number may race; the loser of the insert reads
    the winner's row.
    """
    contact = session.scalar(select(Contact).where(Contact.phone == phone))
    if contact is not None:
        return contact
    try:
        with session.begin_nested():
            contact = Contact(phone=phone, language="en", created_at=now)
            session.add(contact)
    except IntegrityError:
        contact = session.scalar(select(Contact).where(Contact.phone == phone))
    return contact


def mark_opted_out(contact: Contact, now: datetime, source: str) -> None:
    """Record that the number opted out (kept if it already had)."""
    if contact.opted_out_at is None:
        contact.opted_out_at = now
        contact.opt_out_source = source


def mark_opted_in(contact: Contact, now: datetime) -> None:
    """Record that the number asked to receive texts again."""
    contact.opted_out_at = None
    contact.opt_out_source = None
    contact.opted_in_at = now
