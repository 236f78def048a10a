"""`flask --app app simulate SCRIPT.yaml`: play a participant's days on a virtual clock.

The script enrolls a participant (and staff, optionally on an on-call rota),
then alternates texts from their phone, texts from staff phones (`staff:` steps,
where `{code}` stands for the newest open alert's code) and clock moves.
Everything runs for real - signed webhooks, the outbox, the dispatcher, the
jobs, the official twilio client against an in-process fake Twilio - on a
fresh SQLite database (or --database-url), except that jobs run in this
process as soon as they are enqueued and time jumps from one due timer to
the next. The transcript is printed as it happens.
"""

from __future__ import annotations

import logging
import re
import tempfile
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import click
import yaml
from alembic import command
from flask import current_app
from flask.cli import with_appcontext
from sqlalchemy import func, select
from werkzeug.utils import import_string

from clock import FixedClock, parse_instant
from database import Database
from flows.participants import enroll
from flows.runner import schedule_flow_start
from migrations.cli import alembic_config
from models import (
    Contact,
    Conversation,
    Escalation,
    OnCallSchedule,
    OutboundMessage,
    Participant,
    StaffMember,
    Timer,
)
from models.escalation import UNRESOLVED
from models.timer import PENDING
from runtime import current_runtime
from sms.fake_twilio import FakeSettings, FakeTwilioServer
from sms.signing import twilio_signature
from workers.dispatcher import dispatch_once

DURATION = re.compile(r"^\s*(\d+)\s*([mhd])\s*$")
UNITS = {"m": "minutes", "h": "hours", "d": "days"}


class InlineQueues:
    """Collects enqueued jobs so the simulator can run them in order, in-process."""

    def __init__(self):
        self.jobs: list[tuple[str, tuple]] = []

    def enqueue(self, queue_name: str, job: str, *args) -> bool:
        """Remember the job."""
        self.jobs.append((job, args))
        return True

    def enqueue_many(self, queue_name: str, job: str, args_list: list[tuple]) -> bool:
        """Remember each job."""
        self.jobs.extend((job, tuple(args)) for args in args_list)
        return True

    def enqueue_send(self, message_id: int, queue_name: str) -> bool:
        """Remember a send job."""
        return self.enqueue(queue_name, "workers.jobs.send_message", message_id)

    def ping(self) -> bool:
        """Always reachable."""
        return True


class Simulation:
    """The virtual world one script plays in."""

    def __init__(self, app, script: dict, database_url: str | None):
        self.app, self.script = app, script
        self.rt = current_runtime()
        self.clock = FixedClock(parse_instant(str(script.get("start", "2026-12-07T09:00:00Z"))))
        self.queues = InlineQueues()
        self.printed_out = 0
        self.texts_sent = 0
        self.tz = ZoneInfo(script.get("participant", {}).get("timezone", "America/New_York"))
        self._wire(database_url)

    def _wire(self, database_url: str | None) -> None:
        url = database_url or f"sqlite:///{Path(tempfile.mkdtemp()) / 'simulation.db'}"
        command.upgrade(alembic_config(url), "head")
        rt = self.rt
        rt.db = Database(url)
        rt.clock, rt.queues = self.clock, self.queues
        from workers.queues import Queues

        Queues.install_outbox_hook(self.queues, rt.db.factory)  # same hook, inline queue
        rt.config["PUBLIC_BASE_URL"] = "http://simulator.invalid"  # callbacks go nowhere
        rt.config["SCHEDULED_SEND_RATE"] = None  # virtual time: real-second pacing only slows it

    def run(self, fake: FakeTwilioServer) -> None:
        """Play the whole script."""
        self.rt.config["TWILIO_API_BASE_URL"] = fake.url
        self.rt.reset_gateway()
        self.phone = self._setup()
        self._drain()
        for step in self.script.get("steps", []):
            self._step(step)
        self._print_state()

    def _setup(self) -> str:
        spec = self.script["participant"]
        with self.rt.db.transaction() as session:
            for staff in self.script.get("staff", []):
                member = StaffMember(
                    name=staff["name"],
                    phone=staff["phone"],
                    role=staff.get("role", "counselor"),
                    active=True,
                    created_at=self.clock.now(),
                )
                session.add(member)
                session.flush()
                if staff.get("oncall"):
                    session.add(self._rota(staff["oncall"], member.id))
            session.flush()
            participant = enroll(
                session,
                phone=spec["phone"],
                name=spec["name"],
                language=spec.get("language", "en"),
                timezone=spec.get("timezone", "America/New_York"),
                now=self.clock.now(),
                config=self.rt.config,
            )
            self._apply_plan(participant, self.script.get("plan") or {})
            self.pid = participant.id
        return spec["phone"]

    def _rota(self, role: str, staff_id: int) -> OnCallSchedule:
        """An organization-wide rota of one person, covering the whole simulation."""
        return OnCallSchedule(
            program_id=None,
            role=role,
            timezone=str(self.tz),
            rotation=[staff_id],
            starts_on=(self.clock.now() - timedelta(days=1)).date(),
            handoff_time="00:00",
            shift_days=28,
            created_at=self.clock.now(),
        )

    @staticmethod
    def _apply_plan(participant: Participant, plan: dict) -> None:
        participant.plan_reasons = plan.get("reasons")
        participant.plan_steps = list(plan.get("steps", []))
        participant.plan_supporter_name = plan.get("supporter_name")
        participant.plan_supporter_phone = plan.get("supporter_phone")
        participant.checkin_threshold = int(plan.get("threshold", 7))

    def _step(self, step: dict) -> None:
        if "text" in step:
            self._text(str(step["text"]))
        elif "staff" in step:
            self._staff_text(step["staff"])
        elif "wait" in step:
            self._advance_to(self.clock.now() + _duration(step["wait"]))
        elif "at" in step:
            self._advance_to(parse_instant(str(step["at"])))
        elif "remind" in step:
            spec = step["remind"]
            self._schedule(
                "reminder",
                {
                    "session_at": parse_instant(str(spec["session"])).isoformat(),
                    "place": spec.get("place", ""),
                },
                spec.get("at"),
            )
        elif "checkin" in step:
            self._schedule("checkin", {}, (step["checkin"] or {}).get("at"))
        else:
            raise click.ClickException(f"unknown step {step!r}")

    def _staff_text(self, spec: dict) -> None:
        staff = next(
            (s for s in self.script.get("staff", []) if s["name"] == spec.get("name")), None
        )
        if staff is None:
            raise click.ClickException(f"staff step: no staff member named {spec.get('name')!r}")
        with self.rt.db.transaction() as session:
            query = select(Escalation.code).where(Escalation.status.in_(UNRESOLVED))
            code = session.scalars(query.order_by(Escalation.id.desc())).first() or "0000"
        body = str(spec.get("text", "")).replace("{code}", code)
        self._text(body, sender=staff["phone"], label=f"{staff['name']} (staff)")

    def _text(self, body: str, sender: str | None = None, label: str | None = None) -> None:
        self._say(f"{label or self._who()} -> {self.rt.config['PROGRAM_DISPLAY_NAME']}: {body}")
        self.texts_sent += 1
        params = {
            "MessageSid": f"SM{self.texts_sent:032x}",
            "From": sender or self.phone,
            "To": self.rt.config.get("TWILIO_FROM_NUMBER") or "",
            "Body": body,
        }
        url = self.rt.config["PUBLIC_BASE_URL"] + "/sms/inbound"
        signature = twilio_signature(self.rt.config["TWILIO_AUTH_TOKEN"], url, params)
        response = self.app.test_client().post(
            "/sms/inbound", data=params, headers={"X-Twilio-Signature": signature}
        )
        for reply in _twiml(response.get_data(as_text=True)):
            self._say(
                f"{self.rt.config['PROGRAM_DISPLAY_NAME']} -> {self._who()}: {reply}  (TwiML)"
            )
        self._drain()
        self.clock.advance(minutes=1)

    def _schedule(self, flow: str, variables: dict, at: str | None) -> None:
        due = parse_instant(str(at)) if at else self.clock.now()
        with self.rt.db.transaction() as session:
            schedule_flow_start(session, self.pid, flow, variables, due, self.clock.now())
        self._drain()

    def _advance_to(self, target: datetime) -> None:
        while True:
            with self.rt.db.transaction() as session:
                due = session.scalar(select(func.min(Timer.due_at)).where(Timer.status == PENDING))
            if due is None or due > target:
                break
            self.clock.set(max(due, self.clock.now()))
            self._drain()
        self.clock.set(max(target, self.clock.now()))
        self._drain()

    def _drain(self) -> None:
        for _ in range(1000):
            dispatch_once(self.rt.db, self.queues, self.rt.config, self.clock.now())
            if not self.queues.jobs:
                break
            jobs, self.queues.jobs = self.queues.jobs, []
            for job, args in jobs:
                import_string(job)(*args)
        self._print_outbox()

    def _print_outbox(self) -> None:
        with self.rt.db.transaction() as session:
            rows = list(
                session.scalars(
                    select(OutboundMessage)
                    .where(OutboundMessage.id > self.printed_out, OutboundMessage.channel == "api")
                    .order_by(OutboundMessage.id)
                )
            )
            staff_names = dict(session.execute(select(StaffMember.phone, StaffMember.name)).all())
        for row in rows:
            self.printed_out = row.id
            who = (
                f"{staff_names[row.to_phone]} (staff)"
                if row.to_phone in staff_names
                else self._who()
            )
            self._say(
                f"{self.rt.config['PROGRAM_DISPLAY_NAME']} -> {who}: {row.body}", row.created_at
            )

    def _print_state(self) -> None:
        with self.rt.db.transaction() as session:
            participant = session.get(Participant, self.pid)
            conversation = session.get(Conversation, self.pid)
            contact = session.get(Contact, participant.contact_id)
            status = "opted out" if contact.opted_out else participant.status
            flow = f"{conversation.flow}/{conversation.state}" if conversation.flow else "none"
        click.echo(f"-- end: participant {status}, waiting in: {flow}")

    def _who(self) -> str:
        return self.script["participant"]["name"].split()[0]

    def _say(self, line: str, at: datetime | None = None) -> None:
        local = (at or self.clock.now()).astimezone(self.tz)
        click.echo(f"{local:%a %b %d %H:%M}  {line}")


def _duration(text) -> timedelta:
    match = DURATION.match(str(text))
    if not match:
        raise click.ClickException(f"wait: {text!r} is not a duration like 30m, 2h or 3d")
    return timedelta(**{UNITS[match.group(2)]: int(match.group(1))})


def _twiml(xml: str) -> list[str]:
    from xml.etree import ElementTree

    root = ElementTree.fromstring(xml)  # noqa: S314 - our own app's response
    return ["".join(m.itertext()) for m in root.iter("Message")]


@click.command("simulate")
@click.argument("script", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--database-url", help="Play against this database (default: a fresh SQLite file).")
@with_appcontext
def simulate_command(script: Path, database_url: str | None) -> None:
    """Play SCRIPT.yaml on a virtual clock and print the transcript."""
    try:
        data = yaml.safe_load(script.read_text())
    except yaml.YAMLError as exc:
        raise click.ClickException(f"{script}: not valid YAML ({exc})") from None
    if not isinstance(data, dict) or "participant" not in data:
        raise click.ClickException(f"{script}: needs a 'participant' with name and phone")
    # The transcript is the output: the in-process fake's request and callback logs are noise.
    for noisy in ("werkzeug", "sms.fake_twilio"):
        logging.getLogger(noisy).setLevel(logging.ERROR)
    simulation = Simulation(current_app._get_current_object(), data, database_url)
    settings = FakeSettings(
        account_sid=simulation.rt.config["TWILIO_ACCOUNT_SID"],
        auth_token=simulation.rt.config["TWILIO_AUTH_TOKEN"],
        service_number=simulation.rt.config.get("TWILIO_FROM_NUMBER") or "+15005550006",
        webhook_url=None,
        clock=simulation.clock,
    )
    with FakeTwilioServer(settings) as fake:
        simulation.run(fake)
