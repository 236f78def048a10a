"""A program's fortnight of outcomes, written as the flows write them (dashboard, exports, e2e).

North (America/New_York) has Ana, Ben and Cy; South has Sol. In the week of
Mon Nov 16 2026, four North sessions were reminded and three confirmed (75%),
two of three check-ins were answered (scores 8 and 4), Ana's crisis was
acknowledged after 4 minutes while Cy's went unanswered, Cy texted STOP
(twice), and two texts to Ben failed. In the week of Nov 9 Ben declined.
South's numbers are different everywhere, so a leak shows.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from itertools import count
from zoneinfo import ZoneInfo

from models import (
    Escalation,
    EscalationEvent,
    InboundMessage,
    OutboundMessage,
    Outcome,
    Participant,
)
from tests.console.web.participants_support import activate, contact_of, enroll

NEW_YORK = ZoneInfo("America/New_York")
PHONES = {"Ana": "+15005550301", "Ben": "+15005550302", "Cy": "+15005550303", "Sol": "+15005550401"}
_SIDS = count(1)


def ny(month: int, day: int, hour: int, minute: int = 0) -> datetime:
    """A New York wall time in 2026, as the UTC instant stored."""
    return datetime(2026, month, day, hour, minute, tzinfo=NEW_YORK).astimezone(UTC)


MON9, MON16, WED18 = ny(11, 9, 18), ny(11, 16, 18), ny(11, 18, 18)
ANA_CRISIS, CY_CRISIS = ny(11, 18, 2), ny(11, 20, 1)


@dataclass
class People:
    """Participant ids by first name, and the escalations' ids."""

    ids: dict[str, int]
    escalations: dict[str, int]


def build_outcomes(rt, world) -> People:
    """The participants and everything the flows recorded for them (see the module docstring)."""
    north, south = world.programs["North"], world.programs["South"]
    ids = {}
    for name, program in (("Ana", north), ("Ben", north), ("Cy", north), ("Sol", south)):
        ids[name] = enroll(rt, f"{name} Tester", PHONES[name], program)
        activate(rt, ids[name])
    _reminders(rt, ids)
    _checkins(rt, ids)
    escalations = _crises(rt, ids)
    _delivery(rt, ids)
    return People(ids, escalations)


def attendance(rt, participant_id: int, session_at: datetime, response: str, at: datetime):
    """A reminder's end as flows.definitions.reminder records it."""
    data = {"response": response, "session_at": session_at.isoformat()}
    outcome(rt, participant_id, "attendance", at, data)


def outcome(rt, participant_id: int, kind: str, at: datetime, data: dict | None = None) -> None:
    """One Outcome row."""
    with rt.db.transaction() as s:
        s.add(Outcome(participant_id=participant_id, kind=kind, data=data or {}, at=at))


def _reminders(rt, ids) -> None:
    hours = timedelta(hours=1)
    for who, session_at, response, before in (
        ("Ana", MON16, "no_reply", 23 * hours),  # the 24 h reminder went unanswered...
        ("Ana", MON16, "confirm", 115 * timedelta(minutes=1)),  # ...the 2 h one got a C
        ("Ben", MON16, "confirm", 23.5 * hours),  # C to the first reminder...
        ("Ben", MON16, "no_reply", 1 * hours),  # ...and nothing to the second: still confirmed
        ("Cy", MON16, "no_reply", 23 * hours),
        ("Cy", MON16, "no_reply", 0 * hours),
        ("Ana", WED18, "late", 1 * hours),
        ("Ben", MON9, "decline", 3 * hours),
        ("Sol", MON16, "decline", 3 * hours),
    ):
        attendance(rt, ids[who], session_at, response, session_at - before)


def _checkins(rt, ids) -> None:
    outcome(rt, ids["Ana"], "checkin_score", ny(11, 17, 19, 5), {"score": 8})
    trigger = {"what": "lonely", "text": None}
    outcome(rt, ids["Ana"], "checkin_trigger", ny(11, 17, 19, 10), trigger)
    outcome(rt, ids["Ben"], "checkin_score", ny(11, 19, 19, 2), {"score": 4})
    outcome(rt, ids["Cy"], "checkin_missed", ny(11, 17, 23))
    outcome(rt, ids["Sol"], "checkin_score", ny(11, 17, 19), {"score": 10})


def _crises(rt, ids) -> dict[str, int]:
    minute = timedelta(minutes=1)
    return {
        "Ana": escalation(rt, ids["Ana"], ANA_CRISIS, paged=[(0, 0)], acked=4 * minute,
                          resolved=60 * minute),
        "Cy": escalation(rt, ids["Cy"], CY_CRISIS, paged=[(0, 0), (1, 0)], exhausted=True),
        "Sol": escalation(rt, ids["Sol"], ny(11, 18, 3), paged=[(0, 0)], acked=30 * minute),
    }  # fmt: skip


def escalation(rt, participant_id, opened_at, *, paged=(), acked=None, resolved=None,
               exhausted=False) -> int:  # fmt: skip
    """An escalation as flows.escalation leaves it, with a "paged" event per (level, round)."""
    with rt.db.transaction() as s:
        contact = contact_of(s, participant_id)
        program_id = s.get(Participant, participant_id).program_id
        e = Escalation(
            contact_id=contact.id, participant_id=participant_id, program_id=program_id,
            code=f"{next(_SIDS):04d}", opened_at=opened_at,
            status="resolved" if resolved else "acked" if acked else "open",
            acked_at=opened_at + acked if acked else None,
            resolved_at=opened_at + resolved if resolved else None,
            exhausted_at=opened_at + timedelta(minutes=20) if exhausted else None,
        )  # fmt: skip
        s.add(e)
        s.flush()
        for level, round_ in paged:
            at = opened_at + timedelta(minutes=5 * level)
            details = {"level": level, "round": round_, "template": "page"}
            s.add(EscalationEvent(escalation_id=e.id, at=at, kind="paged", details=details))
        return e.id


def stop_text(rt, participant_id: int, at: datetime) -> None:
    """The participant texted STOP (flows.inbound records it handled as "opt-out")."""
    with rt.db.transaction() as s:
        contact = contact_of(s, participant_id)
        s.add(
            InboundMessage(
                message_sid=f"SMout{next(_SIDS):027d}", contact_id=contact.id,
                from_phone=contact.phone, to_phone="+15005550006", body="STOP", received_at=at,
                processed_at=at, handled_as="opt-out",
            )
        )  # fmt: skip
        contact.opted_out_at = contact.opted_out_at or at
        contact.opt_out_source = "keyword"


def text_to(rt, participant_id: int, at: datetime, status: str) -> None:
    """A text Tether sent at `at` that ended in `status`."""
    with rt.db.transaction() as s:
        contact = contact_of(s, participant_id)
        s.add(
            OutboundMessage(
                contact_id=contact.id, to_phone=contact.phone, body="Tether: how are you?",
                kind="checkin_ask", queue="scheduled", status=status, attempts=1, created_at=at,
            )
        )  # fmt: skip


def _delivery(rt, ids) -> None:
    stop_text(rt, ids["Cy"], ny(11, 20, 9))
    stop_text(rt, ids["Cy"], ny(11, 21, 9))  # a second STOP the same week: still one opt-out
    text_to(rt, ids["Ben"], ny(11, 17, 12), "failed")
    text_to(rt, ids["Ben"], ny(11, 18, 12), "undelivered")
    text_to(rt, ids["Ben"], ny(11, 19, 12), "delivered")
    text_to(rt, ids["Sol"], ny(11, 17, 12), "failed")
