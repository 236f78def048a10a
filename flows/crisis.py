"""A crisis text: the participant's reply and the first page, sent from inside the request.

Handling (in the inbound transaction) opens the escalation, queues the reply
and a first-page timer due now. Right after that transaction commits,
`deliver` sends the reply through Twilio, then fires the first-page timer and
sends the pages, all in the same request with a short timeout. Neither waits
on Redis, a worker or a backlog. If the process dies half-way, every piece is
already durable: the reply row is re-enqueued after its 10 s pending
deadline and the page timer is fired by the dispatcher on the crisis queue.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from types import SimpleNamespace

from sqlalchemy import select
from sqlalchemy.orm import Session

from flows import escalation as esc
from flows.naming import sender_name
from flows.runner import Turn, end_conversation
from flows.split_texts import triage_with_earlier_texts
from models import (
    Contact,
    Escalation,
    EscalationEvent,
    InboundMessage,
    OutboundMessage,
    Participant,
)
from models.message import FAILED, QUEUE_CRISIS, UNDELIVERED
from models.timer import begin_firing
from sms.client import ERROR_UNSUBSCRIBED
from sms.outbox import queue_outbound
from sms.sender import SenderSettings, send_outbound
from sms.texts import render
from sms.triage import Triage, classify

log = logging.getLogger(__name__)

REPLY_TEMPLATES = ("crisis_reply", "crisis_reply_overdose")
FOLLOWUP = "crisis_followup"
# Texts after which a follow-up needs no answer of its own for a while.
FOLLOWUP_QUIET_AFTER = (FOLLOWUP, "crisis_acked", "crisis_resend")


def handle_crisis(handling, participant: Participant | None, turn: Turn | None, triage) -> str:
    """Reply (at most once per interval), open or add to the escalation, stop any flow."""
    session, contact, now = handling.session, handling.contact, handling.now
    if turn is not None:
        end_conversation(turn)  # no flow keeps asking questions of someone in crisis
    reply_id = _queue_reply(handling, participant, triage)
    current = esc.unresolved_for_contact(session, contact.id)
    if current is None:
        current, timer_id = esc.open_escalation(
            session,
            contact,
            participant,
            inbound_id=handling.inbound.id,
            rules=list(triage.rules),
            overdose=triage.overdose,
            now=now,
        )
        handling.crisis_page_timer_id = timer_id
    else:
        paging = esc.another_message(session, current, handling.inbound.id, now, handling.config)
        handling.crisis_outbound_ids.extend(paging.outbound_ids)
    if reply_id is not None:
        handling.crisis_outbound_ids.insert(0, reply_id)
        esc.record(session, current, "replied", now, outbound_id=reply_id)
    else:
        esc.record(session, current, "reply_skipped", now, details={"why": "replied recently"})
    return "crisis"


def handle_followup(handling, participant: Participant | None, escalation: Escalation) -> str:
    """A text that is not a crisis from someone whose crisis is still open ("he left", "thanks").

    It is part of the crisis, not a command to decode: it goes on the escalation's timeline
    and to the counselor who acknowledged it, and the sender hears that it is passed on (at
    most once per reply interval, counting the crisis reply) - never the fallback's menu.
    """
    session, now = handling.session, handling.now
    paging = esc.another_message(
        session, escalation, handling.inbound.id, now, handling.config, crisis=False
    )
    handling.crisis_outbound_ids.extend(paging.outbound_ids)
    reply_id = _queue_followup_reply(handling, participant)
    if reply_id is not None:
        handling.crisis_outbound_ids.insert(0, reply_id)
        details = {"template": FOLLOWUP}
        esc.record(
            session, escalation, "participant_texted", now, outbound_id=reply_id, details=details
        )
    return "crisis-followup"


def _queue_followup_reply(handling, participant: Participant | None) -> int | None:
    if _sent_recently(handling, (*REPLY_TEMPLATES, *FOLLOWUP_QUIET_AFTER)):
        return None
    contact = handling.contact
    language = participant.language if participant is not None else (contact.language or "en")
    return _queue_crisis_text(handling, participant, FOLLOWUP, language)


def _sent_recently(handling, kinds) -> set[str]:
    """Which of `kinds` this number was sent within the crisis reply interval."""
    interval = timedelta(minutes=float(handling.config.get("CRISIS_REPLY_INTERVAL", 10)))
    return set(
        handling.session.scalars(
            select(OutboundMessage.kind).where(
                OutboundMessage.contact_id == handling.contact.id,
                OutboundMessage.kind.in_(kinds),
                OutboundMessage.created_at > handling.now - interval,
            )
        )
    )


def _queue_crisis_text(handling, participant, template: str, language: str) -> int:
    """Queue `template` to the sender on the crisis queue, sent from inside this request."""
    name = sender_name(handling.session, participant, handling.config)
    message = queue_outbound(
        handling.session,
        handling.contact,
        render(template, language, name=name),
        kind=template,
        now=handling.now,
        queue=QUEUE_CRISIS,
        in_reply_to_id=handling.inbound.id,
        in_request=True,
    )
    return message.id


def _with_earlier_texts(session, inbound: InboundMessage, triage: Triage) -> Triage:
    """The split-text reading (flows/split_texts.py), or the text alone if that fails too."""
    try:
        with session.begin_nested():  # a failed look-up leaves the transaction usable
            return triage_with_earlier_texts(session, inbound, triage)
    except Exception:
        log.exception("reading inbound %s with its earlier texts failed", inbound.id)
        return triage


def safety_net(db, gateway, clock, config: dict, inbound_id: int) -> bool:
    """Handling a text failed (a bug): if it is a crisis, reply and page anyway.

    Takes the shortest path - no conversation, no flows - so whatever broke
    the full handling is unlikely to break this. The text stays unprocessed
    and is retried soon; the retry's reply falls in the reply interval and
    its escalation is this one, so nothing is sent twice. True if it acted.
    """
    with db.transaction() as session:
        now = clock.now()
        inbound = session.get(InboundMessage, inbound_id)
        if inbound is None or inbound.processed_at is not None:
            return False
        triage = _with_earlier_texts(session, inbound, classify(inbound.body))
        if triage.level != "crisis":
            return False
        contact = session.get(Contact, inbound.contact_id)
        participant = session.scalars(
            select(Participant).where(Participant.contact_id == contact.id)
        ).first()
        handling = SimpleNamespace(
            session=session, contact=contact, now=now, config=config, inbound=inbound
        )
        reply_id = _queue_reply(handling, participant, triage)
        timer_id = None
        if esc.unresolved_for_contact(session, contact.id) is None:
            escalation, timer_id = esc.open_escalation(
                session,
                contact,
                participant,
                inbound_id=inbound.id,
                rules=list(triage.rules),
                overdose=triage.overdose,
                now=now,
            )
            esc.record(session, escalation, "handling_failed", now, inbound_id=inbound.id)
        inbound.triage_level, inbound.retry_at = triage.level, now
    deliver(db, gateway, clock, config, [reply_id] if reply_id else [], timer_id)
    return True


def _queue_reply(handling, participant: Participant | None, triage: Triage) -> int | None:
    """The 988/911 reply, unless this number had one in the last interval.

    An overdose reply still goes out after a plain one: its steps are new.
    """
    template = "crisis_reply_overdose" if triage.overdose else "crisis_reply"
    recent = _sent_recently(handling, REPLY_TEMPLATES)
    if template in recent or (template == "crisis_reply" and recent):
        return None
    contact = handling.contact
    language = participant.language if participant is not None else _language(contact, triage)
    return _queue_crisis_text(handling, participant, template, language)


def _language(contact: Contact, triage: Triage) -> str:
    """An unknown number's language: what it used before, or Spanish if the rules were."""
    if contact.language and contact.language != "en":
        return contact.language
    return "es" if any(".es" in rule or rule.endswith("_es") for rule in triage.rules) else "en"


def deliver(db, gateway, clock, config: dict, outbound_ids: list[int], page_timer_id) -> None:
    """Send the reply, then page: everything from inside the request that received the text."""
    settings = SenderSettings.from_config(config)
    for message_id in outbound_ids:
        _send(db, gateway, clock, settings, message_id)
    if page_timer_id is None:
        return
    pages = _page_now(db, clock, config, page_timer_id)
    for message_id in pages:
        _send(db, gateway, clock, settings, message_id)


def _send(db, gateway, clock, settings, message_id: int) -> None:
    try:
        send_outbound(db, gateway, clock, settings, message_id)
    except Exception:  # the row stays pending or sending; the dispatcher takes over
        log.exception("in-request crisis send of message %s failed", message_id)


def _page_now(db, clock, config: dict, timer_id: int) -> list[int]:
    """Fire the first-page timer here and now; [] if a worker already did."""
    with db.transaction() as session:
        now = clock.now()
        timer = begin_firing(session, timer_id, now, include_pending=True)
        if timer is None:
            return []
        escalation = lock_escalation(session, int(timer.target.removeprefix("escalation:")))
        _note_failed_reply(session, escalation)
        paging = esc.page_current_level(session, escalation, now, config, in_request=True)
        return paging.outbound_ids


def _note_failed_reply(session: Session, escalation: Escalation) -> None:
    """If our reply was refused (opted out, landline...), the page says so."""
    failed = session.scalars(
        select(OutboundMessage)
        .where(
            OutboundMessage.in_reply_to_id == escalation.trigger_inbound_id,
            OutboundMessage.kind.in_(REPLY_TEMPLATES),
            OutboundMessage.status.in_((FAILED, UNDELIVERED)),
        )
        .limit(1)
    ).first()
    if failed is not None:
        escalation.reply_problem = reply_problem(failed)


def reply_problem(message: OutboundMessage) -> str:
    """Why a crisis reply did not reach the participant, in words for a page."""
    if message.error_code == ERROR_UNSUBSCRIBED:
        return "they opted out of texts"
    return f"carrier error {message.error_code}" if message.error_code else "not delivered"


def lock_escalation(session: Session, escalation_id: int) -> Escalation | None:
    """Load an escalation, locked until the transaction ends (PostgreSQL)."""
    query = select(Escalation).where(Escalation.id == escalation_id)
    if session.get_bind().dialect.name == "postgresql":
        query = query.with_for_update()
    return session.scalars(query.execution_options(populate_existing=True)).first()


def delivery_failed(session: Session, message: OutboundMessage, now: datetime, config: dict):
    """A crisis-queue text failed: for our reply, ask who has the alert to call instead.

    Before the first page has gone out, the page itself carries the problem.
    A failed page to staff goes on the timeline (the ACK deadline still runs).
    """
    if message.kind not in REPLY_TEMPLATES:
        _note_failed_page(session, message, now)
        return
    query = select(Escalation).where(Escalation.contact_id == message.contact_id)
    escalation = session.scalars(query.order_by(Escalation.id.desc())).first()
    if escalation is None:
        return
    problem = reply_problem(message)
    if escalation.last_paged_at is None:
        escalation.reply_problem = problem
        return
    if escalation.reply_problem == problem:
        return  # the page already said so
    esc.reply_failed(session, escalation, problem, now, config)


def _note_failed_page(session: Session, message: OutboundMessage, now: datetime) -> None:
    event = session.scalars(
        select(EscalationEvent).where(EscalationEvent.outbound_id == message.id).limit(1)
    ).first()
    if event is not None:
        escalation = session.get(Escalation, event.escalation_id)
        details = {"template": message.kind, "error": message.error_code}
        esc.record(
            session,
            escalation,
            "page_failed",
            now,
            staff_id=event.staff_id,
            outbound_id=message.id,
            details=details,
        )
