"""Programs: group-session schedules, reminder and check-in policy, business hours."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Boolean, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, UTCDateTime

DEFAULT_BUSINESS_HOURS = {"days": [0, 1, 2, 3, 4], "start": "09:00", "end": "17:00"}


class Program(Base):
    """An IOP program: when its groups meet and how participants are reminded."""

    __tablename__ = "programs"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    display_name: Mapped[str] = mapped_column(String(60))
    timezone: Mapped[str] = mapped_column(String(64))
    location: Mapped[str] = mapped_column(Text, default="")
    session_rules: Mapped[list] = mapped_column(JSON, default=list)
    session_minutes: Mapped[int] = mapped_column(Integer, default=180)
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    cancelled_dates: Mapped[list] = mapped_column(JSON, default=list)  # ISO dates
    extra_sessions: Mapped[list] = mapped_column(JSON, default=list)  # local ISO date-times
    business_hours: Mapped[dict] = mapped_column(JSON, default=lambda: dict(DEFAULT_BUSINESS_HOURS))
    reminder_offsets_minutes: Mapped[list] = mapped_column(JSON, default=lambda: [1440, 120])
    checkin_rule: Mapped[str | None] = mapped_column(
        String(200), default="FREQ=DAILY;BYHOUR=19;BYMINUTE=0"
    )
    checkins_on_session_days: Mapped[bool] = mapped_column(Boolean, default=False)
    window_start: Mapped[str] = mapped_column(String(5), default="08:00")
    window_end: Mapped[str] = mapped_column(String(5), default="21:00")
    # After discharge: lighter check-ins for this many weeks, then a closing message.
    aftercare_weeks: Mapped[int] = mapped_column(Integer, default=12)
    aftercare_checkin_rule: Mapped[str | None] = mapped_column(
        String(200), default="FREQ=WEEKLY;BYDAY=MO;BYHOUR=19;BYMINUTE=0"
    )
    # Crisis pages quote the participant's words only where the program allows it
    # (a staff phone's lock screen shows them too).
    page_includes_text: Mapped[bool] = mapped_column(Boolean, default=False)
    # On ACK, tell the participant a counselor has their message.
    tell_participant_on_ack: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())


class Broadcast(Base):
    """A one-off text to every active participant of a program ("No group today")."""

    __tablename__ = "broadcasts"

    id: Mapped[int] = mapped_column(primary_key=True)
    program_id: Mapped[int] = mapped_column(ForeignKey("programs.id"))
    body: Mapped[str] = mapped_column(Text)
    recipients: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
