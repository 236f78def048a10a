"""Participant commands (NEXT, CALL), reported use, cravings, and late answers to a reminder.

These sit between the compliance keywords and the active flow's wait in the
order every inbound text goes through (see flows/inbound.py).
"""

from __future__ import annotations

from datetime import datetime

from flows import parsing
from flows.asking import asks_for_a_person
from flows.runner import (
    Turn,
    finish_flow,
    record_outcome,
    reply,
    send_template,
    session_when,
    switch_to,
)
from flows.schedule_store import next_session
from flows.staff import notify_staff
from models import Program
from sms.keywords import normalize

NEXT = "next"
CALL = "call"
_COMMANDS = {
    "next": NEXT,
    "nextgroup": NEXT,
    "proxima": NEXT,
    "siguiente": NEXT,
    "call": CALL,
    "callme": CALL,
    "pleasecall": CALL,
    "llamar": CALL,
    "llamame": CALL,
    "llamada": CALL,
}


def match_command(text: str) -> str | None:
    """NEXT or CALL (English or Spanish) when that is the whole message."""
    return _COMMANDS.get(normalize(text))


def run_command(handling, turn: Turn, command: str) -> str:
    """Answer NEXT with the next session, or ask the counselor to call for CALL."""
    p = turn.participant
    if command == NEXT:
        at, place = _next(turn)
        if at is not None:
            when = session_when(at, p.timezone, turn.now, p.language)
            send_template(turn, "next_session", {"session_when": when, "place": place})
        else:
            send_template(turn, "no_next_session")
        return "command:next"
    _ask_counselor_to_call(turn, "call_request")
    send_template(turn, "call_request_ack")
    conversation = turn.conversation
    if (conversation.flow, conversation.state) == ("checkin", "offer_call"):
        finish_flow(turn)  # the call it was about to offer is asked for
    elif conversation.flow is not None:  # a flow that would offer one later does not
        conversation.context = {**(conversation.context or {}), "call_asked": True}
    return "command:call"


def _ask_counselor_to_call(turn: Turn, kind: str) -> None:
    notify_staff(
        turn.session, turn.participant, kind, {}, urgent=False, now=turn.now, config=turn.config
    )


def _next(turn: Turn) -> tuple[datetime | None, str]:
    """The next session from the program's schedule, else the last one reminded of."""
    p = turn.participant
    at = next_session(turn.session, p, turn.now)
    if at is not None:
        program = turn.session.get(Program, p.program_id)
        return at, program.location or ""
    if p.next_session_at and p.next_session_at > turn.now:
        return p.next_session_at, p.next_session_place or ""
    return None, ""


def handle_reported_use(handling, turn: Turn) -> str:
    """A supportive reply and a same-day (non-urgent) note to the counselor."""
    record_outcome(turn, "reported_use", {})
    notify_staff(
        turn.session,
        turn.participant,
        "reported_use",
        {},
        urgent=False,
        now=turn.now,
        config=turn.config,
    )
    send_template(turn, "used_support")
    return "reported-use"


def handle_craving(handling, turn: Turn) -> str:
    """A strong urge: hand over to the check-in at "what's going on", then the coping plan.

    A check-in already asking is left to take the text as its answer. An urge
    that asks for a person ("can somebody talk to me") gets the plan and the
    counselor asked to call at once: a menu first would read as being ignored.
    """
    record_outcome(turn, "craving", {})
    if asks_for_a_person(handling.inbound.body):
        return _call_and_plan(turn)
    asking = turn.conversation.flow == "checkin" and turn.conversation.state is not None
    if asking and reply(turn, handling.inbound.body):
        return "craving:checkin"
    switch_to(turn, "checkin", "whats_up")
    return "craving"


def handle_low_mood(turn: Turn) -> str:
    """ "😢", "having a really bad day", "no estoy bien": the check-in's "what's going on",
    then the participant's own coping plan and the offer of a call (flows/feeling.py)."""
    record_outcome(turn, "low_mood", {})
    switch_to(turn, "checkin", "whats_up")
    return "low-mood"


def _call_and_plan(turn: Turn) -> str:
    _ask_counselor_to_call(turn, "support_call")
    send_template(turn, "call_ack")  # what they asked for first, then their own plan
    send_template(turn, "coping_plan")
    if turn.conversation.flow == "checkin":  # this answers what its questions lead to
        finish_flow(turn)
    return "craving:call"


def open_reminder_ahead(turn: Turn) -> dict | None:
    """The open reminder while its session is still ahead, or None."""
    reminder = turn.conversation.open_reminder
    if not reminder or not _still_ahead(reminder.get("session_at"), turn.now):
        return None
    return reminder


def answer_open_reminder(turn: Turn, text: str) -> bool:
    """Honour a clear C/N/L to a reminder after another flow took over the conversation,
    or after the reminder was answered: until the session starts, a participant who
    confirmed may still say they can't come (and the counselor is told), and one who
    declined may say they are coming after all."""
    reminder = open_reminder_ahead(turn)
    if reminder is None:
        return False
    answered = reminder.get("answered")
    if answered is None:
        response = parsing.parse_attendance(text)
    else:  # undoing an answer needs a clearer one than giving it
        response = parsing.parse_attendance_change(text)
    # Only an explicit answer (C, "can't make it", "late") - a bare "yes" or 👍
    # while another question waits is not clearly about the reminder.
    waiting = turn.conversation.flow is not None
    if response is None or (waiting and parsing.parse_yes_no(text) is not None):
        return False
    values = {"place": reminder.get("place"), "session_at": reminder["session_at"]}
    if response != answered:
        _record_attendance(turn, reminder, response, values)
    send_template(
        turn, {"confirm": "confirm_ack", "late": "late_ack"}.get(response, "decline_ack"), values
    )
    return True


def _record_attendance(turn: Turn, reminder: dict, response: str, values: dict) -> None:
    """The new answer, and the counselor told when it changes whether they will see them."""
    answered = reminder.get("answered")
    record_outcome(turn, "attendance", {"response": response, "session_at": reminder["session_at"]})
    turn.conversation.open_reminder = {**reminder, "answered": response}
    if response == "decline":
        kind = "session_decline"
    elif answered == "decline":
        kind = "session_after_all"
    else:
        return
    notify_staff(
        turn.session, turn.participant, kind, values, urgent=False, now=turn.now, config=turn.config
    )


def _still_ahead(session_at: str | None, now: datetime) -> bool:
    return bool(session_at) and datetime.fromisoformat(session_at) > now
