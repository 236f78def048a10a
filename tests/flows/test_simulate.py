"""`flask --app app simulate`: the README's week plays end to end and prints its transcript."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_example_week_transcript(runner, tmp_path):
    url = f"sqlite:///{tmp_path / 'sim.db'}"
    result = runner.invoke(
        args=["simulate", str(ROOT / "examples/week.yaml"), "--database-url", url]
    )
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].startswith("Mon Dec 07 09:00  Tether -> Maria: Tether: hi Maria")
    assert "Mon Dec 07 16:00  Tether -> Maria: Tether: group today at 6:00 PM" in result.output
    assert "Thanks, Maria. See you today at 6:00 PM." in result.output
    assert "Your plan: my kids and my health." in result.output
    assert "participant #1 (M.L.) asked for a call" in result.output
    to_staff = [line.split("(staff): ", 1)[1] for line in lines if "-> Sam Rivera (staff)" in line]
    assert to_staff and "Maria" not in "".join(to_staff), "staff notices use initials"
    assert lines[-1] == "-- end: participant active, waiting in: none"


def test_crisis_night_transcript(runner, tmp_path):
    url = f"sqlite:///{tmp_path / 'sim.db'}"
    result = runner.invoke(
        args=["simulate", str(ROOT / "examples/crisis_night.yaml"), "--database-url", url]
    )
    assert result.exit_code == 0, result.output
    out = result.output
    assert "Wed Dec 09 00:12  Tether -> Ana Oncall (staff): Tether: URGENT" in out
    assert "Wed Dec 09 00:17  Tether -> Ben Backup (staff): Tether: URGENT" in out
    assert "Wed Dec 09 00:19  Tether -> Maria: Tether: a counselor has your message" in out
    assert re.search(r"00:45  Tether -> Ben Backup \(staff\): Tether: alert \d+ resolved", out)
    assert "Wed Dec 09 03:30  Tether -> Maria: Tether: call 911 now. If it's you" in out
    pages = re.findall(r"(\d\d:\d\d)  Tether -> (\w+ \w+) \(staff\): Tether: URGENT - Maria", out)
    chain = ["Ana Oncall", "Ben Backup", "Sue Super"] * 2
    assert pages[2:] == list(
        zip(["03:30", "03:35", "03:40", "03:45", "03:50", "03:55"], chain, strict=True)
    )
    assert "04:00  Tether -> Maria: Tether: we are still trying" in out
    assert "04:00  Tether -> Sue Super (staff): Tether: URGENT - nobody has answered" in out


def test_bad_script_is_one_clear_line(runner, tmp_path):
    script = tmp_path / "bad.yaml"
    script.write_text("steps: [1, 2")
    result = runner.invoke(args=["simulate", str(script)])
    assert result.exit_code == 1 and "not valid YAML" in result.output
