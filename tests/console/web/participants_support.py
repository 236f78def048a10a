"""Helpers for the participants pages' tests: participants in each state, texts, scores."""

from __future__ import annotations

import html
import re
from datetime import timedelta
from itertools import count

from sqlalchemy import select

from flows.admin.participants import create_participant
from models import (
    AuditEvent,
    Contact,
    Escalation,
    InboundMessage,
    OutboundMessage,
    Outcome,
    Participant,
)
from models.participant import ACTIVE
from tests.console.web.support import csrf_token

CONSENT = "Invitation: Reply YES to get texts.\nReply: YES"
_SIDS = count(1)
_TAGS = re.compile(r"<[^>]+>")


def enroll(rt, name: str, phone: str, program_id: int | None = None, **values) -> int:
    """Enroll through flows.admin (the invitation is queued); returns the participant's id."""
    with rt.db.transaction() as session:
        p = create_participant(
            session,
            {"name": name, "phone": phone, "program_id": program_id, **values},
            rt.clock.now(),
            rt.config,
        )
        return p.id


def activate(rt, participant_id: int, **changes) -> None:
    """As if they had just replied YES, then apply `changes` to the row."""
    with rt.db.transaction() as session:
        p = session.get(Participant, participant_id)
        p.status = ACTIVE
        p.consent_at = rt.clock.now()
        p.consent_channel = "sms"
        p.consent_text = CONSENT
        for key, value in changes.items():
            setattr(p, key, value)


def contact_of(session, participant_id: int) -> Contact:
    """The participant's phone number row."""
    return session.get(Contact, session.get(Participant, participant_id).contact_id)


def text_from(rt, participant_id: int, body: str, ago: timedelta, level: str | None = None):
    """A text the participant sent `ago`."""
    with rt.db.transaction() as session:
        contact = contact_of(session, participant_id)
        session.add(
            InboundMessage(
                message_sid=f"SMtest{next(_SIDS):026d}",
                contact_id=contact.id,
                from_phone=contact.phone,
                to_phone="+15005550006",
                body=body,
                received_at=rt.clock.now() - ago,
                processed_at=rt.clock.now() - ago,
                triage_level=level,
            )
        )


def text_to(rt, participant_id: int, body: str, ago: timedelta, status: str, **values) -> int:
    """A text Tether sent `ago`, in delivery `status`; returns its id."""
    with rt.db.transaction() as session:
        contact = contact_of(session, participant_id)
        message = OutboundMessage(
            contact_id=contact.id,
            to_phone=contact.phone,
            body=body,
            kind=values.pop("kind", "checkin_ask"),
            queue=values.pop("queue", "scheduled"),
            status=status,
            attempts=1,
            created_at=rt.clock.now() - ago,
            **values,
        )
        session.add(message)
        session.flush()
        return message.id


def score(rt, participant_id: int, value, ago: timedelta) -> None:
    """A check-in answer recorded `ago`."""
    with rt.db.transaction() as session:
        session.add(
            Outcome(
                participant_id=participant_id,
                kind="checkin_score",
                data={"score": value},
                at=rt.clock.now() - ago,
            )
        )


def open_crisis(rt, participant_id: int) -> None:
    """An escalation for the participant's number that nobody has resolved."""
    with rt.db.transaction() as session:
        p = session.get(Participant, participant_id)
        session.add(
            Escalation(
                contact_id=p.contact_id,
                participant_id=p.id,
                program_id=p.program_id,
                code="4821",
                status="acked",
                opened_at=rt.clock.now() - timedelta(minutes=30),
            )
        )


def opt_out(rt, participant_id: int) -> None:
    """As if the number had texted STOP."""
    with rt.db.transaction() as session:
        contact = contact_of(session, participant_id)
        contact.opted_out_at = rt.clock.now() - timedelta(days=1)
        contact.opt_out_source = "keyword"


def post(client, path: str, data: dict | None = None, **kwargs):
    """POST a console form with this session's CSRF token."""
    return client.post(path, data={"csrf_token": csrf_token(client), **(data or {})}, **kwargs)


def audit_actions(rt, participant_id: int | None = None) -> list[tuple[str, int | None]]:
    """(action, user id) of the audit log, oldest first (of one participant, if given)."""
    query = select(AuditEvent).order_by(AuditEvent.id)
    if participant_id is not None:
        query = query.where(
            AuditEvent.target_type == "participant", AuditEvent.target_id == participant_id
        )
    with rt.db.transaction() as session:
        return [(e.action, e.user_id) for e in session.scalars(query)]


def text_of(page: str) -> str:
    """The words a person reads on the page: tags dropped, whitespace collapsed."""
    return " ".join(html.unescape(_TAGS.sub(" ", page)).split())


def field_error(page: str, name: str) -> str:
    """The error message shown under the field `name` ("" when none)."""
    match = re.search(rf'<p class="field-error" id="{name}-error">([^<]*)</p>', page)
    return html.unescape(match.group(1)) if match else ""


def unlabelled_inputs(page: str) -> list[str]:
    """Visible form controls that no <label for> names."""
    labelled = set(re.findall(r'<label for="([^"]+)"', page))
    missing = []
    for tag in re.findall(r"<(?:input|select|textarea)\b[^>]*>", page):
        if 'type="hidden"' in tag or re.search(r"\shidden[\s>]", tag):
            continue
        ident = re.search(r'\bid="([^"]+)"', tag)
        if ident is None or ident.group(1) not in labelled:
            missing.append(tag)
    return missing
