"""`flask triage`: classify texts from arguments or stdin, plain or JSON; no text is an error."""

import json


def test_plain_output_is_level_rules_text(runner):
    result = runner.invoke(args=["triage", "i want to die", "see you tuesday"])
    assert result.exit_code == 0, result.output
    crisis, none = result.output.splitlines()
    level, rules, text = crisis.split("\t")
    assert (level, text) == ("crisis", "i want to die") and "crisis.suicide." in rules
    assert none == "none\t\tsee you tuesday"


def test_json_output_one_object_per_text(runner):
    result = runner.invoke(args=["triage", "--json", "took a whole bottle of pills", "ok"])
    assert result.exit_code == 0, result.output
    first, second = (json.loads(line) for line in result.output.splitlines())
    assert first["level"] == "crisis"
    assert any(rule.startswith("crisis.overdose.") for rule in first["rules"])
    assert second == {"text": "ok", "level": "none", "rules": []}


def test_stdin_one_message_per_line(runner):
    result = runner.invoke(
        args=["triage", "--json", "-"], input="me quiero morir\n\ndying to see my kids\n"
    )
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert [(r["text"], r["level"]) for r in rows] == [
        ("me quiero morir", "crisis"),
        ("dying to see my kids", "none"),
    ]


def test_no_text_is_one_clear_error_line(runner):
    result = runner.invoke(args=["triage"])
    assert result.exit_code != 0
    assert len(result.output.strip().splitlines()) == 1 and "text" in result.output
