"""What staff do from a participant's page: coping plan, pause, discharge, assignment, texts.

Each action is a POST form (CSRF-checked by console.web.access), changes the
participant through flows.admin.participants (the JSON API's and CLI's
checks and re-planning), and is recorded in the audit log in the same
transaction. A refused form shows the page again with the message next to
its field; a saved one redirects back to its section. ROUTES lists them for
the participants blueprint.
"""

from __future__ import annotations

from flask import flash, redirect, request, url_for
from flask_login import current_user

from console.web.access import audit, program_scope, requires
from console.web.participants_data import load_visible
from console.web.participants_forms import (
    field_errors,
    optional_date,
    optional_id,
    program_choice,
    required_date,
    whole_number,
)
from console.web.participants_page import SEND_ACTION, STEPS_SHOWN, render_participant
from flows.admin import AdminError, InvalidFieldError
from flows.admin.participants import update_participant
from models import Contact
from models.message import QUEUE_REPLIES
from models.user import COUNSELOR, STAFF
from runtime import current_runtime
from sms.outbox import UnsafeTextError, queue_outbound

MANUAL_KIND = "manual"
_PLAN_BOXES = ("reasons", "supporter_name", "supporter_phone")


def _change(participant_id: int, section: str, action: str, read, saved: str):
    """Apply the changes `read(form, participant)` returns; audit; back to `section`.

    `read` may raise InvalidFieldError for a box it cannot read; flows.admin
    raises it for a value it refuses. Either way nothing is saved.
    """
    rt = current_runtime()
    try:
        with rt.db.transaction() as session:
            p = load_visible(session, current_user, participant_id)
            changes = read(request.form, p)
            update_participant(session, p.id, changes, rt.clock.now(), rt.config)
            audit(session, action, "participant", p.id, **_details(changes))
    except AdminError as exc:
        return render_participant(
            participant_id,
            section=section,
            errors=field_errors(exc),
            submitted=_entries(section),
            status=422,
        )
    flash(saved, "success")
    return redirect(
        url_for("console.participants.show", participant_id=participant_id, _anchor=section)
    )


def _details(changes: dict) -> dict:
    """What the audit log keeps of a change: which fields, and dates and ids as given.

    Never the coping plan's words or numbers: the log is read more widely than the plan.
    """
    kept = {}
    for key, value in changes.items():
        if key == "plan":
            kept["plan_fields"] = sorted(value)
        else:
            kept[key] = value.isoformat() if hasattr(value, "isoformat") else value
    return kept


def _entries(section: str) -> dict:
    """What the person typed, so a refused form keeps it."""
    form = request.form
    if section == "plan":
        steps = form.getlist("steps")[:STEPS_SHOWN]
        typed = {k: form.get(k, "") for k in (*_PLAN_BOXES, "threshold")}
        return typed | {"steps": steps + [""] * (STEPS_SHOWN - len(steps))}
    return {k: v for k, v in form.items() if k != "csrf_token"}


@requires(STAFF)
def plan(participant_id: int):
    """Save the coping plan (its words are texted back, so lock-screen checks apply)."""

    def read(form, p):
        coping = {key: form.get(key, "").strip() for key in _PLAN_BOXES}
        steps = [step.strip() for step in form.getlist("steps") if step.strip()]
        if steps or p.plan_steps:  # a plan may start with reasons only
            coping["steps"] = steps
        threshold = whole_number(form, "threshold")
        if threshold is not None:
            coping["threshold"] = threshold
        return {"plan": coping}

    return _change(participant_id, "plan", "edit_plan", read, "Coping plan saved.")


@requires(STAFF)
def pause(participant_id: int):
    """Pause texts from a day (until a day, or until resumed)."""

    def read(form, _p):
        return {
            "paused_from": required_date(form, "paused_from"),
            "paused_until": optional_date(form, "paused_until"),
        }

    return _change(participant_id, "pause", "pause_participant", read, "Texts paused.")


@requires(STAFF)
def resume(participant_id: int):
    """End a pause now: planned texts start again."""

    def read(_form, _p):
        return {"paused_from": None, "paused_until": None}

    return _change(participant_id, "pause", "resume_participant", read, "Texts resumed.")


@requires(STAFF)
def discharge(participant_id: int):
    """Discharge on a day (aftercare starts), or undo a discharge."""

    def read(form, _p):
        if form.get("undo"):
            return {"discharged_on": None}
        return {"discharged_on": required_date(form, "discharged_on")}

    undo = bool(request.form.get("undo"))
    saved = "Discharge undone." if undo else "Discharged: aftercare check-ins follow."
    return _change(participant_id, "discharge", "discharge_participant", read, saved)


@requires(STAFF)
def assign(participant_id: int):
    """Set the program, counselor and time zone (re-plans the participant's texts)."""

    def read(form, _p):
        zone = (form.get("timezone") or "").strip()
        if not zone:
            raise InvalidFieldError("timezone", "is required")
        return {
            "program_id": program_choice(form, program_scope()),
            "counselor_id": optional_id(form, "counselor_id"),
            "timezone": zone,
        }

    return _change(participant_id, "assignment", "assign_participant", read, "Assignment saved.")


@requires(STAFF, COUNSELOR)
def send_text(participant_id: int):
    """Text the participant now, on the replies queue, as the outbox checks every text."""
    body = (request.form.get("body") or "").strip()
    rt = current_runtime()
    problem = None
    with rt.db.transaction() as session:
        p = load_visible(session, current_user, participant_id)
        contact = session.get(Contact, p.contact_id)
        if not body:
            problem = "Write the text first."
        elif contact.opted_out:
            # STOP is the law: nothing but a crisis reply goes to this number now.
            problem = (
                "Not sent: this number opted out of texts (it texted STOP). "
                "Nothing can be texted to it until it texts START."
            )
        else:
            try:
                message = queue_outbound(
                    session,
                    contact,
                    body,
                    kind=MANUAL_KIND,
                    now=rt.clock.now(),
                    queue=QUEUE_REPLIES,
                )
            except UnsafeTextError as exc:
                problem = f"Not sent: {exc}. Reword it so a lock screen reveals nothing."
            else:
                audit(session, SEND_ACTION, "participant", p.id, outbound_id=message.id)
    if problem:
        return render_participant(
            participant_id,
            section="send",
            errors={"body": problem},
            submitted={"body": body},
            status=422,
        )
    flash("Text queued: its delivery status shows on the bubble.", "success")
    return redirect(
        url_for("console.participants.show", participant_id=participant_id, _anchor="send")
    )


# (rule, view): POST routes the participants blueprint adds.
ROUTES = (
    ("/participants/<int:participant_id>/plan", plan),
    ("/participants/<int:participant_id>/pause", pause),
    ("/participants/<int:participant_id>/resume", resume),
    ("/participants/<int:participant_id>/discharge", discharge),
    ("/participants/<int:participant_id>/assign", assign),
    ("/participants/<int:participant_id>/text", send_text),
)
