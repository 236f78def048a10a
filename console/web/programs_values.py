"""The program editor's form, read back: typed fields as the values flows.admin stores.

`to_values` turns a ProgramForm (console.web.programs_form) into the plain
values flows.admin.programs checks; what cannot even be read (a row with days
but no time, "abc" hours) is noted on the form instead. flows.admin decides
what is acceptable: its InvalidFieldError names one field, and
`add_admin_error` shows the message next to that field's part of the page.
"""

from __future__ import annotations

import re
from datetime import date

from console.web.programs_form import CHECKIN_MODES, OTHER_TIMEZONE, ProgramForm
from console.web.programs_rules import OFFSET_UNITS, daily_rule, parse_clock, weekly_rule

# flows.admin field -> the part of the page that shows its error.
GROUPS = {
    "session_rules": "sessions",
    "session_minutes": "sessions",
    "reminder_offsets_minutes": "reminders",
    "checkin_rule": "checkin",
    "checkins_on_session_days": "checkin",
    "window_start": "window",
    "window_end": "window",
    "aftercare_checkin_rule": "aftercare_weeks",
}
# How fields are named to staff, in error messages.
LABELS = {
    "name": "Name",
    "display_name": "Name in texts",
    "timezone": "Time zone",
    "location": "Location",
    "sessions": "Weekly sessions",
    "start_date": "First day",
    "end_date": "Last day",
    "cancelled_dates": "Cancelled dates",
    "extra_sessions": "Extra sessions",
    "reminders": "Reminders",
    "checkin": "Check-ins",
    "window": "Sending hours",
    "business_hours": "Office hours",
    "aftercare_weeks": "Aftercare",
    "page_includes_text": "Crisis pages",
    "tell_participant_on_ack": "Crisis replies",
}
_FIELD_NAMES = re.compile(r"\b(start_date|end_date|window_start|window_end)\b")
_FIELD_WORDS = {
    "start_date": "the first day",
    "end_date": "the last day",
    "window_start": "the start",
    "window_end": "the end",
}


def to_values(form: ProgramForm) -> dict:
    """The values for flows.admin.programs; what cannot even be read is noted on the form.

    A check-in rule the form cannot show is left out when kept, so the stored
    one stays as it is.
    """
    values = {
        "name": form.name,
        "display_name": form.display_name,
        "location": form.location,
        "timezone": form.timezone or None,
        "session_rules": _session_rules(form),
        "session_minutes": _whole(form, "sessions", form.session_minutes, "Session length"),
        "start_date": _date(form, "start_date", form.start_date),
        "end_date": _date(form, "end_date", form.end_date),
        "cancelled_dates": [_date(form, "cancelled_dates", d) for d in form.cancelled_dates],
        "extra_sessions": list(form.extra_sessions),
        "reminder_offsets_minutes": _offsets(form),
        "window_start": form.window_start,
        "window_end": form.window_end,
        "business_hours": {
            "days": sorted(form.business_days),
            "start": form.business_start,
            "end": form.business_end,
        },
        "aftercare_weeks": _whole(form, "aftercare_weeks", form.aftercare_weeks, "Aftercare"),
        "page_includes_text": form.page_includes_text,
        "tell_participant_on_ack": form.tell_participant_on_ack,
    }
    if form.timezone_choice == OTHER_TIMEZONE and not form.timezone:
        form.error("timezone", "Type the time zone's name, e.g. America/Chicago.")
    values.update(_checkin(form))
    return values


def _session_rules(form: ProgramForm) -> list[str]:
    rules = []
    for n, (days, at) in enumerate(form.sessions, start=1):
        if not days:
            form.error("sessions", f"Session time {n}: tick at least one day.")
        elif parse_clock(at) is None:
            form.error("sessions", f"Session time {n}: choose a start time.")
        else:
            rules.append(weekly_rule(days, at))
    kept = [rule for i, rule in enumerate(form.custom_rules) if i in form.kept_rules]
    return rules + kept


def _offsets(form: ProgramForm) -> list[int]:
    minutes = []
    for amount, unit in form.reminders:
        if not amount.isdecimal() or unit not in OFFSET_UNITS:
            form.error("reminders", f"{amount!r} is not a whole number of {unit}.")
        else:
            minutes.append(int(amount) * OFFSET_UNITS[unit])
    return minutes


def _checkin(form: ProgramForm) -> dict:
    mode = form.checkin_mode
    on_session_days = not form.checkin_skip_session_days
    if mode == "custom":
        return {"checkins_on_session_days": on_session_days}
    if mode not in CHECKIN_MODES or mode == "none":
        return {"checkin_rule": None, "checkins_on_session_days": on_session_days}
    if parse_clock(form.checkin_time) is None:
        form.error("checkin", "Choose the time of day check-ins are sent.")
        return {}
    if mode == "daily":
        rule = daily_rule(form.checkin_time)
    elif not form.checkin_days:
        form.error("checkin", "Tick the days check-ins are sent, or choose “Every day”.")
        return {}
    else:
        rule = weekly_rule(form.checkin_days, form.checkin_time)
    return {"checkin_rule": rule, "checkins_on_session_days": on_session_days}


def _date(form: ProgramForm, group: str, text: str) -> date | None:
    if not text.strip():
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        form.error(group, f"{text!r} is not a date (YYYY-MM-DD).")
        return None


def _whole(form: ProgramForm, group: str, text: str, label: str) -> int | None:
    if not text.strip().isdecimal():
        form.error(group, f"{label}: {text!r} is not a whole number.")
        return None
    return int(text)


def add_admin_error(form: ProgramForm, field_name: str, message: str) -> str:
    """Show flows.admin's refusal of `field_name` next to its part of the form; return it."""
    group = GROUPS.get(field_name, field_name.split(".")[0])
    if group not in LABELS:
        group = "sessions"  # e.g. a rule the planner cannot use: the grid made it
    text = _FIELD_NAMES.sub(lambda m: _FIELD_WORDS[m.group(1)], message)
    if text.startswith(("is ", "must ", "at most ", "a list ", "would ")):
        text = f"{LABELS[group]} {text}"
    form.error(group, text[0].upper() + text[1:])
    return group
