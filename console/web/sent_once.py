"""Forms that must act once: a reload that sends the same form again is noticed, not obeyed.

A page whose answer shows a secret once (a new API key) cannot redirect
after its POST, so the browser's reload offers to send the form again,
which would make a second key. Such a form carries a random `form_id`;
the ids already acted on are kept in the signed session cookie (the last
MAX_REMEMBERED), and a form sent again with one of them is turned away.
"""

from __future__ import annotations

import secrets

from flask import session

FIELD = "form_id"
_SESSION_KEY = "forms_sent"
MAX_REMEMBERED = 20


def new_form_id() -> str:
    """A fresh id for one rendering of a form."""
    return secrets.token_urlsafe(12)


def first_time(form_id: str | None) -> bool:
    """Record `form_id` as acted on; False if it already was (the same form sent again).

    A form without an id (an older page, a script) is always a first time.
    """
    if not form_id:
        return True
    sent = list(session.get(_SESSION_KEY, []))
    if form_id in sent:
        return False
    session[_SESSION_KEY] = [*sent, form_id][-MAX_REMEMBERED:]
    return True
