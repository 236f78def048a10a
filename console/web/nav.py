"""The navigation bar's registry: each page module declares its entry next to its routes.

    nav.add("console.programs.index", "Programs", order=20,
            description="Sessions, reminders and check-ins of each program")

An entry is shown to the roles its view's @requires allows (admin: always),
so the bar never offers a link that would answer 403. Pass `roles` only to
show a link to fewer people than may open it. The home page lists the same
entries with their descriptions.
"""

from __future__ import annotations

from dataclasses import dataclass

from flask import current_app

from console.web.access import allowed_roles


@dataclass(frozen=True)
class NavEntry:
    """One link in the navigation bar."""

    endpoint: str
    label: str
    order: int = 100
    description: str = ""
    roles: frozenset[str] | None = None  # None: whoever the view's @requires allows


_ENTRIES: dict[str, NavEntry] = {}


def add(
    endpoint: str,
    label: str,
    *,
    order: int = 100,
    description: str = "",
    roles: tuple[str, ...] | None = None,
) -> NavEntry:
    """Declare a page's link (call at import of the page module; again replaces it)."""
    entry = NavEntry(endpoint, label, order, description, frozenset(roles) if roles else None)
    _ENTRIES[endpoint] = entry
    return entry


def entries() -> list[NavEntry]:
    """Every declared entry, in bar order."""
    return sorted(_ENTRIES.values(), key=lambda e: (e.order, e.label))


def visible_to(role: str) -> list[NavEntry]:
    """The entries someone with `role` sees: pages of this app that role may open."""
    views = current_app.view_functions
    shown = []
    for entry in entries():
        view = views.get(entry.endpoint)
        if view is None:
            continue  # declared by a page module this app did not register
        allowed = allowed_roles(view) or frozenset()
        if entry.roles is not None:
            allowed = allowed & (entry.roles | {"admin"})
        if role in allowed:
            shown.append(entry)
    return shown
