"""`flask --app app programs add|list` and the schedule side of participants (assign, pause).

Every change that affects what a participant is sent re-plans that
participant (and only them): their planned timers go stale at once and the
next 14 days are planned again.
"""

from __future__ import annotations

import json
from datetime import date, time

import click
from flask.cli import with_appcontext
from sqlalchemy import select

from console.cli import _participant, _timezone, participants_group
from flows.planning import PlanningError, ProgramSchedule, sessions
from flows.schedule_store import replan
from models import Participant, Program
from runtime import current_runtime
from sms.lockscreen import lock_screen_violations


@click.group("programs")
def programs_group() -> None:
    """IOP programs: session schedules and reminder policy."""


def _date(text: str | None, option: str) -> date | None:
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        raise click.ClickException(f"{option} {text!r} is not a date (YYYY-MM-DD)") from None


def _window(text: str) -> tuple[str, str]:
    try:
        start, end = (time.fromisoformat(t.strip()) for t in text.split("-"))
    except ValueError:
        raise click.ClickException(f"--window {text!r} is not HH:MM-HH:MM") from None
    if start >= end:
        raise click.ClickException("--window: the start must be before the end")
    return start.strftime("%H:%M"), end.strftime("%H:%M")


def _check_rules(rules: tuple[str, ...], tz: str, start: date) -> None:
    probe = ProgramSchedule(tz, rules, start)
    try:
        from datetime import UTC, datetime, timedelta

        first = datetime.combine(start, time(0), tzinfo=UTC)
        sessions(probe, first, first + timedelta(days=7))
    except PlanningError as exc:
        raise click.ClickException(f"--session: {exc}") from None


@programs_group.command("add")
@click.option("--name", required=True)
@click.option("--display-name", required=True, help="Neutral sender name shown in texts.")
@click.option("--timezone", "tz", required=True)
@click.option("--location", default="", help="Where groups meet, as texts should say it.")
@click.option(
    "--session",
    "rules",
    multiple=True,
    required=True,
    help="RRULE, e.g. FREQ=WEEKLY;BYDAY=MO,WE,TH;BYHOUR=18;BYMINUTE=0",
)
@click.option("--start-date", required=True)
@click.option("--end-date")
@click.option(
    "--offsets",
    default="1440,120",
    show_default=True,
    help="Reminder offsets before each session, in minutes.",
)
@click.option(
    "--checkin-rule",
    default="FREQ=DAILY;BYHOUR=19;BYMINUTE=0",
    show_default=True,
    help="RRULE in the participant's zone, or 'none'.",
)
@click.option("--window", default="08:00-21:00", show_default=True)
@with_appcontext
def add_program(
    name, display_name, tz, location, rules, start_date, end_date, offsets, checkin_rule, window
) -> None:
    """Create a program."""
    rt = current_runtime()
    tz, start = _timezone(tz), _date(start_date, "--start-date")
    for text, option in ((display_name, "--display-name"), (location, "--location")):
        if lock_screen_violations(text):
            raise click.ClickException(f"{option} would reveal treatment on a lock screen")
    _check_rules(tuple(rules), tz, start)
    try:
        minutes = [int(m) for m in offsets.split(",") if m.strip()]
    except ValueError:
        raise click.ClickException(f"--offsets {offsets!r} is not a list of minutes") from None
    window_start, window_end = _window(window)
    with rt.db.transaction() as session:
        if session.scalar(select(Program.id).where(Program.name == name)):
            raise click.ClickException(f"a program named {name!r} exists")
        program = Program(
            name=name,
            display_name=display_name,
            timezone=tz,
            location=location,
            session_rules=list(rules),
            start_date=start,
            end_date=_date(end_date, "--end-date"),
            reminder_offsets_minutes=minutes,
            checkin_rule=None if checkin_rule.lower() == "none" else checkin_rule,
            window_start=window_start,
            window_end=window_end,
            created_at=rt.clock.now(),
            updated_at=rt.clock.now(),
        )
        session.add(program)
        session.flush()
        program_id = program.id
    click.echo(f"program #{program_id} {name} added")


@programs_group.command("list")
@click.option("--json", "as_json", is_flag=True)
@with_appcontext
def list_programs(as_json: bool) -> None:
    """List programs."""
    rt = current_runtime()
    with rt.db.transaction() as session:
        rows = [
            {"id": p.id, "name": p.name, "timezone": p.timezone, "sessions": p.session_rules}
            for p in session.scalars(select(Program).order_by(Program.id))
        ]
    if as_json:
        click.echo(json.dumps(rows, indent=2))
        return
    for row in rows:
        click.echo(
            f"#{row['id']:<4} {row['name']:<30} {row['timezone']:<20} {'; '.join(row['sessions'])}"
        )


@participants_group.command("assign")
@click.argument("participant_id", type=int)
@click.option("--program", "program_id", type=int, required=True)
@with_appcontext
def assign_program(participant_id: int, program_id: int) -> None:
    """Put a participant in a program (re-plans their reminders and check-ins)."""
    rt = current_runtime()
    with rt.db.transaction() as session:
        if session.get(Program, program_id) is None:
            raise click.ClickException(f"--program {program_id}: no such program")
        participant = _participant(session, participant_id)
        participant.program_id = program_id
        planned = replan(session, participant, rt.clock.now())
    click.echo(f"participant #{participant_id} in program #{program_id}; {planned} planned")


@participants_group.command("pause")
@click.argument("participant_id", type=int)
@click.option("--from", "first", required=True, help="First paused day (YYYY-MM-DD).")
@click.option("--until", "last", help="Last paused day; open-ended if not given.")
@with_appcontext
def pause_participant(participant_id: int, first: str, last: str | None) -> None:
    """Pause reminders and check-ins (vacation, hospital)."""
    rt = current_runtime()
    start, end = _date(first, "--from"), _date(last, "--until")
    if end is not None and end < start:
        raise click.ClickException("--until is before --from")
    with rt.db.transaction() as session:
        participant = _participant(session, participant_id)
        participant.paused_from, participant.paused_until = start, end
        planned = replan(session, participant, rt.clock.now())
    click.echo(f"participant #{participant_id} paused from {start}; {planned} planned")


@participants_group.command("resume")
@click.argument("participant_id", type=int)
@with_appcontext
def resume_participant(participant_id: int) -> None:
    """End a pause."""
    rt = current_runtime()
    with rt.db.transaction() as session:
        participant: Participant = _participant(session, participant_id)
        participant.paused_from = participant.paused_until = None
        planned = replan(session, participant, rt.clock.now())
    click.echo(f"participant #{participant_id} resumed; {planned} planned")
