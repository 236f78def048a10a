"""Table-driven flow tests: each YAML file in cases/ is a participant's texts and clock moves,
with the texts Tether must send back (by template id) and the conversation state after.

Case format (see cases/README.md): `participant` (language, status, threshold, plan,
counselor), then `steps`, each one of
  text: what the participant texts          start: reminder|checkin (+ session/place)
  wait: 30m | 2h | 3d                        expect: [template ids sent since the last expect]
  state: flow/state | null                   field: {name: value} on the participant
  outcomes: [kinds recorded so far]        attendance: [reminder answers recorded so far]
  says: text the last message to the participant contains
"""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path

import pytest
import yaml
from sqlalchemy import func, select
from werkzeug.utils import import_string

from flows.participants import enroll
from flows.runner import schedule_flow_start
from models import Contact, Conversation, OutboundMessage, Outcome, Participant, StaffMember, Timer
from models.participant import ACTIVE
from models.timer import PENDING
from workers.dispatcher import dispatch_once
from workers.queues import Queues
from workers.simulate import InlineQueues

CASES = sorted((Path(__file__).parent / "cases").glob("*.yaml"))
PHONE = "+15005550188"
DURATION = re.compile(r"^(\d+)([mhd])$")


class Case:
    """Plays one case against the app."""

    def __init__(self, rt, clock, text_in, spec: dict):
        self.rt, self.clock, self.text_in, self.spec = rt, clock, text_in, spec
        self.queues = InlineQueues()
        rt.queues = self.queues
        Queues.install_outbox_hook(self.queues, rt.db.factory)
        self.seen = 0
        self.pid = self._participant(spec.get("participant") or {})

    def _participant(self, spec: dict) -> int:
        with self.rt.db.transaction() as s:
            if spec.get("counselor", True):
                s.add(
                    StaffMember(
                        name="Sam Rivera",
                        phone="+15005550177",
                        role="counselor",
                        active=True,
                        created_at=self.clock.now(),
                    )
                )
            p = enroll(
                s,
                phone=PHONE,
                name=spec.get("name", "Maria Lopez"),
                language=spec.get("language", "en"),
                timezone="America/New_York",
                now=self.clock.now(),
                config=self.rt.config,
            )
            p.checkin_threshold = spec.get("threshold", 7)
            if spec.get("plan", True):
                p.plan_reasons, p.plan_steps = "my kids", ["call my sister", "walk the dog"]
                p.plan_supporter_name, p.plan_supporter_phone = "Ana", "+15005550166"
            pid = p.id
        self.drain()
        if spec.get("status", ACTIVE) == ACTIVE:
            self.text_in(PHONE, "yes" if spec.get("language", "en") == "en" else "si")
            self.drain()
            self.sent()  # the invitation and welcome are not part of the case
        return pid

    def drain(self) -> None:
        for _ in range(100):
            dispatch_once(self.rt.db, self.queues, self.rt.config, self.clock.now())
            if not self.queues.jobs:
                return
            jobs, self.queues.jobs = self.queues.jobs, []
            for job, args in jobs:
                if job != "workers.jobs.send_message":  # sending is tested elsewhere
                    import_string(job)(*args)

    def sent(self) -> list[str]:
        with self.rt.db.transaction() as s:
            rows = list(
                s.scalars(
                    select(OutboundMessage)
                    .where(OutboundMessage.id > self.seen)
                    .order_by(OutboundMessage.id)
                )
            )
        if rows:
            self.seen = rows[-1].id
        return [r.kind for r in rows]

    def last_body(self) -> str:
        with self.rt.db.transaction() as s:
            return s.scalar(
                select(OutboundMessage.body)
                .where(OutboundMessage.to_phone == PHONE)
                .order_by(OutboundMessage.id.desc())
                .limit(1)
            )

    def wait(self, text: str) -> None:
        number, unit = DURATION.match(str(text)).groups()
        target = self.clock.now() + timedelta(
            **{{"m": "minutes", "h": "hours", "d": "days"}[unit]: int(number)}
        )
        while True:
            with self.rt.db.transaction() as s:
                due = s.scalar(select(func.min(Timer.due_at)).where(Timer.status == PENDING))
            if due is None or due > target:
                break
            self.clock.set(max(due, self.clock.now()))
            self.drain()
        self.clock.set(target)
        self.drain()

    def start(self, flow: str, step: dict) -> None:
        variables = {}
        if flow == "reminder":
            at = self.clock.now() + _delta(step.get("session", "6h"))
            variables = {"session_at": at.isoformat(), "place": step.get("place", "123 Main St")}
        with self.rt.db.transaction() as s:
            schedule_flow_start(s, self.pid, flow, variables, self.clock.now(), self.clock.now())
        self.drain()

    def state(self) -> str | None:
        with self.rt.db.transaction() as s:
            c = s.get(Conversation, self.pid)
            return f"{c.flow}/{c.state}" if c and c.flow else None

    def field(self, name: str):
        with self.rt.db.transaction() as s:
            p = s.get(Participant, self.pid)
            if name == "opted_out":
                return s.get(Contact, p.contact_id).opted_out
            return getattr(p, name)

    def outcomes(self) -> list[str]:
        with self.rt.db.transaction() as s:
            return list(
                s.scalars(
                    select(Outcome.kind)
                    .where(Outcome.participant_id == self.pid)
                    .order_by(Outcome.id)
                )
            )

    def attendance(self) -> list[str]:
        with self.rt.db.transaction() as s:
            rows = s.scalars(
                select(Outcome)
                .where(Outcome.participant_id == self.pid, Outcome.kind == "attendance")
                .order_by(Outcome.id)
            )
            return [row.data["response"] for row in rows]


def _delta(text: str) -> timedelta:
    number, unit = DURATION.match(str(text).lstrip("+")).groups()
    return timedelta(**{{"m": "minutes", "h": "hours", "d": "days"}[unit]: int(number)})


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_case(path, app, rt, clock, text_in):
    spec = yaml.safe_load(path.read_text())
    rt.config.update(spec.get("config") or {})
    with app.app_context():
        _play(path, spec, Case(rt, clock, text_in, spec), clock, text_in)


def _play(path, spec, case: Case, clock, text_in) -> None:
    for number, step in enumerate(spec["steps"], 1):
        where = f"{path.name} step {number}: {step}"
        if "text" in step:
            text_in(PHONE, str(step["text"]))
            case.drain()
            clock.advance(minutes=1)
        elif "wait" in step:
            case.wait(step["wait"])
        elif "start" in step:
            case.start(step["start"], step)
        elif "expect" in step:
            assert case.sent() == list(step["expect"] or []), where
        elif "state" in step:
            assert case.state() == step["state"], where
        elif "field" in step:
            for name, value in step["field"].items():
                assert case.field(name) == value, f"{where}: {name}"
        elif "outcomes" in step:
            assert case.outcomes() == step["outcomes"], where
        elif "attendance" in step:
            assert case.attendance() == step["attendance"], where
        elif "says" in step:
            assert step["says"] in case.last_body(), where
        else:
            raise AssertionError(f"unknown step {step!r} in {path.name}")


def test_there_are_enough_cases():
    assert len(CASES) >= 40
