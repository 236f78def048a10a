"""Console accounts, the audit log of what they did, and the sign-in throttle's failures.

A User signs in to the web console (staff and counselors are not developers:
the console is how they work). A counselor's account may point at the
StaffMember who carries their phone, so the console and the paging chain
know they are the same person. Every view of a participant's conversation
and every change is an AuditEvent (who, what, when). Failed sign-ins are kept
for the throttle's 15-minute window only: rows in a table rather than memory,
so every web process slows the same guesser.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Boolean, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, UTCDateTime

# Console roles. Admin may do everything; the others see what their work needs.
ADMIN = "admin"
STAFF = "staff"
COUNSELOR = "counselor"
USER_ROLES = (ADMIN, STAFF, COUNSELOR)

EMAIL_MAX = 254  # RFC 5321's limit on a forward path


class User(Base):
    """Someone who signs in to the console."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(EMAIL_MAX), unique=True)  # always lowercase
    password_hash: Mapped[str] = mapped_column(String(255))  # argon2id, with its parameters
    role: Mapped[str] = mapped_column(String(12))
    # The staff member with a phone (on-call counselors); one account per staff member.
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), unique=True)
    # The program this person works in; None = every program.
    program_id: Mapped[int | None] = mapped_column(ForeignKey("programs.id"))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    last_sign_in_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class AuditEvent(Base):
    """One thing a console user did: viewed a conversation, changed a program, exported."""

    __tablename__ = "audit_events"
    __table_args__ = (Index("ix_audit_events_target", "target_type", "target_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    # None for changes made on the command line, where nobody is signed in.
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    action: Mapped[str] = mapped_column(String(40))  # "view_conversation", "update_program"
    target_type: Mapped[str | None] = mapped_column(String(40))  # "participant", "program"
    target_id: Mapped[int | None] = mapped_column(Integer)
    details: Mapped[dict] = mapped_column(JSON, default=dict)


class SignInFailure(Base):
    """A wrong password (or unknown email) typed at the sign-in page, kept 15 minutes."""

    __tablename__ = "sign_in_failures"
    __table_args__ = (
        Index("ix_sign_in_failures_email_at", "email", "at"),
        Index("ix_sign_in_failures_address_at", "address", "at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    email: Mapped[str] = mapped_column(String(EMAIL_MAX))  # as typed, lowercased
    address: Mapped[str] = mapped_column(String(64))  # the client's IP address
