"""JSON API /api/v1: bearer keys, each endpoint's answers and refusals, re-planning, previews."""

from datetime import date
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from flows.admin.apikeys import create_key, revoke_key
from flows.runner import START_KIND
from models import ApiKey, Broadcast, OutboundMessage, Participant, Timer
from models.timer import PENDING

NY = ZoneInfo("America/New_York")
PHONE = "+15005550142"
MISSING = 2_000_000_000  # no row has this id (ids keep growing across tests on PostgreSQL)
EVENING = {
    "name": "Evening IOP",
    "display_name": "Northside",
    "timezone": "America/New_York",
    "location": "123 Main St",
    "session_rules": ["FREQ=WEEKLY;BYDAY=MO,WE,TH;BYHOUR=18;BYMINUTE=0"],
    "start_date": "2026-10-01",
}


@pytest.fixture
def key(rt):
    """A live API key."""
    with rt.db.transaction() as session:
        _, key = create_key(session, "tests", rt.clock.now())
    return key


class Api:
    """The test client, sending a bearer key with every request."""

    def __init__(self, client, key):
        self.client, self.headers = client, {"Authorization": f"Bearer {key}"}

    def __getattr__(self, method):
        def call(path, **kwargs):
            return getattr(self.client, method)(f"/api/v1{path}", headers=self.headers, **kwargs)

        return call


@pytest.fixture
def api(client, key) -> Api:
    """Calls to /api/v1 with a live key."""
    return Api(client, key)


def created(response) -> dict:
    assert response.status_code == 201, response.get_json()
    return response.get_json()


def refused(response, status: int = 422) -> dict:
    """The error body of a refusal; never a 500."""
    assert response.status_code == status, response.get_json()
    body = response.get_json()
    assert isinstance(body["error"], str) and body["error"]
    return body


def pending_plan(rt, participant_id: int) -> list[Timer]:
    with rt.db.transaction() as s:
        query = select(Timer).where(
            Timer.kind == START_KIND,
            Timer.status == PENDING,
            Timer.target == f"participant:{participant_id}",
        )
        return list(s.scalars(query.order_by(Timer.due_at)))


def active_participant(api, text_in, **extra) -> int:
    """Enroll through the API and answer YES, as a participant would."""
    pid = created(api.post("/participants", json={"phone": PHONE, "name": "Maria Lopez", **extra}))
    text_in(PHONE, "YES")
    return pid["id"]


# Keys -----------------------------------------------------------------------


def test_requests_without_a_key_are_refused(client):
    response = client.get("/api/v1/programs")
    assert response.status_code == 401
    assert response.headers["WWW-Authenticate"].startswith("Bearer")
    assert "Bearer" in response.get_json()["error"]
    basic = client.get("/api/v1/programs", headers={"Authorization": "Basic dXNlcjpwdw=="})
    assert basic.status_code == 401


def test_wrong_and_revoked_keys_are_refused(client, rt, key):
    wrong = client.get("/api/v1/staff", headers={"Authorization": "Bearer not-a-key"})
    assert wrong.status_code == 401 and wrong.headers["WWW-Authenticate"].startswith("Bearer")
    with rt.db.transaction() as s:
        key_id = s.scalars(select(ApiKey.id)).one()
        revoke_key(s, key_id, rt.clock.now())
    revoked = client.get("/api/v1/staff", headers={"Authorization": f"Bearer {key}"})
    assert revoked.status_code == 401
    assert revoked.get_json() == {"error": "unknown or revoked API key"}


def test_a_good_key_is_accepted_and_its_use_recorded(api, rt, key):
    assert api.get("/programs").status_code == 200
    with rt.db.transaction() as s:
        row = s.scalars(select(ApiKey)).one()
    assert row.last_used_at == rt.clock.now()
    assert row.key_hash != key and len(row.key_hash) == 64 and key.startswith(row.prefix)


def test_openapi_document_needs_no_key_and_requires_bearer_everywhere(client):
    response = client.get("/api/v1/openapi.json")
    assert response.status_code == 200
    spec = response.get_json()
    assert spec["components"]["securitySchemes"]["bearerAuth"]["scheme"] == "bearer"
    assert spec["security"] == [{"bearerAuth": []}]
    methods = {"get", "post", "put", "patch", "delete"}
    operations = [op for path in spec["paths"].values() for m, op in path.items() if m in methods]
    assert len(operations) == 34
    assert all("401" in op["responses"] for op in operations)


def test_errors_outside_the_api_keep_flasks_pages(client):
    response = client.get("/no-such-page")
    assert response.status_code == 404 and response.mimetype == "text/html"
    assert client.get("/api/v1/nothing-here").get_json()["error"]


# Programs -------------------------------------------------------------------


def test_program_create_read_list(api):
    program = created(api.post("/programs", json=EVENING | {"window_end": "20:30"}))
    assert program["timezone"] == "America/New_York" and program["window_end"] == "20:30"
    assert program["reminder_offsets_minutes"] == [1440, 120], "the model's defaults"
    assert api.get(f"/programs/{program['id']}").get_json() == program
    assert [p["name"] for p in api.get("/programs").get_json()] == ["Evening IOP"]
    refused(api.get(f"/programs/{MISSING}"), 404)


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"session_rules": ["FREQ=WEEKLY;BYDAY=XX"]}, "session_rules"),
        ({"session_rules": ["FREQ=MINUTELY"]}, "session_rules"),
        ({"session_rules": ["FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30"]}, "session_rules"),
        ({"checkin_rule": "every evening"}, "checkin_rule"),
        ({"timezone": "Mars/Olympus"}, "timezone"),
        ({"window_start": "21:00", "window_end": "08:00"}, "window_start"),
        ({"window_start": "25:00"}, "window_start"),
        ({"display_name": "Hope Rehab"}, "display_name"),
        ({"location": "Detox wing, 2nd floor"}, "location"),
        ({"end_date": "2026-09-01"}, "end_date"),
        ({"session_minutes": "90"}, "session_minutes"),
        ({"name": "x\x00y"}, "name"),
        ({"unknown": 1}, "unknown"),
    ],
)
def test_program_refusals_name_the_field(api, change, field):
    body = refused(api.post("/programs", json=EVENING | change))
    assert field in body["errors"], body


def test_program_patch_is_checked_against_stored_values(api):
    program = created(api.post("/programs", json=EVENING))
    body = refused(api.patch(f"/programs/{program['id']}", json={"window_start": "22:00"}))
    assert "window_start" in body["errors"]
    refused(api.patch(f"/programs/{MISSING}", json={"location": "Elm St"}), 404)
    refused(api.post("/programs", json=EVENING), 409)


def test_program_patch_replans_its_participants(api, rt, text_in):
    program = created(api.post("/programs", json=EVENING))
    pid = active_participant(api, text_in, program_id=program["id"])
    api.patch(f"/participants/{pid}", json={"program_id": program["id"]})
    reminders = [t for t in pending_plan(rt, pid) if t.payload["flow"] == "reminder"]
    assert {t.due_at.astimezone(NY).strftime("%H:%M") for t in reminders} == {"16:00", "18:00"}
    later = ["FREQ=WEEKLY;BYDAY=TU,TH;BYHOUR=19;BYMINUTE=30"]
    response = api.patch(f"/programs/{program['id']}", json={"session_rules": later})
    assert response.status_code == 200 and response.get_json()["session_rules"] == later
    reminders = [t for t in pending_plan(rt, pid) if t.payload["flow"] == "reminder"]
    assert reminders and {t.due_at.astimezone(NY).strftime("%a %H:%M") for t in reminders} <= {
        "Mon 19:30",
        "Tue 17:30",
        "Wed 19:30",
        "Thu 17:30",
    }


def test_delete_program(api, text_in):
    empty = created(api.post("/programs", json=EVENING | {"name": "Empty"}))
    used = created(api.post("/programs", json=EVENING))
    active_participant(api, text_in, program_id=used["id"])
    assert "participants" in refused(api.delete(f"/programs/{used['id']}"), 409)["error"]
    assert api.delete(f"/programs/{empty['id']}").status_code == 204
    refused(api.get(f"/programs/{empty['id']}"), 404)


# Participants ---------------------------------------------------------------


def test_enroll_texts_the_invitation_and_stores_e164(api, rt):
    program = created(api.post("/programs", json=EVENING))
    body = {"phone": "(500) 555-0142", "name": "Maria Lopez", "program_id": program["id"]}
    participant = created(api.post("/participants", json=body))
    assert participant["phone"] == PHONE and participant["status"] == "invited"
    assert participant["timezone"] == "America/New_York", "the program's zone by default"
    with rt.db.transaction() as s:
        (invite,) = s.scalars(select(OutboundMessage)).all()
    assert invite.kind == "invite" and invite.to_phone == PHONE
    assert api.get(f"/participants/{participant['id']}").get_json() == participant
    listed = api.get(f"/participants?program_id={program['id']}").get_json()
    assert [p["id"] for p in listed] == [participant["id"]]
    assert api.get(f"/participants?program_id={MISSING}").get_json() == []
    refused(api.post("/participants", json=body), 409)


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"phone": "hello"}, "phone"),
        ({"phone": "12"}, "phone"),
        ({"program_id": MISSING}, "program_id"),
        ({"counselor_id": MISSING}, "counselor_id"),
        ({"timezone": "Europe/Atlantis"}, "timezone"),
        ({"language": "fr"}, "language"),
        ({"paused_from": "2026-12-10", "paused_until": "2026-12-01"}, "paused_until"),
        ({"paused_until": "2026-12-01"}, "paused_from"),
        ({"plan": {"steps": ["only one"]}}, "plan"),
        ({"plan": {"reasons": "stay sober for my kids"}}, "plan"),
        ({"plan": {"threshold": 11}}, "plan"),
        ({"policy_overrides": {"window_start": "22:00"}}, "policy_overrides"),
        ({"policy_overrides": {"checkin_rule": "FREQ=HOURLY"}}, "policy_overrides"),
    ],
)
def test_participant_refusals_name_the_field(api, rt, body, field):
    response = api.post("/participants", json={"phone": PHONE, "name": "Maria Lopez"} | body)
    assert field in refused(response)["errors"]
    with rt.db.transaction() as s:
        assert s.scalars(select(Participant)).all() == [], "nothing enrolled, nothing texted"
        assert s.scalars(select(OutboundMessage)).all() == []


def test_participant_patch(api, rt):
    staff = created(
        api.post("/staff", json={"name": "Sam", "phone": "+15005550170", "role": "counselor"})
    )
    pid = created(api.post("/participants", json={"phone": PHONE, "name": "Maria Lopez"}))["id"]
    plan = {
        "reasons": "my kids",
        "steps": ["call my sister", "walk the dog"],
        "supporter_phone": "(500) 555-0199",
        "threshold": 6,
    }
    response = api.patch(
        f"/participants/{pid}", json={"plan": plan, "language": "es", "counselor_id": staff["id"]}
    )
    assert response.status_code == 200, response.get_json()
    shown = response.get_json()
    assert shown["plan"] | {"supporter_name": None} == plan | {
        "supporter_phone": "+15005550199",
        "supporter_name": None,
    }
    assert shown["language"] == "es" and shown["counselor_id"] == staff["id"]
    partial = api.patch(f"/participants/{pid}", json={"plan": {"threshold": 8}}).get_json()
    assert partial["plan"]["steps"] == plan["steps"] and partial["plan"]["threshold"] == 8
    assert (
        "phone"
        in refused(api.patch(f"/participants/{pid}", json={"phone": "+15005550143"}))["errors"]
    )
    refused(api.patch(f"/participants/{MISSING}", json={"name": "X"}), 404)
    refused(api.get(f"/participants/{MISSING}"), 404)


def test_participant_pause_replans(api, rt, clock, text_in):
    program = created(api.post("/programs", json=EVENING))
    pid = active_participant(api, text_in, program_id=program["id"])
    api.patch(f"/participants/{pid}", json={"program_id": program["id"]})
    before = pending_plan(rt, pid)
    today = clock.now().astimezone(NY).date()
    pause = {"paused_from": str(today), "paused_until": "2026-11-29"}
    response = api.patch(f"/participants/{pid}", json=pause)
    assert response.status_code == 200 and response.get_json()["paused_until"] == "2026-11-29"
    after = pending_plan(rt, pid)
    assert after and len(after) < len(before)
    assert all(t.due_at.astimezone(NY).date() > date(2026, 11, 29) for t in after)


# Schedule preview -----------------------------------------------------------


def local(item: dict) -> str:
    return item["due_local"][11:16]


def test_schedule_across_the_dst_change(api, text_in):
    program = created(api.post("/programs", json=EVENING))
    pid = active_participant(api, text_in, program_id=program["id"])
    response = api.get(f"/participants/{pid}/schedule?start=2026-10-29&days=7")
    assert response.status_code == 200, response.get_json()
    preview = response.get_json()
    assert preview["from_utc"] == "2026-10-29T04:00:00+00:00"
    assert preview["until_utc"] == "2026-11-05T05:00:00+00:00", "a 25-hour day on Nov 1"
    reminders = [i for i in preview["items"] if i["flow"] == "reminder"]
    # Thu Oct 29 (EDT), Mon Nov 2 and Wed Nov 4 (EST): 18:00 local, reminders at 16:00 local.
    sessions = sorted({i["session_at_local"] for i in reminders})
    assert sessions == [
        "2026-10-29T18:00:00-04:00",
        "2026-11-02T18:00:00-05:00",
        "2026-11-04T18:00:00-05:00",
        "2026-11-05T18:00:00-05:00",
    ]
    two_hours = [i for i in reminders if i["key"].endswith(":120m")]
    assert {local(i) for i in two_hours} == {"16:00"}
    assert {i["due_utc"][11:16] for i in two_hours} == {"20:00", "21:00"}
    checkins = [i for i in preview["items"] if i["flow"] == "checkin"]
    assert {local(i) for i in checkins} == {"19:00"}
    assert [i["due_local"][:10] for i in checkins] == [
        "2026-10-30",
        "2026-10-31",
        "2026-11-01",
        "2026-11-03",
    ]


def test_schedule_in_the_participants_zone(api, text_in, clock):
    program = created(api.post("/programs", json=EVENING))
    pid = active_participant(api, text_in, program_id=program["id"], timezone="America/Chicago")
    preview = api.get(f"/participants/{pid}/schedule?days=3").get_json()
    assert preview["start"] == "2026-11-23" and preview["timezone"] == "America/Chicago"
    monday = [i for i in preview["items"] if i["session_at_local"] == "2026-11-23T17:00:00-06:00"]
    assert [local(i) for i in monday] == ["15:00"], "18:00 in New York is 17:00 in Chicago"
    assert all(i["paused"] is False for i in preview["items"])


def test_schedule_refusals(api, text_in):
    pid = active_participant(api, text_in)
    assert api.get(f"/participants/{pid}/schedule").get_json()["items"] == [], "no program"
    for query in ("days=0", "days=91", "start=tomorrow", "days=x", "start=1999-12-31"):
        refused(api.get(f"/participants/{pid}/schedule?{query}"))
    refused(api.get(f"/participants/{MISSING}/schedule"), 404)


def test_messages_are_the_conversation_in_order(api, text_in, clock):
    pid = created(api.post("/participants", json={"phone": PHONE, "name": "Maria Lopez"}))["id"]
    clock.advance(minutes=2)
    text_in(PHONE, "YES")
    messages = api.get(f"/participants/{pid}/messages").get_json()
    assert [(m["direction"], m["kind"]) for m in messages] == [
        ("out", "invite"),
        ("in", None),
        ("out", "welcome"),
    ]
    assert messages[1]["body"] == "YES" and messages[0]["status"] == "pending"
    assert len(api.get(f"/participants/{pid}/messages?limit=1").get_json()) == 1
    refused(api.get(f"/participants/{pid}/messages?limit=0"))
    refused(api.get(f"/participants/{MISSING}/messages"), 404)


# Staff ----------------------------------------------------------------------


def test_staff(api):
    sam = created(
        api.post(
            "/staff", json={"name": "Sam Rivera", "phone": "(500) 555-0170", "role": "counselor"}
        )
    )
    assert sam["phone"] == "+15005550170" and sam["active"] is True
    changed = api.patch(f"/staff/{sam['id']}", json={"role": "supervisor", "active": False})
    assert changed.get_json()["role"] == "supervisor" and changed.get_json()["active"] is False
    assert [s["name"] for s in api.get("/staff").get_json()] == ["Sam Rivera"]
    other = {"name": "Ana", "phone": "+15005550170", "role": "staff"}
    refused(api.post("/staff", json=other), 409)
    assert "phone" in refused(api.post("/staff", json=other | {"phone": "nope"}))["errors"]
    assert "role" in refused(api.post("/staff", json=other | {"role": "boss"}))["errors"]
    assert "active" in refused(api.patch(f"/staff/{sam['id']}", json={"active": "no"}))["errors"]
    refused(api.patch(f"/staff/{MISSING}", json={"name": "X"}), 404)


# Broadcasts -----------------------------------------------------------------


def test_broadcast_reaches_active_subscribed_unpaused_participants(api, rt, text_in):
    program = created(api.post("/programs", json=EVENING))
    other = created(api.post("/programs", json=EVENING | {"name": "Morning IOP"}))
    people = {}
    for n, who in enumerate(["active", "invited", "opted_out", "paused", "elsewhere"]):
        phone = f"+1500555016{n}"
        program_id = other["id"] if who == "elsewhere" else program["id"]
        body = {"phone": phone, "name": who.title(), "program_id": program_id}
        people[who] = created(api.post("/participants", json=body))["id"]
        if who != "invited":
            text_in(phone, "YES")
    text_in("+15005550162", "STOP")
    api.patch(f"/participants/{people['paused']}", json={"paused_from": "2026-11-20"})
    response = api.post(
        f"/programs/{program['id']}/broadcast", json={"body": "No group today - see you Thursday"}
    )
    sent = created(response)
    assert sent["recipients"] == 1
    assert sent["body"] == "Northside: No group today - see you Thursday"
    with rt.db.transaction() as s:
        rows = s.scalars(select(OutboundMessage).where(OutboundMessage.kind == "broadcast")).all()
        assert s.scalars(select(Broadcast)).one().recipients == 1
    assert [(r.to_phone, r.queue, r.body) for r in rows] == [
        ("+15005550160", "scheduled", sent["body"])
    ]


def test_broadcast_refuses_revealing_or_long_text(api, rt):
    program = created(api.post("/programs", json=EVENING))
    url = f"/programs/{program['id']}/broadcast"
    assert "body" in refused(api.post(url, json={"body": "No AA meeting today"}))["errors"]
    assert "body" in refused(api.post(url, json={"body": "x" * 1601}))["errors"]
    assert "body" in refused(api.post(url, json={"body": "x" * 1595}))["errors"], "with sender"
    assert "body" in refused(api.post(url, json={}))["errors"]
    refused(api.post(f"/programs/{MISSING}/broadcast", json={"body": "hello"}), 404)
    with rt.db.transaction() as s:
        assert s.scalars(select(Broadcast)).all() == []


# Bad input is a 4xx, never a 500 ---------------------------------------------


@pytest.mark.parametrize(
    ("method", "path", "kwargs"),
    [
        ("post", "/programs", {"json": ["a", "list"]}),
        ("post", "/programs", {"data": "not json", "content_type": "application/json"}),
        ("post", "/participants", {"data": "phone=1", "content_type": "text/plain"}),
        ("patch", "/programs/{id}", {"json": {"start_date": "0001-01-01"}}),
        ("patch", "/programs/{id}", {"json": {"extra_sessions": ["9999-12-31T23:59"]}}),
        ("patch", "/programs/{id}", {"json": {"cancelled_dates": ["9999-12-31"]}}),
        ("get", "/participants/99999999999", {}),
        ("post", "/staff", {"json": {"name": 5, "phone": None, "role": ["x"]}}),
    ],
)
def test_bad_input_is_never_a_server_error(api, method, path, kwargs):
    program = created(api.post("/programs", json=EVENING))
    response = getattr(api, method)(path.format(id=program["id"]), **kwargs)
    assert 400 <= response.status_code < 500
    assert response.get_json()["error"]
