"""JSON API for crisis work: escalations (list, timeline, ACK/PASS/RESOLVE), disclosures,
on-call schedules and overrides, who is on call now, escalation policies, and the crisis
fields of staff, programs and participants."""

from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest
import schemathesis
from schemathesis.specs.openapi.checks import response_schema_conformance
from sqlalchemy import func, select

from flows.admin.apikeys import create_key
from flows.escalation import open_escalation, page_current_level
from models import Contact, Escalation, InboundMessage, OutboundMessage, Participant, StaffMember
from tests.console.test_api import EVENING, MISSING, Api, created, refused
from tests.flows import crisis_world as w

CRISIS = "i want to kill myself"
NY = ZoneInfo("America/New_York")
SCHEDULE = {"timezone": "America/New_York", "starts_on": "2026-11-01", "handoff_time": "09:00"}


@pytest.fixture
def api(client, rt) -> Api:
    """Calls to /api/v1 with a live key."""
    with rt.db.transaction() as session:
        _, key = create_key(session, "tests", rt.clock.now())
    return Api(client, key)


@pytest.fixture
def world(rt, text_in) -> w.World:
    """A program with primary and backup rotas, a supervisor and a consenting participant."""
    return w.build(rt, text_in)


def crisis(rt, text_in, world: w.World, body: str = CRISIS) -> int:
    """The participant texts crisis words; return the id of the escalation they opened."""
    before = _newest_escalation_id(rt)
    text_in(w.PARTICIPANT, body)
    if _newest_escalation_id(rt) > before:
        return _newest_escalation_id(rt)
    # sms/triage.py without its crisis rules yet: open the escalation as the webhook does.
    with rt.db.transaction() as s:
        inbound = s.scalars(
            select(InboundMessage)
            .where(InboundMessage.from_phone == w.PARTICIPANT)
            .order_by(InboundMessage.id.desc())
        ).first()
        participant = s.get(Participant, world.participant_id)
        contact = s.get(Contact, participant.contact_id)
        now = rt.clock.now()
        escalation, _ = open_escalation(
            s, contact, participant, inbound_id=inbound.id, rules=["test"], overdose=False, now=now
        )
        page_current_level(s, escalation, now, rt.config)
        return escalation.id


def _newest_escalation_id(rt) -> int:
    with rt.db.transaction() as s:
        return s.scalar(select(func.max(Escalation.id))) or 0


def staff(api, name: str, phone: str, **extra) -> int:
    """Add a staff member through the API; return the id."""
    body = {"name": name, "phone": phone, "role": "counselor"} | extra
    return created(api.post("/staff", json=body))["id"]


def kinds(detail: dict) -> list[str]:
    return [event["kind"] for event in detail["timeline"]]


# Keys -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("get", "/escalations"),
        ("get", "/escalations/1"),
        ("post", "/escalations/1/ack"),
        ("post", "/escalations/1/pass"),
        ("post", "/escalations/1/resolve"),
        ("get", "/participants/1/disclosures"),
        ("get", "/oncall/schedules"),
        ("post", "/oncall/schedules"),
        ("patch", "/oncall/schedules/1"),
        ("delete", "/oncall/schedules/1/overrides/1"),
        ("get", "/oncall/now"),
        ("get", "/escalation-policies"),
        ("put", "/escalation-policies/default"),
        ("get", "/programs/1/escalation-policy"),
    ],
)
def test_crisis_endpoints_need_a_key(client, method, path):
    response = getattr(client, method)(f"/api/v1{path}", json={})
    assert response.status_code == 401
    assert response.headers["WWW-Authenticate"].startswith("Bearer")


# Escalations ----------------------------------------------------------------


def test_escalation_list_and_timeline(api, rt, clock, text_in, world):
    eid = crisis(rt, text_in, world)
    clock.advance(seconds=90)
    [listed] = api.get("/escalations").get_json()
    assert listed["id"] == eid and listed["status"] == "open" and listed["level"] == 0
    assert listed["who"] == f"Mari (participant #{world.participant_id})"
    assert listed["participant_id"] == world.participant_id
    assert listed["program_id"] == world.program_id
    assert listed["age_seconds"] == 90 and listed["acked_at"] is None
    detail = api.get(f"/escalations/{eid}").get_json()
    assert {k: v for k, v in detail.items() if k != "timeline"} == listed
    received = detail["timeline"][0]
    assert received["kind"] == "received" and received["text"] == CRISIS
    paged = [e for e in detail["timeline"] if e["kind"] == "paged"]
    assert [(e["staff_id"], e["staff_name"]) for e in paged] == [(world.oncall_id, "Ana Oncall")]
    assert paged[0]["outbound_id"] and paged[0]["text"] is None
    times = [e["at"] for e in detail["timeline"]]
    assert times == sorted(times)
    refused(api.get(f"/escalations/{MISSING}"), 404)


def test_ack_by_api_stops_the_chain_and_tells_the_participant(api, rt, text_in, world):
    eid = crisis(rt, text_in, world)
    response = api.post(f"/escalations/{eid}/ack", json={"staff_id": world.oncall_id})
    assert response.status_code == 200, response.get_json()
    acked = response.get_json()
    assert acked["status"] == "acked" and acked["acked_by_id"] == world.oncall_id
    assert acked["acked_at"] == rt.clock.now().isoformat()
    [ack] = [e for e in acked["timeline"] if e["kind"] == "acked"]
    assert ack["details"] == {"via": "api"} and ack["staff_name"] == "Ana Oncall"
    with rt.db.transaction() as s:
        told = s.scalars(
            select(OutboundMessage.kind).where(OutboundMessage.to_phone == w.PARTICIPANT)
        )
        assert "crisis_acked" in list(told)
    again = refused(api.post(f"/escalations/{eid}/ack", json={"staff_id": world.backup_id}), 409)
    assert again["error"] == f"escalation #{eid} is already acknowledged by Ana Oncall"
    passing = refused(api.post(f"/escalations/{eid}/pass", json={"staff_id": world.oncall_id}), 409)
    assert "passed on" in passing["error"]


def test_resolve_needs_a_note_and_closes_once(api, rt, text_in, world):
    eid = crisis(rt, text_in, world)
    path = f"/escalations/{eid}/resolve"
    assert "note" in refused(api.post(path, json={"staff_id": world.backup_id}))["errors"]
    blank = refused(api.post(path, json={"staff_id": world.backup_id, "note": "   "}))
    assert "note" in blank["errors"]
    note = "Called her; safe with her sister tonight."
    response = api.post(path, json={"staff_id": world.backup_id, "note": note})
    assert response.status_code == 200, response.get_json()
    resolved = response.get_json()
    assert resolved["status"] == "resolved" and resolved["resolution_note"] == note
    assert resolved["resolved_by_id"] == world.backup_id
    assert resolved["acked_by_id"] == world.backup_id, "resolving an open alert also takes it"
    assert kinds(resolved)[-1] == "resolved"
    again = refused(api.post(path, json={"staff_id": world.oncall_id, "note": "again"}), 409)
    assert again["error"] == f"escalation #{eid} is already resolved by Ben Backup"
    refused(api.post(f"/escalations/{eid}/ack", json={"staff_id": world.oncall_id}), 409)


def test_pass_by_api_pages_the_next_level(api, rt, text_in, world):
    eid = crisis(rt, text_in, world)
    response = api.post(f"/escalations/{eid}/pass", json={"staff_id": world.oncall_id})
    assert response.status_code == 200, response.get_json()
    passed = response.get_json()
    assert passed["status"] == "open" and passed["level"] == 1
    assert kinds(passed)[-2:] == ["passed", "paged"]
    assert passed["timeline"][-1]["staff_id"] == world.backup_id


def test_who_may_act(api, rt, text_in, world):
    eid = crisis(rt, text_in, world)
    ack = f"/escalations/{eid}/ack"
    assert "staff_id" in refused(api.post(ack, json={"staff_id": MISSING}))["errors"]
    assert "staff_id" in refused(api.post(ack, json={"staff_id": str(world.oncall_id)}))["errors"]
    assert "staff_id" in refused(api.post(ack, json={}))["errors"]
    gone = staff(api, "Gil Gone", "+15005550160", active=False)
    assert "staff_id" in refused(api.post(ack, json={"staff_id": gone}))["errors"]
    other = created(api.post("/programs", json=EVENING | {"name": "Other"}))["id"]
    outsider = staff(api, "Olga Other", "+15005550161", program_id=other)
    assert "another program" in refused(api.post(ack, json={"staff_id": outsider}), 403)["error"]
    anyone = staff(api, "Ada Anywhere", "+15005550162")  # no program: covers every program
    assert api.post(ack, json={"staff_id": anyone}).status_code == 200
    refused(api.post(f"/escalations/{MISSING}/ack", json={"staff_id": anyone}), 404)


def test_list_filters_and_order(api, rt, clock, text_in, world):
    first = crisis(rt, text_in, world)
    api.post(f"/escalations/{first}/resolve", json={"staff_id": world.oncall_id, "note": "ok"})
    clock.advance(minutes=30)
    second = crisis(rt, text_in, world, "i want to kill myself again")
    assert second != first
    assert [e["id"] for e in api.get("/escalations").get_json()] == [second, first]
    assert [e["id"] for e in api.get("/escalations?status=resolved").get_json()] == [first]
    assert [e["id"] for e in api.get("/escalations?status=unresolved").get_json()] == [second]
    assert [e["id"] for e in api.get("/escalations?status=open").get_json()] == [second]
    assert api.get("/escalations?status=acked").get_json() == []
    assert api.get(f"/escalations?program_id={MISSING}").get_json() == []
    assert len(api.get("/escalations?limit=1").get_json()) == 1
    assert "status" in refused(api.get("/escalations?status=closed"))["errors"]
    assert "limit" in refused(api.get("/escalations?limit=0"))["errors"]
    assert "stat" in refused(api.get("/escalations?stat=open"))["errors"]


def test_disclosures_account_for_each_page(api, rt, clock, text_in, world):
    eid = crisis(rt, text_in, world)
    clock.advance(minutes=1)
    api.post(f"/escalations/{eid}/pass", json={"staff_id": world.oncall_id})
    log = api.get(f"/participants/{world.participant_id}/disclosures").get_json()
    assert [d["recipient_staff_id"] for d in log] == [world.backup_id, world.oncall_id]
    newest = log[0]
    assert newest["escalation_id"] == eid and newest["participant_id"] == world.participant_id
    assert newest["channel"] == "sms" and newest["purpose"] == "medical_emergency"
    assert newest["recipient"].startswith("Ben Backup (") and w.BACKUP not in newest["recipient"]
    assert {"preferred_name", "phone"} <= set(newest["fields"]) and newest["outbound_id"]
    assert log[0]["at"] > log[1]["at"]
    refused(api.get(f"/participants/{MISSING}/disclosures"), 404)


# On-call schedules ------------------------------------------------------------


def test_schedule_round_trip(api, world):
    body = SCHEDULE | {"rotation": [world.backup_id, world.oncall_id], "shift_days": 1}
    schedule = created(api.post("/oncall/schedules", json=body))
    assert schedule["program_id"] is None and schedule["role"] == "primary"
    assert schedule["rotation"] == [world.backup_id, world.oncall_id]
    assert schedule["starts_on"] == "2026-11-01" and schedule["overrides"] == []
    # 2026-11-23 10:00 New York is day 22 of daily shifts from 11-01: the first in the rotation.
    assert schedule["on_call_id"] == world.backup_id
    path = f"/oncall/schedules/{schedule['id']}"
    assert api.get(path).get_json() == schedule
    assert schedule in api.get("/oncall/schedules").get_json()
    changed = api.patch(path, json={"handoff_time": "08:00", "role": "backup"})
    assert changed.status_code == 200, changed.get_json()
    assert changed.get_json()["handoff_time"] == "08:00" and changed.get_json()["role"] == "backup"
    assert api.delete(path).status_code == 204
    refused(api.get(path), 404)
    refused(api.delete(path), 404)
    refused(api.patch(path, json={"shift_days": 3}), 404)


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"timezone": "Mars/Olympus"}, "timezone"),
        ({"timezone": None}, "timezone"),
        ({"role": "boss"}, "role"),
        ({"rotation": []}, "rotation"),
        ({"rotation": [MISSING]}, "rotation"),
        ({"rotation": "inactive"}, "rotation"),
        ({"rotation": ["1"]}, "rotation"),
        ({"handoff_time": "25:00"}, "handoff_time"),
        ({"handoff_time": "9am"}, "handoff_time"),
        ({"shift_days": 0}, "shift_days"),
        ({"shift_days": 29}, "shift_days"),
        ({"starts_on": "0001-01-01"}, "starts_on"),
        ({"starts_on": "tomorrow"}, "starts_on"),
        ({"program_id": MISSING}, "program_id"),
        ({"starts_on": None}, "starts_on"),
        ({"surprise": 1}, "surprise"),
    ],
)
def test_schedule_refusals_name_the_field(api, world, change, field):
    gone = staff(api, "Gil Gone", "+15005550160", active=False)
    if change.get("rotation") == "inactive":
        change = {"rotation": [world.oncall_id, gone]}
    body = SCHEDULE | {"rotation": [world.oncall_id]} | change
    assert field in refused(api.post("/oncall/schedules", json=body))["errors"]
    [existing] = api.get("/oncall/schedules").get_json()[:1]
    response = api.patch(f"/oncall/schedules/{existing['id']}", json=change)
    assert field in refused(response)["errors"]


def test_schedule_needs_its_required_fields(api, world):
    assert "rotation" in refused(api.post("/oncall/schedules", json=SCHEDULE))["errors"]
    body = {"rotation": [world.oncall_id], "starts_on": "2026-11-01"}
    assert "timezone" in refused(api.post("/oncall/schedules", json=body))["errors"]


def test_override_covers_the_schedule_and_can_be_removed(api, rt, world):
    [primary] = [s for s in api.get("/oncall/schedules").get_json() if s["role"] == "primary"]
    path = f"/oncall/schedules/{primary['id']}/overrides"
    now = rt.clock.now()
    cover = {
        "staff_id": world.supervisor_id,
        "starts_at": (now - timedelta(hours=1)).astimezone(NY).isoformat(),
        "ends_at": (now + timedelta(hours=2)).isoformat(),
    }
    override = created(api.post(path, json=cover))
    assert override["staff_id"] == world.supervisor_id and override["staff_name"] == "Sue Super"
    assert override["starts_at"] == (now - timedelta(hours=1)).isoformat(), "stored in UTC"
    shown = api.get(f"/oncall/schedules/{primary['id']}").get_json()
    assert shown["overrides"] == [override] and shown["on_call_id"] == world.supervisor_id
    who = api.get(f"/oncall/now?program_id={world.program_id}").get_json()
    assert who["primary"] == {
        "staff_id": world.supervisor_id,
        "name": "Sue Super",
        "schedule_id": primary["id"],
    }
    assert who["backup"]["staff_id"] == world.backup_id and who["gap_at"] is None
    assert api.delete(f"{path}/{override['id']}").status_code == 204
    refused(api.delete(f"{path}/{override['id']}"), 404)
    who = api.get(f"/oncall/now?program_id={world.program_id}").get_json()
    assert who["primary"]["staff_id"] == world.oncall_id
    refused(api.post(f"/oncall/schedules/{MISSING}/overrides", json=cover), 404)


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"staff_id": MISSING}, "staff_id"),
        ({"starts_at": "2026-11-23T10:00:00"}, "starts_at"),
        ({"ends_at": "2026-11-23T14:00:00+00:00"}, "ends_at"),  # before it starts
        ({"starts_at": "2026-11-20T10:00:00Z", "ends_at": "2026-11-21T10:00:00Z"}, "ends_at"),
        ({"starts_at": "0001-01-01T00:00:00+01:00"}, "starts_at"),
        ({"ends_at": None}, "ends_at"),
    ],
)
def test_override_refusals_name_the_field(api, world, change, field):
    [schedule] = api.get("/oncall/schedules").get_json()[:1]
    body = {
        "staff_id": world.backup_id,
        "starts_at": "2026-11-23T15:00:00Z",
        "ends_at": "2026-11-24T15:00:00Z",
    } | change
    response = api.post(f"/oncall/schedules/{schedule['id']}/overrides", json=body)
    assert field in refused(response)["errors"]


def test_an_override_on_another_schedule_is_not_found(api, rt, world):
    first, second = api.get("/oncall/schedules").get_json()[:2]
    body = {"staff_id": world.backup_id, "starts_at": "2026-11-23T15:00:00Z"}
    override = created(
        api.post(
            f"/oncall/schedules/{first['id']}/overrides",
            json=body | {"ends_at": "2026-11-23T16:00:00Z"},
        )
    )
    refused(api.delete(f"/oncall/schedules/{second['id']}/overrides/{override['id']}"), 404)


def test_on_call_now_and_the_next_gap(api, rt, world):
    who = api.get(f"/oncall/now?program_id={world.program_id}").get_json()
    assert who["primary"]["staff_id"] == world.oncall_id and who["gap_at"] is None
    assert who["program_id"] == world.program_id
    # No organization-wide rota: nobody covers an unknown number, starting now.
    org = api.get("/oncall/now").get_json()
    assert org["primary"] is None and org["backup"] is None
    assert org["gap_at"] == rt.clock.now().isoformat()
    # An organization-wide daily rotation: the backup today, the on-call counselor tomorrow.
    schedule = created(
        api.post(
            "/oncall/schedules",
            json=SCHEDULE | {"rotation": [world.backup_id, world.oncall_id], "shift_days": 1},
        )
    )
    org = api.get("/oncall/now").get_json()
    assert org["primary"] == {
        "staff_id": world.backup_id,
        "name": "Ben Backup",
        "schedule_id": schedule["id"],
    }
    assert org["gap_at"] is None
    api.patch(f"/staff/{world.oncall_id}", json={"active": False})
    org = api.get("/oncall/now").get_json()
    # Tomorrow's handoff, 09:00 in New York (14:00 UTC), is the inactive counselor's turn.
    assert org["gap_at"] == "2026-11-24T14:00:00+00:00"
    assert "program_id" in refused(api.get(f"/oncall/now?program_id={MISSING}"))["errors"]


# Escalation policies ------------------------------------------------------------


def test_policies_round_trip(api, rt, world):
    builtin = api.get("/escalation-policies/default").get_json()
    assert builtin["source"] == "builtin" and builtin["id"] is None and builtin["repeat"] == 2
    assert [lv["target"] for lv in builtin["levels"]] == ["oncall", "backup", "supervisors"]
    assert api.get("/escalation-policies").get_json() == []
    default = {"levels": [{"target": "oncall", "ack_minutes": 3}, {"target": "supervisors"}]}
    stored = api.put("/escalation-policies/default", json=default)
    assert stored.status_code == 200, stored.get_json()
    stored = stored.get_json()
    assert stored["source"] == "default" and stored["repeat"] == 2
    assert stored["levels"] == [
        {"target": "oncall", "ack_minutes": 3},
        {"target": "supervisors", "ack_minutes": 5},
    ]
    inherited = api.get(f"/programs/{world.program_id}/escalation-policy").get_json()
    assert inherited["source"] == "default" and inherited["levels"] == stored["levels"]
    assert inherited["program_id"] == world.program_id
    own = {
        "levels": [{"target": "staff", "staff_ids": [world.supervisor_id], "ack_minutes": 2}],
        "repeat": 1,
    }
    path = f"/programs/{world.program_id}/escalation-policy"
    mine = api.put(path, json=own).get_json()
    assert mine["source"] == "program" and mine["levels"] == own["levels"] and mine["repeat"] == 1
    assert api.get(path).get_json() == mine
    again = api.put(path, json=own | {"repeat": 3}).get_json()
    assert again["id"] == mine["id"] and again["repeat"] == 3, "replaced, not added"
    listed = api.get("/escalation-policies").get_json()
    assert [(p["program_id"], p["source"]) for p in listed] == [
        (None, "default"),
        (world.program_id, "program"),
    ]
    refused(api.get(f"/programs/{MISSING}/escalation-policy"), 404)
    refused(api.put(f"/programs/{MISSING}/escalation-policy", json=own), 404)


def test_a_programs_policy_decides_who_is_paged(api, rt, text_in, world):
    own = {"levels": [{"target": "staff", "staff_ids": [world.supervisor_id]}]}
    api.put(f"/programs/{world.program_id}/escalation-policy", json=own)
    eid = crisis(rt, text_in, world)
    detail = api.get(f"/escalations/{eid}").get_json()
    assert [e["staff_id"] for e in detail["timeline"] if e["kind"] == "paged"] == [
        world.supervisor_id
    ]


@pytest.mark.parametrize(
    ("levels", "repeat", "where"),
    [
        ([], None, ["levels"]),
        ([{"target": "boss"}], None, ["levels", "0", "target"]),
        ([{"target": "oncall", "ack_minutes": 0}], None, ["levels", "0", "ack_minutes"]),
        ([{"target": "oncall", "ack_minutes": 61}], None, ["levels", "0", "ack_minutes"]),
        ([{"target": "oncall", "ack_minutes": "5"}], None, ["levels", "0", "ack_minutes"]),
        ([{"target": "oncall"}, {"target": "staff"}], None, ["levels", "1", "staff_ids"]),
        ([{"target": "staff", "staff_ids": []}], None, ["levels", "0", "staff_ids"]),
        ([{"target": "staff", "staff_ids": [MISSING]}], None, ["levels", "0", "staff_ids"]),
        ([{"target": "oncall", "staff_ids": ["x"]}], None, ["levels", "0", "staff_ids"]),
        ([{"target": "oncall", "staff_ids": "oncall"}], None, ["levels", "0", "staff_ids"]),
        ([{"target": "oncall", "wait": 5}], None, ["levels", "0", "wait"]),
        ([{"target": "oncall"}], 0, ["repeat"]),
        ([{"target": "oncall"}], 6, ["repeat"]),
    ],
)
def test_policy_refusals_name_the_field(api, world, levels, repeat, where):
    body = {"levels": levels} | ({} if repeat is None else {"repeat": repeat})
    for path in ("/escalation-policies/default", f"/programs/{world.program_id}/escalation-policy"):
        errors = refused(api.put(path, json=body))["errors"]
        for key in where:
            assert key in errors, (where, errors)
            errors = errors[key]


def test_a_staff_level_names_pageable_staff_only(api, world):
    gone = staff(api, "Gil Gone", "+15005550160", active=False)
    path = "/escalation-policies/default"
    body = {"levels": [{"target": "oncall", "staff_ids": [world.oncall_id]}]}
    assert "levels" in refused(api.put(path, json=body))["errors"]
    body = {"levels": [{"target": "staff", "staff_ids": [world.oncall_id, gone]}]}
    assert refused(api.put(path, json=body))["errors"] == {
        "levels": {"0": {"staff_ids": [f"staff member #{gone} is not active"]}}
    }


# Crisis fields of staff, programs and participants ------------------------------


def test_staff_program_and_supervisor_role(api, world):
    sam = created(
        api.post(
            "/staff",
            json={
                "name": "Sam Rivera",
                "phone": "+15005550170",
                "role": "supervisor",
                "program_id": world.program_id,
            },
        )
    )
    assert sam["role"] == "supervisor" and sam["program_id"] == world.program_id
    everywhere = api.patch(f"/staff/{sam['id']}", json={"program_id": None}).get_json()
    assert everywhere["program_id"] is None
    bad = {"name": "Ana", "phone": "+15005550171", "role": "staff", "program_id": MISSING}
    assert "program_id" in refused(api.post("/staff", json=bad))["errors"]
    patch = api.patch(f"/staff/{sam['id']}", json={"program_id": MISSING})
    assert "program_id" in refused(patch)["errors"]
    listed = {s["id"]: s for s in api.get("/staff").get_json()}
    assert listed[world.oncall_id]["program_id"] == world.program_id


def test_program_crisis_settings(api):
    program = created(api.post("/programs", json=EVENING))
    assert program["page_includes_text"] is False and program["tell_participant_on_ack"] is True
    changed = api.patch(
        f"/programs/{program['id']}",
        json={"page_includes_text": True, "tell_participant_on_ack": False},
    ).get_json()
    assert changed["page_includes_text"] is True and changed["tell_participant_on_ack"] is False
    bad = api.patch(f"/programs/{program['id']}", json={"page_includes_text": "yes"})
    assert "page_includes_text" in refused(bad)["errors"]
    other = EVENING | {"name": "Quoted", "page_includes_text": True}
    assert created(api.post("/programs", json=other))["page_includes_text"] is True


def test_preferred_name(api, rt):
    body = {"phone": "+15005550150", "name": "Maria Lopez", "preferred_name": "Mari"}
    participant = created(api.post("/participants", json=body))
    assert participant["preferred_name"] == "Mari"
    path = f"/participants/{participant['id']}"
    assert api.patch(path, json={"preferred_name": " Ria "}).get_json()["preferred_name"] == "Ria"
    assert api.patch(path, json={"preferred_name": None}).get_json()["preferred_name"] is None
    assert "preferred_name" in refused(api.patch(path, json={"preferred_name": "x" * 61}))["errors"]
    with rt.db.transaction() as s:
        assert s.get(Participant, participant["id"]).preferred_name is None
    assert api.get(path).get_json()["preferred_name"] is None


def test_a_deactivated_rotation_member_is_not_on_call(api, rt, world):
    api.patch(f"/staff/{world.oncall_id}", json={"active": False})
    who = api.get(f"/oncall/now?program_id={world.program_id}").get_json()
    assert who["primary"] is None and who["gap_at"] == rt.clock.now().isoformat()
    with rt.db.transaction() as s:
        assert s.get(StaffMember, world.oncall_id).active is False


# Real answers match the OpenAPI document ----------------------------------------


def test_answers_with_real_data_conform_to_the_document(app, api, rt, text_in, world):
    """schemathesis mostly meets empty tables and unknown ids; here every body is full."""
    eid = crisis(rt, text_in, world)
    [primary] = [s for s in api.get("/oncall/schedules").get_json() if s["role"] == "primary"]
    cover = {"staff_id": world.backup_id, "starts_at": "2026-11-23T15:00:00Z"}
    created(
        api.post(
            f"/oncall/schedules/{primary['id']}/overrides",
            json=cover | {"ends_at": "2026-11-24T15:00:00Z"},
        )
    )
    api.put("/escalation-policies/default", json={"levels": [{"target": "oncall"}]})
    schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", app)
    pid, program = world.participant_id, world.program_id
    calls = [
        ("GET", "/escalations", {}),
        ("GET", "/escalations/{escalation_id}", {"path_parameters": {"escalation_id": eid}}),
        (
            "GET",
            "/participants/{participant_id}/disclosures",
            {"path_parameters": {"participant_id": pid}},
        ),
        ("GET", "/oncall/schedules", {}),
        ("GET", "/oncall/now", {"query": {"program_id": program}}),
        ("GET", "/escalation-policies", {}),
        (
            "GET",
            "/programs/{program_id}/escalation-policy",
            {"path_parameters": {"program_id": program}},
        ),
        (
            "POST",
            "/escalations/{escalation_id}/ack",
            {"path_parameters": {"escalation_id": eid}, "body": {"staff_id": world.oncall_id}},
        ),
    ]
    for method, path, parts in calls:
        case = schema[f"/api/v1{path}"][method].Case(**parts)
        response = case.call(headers=api.headers)
        assert response.status_code == 200, (path, response.text)
        case.validate_response(response, checks=[response_schema_conformance])
