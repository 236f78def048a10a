"""`flask --app app simulate`: the README's week plays end to end and prints its transcript."""

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
    assert "Maria" not in "".join(line for line in lines if "-> staff" in line)
    assert lines[-1] == "-- end: participant active, waiting in: none"


def test_bad_script_is_one_clear_line(runner, tmp_path):
    script = tmp_path / "bad.yaml"
    script.write_text("steps: [1, 2")
    result = runner.invoke(args=["simulate", str(script)])
    assert result.exit_code == 1 and "not valid YAML" in result.output
