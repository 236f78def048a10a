"""The program editor's form: a program's values as form fields, as shown and as typed.

`ProgramForm` holds what the page shows, exactly as typed (so nothing is lost
when a save is refused), plus the errors of each field group. `from_values`
fills it from a stored program (or the defaults of a new one); `from_request`
from a submitted form. Reading it back into values is console.web.programs_values.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from console.web.programs_rules import WeeklyTime, offset_parts, read_rule

SESSION_ROWS_MAX = 5  # flows.admin.checks.OFFSETS_MAX rules; also the reminder offsets
US_TIMEZONES = (
    ("America/New_York", "Eastern (New York)"),
    ("America/Chicago", "Central (Chicago)"),
    ("America/Denver", "Mountain (Denver)"),
    ("America/Phoenix", "Arizona (Phoenix, no daylight saving)"),
    ("America/Los_Angeles", "Pacific (Los Angeles)"),
    ("America/Anchorage", "Alaska (Anchorage)"),
    ("Pacific/Honolulu", "Hawaii (Honolulu)"),
    ("America/Puerto_Rico", "Atlantic (Puerto Rico)"),
)
OTHER_TIMEZONE = "other"
DURATIONS = (30, 45, 60, 75, 90, 120, 150, 180, 210, 240, 270, 300, 360, 420, 480, 600, 720)
CHECKIN_MODES = ("daily", "weekdays", "none", "custom")
_ROW = re.compile(r"^(session|reminder)-(\d+)-")


@dataclass
class ProgramForm:
    """The editor's fields as text, as shown and as typed, and their errors by group."""

    name: str = ""
    display_name: str = ""
    location: str = ""
    timezone_choice: str = "America/New_York"
    timezone_other: str = ""
    # Grid rows: (weekday indexes, "HH:MM"); rules it cannot show, and which of them to keep.
    sessions: list[tuple[tuple[int, ...], str]] = field(default_factory=list)
    custom_rules: list[str] = field(default_factory=list)
    kept_rules: set[int] = field(default_factory=set)
    session_minutes: str = "180"
    start_date: str = ""
    end_date: str = ""
    cancelled_dates: list[str] = field(default_factory=list)
    extra_sessions: list[str] = field(default_factory=list)
    reminders: list[tuple[str, str]] = field(default_factory=list)  # (amount, unit)
    checkin_mode: str = "daily"
    checkin_time: str = "19:00"
    checkin_days: set[int] = field(default_factory=set)
    checkin_skip_session_days: bool = True
    checkin_custom: str | None = None  # a stored rule the choices cannot show
    window_start: str = "08:00"
    window_end: str = "21:00"
    business_days: set[int] = field(default_factory=set)
    business_start: str = "09:00"
    business_end: str = "17:00"
    aftercare_weeks: str = "12"
    page_includes_text: bool = False
    tell_participant_on_ack: bool = True
    errors: dict[str, list[str]] = field(default_factory=dict)

    @property
    def timezone(self) -> str:
        """The zone the form names (the free-text one when "Other" is chosen)."""
        if self.timezone_choice == OTHER_TIMEZONE:
            return self.timezone_other.strip()
        return self.timezone_choice

    def error(self, group: str, message: str) -> None:
        """Note a problem shown next to `group` (a field or a fieldset)."""
        self.errors.setdefault(group, []).append(message)


def from_values(values: dict) -> ProgramForm:
    """The form showing a program's values (flows.admin.programs.program_view's keys)."""
    zone = values["timezone"] or ""
    listed = zone in dict(US_TIMEZONES)
    form = ProgramForm(
        name=values["name"] or "",
        display_name=values["display_name"] or "",
        location=values["location"] or "",
        timezone_choice=zone if listed else OTHER_TIMEZONE,
        timezone_other="" if listed else zone,
        session_minutes=str(values["session_minutes"]),
        start_date=_iso(values["start_date"]),
        end_date=_iso(values["end_date"]),
        cancelled_dates=[_iso(d) for d in values["cancelled_dates"] or ()],
        extra_sessions=list(values["extra_sessions"] or ()),
        reminders=[_offset_row(m) for m in values["reminder_offsets_minutes"] or ()],
        window_start=values["window_start"],
        window_end=values["window_end"],
        business_days=set(values["business_hours"]["days"]),
        business_start=values["business_hours"]["start"],
        business_end=values["business_hours"]["end"],
        aftercare_weeks=str(values["aftercare_weeks"]),
        page_includes_text=bool(values["page_includes_text"]),
        tell_participant_on_ack=bool(values["tell_participant_on_ack"]),
    )
    for rule in values["session_rules"] or ():
        read = read_rule(rule)
        if read is None:
            form.kept_rules.add(len(form.custom_rules))
            form.custom_rules.append(rule)
        else:
            form.sessions.append((read[1].days, read[1].at))
    _set_checkin(form, values["checkin_rule"], values["checkins_on_session_days"])
    return form


def _iso(day: date | None) -> str:
    return day.isoformat() if day else ""


def _offset_row(minutes: int) -> tuple[str, str]:
    amount, unit = offset_parts(minutes)
    return str(amount), unit


def _set_checkin(form: ProgramForm, rule: str | None, on_session_days: bool) -> None:
    form.checkin_skip_session_days = not on_session_days
    if rule is None:
        form.checkin_mode = "none"
        return
    read = read_rule(rule)
    if read is None:
        form.checkin_mode, form.checkin_custom = "custom", rule
        return
    kind, weekly = read
    form.checkin_time = weekly.at
    form.checkin_mode = "daily" if kind == "daily" else "weekdays"
    form.checkin_days = set(weekly.days) if kind == "weekly" else set()


def from_request(data, custom_rules: list[str], checkin_custom: str | None) -> ProgramForm:
    """The form as submitted (`data`: request.form), with the stored rules it cannot show."""
    form = ProgramForm(
        name=data.get("name", ""),
        display_name=data.get("display_name", ""),
        location=data.get("location", ""),
        timezone_choice=data.get("timezone_choice", ""),
        timezone_other=data.get("timezone_other", ""),
        custom_rules=list(custom_rules),
        kept_rules={int(i) for i in data.getlist("keep_rule") if i.isdecimal()},
        session_minutes=data.get("session_minutes", ""),
        start_date=data.get("start_date", ""),
        end_date=data.get("end_date", ""),
        cancelled_dates=_filled(data.getlist("cancelled_dates")),
        extra_sessions=_filled(data.getlist("extra_sessions")),
        checkin_mode=data.get("checkin_mode", "none"),
        checkin_time=data.get("checkin_time", ""),
        checkin_days=_days(data.getlist("checkin_days")),
        checkin_skip_session_days="checkin_skip_session_days" in data,
        checkin_custom=checkin_custom,
        window_start=data.get("window_start", ""),
        window_end=data.get("window_end", ""),
        business_days=_days(data.getlist("business_days")),
        business_start=data.get("business_start", ""),
        business_end=data.get("business_end", ""),
        aftercare_weeks=data.get("aftercare_weeks", ""),
        page_includes_text="page_includes_text" in data,
        tell_participant_on_ack="tell_participant_on_ack" in data,
    )
    # Rows are numbered by the page (rows added by the script too); keep their order.
    rows = sorted({int(m.group(2)) for key in data for m in [_ROW.match(key)] if m})
    for n in rows:
        days, at = _days(data.getlist(f"session-{n}-days")), data.get(f"session-{n}-time", "")
        if days or at.strip():
            form.sessions.append((tuple(sorted(days)), at.strip()))
        amount = data.get(f"reminder-{n}-amount", "").strip()
        if amount:
            form.reminders.append((amount, data.get(f"reminder-{n}-unit", "hours")))
    if form.checkin_mode == "custom" and checkin_custom is None:
        form.checkin_mode = "none"  # nothing stored to keep (a forged choice)
    return form


def _filled(items: list[str]) -> list[str]:
    return [item.strip() for item in items if item.strip()]


def _days(items: list[str]) -> set[int]:
    return {int(d) for d in items if d.isdecimal() and int(d) < 7}


def weekly_rows(form: ProgramForm, blanks: int = 1) -> list[WeeklyTime]:
    """The grid's rows to show: the typed ones, then `blanks` empty ones (up to the limit)."""
    rows = [WeeklyTime(days, at) for days, at in form.sessions]
    room = max(SESSION_ROWS_MAX - len(rows) - len(form.kept_rules), 0)
    return rows + [WeeklyTime((), "")] * min(blanks, room)
