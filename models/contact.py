"""A phone number Tether has exchanged texts with, and its compliance state.

Opt-out belongs to the number, not to a person's enrollment: Twilio blocks by
number, and an unknown sender who texts STOP must stay opted out if they are
enrolled later.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, UTCDateTime


class Contact(Base):
    """One E.164 phone number."""

    __tablename__ = "contacts"

    id: Mapped[int] = mapped_column(primary_key=True)
    phone: Mapped[str] = mapped_column(String(20), unique=True)
    language: Mapped[str] = mapped_column(String(5), default="en")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    opted_out_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    opt_out_source: Mapped[str | None] = mapped_column(String(40))
    opted_in_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    unknown_notice_sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    @property
    def opted_out(self) -> bool:
        """True while the number has opted out and not opted back in."""
        return self.opted_out_at is not None
