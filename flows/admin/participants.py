"""Participants: enroll, change, and look at their schedule and conversation.

A change to what decides a participant's texts (program, zone, policy
overrides, pause, discharge) re-plans them. The phone number is fixed once
enrolled: a new number has not said YES, so it is enrolled afresh and gets
its own invitation.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from flows.admin import ConflictError, InvalidFieldError, NotFoundError
from flows.admin import checks as check
from flows.admin.programs import check_policy, model_default
from flows.participants import EnrollmentError, enroll
from flows.runner import lock_participant

# The one place that knows discharge and aftercare; the preview must match what is stored.
from flows.schedule_store import is_paused, planned_messages, replan
from models import Contact, InboundMessage, OutboundMessage, Participant, Program, StaffMember

DEFAULT_TIMEZONE = "America/New_York"
PREFERRED_NAME_MAX = 60  # the column's length
PREVIEW_DAYS_MAX = 90
MESSAGES_MAX = 500
# Giving any of these may change what the participant is sent, so it re-plans them.
_REPLAN = {
    "program_id",
    "timezone",
    "policy_overrides",
    "paused_from",
    "paused_until",
    "discharged_on",
}
_PLAN_COLUMNS = {
    "reasons": "plan_reasons",
    "steps": "plan_steps",
    "supporter_name": "plan_supporter_name",
    "supporter_phone": "plan_supporter_phone",
    "threshold": "checkin_threshold",
}


def participant_view(session: Session, p: Participant) -> dict:
    """The participant as the API shows it."""
    contact = session.get(Contact, p.contact_id)
    return {
        "id": p.id,
        "name": p.name,
        "preferred_name": p.preferred_name,
        "phone": contact.phone,
        "language": p.language,
        "timezone": p.timezone,
        "status": p.status,
        "opted_out": contact.opted_out,
        "program_id": p.program_id,
        "counselor_id": p.counselor_id,
        "policy_overrides": dict(p.policy_overrides or {}),
        "plan": {key: getattr(p, column) for key, column in _PLAN_COLUMNS.items()},
        "paused_from": p.paused_from,
        "paused_until": p.paused_until,
        "discharged_on": p.discharged_on,
        "created_at": p.created_at,
        "consent_at": p.consent_at,
        "planned_until": p.planned_until,
    }


def list_participants(session: Session, program_id: int | None = None) -> list[dict]:
    """Every participant (of one program, if given), oldest first."""
    query = select(Participant).order_by(Participant.id)
    if program_id is not None:
        query = query.where(Participant.program_id == program_id)
    return [participant_view(session, p) for p in session.scalars(query)]


def get_participant(session: Session, participant_id: int, lock: bool = False) -> Participant:
    """The participant (row-locked when `lock`, as the runner does before changing one)."""
    p = (
        lock_participant(session, participant_id)
        if lock
        else session.get(Participant, participant_id)
    )
    if p is None:
        raise NotFoundError(f"no participant #{participant_id}")
    return p


def create_participant(session: Session, values: dict, now: datetime, config: dict) -> Participant:
    """Enroll a participant (texts the invitation), then apply the other values given."""
    phone = check.phone(values.get("phone") or "", config["DEFAULT_REGION"])
    name = _name(values.get("name"))
    language = _language(values.get("language") or "en")
    program = _program_ref(session, values.get("program_id"))
    tz = values.get("timezone") or (program.timezone if program else DEFAULT_TIMEZONE)
    _counselor_ref(session, values.get("counselor_id"))
    preferred = _preferred_name(values.get("preferred_name"))  # the invitation greets them so
    try:
        p = enroll(
            session,
            phone=phone,
            name=name,
            language=language,
            timezone=check.timezone(tz),
            now=now,
            config=config,
            counselor_id=values.get("counselor_id"),
            program_id=program.id if program else None,
            preferred_name=preferred,
        )
    except EnrollmentError as exc:
        raise ConflictError(f"phone: {exc}") from None
    extras = {k: v for k, v in values.items() if k not in ("phone", "name", "language")}
    _change(session, p, extras, now, config)
    return p


def update_participant(
    session: Session, participant_id: int, changes: dict, now: datetime, config: dict
) -> tuple[Participant, int | None]:
    """Change a participant; re-plan them when what they are sent may change.

    Returns the participant and how many texts were planned (None: not re-planned).
    """
    if "phone" in changes:
        raise InvalidFieldError("phone", "cannot change; enroll the new number (it must say YES)")
    p = get_participant(session, participant_id, lock=True)
    return p, _change(session, p, changes, now, config)


def _change(
    session: Session, p: Participant, changes: dict, now: datetime, config: dict
) -> int | None:
    if "name" in changes:
        p.name = _name(changes["name"])
    if "preferred_name" in changes:
        p.preferred_name = _preferred_name(changes["preferred_name"])
    if "language" in changes:
        p.language = _language(changes["language"])
        session.get(Contact, p.contact_id).language = p.language  # keyword replies use it
    if "timezone" in changes:
        p.timezone = check.timezone(changes["timezone"] or "")
    if "counselor_id" in changes:
        p.counselor_id = _counselor_ref(session, changes["counselor_id"])
    if "program_id" in changes:
        program = _program_ref(session, changes["program_id"])
        p.program_id = program.id if program else None
    if "program_id" in changes or "policy_overrides" in changes:
        overrides = changes.get("policy_overrides", p.policy_overrides)
        p.policy_overrides = _overrides(session, p, overrides, now)
    if "plan" in changes:
        _set_plan(p, changes["plan"], config)
    _pause(p, changes)
    if "discharged_on" in changes:
        p.discharged_on = check.day(changes["discharged_on"], "discharged_on")
    if not changes.keys() & _REPLAN:
        return None
    return replan(session, p, now)


def _name(value) -> str:
    if not isinstance(value, str) or not value.strip():
        raise InvalidFieldError("name", "is required")
    if len(value) > check.NAME_MAX or "\x00" in value:
        raise InvalidFieldError("name", f"must be at most {check.NAME_MAX} characters of text")
    return value.strip()


def _preferred_name(value) -> str | None:
    """What the participant likes to be called (pages name them by it); empty clears it."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if not isinstance(value, str) or len(value) > PREFERRED_NAME_MAX or "\x00" in value:
        raise InvalidFieldError(
            "preferred_name", f"must be at most {PREFERRED_NAME_MAX} characters of text"
        )
    return value.strip()


def _language(value) -> str:
    if value not in check.LANGUAGES:
        raise InvalidFieldError("language", f"must be one of {', '.join(check.LANGUAGES)}")
    return value


def _program_ref(session: Session, program_id: int | None) -> Program | None:
    if program_id is None:
        return None
    program = session.get(Program, program_id)
    if program is None:
        raise InvalidFieldError("program_id", f"no program #{program_id}")
    return program


def _counselor_ref(session: Session, staff_id: int | None) -> int | None:
    if staff_id is not None and session.get(StaffMember, staff_id) is None:
        raise InvalidFieldError("counselor_id", f"no staff member #{staff_id}")
    return staff_id


def _overrides(session: Session, p: Participant, overrides, now: datetime) -> dict:
    """Check overrides against the participant's program (or the defaults) as a whole."""
    overrides = dict(overrides or {})
    unknown = sorted(set(overrides) - set(check.POLICY_KEYS))
    if unknown:
        raise InvalidFieldError("policy_overrides", f"unknown key(s) {', '.join(unknown)}")
    program = session.get(Program, p.program_id) if p.program_id else None
    base = {
        key: getattr(program, key) if program else model_default(key) for key in check.POLICY_KEYS
    }
    today = now.astimezone(ZoneInfo(p.timezone)).date()
    check_policy(base | overrides, today, prefix="policy_overrides.")
    return overrides


def _set_plan(p: Participant, plan: dict, config: dict) -> None:
    """Merge the given plan keys into the coping plan; it is texted back, so wording is checked."""
    unknown = sorted(set(plan) - set(_PLAN_COLUMNS))
    if unknown:
        raise InvalidFieldError("plan", f"unknown key(s) {', '.join(unknown)}")
    if "reasons" in plan:
        p.plan_reasons = _plan_text(plan["reasons"], "plan.reasons", check.PLAN_TEXT_MAX)
    if "steps" in plan:
        p.plan_steps = _steps(plan["steps"])
    if "supporter_name" in plan:
        p.plan_supporter_name = _plan_text(
            plan["supporter_name"], "plan.supporter_name", check.NAME_MAX
        )
    if "supporter_phone" in plan:
        raw = plan["supporter_phone"]
        p.plan_supporter_phone = (
            check.phone(raw, config["DEFAULT_REGION"], "plan.supporter_phone") if raw else None
        )
    if "threshold" in plan:
        threshold = plan["threshold"]
        if isinstance(threshold, bool) or threshold not in range(check.THRESHOLD_MAX + 1):
            raise InvalidFieldError("plan.threshold", "must be a whole number from 0 to 10")
        p.checkin_threshold = threshold


def _plan_text(value, field: str, limit: int) -> str | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str) or len(value) > limit or "\x00" in value:
        raise InvalidFieldError(field, f"must be at most {limit} characters of text")
    check.lock_screen_safe(value, field)
    return value.strip()


def _steps(steps) -> list[str]:
    if not isinstance(steps, list) or not check.STEPS_MIN <= len(steps) <= check.STEPS_MAX:
        raise InvalidFieldError("plan.steps", "give between 2 and 5 coping steps")
    cleaned = [_plan_text(step, "plan.steps", check.STEP_MAX) for step in steps]
    if any(step is None for step in cleaned):
        raise InvalidFieldError("plan.steps", "a step cannot be empty")
    return cleaned


def _pause(p: Participant, changes: dict) -> None:
    if "paused_from" not in changes and "paused_until" not in changes:
        return
    start = check.day(changes.get("paused_from", p.paused_from), "paused_from")
    end = check.day(changes.get("paused_until", p.paused_until), "paused_until")
    if end is not None and start is None:
        raise InvalidFieldError("paused_from", "is required when paused_until is given")
    if end is not None and end < start:
        raise InvalidFieldError("paused_until", "is before paused_from")
    p.paused_from, p.paused_until = start, end


def schedule_preview(
    session: Session, participant_id: int, start: date | None, days: int, now: datetime
) -> dict:
    """What the participant's plan holds for `days` local days from `start` (default: today).

    Computed afresh for any window, not read from the stored horizon, so staff
    can look months ahead or check a change before it is due.
    """
    p = get_participant(session, participant_id)
    zone = ZoneInfo(p.timezone)
    first_day = check.day(start or now.astimezone(zone).date(), "start")
    if not 1 <= days <= PREVIEW_DAYS_MAX:
        raise InvalidFieldError("days", f"must be from 1 to {PREVIEW_DAYS_MAX}")
    begin, end = (
        _local_midnight(first_day, zone),
        _local_midnight(first_day + timedelta(days), zone),
    )
    program = session.get(Program, p.program_id) if p.program_id else None
    planned = planned_messages(program, p, begin, end) if program else []
    return {
        "participant_id": p.id,
        "program_id": p.program_id,
        "timezone": p.timezone,
        "start": first_day,
        "days": days,
        "from_utc": begin,
        "until_utc": end,
        "items": [_preview_item(item, p, zone) for item in planned],
    }


def _local_midnight(day: date, zone: ZoneInfo) -> datetime:
    return datetime.combine(day, time(0), tzinfo=zone).astimezone(UTC)


def _preview_item(item, p: Participant, zone: ZoneInfo) -> dict:
    return {
        "flow": item.flow,
        "key": item.key,
        "due_utc": item.due,
        "due_local": item.due.astimezone(zone),
        "session_at_utc": item.session_at,
        "session_at_local": item.session_at.astimezone(zone) if item.session_at else None,
        "paused": is_paused(p, item.due),
    }


def conversation(session: Session, participant_id: int, limit: int = 100) -> list[dict]:
    """The latest `limit` texts both ways, oldest first (a text before the reply it caused)."""
    p = get_participant(session, participant_id)
    limit = max(1, min(limit, MESSAGES_MAX))
    inbound = session.scalars(
        select(InboundMessage)
        .where(InboundMessage.contact_id == p.contact_id)
        .order_by(InboundMessage.received_at.desc(), InboundMessage.id.desc())
        .limit(limit)
    )
    outbound = session.scalars(
        select(OutboundMessage)
        .where(OutboundMessage.contact_id == p.contact_id)
        .order_by(OutboundMessage.created_at.desc(), OutboundMessage.id.desc())
        .limit(limit)
    )
    rows = [_message(m.id, "in", m.received_at, m.body, None, None) for m in inbound]
    rows += [_message(m.id, "out", m.created_at, m.body, m.status, m.kind) for m in outbound]
    rows.sort(key=lambda r: (r["at"], r["direction"] != "in", r["id"]))
    return rows[-limit:]


def _message(message_id, direction, at, body, status, kind) -> dict:
    return {
        "id": message_id,
        "direction": direction,
        "at": at,
        "body": body,
        "status": status,
        "kind": kind,
    }
