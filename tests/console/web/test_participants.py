"""The participants list and page: search, filters, statuses, who sees whom, what a page shows.

The actions (forms) are in test_participants_actions.py and the CSV import in
test_participants_import.py. Every test here runs on SQLite and PostgreSQL.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest

from tests.console.web.participants_support import (
    activate,
    audit_actions,
    enroll,
    open_crisis,
    opt_out,
    post,
    score,
    text_from,
    text_of,
    text_to,
    unlabelled_inputs,
)
from tests.console.web.support import make_user, sign_in

HOUR = timedelta(hours=1)


@pytest.fixture
def people(rt, world):
    """One participant in each status (North unless said), plus Sol of South."""
    north, south = world.programs["North"], world.programs["South"]
    ids = {
        "Ana Active": enroll(rt, "Ana Active", "+15005550101", north),
        "Ben Invited": enroll(rt, "Ben Invited", "+15005550102", north),
        "Cara Crisis": enroll(rt, "Cara Crisis", "+15005550103", north),
        "Dan Optout": enroll(rt, "Dan Optout", "+15005550104", north),
        "Eve Paused": enroll(rt, "Eve Paused", "+15005550105", north),
        "Fay Discharged": enroll(rt, "Fay Discharged", "+15005550106", north),
        "Gus Declined": enroll(rt, "Gus Declined", "+15005550107", north),
        "Sol South": enroll(rt, "Sol South", "+15005550201", south, preferred_name="Sunny"),
    }
    for name in ("Ana Active", "Cara Crisis", "Dan Optout", "Eve Paused", "Sol South"):
        activate(rt, ids[name])
    activate(rt, ids["Eve Paused"], paused_from=date(2026, 11, 20))
    activate(rt, ids["Fay Discharged"], discharged_on=date(2026, 11, 21))
    activate(rt, ids["Gus Declined"], status="declined")
    open_crisis(rt, ids["Cara Crisis"])
    opt_out(rt, ids["Dan Optout"])
    text_from(rt, ids["Ana Active"], "7", 2 * HOUR)
    return ids


def badges(page: str) -> dict[str, str]:
    """Participant name -> the status badge of their row in the list."""
    rows = re.findall(r"<tr[^>]*>(.*?)</tr>", page, re.S)
    found = {}
    for row in rows:
        name = re.search(r'<a href="/console/participants/\d+">([^<]+)</a>', row)
        badge = re.search(r'pt-status-[a-z_]+">([^<]+)</span>', row)
        if name and badge:
            found[name.group(1)] = badge.group(1)
    return found


def listed(client, **query) -> list[str]:
    """Names in the list for these query parameters, in order."""
    page = client.get("/console/participants", query_string=query).get_data(as_text=True)
    return list(badges(page))


def test_list_shows_each_status_crisis_first(signed_in, people):
    response = signed_in("admin").get("/console/participants")
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert badges(page) == {
        "Cara Crisis": "Crisis",
        "Ana Active": "Active",
        "Ben Invited": "Invited",
        "Dan Optout": "Opted out",
        "Eve Paused": "Paused",
        "Fay Discharged": "Aftercare",
        "Gus Declined": "Declined",
        "Sol South": "Active",
    }
    assert next(iter(badges(page))) == "Cara Crisis"
    assert "Mon Nov 23, 10:00 AM EST" in page  # the invitations, queued at 15:00 UTC
    assert "+15005550101" in page and "Sunny" in page
    assert unlabelled_inputs(page) == []


def test_search_by_name_phone_or_id(signed_in, people):
    client = signed_in("admin")
    assert listed(client, q="cara") == ["Cara Crisis"]
    assert listed(client, q="sunny") == ["Sol South"]  # the preferred name
    assert listed(client, q="(500) 555-0104") == ["Dan Optout"]
    assert listed(client, q=f"#{people['Eve Paused']}") == ["Eve Paused"]
    assert listed(client, q="100%_") == []  # LIKE wildcards are searched as text
    assert "No participants match." in client.get("/console/participants?q=nobody").get_data(
        as_text=True
    )


def test_filter_by_program_and_status(signed_in, people, world):
    client = signed_in("admin")
    assert listed(client, program=world.programs["South"]) == ["Sol South"]
    assert listed(client, status="opted_out") == ["Dan Optout"]
    assert listed(client, status="crisis") == ["Cara Crisis"]
    assert listed(client, status="active", program=world.programs["North"]) == ["Ana Active"]
    assert len(listed(client, status="bogus")) == 8  # an unknown status filters nothing


def test_a_counselor_sees_only_their_programs_participants(app, rt, signed_in, people):
    client = signed_in("counselor")  # of North
    names = listed(client)
    assert "Sol South" not in names and "Ana Active" in names
    assert listed(client, q="sunny") == []
    south = people["Sol South"]
    for path in (f"/console/participants/{south}",):
        assert client.get(path).get_data(as_text=True).count("Not found")
        assert client.get(path).status_code == 404
    response = post(client, f"/console/participants/{south}/text", {"body": "Hi"})
    assert response.status_code == 404
    assert client.get(f"/console/participants/{people['Ana Active']}").status_code == 200
    # Nobody's page was shown, so nothing but Ana's view is in the log.
    assert [a for a, _ in audit_actions(rt, south)] == []

    make_user(rt, "floater@example.org", "counselor")  # no program: sees no one
    floater = app.test_client()
    sign_in(floater, "floater@example.org")
    page = floater.get("/console/participants").get_data(as_text=True)
    assert badges(page) == {} and "Your account has no program" in page
    assert floater.get(f"/console/participants/{people['Ana Active']}").status_code == 404


def test_staff_see_their_program_or_every_one_without_a_program(app, rt, signed_in, people):
    client = signed_in("staff")  # a staff member of North
    assert client.get(f"/console/participants/{people['Sol South']}").status_code == 404
    assert "Sol South" not in listed(client) and "Ana Active" in listed(client)
    make_user(rt, "coordinator@example.org", "staff")  # no program: the whole organization
    coordinator = app.test_client()
    sign_in(coordinator, "coordinator@example.org")
    assert coordinator.get(f"/console/participants/{people['Sol South']}").status_code == 200
    assert {"Sol South", "Ana Active"} <= set(listed(coordinator))


def test_page_shows_bubbles_plan_consent_and_chart(rt, signed_in, people, world):
    ana = people["Ana Active"]
    text_to(rt, ana, "How strong are urges today, 0-10?", 3 * HOUR, "delivered")
    text_from(rt, ana, "i want to end it", 150 * timedelta(minutes=1), level="crisis")
    text_to(rt, ana, "Call 988 now.", 149 * timedelta(minutes=1), "sent", queue="crisis",
            kind="crisis_reply")  # fmt: skip
    text_to(rt, ana, "Reminder: group at 6", HOUR, "failed", error_code=30003,
            error_message="Unreachable destination handset")  # fmt: skip
    for days, value in ((9, 3), (6, 8), (3, 5), (1, 2)):
        score(rt, ana, value, timedelta(days=days))
    score(rt, ana, "n/a", timedelta(days=2))  # not a score: not drawn
    with rt.db.transaction() as session:
        from models import Participant

        p = session.get(Participant, ana)
        p.plan_reasons, p.plan_steps = "My kids", ["Walk the dog", "Call Mom"]

    response = signed_in("staff").get(f"/console/participants/{ana}")
    page = response.get_data(as_text=True)
    words = text_of(page)
    assert response.status_code == 200
    bubbles = re.findall(r'<li class="pt-bubble pt-bubble-(in|out)( pt-bubble-crisis)?">', page)
    assert bubbles == [
        ("out", ""),  # the check-in, 3 hours ago
        ("in", " pt-bubble-crisis"),
        ("out", " pt-bubble-crisis"),  # the crisis reply
        ("in", ""),  # "7", 2 hours ago
        ("out", ""),  # the failed reminder
        ("out", ""),  # the invitation, queued when she was enrolled (now)
    ]
    assert "Invitation" in words and "Pending" in words
    assert "Delivered" in words and "Sent" in words
    assert "Failed · error 30003" in words and "Unreachable destination handset" in words
    # Planned: Mon/Wed 18:00 groups in New York, reminders 24 h and 2 h before, check-ins 19:00.
    planned = text_of(page[page.index('id="planned"') : page.index('id="trend"')])
    assert "Mon Nov 23 4:00 PM EST Reminder of the group on Mon Nov 23, 6:00 PM" in planned
    assert "Tue Nov 24 6:00 PM EST Reminder of the group on Wed Nov 25, 6:00 PM" in planned
    assert "7:00 PM EST Check-in" in planned
    assert "Sun Dec 6 6:00 PM" in planned and "Mon Dec 7 4:00 PM" not in planned  # 14 days
    assert "What they agreed to" in words and "Reply: YES" in words
    assert 'value="Walk the dog"' in page and "My kids" in page
    chart = page[page.index("<svg") : page.index("</svg>")]
    assert chart.count("<circle") == 4
    assert 'class="pt-trend-point is-high"' in chart  # the 8, over her threshold of 7
    assert "4 check-ins from Nov 14 to Nov 22: latest 2, average 4.5" in words
    assert unlabelled_inputs(page) == []


def test_planned_texts_of_an_invited_participant_wait_for_yes(signed_in, people):
    page = signed_in("staff").get(f"/console/participants/{people['Ben Invited']}")
    words = text_of(page.get_data(as_text=True))
    assert "these start once they reply YES" in words
    assert "Reminder of the group" in words
    assert "Not yet: waiting for YES" in words


def test_an_opted_out_page_says_texts_cannot_be_sent(signed_in, people):
    page = signed_in("counselor").get(f"/console/participants/{people['Dan Optout']}")
    html_page = page.get_data(as_text=True)
    assert "This number opted out (texted STOP)" in text_of(html_page)
    assert re.search(r'<button type="submit" class="button button-primary" disabled>', html_page)


def test_each_view_of_a_conversation_is_audited(rt, signed_in, people, world):
    ana = people["Ana Active"]
    client = signed_in("counselor")
    client.get(f"/console/participants/{ana}")
    client.get(f"/console/participants/{ana}")
    views = [entry for entry in audit_actions(rt, ana) if entry[0] == "view_conversation"]
    assert views == [("view_conversation", world.user_ids["counselor"])] * 2


def test_a_counselor_reads_the_plan_but_has_no_staff_controls(signed_in, people):
    page = signed_in("counselor").get(f"/console/participants/{people['Ana Active']}")
    html_page = page.get_data(as_text=True)
    assert 'id="send"' in html_page  # a counselor may text
    for control in ("/plan", "/pause", "/discharge", "/assign"):
        assert f'{people["Ana Active"]}{control}"' not in html_page
    assert "Score that sends the plan" in text_of(html_page)


def test_crisis_page_warns_and_holds_texts(signed_in, people):
    page = signed_in("staff").get(f"/console/participants/{people['Cara Crisis']}")
    words = text_of(page.get_data(as_text=True))
    assert "Open crisis" in words and "held while the crisis is open" in words


def test_unknown_participant_is_404(signed_in):
    assert signed_in("admin").get("/console/participants/999999").status_code == 404
