"""One record per thing that happened: a check-in answer, a reminded session, an escalation.

The CSV exports list these as rows and the dashboard counts the reminded
sessions. Where each fact lives (flows.runner.record_outcome writes Outcome rows):

- a check-in answer is an Outcome "checkin_score" ({"score": n}); a high
  score asks "what's going on", answered as an Outcome "checkin_trigger"
  ({"what": category or None, "text": their words}) - the words are never read here;
- each reminder of a session ends in an Outcome "attendance" ({"response":
  confirm | late | decline | no_reply, "session_at": ISO instant}). A session
  is reminded more than once (24 h and 2 h before), so the last clear answer
  wins and "no_reply" stands only when no reminder got one;
- an escalation is its row, and each page an EscalationEvent "paged" with
  {"level", "round"} (both counted from 0).

Participants belong to the program they are in now (programs keep no history
of moves). `program_ids` None means everyone, with no program included.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from sqlalchemy import func, select, true
from sqlalchemy.orm import Session

from flows.admin.periods import Period
from models import Escalation, EscalationEvent, Outcome, Participant
from models.base import utc
from models.escalation import RESOLVED

SCORE_MAX = 10
ANSWERS = ("confirm", "late", "decline")  # what a participant replied; anything else: no answer
# Reminders can be set up to 7 days before a session and are answered before it starts:
# outcomes this much before the period can still be about its sessions.
REMINDER_LEAD = timedelta(days=8)
# A high score asks "what's going on" and waits 2 hours for the answer.
TRIGGER_WAIT = timedelta(hours=3)


@dataclass(frozen=True)
class SessionAnswer:
    """A participant's answer to the reminders of one session."""

    participant_id: int
    program_id: int | None
    session_at: datetime  # UTC
    response: str  # confirm, late, decline or no_reply
    recorded_at: datetime  # when that answer (or the end of the last wait) was recorded


@dataclass(frozen=True)
class CheckinAnswer:
    """A check-in score, and the kind of trigger named when it was high."""

    participant_id: int
    program_id: int | None
    at: datetime  # UTC
    score: int
    trigger: str | None = None  # a HALT category, "own words", or None when not asked


@dataclass(frozen=True)
class EscalationRecord:
    """An escalation's times and how far up its chain it went."""

    id: int
    participant_id: int | None
    program_id: int | None
    status: str
    opened_at: datetime
    acked_at: datetime | None
    resolved_at: datetime | None
    exhausted_at: datetime | None
    level_reached: int | None  # 1 = the first level; None when nobody was paged
    rounds: int | None  # times the chain was started

    @property
    def minutes_to_ack(self) -> float | None:
        """Minutes from the crisis text to the first ACK (or RESOLVE), if there was one."""
        if self.acked_at is None:
            return None
        return max(0.0, (self.acked_at - self.opened_at).total_seconds() / 60)

    @property
    def outcome(self) -> str:
        """Where the escalation stands, in words."""
        if self.status == RESOLVED:
            return "resolved"
        if self.acked_at is not None:
            return "acknowledged, not resolved"
        if self.exhausted_at is not None:
            return "nobody answered (open)"
        return "open"


def in_programs(column, program_ids):
    """The WHERE clause keeping rows of `program_ids` (None: every row)."""
    return true() if program_ids is None else column.in_(list(program_ids))


def session_answers(session: Session, program_ids, period: Period) -> list[SessionAnswer]:
    """Each (participant, session) reminded, for sessions starting within the period.

    A session still waiting for an answer appears once the wait ends.
    """
    response = Outcome.data["response"].as_string()
    session_at = Outcome.data["session_at"].as_string()
    rows = session.execute(
        select(Outcome.participant_id, Participant.program_id, Outcome.at, response, session_at)
        .join(Participant, Participant.id == Outcome.participant_id)
        .where(
            Outcome.kind == "attendance",
            Outcome.at >= period.start - REMINDER_LEAD,
            Outcome.at < period.end,
            in_programs(Participant.program_id, program_ids),
        )
        .order_by(Outcome.at, Outcome.id)
    )
    answers: dict[tuple[int, datetime], SessionAnswer] = {}
    for participant_id, program_id, at, said, when in rows:
        at_session = _instant(when)
        if at_session is None or not period.holds(at_session):
            continue
        key = (participant_id, at_session)
        earlier = answers.get(key)
        if said in ANSWERS or earlier is None or earlier.response not in ANSWERS:
            answer = said if said in ANSWERS else "no_reply"
            answers[key] = SessionAnswer(participant_id, program_id, at_session, answer, at)
    return sorted(answers.values(), key=lambda a: (a.session_at, a.participant_id))


def _instant(text) -> datetime | None:
    try:
        value = datetime.fromisoformat(str(text))
    except ValueError:
        return None
    return utc(value)


def checkin_answers(session: Session, program_ids, period: Period) -> list[CheckinAnswer]:
    """Every check-in score given within the period, oldest first, with its trigger."""
    what = Outcome.data["what"].as_string()
    # Whether they answered in their own words - never the words themselves.
    worded = Outcome.data["text"].as_string().is_not(None)
    rows = session.execute(
        select(Outcome.participant_id, Participant.program_id, Outcome.kind, Outcome.at,
               Outcome.data["score"].as_string(), what, worded)
        .join(Participant, Participant.id == Outcome.participant_id)
        .where(
            Outcome.kind.in_(("checkin_score", "checkin_trigger", "craving", "low_mood")),
            Outcome.at >= period.start,
            Outcome.at < period.end + TRIGGER_WAIT,
            in_programs(Participant.program_id, program_ids),
        )
        .order_by(Outcome.participant_id, Outcome.at, Outcome.id)
    )  # fmt: skip
    answers: list[CheckinAnswer] = []
    waiting: dict[int, int] = {}  # participant -> index of their score that may get a trigger
    for participant_id, program_id, kind, at, score_text, category, in_words in rows:
        if kind == "checkin_score":
            waiting.pop(participant_id, None)
            score = _score(score_text)
            if score is not None and period.holds(at):
                waiting[participant_id] = len(answers)
                answers.append(CheckinAnswer(participant_id, program_id, at, score))
        elif kind == "checkin_trigger" and participant_id in waiting:
            index = waiting.pop(participant_id)
            if at - answers[index].at <= TRIGGER_WAIT:
                trigger = category or ("own words" if in_words else None)
                answers[index] = replace(answers[index], trigger=trigger)
        else:  # a craving or a low text opens "what's going on" on its own, not about a score
            waiting.pop(participant_id, None)
    return sorted(answers, key=lambda a: (a.at, a.participant_id))


def _score(text) -> int | None:
    # The flow records what the parser read; anything else is left out rather than guessed.
    try:
        value = int(str(text))
    except ValueError:
        return None
    return value if 0 <= value <= SCORE_MAX else None


def escalation_records(session: Session, program_ids, period: Period) -> list[EscalationRecord]:
    """Escalations opened within the period, oldest first, with the furthest level paged."""
    where = (
        Escalation.opened_at >= period.start,
        Escalation.opened_at < period.end,
        in_programs(Escalation.program_id, program_ids),
    )
    reached = _levels_reached(session, where)
    rows = session.scalars(select(Escalation).where(*where).order_by(Escalation.opened_at))
    return [_record(e, *reached.get(e.id, (None, None))) for e in rows]


def _record(e: Escalation, level_reached: int | None, rounds: int | None) -> EscalationRecord:
    times = (e.opened_at, e.acked_at, e.resolved_at, e.exhausted_at)
    return EscalationRecord(
        e.id, e.participant_id, e.program_id, e.status, *times, level_reached, rounds
    )


def _levels_reached(session: Session, where) -> dict[int, tuple[int, int]]:
    """Escalation id -> (highest level paged, rounds started), both counted from 1."""
    ids = select(Escalation.id).where(*where)
    rows = session.execute(
        select(
            EscalationEvent.escalation_id,
            func.max(EscalationEvent.details["level"].as_integer()),
            func.max(EscalationEvent.details["round"].as_integer()),
        )
        .where(EscalationEvent.kind == "paged", EscalationEvent.escalation_id.in_(ids))
        .group_by(EscalationEvent.escalation_id)
    )
    return {
        escalation_id: ((level or 0) + 1, (round_ or 0) + 1)
        for escalation_id, level, round_ in rows
    }


def median_minutes(records: list[EscalationRecord]) -> float | None:
    """The median time to ACK of the acknowledged ones, in minutes (None: none was)."""
    minutes = [m for r in records if (m := r.minutes_to_ack) is not None]
    return statistics.median(minutes) if minutes else None
