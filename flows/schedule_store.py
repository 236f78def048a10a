"""Storing plans as timers: a rolling horizon of reminders and check-ins per participant.

`replan` rebuilds one participant's plan (after a change to them, their
program or its policy): it bumps their plan series, so every timer planned
before goes stale at once, and stores the next HORIZON. `extend` adds what
comes into the horizon as time passes (the dispatcher calls
`extend_participants`, which does it for hundreds at a time). Only a
participant who is active, subscribed and not paused is planned for.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from flows.planning import Planned, Policy, ProgramSchedule, plan, sessions
from flows.runner import START_KIND, plan_series
from models import Contact, Participant, Program
from models.participant import ACTIVE
from models.timer import bump_series, schedule_timers

HORIZON = timedelta(days=14)
EXTEND_WHEN_LEFT = timedelta(days=13)  # extend once less than this is planned ahead


def program_schedule(program: Program) -> ProgramSchedule:
    """The planner's view of a program's sessions."""
    return ProgramSchedule(
        timezone=program.timezone,
        session_rules=tuple(program.session_rules or ()),
        start_date=program.start_date,
        end_date=program.end_date,
        duration=timedelta(minutes=program.session_minutes),
        cancelled=frozenset(date.fromisoformat(d) for d in program.cancelled_dates or ()),
        extra_sessions=tuple(datetime.fromisoformat(s) for s in program.extra_sessions or ()),
        location=program.location or "",
    )


def participant_policy(program: Program, participant: Participant) -> Policy:
    """The program's policy with the participant's overrides applied."""
    values = {
        "reminder_offsets_minutes": program.reminder_offsets_minutes,
        "checkin_rule": program.checkin_rule,
        "checkins_on_session_days": program.checkins_on_session_days,
        "window_start": program.window_start,
        "window_end": program.window_end,
    } | (participant.policy_overrides or {})
    return Policy(
        reminder_offsets=tuple(timedelta(minutes=m) for m in values["reminder_offsets_minutes"]),
        checkin_rule=values["checkin_rule"],
        checkins_on_session_days=bool(values["checkins_on_session_days"]),
        window_start=time.fromisoformat(values["window_start"]),
        window_end=time.fromisoformat(values["window_end"]),
    )


def replan(session: Session, participant: Participant, now: datetime) -> int:
    """Drop the participant's planned timers and plan the next HORIZON; return how many."""
    bump_series(session, plan_series(participant.id))
    participant.planned_until = now
    return extend(session, participant, now)


def extend(session: Session, participant: Participant, now: datetime) -> int:
    """Plan from where the stored plan ends up to now + HORIZON; return how many were added."""
    return schedule_timers(session, _extension(session, participant, now), now)


def extend_participants(session: Session, participant_ids: list[int], now: datetime) -> int:
    """Lock these participants and extend each one's plan; return how many timers were added.

    All their timers go in one INSERT, and rows are locked in id order so two
    dispatchers cannot deadlock: a flush per timer, or a transaction per
    participant, made planning 10,000 participants take minutes.
    """
    query = select(Participant).where(Participant.id.in_(participant_ids))
    if session.get_bind().dialect.name == "postgresql":
        query = query.with_for_update()
    query = query.order_by(Participant.id).execution_options(populate_existing=True)
    participants = session.scalars(query).all()
    # Load their contacts at once, so _plannable finds each in the session.
    session.scalars(
        select(Contact).where(Contact.id.in_([p.contact_id for p in participants]))
    ).all()
    rows = [row for p in participants for row in _extension(session, p, now)]
    return schedule_timers(session, rows, now)


def _extension(session: Session, participant: Participant, now: datetime) -> list[dict]:
    """The timers from where the stored plan ends to now + HORIZON; marks the plan extended."""
    start = max(participant.planned_until or now, now)
    end = now + HORIZON
    if start >= end:
        return []
    participant.planned_until = end
    program = session.get(Program, participant.program_id) if participant.program_id else None
    if program is None or not _plannable(session, participant):
        return []
    items = planned_messages(program, participant, start, end)
    return [
        _flow_start(participant, item, program)
        for item in items
        if not is_paused(participant, item.due)
    ]


def _flow_start(participant: Participant, item: Planned, program: Program) -> dict:
    """The timer runner.schedule_flow_start would add for `item`, as a row for a bulk insert."""
    return {
        "due_at": item.due,
        "kind": START_KIND,
        "target": f"participant:{participant.id}",
        "series": plan_series(participant.id),
        "payload": {"flow": item.flow, "vars": _variables(item, program, participant)},
    }


def planned_messages(
    program: Program, participant: Participant, start: datetime, end: datetime
) -> list[Planned]:
    """The plan, with discharge switching to aftercare and aftercare ending in a closing text."""
    schedule, policy = program_schedule(program), participant_policy(program, participant)
    discharge = _local_midnight(participant.discharged_on, participant.timezone)
    if discharge is None or discharge >= end:
        return plan(schedule, policy, participant.timezone, start, end)
    items = (
        plan(schedule, policy, participant.timezone, start, discharge) if start < discharge else []
    )
    closing_day = participant.discharged_on + timedelta(weeks=program.aftercare_weeks or 0)
    closing = _local_midnight(closing_day, participant.timezone) + timedelta(hours=12)
    aftercare = replace(
        policy,
        reminder_offsets=(),
        checkin_rule=program.aftercare_checkin_rule,
        checkins_on_session_days=True,
    )
    window_start, window_end = max(start, discharge), min(end, closing)
    if window_start < window_end and program.aftercare_weeks:
        items += plan(schedule, aftercare, participant.timezone, window_start, window_end)
    if start <= closing < end:
        items.append(Planned(closing, "closing", f"closing:{closing_day.isoformat()}"))
    return sorted(items)


def _local_midnight(day: date | None, tz: str) -> datetime | None:
    if day is None:
        return None
    return datetime.combine(day, time(0), tzinfo=ZoneInfo(tz)).astimezone(UTC)


def session_end(participant: Participant, until: datetime) -> datetime:
    """`until`, or the participant's discharge if it comes first (no sessions after it)."""
    discharge = _local_midnight(participant.discharged_on, participant.timezone)
    return min(until, discharge) if discharge else until


def next_session(session: Session, participant: Participant, now: datetime) -> datetime | None:
    """The participant's next group session (UTC) from their program's schedule, or None."""
    program = session.get(Program, participant.program_id) if participant.program_id else None
    if program is None:
        return None
    upcoming = sessions(
        program_schedule(program), now, session_end(participant, now + timedelta(days=45))
    )
    return upcoming[0] if upcoming else None


def participants_to_extend(session: Session, now: datetime, limit: int = 500) -> list[int]:
    """Ids of participants in a program whose stored plan is running out."""
    query = (
        select(Participant.id)
        .where(Participant.program_id.is_not(None), Participant.status == ACTIVE)
        .where(
            or_(
                Participant.planned_until.is_(None),
                Participant.planned_until < now + EXTEND_WHEN_LEFT,
            )
        )
        .limit(limit)
    )
    return list(session.scalars(query))


def is_paused(participant: Participant, at: datetime) -> bool:
    """True when `at` falls on a paused day, in the participant's own zone."""
    if participant.paused_from is None:
        return False
    day = at.astimezone(ZoneInfo(participant.timezone)).date()
    return participant.paused_from <= day and (
        participant.paused_until is None or day <= participant.paused_until
    )


def _plannable(session: Session, participant: Participant) -> bool:
    if participant.status != ACTIVE:
        return False
    return not session.get(Contact, participant.contact_id).opted_out


# An earlier reminder waits this long for C/N/L and gets no follow-up: the last
# reminder before the session does the nudging, and a long wait would hold
# back the day's check-in (one conversation at a time).
EARLY_REMINDER_WAIT_MINUTES = 60


def _variables(item: Planned, program: Program, participant: Participant) -> dict:
    """What the flow needs, plus what tells a deferred start whether it is still timely."""
    policy = participant_policy(program, participant)
    local_day = item.due.astimezone(ZoneInfo(participant.timezone)).date()
    timely = {
        "window": [policy.window_start.strftime("%H:%M"), policy.window_end.strftime("%H:%M")],
        "due_day": local_day.isoformat(),
    }
    if item.flow != "reminder":
        return timely
    variables = timely | {
        "session_at": item.session_at.isoformat(),
        "place": program.location or "",
    }
    if not item.final:
        variables |= {"max_followups": 0, "followup_after_minutes": EARLY_REMINDER_WAIT_MINUTES}
    else:  # the follow-up comes halfway to the session, and the wait ends when it starts
        halfway = (item.session_at - item.due).total_seconds() / 60 / 2
        variables["followup_after_minutes"] = int(min(max(halfway, 15), 120))
    return variables
