"""A small world for crisis tests: a program, its on-call rota, staff and one participant."""

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from flows.participants import enroll
from models import (
    Escalation,
    EscalationEvent,
    OnCallSchedule,
    OutboundMessage,
    Program,
    StaffMember,
)
from tests.conftest import drain
from workers.dispatcher import dispatch_once

PARTICIPANT = "+15005550141"
ONCALL = "+15005550142"
BACKUP = "+15005550143"
SUPERVISOR = "+15005550144"
STRANGER = "+15005550149"


@dataclass
class World:
    """Ids of what `build` made."""

    program_id: int
    participant_id: int
    oncall_id: int
    backup_id: int
    supervisor_id: int


def build(rt, text_in, *, consent: bool = True, page_includes_text: bool = False) -> World:
    """A program with primary and backup rotas, a supervisor, and an enrolled participant."""
    now = rt.clock.now()
    with rt.db.transaction() as s:
        program = Program(
            name="Evening group",
            display_name="Northside",
            timezone="America/New_York",
            start_date=date(2026, 11, 1),
            session_rules=["FREQ=WEEKLY;BYDAY=MO,WE,TH;BYHOUR=18;BYMINUTE=0"],
            page_includes_text=page_includes_text,
            created_at=now,
            updated_at=now,
        )
        s.add(program)
        s.flush()
        staff = {}
        for key, name, phone, role in (
            ("oncall", "Ana Oncall", ONCALL, "counselor"),
            ("backup", "Ben Backup", BACKUP, "counselor"),
            ("supervisor", "Sue Super", SUPERVISOR, "supervisor"),
        ):
            member = StaffMember(
                name=name, phone=phone, role=role, active=True, created_at=now,
                program_id=program.id,
            )  # fmt: skip
            s.add(member)
            s.flush()
            staff[key] = member.id
        for role, member in (("primary", staff["oncall"]), ("backup", staff["backup"])):
            s.add(
                OnCallSchedule(
                    program_id=program.id, role=role, timezone="America/New_York",
                    rotation=[member], starts_on=date(2026, 11, 1), handoff_time="09:00",
                    shift_days=7, created_at=now,
                )
            )  # fmt: skip
        participant = enroll(
            s, phone=PARTICIPANT, name="Maria Lopez", language="en",
            timezone="America/New_York", now=now, config=rt.config,
        )  # fmt: skip
        participant.program_id = program.id
        participant.preferred_name = "Mari"
        pid = participant.id
    if consent:
        text_in(PARTICIPANT, "YES")
    return World(program.id, pid, staff["oncall"], staff["backup"], staff["supervisor"])


def tick(app, rt, clock, minutes: float = 1) -> None:
    """Move the clock, run a dispatcher pass and drain the queues."""
    clock.advance(minutes=minutes)
    dispatch_once(rt.db, rt.queues, rt.config, clock.now())
    drain(app)


def escalation(rt) -> Escalation:
    """The newest escalation."""
    with rt.db.transaction() as s:
        return s.scalars(select(Escalation).order_by(Escalation.id.desc())).first()


def timeline(rt, escalation_id: int) -> list[tuple[str, int | None]]:
    """(kind, staff id) of each event, in order."""
    with rt.db.transaction() as s:
        query = select(EscalationEvent).where(EscalationEvent.escalation_id == escalation_id)
        return [(e.kind, e.staff_id) for e in s.scalars(query.order_by(EscalationEvent.id))]


def texts_to(rt, phone: str, kind_prefix: str = "") -> list[OutboundMessage]:
    """Outbox rows to `phone` (optionally of kinds starting with `kind_prefix`), in order."""
    with rt.db.transaction() as s:
        query = select(OutboundMessage).where(OutboundMessage.to_phone == phone)
        rows = list(s.scalars(query.order_by(OutboundMessage.id)))
    return [r for r in rows if r.kind.startswith(kind_prefix)]
