"""API keys for /api/v1: random keys shown once, stored only as SHA-256 hashes.

A stolen database therefore holds no usable key; the short prefix lets staff
tell keys apart in `apikey list` without the key itself.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from flows.admin import InvalidFieldError, NotFoundError
from flows.admin import checks as check
from models import ApiKey

PREFIX_LENGTH = 8


def key_hash(key: str) -> str:
    """The SHA-256 hex digest stored for `key`."""
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def create_key(session: Session, name: str, now: datetime) -> tuple[ApiKey, str]:
    """Make a key; return its row and the key itself, which is never stored."""
    if not isinstance(name, str) or not name.strip() or len(name) > check.NAME_MAX:
        raise InvalidFieldError("name", f"is required, at most {check.NAME_MAX} characters")
    key = secrets.token_urlsafe(32)
    row = ApiKey(
        name=name.strip(), prefix=key[:PREFIX_LENGTH], key_hash=key_hash(key), created_at=now
    )
    session.add(row)
    session.flush()
    return row, key


def list_keys(session: Session) -> list[ApiKey]:
    """Every key, oldest first, revoked ones included."""
    return list(session.scalars(select(ApiKey).order_by(ApiKey.id)))


def revoke_key(session: Session, key_id: int, now: datetime) -> ApiKey:
    """Refuse the key from now on (revoking twice keeps the first time)."""
    row = session.get(ApiKey, key_id)
    if row is None:
        raise NotFoundError(f"no API key #{key_id}")
    row.revoked_at = row.revoked_at or now
    return row


def authenticate(session: Session, key: str, now: datetime) -> ApiKey | None:
    """The live key matching `key`, with its last use recorded; None if unknown or revoked."""
    row = session.scalar(select(ApiKey).where(ApiKey.key_hash == key_hash(key)))
    if row is None or row.revoked_at is not None:
        return None
    row.last_used_at = now
    return row
