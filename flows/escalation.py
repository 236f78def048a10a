"""The life of a crisis escalation: open, page level by level, ACK, pass, resolve, exhaust.

Deadlines are timers in the series `escalation:<id>` (kind PAGE_KIND pages
the current level now, DEADLINE_KIND moves on when nobody acknowledged in
time), so they survive restarts and are never skipped after downtime. An
ACK, PASS or RESOLVE bumps the series, making every pending deadline stale.
The daily supervisor nudge lives in its own series so an ACK does not stop it:
only RESOLVE does.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import select
from sqlalchemy.orm import Session

from flows import oncall
from flows.naming import sender_name
from flows.split_texts import SPLIT_RULE, texts_read_together
from models import (
    Contact,
    Disclosure,
    Escalation,
    EscalationEvent,
    InboundMessage,
    Participant,
    Program,
    StaffMember,
)
from models.batch import current_batch
from models.escalation import ACKED, OPEN, RESOLVED, UNRESOLVED
from models.message import QUEUE_CRISIS
from models.timer import bump_series, schedule_timer
from sms.contacts import get_or_create_contact
from sms.lockscreen import is_lock_screen_safe
from sms.outbox import queue_outbound
from sms.phone import mask_phone
from sms.texts import render

PAGE_KIND = "escalation.page"
DEADLINE_KIND = "escalation.deadline"
NUDGE_KIND = "escalation.nudge"
REPLY_FAILED_KIND = "escalation.reply_failed"
NUDGE_AFTER = timedelta(hours=24)
QUOTE_LIMIT = 120
NEED = "needs contact now"
NEED_OVERDOSE = "may have overdosed - call now, 911 if no answer"


@dataclass
class Paging:
    """What one step of an escalation did: rows to send now, and who was paged."""

    outbound_ids: list[int] = field(default_factory=list)
    paged: list[str] = field(default_factory=list)


def series(escalation_id: int) -> str:
    """The timer series of an escalation's deadlines."""
    return f"escalation:{escalation_id}"


def nudge_series(escalation_id: int) -> str:
    """The timer series of an escalation's daily supervisor nudge."""
    return f"escalation-nudge:{escalation_id}"


def unresolved_for_contact(session: Session, contact_id: int) -> Escalation | None:
    """The contact's open or acknowledged escalation, if any."""
    query = select(Escalation).where(
        Escalation.contact_id == contact_id, Escalation.status.in_(UNRESOLVED)
    )
    return session.scalars(query.order_by(Escalation.id.desc())).first()


def in_crisis(session: Session, participant: Participant) -> bool:
    """True while the participant has an unresolved escalation (no scheduled texts then)."""
    batch = current_batch(session)
    if batch is not None and participant.id in batch.participants:
        return participant.contact_id in batch.crisis_contacts
    return unresolved_for_contact(session, participant.contact_id) is not None


def open_escalation(
    session: Session,
    contact: Contact,
    participant: Participant | None,
    *,
    inbound_id: int,
    rules: list[str],
    overdose: bool,
    now: datetime,
) -> tuple[Escalation, int]:
    """Open an escalation and a first-page timer due now; return it and the timer's id."""
    program_id = participant.program_id if participant is not None else None
    policy = oncall.policy_for(session, program_id)
    escalation = Escalation(
        contact_id=contact.id,
        participant_id=participant.id if participant is not None else None,
        program_id=program_id,
        policy_id=policy.id if policy is not None else None,
        code=_new_code(session),
        status=OPEN,
        level=0,
        round=0,
        overdose=overdose,
        rules=list(rules),
        trigger_inbound_id=inbound_id,
        opened_at=now,
    )
    session.add(escalation)
    session.flush()
    record(session, escalation, "received", now, inbound_id=inbound_id, details={"rules": rules})
    timer = schedule_timer(
        session,
        due_at=now,
        kind=PAGE_KIND,
        target=f"escalation:{escalation.id}",
        series=series(escalation.id),
        now=now,
    )
    schedule_timer(
        session,
        due_at=now + NUDGE_AFTER,
        kind=NUDGE_KIND,
        target=f"escalation:{escalation.id}",
        series=nudge_series(escalation.id),
        now=now,
    )
    return escalation, timer.id


def page_current_level(
    session: Session, escalation: Escalation, now: datetime, config: dict, *, in_request=False
) -> Paging:
    """Page the current level (skipping empty ones) and set its ACK deadline."""
    paging = Paging()
    if escalation.status != OPEN:
        return paging
    levels = _levels(session, escalation)
    # Each level's recipients are looked up once: the check for anyone in the chain
    # and the walk to the first level with someone ask about the same levels.
    recipients_of = cache(
        lambda index: oncall.level_recipients(session, escalation.program_id, levels[index], now)
    )
    if any(recipients_of(index) for index in range(len(levels))):
        while True:
            level = levels[escalation.level]
            recipients = recipients_of(escalation.level)
            if recipients:
                break
            record(session, escalation, "level_empty", now, details=_where(escalation))
            if not _advance(escalation, len(levels), _repeat(session, escalation)):
                return _nobody_answered(session, escalation, now, config, paging, in_request)
    else:
        # The chain names nobody right now: page the last resort rather than nobody.
        level = levels[escalation.level]
        recipients = oncall.last_resort(session, escalation.program_id)
    body = _staff_text(session, escalation, "page", config, quote=True) if recipients else ""
    for staff in recipients:  # the same page to each: rendered once
        _queue_staff(session, escalation, staff, body, "page", now, paging, in_request)
    escalation.last_paged_at = now
    minutes = float(level.get("ack_minutes") or oncall.DEFAULT_ACK_MINUTES)
    schedule_timer(
        session,
        due_at=now + timedelta(minutes=minutes),
        kind=DEADLINE_KIND,
        target=f"escalation:{escalation.id}",
        series=series(escalation.id),
        now=now,
        payload=_where(escalation),
    )
    if not recipients:
        record(session, escalation, "nobody_to_page", now)
    return paging


def deadline_passed(session: Session, escalation: Escalation, now: datetime, config: dict):
    """Nobody acknowledged the current level in time: page the next one."""
    if escalation.status != OPEN:
        return Paging()
    record(session, escalation, "ack_timeout", now, details=_where(escalation))
    levels = _levels(session, escalation)
    if not _advance(escalation, len(levels), _repeat(session, escalation)):
        return _nobody_answered(session, escalation, now, config, Paging(), False)
    return page_current_level(session, escalation, now, config)


def acknowledge(
    session: Session, escalation: Escalation, staff: StaffMember, now: datetime, config: dict, via
) -> Paging:
    """A staff member has it: stop paging, tell the participant and the others paged."""
    paging = Paging()
    if escalation.status != OPEN:
        return paging
    escalation.status, escalation.acked_at, escalation.acked_by_id = ACKED, now, staff.id
    bump_series(session, series(escalation.id))
    record(session, escalation, "acked", now, staff_id=staff.id, details={"via": via})
    program = _program(session, escalation)
    if program is None or program.tell_participant_on_ack:
        _text_participant(session, escalation, "crisis_acked", now, config, paging)
    for other in _paged_staff(session, escalation):
        if other.id != staff.id:
            body = _staff_text(session, escalation, "page_taken", config, staff=staff.name)
            _queue_staff(session, escalation, other, body, "page_taken", now, paging, False)
    return paging


def resolve(
    session: Session,
    escalation: Escalation,
    staff: StaffMember,
    note: str,
    now: datetime,
    via: str,
) -> None:
    """Close the escalation with a note; scheduled texts resume for the participant."""
    if escalation.status == OPEN:
        escalation.acked_at, escalation.acked_by_id = now, staff.id
    escalation.status, escalation.resolved_at, escalation.resolved_by_id = RESOLVED, now, staff.id
    escalation.resolution_note = note
    bump_series(session, series(escalation.id))
    bump_series(session, nudge_series(escalation.id))
    record(session, escalation, "resolved", now, staff_id=staff.id, details={"via": via})


def pass_on(
    session: Session, escalation: Escalation, staff: StaffMember, now: datetime, config: dict, via
) -> Paging:
    """The paged person cannot take it: page the next level now."""
    if escalation.status != OPEN:
        return Paging()
    bump_series(session, series(escalation.id))
    record(session, escalation, "passed", now, staff_id=staff.id, details={"via": via})
    levels = _levels(session, escalation)
    if not _advance(escalation, len(levels), _repeat(session, escalation)):
        return _nobody_answered(session, escalation, now, config, Paging(), False)
    return page_current_level(session, escalation, now, config)


def another_message(
    session: Session,
    escalation: Escalation,
    inbound_id: int,
    now: datetime,
    config: dict,
    *,
    crisis: bool = True,
) -> Paging:
    """A further text on an unresolved escalation (`crisis`: triaged a crisis itself, or only
    written while it is open): on the timeline, and to who has it."""
    details = None if crisis else {"crisis": False}
    record(session, escalation, "message", now, inbound_id=inbound_id, details=details)
    paging = Paging()
    if escalation.status == ACKED and escalation.acked_by_id is not None:
        staff = session.get(StaffMember, escalation.acked_by_id)
        if staff is not None and staff.active:
            body = _staff_text(session, escalation, "page_update", config, inbound_id=inbound_id)
            _queue_staff(session, escalation, staff, body, "page_update", now, paging, True)
    return paging


def reply_failed(
    session: Session, escalation: Escalation, problem: str, now: datetime, config: dict
) -> Paging:
    """Our text to the participant did not arrive: ask whoever has it (or was paged) to call."""
    escalation.reply_problem = problem
    record(session, escalation, "reply_failed", now, details={"problem": problem})
    paging = Paging()
    if escalation.status == RESOLVED:
        return paging
    body = _staff_text(session, escalation, "page_reply_failed", config, problem=problem)
    for staff in _current_holders(session, escalation):
        _queue_staff(session, escalation, staff, body, "page_reply_failed", now, paging, False)
    return paging


def nudge(session: Session, escalation: Escalation, now: datetime, config: dict) -> Paging:
    """Unresolved after a day: nudge the supervisors, and again tomorrow."""
    paging = Paging()
    if escalation.status == RESOLVED:
        return paging
    body = _staff_text(session, escalation, "page_nudge", config)
    for staff in oncall.last_resort(session, escalation.program_id):
        _queue_staff(session, escalation, staff, body, "page_nudge", now, paging, False)
    record(session, escalation, "nudged", now, details={"to": paging.paged})
    schedule_timer(
        session,
        due_at=now + NUDGE_AFTER,
        kind=NUDGE_KIND,
        target=f"escalation:{escalation.id}",
        series=nudge_series(escalation.id),
        now=now,
    )
    return paging


def record(
    session: Session,
    escalation: Escalation,
    kind: str,
    now: datetime,
    *,
    staff_id: int | None = None,
    inbound_id: int | None = None,
    outbound_id: int | None = None,
    details: dict | None = None,
) -> None:
    """Add one event to the escalation's timeline."""
    session.add(
        EscalationEvent(
            escalation_id=escalation.id,
            at=now,
            kind=kind,
            staff_id=staff_id,
            inbound_id=inbound_id,
            outbound_id=outbound_id,
            details=details or {},
        )
    )


def who(session: Session, escalation: Escalation) -> str:
    """How texts to staff name the person: preferred name and internal id."""
    if escalation.participant_id is None:
        return "an unknown number"
    participant = session.get(Participant, escalation.participant_id)
    called = participant.called if participant is not None else ""
    return f"{called} (participant #{escalation.participant_id})".strip()


def _nobody_answered(session, escalation, now, config, paging: Paging, in_request) -> Paging:
    """Every level and repeat went unanswered: 988 again, a final page, and stay open."""
    if escalation.exhausted_at is None:
        escalation.exhausted_at = now
    record(session, escalation, "exhausted", now)
    _text_participant(session, escalation, "crisis_resend", now, config, paging)
    body = _staff_text(session, escalation, "page_final", config)
    for staff in oncall.last_resort(session, escalation.program_id):
        _queue_staff(session, escalation, staff, body, "page_final", now, paging, in_request)
    escalation.last_paged_at = now
    return paging


def _advance(escalation: Escalation, level_count: int, repeat: int) -> bool:
    """Move to the next level (or the next round); False when the chain is used up."""
    if escalation.level + 1 < level_count:
        escalation.level += 1
        return True
    if escalation.round + 1 < repeat:
        escalation.round += 1
        escalation.level = 0
        return True
    return False


def _queue_staff(session, escalation, staff, body, kind, now, paging, in_request) -> None:
    """Queue a crisis-priority text to one staff member and record the disclosure."""
    contact = get_or_create_contact(session, staff.phone, now)
    message = queue_outbound(
        session, contact, body, kind=kind, now=now, queue=QUEUE_CRISIS, in_request=in_request
    )
    paging.outbound_ids.append(message.id)
    paging.paged.append(staff.name)
    details = {**_where(escalation), "template": kind}
    record(
        session,
        escalation,
        "paged",
        now,
        staff_id=staff.id,
        outbound_id=message.id,
        details=details,
    )
    quoted = kind == "page" and "They wrote" in body
    fields = ["preferred_name", "participant_id", "phone", "time"] + (["message"] if quoted else [])
    session.add(
        Disclosure(
            at=now,
            participant_id=escalation.participant_id,
            contact_id=escalation.contact_id,
            recipient_staff_id=staff.id,
            recipient=f"{staff.name} ({mask_phone(staff.phone)})",
            channel="sms",
            purpose="medical_emergency",
            fields=fields,
            outbound_id=message.id,
            escalation_id=escalation.id,
        )
    )


def _text_participant(session, escalation, template, now, config, paging) -> None:
    contact = session.get(Contact, escalation.contact_id)
    participant = (
        session.get(Participant, escalation.participant_id) if escalation.participant_id else None
    )
    language = participant.language if participant is not None else contact.language
    body = render(template, language, name=sender_name(session, participant, config))
    message = queue_outbound(session, contact, body, kind=template, now=now, queue=QUEUE_CRISIS)
    paging.outbound_ids.append(message.id)
    details = {"template": template}
    record(session, escalation, "participant_texted", now, outbound_id=message.id, details=details)


def _staff_text(session, escalation, template, config, *, quote=False, **values) -> str:
    """Fill a staff template; drop the quote if it would make the text unsafe or too long."""
    base = {
        "name": config["PROGRAM_DISPLAY_NAME"],
        "who": who(session, escalation),
        "callback": session.get(Contact, escalation.contact_id).phone,
        "code": escalation.code,
        "time": _local_time(session, escalation, config),
        "problem": "",
        "quote": "",
        "need": NEED_OVERDOSE if escalation.overdose else NEED,
        **values,
    }
    if template == "page" and escalation.reply_problem:
        base["problem"] = f" Our reply did NOT reach them ({escalation.reply_problem}) - call now."
    if template == "page_update":
        quote = True
    words = _quote(session, escalation, values) if quote else ""
    if words:
        with_quote = render(template, "en", **{**base, "quote": words})
        if is_lock_screen_safe(with_quote):
            return with_quote
    return render(template, "en", **base)


def _quote(session, escalation, values) -> str:
    """The participant's words, only where the program allows it."""
    program = _program(session, escalation)
    if program is None or not program.page_includes_text:
        return ""
    inbound = session.get(InboundMessage, values.get("inbound_id") or escalation.trigger_inbound_id)
    if inbound is None:
        return ""
    parts = [inbound.body or ""]
    if SPLIT_RULE in (escalation.rules or ()) and "inbound_id" not in values:
        parts = texts_read_together(session, inbound)  # the crisis was in all of them
    text = " / ".join(" ".join(part.split()) for part in parts if part.strip())
    if not text:
        return ""
    if len(text) > QUOTE_LIMIT:
        text = text[: QUOTE_LIMIT - 3] + "..."
    return f' They wrote: "{text}"'


def _local_time(session, escalation, config) -> str:
    program = _program(session, escalation)
    name = program.timezone if program is not None else config.get("DEFAULT_TIMEZONE")
    try:
        zone = ZoneInfo(name or "UTC")
    except (ZoneInfoNotFoundError, ValueError):  # a page must go out whatever the setting
        zone = ZoneInfo("UTC")
    local = escalation.opened_at.astimezone(zone)
    return f"{local:%a} {local:%I:%M %p}".replace(" 0", " ")


def _program(session, escalation) -> Program | None:
    return session.get(Program, escalation.program_id) if escalation.program_id else None


def _levels(session, escalation) -> list[dict]:
    return oncall.policy_levels(oncall.policy_for(session, escalation.program_id))


def _repeat(session, escalation) -> int:
    return oncall.policy_repeat(oncall.policy_for(session, escalation.program_id))


def _where(escalation: Escalation) -> dict:
    return {"level": escalation.level, "round": escalation.round}


def _paged_staff(session, escalation) -> list[StaffMember]:
    ids = session.scalars(
        select(EscalationEvent.staff_id).where(
            EscalationEvent.escalation_id == escalation.id,
            EscalationEvent.kind == "paged",
            EscalationEvent.staff_id.is_not(None),
        )
    )
    return [s for s in (session.get(StaffMember, i) for i in set(ids)) if s is not None]


def _current_holders(session, escalation) -> list[StaffMember]:
    if escalation.status == ACKED and escalation.acked_by_id is not None:
        staff = session.get(StaffMember, escalation.acked_by_id)
        return [staff] if staff is not None else []
    return _paged_staff(session, escalation) or oncall.last_resort(session, escalation.program_id)


def _new_code(session: Session) -> str:
    """A 4-digit code no unresolved escalation uses (5 digits if 4 are crowded)."""
    taken = set(session.scalars(select(Escalation.code).where(Escalation.status.in_(UNRESOLVED))))
    for digits in (4, 4, 4, 4, 5, 5, 5, 6):
        code = str(secrets.randbelow(9 * 10 ** (digits - 1)) + 10 ** (digits - 1))
        if code not in taken:
            return code
    return str(secrets.randbelow(9 * 10**7) + 10**7)
