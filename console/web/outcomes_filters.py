"""Which program and dates the dashboard and the exports are about, read from their forms.

Both pages share the picker: admins (and staff of no program) choose one
program or all of them; everyone else sees their own program only, and asking
for another answers 403 (console.web.access.require_program). A counselor of
no program sees no program's numbers, as they see no participants. Dates are the
program's local days (the organization's zone for all programs); a refused
date is an error shown next to its field, never a 500.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from zoneinfo import ZoneInfo

from flask import abort
from flask_login import current_user
from sqlalchemy import select
from sqlalchemy.orm import Session

from console.web.access import program_scope, require_program
from flows.admin import InvalidFieldError
from flows.admin.periods import Period, parse_period
from models import Program
from models.user import COUNSELOR

ALL = "all"
ID_MAX = 2**31 - 1  # an INTEGER column


@dataclass
class Filters:
    """The picker's choices, what was chosen, and what the queries get."""

    choices: list[tuple[str, str]]  # (value, label) of the program picker
    program: str  # the picker's value: a program id or ALL
    start: str  # the date fields as shown (typed, or the period's when left blank)
    end: str
    label: str = ""  # "North", "All programs"
    program_ids: list[int] | None = None  # None: every program
    timezone: str = "UTC"
    period: Period | None = None  # None when something was refused
    errors: dict[str, str] = field(default_factory=dict)
    no_program: bool = False  # a counselor not yet tied to a program: nothing to show

    def args(self) -> dict[str, str]:
        """The same choice as address parameters (links between the two pages)."""
        return {"program": self.program, "start": self.start, "end": self.end}


def read_filters(session: Session, values: Mapping, config: dict, now: datetime) -> Filters:
    """The signed-in person's choice of program and dates, checked."""
    scope = program_scope()
    if scope is None and current_user.role == COUNSELOR:
        return Filters([], "", "", "", no_program=True)
    programs = _programs(session, scope)
    choices = [(str(p.id), p.name) for p in programs]
    if scope is None:
        choices.insert(0, (ALL, "All programs"))
    chosen = (values.get("program") or "").strip() or (ALL if scope is None else str(scope))
    filters = Filters(
        choices, chosen, (values.get("start") or "").strip(), (values.get("end") or "").strip()
    )
    if not _pick_program(filters, programs, scope, config):
        return filters
    today = now.astimezone(ZoneInfo(filters.timezone)).date()
    try:
        filters.period = parse_period(filters.start, filters.end, filters.timezone, today)
    except InvalidFieldError as exc:
        filters.errors[exc.field] = exc.message
        return filters
    filters.start, filters.end = filters.period.first.isoformat(), filters.period.last.isoformat()
    return filters


def _programs(session: Session, scope: int | None) -> list[Program]:
    query = select(Program).order_by(Program.name)
    if scope is not None:
        query = query.where(Program.id == scope)
    return list(session.scalars(query))


def _pick_program(filters: Filters, programs: list[Program], scope, config: dict) -> bool:
    """Set the program(s), label and zone; False (with an error) when the choice is unknown."""
    if filters.program == ALL:
        if scope is not None:
            abort(403)
        filters.label, filters.timezone = "All programs", config["DEFAULT_TIMEZONE"]
        return True
    wanted = int(filters.program) if filters.program.isdigit() else None
    if wanted is not None and wanted <= ID_MAX:
        require_program(wanted)  # another program than one's own: 403
    program = next((p for p in programs if p.id == wanted), None)
    if program is None:
        filters.errors["program"] = "There is no such program: pick one from the list."
        return False
    filters.program_ids, filters.label, filters.timezone = (
        [program.id],
        program.name,
        program.timezone,
    )
    return True
