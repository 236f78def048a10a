"""Sign-in throttling: slowed, never locked, so an on-call counselor always gets in.

After FREE_FAILURES failed sign-ins within WINDOW for one email, or from one
address, the next attempt must wait 2^(n - FREE_FAILURES) seconds after the
last failure (n failures so far), at most MAX_WAIT. An attempt during the
wait is refused before the password is checked, and is not itself counted, so
waiting it out always works and a correct password then signs in. A success
forgets that email's failures; an address's failures only age out, so one
known password does not reset a guesser's count for every other account.

Failures are rows (models.SignInFailure), not memory: every web process sees
the same counts. Times come from the injected clock.
"""

from __future__ import annotations

import math
from datetime import datetime, timedelta

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from models import SignInFailure
from models.user import EMAIL_MAX

WINDOW = timedelta(minutes=15)
FREE_FAILURES = 5
MAX_WAIT = 60  # seconds
ADDRESS_MAX = 64


def delay_after(failures: int) -> int:
    """Seconds to wait after `failures` failed attempts (0 while under the free count)."""
    if failures < FREE_FAILURES:
        return 0
    return min(2 ** (failures - FREE_FAILURES), MAX_WAIT)


def wait_seconds(session: Session, email: str, address: str, now: datetime) -> int:
    """Whole seconds before this email may be tried from this address (0: go ahead)."""
    waits = [0.0]
    for column, value in (
        (SignInFailure.email, _email(email)),
        (SignInFailure.address, _address(address)),
    ):
        count, last = session.execute(
            select(func.count(), func.max(SignInFailure.at)).where(
                column == value, SignInFailure.at > now - WINDOW
            )
        ).one()
        if count and delay_after(count):
            waits.append((last + timedelta(seconds=delay_after(count)) - now).total_seconds())
    return math.ceil(max(waits))


def record_failure(session: Session, email: str, address: str, now: datetime) -> None:
    """Count a failed attempt, and forget failures too old to matter."""
    session.execute(delete(SignInFailure).where(SignInFailure.at <= now - WINDOW))
    session.add(SignInFailure(at=now, email=_email(email), address=_address(address)))


def forget_email(session: Session, email: str) -> None:
    """After a successful sign-in, that email starts afresh."""
    session.execute(delete(SignInFailure).where(SignInFailure.email == _email(email)))


def _email(email: str) -> str:
    return (email or "").strip().lower()[:EMAIL_MAX]


def _address(address: str | None) -> str:
    return (address or "unknown")[:ADDRESS_MAX]
