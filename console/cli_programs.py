"""`flask --app app programs add|list` and the schedule side of participants (assign, pause).

Every change that affects what a participant is sent re-plans that
participant (and only them): their planned timers go stale at once and the
next 14 days are planned again. The checks and changes themselves live in
flows.admin, shared with the JSON API; this module turns options into values
and refusals into one line naming the option.
"""

from __future__ import annotations

import json
from datetime import date, time

import click
from flask.cli import with_appcontext

from console.cli import participants_group
from flows.admin import AdminError, InvalidFieldError
from flows.admin.participants import update_participant
from flows.admin.programs import create_program, list_programs
from runtime import current_runtime

# The option each field of flows.admin is given by, for error messages.
OPTIONS = {
    "display_name": "--display-name",
    "session_rules": "--session",
    "start_date": "--start-date",
    "end_date": "--end-date",
    "reminder_offsets_minutes": "--offsets",
    "checkin_rule": "--checkin-rule",
    "window_start": "--window",
    "window_end": "--window",
    "program_id": "--program",
    "paused_from": "--from",
    "paused_until": "--until",
}


@click.group("programs")
def programs_group() -> None:
    """IOP programs: session schedules and reminder policy."""


def _refusal(exc: AdminError) -> click.ClickException:
    """One line naming the option at fault."""
    if isinstance(exc, InvalidFieldError):
        option = OPTIONS.get(exc.field, "--" + exc.field.replace("_", "-"))
        return click.ClickException(f"{option}: {exc.message}")
    return click.ClickException(str(exc))


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
    return start.strftime("%H:%M"), end.strftime("%H:%M")


def _offsets(text: str) -> list[int]:
    try:
        return [int(m) for m in text.split(",") if m.strip()]
    except ValueError:
        raise click.ClickException(f"--offsets {text!r} is not a list of minutes") from None


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
    window_start, window_end = _window(window)
    values = {
        "name": name,
        "display_name": display_name,
        "timezone": tz,
        "location": location,
        "session_rules": list(rules),
        "start_date": _date(start_date, "--start-date"),
        "end_date": _date(end_date, "--end-date"),
        "reminder_offsets_minutes": _offsets(offsets),
        "checkin_rule": None if checkin_rule.lower() == "none" else checkin_rule,
        "window_start": window_start,
        "window_end": window_end,
    }
    try:
        with rt.db.transaction() as session:
            program_id = create_program(session, values, rt.clock.now()).id
    except AdminError as exc:
        raise _refusal(exc) from None
    click.echo(f"program #{program_id} {name} added")


@programs_group.command("list")
@click.option("--json", "as_json", is_flag=True)
@with_appcontext
def list_programs_command(as_json: bool) -> None:
    """List programs."""
    rt = current_runtime()
    with rt.db.transaction() as session:
        rows = [
            {
                "id": p["id"],
                "name": p["name"],
                "timezone": p["timezone"],
                "sessions": p["session_rules"],
            }
            for p in list_programs(session)
        ]
    if as_json:
        click.echo(json.dumps(rows, indent=2))
        return
    for row in rows:
        click.echo(
            f"#{row['id']:<4} {row['name']:<30} {row['timezone']:<20} {'; '.join(row['sessions'])}"
        )


def _update(participant_id: int, changes: dict) -> int | None:
    """Apply `changes` to the participant; return how many texts were planned."""
    rt = current_runtime()
    try:
        with rt.db.transaction() as session:
            _, planned = update_participant(
                session, participant_id, changes, rt.clock.now(), rt.config
            )
    except AdminError as exc:
        raise _refusal(exc) from None
    return planned


@participants_group.command("assign")
@click.argument("participant_id", type=int)
@click.option("--program", "program_id", type=int, required=True)
@with_appcontext
def assign_program(participant_id: int, program_id: int) -> None:
    """Put a participant in a program (re-plans their reminders and check-ins)."""
    planned = _update(participant_id, {"program_id": program_id})
    click.echo(f"participant #{participant_id} in program #{program_id}; {planned} planned")


@participants_group.command("pause")
@click.argument("participant_id", type=int)
@click.option("--from", "first", required=True, help="First paused day (YYYY-MM-DD).")
@click.option("--until", "last", help="Last paused day; open-ended if not given.")
@with_appcontext
def pause_participant(participant_id: int, first: str, last: str | None) -> None:
    """Pause reminders and check-ins (vacation, hospital)."""
    start, end = _date(first, "--from"), _date(last, "--until")
    planned = _update(participant_id, {"paused_from": start, "paused_until": end})
    click.echo(f"participant #{participant_id} paused from {start}; {planned} planned")


@participants_group.command("resume")
@click.argument("participant_id", type=int)
@with_appcontext
def resume_participant(participant_id: int) -> None:
    """End a pause."""
    planned = _update(participant_id, {"paused_from": None, "paused_until": None})
    click.echo(f"participant #{participant_id} resumed; {planned} planned")
