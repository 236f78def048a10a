"""Engine and session handling for Flask requests, workers and the CLI.

On SQLite (the embedded default) every connection uses WAL and a busy
timeout so the web app, workers and dispatcher can share the file, and every
transaction starts with BEGIN IMMEDIATE: writers queue up instead of failing
with "database is locked" when a read turns into a write.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, scoped_session, sessionmaker

SQLITE_BUSY_TIMEOUT_MS = 30_000

# psycopg converts every statement's %(name)s placeholders to $n with a regex
# and caches the result only for statements up to 4 KB and 50 parameters. A
# chunk of reminders is written with multi-row INSERTs (50 rows, ~30 KB) and
# read with IN-lists of 50-100 ids, so each was converted again on every
# chunk: 17 % of firing a chunk, 10 points of the reminder send rate against
# a bare Twilio loop (bench/RESULTS.md, §2). Statements repeat with the same
# text, so caching them too is enough. psycopg's cache keeps 128 statements:
# at most 128 x 64 KB (8 MB) a process.
PSYCOPG_CACHED_STATEMENT_LENGTH = 64 * 1024
PSYCOPG_CACHED_STATEMENT_PARAMS = 4096

log = logging.getLogger(__name__)


def make_engine(url: str) -> Engine:
    """Create the engine for `url`, with Tether's SQLite settings where relevant."""
    if url.startswith("sqlite"):
        engine = create_engine(
            url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000, "isolation_level": None}
        )
        event.listen(engine, "connect", _configure_sqlite)
        event.listen(engine, "begin", _begin_immediate)
        return engine
    if "+psycopg" in url:
        cache_long_psycopg_statements()
    return create_engine(url, pool_pre_ping=True)


def cache_long_psycopg_statements() -> bool:
    """Let psycopg cache its conversion of long statements too (see above); True if it could.

    The limits are module constants of psycopg (3.3), not a documented
    setting; tests/test_database.py fails if an upgrade moves them, rather
    than the speed quietly going back.
    """
    try:
        from psycopg import _queries
    except ImportError:
        return False
    names = ("MAX_CACHED_STATEMENT_LENGTH", "MAX_CACHED_STATEMENT_PARAMS")
    if not all(isinstance(getattr(_queries, name, None), int) for name in names):
        log.warning("psycopg's statement cache limits moved; long statements stay uncached")
        return False
    _queries.MAX_CACHED_STATEMENT_LENGTH = max(
        _queries.MAX_CACHED_STATEMENT_LENGTH, PSYCOPG_CACHED_STATEMENT_LENGTH
    )
    _queries.MAX_CACHED_STATEMENT_PARAMS = max(
        _queries.MAX_CACHED_STATEMENT_PARAMS, PSYCOPG_CACHED_STATEMENT_PARAMS
    )
    return True


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
