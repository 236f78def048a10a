"""Handling one stored inbound text, in the order every message goes through.

1. staff commands (ACK/RESOLVE/PASS/LIST from staff phones), 2. triage: a
crisis is answered and escalated whatever the sender's state, 3. compliance
keywords, then, while the sender's crisis is open, anything else they write
goes to it (flows/crisis.handle_followup), 4. reported use, cravings and
participant commands (a call asked for in a sentence too, flows/asking.py),
5. the active flow's wait, 6. the fallback. Each step either handles the
message or passes it on. A crisis' reply and first page are sent right after
the handling transaction commits, from the same request (flows/crisis.py).

Handling is idempotent: the row is claimed (processed_at set) in the same
transaction as everything it causes, so a webhook and a retry job racing over
one message handle it once.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import update
from sqlalchemy.orm import Session

from flows.asking import asks_for_a_person
from flows.commands import (
    CALL,
    answer_open_reminder,
    handle_craving,
    handle_low_mood,
    handle_reported_use,
    match_command,
    open_reminder_ahead,
    run_command,
)
from flows.crisis import deliver, handle_crisis, handle_followup, safety_net
from flows.escalation import unresolved_for_contact
from flows.feeling import says_they_are_low
from flows.parsing import is_acknowledgement, wants_no_more_texts
from flows.runner import (
    Turn,
    begin_turn,
    end_conversation,
    participant_for_contact,
    reply,
    understands,
)
from flows.runner import send_template as turn_send
from flows.schedule_store import replan
from flows.split_texts import triage_with_earlier_texts
from flows.staff_commands import active_staff_for_phone, parse_staff_command, run_staff_command
from models import Contact, InboundMessage
from models.participant import ACTIVE, INVITED
from sms.contacts import mark_opted_in, mark_opted_out
from sms.keywords import HELP, START, STOP, YES, Keyword, match_keyword
from sms.outbox import queue_outbound, record_twiml_reply
from sms.texts import render
from sms.triage import Triage, classify

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class TwimlReply:
    """A text to return as the webhook's TwiML reply, with its outbox id."""

    message_id: int
    body: str


@dataclass
class Handling:
    """What one message needs while it is handled."""

    session: Session
    inbound: InboundMessage
    contact: Contact
    now: datetime
    config: dict
    replies: list[TwimlReply]
    # False when handling is retried by a job: the webhook has answered, so
    # replies meant for TwiML go through the API instead.
    twiml_allowed: bool = True
    # Crisis rows to send from this request once the transaction commits, and
    # the first-page timer to fire right after them.
    crisis_outbound_ids: list[int] = field(default_factory=list)
    crisis_page_timer_id: int | None = None

    def text(self, key: str) -> str:
        """Render a template in the contact's language with the program's details."""
        return render(
            key,
            self.contact.language,
            name=self.config["PROGRAM_DISPLAY_NAME"],
            support_phone=self.config["SUPPORT_PHONE"],
        )

    def reply(self, key: str, *, allow_opted_out: bool = False) -> None:
        """Queue a reply for a worker to send through the API."""
        queue_outbound(
            self.session,
            self.contact,
            self.text(key),
            kind=key,
            now=self.now,
            in_reply_to_id=self.inbound.id,
            allow_opted_out=allow_opted_out,
        )

    def reply_in_twiml(self, key: str) -> None:
        """Answer in the webhook response itself (for numbers Twilio blocks REST sends to)."""
        if not self.twiml_allowed:
            self.reply(key, allow_opted_out=True)
            return
        message = record_twiml_reply(
            self.session,
            self.contact,
            self.text(key),
            kind=key,
            now=self.now,
            in_reply_to_id=self.inbound.id,
        )
        self.replies.append(TwimlReply(message.id, message.body))


def process_inbound(
    db, clock, config: dict, inbound_id: int, *, in_webhook: bool = True, gateway=None
) -> list[TwimlReply] | None:
    """Handle stored message `inbound_id` once; None when it was handled already.

    `in_webhook` is False for a retry from a job, which cannot answer in TwiML.
    With a `gateway`, a crisis' reply and first page are sent before returning.
    """
    try:
        handling = _handle(db, clock, config, inbound_id, in_webhook)
    except Exception:
        if gateway is not None:  # a bug must not leave a crisis unanswered
            try:
                safety_net(db, gateway, clock, config, inbound_id)
            except Exception:
                log.exception("crisis safety net for inbound %s failed", inbound_id)
        raise
    if handling is None:
        return None
    if gateway is not None and (handling.crisis_outbound_ids or handling.crisis_page_timer_id):
        deliver(
            db,
            gateway,
            clock,
            config,
            handling.crisis_outbound_ids,
            handling.crisis_page_timer_id,
        )
    return handling.replies


def _handle(db, clock, config: dict, inbound_id: int, in_webhook: bool) -> Handling | None:
    with db.transaction() as session:
        now = clock.now()
        claimed = session.execute(
            update(InboundMessage)
            .where(InboundMessage.id == inbound_id, InboundMessage.processed_at.is_(None))
            .values(processed_at=now, retry_at=None)
            .execution_options(synchronize_session=False)
        )
        if claimed.rowcount != 1:
            return None
        inbound = session.get(InboundMessage, inbound_id, populate_existing=True)
        contact = session.get(Contact, inbound.contact_id)
        handling = Handling(session, inbound, contact, now, config, [], in_webhook)
        inbound.handled_as = route(handling)
    return handling


def route(handling: Handling) -> str:
    """Run the message through each step in order; return how it was handled."""
    session = handling.session
    staff = active_staff_for_phone(session, handling.contact.phone)
    command = parse_staff_command(handling.inbound.body) if staff is not None else None
    if command is not None:
        return run_staff_command(handling, staff, command)
    # Triage runs on every other message, whatever the sender's state, before
    # anything below can consume it.
    triage = triage_with_earlier_texts(session, handling.inbound, classify(handling.inbound.body))
    handling.inbound.triage_level = triage.level
    participant = participant_for_contact(session, handling.contact.id)
    if triage.level == "crisis":
        turn = _turn(handling, participant) if participant is not None else None
        return handle_crisis(handling, participant, turn, triage)
    keyword = match_keyword(handling.inbound.body)
    if keyword is not None:
        handled = handle_keyword(handling, keyword)
        if handled:
            if handled == "opt-out" and participant is not None:
                end_conversation(_turn(handling, participant))
            if handled == "opt-in" and participant is not None:
                replan(session, participant, handling.now)
            return handled
    if participant is None and staff is not None:
        return handle_staff_text(handling)
    open_crisis = unresolved_for_contact(session, handling.contact.id)
    if open_crisis is not None:  # whatever they write next belongs with the crisis
        return handle_followup(handling, participant, open_crisis)
    if participant is None:
        return handle_unknown_sender(handling)
    return handle_participant(handling, _turn(handling, participant), triage)


def _turn(handling: Handling, participant) -> Turn:
    return begin_turn(handling.session, participant, handling.now, handling.config)


def handle_participant(handling: Handling, turn: Turn, triage: Triage) -> str:
    """Steps 4-6 for an enrolled participant: commands, the active wait, the fallback."""
    status = turn.participant.status
    if status == INVITED:  # nothing but the consent conversation before consent
        return "enrollment" if reply(turn, handling.inbound.body) else "enrollment-unclear"
    if status != ACTIVE:
        return "inactive"
    if triage.level == "relapse":
        return handle_reported_use(handling, turn)
    if triage.level == "craving":
        return handle_craving(handling, turn)
    command = match_command(handling.inbound.body)
    if command is not None:
        return run_command(handling, turn, command)
    if asks_for_a_person(handling.inbound.body):
        return _call_asked_in_words(handling, turn)
    body = handling.inbound.body
    readable = understands(turn, body)
    # A clear C/N/L to an earlier reminder wins over a wait that cannot read it.
    if not readable and answer_open_reminder(turn, body):
        return "reminder-late-answer"
    # Someone low gets "what's going on" and their plan, unless the wait can read the text.
    if not readable and says_they_are_low(body):
        return handle_low_mood(turn)
    if reply(turn, body):
        return f"flow:{turn.conversation.flow or 'done'}"
    if is_acknowledgement(body):
        return "acknowledged"  # "thanks 🙏" needs no answer; a menu back reads as not listening
    if wants_no_more_texts(body):
        # Carriers only act on the keyword itself; say it, rather than "didn't get that".
        turn_send(turn, "optout_hint")
        return "optout-hint"
    # With a reminder still to answer, the menu names its letters: "work called, see you
    # Thursday" is best answered with an N, and the participant is told so.
    reminder = open_reminder_ahead(turn)
    if reminder is not None:
        turn_send(turn, "fallback_reminder", {"session_at": reminder["session_at"]})
        return "fallback-reminder"
    turn_send(turn, "fallback")
    return "fallback"


def _call_asked_in_words(handling: Handling, turn: Turn) -> str:
    """ "Can't make it tonight, can someone call me?": the counselor is asked to call,
    and what the active wait can read in the text is still taken as its answer."""
    outcome = run_command(handling, turn, CALL)
    body = handling.inbound.body
    if understands(turn, body):
        reply(turn, body)
    else:
        answer_open_reminder(turn, body)
    return outcome


def handle_keyword(handling: Handling, keyword: Keyword) -> str | None:
    """STOP, START, HELP and YES-while-opted-out; None when the word is not ours to take."""
    contact = handling.contact
    if keyword.kind == YES and not contact.opted_out:
        return None  # an ordinary "yes" belongs to the conversation
    if keyword.language:
        contact.language = keyword.language
    if keyword.kind == STOP:
        mark_opted_out(contact, handling.now, "keyword")
        handling.reply_in_twiml("opt_out_confirmation")
        return "opt-out"
    if keyword.kind in (START, YES):
        mark_opted_in(contact, handling.now)
        handling.reply("opt_in_confirmation")
        return "opt-in"
    if keyword.kind == HELP:
        if contact.opted_out:
            handling.reply_in_twiml("help")
        else:
            handling.reply("help")
        return "help"
    return None


def handle_staff_text(handling: Handling) -> str:
    """A staff phone that texts the service is told, once, what this line is for.

    Staff commands by SMS (acknowledging escalations) arrive with the crisis issue.
    """
    contact = handling.contact
    if contact.unknown_notice_sent_at is not None:
        return "staff-repeat"
    contact.unknown_notice_sent_at = handling.now
    handling.reply("staff_line")
    return "staff"


def handle_unknown_sender(handling: Handling) -> str:
    """Tell a number nobody enrolled, once, what this number is for."""
    contact = handling.contact
    if contact.unknown_notice_sent_at is not None or contact.opted_out:
        return "unknown-sender-repeat"
    contact.unknown_notice_sent_at = handling.now
    handling.reply("unknown_sender")
    return "unknown-sender"
