"""Staff tooling on the command line: participants, staff, coping plans, manual reminders.

`flask --app app participants add|list|show|plan|remind|checkin` and
`flask --app app staff add`. Bad input prints one clear line and exits 1.
"""

from __future__ import annotations

import json
from datetime import datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import click
from flask.cli import with_appcontext
from sqlalchemy import select

from clock import parse_instant
from flows.participants import EnrollmentError, enroll
from flows.runner import lock_participant, schedule_flow_start
from models import Contact, Conversation, InboundMessage, OutboundMessage, Participant
from models.participant import STAFF_ROLES, StaffMember
from runtime import current_runtime
from sms.lockscreen import lock_screen_violations
from sms.phone import InvalidPhoneNumberError, mask_phone, to_e164


def _phone(raw: str) -> str:
    try:
        return to_e164(raw, current_runtime().config["DEFAULT_REGION"])
    except InvalidPhoneNumberError as exc:
        raise click.ClickException(f"--phone {raw!r}: {exc}") from None


def _timezone(name: str) -> str:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise click.ClickException(f"--timezone {name!r} is not an IANA time zone") from None
    return name


def _instant(text: str, option: str) -> datetime:
    try:
        return parse_instant(text)
    except ValueError:
        raise click.ClickException(f"{option} {text!r} is not an ISO 8601 time") from None


def _participant(session, participant_id: int) -> Participant:
    participant = lock_participant(session, participant_id)
    if participant is None:
        raise click.ClickException(f"no participant #{participant_id}")
    return participant


@click.group("participants")
def participants_group() -> None:
    """Enroll and inspect participants."""


@participants_group.command("add")
@click.option("--phone", required=True, help="Mobile number (E.164 or national).")
@click.option("--name", required=True)
@click.option("--language", type=click.Choice(["en", "es"]), default="en", show_default=True)
@click.option("--timezone", "tz", default="America/New_York", show_default=True)
@click.option("--counselor", "counselor_id", type=int, help="Staff id of the counselor of record.")
@with_appcontext
def add_participant(phone, name, language, tz, counselor_id) -> None:
    """Add a participant and text them the invitation (nothing else before they say YES)."""
    rt = current_runtime()
    phone, tz, now = _phone(phone), _timezone(tz), rt.clock.now()
    with rt.db.transaction() as session:
        if counselor_id is not None and session.get(StaffMember, counselor_id) is None:
            raise click.ClickException(f"--counselor {counselor_id}: no such staff member")
        try:
            participant = enroll(
                session,
                phone=phone,
                name=name,
                language=language,
                timezone=tz,
                now=now,
                config=rt.config,
                counselor_id=counselor_id,
            )
        except EnrollmentError as exc:
            raise click.ClickException(f"{mask_phone(phone)}: {exc}") from None
        pid, opted_out = participant.id, session.get(Contact, participant.contact_id).opted_out
    click.echo(f"participant #{pid} invited ({mask_phone(phone)})")
    if opted_out:
        click.echo("note: this number has opted out (STOP); the invitation was not sent", err=True)


@participants_group.command("list")
@click.option("--json", "as_json", is_flag=True, help="One JSON array, for scripts.")
@with_appcontext
def list_participants(as_json: bool) -> None:
    """List participants with their status and current conversation."""
    rt = current_runtime()
    with rt.db.transaction() as session:
        rows = [
            _summary(session, p)
            for p in session.scalars(select(Participant).order_by(Participant.id))
        ]
    if as_json:
        click.echo(json.dumps(rows, indent=2))
        return
    for row in rows:
        flow = f"{row['flow']}/{row['state']}" if row["flow"] else "-"
        click.echo(
            f"#{row['id']:<5} {row['name']:<24} {row['status']:<9} {row['phone']:<16} {flow}"
        )


def _summary(session, p: Participant) -> dict:
    contact = session.get(Contact, p.contact_id)
    conversation = session.get(Conversation, p.id)
    return {
        "id": p.id,
        "name": p.name,
        "phone": contact.phone,
        "language": p.language,
        "timezone": p.timezone,
        "status": "opted_out" if contact.opted_out else p.status,
        "flow": conversation.flow if conversation else None,
        "state": conversation.state if conversation else None,
    }


@participants_group.command("show")
@click.argument("participant_id", type=int)
@click.option("--json", "as_json", is_flag=True)
@with_appcontext
def show_participant(participant_id: int, as_json: bool) -> None:
    """State, consent record and recent messages of one participant."""
    rt = current_runtime()
    with rt.db.transaction() as session:
        p = _participant(session, participant_id)
        data = _summary(session, p) | {
            "consent": {
                "at": _iso(p.consent_at),
                "channel": p.consent_channel,
                "text": p.consent_text,
            },
            "declined_at": _iso(p.declined_at),
            "plan": {
                "reasons": p.plan_reasons,
                "steps": p.plan_steps,
                "supporter": p.plan_supporter_name,
                "threshold": p.checkin_threshold,
            },
            "calendar_url": _calendar_url(p),
            "messages": _recent_messages(session, p),
        }
    if as_json:
        click.echo(json.dumps(data, indent=2))
        return
    click.echo(
        f"#{data['id']} {data['name']} - {data['status']} ({data['language']}, "
        f"{data['timezone']}) flow: {data['flow'] or '-'}/{data['state'] or '-'}"
    )
    click.echo(f"consent: {data['consent']['at'] or 'none'}")
    if data["calendar_url"]:
        click.echo(f"calendar: {data['calendar_url']}")
    for m in data["messages"]:
        arrow = "<-" if m["direction"] == "in" else "->"
        click.echo(
            f"  {m['at']} {arrow} {m['body']}" + (f"  [{m['status']}]" if m["status"] else "")
        )


def _calendar_url(p: Participant) -> str | None:
    """The participant's session-calendar link (share it with them; it is the key)."""
    if not p.calendar_token:
        return None
    return f"{current_runtime().config['PUBLIC_BASE_URL']}/calendar/{p.calendar_token}.ics"


def _recent_messages(session, p: Participant, limit: int = 20) -> list[dict]:
    inbound = session.scalars(
        select(InboundMessage)
        .where(InboundMessage.contact_id == p.contact_id)
        .order_by(InboundMessage.id.desc())
        .limit(limit)
    )
    outbound = session.scalars(
        select(OutboundMessage)
        .where(OutboundMessage.contact_id == p.contact_id)
        .order_by(OutboundMessage.id.desc())
        .limit(limit)
    )
    rows = [
        {"at": _iso(m.received_at), "direction": "in", "body": m.body, "status": None}
        for m in inbound
    ] + [
        {"at": _iso(m.created_at), "direction": "out", "body": m.body, "status": m.status}
        for m in outbound
    ]
    # At the same instant a text comes before the reply it caused.
    return sorted(rows, key=lambda r: (r["at"], r["direction"] != "in"))[-limit:]


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


@participants_group.command("plan")
@click.argument("participant_id", type=int)
@click.option("--reasons", help="Their reasons, in their words (shown back to them).")
@click.option("--step", "steps", multiple=True, help="A coping step; give 2-5.")
@click.option("--supporter-name")
@click.option("--supporter-phone")
@click.option(
    "--threshold", type=click.IntRange(0, 10), help="Check-in score that triggers the plan."
)
@with_appcontext
def set_plan(participant_id, reasons, steps, supporter_name, supporter_phone, threshold) -> None:
    """Enter or change a participant's coping plan."""
    if steps and not 2 <= len(steps) <= 5:
        raise click.ClickException("--step: give between 2 and 5 coping steps")
    texts = [reasons or "", *steps, supporter_name or ""]
    revealing = sorted({w for t in texts for w in lock_screen_violations(t)})
    if revealing:
        raise click.ClickException(
            f"the plan is texted back and would show {', '.join(revealing)} "
            "on a lock screen; please reword"
        )
    phone = _phone(supporter_phone) if supporter_phone else None
    rt = current_runtime()
    with rt.db.transaction() as session:
        p = _participant(session, participant_id)
        p.plan_reasons = reasons if reasons is not None else p.plan_reasons
        p.plan_steps = list(steps) if steps else p.plan_steps
        p.plan_supporter_name = supporter_name or p.plan_supporter_name
        p.plan_supporter_phone = phone or p.plan_supporter_phone
        p.checkin_threshold = threshold if threshold is not None else p.checkin_threshold
    click.echo(f"plan saved for participant #{participant_id}")


@participants_group.command("remind")
@click.argument("participant_id", type=int)
@click.option("--session", "session_at", required=True, help="Session start, ISO 8601.")
@click.option("--place", required=True, help="Where, as participants should read it.")
@click.option("--at", "send_at", help="When to text (ISO 8601); default now.")
@with_appcontext
def schedule_reminder(participant_id, session_at, place, send_at) -> None:
    """Schedule one session reminder (until program schedules exist)."""
    revealing = lock_screen_violations(place)
    if revealing:
        raise click.ClickException(f"--place would show {', '.join(revealing)} on a lock screen")
    variables = {"session_at": _instant(session_at, "--session").isoformat(), "place": place}
    _schedule_start(participant_id, "reminder", variables, send_at)


@participants_group.command("checkin")
@click.argument("participant_id", type=int)
@click.option("--at", "send_at", help="When to text (ISO 8601); default now.")
@with_appcontext
def schedule_checkin(participant_id, send_at) -> None:
    """Schedule one check-in."""
    _schedule_start(participant_id, "checkin", {}, send_at)


def _schedule_start(participant_id: int, flow: str, variables: dict, send_at: str | None) -> None:
    rt = current_runtime()
    due = _instant(send_at, "--at") if send_at else rt.clock.now()
    with rt.db.transaction() as session:
        _participant(session, participant_id)
        schedule_flow_start(session, participant_id, flow, variables, due, rt.clock.now())
    click.echo(f"{flow} for participant #{participant_id} scheduled at {due.isoformat()}")


@click.group("staff")
def staff_group() -> None:
    """Staff who receive notices by SMS."""


@staff_group.command("add")
@click.option("--phone", required=True)
@click.option("--name", required=True)
@click.option("--role", type=click.Choice(STAFF_ROLES), required=True)
@with_appcontext
def add_staff(phone: str, name: str, role: str) -> None:
    """Add a staff member with a phone."""
    rt = current_runtime()
    phone = _phone(phone)
    with rt.db.transaction() as session:
        if session.scalar(select(StaffMember.id).where(StaffMember.phone == phone)):
            raise click.ClickException(f"{mask_phone(phone)} is already a staff phone")
        staff = StaffMember(
            name=name.strip(), phone=phone, role=role, active=True, created_at=rt.clock.now()
        )
        session.add(staff)
        session.flush()
        staff_id = staff.id
    click.echo(f"staff #{staff_id} {name} ({role}) added")
