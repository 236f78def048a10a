"""Telling staff about a participant: a record for the console and a lock-screen-safe text.

The text goes to the participant's counselor of record, or to every active
staff phone when none is assigned. It never quotes the participant: what they
wrote may be anything, and staff phones have lock screens too.
"""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Participant, Program, StaffMember, StaffNotification
from models.timer import schedule_timer
from sms.contacts import get_or_create_contact
from sms.outbox import queue_outbound
from sms.texts import NOTICE_PREFIX, render

NOTICE_KIND = "staff.notice"


def is_staff_phone(session: Session, phone: str) -> bool:
    """True when `phone` belongs to an active staff member."""
    query = select(StaffMember.id).where(StaffMember.phone == phone, StaffMember.active.is_(True))
    return session.scalar(query) is not None


def staff_recipients(session: Session, participant: Participant) -> list[StaffMember]:
    """The counselor of record if active, else every active staff member."""
    if participant.counselor_id is not None:
        counselor = session.get(StaffMember, participant.counselor_id)
        if counselor is not None and counselor.active:
            return [counselor]
    return list(session.scalars(select(StaffMember).where(StaffMember.active.is_(True))))


def notify_staff(
    session: Session,
    participant: Participant,
    kind: str,
    details: dict,
    *,
    urgent: bool,
    now: datetime,
    config: dict,
) -> StaffNotification:
    """Record the notice (the console sees it at once) and text it to the recipients.

    A non-urgent notice outside the program's business hours is texted when
    they next open, so counselors are not woken for what can wait.
    """
    notice = StaffNotification(
        participant_id=participant.id, kind=kind, urgent=urgent, details=details, created_at=now
    )
    session.add(notice)
    session.flush()
    opens = None if urgent else next_business_opening(session, participant, now)
    if opens is None:
        text_notice(session, notice, participant, now, config)
    else:
        schedule_timer(
            session,
            due_at=opens,
            kind=NOTICE_KIND,
            target=f"notice:{notice.id}",
            series=f"notice:{notice.id}",
            now=now,
        )
    return notice


def text_notice(
    session: Session,
    notice: StaffNotification,
    participant: Participant,
    now: datetime,
    config: dict,
) -> None:
    """Queue the lock-screen-safe text of a notice to each recipient."""
    details = notice.details or {}
    when = details.get("session_when") or ""
    if details.get("session_at"):  # staff read absolute dates: "today" may be read tomorrow
        local = datetime.fromisoformat(details["session_at"]).astimezone(
            ZoneInfo(participant.timezone)
        )
        when = f"{local:%a %b} {local.day} at {local:%I:%M %p}".replace(" 0", " ")
    what = render(
        NOTICE_PREFIX + notice.kind, "en", session_when=when, missed=details.get("missed") or ""
    )
    body = render(
        "staff_notice",
        "en",
        name=config["PROGRAM_DISPLAY_NAME"],
        participant=participant.label,
        what=what,
    )
    for staff in staff_recipients(session, participant):
        contact = get_or_create_contact(session, staff.phone, now)
        queue_outbound(
            session,
            contact,
            body,
            kind=f"staff:{notice.kind}",
            now=now,
            queue="crisis" if notice.urgent else "replies",
        )


def next_business_opening(session: Session, participant: Participant, now: datetime):
    """None during the program's business hours (or with no program), else when they open."""
    program = session.get(Program, participant.program_id) if participant.program_id else None
    if program is None:
        return None
    hours = program.business_hours or {}
    days = set(hours.get("days", range(5)))
    opens, closes = (
        time.fromisoformat(hours.get("start", "09:00")),
        time.fromisoformat(hours.get("end", "17:00")),
    )
    zone = ZoneInfo(program.timezone)
    local = now.astimezone(zone)
    if local.weekday() in days and opens <= local.time() < closes:
        return None
    for ahead in range(8):
        day = local.date() + timedelta(days=ahead)
        candidate = datetime.combine(day, opens, tzinfo=zone)
        if day.weekday() in days and candidate > local:
            return candidate.astimezone(UTC)
    return None
