"""What the escalations pages show: who may see which alert, the board's rows, one alert's page.

The rows are flows.admin.escalations' own views (the JSON API's), with the
names, labels and permissions a page needs added; nothing here changes an
escalation. A staff member or counselor of a program sees that program's
alerts, the organization-wide ones (unknown numbers, participants without a
program) and any alert they were paged for; admins and people of every
program see all.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import case, or_, select, true
from sqlalchemy.orm import Session

from console.web.access import program_scope
from console.web.escalations_timeline import describe, level_label
from flows import oncall
from flows.admin.escalations import disclosures, escalation_detail, escalation_view
from flows.staff_commands import may_act
from models import (
    Contact,
    Disclosure,
    Escalation,
    EscalationEvent,
    InboundMessage,
    Participant,
    Program,
    StaffMember,
)
from models.escalation import ACKED, OPEN, RESOLVED

RECENTLY_RESOLVED = timedelta(hours=24)
RESOLVED_SHOWN = 20
UNRESOLVED_SHOWN = 200
LATER_TEXTS_SHOWN = 50
# Staff texts that are pages (someone is asked to respond), not notices to people paged before.
PAGE_TEMPLATES = ("page", "page_final", "page_nudge", "page_reply_failed")


def acting_staff(session: Session, user) -> StaffMember | None:
    """The staff member the signed-in account acts as (its linked one), if any."""
    return session.get(StaffMember, user.staff_id) if user.staff_id else None


def _visible_clause(user):
    scope = program_scope(user)
    if scope is None:
        return true()
    allowed = [Escalation.program_id == scope, Escalation.program_id.is_(None)]
    if user.staff_id:
        paged = select(EscalationEvent.escalation_id).where(
            EscalationEvent.staff_id == user.staff_id, EscalationEvent.kind == "paged"
        )
        allowed.append(Escalation.id.in_(paged))
    return or_(*allowed)


def may_see(session: Session, user, escalation_id: int) -> bool:
    """True if `user` may open this escalation (see the module's note)."""
    query = select(Escalation.id).where(Escalation.id == escalation_id, _visible_clause(user))
    return session.scalar(query) is not None


def board(session: Session, user, now: datetime) -> dict:
    """Open alerts (newest first), then acknowledged ones, then those resolved in the last day."""
    by_status = case((Escalation.status == OPEN, 0), (Escalation.status == ACKED, 1), else_=2)
    unresolved = session.scalars(
        select(Escalation)
        .where(Escalation.status != RESOLVED, _visible_clause(user))
        .order_by(by_status, Escalation.opened_at.desc(), Escalation.id.desc())
        .limit(UNRESOLVED_SHOWN)
    )
    resolved = session.scalars(
        select(Escalation)
        .where(
            Escalation.status == RESOLVED,
            Escalation.resolved_at > now - RECENTLY_RESOLVED,
            _visible_clause(user),
        )
        .order_by(Escalation.resolved_at.desc(), Escalation.id.desc())
        .limit(RESOLVED_SHOWN)
    )
    escalations = [*unresolved, *resolved]
    rows = _rows(session, user, escalations, now)
    return {
        "rows": rows,
        "open_count": sum(1 for r in rows if r["status"] == OPEN),
        "acked_count": sum(1 for r in rows if r["status"] == ACKED),
    }


def _rows(session: Session, user, escalations: list[Escalation], now: datetime) -> list[dict]:
    ids = [e.id for e in escalations]
    paged = _paged_names(session, ids)
    staff_ids = {i for e in escalations for i in (e.acked_by_id, e.resolved_by_id) if i}
    names = _staff_names(session, staff_ids)
    programs = _program_names(session, {e.program_id for e in escalations if e.program_id})
    called = _participant_names(session, {e.participant_id for e in escalations})
    actor = acting_staff(session, user)
    policies: dict = {}  # program id -> its policy: the board asks every few seconds
    rows = []
    for escalation in escalations:
        if escalation.program_id not in policies:
            policies[escalation.program_id] = oncall.policy_for(session, escalation.program_id)
        policy = policies[escalation.program_id]
        levels = oncall.policy_levels(policy)
        view = escalation_view(session, escalation, now)
        rows.append(
            view
            | {
                "program_name": programs.get(escalation.program_id),
                "participant_called": called.get(escalation.participant_id),
                "level_label": level_label(escalation.level, levels),
                "level_count": len(levels),
                "repeat": oncall.policy_repeat(policy),
                "paged": paged.get(escalation.id, []),
                "acked_by": names.get(escalation.acked_by_id),
                "resolved_by": names.get(escalation.resolved_by_id),
                "can_act": _can_act(session, actor, escalation),
            }
        )
    return rows


def _can_act(session: Session, actor: StaffMember | None, escalation: Escalation) -> bool:
    if actor is None or not actor.active or escalation.status == RESOLVED:
        return False
    return may_act(session, actor, escalation)


def page(session: Session, user, escalation_id: int, now: datetime) -> dict:
    """One escalation: the board's row, its timeline in words, its disclosures, who to call."""
    escalation = session.get(Escalation, escalation_id)
    [row] = _rows(session, user, [escalation], now)
    levels = oncall.policy_levels(oncall.policy_for(session, escalation.program_id))
    detail = escalation_detail(session, escalation_id, now)
    events = _with_later_texts(session, escalation, detail["timeline"], now)
    timeline = [event | {"text_line": describe(event, levels, escalation)} for event in events]
    contact = session.get(Contact, escalation.contact_id)
    return row | {
        "timeline": timeline,
        # The counselor's next step is a phone call: the number is what they need most.
        "callback": contact.phone if contact is not None else None,
        "disclosures": _disclosures(session, escalation),
    }


def _with_later_texts(session: Session, escalation: Escalation, events: list[dict], now) -> list:
    """The timeline plus what they texted while it was unresolved that was not a crisis text.

    Only crisis texts become events; "please answer" matters to whoever calls them back.
    """
    on_timeline = {e["inbound_id"] for e in events if e["inbound_id"] is not None}
    query = (
        select(InboundMessage)
        .where(
            InboundMessage.contact_id == escalation.contact_id,
            InboundMessage.received_at >= escalation.opened_at,
            # Ids, not times, say "after": texts in the same second share a time.
            InboundMessage.id > (escalation.trigger_inbound_id or 0),
            InboundMessage.received_at <= (escalation.resolved_at or now),
        )
        .order_by(InboundMessage.received_at, InboundMessage.id)
        .limit(LATER_TEXTS_SHOWN)
    )
    texts = [
        {"at": m.received_at, "kind": "text_in", "staff_id": None, "staff_name": None,
         "inbound_id": m.id, "outbound_id": None, "text": m.body, "details": {}}
        for m in session.scalars(query)
        if m.id not in on_timeline
    ]  # fmt: skip
    # A stable sort: at equal times the engine's events keep their order, texts come after.
    return sorted([*events, *texts], key=lambda e: e["at"])


def _disclosures(session: Session, escalation: Escalation) -> list[dict]:
    """Who received this person's information for this alert, oldest first."""
    if escalation.participant_id is not None:
        found = disclosures(session, escalation.participant_id)
        return [d for d in reversed(found) if d["escalation_id"] == escalation.id]
    # An unknown number has no participant to list by; its disclosures name the alert.
    query = (
        select(Disclosure)
        .where(Disclosure.escalation_id == escalation.id)
        .order_by(Disclosure.at, Disclosure.id)
    )
    return [
        {
            "at": d.at,
            "recipient": d.recipient,
            "channel": d.channel,
            "purpose": d.purpose,
            "fields": list(d.fields or ()),
        }
        for d in session.scalars(query)
    ]


def _paged_names(session: Session, escalation_ids: list[int]) -> dict[int, list[str]]:
    """Names of the people each escalation paged, in the order first paged."""
    if not escalation_ids:
        return {}
    query = (
        select(EscalationEvent.escalation_id, EscalationEvent.details, StaffMember.name)
        .join(StaffMember, StaffMember.id == EscalationEvent.staff_id)
        .where(EscalationEvent.escalation_id.in_(escalation_ids), EscalationEvent.kind == "paged")
        .order_by(EscalationEvent.at, EscalationEvent.id)
    )
    paged: dict[int, list[str]] = {}
    for escalation_id, details, name in session.execute(query):
        names = paged.setdefault(escalation_id, [])
        if (details or {}).get("template", "page") in PAGE_TEMPLATES and name not in names:
            names.append(name)
    return paged


def _staff_names(session: Session, staff_ids: set[int]) -> dict[int, str]:
    if not staff_ids:
        return {}
    query = select(StaffMember.id, StaffMember.name).where(StaffMember.id.in_(staff_ids))
    return dict(session.execute(query).all())


def _participant_names(session: Session, participant_ids: set) -> dict[int, str]:
    """What each participant is called (preferred name, else first name)."""
    ids = {i for i in participant_ids if i is not None}
    if not ids:
        return {}
    return {
        p.id: p.called for p in session.scalars(select(Participant).where(Participant.id.in_(ids)))
    }


def _program_names(session: Session, program_ids: set[int]) -> dict[int, str]:
    if not program_ids:
        return {}
    query = select(Program.id, Program.name).where(Program.id.in_(program_ids))
    return dict(session.execute(query).all())


def format_age(seconds: int) -> str:
    """How long ago, as the board shows it (escalations.js formats the same way)."""
    seconds = max(0, int(seconds))
    if seconds < 60:
        return f"{seconds} s"
    if seconds < 3600:
        return f"{seconds // 60} min"
    if seconds < 86400:
        return f"{seconds // 3600} h {seconds % 3600 // 60} min"
    return f"{seconds // 86400} d {seconds % 86400 // 3600} h"
