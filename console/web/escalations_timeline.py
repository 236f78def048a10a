"""An escalation's timeline in plain words: one sentence per event, as a counselor reads it.

The events are flows.escalation's (received, replied, paged, ack_timeout,
acked, passed, resolved, message, ...); the texts participants sent are
shown by the template next to the sentence, never inside it.
"""

from __future__ import annotations

TARGETS = {
    "oncall": "on-call counselor",
    "backup": "backup",
    "supervisors": "supervisors",
    "staff": "named staff",
}
_PARTICIPANT_TEXTS = {
    "crisis_acked": "Told the participant a counselor has their message",
    "crisis_resend": "Re-sent 988 and 911 to the participant: nobody had acknowledged",
    "crisis_followup": "Told them their text is passed on (with 988 and 911)",
}
_STAFF_TEXTS = {
    "page": "Paged {name}",
    "page_final": "Final page to {name}: nobody acknowledged",
    "page_nudge": "Reminded {name}: still not resolved after a day",
    "page_reply_failed": "Asked {name} to call: our reply did not reach the participant",
    "page_taken": "Told {name} that someone else has it",
    "page_update": "Sent the new message to {name}",
}


def level_label(level: int, levels: list[dict]) -> str:
    """A 0-based level of a policy as people count it: "level 2 of 3 (backup)"."""
    target = levels[level].get("target") if 0 <= level < len(levels) else None
    name = f" ({TARGETS.get(target, target)})" if target else ""
    return f"level {level + 1} of {len(levels)}{name}"


def describe(event: dict, levels: list[dict], escalation) -> str:
    """One timeline event (flows.admin.escalations' view of it) as a sentence."""
    kind, details = event["kind"], event.get("details") or {}
    name = event.get("staff_name") or "a staff member"
    via = f" via {details['via']}" if details.get("via") else ""
    where = _where(details, levels)
    if kind == "received":
        return "Crisis text received"
    if kind == "message":  # a text written while it is open, a crisis text or not
        return "Another crisis text from them" if details.get("crisis", True) else "Text from them"
    if kind == "text_in":
        return "Text from them"
    if kind == "replied":
        return "Replied with 988 and 911 (and that a counselor is being contacted)"
    if kind == "reply_skipped":
        return "No second reply: they had one in the last few minutes"
    if kind == "reply_failed":
        return f"Our reply did not reach them ({details.get('problem', 'unknown')}): call them"
    if kind == "paged":
        template = details.get("template", "page")
        sentence = _STAFF_TEXTS.get(template, "Texted {name}").format(name=name)
        return sentence + (f", {where}" if template == "page" and where else "")
    if kind == "page_failed":
        return f"The text to {name} failed ({details.get('error') or 'no error code'})"
    if kind == "participant_texted":
        return _PARTICIPANT_TEXTS.get(details.get("template"), "Texted the participant")
    if kind == "ack_timeout":
        return f"Nobody acknowledged {where or 'the page'} in time"
    if kind == "level_empty":
        return f"Nobody to page at {where or 'this level'}: skipped"
    if kind == "nobody_to_page":
        return "Nobody on the chain could be paged"
    if kind == "acked":
        return f"Acknowledged by {name}{via}"
    if kind == "passed":
        return f"Passed on by {name}{via}"
    if kind == "resolved":
        note = escalation.resolution_note or ""
        return f"Resolved by {name}{via}" + (f': "{note}"' if note else "")
    if kind == "exhausted":
        return "Nobody acknowledged through the whole chain; it stays open"
    if kind == "nudged":
        return "Supervisors reminded: still not resolved after a day"
    if kind == "handling_failed":
        return "Handling the text failed; the safety net replied and paged"
    return kind.replace("_", " ").capitalize()


def _where(details: dict, levels: list[dict]) -> str:
    if "level" not in details:
        return ""
    label = level_label(int(details["level"]), levels)
    return f"{label}, round {int(details.get('round', 0)) + 1}"
