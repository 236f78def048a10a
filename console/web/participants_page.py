"""The participant page: texts as chat bubbles, planned texts, consent, coping plan, chart.

`render_participant` builds it and records the view in the audit log: each
time a conversation is shown to someone, the log says who saw it and when
(42 CFR Part 2), including re-displays with a form's errors. The texts come
from flows.admin.participants.conversation and the plan from its
schedule_preview, the same answers the JSON API gives.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from flask import render_template
from flask_login import current_user
from sqlalchemy import select
from sqlalchemy.orm import Session

from console.web.access import audit
from console.web.participants_chart import checkin_scores, trend
from console.web.participants_data import (
    STATUS_LABELS,
    load_visible,
    programs_for,
    staff_choices,
    status_of,
)
from flows.admin import AdminError
from flows.admin.participants import conversation, schedule_preview
from flows.planning import PlanningError
from models import (
    AuditEvent,
    Contact,
    Escalation,
    InboundMessage,
    OutboundMessage,
    Participant,
    Program,
    StaffMember,
    User,
)
from models.escalation import UNRESOLVED
from models.message import QUEUE_CRISIS
from models.user import COUNSELOR
from runtime import current_runtime

VIEW_ACTION = "view_conversation"
SEND_ACTION = "send_text"
MESSAGES_SHOWN = 200
PLANNED_DAYS = 14
STEPS_SHOWN = 5  # the coping plan holds at most five steps
TIME = "%a %b %-d, %-I:%M %p %Z"
ZONES = (
    "America/New_York",
    "America/Chicago",
    "America/Denver",
    "America/Phoenix",
    "America/Los_Angeles",
    "America/Anchorage",
    "Pacific/Honolulu",
    "America/Puerto_Rico",
)
KINDS = {
    "invite": "Invitation",
    "invite_reminder": "Invitation reminder",
    "welcome": "Welcome",
    "reminder": "Session reminder",
    "checkin_ask": "Check-in",
    "coping_plan": "Coping plan",
    "crisis_reply": "Crisis reply",
    "crisis_reply_overdose": "Crisis reply (overdose)",
    "broadcast": "Program announcement",
    "manual": "Manual text",
}
DELIVERY = {
    "pending": "Pending",
    "sending": "Sending",
    "queued": "Queued",
    "sent": "Sent",
    "delivered": "Delivered",
    "undelivered": "Undelivered",
    "failed": "Failed",
    "unknown": "Unknown",
    "suppressed": "Not sent: opted out",
}


def render_participant(
    participant_id: int,
    *,
    section: str | None = None,
    errors: dict | None = None,
    submitted: dict | None = None,
    status: int = 200,
):
    """The participant page; with `section`, that form refused: its errors and entries."""
    rt = current_runtime()
    now = rt.clock.now()
    with rt.db.transaction() as session:
        p = load_visible(session, current_user, participant_id)
        context = page_context(session, p, now)
        audit(session, VIEW_ACTION, "participant", p.id)
    context["values"] |= submitted or {}
    page = render_template(
        "participants/show.html", **context, section=section, errors=errors or {}
    )
    return page, status


def page_context(session: Session, p: Participant, now: datetime) -> dict:
    """Everything the participant page shows about `p`."""
    zone = ZoneInfo(p.timezone)
    contact = session.get(Contact, p.contact_id)
    crisis = session.scalar(
        select(Escalation.id)
        .where(Escalation.contact_id == contact.id, Escalation.status.in_(UNRESOLVED))
        .limit(1)
    )
    program = session.get(Program, p.program_id) if p.program_id else None
    counselor = session.get(StaffMember, p.counselor_id) if p.counselor_id else None
    status = status_of(p, contact.opted_out, crisis is not None, now)
    return {
        "p": p,
        "contact": contact,
        "status": status,
        "status_label": STATUS_LABELS[status],
        "program": program,
        "counselor": counselor,
        "zone": zone,
        "time_format": TIME,
        "messages": bubbles(session, p, zone),
        "planned": planned(session, p, program, now, zone),
        "planned_note": _planned_note(status, program),
        "chart": trend(checkin_scores(session, p.id, now), p.checkin_threshold, p.timezone),
        "can_manage": current_user.role != COUNSELOR,
        "program_options": [(g.id, g.name) for g in programs_for(session, current_user)],
        "staff_options": [(s.id, s.name) for s in staff_choices(session, keep=p.counselor_id)],
        "zones": sorted({*ZONES, p.timezone}),
        "today": now.astimezone(zone).date(),
        "values": _form_values(p),
    }


def bubbles(session: Session, p: Participant, zone: ZoneInfo) -> list[dict]:
    """The latest texts both ways, oldest first, with what a bubble shows of each."""
    rows = conversation(session, p.id, MESSAGES_SHOWN)
    out_ids = [r["id"] for r in rows if r["direction"] == "out"]
    in_ids = [r["id"] for r in rows if r["direction"] == "in"]
    outbound = {
        m.id: m
        for m in session.scalars(select(OutboundMessage).where(OutboundMessage.id.in_(out_ids)))
    }
    levels = dict(
        session.execute(
            select(InboundMessage.id, InboundMessage.triage_level).where(
                InboundMessage.id.in_(in_ids)
            )
        ).all()
    )
    senders = _manual_senders(session, p.id)
    shown = []
    for row in rows:
        item = {
            "direction": row["direction"],
            "at": row["at"].astimezone(zone),
            "body": row["body"],
        }
        if row["direction"] == "in":
            item["crisis"] = levels.get(row["id"]) == "crisis"
        else:
            message = outbound[row["id"]]
            item |= {
                "crisis": message.queue == QUEUE_CRISIS,
                "kind": KINDS.get(message.kind, message.kind.replace("_", " ").capitalize()),
                "status": message.status,
                "status_label": DELIVERY.get(message.status, message.status),
                "error_code": message.error_code,
                "error_message": message.error_message,
                "sender": senders.get(message.id),
            }
        shown.append(item)
    return shown


def _manual_senders(session: Session, participant_id: int) -> dict[int, str]:
    """Who sent each manual text (the outbox row does not say; the audit log does)."""
    rows = session.execute(
        select(AuditEvent.details, User.email)
        .join(User, User.id == AuditEvent.user_id)
        .where(
            AuditEvent.action == SEND_ACTION,
            AuditEvent.target_type == "participant",
            AuditEvent.target_id == participant_id,
        )
    )
    return {
        details["outbound_id"]: email
        for details, email in rows
        if isinstance(details, dict) and "outbound_id" in details
    }


def planned(session, p: Participant, program, now: datetime, zone: ZoneInfo) -> dict:
    """The texts the plan holds for the next PLANNED_DAYS, by local day, or why there are none."""
    if program is None:
        return {"days": [], "problem": None}
    try:
        preview = schedule_preview(session, p.id, None, PLANNED_DAYS + 1, now)
    except (AdminError, PlanningError) as exc:  # a schedule the planner refuses
        return {"days": [], "problem": str(exc)}
    # The preview starts at local midnight today; show what is still to come.
    end = now + timedelta(days=PLANNED_DAYS)
    days: dict = {}
    for item in preview["items"]:
        if not now <= item["due_utc"] < end:
            continue
        due = item["due_local"]
        entry = {"at": due, "what": _what(item, p), "paused": item["paused"]}
        days.setdefault(due.date(), []).append(entry)
    return {"days": sorted(days.items()), "problem": None}


def _what(item: dict, p: Participant) -> str:
    if item["flow"] == "reminder" and item["session_at_local"] is not None:
        return (
            f"Reminder of the group on {item['session_at_local'].strftime('%a %b %-d, %-I:%M %p')}"
        )
    if item["flow"] == "checkin":
        after = p.discharged_on is not None and item["due_local"].date() >= p.discharged_on
        return "Aftercare check-in" if after else "Check-in"
    if item["flow"] == "closing":
        return "Closing message (end of aftercare)"
    return item["flow"].capitalize()


def _planned_note(status: str, program) -> str | None:
    """Why the planned texts may not go out, in one sentence."""
    if program is None:
        return "No program: nothing is planned. Assign one below."
    return {
        "invited": "Not yet agreed to texts: these start once they reply YES to the invitation.",
        "declined": "They declined the invitation: none of these will be sent.",
        "expired": "The invitation expired without a reply: none of these will be sent.",
        "opted_out": "Opted out: none of these will be sent unless they text START.",
        "crisis": "Scheduled texts are held while the crisis is open.",
    }.get(status)


def _form_values(p: Participant) -> dict:
    """What each form on the page starts with: the participant's current values."""
    steps = list(p.plan_steps or [])
    return {
        "reasons": p.plan_reasons or "",
        "steps": steps + [""] * (STEPS_SHOWN - len(steps)),
        "supporter_name": p.plan_supporter_name or "",
        "supporter_phone": p.plan_supporter_phone or "",
        "threshold": p.checkin_threshold,
        "paused_from": p.paused_from.isoformat() if p.paused_from else "",
        "paused_until": p.paused_until.isoformat() if p.paused_until else "",
        "discharged_on": p.discharged_on.isoformat() if p.discharged_on else "",
        "program_id": p.program_id,
        "counselor_id": p.counselor_id,
        "timezone": p.timezone,
        "body": "",
    }
