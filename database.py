"""Engine and session handling for Flask requests, workers and the CLI.

On SQLite (the embedded default) every connection uses WAL and a busy
timeout so the web app, workers and dispatcher can share the file, and every
transaction starts with BEGIN IMMEDIATE: writers queue up instead of failing
with "database is locked" when a read turns into a write.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, scoped_session, sessionmaker

SQLITE_BUSY_TIMEOUT_MS = 30_000


def make_engine(url: str) -> Engine:
    """Create the engine for `url`, with Tether's SQLite settings where relevant."""
    if url.startswith("sqlite"):
        engine = create_engine(
            url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000, "isolation_level": None}
        )
        event.listen(engine, "connect", _configure_sqlite)
        event.listen(engine, "begin", _begin_immediate)
        return engine
    return create_engine(url, pool_pre_ping=True)


def _configure_sqlite(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _begin_immediate(connection) -> None:
    connection.exec_driver_sql("BEGIN IMMEDIATE")


class Database:
    """The engine plus a request-scoped session and fresh sessions for jobs."""

    def __init__(self, url: str):
        self.url = url
        self.engine = make_engine(url)
        self.factory = sessionmaker(self.engine, expire_on_commit=False)
        self.session = scoped_session(self.factory)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A new session whose work is committed on success and rolled back on error."""
        session = self.factory()
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def init_app(self, app) -> None:
        """End the request-scoped session when each Flask app context ends."""

        @app.teardown_appcontext
        def remove_session(_exc=None):
            self.session.remove()

    def dispose(self) -> None:
        """Close pooled connections (tests, and after a fork)."""
        self.session.remove()
        self.engine.dispose()
