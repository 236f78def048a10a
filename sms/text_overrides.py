"""Admins' wording of shipped texts, from the database into sms.texts' override mapping.

render() must use an override without a query per text and without the flows
knowing about it, in every process that sends: web processes (crisis replies
are rendered inside the webhook), rq workers and the dispatcher. So:

- Each process keeps every override in memory (sms.texts.set_overrides). The
  table is tiny (at most one row per template and language, ~110), so a
  refresh reads it whole: no version column to keep right, and a revert (a
  deleted row) is seen like any other change.
- install(), called by create_app, hooks the process's session factory: when a
  transaction begins and the overrides are older than REFRESH_SECONDS by the
  injected clock, they are read again on that transaction's own connection
  (inside a SAVEPOINT, so a failed read never spoils the caller's work). The
  first transaction of a process loads them; nothing happens at import or in
  create_app. A second connection would not do: on SQLite every transaction
  takes the write lock (BEGIN IMMEDIATE), so a read beside a writer would
  wait for it, and the writer for the text.
- The editor (console Text templates) calls reload() after each save and
  revert, so its own process sends the new wording at once; other processes
  follow within REFRESH_SECONDS.
- Every row is checked again on loading (sms.template_check): an override
  that no longer fits its template (a new release changed the shipped
  placeholders, a hand-edited row) is skipped with a warning, and the shipped
  wording is sent.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import datetime

from sqlalchemy import event, select
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from models import TextOverride
from sms.template_check import is_valid_override
from sms.texts import set_overrides

log = logging.getLogger(__name__)

REFRESH_SECONDS = 30
_QUERY = select(TextOverride.key, TextOverride.language, TextOverride.body)


def read_overrides(connection: Connection | Session) -> dict[tuple[str, str], str]:
    """Every stored override that passes the checks, by (key, language)."""
    mapping = {}
    for key, language, body in connection.execute(_QUERY):
        if is_valid_override(key, language, body):
            mapping[(key, language)] = body
        else:  # never the wording in the log
            log.warning("override of text %s/%s fails its checks; sending the shipped one",
                        key, language)  # fmt: skip
    return mapping


def reload(db) -> None:
    """Read the overrides now (the editor, right after a save or a revert)."""
    with db.transaction() as session:
        set_overrides(read_overrides(session))


class Refresher:
    """The after_begin hook: re-read the overrides when they are REFRESH_SECONDS old."""

    def __init__(self, now: Callable[[], datetime], interval: float = REFRESH_SECONDS):
        self._now = now
        self._interval = interval
        self._loaded_at: datetime | None = None
        self._lock = threading.Lock()  # one refresh at a time; others keep the current set

    def due(self, now: datetime) -> bool:
        """True when the overrides were never read, or `interval` seconds ago or more."""
        if self._loaded_at is None:
            return True
        age = (now - self._loaded_at).total_seconds()
        return age >= self._interval or age < 0  # a clock moved back: read again

    def __call__(self, session: Session, transaction, connection: Connection) -> None:
        """Refresh on `connection` (the transaction just begun) when due."""
        now = self._now()
        if not self.due(now) or not self._lock.acquire(blocking=False):
            return
        try:
            self._loaded_at = now  # a failed read is retried after the interval, not each time
            self._refresh(connection)
        finally:
            self._lock.release()

    def _refresh(self, connection: Connection) -> None:
        try:
            with connection.begin_nested():
                mapping = read_overrides(connection)
        except Exception as exc:  # the caller's work (a crisis reply) goes on regardless
            log.warning("could not read text overrides (%s); keeping the ones loaded",
                        type(exc).__name__)  # fmt: skip
            return
        set_overrides(mapping)


def install(db, now: Callable[[], datetime], interval: float = REFRESH_SECONDS) -> Refresher:
    """Keep this process's overrides fresh from `db` (a database.Database); no I/O now.

    `now` is read at each check (tests swap the runtime's clock after create_app).
    """
    set_overrides({})  # a new process (or test app) starts from the shipped wording
    refresher = Refresher(now, interval)
    event.listen(db.factory, "after_begin", refresher)
    return refresher
