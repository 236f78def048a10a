"""Staff CLI: participants and staff from the command line; bad input is one clear line."""

import json

from sqlalchemy import select

from models import OutboundMessage, Participant, StaffMember

PHONE = "+15005550142"


def outbox(rt):
    with rt.db.transaction() as s:
        return list(s.scalars(select(OutboundMessage).order_by(OutboundMessage.id)))


def test_add_sends_one_invitation_with_disclosures(runner, rt):
    result = runner.invoke(
        args=[
            "participants",
            "add",
            "--phone",
            "(500) 555-0142",
            "--name",
            "Maria Lopez",
            "--language",
            "es",
        ]
    )
    assert result.exit_code == 0, result.output
    assert "participant #" in result.output and "0142" not in result.output.replace("42)", "")
    (invite,) = outbox(rt)
    assert invite.kind == "invite" and invite.to_phone == PHONE
    for required in ("988", "PARAR", "AYUDA", "tarifas", rt.config["PROGRAM_DISPLAY_NAME"]):
        assert required in invite.body


def test_list_and_show_as_json(runner, rt, clock, text_in):
    runner.invoke(args=["participants", "add", "--phone", PHONE, "--name", "Maria Lopez"])
    clock.advance(minutes=3)
    text_in(PHONE, "YES")
    rows = json.loads(runner.invoke(args=["participants", "list", "--json"]).output)
    assert [(r["name"], r["status"]) for r in rows] == [("Maria Lopez", "active")]
    shown = json.loads(
        runner.invoke(args=["participants", "show", str(rows[0]["id"]), "--json"]).output
    )
    assert shown["consent"]["channel"] == "sms" and "Reply: YES" in shown["consent"]["text"]
    assert [m["direction"] for m in shown["messages"]] == ["out", "in", "out"]


def test_duplicate_phone_is_one_clear_line(runner):
    runner.invoke(args=["participants", "add", "--phone", PHONE, "--name", "A B"])
    result = runner.invoke(args=["participants", "add", "--phone", PHONE, "--name", "C D"])
    assert result.exit_code == 1
    assert "already participant #" in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_bad_phone_and_timezone_are_refused(runner, rt):
    bad_phone = runner.invoke(args=["participants", "add", "--phone", "hello", "--name", "X"])
    bad_tz = runner.invoke(
        args=["participants", "add", "--phone", PHONE, "--name", "X", "--timezone", "Mars/Olympus"]
    )
    assert bad_phone.exit_code == 1 and "--phone 'hello'" in bad_phone.output
    assert bad_tz.exit_code == 1 and "not an IANA time zone" in bad_tz.output
    assert outbox(rt) == []


def test_plan_is_checked_for_lock_screen_words(runner, rt):
    runner.invoke(args=["participants", "add", "--phone", PHONE, "--name", "Maria Lopez"])
    with rt.db.transaction() as s:
        pid = s.scalars(select(Participant.id)).one()
    refused = runner.invoke(
        args=[
            "participants",
            "plan",
            str(pid),
            "--reasons",
            "stay sober",
            "--step",
            "a",
            "--step",
            "b",
        ]
    )
    assert refused.exit_code == 1 and "sober" in refused.output
    saved = runner.invoke(
        args=[
            "participants",
            "plan",
            str(pid),
            "--reasons",
            "my kids",
            "--step",
            "call my sister",
            "--step",
            "walk",
            "--threshold",
            "6",
        ]
    )
    assert saved.exit_code == 0
    with rt.db.transaction() as s:
        p = s.get(Participant, pid)
        assert (p.plan_reasons, p.plan_steps, p.checkin_threshold) == (
            "my kids",
            ["call my sister", "walk"],
            6,
        )


def test_staff_add_and_duplicate(runner, rt):
    ok = runner.invoke(
        args=["staff", "add", "--phone", "+15005550170", "--name", "Sam", "--role", "counselor"]
    )
    again = runner.invoke(
        args=["staff", "add", "--phone", "+15005550170", "--name", "Sam", "--role", "counselor"]
    )
    bad_role = runner.invoke(
        args=["staff", "add", "--phone", "+15005550171", "--name", "X", "--role", "boss"]
    )
    assert ok.exit_code == 0 and again.exit_code == 1 and bad_role.exit_code == 2
    with rt.db.transaction() as s:
        assert s.scalars(select(StaffMember.name)).all() == ["Sam"]


def test_show_unknown_participant(runner):
    result = runner.invoke(args=["participants", "show", "999"])
    assert result.exit_code == 1 and "no participant #999" in result.output
