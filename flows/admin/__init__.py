"""Staff administration shared by the CLI and the JSON API: programs, participants, staff.

Each operation takes a session and plain values, checks them, changes the rows
and re-plans whoever the change affects. Nothing here knows about Flask or
click: a bad value raises InvalidFieldError naming the field, which the API turns
into a 422 and the CLI into one line on stderr.
"""

from __future__ import annotations


class AdminError(ValueError):
    """An operation that cannot be done as asked (the message says why)."""


class InvalidFieldError(AdminError):
    """A value that is not acceptable; `field` names it ("plan.steps" for nested ones)."""

    def __init__(self, field: str, message: str):
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


class NotFoundError(AdminError):
    """No row with that id."""


class ConflictError(AdminError):
    """The request clashes with what exists (a taken name or number, rows still linked)."""
