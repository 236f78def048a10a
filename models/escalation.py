"""Crisis escalations, their timelines, on-call schedules, escalation policies and disclosures.

An escalation is opened by a crisis text and paged up a policy's levels until
a staff member acknowledges it; its deadlines are timers (series
`escalation:<id>`), so they survive restarts. Every step is an event on its
timeline, and every time a participant's information reaches a person a
disclosure row records who received what, when (42 CFR Part 2 §2.51 style).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, UTCDateTime

# Escalation statuses. Only `resolved` ends one; `acked` still withholds
# scheduled texts from the participant and still nudges the supervisor.
OPEN = "open"
ACKED = "acked"
RESOLVED = "resolved"
UNRESOLVED = (OPEN, ACKED)


class Escalation(Base):
    """One crisis: who texted, who has been paged, and who has it."""

    __tablename__ = "escalations"
    __table_args__ = (Index("ix_escalations_contact_status", "contact_id", "status"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id"))
    participant_id: Mapped[int | None] = mapped_column(ForeignKey("participants.id"))
    program_id: Mapped[int | None] = mapped_column(ForeignKey("programs.id"))
    policy_id: Mapped[int | None] = mapped_column(ForeignKey("escalation_policies.id"))
    # Short code staff type to answer ("ACK 4821"); unique among unresolved ones.
    code: Mapped[str] = mapped_column(String(8))
    status: Mapped[str] = mapped_column(String(12), default=OPEN)
    level: Mapped[int] = mapped_column(Integer, default=0)
    round: Mapped[int] = mapped_column(Integer, default=0)
    overdose: Mapped[bool] = mapped_column(Boolean, default=False)
    rules: Mapped[list] = mapped_column(JSON, default=list)
    trigger_inbound_id: Mapped[int | None] = mapped_column(ForeignKey("inbound_messages.id"))
    # Why the participant may not have our reply ("opted out", "30003"), for pages.
    reply_problem: Mapped[str | None] = mapped_column(String(120))
    opened_at: Mapped[datetime] = mapped_column(UTCDateTime())
    last_paged_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    acked_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    acked_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    exhausted_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    resolved_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    resolution_note: Mapped[str | None] = mapped_column(Text)


class EscalationEvent(Base):
    """One step on an escalation's timeline (received, replied, paged, acked, ...)."""

    __tablename__ = "escalation_events"
    __table_args__ = (Index("ix_escalation_events_escalation_at", "escalation_id", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    escalation_id: Mapped[int] = mapped_column(ForeignKey("escalations.id"))
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    kind: Mapped[str] = mapped_column(String(24))
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    inbound_id: Mapped[int | None] = mapped_column(ForeignKey("inbound_messages.id"))
    outbound_id: Mapped[int | None] = mapped_column(ForeignKey("outbound_messages.id"))
    details: Mapped[dict] = mapped_column(JSON, default=dict)


class EscalationPolicy(Base):
    """Ordered levels to page, each with an acknowledgement deadline.

    `levels` is a list of {"target": "oncall" | "backup" | "supervisors" |
    "staff", "staff_ids": [...], "ack_minutes": 5}. A policy with no program
    is the organization-wide default (unknown numbers, programs without one).
    """

    __tablename__ = "escalation_policies"

    id: Mapped[int] = mapped_column(primary_key=True)
    program_id: Mapped[int | None] = mapped_column(ForeignKey("programs.id"), unique=True)
    levels: Mapped[list] = mapped_column(JSON, default=list)
    repeat: Mapped[int] = mapped_column(Integer, default=2)  # times the whole chain runs
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())


class OnCallSchedule(Base):
    """A weekly (or n-day) rotation of staff, handing off at a local time.

    `role` is "primary" (the on-call counselor) or "backup". A schedule with
    no program is the organization-wide default.
    """

    __tablename__ = "oncall_schedules"

    id: Mapped[int] = mapped_column(primary_key=True)
    program_id: Mapped[int | None] = mapped_column(ForeignKey("programs.id"))
    role: Mapped[str] = mapped_column(String(12), default="primary")
    timezone: Mapped[str] = mapped_column(String(64))
    rotation: Mapped[list] = mapped_column(JSON, default=list)  # staff ids, in turn order
    starts_on: Mapped[date] = mapped_column(Date)  # the first shift starts on this day
    handoff_time: Mapped[str] = mapped_column(String(5), default="09:00")
    shift_days: Mapped[int] = mapped_column(Integer, default=7)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class OnCallOverride(Base):
    """Someone else covers a schedule for a while (swap, sick day)."""

    __tablename__ = "oncall_overrides"

    id: Mapped[int] = mapped_column(primary_key=True)
    schedule_id: Mapped[int] = mapped_column(ForeignKey("oncall_schedules.id"))
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime())
    ends_at: Mapped[datetime] = mapped_column(UTCDateTime())


class Disclosure(Base):
    """A participant's information reached a person: who, what, when, why."""

    __tablename__ = "disclosures"
    __table_args__ = (Index("ix_disclosures_participant_at", "participant_id", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    participant_id: Mapped[int | None] = mapped_column(ForeignKey("participants.id"))
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id"))
    recipient_staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    recipient: Mapped[str] = mapped_column(String(120))  # name (and masked phone) as sent
    channel: Mapped[str] = mapped_column(String(12))  # sms, api, console
    purpose: Mapped[str] = mapped_column(String(40))  # medical_emergency, care_coordination
    fields: Mapped[list] = mapped_column(JSON, default=list)  # what was disclosed
    outbound_id: Mapped[int | None] = mapped_column(ForeignKey("outbound_messages.id"))
    escalation_id: Mapped[int | None] = mapped_column(ForeignKey("escalations.id"))
