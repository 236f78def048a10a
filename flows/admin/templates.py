"""Text templates for the console's editor: the catalogue, checking, saving and reverting.

An admin may replace the shipped wording of any text (sms/texts.py) per
language. Every save passes sms.template_check first; a refused one raises
TemplateRejectedError with the checks' messages and changes nothing. Saving the
shipped wording itself removes the override, so a later release's wording is
not pinned by accident. The caller audits the change and, after the commit,
calls sms.text_overrides.reload so its own process sends the new wording at
once (others follow within sms.text_overrides.REFRESH_SECONDS).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from flows.admin import InvalidFieldError, NotFoundError
from models import TextOverride, User
from models.base import upsert
from sms import texts
from sms.template_check import (
    CONVERSATION_STARTERS,
    SAMPLE_VALUES,
    Report,
    check_override,
    placeholders,
)

LANGUAGE_NAMES = {"en": "English", "es": "Spanish"}


@dataclass(frozen=True)
class Group:
    """Templates that go together on the page, in sms/texts.py's order."""

    slug: str
    label: str
    description: str
    templates: dict[str, dict[str, str]]


GROUPS = (
    Group("compliance", "Compliance", "Answers to HELP, STOP and START, and to numbers we do "
          "not know. Carriers require what they say.", texts.COMPLIANCE),
    Group("enrollment", "Enrollment", "The invitation to join and the answers to it.",
          texts.ENROLLMENT),
    Group("reminder", "Reminders", "Group session reminders and the answers to C, N and L.",
          texts.REMINDER),
    Group("checkin", "Check-ins", "Check-ins, the coping plan and the answers around them.",
          texts.CHECKIN),
    Group("commands", "Commands", "Answers to NEXT and CALL, the aftercare goodbye, and the "
          "reply to a text that was not understood.", texts.COMMANDS),
    Group("staff", "Staff notices", "Notices to staff phones. Details stay in the console.",
          texts.STAFF),
    Group("notices", "What a staff notice says", "What happened, as a notice to staff says it "
          "after the participant's id and initials ({what} in the notice).", texts.NOTICES),
    Group("crisis", "Crisis", "What a participant reads in a crisis. Each must keep 988 and "
          "911.", texts.CRISIS),
    Group("pages", "Pages", "Pages and answers to on-call staff (English only).", texts.PAGES),
)  # fmt: skip

# What each text is, as an admin looks for it (a key without a title shows the key).
TITLES = {
    "help": "Answer to HELP",
    "opt_out_confirmation": "Answer to STOP",
    "opt_in_confirmation": "Answer to START",
    "unknown_sender": "To a number we do not know",
    "invite": "Invitation",
    "invite_reminder": "Invitation reminder",
    "invite_unclear": "Invitation: answer not understood",
    "welcome": "Welcome, after YES",
    "declined": "After a NO to the invitation",
    "reminder": "Session reminder",
    "reminder_followup": "Session reminder follow-up",
    "reminder_unclear": "Reminder: answer not understood",
    "confirm_ack": "After C (coming)",
    "late_ack": "After L (running late)",
    "decline_ask_reason": "After N: asking why",
    "decline_ack": "After N: the reason is passed on",
    "checkin_ask": "Check-in question",
    "checkin_unclear": "Check-in: answer not understood",
    "checkin_low": "After a low score",
    "checkin_whats_up": "After a high score: what is going on",
    "coping_plan": "Their coping plan",
    "coping_plan_missing": "Coping ideas, when there is no plan",
    "offer_call": "Offer of a call",
    "call_ack": "Call asked for, in a check-in",
    "call_ack_later": "Call asked for, in a check-in: office closed",
    "take_care": "No call wanted",
    "used_support": "After they report use",
    "next_session": "Answer to NEXT",
    "no_next_session": "Answer to NEXT: nothing scheduled",
    "call_request_ack": "Answer to CALL",
    "call_request_ack_later": "Answer to CALL: office closed",
    "aftercare_closing": "Aftercare goodbye",
    "fallback": "Text not understood",
    "optout_hint": "They asked in words to stop: how to opt out",
    "staff_notice": "Notice to staff",
    "staff_line": "Staff line: a staff phone texted",
    "crisis_reply": "Crisis reply",
    "crisis_reply_overdose": "Crisis reply: overdose",
    "crisis_resend": "Crisis: nobody has answered yet",
    "crisis_acked": "Crisis: a counselor has it",
    "crisis_followup": "Crisis: they texted again, not a crisis text",
    "page": "Page",
    "page_final": "Final page: nobody answered",
    "page_update": "Page: they texted again",
    "page_reply_failed": "Page: our reply did not arrive",
    "page_nudge": "Nudge: alert still open",
    "page_taken": "Alert taken by someone else",
    "ack_done": "Answer to ACK",
    "resolve_done": "Answer to RESOLVE",
    "pass_done": "Answer to PASS",
    "command_unknown_code": "Unknown alert code",
    "command_not_allowed": "Alert of another program",
    "command_help": "Staff commands",
    "command_list": "Answer to LIST",
    "command_list_empty": "Answer to LIST: none open",
    "rota_gap": "Nobody on call",
    "notice_call_request": "Notice: asked for a call",
    "notice_support_call": "Notice: a hard time, asked for a call",
    "notice_session_decline": "Notice: can't make group",
    "notice_session_after_all": "Notice: coming to group after all",
    "notice_reported_use": "Notice: reported use",
    "notice_checkin_high": "Notice: a high check-in",
    "notice_disengaged": "Notice: missed check-ins",
    "notice_invite_expired": "Notice: invitation expired",
    "notice_invite_declined": "Notice: declined the texts",
}

# What each {placeholder} is filled with, for the admin who rewords a text.
PLACEHOLDER_NOTES = {
    "name": "the program's name in texts",
    "support_phone": "the number HELP gives for questions",
    "first_name": "the participant's first name",
    "session_when": "when the group meets",
    "opens_when": "when the program's office next opens (business hours)",
    "place": "where the group meets",
    "plan_reasons": "the participant's reasons, from their coping plan",
    "plan_steps": "the steps of their coping plan",
    "plan_supporter": "who they can call, from their plan (may be empty)",
    "participant": "the participant's id and initials",
    "what": "what happened (asked for a call, missed check-ins, ...)",
    "missed": "how many check-ins in a row went unanswered",
    "who": "the participant's name and id",
    "time": "when they texted, local time",
    "callback": "the number to call them back",
    "code": "the alert's 4-digit code",
    "need": "what they need (contact now; overdose: call 911)",
    "problem": "a note when our reply did not reach them (often empty)",
    "quote": "their words, where the program allows it (often empty)",
    "staff": "who took the alert",
    "items": "the open alerts",
    "program": "the program's name",
}


class TemplateRejectedError(InvalidFieldError):
    """An override that fails a check; `report` holds every problem found."""

    def __init__(self, report: Report):
        super().__init__("body", " ".join(report.messages()))
        self.report = report


@dataclass(frozen=True)
class Change:
    """What a save or a revert did: the row's id, the wording before, and whether it is gone."""

    override_id: int | None
    previous: str | None
    removed: bool


def find(key: str, language: str) -> str:
    """The shipped wording of `key` in `language`; NotFoundError if there is none."""
    if language not in texts.TEMPLATES.get(key, {}):
        raise NotFoundError(f"no text {key!r} in {language!r}")
    return texts.TEMPLATES[key][language]


def normalize_body(raw: str | None) -> str:
    """The wording as stored: line breaks as \\n, no spaces around it."""
    return (raw or "").replace("\r\n", "\n").replace("\r", "\n").strip()


def check(key: str, language: str, raw_body: str | None) -> Report:
    """The checks' verdict on `raw_body` as `key` in `language` (nothing is stored)."""
    find(key, language)
    return check_override(key, language, normalize_body(raw_body))


def title(key: str) -> str:
    """What a template is, in words ("Answer to STOP"); the key itself if it has no title."""
    return TITLES.get(key, key)


def catalogue(session: Session) -> list[dict]:
    """Every group with its templates, each language's shipped wording and override."""
    stored = _overrides(session)
    return [
        {
            "slug": group.slug,
            "label": group.label,
            "description": group.description,
            "changed": sum(1 for key, language in stored if key in group.templates),
            "templates": [
                _template_view(key, variants, stored) for key, variants in group.templates.items()
            ],
        }
        for group in GROUPS
    ]


def editor_view(session: Session, key: str, language: str) -> dict:
    """What the editor shows for one template in one language."""
    shipped = find(key, language)
    override = _overrides(session).get((key, language))
    return {
        "key": key,
        "title": title(key),
        "group": next(g for g in GROUPS if key in g.templates),
        "language": language,
        "language_name": LANGUAGE_NAMES.get(language, language),
        "shipped": shipped,
        "override": override,
        "current": override["body"] if override else shipped,
        "starter": key in CONVERSATION_STARTERS,
        "placeholders": [
            {"name": name, "note": PLACEHOLDER_NOTES.get(name, ""), "sample": SAMPLE_VALUES[name]}
            for name in sorted(placeholders(shipped))
        ],
    }


def save_override(
    session: Session, key: str, language: str, raw_body: str | None, user_id: int | None, now
) -> Change:
    """Store `raw_body` as the wording of `key` in `language`; TemplateRejectedError if unfit."""
    shipped = find(key, language)
    body = normalize_body(raw_body)
    report = check_override(key, language, body)
    if not report.ok:
        raise TemplateRejectedError(report)
    if body == shipped:  # no override: a later release's wording will apply
        return revert_override(session, key, language)
    previous = _row(session, key, language)
    values = {"body": body, "updated_at": now, "updated_by": user_id}
    statement = (
        upsert(session, TextOverride)
        .values(key=key, language=language, **values)
        .on_conflict_do_update(index_elements=["key", "language"], set_=values)
    )
    session.execute(statement)  # two admins saving at once: the last one wins, no error
    saved = _row(session, key, language)
    return Change(saved.id, previous.body if previous else None, removed=False)


def revert_override(session: Session, key: str, language: str) -> Change:
    """Go back to the shipped wording of `key` in `language` (nothing to do if it is in use)."""
    find(key, language)
    row = _row(session, key, language)
    if row is None:
        return Change(None, None, removed=False)
    session.delete(row)
    session.flush()
    return Change(row.id, row.body, removed=True)


def _row(session: Session, key: str, language: str) -> TextOverride | None:
    query = select(TextOverride).where(TextOverride.key == key, TextOverride.language == language)
    return session.scalars(query.execution_options(populate_existing=True)).one_or_none()


def _overrides(session: Session) -> dict[tuple[str, str], dict]:
    query = select(TextOverride, User.email).outerjoin(User, User.id == TextOverride.updated_by)
    return {
        (row.key, row.language): {
            "body": row.body,
            "updated_at": row.updated_at,
            "updated_by": email,  # None: saved by an account that no longer exists
        }
        for row, email in session.execute(query)
    }


def _template_view(key: str, variants: dict[str, str], stored: dict) -> dict:
    return {
        "key": key,
        "title": title(key),
        "starter": key in CONVERSATION_STARTERS,
        "languages": [
            {
                "code": language,
                "name": LANGUAGE_NAMES.get(language, language),
                "shipped": shipped,
                "override": stored.get((key, language)),
            }
            for language, shipped in variants.items()
        ],
    }
