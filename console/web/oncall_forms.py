"""The on-call page's forms: an override (who covers a schedule from when to when) and a simple
weekly rotation (who takes turns, handing off on which weekday at what time).

Each parser reads the posted form into the values flows.admin.oncall expects
and a dict of errors by field; flows.admin.oncall then checks them as the API
would, and its InvalidFieldError is shown next to the field it names.
"""

from __future__ import annotations

from datetime import datetime, time
from zoneinfo import ZoneInfo

from console.web.oncall_calendar import last_handoff
from flows.admin.oncall import ROTATION_MAX

SLOTS = 6  # places the rotation form offers (more when a stored rotation is longer)
ROLES = ("primary", "backup")


def whole_number(raw) -> int | None:
    """`raw` as a whole number (0 or more), or None."""
    raw = (raw or "").strip()
    return int(raw) if raw.isdigit() and len(raw) < 10 else None


def local_instant(raw: str | None, zone: ZoneInfo) -> datetime | None:
    """A datetime-local field's value ("2026-11-24T18:00") as an aware time in `zone`."""
    try:
        value = datetime.fromisoformat((raw or "").strip())
    except ValueError:
        return None
    return value.replace(tzinfo=zone) if value.tzinfo is None else None


def override_form(form, schedule_zones: dict[int, str]) -> tuple[int | None, dict, dict]:
    """(schedule id, values for flows.admin.oncall.add_override, errors by field).

    `schedule_zones` maps the schedules this person may change to their
    timezones: the form's times are wall-clock times there.
    """
    errors: dict[str, str] = {}
    schedule_id = whole_number(form.get("schedule_id"))
    if schedule_id not in schedule_zones:
        errors["schedule_id"] = "Choose the schedule to cover."
    staff_id = whole_number(form.get("staff_id"))
    if staff_id is None:
        errors["staff_id"] = "Choose who covers it."
    zone = ZoneInfo(schedule_zones.get(schedule_id) or "UTC")
    values = {"staff_id": staff_id}
    for name, label in (("starts_at", "start"), ("ends_at", "end")):
        values[name] = local_instant(form.get(name), zone)
        if values[name] is None:
            errors[name] = f"Give the {label} as a date and a time."
    return schedule_id, values, errors


def rotation_form(form, zone_name: str, now: datetime) -> tuple[dict, dict]:
    """(values for create_schedule / update_schedule, errors by field).

    The first person in the order covers from the latest handoff up to now;
    then each covers a week in turn (shift_days 7, starts_on that handoff's date).
    """
    errors: dict[str, str] = {}
    role = form.get("role")
    if role not in ROLES:
        errors["role"] = "Choose primary or backup."
    places = (whole_number(form.get(f"staff_{i}")) for i in range(ROTATION_MAX))
    rotation = [n for n in places if n]
    if not rotation:
        errors["rotation"] = "Choose at least one person."
    weekday = whole_number(form.get("handoff_day"))
    if weekday is None or not 0 <= weekday <= 6:
        errors["handoff_day"] = "Choose the weekday of the handoff."
    handoff = _clock_time(form.get("handoff_time"))
    if handoff is None:
        errors["handoff_time"] = "Give the handoff time, like 09:00."
    values = {"role": role, "rotation": rotation, "shift_days": 7}
    if handoff is not None:
        values["handoff_time"] = handoff.strftime("%H:%M")
        if weekday is not None and 0 <= weekday <= 6:
            values["starts_on"] = last_handoff(weekday, handoff, zone_name, now)
    return values, errors


def _clock_time(raw: str | None) -> time | None:
    try:
        return time.fromisoformat((raw or "").strip())
    except ValueError:
        return None


def field_message(message: str) -> str:
    """A flows.admin error message as a sentence under a form field."""
    words = message.replace("starts_at", "the start").replace("ends_at", "the end")
    words = words.replace("rotation:", "").strip()
    return words[:1].upper() + words[1:] + ("" if words.endswith(".") else ".")
