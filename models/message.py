"""Inbound texts as received and the outbox of texts to send.

An inbound row is committed before the webhook answers; an outbound row exists
before any API call is made for it, so nothing is lost and nothing is sent
twice.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, UTCDateTime

# Outbound statuses. `sending` means a worker has claimed the row and may be
# talking to Twilio; statuses after it come from Twilio.
PENDING = "pending"
SENDING = "sending"
QUEUED = "queued"
SENT = "sent"
DELIVERED = "delivered"
UNDELIVERED = "undelivered"
FAILED = "failed"
UNKNOWN = "unknown"
SUPPRESSED = "suppressed"

# Order in which a message's status may advance; callbacks arrive out of order
# and must never move a message backwards.
STATUS_RANK = {
    PENDING: 0,
    SENDING: 1,
    QUEUED: 2,
    SENT: 3,
    DELIVERED: 4,
    UNDELIVERED: 4,
    FAILED: 4,
    UNKNOWN: 1,
    SUPPRESSED: 4,
}

# Queues in strict priority order, highest first.
QUEUE_CRISIS = "crisis"
QUEUE_REPLIES = "replies"
QUEUE_SCHEDULED = "scheduled"
QUEUES = (QUEUE_CRISIS, QUEUE_REPLIES, QUEUE_SCHEDULED)


class InboundMessage(Base):
    """A text received from Twilio, stored before it is handled."""

    __tablename__ = "inbound_messages"
    __table_args__ = (
        Index("ix_inbound_unprocessed", "processed_at", "retry_at"),
        Index("ix_inbound_contact_received", "contact_id", "received_at"),  # flows/split_texts
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    message_sid: Mapped[str] = mapped_column(String(64), unique=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id"))
    from_phone: Mapped[str] = mapped_column(String(20))
    to_phone: Mapped[str | None] = mapped_column(String(20))
    body: Mapped[str] = mapped_column(Text, default="")
    num_media: Mapped[int] = mapped_column(Integer, default=0)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime())
    processed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # When the reconciler may retry handling if processed_at is still empty.
    retry_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    handled_as: Mapped[str | None] = mapped_column(String(40))
    triage_level: Mapped[str | None] = mapped_column(String(16))


class OutboundMessage(Base):
    """A text to send: the outbox row and, later, its delivery record."""

    __tablename__ = "outbound_messages"
    __table_args__ = (
        Index("ix_outbound_status_next", "status", "next_attempt_at"),
        Index("ix_outbound_contact_created", "contact_id", "created_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id"))
    to_phone: Mapped[str] = mapped_column(String(20))
    body: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(40))
    queue: Mapped[str] = mapped_column(String(16), default=QUEUE_REPLIES)
    # `api`: sent by a worker through the REST API; `twiml`: returned as the
    # webhook's reply (used where Twilio would refuse a REST send, e.g. the
    # confirmation of a STOP).
    channel: Mapped[str] = mapped_column(String(8), default="api")
    status: Mapped[str] = mapped_column(String(16), default=PENDING)
    in_reply_to_id: Mapped[int | None] = mapped_column(ForeignKey("inbound_messages.id"))
    twilio_sid: Mapped[str | None] = mapped_column(String(64), unique=True)
    error_code: Mapped[int | None] = mapped_column(Integer)
    error_message: Mapped[str | None] = mapped_column(Text)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    # For `pending`: when the dispatcher should (re-)enqueue it. For
    # `sending`: when the reconciler should look it up at Twilio.
    next_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    claimed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    status_updated_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    @property
    def is_crisis(self) -> bool:
        """Crisis messages go out even to opted-out numbers and are re-sent when in doubt."""
        return self.queue == QUEUE_CRISIS
