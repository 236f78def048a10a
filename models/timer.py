"""The one table of everything scheduled, and the queries that claim it safely.

Each timer belongs to a series (a participant's plan, a flow's wait, an
escalation). Bumping a series' version makes its older timers stale, so an
edit to one series never drops another's (RapidPro's rule). Claims are
conditional UPDATEs (plus `FOR UPDATE SKIP LOCKED` on PostgreSQL), so any
number of dispatchers and workers may race without a timer firing twice.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Index, Integer, String, insert, select, update
from sqlalchemy.orm import Mapped, Session, mapped_column

from models.base import Base, UTCDateTime, upsert
from models.batch import current_batch

PENDING = "pending"
ENQUEUED = "enqueued"
DONE = "done"
STALE = "stale"
FAILED = "failed"
# session.info: series bumped by this session (a superset is harmless: see still_current)
BUMPED_KEY = "tether_bumped_series"


class Timer(Base):
    """Something to do at `due_at` (UTC)."""

    __tablename__ = "timers"
    __table_args__ = (
        Index("ix_timers_status_due", "status", "due_at"),
        Index("ix_timers_series", "series", "version"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    due_at: Mapped[datetime] = mapped_column(UTCDateTime())
    kind: Mapped[str] = mapped_column(String(40))
    target: Mapped[str] = mapped_column(String(80))
    payload: Mapped[dict] = mapped_column(JSON, default=dict)
    series: Mapped[str] = mapped_column(String(120))
    version: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(16), default=PENDING)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    claimed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    fired_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class TimerSeries(Base):
    """The current version of one series; timers of older versions are stale."""

    __tablename__ = "timer_series"

    series: Mapped[str] = mapped_column(String(120), primary_key=True)
    version: Mapped[int] = mapped_column(Integer, default=1)


def current_version(session: Session, series: str) -> int:
    """Return the series' current version (0 for a series never bumped)."""
    batch = current_batch(session)
    if batch is not None and series in batch.versions:
        return batch.versions[series]
    version = session.scalar(select(TimerSeries.version).where(TimerSeries.series == series))
    return version or 0


def load_versions(session: Session, names: set[str]) -> dict[str, int]:
    """current_version of each series, in one query (0 for a series never bumped)."""
    return _current_versions(session, names)


def bump_series(session: Session, series: str) -> int:
    """Advance the series' version, making every timer scheduled before stale.

    Pending ones are marked stale at once (so dispatchers skip them); one
    already enqueued is caught by begin_firing's version check.
    """
    session.info.setdefault(BUMPED_KEY, set()).add(series)  # see still_current
    batch = current_batch(session)
    if batch is not None and series in batch.versions:
        batch.versions[series] += 1  # written, and older timers marked, by write_bumped_series
        batch.bumped.add(series)
        return batch.versions[series]
    version = _next_version(session, series)
    session.execute(
        update(Timer)
        .where(Timer.series == series, Timer.status == PENDING, Timer.version < version)
        .values(status=STALE)
        .execution_options(synchronize_session=False)
    )
    return version


def _next_version(session: Session, series: str) -> int:
    stmt = upsert(session, TimerSeries).values(series=series, version=1)
    stmt = stmt.on_conflict_do_update(
        index_elements=[TimerSeries.series], set_={"version": TimerSeries.version + 1}
    ).returning(TimerSeries.version)
    return session.execute(stmt).scalar_one()


def schedule_timer(
    session: Session,
    *,
    due_at: datetime,
    kind: str,
    target: str,
    series: str,
    now: datetime,
    payload: dict | None = None,
) -> Timer | None:
    """Add a timer in the series' current version.

    Inside a write batch (models/batch.py) the timer is written by the batch,
    with the others, and None is returned: no caller that fires in a batch
    needs the row itself.
    """
    values = {
        "due_at": due_at,
        "kind": kind,
        "target": target,
        "series": series,
        "version": current_version(session, series),
        "payload": payload or {},
        "status": PENDING,
        "attempts": 0,
        "created_at": now,
    }
    batch = current_batch(session)
    if batch is not None:
        batch.timers.append(values)
        return None
    timer = Timer(**values)
    session.add(timer)
    session.flush()
    return timer


def write_batch_timers(session: Session, batch) -> None:
    """Insert the timers a write batch scheduled, in one statement.

    Before write_bumped_series: a timer scheduled in the batch ahead of a bump
    of its series is then marked stale with the series' older ones.
    """
    if batch.timers:
        # The table, not the entity: the ORM's bulk path would cost more per row than the row.
        session.execute(insert(Timer.__table__), batch.timers)
        batch.timers.clear()


def write_bumped_series(session: Session, versions: dict[str, int]) -> None:
    """Store the versions a write batch bumped series to, and mark their older timers stale.

    What bump_series does per series, for all of a batch's at once, in two
    statements (each one round trip on PostgreSQL, whatever the batch size).
    """
    if not versions:
        return
    series_table, timers = TimerSeries.__table__, Timer.__table__
    # One single-row statement run for every series (the driver batches it), not
    # one multi-row VALUES: SQLAlchemy compiles that anew for every batch.
    stmt = upsert(session, series_table)
    session.execute(
        stmt.on_conflict_do_update(
            index_elements=[series_table.c.series], set_={"version": stmt.excluded.version}
        ),
        [{"series": name, "version": version} for name, version in versions.items()],
    )
    now_current = (
        select(series_table.c.version)
        .where(series_table.c.series == timers.c.series)
        .scalar_subquery()
    )
    session.execute(
        update(timers)
        .where(
            timers.c.series.in_(list(versions)),
            timers.c.status == PENDING,
            timers.c.version < now_current,
        )
        .values(status=STALE)
    )


def schedule_timers(session: Session, rows: list[dict], now: datetime) -> int:
    """Add many timers, each in its series' current version; return how many.

    Each row names due_at, kind, target, series and payload, as schedule_timer
    takes them. One INSERT for all (the driver batches it) rather than a flush
    and a version lookup per timer: a participant's 14-day plan is a few dozen
    timers, and a program edit re-plans hundreds of participants at once.
    """
    if not rows:
        return 0
    versions = _current_versions(session, {row["series"] for row in rows})
    values = [
        {
            **row,
            "payload": row.get("payload") or {},
            "version": versions[row["series"]],
            "status": PENDING,
            "created_at": now,
        }
        for row in rows
    ]
    session.execute(insert(Timer), values)
    return len(values)


def _current_versions(session: Session, names: set[str]) -> dict[str, int]:
    """current_version of each series, in one query."""
    query = select(TimerSeries.series, TimerSeries.version).where(TimerSeries.series.in_(names))
    found = dict(session.execute(query).all())
    return {name: found.get(name) or 0 for name in names}


def claim_due_timers(session: Session, now: datetime, limit: int = 200) -> list[tuple[int, str]]:
    """Mark up to `limit` due timers enqueued and return their (id, kind).

    A timer is claimed by exactly one caller however many race for it.
    """
    due = _lockable(
        session,
        select(Timer.id)
        .where(Timer.status == PENDING, Timer.due_at <= now)
        .order_by(Timer.due_at)
        .limit(limit),
    )
    stmt = (
        update(Timer)
        .where(Timer.id.in_(due.scalar_subquery()), Timer.status == PENDING)
        .values(status=ENQUEUED, claimed_at=now)
        .returning(Timer.id, Timer.kind)
        .execution_options(synchronize_session=False)
    )
    return [tuple(row) for row in session.execute(stmt)]


def reclaim_stuck_timers(
    session: Session, now: datetime, older_than: datetime
) -> list[tuple[int, str]]:
    """Re-claim timers enqueued before `older_than` whose job never ran (e.g. Redis lost it)."""
    stmt = (
        update(Timer)
        .where(Timer.status == ENQUEUED, Timer.claimed_at < older_than)
        .values(claimed_at=now)
        .returning(Timer.id, Timer.kind)
        .execution_options(synchronize_session=False)
    )
    return [tuple(row) for row in session.execute(stmt)]


def release_claim(session: Session, timer_id: int) -> None:
    """Give a claimed timer back (its job could not be enqueued)."""
    session.execute(
        update(Timer)
        .where(Timer.id == timer_id, Timer.status == ENQUEUED)
        .values(status=PENDING, claimed_at=None)
        .execution_options(synchronize_session=False)
    )


def begin_firing(
    session: Session, timer_id: int, now: datetime, *, include_pending: bool = False
) -> Timer | None:
    """Take the timer for firing in this transaction, or return None.

    None when another run already fired it, or when its series has moved on
    (the timer is then marked stale). The caller commits the timer's effects
    in the same transaction, so a timer's effects happen exactly once.
    `include_pending` lets a request fire a timer it just scheduled, before
    any dispatcher claims it (a crisis' first page).
    """
    statuses = (PENDING, ENQUEUED) if include_pending else (ENQUEUED,)
    taken = session.execute(
        update(Timer)
        .where(Timer.id == timer_id, Timer.status.in_(statuses))
        .values(status=DONE, fired_at=now)
        .execution_options(synchronize_session=False)
    )
    if taken.rowcount != 1:
        return None
    timer = session.get(Timer, timer_id, populate_existing=True)
    if timer.version != current_version(session, timer.series):
        timer.status = STALE
        return None
    return timer


def take_enqueued(session: Session, timer_ids, now: datetime) -> list[Timer]:
    """Mark the enqueued timers among `timer_ids` done and return them (in no set order).

    begin_firing for a batch: one statement, whatever its size. Those another
    run already took are left out. The caller must still drop the stale ones
    (keep_current) before firing any, and, since a handler run later in the
    same transaction may bump a series, check `still_current` before each.
    """
    # One statement takes them and returns them whole (an ORM UPDATE ... RETURNING).
    return list(
        session.scalars(
            update(Timer)
            .where(Timer.id.in_(list(timer_ids)), Timer.status == ENQUEUED)
            .values(status=DONE, fired_at=now)
            .returning(Timer)
            .execution_options(synchronize_session=False, populate_existing=True)
        )
    )


def keep_current(timers: list[Timer], versions: dict[str, int]) -> dict[int, Timer]:
    """{id: timer} of the timers whose series is still at their version; the rest marked stale.

    `versions` holds (at least) every timer's series, as _current_versions gives them.
    """
    current = {}
    for timer in timers:
        if timer.version == versions[timer.series]:
            current[timer.id] = timer
        else:
            timer.status = STALE
    return current


def still_current(session: Session, timer: Timer) -> bool:
    """False when a series bump earlier in this session made the timer stale (it is marked so)."""
    if timer.series not in session.info.get(BUMPED_KEY, ()):
        return True
    if timer.version == current_version(session, timer.series):
        return True
    timer.status = STALE
    return False


def _lockable(session: Session, query):
    """Add SKIP LOCKED on PostgreSQL so racing dispatchers pass over each other's rows."""
    if session.get_bind().dialect.name == "postgresql":
        return query.with_for_update(skip_locked=True)
    return query
