"""The text templates page: an admin rewords a text, participants get it; checks, revert, audit."""

from __future__ import annotations

import html

import pytest
from sqlalchemy import select

from models import AuditEvent, OutboundMessage, TextOverride
from sms.texts import TEMPLATES, set_overrides
from tests.console.web.support import csrf_token

HELP = (
    "{name}: texts between your group sessions. Reply STOP to opt out. "
    "Questions: {support_phone}. In crisis: call or text 988."
)
PHONE = "+15005550160"


@pytest.fixture(autouse=True)
def shipped_wording_afterwards():
    """Overrides live in the process: leave the shipped wording for the tests that follow."""
    yield
    set_overrides({})


def post(client, path: str, data: dict):
    """POST a console form with this client's CSRF token."""
    return client.post(path, data={"csrf_token": csrf_token(client), **data})


def help_reply(rt, text_in) -> str:
    """Text HELP from a phone; the reply Tether queues for it."""
    text_in(PHONE, "HELP")
    with rt.db.transaction() as s:
        query = select(OutboundMessage.body).where(OutboundMessage.kind == "help")
        return s.scalars(query.order_by(OutboundMessage.id.desc())).first()


def shipped_help(rt) -> str:
    config = rt.config
    return TEMPLATES["help"]["en"].format(
        name=config["PROGRAM_DISPLAY_NAME"], support_phone=config["SUPPORT_PHONE"]
    )


def stored(rt) -> list[tuple[str, str, str]]:
    with rt.db.transaction() as s:
        rows = s.scalars(select(TextOverride)).all()
        return [(r.key, r.language, r.body) for r in rows]


def audit_events(rt) -> list[AuditEvent]:
    with rt.db.transaction() as s:
        rows = s.scalars(select(AuditEvent).where(AuditEvent.target_type == "text_template"))
        return [(e.action, e.user_id, e.details) for e in rows.all()]


def test_the_list_shows_every_group_with_shipped_and_changed_wording(signed_in, rt):
    admin = signed_in("admin")
    page = html.unescape(admin.get("/console/templates").get_data(as_text=True))
    for label in ("Compliance", "Enrollment", "Reminders", "Check-ins", "Commands",
                  "Staff notices", "Crisis", "Pages"):  # fmt: skip
        assert f">{label}</h2>" in page
    assert TEMPLATES["crisis_reply_overdose"]["es"] in page
    assert 'href="/console/templates/page/en"' in page
    assert 'href="/console/templates/page/es"' not in page, "pages are English only"
    assert post(admin, "/console/templates/help/en", {"body": HELP}).status_code == 302
    page = html.unescape(admin.get("/console/templates").get_data(as_text=True))
    assert HELP in page and "Changed by admin@example.org" in page
    assert TEMPLATES["help"]["en"] in page, "the shipped wording stays in view"


def test_a_saved_wording_is_the_next_text_a_participant_gets(signed_in, rt, text_in, world):
    assert help_reply(rt, text_in) == shipped_help(rt)
    admin = signed_in("admin")
    response = post(admin, "/console/templates/help/en", {"action": "save", "body": HELP})
    assert response.status_code == 302
    assert response.headers["Location"] == "/console/templates/help/en"
    page = admin.get(response.headers["Location"]).get_data(as_text=True)
    assert "Saved. From the next text on, “Answer to HELP” in English uses this wording." in (
        html.unescape(page)
    )
    expected = HELP.format(
        name=rt.config["PROGRAM_DISPLAY_NAME"], support_phone=rt.config["SUPPORT_PHONE"]
    )
    assert help_reply(rt, text_in) == expected
    assert audit_events(rt) == [
        (
            "update_text_template",
            world.user_ids["admin"],
            {"key": "help", "language": "en", "previous": None, "body": HELP},
        )
    ]


def test_a_refused_wording_names_the_problem_and_saves_nothing(signed_in, rt, text_in):
    admin = signed_in("admin")
    body = "{name}: support texts for your rehab group. Reply STOP to opt out. 988."
    response = post(admin, "/console/templates/help/en", {"action": "save", "body": body})
    page = html.unescape(response.get_data(as_text=True))
    assert response.status_code == 422
    assert "Nothing was saved" in page
    assert "It would show “rehab” on a lock screen" in page
    assert "{support_phone} is missing" in page
    assert body in page, "what was typed is kept"
    assert stored(rt) == [] and audit_events(rt) == []
    assert help_reply(rt, text_in) == shipped_help(rt)


def test_revert_goes_back_to_the_shipped_wording(signed_in, rt, text_in, world):
    admin = signed_in("admin")
    post(admin, "/console/templates/help/en", {"body": HELP})
    assert "Go back to the shipped wording" in admin.get("/console/templates/help/en").get_data(
        as_text=True
    )
    response = post(admin, "/console/templates/help/en/revert", {})
    assert response.status_code == 302
    assert stored(rt) == []
    assert help_reply(rt, text_in) == shipped_help(rt)
    assert audit_events(rt)[-1] == (
        "revert_text_template",
        world.user_ids["admin"],
        {"key": "help", "language": "en", "previous": HELP},
    )
    page = admin.get("/console/templates/help/en").get_data(as_text=True)
    assert "Go back to the shipped wording" not in page


def test_saving_the_shipped_wording_removes_the_override(signed_in, rt):
    admin = signed_in("admin")
    post(admin, "/console/templates/help/en", {"body": HELP})
    response = post(admin, "/console/templates/help/en", {"body": TEMPLATES["help"]["en"]})
    assert response.status_code == 302
    assert stored(rt) == []
    assert [action for action, _user, _details in audit_events(rt)] == [
        "update_text_template",
        "revert_text_template",
    ]


def test_check_without_the_script_shows_the_checks_and_saves_nothing(signed_in, rt):
    admin = signed_in("admin")
    body = "{name}: " + "how are you doing today? " * 14
    response = post(admin, "/console/templates/checkin_ask/en", {"action": "check", "body": body})
    page = html.unescape(response.get_data(as_text=True))
    assert response.status_code == 200
    assert "3 text segments (GSM-7)" in page and "Northside Group: how are you" in page
    assert stored(rt) == []


def test_crisis_texts_must_keep_988_and_911(signed_in, rt):
    admin = signed_in("admin")
    body = "{name}: I'm glad you reached out. A counselor will contact you now."
    response = post(admin, "/console/templates/crisis_reply/es", {"body": body})
    page = html.unescape(response.get_data(as_text=True))
    assert response.status_code == 422
    assert "It must still give 988" in page and "It must still give 911" in page
    assert stored(rt) == []


def test_the_preview_answers_with_the_checks(signed_in):
    admin = signed_in("admin")
    token = csrf_token(admin)
    ask = {"key": "checkin_ask", "language": "es", "body": "{name}: ¿cómo está? Sin alcohol hoy"}
    response = admin.post("/console/templates/preview", json=ask, headers={"X-CSRFToken": token})
    assert response.status_code == 200
    answer = response.get_json()
    assert answer["text"] == "Northside Group: ¿cómo está? Sin alcohol hoy"
    assert (answer["segments"], answer["encoding"], answer["max_segments"]) == (1, "UCS-2", 2)
    assert answer["lock_screen"] == ["alcohol"] and answer["ok"] is False
    broken = {"key": "page", "language": "en", "body": "{name}: call {callbak}"}
    answer = admin.post("/console/templates/preview", json=broken, headers={"X-CSRFToken": token})
    placeholders = answer.get_json()["placeholders"]
    assert placeholders[0].startswith("{callbak} is not a value this text has")
    assert any(p.startswith("{callback}, {code}") for p in placeholders)
    assert answer.get_json()["text"] is None and answer.get_json()["segments"] is None


def test_the_preview_refuses_bad_requests_clearly(signed_in):
    admin = signed_in("admin")
    headers = {"X-CSRFToken": csrf_token(admin)}
    unknown = {"key": "nope", "language": "en", "body": "hi"}
    response = admin.post("/console/templates/preview", json=unknown, headers=headers)
    assert response.status_code == 404 and "no text 'nope'" in response.get_json()["error"]
    response = admin.post("/console/templates/preview", json={"key": "help"}, headers=headers)
    assert response.status_code == 400 and "required" in response.get_json()["error"]
    response = admin.post("/console/templates/preview", json=["help"], headers=headers)
    assert response.status_code == 400
    without_token = admin.post("/console/templates/preview", json=unknown)
    assert without_token.status_code == 400


def test_unknown_texts_and_languages_are_not_found(signed_in):
    admin = signed_in("admin")
    assert admin.get("/console/templates/nope/en").status_code == 404
    assert admin.get("/console/templates/page/es").status_code == 404
    assert post(admin, "/console/templates/help/fr", {"body": HELP}).status_code == 404


@pytest.mark.parametrize("role", ["staff", "counselor"])
def test_only_admins_change_wording(signed_in, rt, role):
    client = signed_in(role)
    assert post(client, "/console/templates/help/en", {"body": HELP}).status_code == 403
    assert stored(rt) == []
    nav = client.get("/console/").get_data(as_text=True)
    assert "/console/templates" not in nav
