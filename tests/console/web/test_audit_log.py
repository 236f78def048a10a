"""/console/audit: who viewed which conversation and who changed what, filtered and paged."""

from __future__ import annotations

import html
import re
from datetime import timedelta

from sqlalchemy import func, select

from flows.admin.users import record_event
from models import AuditEvent
from tests.console.web.participants_support import enroll

_ROWS = re.compile(r"<tbody>(.*?)</tbody>", re.S)
_ROW = re.compile(r"<tr>(.*?)</tr>", re.S)
_TAGS = re.compile(r"<[^>]+>")
_NUMBERED = re.compile(r"n: (\d+)")
_OLDER = re.compile(r'<a class="button" href="([^"]+)" rel="next">Older</a>')
_NEWER = re.compile(r'<a class="button" href="([^"]+)" rel="prev">Newer</a>')


def rows(response) -> list[str]:
    """The table's rows as text, cells joined by " | "."""
    body = _ROWS.search(response.get_data(as_text=True))
    if body is None:
        return []
    found = []
    for row in _ROW.findall(body.group(1)):
        cells = re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)
        found.append(" | ".join(html.unescape(_TAGS.sub("", c)).strip() for c in cells))
    return found


def numbers(response) -> list[int]:
    """The `n` detail of each row (events made by `numbered`)."""
    return [int(n) for row in rows(response) for n in _NUMBERED.findall(row)]


def numbered(rt, count: int) -> None:
    """`count` events, n = 0..count-1, one minute apart."""
    with rt.db.transaction() as s:
        for n in range(count):
            at = rt.clock.now() + timedelta(minutes=n)
            record_event(s, at=at, user_id=None, action="update_program", details={"n": n})


def test_it_shows_that_staff_viewed_a_participants_conversation(rt, signed_in, world):
    north = world.programs["North"]
    participant = enroll(rt, "Maria Lopez", "+15005550150", north)
    admin = signed_in("admin")
    assert signed_in("staff").get(f"/console/participants/{participant}").status_code == 200
    response = admin.get("/console/audit")
    assert response.status_code == 200
    page = response.get_data(as_text=True)
    assert rows(response)[0] == (
        f"Mon Nov 23, 10:00 AM EST | staff@example.org | Viewed conversation | "
        f"Participant #{participant} | —"
    )
    assert f'<a href="/console/participants/{participant}">Participant #{participant}</a>' in page
    assert "Maria" not in page and "+1500555015" not in page  # numbers only: no one's details


def test_changes_show_who_and_what_and_command_line_ones_say_so(rt, signed_in, world):
    admin = signed_in("admin")
    with rt.db.transaction() as s:
        record_event(
            s,
            at=rt.clock.now(),
            user_id=world.user_ids["admin"],
            action="update_program",
            target_type="program",
            target_id=world.programs["South"],
            details={"changed": ["name", "timezone"], "replanned": 3},
        )
        record_event(s, at=rt.clock.now(), user_id=None, action="something_new")
    shown = rows(admin.get("/console/audit"))
    assert shown[0] == "Mon Nov 23, 10:00 AM EST | Command line | Something new | — | —"
    assert shown[1] == (
        f"Mon Nov 23, 10:00 AM EST | admin@example.org | Changed program | "
        f"Program #{world.programs['South']} | changed: name, timezone; replanned: 3"
    )


def test_filters_narrow_the_log(rt, clock, signed_in, world):
    north = world.programs["North"]
    first = enroll(rt, "Maria Lopez", "+15005550150", north)
    second = enroll(rt, "Ana Ruiz", "+15005550151", north)
    signed_in("staff").get(f"/console/participants/{first}")
    clock.advance(days=2)
    signed_in("counselor").get(f"/console/participants/{second}")
    admin = signed_in("admin")

    def shown(**args):
        response = admin.get("/console/audit", query_string=args)
        assert response.status_code == 200, response.get_data(as_text=True)
        return rows(response)

    everything = shown()
    assert len(everything) == 5  # three sign-ins (staff, counselor, admin) and two views
    assert all("counselor@example.org" in r for r in shown(user="Counselor@Example.org"))
    assert len(shown(user="counselor@example.org")) == 2
    views = shown(action="view_conversation")
    assert [r.split(" | ")[1] for r in views] == ["counselor@example.org", "staff@example.org"]
    assert len(shown(target_type="participant", target_id=str(first))) == 1
    # Days are local (New York): the first view was on Mon Nov 23, the second on Wed Nov 25.
    assert [r.split(" | ")[1] for r in shown(action="view_conversation", until="2026-11-24")] == [
        "staff@example.org"
    ]
    assert len(shown(since="2026-11-25", until="2026-11-25")) == 3
    assert shown(since="2026-11-26") == []
    assert "No entries match the filter." in admin.get("/console/audit?since=2026-11-26").text


def test_bad_filters_get_a_clear_message_not_an_error(signed_in):
    admin = signed_in("admin")
    cases = {
        "since=yesterday": "'yesterday' is not a date (YYYY-MM-DD)",
        "since=2026-11-25&until=2026-11-24": "Last day must be on or after the first day.",
        "user=nobody@example.org": "No account has the email 'nobody@example.org'.",
        "target_id=abc": "'abc' is not a number (1 or more)",
        "target_id=%C2%B2": "is not a number",
        "target_id=99999999999999": "is not a number",
        "action=DROP%20TABLE": "is not one of the choices",
        "before=x": "This page link is damaged",
        "before=5&after=3": "This page link is damaged",
    }
    for query, message in cases.items():
        response = admin.get(f"/console/audit?{query}")
        assert response.status_code == 400, query
        assert message in html.unescape(response.get_data(as_text=True)), query
    marked = admin.get("/console/audit?since=2026-13-01&action=sign_in").get_data(as_text=True)
    assert re.search(r'id="since"[^>]*aria-invalid="true"', marked)
    assert re.search(r'<option value="sign_in" selected>Signed in</option>', marked)


def test_pages_of_fifty_newest_first_by_cursor(rt, signed_in):
    numbered(rt, 120)
    admin = signed_in("admin")  # its sign-in is the newest entry
    first = admin.get("/console/audit")
    assert numbers(first) == list(range(119, 70, -1))  # 49 and the sign-in
    assert _NEWER.search(first.text) is None
    second = admin.get(html.unescape(_OLDER.search(first.text).group(1)))
    assert numbers(second) == list(range(70, 20, -1))
    numbered(rt, 3)  # new entries do not shift the pages already cut
    third = admin.get(html.unescape(_OLDER.search(second.text).group(1)))
    assert numbers(third) == list(range(20, -1, -1))
    assert _OLDER.search(third.text) is None
    back = admin.get(html.unescape(_NEWER.search(third.text).group(1)))
    assert numbers(back) == numbers(second)


def test_the_page_links_keep_the_filter(rt, signed_in):
    numbered(rt, 60)
    admin = signed_in("admin")
    first = admin.get("/console/audit?action=update_program")
    older = html.unescape(_OLDER.search(first.text).group(1))
    assert "action=update_program" in older
    assert numbers(admin.get(older)) == list(range(9, -1, -1))


def test_reading_the_log_is_not_itself_logged(rt, signed_in):
    admin = signed_in("admin")
    with rt.db.transaction() as s:
        before = s.scalar(select(func.count()).select_from(AuditEvent))
    for query in ("", "?action=sign_in", "?user=admin@example.org"):
        assert admin.get(f"/console/audit{query}").status_code == 200
    with rt.db.transaction() as s:
        assert s.scalar(select(func.count()).select_from(AuditEvent)) == before
