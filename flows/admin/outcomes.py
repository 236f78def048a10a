"""The outcomes dashboard's numbers, week by week: reminders, check-ins, crises, delivery.

Each function takes a session, the programs to count (None: every program,
participants without one included), and a Period (its UTC instants and the
timezone whose Monday-to-Sunday weeks are counted), and returns a Weekly:
one row per week of the period (zeros included, so charts keep their gaps)
and the whole period's total. Counting happens in SQL where it can be done
the same way on SQLite and PostgreSQL: rows are sorted into weeks by a CASE
over the weeks' UTC boundaries (worked out in Python, so DST is right).
Reminded sessions and escalations are few enough per week to total here.

Sources (see flows.admin.outcome_records for the Outcome rows the flows write):
check-ins asked = Outcome "checkin_score" + "checkin_missed"; opt-outs =
STOP texts (InboundMessage handled as "opt-out", each number once a week)
plus numbers the carrier reported opted out (Contact, Twilio error 21610);
delivery failures = outbox rows to participants ending "failed" or "undelivered".
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Generic, TypeVar

from sqlalchemy import case, distinct, func, literal, select
from sqlalchemy.orm import Session

from flows.admin.outcome_records import (
    escalation_records,
    in_programs,
    median_minutes,
    session_answers,
)
from flows.admin.periods import Period
from models import Contact, InboundMessage, OutboundMessage, Outcome, Participant
from models.message import FAILED, UNDELIVERED

CARRIER_OPT_OUT = "twilio:21610"  # sms.status / sms.sender mark a number opted out with this
T = TypeVar("T")


@dataclass(frozen=True)
class Weekly(Generic[T]):
    """One row per week of a period (Monday, local) and the period's total."""

    weeks: list[T]
    total: T


@dataclass(frozen=True)
class ReminderWeek:
    """Sessions reminded (one per participant and session) and how they were answered."""

    week: date
    reminded: int = 0
    confirmed: int = 0  # C, or L ("running late": still coming)
    declined: int = 0
    no_answer: int = 0

    @property
    def rate(self) -> float | None:
        """Share of reminded sessions confirmed, 0-1 (None: nothing reminded)."""
        return self.confirmed / self.reminded if self.reminded else None


@dataclass(frozen=True)
class CheckinWeek:
    """Check-ins asked, answered with a score, and the scores' average."""

    week: date
    asked: int = 0
    answered: int = 0
    average_score: float | None = None

    @property
    def rate(self) -> float | None:
        """Share of check-ins answered, 0-1 (None: none asked)."""
        return self.answered / self.asked if self.asked else None


@dataclass(frozen=True)
class CrisisWeek:
    """Escalations opened, how many were acknowledged, and the median minutes to ACK."""

    week: date
    opened: int = 0
    acknowledged: int = 0
    median_ack_minutes: float | None = None


@dataclass(frozen=True)
class DeliveryWeek:
    """Opt-outs and texts to participants that did not arrive."""

    week: date
    opt_outs: int = 0
    failed: int = 0


@dataclass(frozen=True)
class Outcomes:
    """Everything the dashboard shows for one set of programs and one period."""

    period: Period
    reminders: Weekly[ReminderWeek]
    checkins: Weekly[CheckinWeek]
    crises: Weekly[CrisisWeek]
    delivery: Weekly[DeliveryWeek]


def outcomes(session: Session, program_ids, period: Period) -> Outcomes:
    """All four sections of the dashboard."""
    return Outcomes(
        period,
        reminder_weeks(session, program_ids, period),
        checkin_weeks(session, program_ids, period),
        crisis_weeks(session, program_ids, period),
        delivery_weeks(session, program_ids, period),
    )


def reminder_weeks(session: Session, program_ids, period: Period) -> Weekly[ReminderWeek]:
    """Reminded sessions per week of the session, and how participants answered."""
    answers = session_answers(session, program_ids, period)

    def count(week: date, chosen) -> ReminderWeek:
        said = [a.response for a in chosen]
        return ReminderWeek(
            week,
            reminded=len(said),
            confirmed=said.count("confirm") + said.count("late"),
            declined=said.count("decline"),
            no_answer=said.count("no_reply"),
        )

    return _by_week(period, answers, lambda a: a.session_at, count)


def crisis_weeks(session: Session, program_ids, period: Period) -> Weekly[CrisisWeek]:
    """Escalations per week they were opened, and the median time to their ACK."""
    records = escalation_records(session, program_ids, period)

    def count(week: date, chosen) -> CrisisWeek:
        acked = sum(r.acked_at is not None for r in chosen)
        return CrisisWeek(week, len(chosen), acked, median_minutes(chosen))

    return _by_week(period, records, lambda r: r.opened_at, count)


def _by_week(period: Period, items: list, when: Callable, count: Callable) -> Weekly:
    groups: dict[date, list] = {week: [] for week in period.weeks()}
    for item in items:
        groups[period.week_of(when(item))].append(item)
    return Weekly(
        [count(week, chosen) for week, chosen in groups.items()], count(period.first, items)
    )


def checkin_weeks(session: Session, program_ids, period: Period) -> Weekly[CheckinWeek]:
    """Check-ins asked and answered per week, and the average score given."""
    score = Outcome.data["score"].as_integer()
    rows = session.execute(
        _weekly(
            period, Outcome.at, program_ids, Outcome.kind.in_(("checkin_score", "checkin_missed")),
            join=(Participant, Participant.id == Outcome.participant_id),
            columns=(Outcome.kind, score.label("score")),
            aggregate=lambda c: (c.kind, func.count(), func.sum(c.score), func.count(c.score)),
            group=lambda c: (c.kind,),
        )
    )  # fmt: skip
    asked: Counter[int] = Counter()
    answers: dict[int, tuple[int, int, int]] = {}  # week -> (answered, score sum, scores)
    for week, kind, number, score_sum, scored in rows:
        asked[week] += number
        if kind == "checkin_score":
            answers[week] = (number, int(score_sum or 0), scored)
    weeks = [
        _checkin_week(week, asked[i], *answers.get(i, (0, 0, 0)))
        for i, week in enumerate(period.weeks())
    ]
    totals = tuple(map(sum, zip(*answers.values(), strict=True))) or (0, 0, 0)
    return Weekly(weeks, _checkin_week(period.first, asked.total(), *totals))


def _checkin_week(week: date, asked: int, answered: int, score_sum: int, scored: int):
    return CheckinWeek(week, asked, answered, score_sum / scored if scored else None)


def delivery_weeks(session: Session, program_ids, period: Period) -> Weekly[DeliveryWeek]:
    """Opt-outs (STOP texts and carrier opt-outs) and failed texts per week."""
    failed = _weekly(
        period, OutboundMessage.created_at, program_ids,
        OutboundMessage.status.in_((FAILED, UNDELIVERED)),
        join=(Participant, Participant.contact_id == OutboundMessage.contact_id),
    )  # fmt: skip
    stops = _weekly(
        period, InboundMessage.received_at, program_ids, InboundMessage.handled_as == "opt-out",
        join=(Participant, Participant.contact_id == InboundMessage.contact_id),
        columns=(InboundMessage.contact_id,),
        aggregate=lambda c: (func.count(distinct(c.contact_id)),),
    )  # fmt: skip
    carrier = _weekly(
        period, Contact.opted_out_at, program_ids, Contact.opt_out_source == CARRIER_OPT_OUT,
        join=(Participant, Participant.contact_id == Contact.id),
    )  # fmt: skip
    failed, stops, carrier = (dict(session.execute(q).all()) for q in (failed, stops, carrier))
    rows = [
        DeliveryWeek(week, stops.get(i, 0) + carrier.get(i, 0), failed.get(i, 0))
        for i, week in enumerate(period.weeks())
    ]
    total = DeliveryWeek(period.first, sum(r.opt_outs for r in rows), sum(r.failed for r in rows))
    return Weekly(rows, total)


def _weekly(period: Period, at, program_ids, *where, join, columns=(),
            aggregate=lambda c: (func.count(),), group=lambda c: ()):  # fmt: skip
    """SELECT week, <aggregate> ... GROUP BY week, <group>, over the period's rows of `at`'s
    table joined to the participants of `program_ids`.

    The week (0 = the first) is worked out in a subquery: PostgreSQL refuses to
    GROUP BY a CASE whose bound parameters are written again in the outer SELECT.
    """
    boundaries = period.week_starts()
    week = (
        case(*[(at < b, i) for i, b in enumerate(boundaries)], else_=len(boundaries))
        if boundaries
        else literal(0)
    )
    inner = (
        select(week.label("week"), *columns)
        .select_from(at.class_)
        .join(*join)
        .where(at >= period.start, at < period.end, *where)
        .where(in_programs(Participant.program_id, program_ids))
        .subquery()
    )
    return select(inner.c.week, *aggregate(inner.c)).group_by(inner.c.week, *group(inner.c))
