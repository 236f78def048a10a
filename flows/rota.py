"""Alerting supervisors to a gap in the on-call rota before it bites.

A gap is a moment in the next 48 hours when no primary on-call person is
active for a program (including the organization-wide default). Each gap is
reported once: the alert's series in the timer-series table doubles as the
record that it was sent, so two dispatchers never alert twice.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from flows import oncall
from models import Program
from models.message import QUEUE_REPLIES
from models.timer import bump_series
from sms.contacts import get_or_create_contact
from sms.outbox import queue_outbound
from sms.texts import render

LOOKAHEAD_HOURS = 48


def check_rota_gaps(session: Session, now: datetime, config: dict) -> list[int | None]:
    """Alert supervisors of each program whose rota has a gap; return the programs alerted."""
    alerted: list[int | None] = []
    programs = list(session.scalars(select(Program).order_by(Program.id)))
    for program in programs:
        gap = oncall.first_gap(session, program.id, now, LOOKAHEAD_HOURS)
        if gap is not None and _first_report(session, program.id, gap):
            _alert(session, program.id, program.display_name, program.timezone, gap, now, config)
            alerted.append(program.id)
    return alerted


def _first_report(session: Session, program_id: int, gap: datetime) -> bool:
    # Keyed by program and the gap's hour: a gap that persists is reported once,
    # a new gap (another hour) again.
    return bump_series(session, f"rota-gap:{program_id}:{gap:%Y-%m-%dT%H}") == 1


def _alert(session, program_id, display_name, timezone, gap, now, config) -> None:
    local = gap.astimezone(ZoneInfo(timezone))
    when = f"{local:%a %b} {local.day} {local:%I:%M %p}".replace(" 0", " ")
    body = render(
        "rota_gap", "en", name=config["PROGRAM_DISPLAY_NAME"], program=display_name, time=when
    )
    for staff in oncall.last_resort(session, program_id):
        contact = get_or_create_contact(session, staff.phone, now)
        queue_outbound(session, contact, body, kind="rota_gap", now=now, queue=QUEUE_REPLIES)
