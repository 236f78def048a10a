"""The runner: load a participant's conversation, advance the engine, carry out its actions.

Everything for one event happens in the caller's transaction, after the
participant's row is locked (SELECT ... FOR UPDATE on PostgreSQL; SQLite
transactions are already serialised by BEGIN IMMEDIATE), so two texts from
one participant are handled one after the other, never interleaved.

A participant has one active flow. A flow that comes due while another waits
for a reply is deferred and starts when that wait ends.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from flows.definitions import FLOWS
from flows.engine import (
    CancelTimers,
    Inbound,
    NotifyStaff,
    OpenEscalation,
    Record,
    ScheduleTimer,
    Send,
    SetField,
    Start,
    Step,
    TimerFired,
    advance,
    interpret,
)
from flows.naming import sender_name
from flows.staff import next_business_opening, notify_staff
from models import Contact, Conversation, Outcome, Participant
from models.batch import current_batch
from models.participant import ACTIVE, DECLINED, EXPIRED
from models.timer import bump_series, schedule_timer
from sms.outbox import queue_outbound
from sms.texts import render

log = logging.getLogger(__name__)

TIMEOUT_KIND = "flow.timeout"
START_KIND = "flow.start"
MISSED_ALERT_AFTER = 3
# Read fresh from the participant at every step (the rest of the context is the flow's own).
PARTICIPANT_KEYS = ("threshold", "missed_checkins", "missed_alert_after")


@dataclass
class Turn:
    """One event being handled for one participant, inside one transaction."""

    session: Session
    participant: Participant
    conversation: Conversation
    now: datetime
    config: dict
    queue: str = "replies"
    sent: list[str] = field(default_factory=list)


def wait_series(participant_id: int) -> str:
    """The timer series of a participant's current wait."""
    return f"wait:{participant_id}"


def plan_series(participant_id: int) -> str:
    """The timer series of a participant's planned reminders and check-ins."""
    return f"plan:{participant_id}"


def schedule_flow_start(session: Session, participant_id: int, flow_name: str, variables: dict,
                        due_at: datetime, now: datetime) -> None:  # fmt: skip
    """Plan `flow_name` to start for the participant at `due_at`."""
    schedule_timer(session, due_at=due_at, kind=START_KIND, target=f"participant:{participant_id}",
                   series=plan_series(participant_id), now=now,
                   payload={"flow": flow_name, "vars": variables})  # fmt: skip


def lock_participant(session: Session, participant_id: int) -> Participant | None:
    """Load the participant, locking the row until the transaction ends."""
    batch = current_batch(session)
    if batch is not None and participant_id in batch.participants:
        return batch.participants[participant_id]  # locked when the batch loaded it
    query = select(Participant).where(Participant.id == participant_id)
    if session.get_bind().dialect.name == "postgresql":
        query = query.with_for_update()
    return session.scalars(query.execution_options(populate_existing=True)).first()


def participant_for_contact(session: Session, contact_id: int) -> Participant | None:
    """The participant texting from this number, locked, or None."""
    found = session.scalar(select(Participant.id).where(Participant.contact_id == contact_id))
    return lock_participant(session, found) if found is not None else None


def begin_turn(session, participant, now, config, queue="replies") -> Turn:
    """Load (or create) the conversation of a locked participant."""
    batch = current_batch(session)
    if batch is not None and participant.id in batch.conversations:
        conversation = batch.conversations[participant.id]
    else:
        conversation = session.get(Conversation, participant.id)
    if conversation is None:
        conversation = Conversation(
            participant_id=participant.id, context={}, deferred=[], updated_at=now
        )
        session.add(conversation)
        if batch is None:
            session.flush()
        else:  # inserted with the batch's flush; the next turn for them finds it here
            batch.conversations[participant.id] = conversation
    return Turn(session, participant, conversation, now, config, queue)


def start_flow(turn: Turn, flow_name: str, variables: dict | None = None) -> bool:
    """Start `flow_name` now, or defer it while another flow waits; True if started."""
    variables = _prepare(turn, flow_name, dict(variables or {}))
    conversation = turn.conversation
    if conversation.state is not None:
        pending = [d for d in conversation.deferred if d["flow"] == flow_name]
        if not pending:
            conversation.deferred = [
                *conversation.deferred,
                {"flow": flow_name, "vars": variables or {}},
            ]
        return False
    _run(turn, flow_name, Start(flow_name, variables or {}))
    return True


def switch_to(turn: Turn, flow_name: str, state: str, variables: dict | None = None) -> None:
    """Replace the active wait (if any) with `flow_name` entered at `state`, now.

    For what cannot wait its turn behind another flow (a craving). An open
    reminder stays answerable (see commands.answer_open_reminder).
    """
    _drop_wait(turn)
    _run(turn, flow_name, Start(flow_name, variables or {}, state))


def finish_flow(turn: Turn) -> None:
    """End the active flow as if it had run to its end: its wait is cancelled and a
    flow deferred behind it starts (an open reminder stays answerable)."""
    _drop_wait(turn)
    _start_next_deferred(turn)


def _drop_wait(turn: Turn) -> None:
    conversation = turn.conversation
    conversation.flow, conversation.state, conversation.context = None, None, {}
    bump_series(turn.session, wait_series(turn.participant.id))


def _prepare(turn: Turn, flow_name: str, variables: dict) -> dict:
    """Add what a flow's texts need (a reminder's session time in local words)."""
    if flow_name == "reminder" and variables.get("session_at"):
        at = datetime.fromisoformat(variables["session_at"])
        p = turn.participant
        p.next_session_at, p.next_session_place = at, variables.get("place")
        variables["session_when"] = session_when(at, p.timezone, turn.now, p.language)
    return variables


def reply(turn: Turn, text: str) -> bool:
    """Offer a text to the active flow's wait; False when it did not understand it."""
    flow_name = turn.conversation.flow
    if flow_name is None or turn.conversation.state is None:
        return False
    return _run(turn, flow_name, Inbound(text)).understood


def understands(turn: Turn, text: str) -> bool:
    """True when the active wait would take `text` as an answer."""
    conversation = turn.conversation
    if conversation.flow is None or conversation.state is None:
        return False
    intent, _value = interpret(FLOWS[conversation.flow].state(conversation.state), text)
    return intent is not None


def timeout(turn: Turn, flow_name: str, state: str) -> bool:
    """The wait of `flow_name` in `state` ran out; False if the conversation moved on."""
    conversation = turn.conversation
    if conversation.flow != flow_name or conversation.state != state:
        return False
    _run(turn, flow_name, TimerFired())
    return True


def end_conversation(turn: Turn) -> None:
    """Drop the active flow and anything deferred (e.g. after STOP)."""
    conversation = turn.conversation
    conversation.flow, conversation.state, conversation.context = None, None, {}
    conversation.deferred, conversation.open_reminder = [], None
    conversation.updated_at = turn.now
    bump_series(turn.session, wait_series(turn.participant.id))


def _run(turn: Turn, flow_name: str, event) -> Step:
    conversation = turn.conversation
    flow = FLOWS[flow_name]
    context = {**_participant_context(turn), **(conversation.context or {})}
    if isinstance(event, Start):  # a flow's own settings, which its variables may override
        context = {
            **_participant_context(turn),
            "max_followups": int(turn.config.get("REMINDER_FOLLOWUPS", 1)),
        }
    step = advance(
        flow, conversation.state if not isinstance(event, Start) else None, context, event, turn.now
    )
    for action in step.actions:
        _apply(turn, flow_name, step, action)
    conversation.flow = flow_name if step.state is not None else None
    conversation.state = step.state
    conversation.context = {k: v for k, v in step.context.items() if k not in PARTICIPANT_KEYS}
    conversation.updated_at = turn.now
    if flow_name == "reminder":
        _track_open_reminder(turn, step)
    if step.state is None:
        conversation.context = {}
        _start_next_deferred(turn)
    return step


def _participant_context(turn: Turn) -> dict:
    p = turn.participant
    return {
        "threshold": p.checkin_threshold,
        "missed_checkins": p.missed_checkins,
        "missed_alert_after": int(turn.config.get("MISSED_CHECKIN_ALERT", MISSED_ALERT_AFTER)),
    }


def _start_next_deferred(turn: Turn) -> None:
    conversation = turn.conversation
    while conversation.deferred and conversation.state is None:
        following, *rest = conversation.deferred
        conversation.deferred = rest
        if not _still_timely(turn, following["flow"], following.get("vars", {})):
            record_outcome(turn, "skipped_deferred", {"flow": following["flow"]})
            continue
        variables = _prepare(turn, following["flow"], dict(following.get("vars", {})))
        _run(turn, following["flow"], Start(following["flow"], variables))


def _still_timely(turn: Turn, flow_name: str, variables: dict) -> bool:
    """Whether a deferred flow may still start now that the conversation is free.

    Not after its session has begun, not outside the participant's sending
    window, and a check-in not on another day than the one it was for.
    """
    session_at = variables.get("session_at")
    if session_at and datetime.fromisoformat(session_at) <= turn.now:
        return False
    local = turn.now.astimezone(ZoneInfo(turn.participant.timezone))
    window = variables.get("window")
    if window and not window[0] <= local.strftime("%H:%M") <= window[1]:
        return False
    due_day = variables.get("due_day")
    return not (flow_name == "checkin" and due_day and local.date().isoformat() != due_day)


def _track_open_reminder(turn: Turn, step: Step) -> None:
    """Keep the reminder answerable by a clear C/N/L after another flow takes over,
    and its answer changeable until the session starts ("C", later "can't make it")."""
    conversation = turn.conversation
    answers = (a.data.get("response") for a in step.actions if _is_attendance(a))
    answered = next((said for said in answers if said != "no_reply"), None)
    if answered is not None or step.state in ("sent", "followup"):
        # No wording of the time: replies say it as of when they are sent (text_values).
        reminder = {k: step.context.get(k) for k in ("session_at", "place")}
        conversation.open_reminder = {**reminder, "answered": answered}


def _is_attendance(action) -> bool:
    return isinstance(action, Record) and action.kind == "attendance"


def _apply(turn: Turn, flow_name: str, step: Step, action) -> None:
    if isinstance(action, Send):
        _send(turn, action.template, {**step.context, **action.vars})
    elif isinstance(action, CancelTimers):
        bump_series(turn.session, wait_series(turn.participant.id))
    elif isinstance(action, ScheduleTimer):
        schedule_timer(
            turn.session,
            due_at=action.at,
            kind=TIMEOUT_KIND,
            target=f"participant:{turn.participant.id}",
            series=wait_series(turn.participant.id),
            now=turn.now,
            payload={"flow": flow_name, "state": step.state},
        )
    elif isinstance(action, NotifyStaff):
        notify_staff(
            turn.session,
            turn.participant,
            action.kind,
            dict(action.vars),
            urgent=action.urgent,
            now=turn.now,
            config=turn.config,
        )
    elif isinstance(action, Record):
        record_outcome(turn, action.kind, dict(action.data))
    elif isinstance(action, SetField | OpenEscalation):
        log.warning("flow %s asked for %r, which this runner does not carry out", flow_name, action)


def record_outcome(turn: Turn, kind: str, data: dict) -> None:
    """Store an outcome and update the participant fields it implies."""
    p = turn.participant
    turn.session.add(Outcome(participant_id=p.id, kind=kind, data=data, at=turn.now))
    if kind == "consent":
        p.status, p.consent_at, p.consent_channel = ACTIVE, turn.now, "sms"
        p.planned_until = None  # the dispatcher plans their reminders and check-ins next pass
        invite = render("invite", p.language, **text_values(turn, {}))
        p.consent_text = f"Invitation: {invite}\nReply: {data.get('reply', '')}"
    elif kind == "decline":
        p.status, p.declined_at = DECLINED, turn.now
    elif kind == "invite_expired":
        p.status = EXPIRED
    elif kind == "checkin_score":
        p.missed_checkins = 0
    elif kind == "checkin_missed":
        p.missed_checkins += 1


def send_template(turn: Turn, template: str, values: dict | None = None) -> None:
    """Text the participant a template outside any flow (commands, the fallback)."""
    _send(turn, template, values or {})


# Texts that promise a counselor's call, and their wording for when the office is closed.
_CALL_PROMISES = {"call_ack": "call_ack_later", "call_request_ack": "call_request_ack_later"}


def _send(turn: Turn, template: str, values: dict) -> None:
    p = turn.participant
    if template == "coping_plan" and not (p.plan_reasons or p.plan_steps):
        template = "coping_plan_missing"
    if template in _CALL_PROMISES:
        # Said when the counselor will see it (the notice waits for business hours, see
        # flows/staff.notify_staff), not "I've asked" alone at 11 PM on a Friday.
        opens = next_business_opening(turn.session, p, turn.now)
        if opens is not None:
            template = _CALL_PROMISES[template]
            values = {**values, "opens_when": session_when(opens, p.timezone, turn.now, p.language)}
    body = render(template, p.language, **text_values(turn, values))
    contact = turn.session.get(Contact, p.contact_id)
    queue_outbound(turn.session, contact, body, kind=template, now=turn.now, queue=turn.queue)
    turn.sent.append(template)


def text_values(turn: Turn, values: dict) -> dict:
    """Everything a participant template may name."""
    p = turn.participant
    supporter = ""
    if p.plan_supporter_name:
        supporter = f"Call {p.plan_supporter_name} {p.plan_supporter_phone or ''}".strip() + "."
        if p.language == "es":
            supporter = f"Llame a {p.plan_supporter_name} {p.plan_supporter_phone or ''}".strip()
            supporter += "."
    return {
        "name": sender_name(turn.session, p, turn.config),
        "support_phone": turn.config["SUPPORT_PHONE"],
        "first_name": p.called,  # the preferred name when they gave one
        "session_when": _session_when_now(turn, values),
        "opens_when": values.get("opens_when") or "",
        "place": values.get("place") or "",
        "plan_reasons": p.plan_reasons or "",
        "plan_steps": ", ".join(p.plan_steps or []),
        "plan_supporter": supporter,
    }


def _session_when_now(turn: Turn, values: dict) -> str:
    # Said as of now, not as of the reminder: an answer the next morning to "group
    # tomorrow at 6:00 PM" is told "see you today at 6:00 PM".
    if not values.get("session_at"):
        return values.get("session_when") or ""
    p = turn.participant
    return session_when(
        datetime.fromisoformat(values["session_at"]), p.timezone, turn.now, p.language
    )


WHEN = {
    "en": {
        "today": "today at {t}",
        "tomorrow": "tomorrow at {t}",
        "other": "{d} at {t}",
        "days": "Mon Tue Wed Thu Fri Sat Sun",
        "months": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
        "date": "{wd} {mon} {day}",
    },
    "es": {
        "today": "hoy a las {t}",
        "tomorrow": "mañana a las {t}",
        "other": "el {d} a las {t}",
        "days": "lun mar mie jue vie sab dom",
        "months": "ene feb mar abr may jun jul ago sep oct nov dic",
        "date": "{wd} {day} {mon}",
    },
}


def session_when(session_at: datetime, tz: str, now: datetime, language: str = "en") -> str:
    """A session time as participants read it: 'today at 6:00 PM', 'Thu Dec 3 at 6:00 PM'."""
    words = WHEN.get(language, WHEN["en"])
    zone = ZoneInfo(tz)
    local, today = session_at.astimezone(zone), now.astimezone(zone).date()
    clock = local.strftime("%I:%M %p").lstrip("0")
    if local.date() == today:
        return words["today"].format(t=clock)
    if (local.date() - today).days == 1:
        return words["tomorrow"].format(t=clock)
    day = words["date"].format(
        wd=words["days"].split()[local.weekday()],
        mon=words["months"].split()[local.month - 1],
        day=local.day,
    )
    return words["other"].format(d=day, t=clock)
