"""Liveness records of long-running processes (the dispatcher), kept in the database."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from models.base import Base, UTCDateTime, upsert

DISPATCHER = "dispatcher"


class Heartbeat(Base):
    """The last time a named process reported itself alive."""

    __tablename__ = "heartbeats"

    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    beat_at: Mapped[datetime] = mapped_column(UTCDateTime())


def beat(session: Session, name: str, now: datetime) -> None:
    """Record that process `name` is alive at `now` (safe with several writers)."""
    stmt = upsert(session, Heartbeat).values(name=name, beat_at=now)
    session.execute(stmt.on_conflict_do_update(index_elements=["name"], set_={"beat_at": now}))


def last_beat(session: Session, name: str) -> datetime | None:
    """When process `name` last reported itself alive, or None."""
    return session.scalar(select(Heartbeat.beat_at).where(Heartbeat.name == name))
