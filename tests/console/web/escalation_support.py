"""Helpers for the escalations and on-call console tests: a crisis world with console accounts,
and reading pages as text."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from sqlalchemy import select

from models import Escalation
from tests.console.web.support import csrf_token, make_user, sign_in
from tests.flows import crisis_world

CRISIS = "i want to kill myself"
ANA = "ana@example.org"  # counselor of the crisis world's program, linked to Ana Oncall
_INLINE = re.compile(r"</?(?:a|b|code|em|span|strong|time)\b[^>]*>")  # part of a word run
_TAGS = re.compile(r"<[^>]+>")


@dataclass
class Crisis:
    """The crisis world (crisis_world.World) and the account linked to its on-call counselor."""

    cw: crisis_world.World
    ana_user_id: int


def build_crisis(rt, text_in) -> Crisis:
    """crisis_world.build plus a console account for Ana Oncall (counselor of its program)."""
    cw = crisis_world.build(rt, text_in)
    user_id = make_user(rt, ANA, "counselor", phone=crisis_world.ONCALL, program="Evening group")
    return Crisis(cw, user_id)


def client_for(app, email: str):
    """A test client signed in as `email`."""
    client = app.test_client()
    assert sign_in(client, email).status_code == 302
    return client


def newest_id(rt) -> int:
    """The id of the newest escalation."""
    with rt.db.transaction() as session:
        return session.scalar(select(Escalation.id).order_by(Escalation.id.desc()).limit(1))


def post(client, path: str, **data):
    """POST a console form with this session's CSRF token."""
    return client.post(path, data={"csrf_token": csrf_token(client), **data})


def text_of(page: str) -> str:
    """The page's words without tags, whitespace collapsed (to check what a person reads)."""
    return " ".join(html.unescape(_TAGS.sub(" ", _INLINE.sub("", page))).split())


def between(page: str, start: str, end: str) -> str:
    """The part of `page` from `start` up to the next `end` (which must follow)."""
    head = page.index(start)
    return page[head : page.index(end, head + len(start))]
