"""CLI commands on top of flows.admin: API keys, and programs checked as the API checks them."""

import json

PROGRAM = [
    "programs",
    "add",
    "--name",
    "Evening IOP",
    "--display-name",
    "Northside",
    "--timezone",
    "America/New_York",
    "--session",
    "FREQ=WEEKLY;BYDAY=MO,WE;BYHOUR=18;BYMINUTE=0",
    "--start-date",
    "2026-11-01",
]


def option(args: list[str], name: str, value: str) -> list[str]:
    """`args` with option `name` set to `value`."""
    changed = list(args)
    changed[changed.index(name) + 1] = value
    return changed


def test_apikey_create_list_revoke(runner, client):
    created = runner.invoke(args=["apikey", "create", "--name", "EHR sync"])
    assert created.exit_code == 0, created.output
    key = created.output.strip().splitlines()[-1]
    headers = {"Authorization": f"Bearer {key}"}
    assert client.get("/api/v1/programs", headers=headers).status_code == 200
    listed = runner.invoke(args=["apikey", "list"]).output
    assert "EHR sync" in listed and key[:8] in listed and key not in listed
    assert "live" in listed
    key_id = listed.split()[0].lstrip("#")
    assert runner.invoke(args=["apikey", "revoke", key_id]).exit_code == 0
    assert "revoked" in runner.invoke(args=["apikey", "list"]).output
    assert client.get("/api/v1/programs", headers=headers).status_code == 401


def test_apikey_refusals(runner):
    unknown = runner.invoke(args=["apikey", "revoke", "2000000000"])
    assert unknown.exit_code == 1 and "no API key #2000000000" in unknown.output
    assert runner.invoke(args=["apikey", "create", "--name", " "]).exit_code == 1


def test_programs_add_and_list(runner):
    added = runner.invoke(args=PROGRAM)
    assert added.exit_code == 0, added.output
    rows = json.loads(runner.invoke(args=["programs", "list", "--json"]).output)
    assert [(r["name"], r["sessions"]) for r in rows] == [
        ("Evening IOP", ["FREQ=WEEKLY;BYDAY=MO,WE;BYHOUR=18;BYMINUTE=0"])
    ]
    again = runner.invoke(args=PROGRAM)
    assert again.exit_code == 1 and "exists" in again.output


def test_programs_add_refusals_name_the_option(runner):
    cases = [
        (option(PROGRAM, "--timezone", "Mars/Olympus"), "--timezone: 'Mars/Olympus' is not"),
        (option(PROGRAM, "--session", "FREQ=SOMETIMES"), "--session:"),
        (option(PROGRAM, "--display-name", "Hope Rehab"), "--display-name:"),
        ([*PROGRAM, "--window", "21:00-08:00"], "--window:"),
        ([*PROGRAM, "--offsets", "a,b"], "--offsets 'a,b'"),
        ([*PROGRAM, "--end-date", "2026-10-01"], "--end-date:"),
    ]
    for args, message in cases:
        result = runner.invoke(args=args)
        assert result.exit_code == 1 and message in result.output, result.output
        assert len(result.output.strip().splitlines()) == 1


def test_assign_and_pause_refusals(runner):
    added = runner.invoke(args=["participants", "add", "--phone", "+15005550142", "--name", "M"])
    pid = added.output.split("#")[1].split()[0]
    no_program = runner.invoke(args=["participants", "assign", pid, "--program", "999999"])
    assert no_program.exit_code == 1 and "--program: no program #999999" in no_program.output
    no_one = runner.invoke(args=["participants", "pause", "999999", "--from", "2026-12-01"])
    assert no_one.exit_code == 1 and "no participant #999999" in no_one.output
    backwards = runner.invoke(
        args=["participants", "pause", pid, "--from", "2026-12-10", "--until", "2026-12-01"]
    )
    assert backwards.exit_code == 1 and "--until:" in backwards.output
