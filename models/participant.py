"""Participants, staff, each participant's conversation state, and what flows record."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, UTCDateTime

# Participant statuses.
INVITED = "invited"
ACTIVE = "active"
DECLINED = "declined"
EXPIRED = "expired"

STAFF_ROLES = ("counselor", "supervisor", "staff")


class StaffMember(Base):
    """A counselor, supervisor or coordinator who can be texted."""

    __tablename__ = "staff"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    phone: Mapped[str] = mapped_column(String(20), unique=True)
    role: Mapped[str] = mapped_column(String(20))
    # The program whose participants this person looks after; None = every program.
    program_id: Mapped[int | None] = mapped_column(ForeignKey("programs.id"))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class Participant(Base):
    """A person enrolled (or invited) to receive Tether's texts."""

    __tablename__ = "participants"

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id"), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    # What the participant likes to be called; pages use it so a counselor calls them by it.
    preferred_name: Mapped[str | None] = mapped_column(String(60))
    language: Mapped[str] = mapped_column(String(5), default="en")
    timezone: Mapped[str] = mapped_column(String(64), default="America/New_York")
    status: Mapped[str] = mapped_column(String(20), default=INVITED)
    counselor_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    invited_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    consent_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    consent_text: Mapped[str | None] = mapped_column(Text)
    consent_channel: Mapped[str | None] = mapped_column(String(20))
    declined_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    checkin_threshold: Mapped[int] = mapped_column(Integer, default=7)
    missed_checkins: Mapped[int] = mapped_column(Integer, default=0)
    plan_reasons: Mapped[str | None] = mapped_column(Text)
    plan_steps: Mapped[list] = mapped_column(JSON, default=list)
    plan_supporter_name: Mapped[str | None] = mapped_column(String(120))
    plan_supporter_phone: Mapped[str | None] = mapped_column(String(20))
    # The next session this participant was reminded of.
    next_session_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    next_session_place: Mapped[str | None] = mapped_column(String(200))
    program_id: Mapped[int | None] = mapped_column(ForeignKey("programs.id"))
    # Participant-level changes to the program's policy (same keys as the program's columns).
    policy_overrides: Mapped[dict] = mapped_column(JSON, default=dict)
    paused_from: Mapped[date | None] = mapped_column(Date)
    paused_until: Mapped[date | None] = mapped_column(Date)
    # Discharge starts aftercare (the program's lighter check-ins), then a closing message.
    discharged_on: Mapped[date | None] = mapped_column(Date)
    # The unguessable part of the participant's calendar-feed link.
    calendar_token: Mapped[str | None] = mapped_column(String(64), unique=True)
    # How far ahead (UTC) reminders and check-ins are stored as timers.
    planned_until: Mapped[datetime | None] = mapped_column(UTCDateTime())

    @property
    def first_name(self) -> str:
        """The first word of the name, for friendly texts."""
        return (self.name or "").split()[0] if (self.name or "").split() else ""

    @property
    def called(self) -> str:
        """The preferred name, else the first name."""
        return self.preferred_name or self.first_name

    @property
    def label(self) -> str:
        """How staff texts name the participant: id and initials, never the full name.

        A staff phone's lock screen must not show who is in the program.
        """
        initials = "".join(f"{part[0].upper()}." for part in (self.name or "").split()[:3])
        return f"participant #{self.id} ({initials})" if initials else f"participant #{self.id}"


class Conversation(Base):
    """The one active flow of a participant, its state and what waits behind it."""

    __tablename__ = "conversations"

    participant_id: Mapped[int] = mapped_column(ForeignKey("participants.id"), primary_key=True)
    flow: Mapped[str | None] = mapped_column(String(40))
    state: Mapped[str | None] = mapped_column(String(40))
    context: Mapped[dict] = mapped_column(JSON, default=dict)
    deferred: Mapped[list] = mapped_column(JSON, default=list)
    # A reminder still waiting for C/N/L after its own wait ended.
    open_reminder: Mapped[dict | None] = mapped_column(JSON)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())


class Outcome(Base):
    """Something a flow recorded: a check-in score, a confirmation, a reported use."""

    __tablename__ = "outcomes"
    __table_args__ = (
        Index("ix_outcomes_participant_kind_at", "participant_id", "kind", "at"),
        Index("ix_outcomes_kind_at", "kind", "at"),  # the dashboard and exports: by kind and dates
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int] = mapped_column(ForeignKey("participants.id"))
    kind: Mapped[str] = mapped_column(String(40))
    data: Mapped[dict] = mapped_column(JSON, default=dict)
    at: Mapped[datetime] = mapped_column(UTCDateTime())


class StaffNotification(Base):
    """A notice to staff about a participant, kept for the console."""

    __tablename__ = "staff_notifications"

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int] = mapped_column(ForeignKey("participants.id"))
    kind: Mapped[str] = mapped_column(String(40))
    urgent: Mapped[bool] = mapped_column(Boolean, default=False)
    details: Mapped[dict] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
