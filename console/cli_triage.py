"""`flask --app app triage [--json] TEXT...`: classify texts exactly as the webhook does.

For counselors reviewing the rules and for checking a phrasing before it is
added to the corpus. Plain output is one line per text:
`level<TAB>rule,ids<TAB>text`; `--json` prints one JSON object per line. `-`
reads one message per line from standard input. Needs no database.
"""

from __future__ import annotations

import json
import sys

import click

from sms.triage import classify


@click.command("triage")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
@click.argument("texts", nargs=-1)
def triage_command(as_json: bool, texts: tuple[str, ...]) -> None:
    """Classify each TEXT (crisis, relapse, craving or none); '-' reads texts from stdin."""
    if not texts:
        raise click.ClickException("give one or more texts to classify, or - to read stdin")
    for text in _expand_stdin(texts):
        result = classify(text)
        if as_json:
            record = {"text": text, "level": result.level, "rules": list(result.rules)}
            click.echo(json.dumps(record, ensure_ascii=False))
        else:
            click.echo(f"{result.level}\t{','.join(result.rules)}\t{text}")


def _expand_stdin(texts: tuple[str, ...]) -> list[str]:
    """The texts, with '-' replaced by the non-empty lines of standard input."""
    expanded: list[str] = []
    for text in texts:
        if text == "-":
            expanded += [line.rstrip("\r\n") for line in sys.stdin if line.strip()]
        else:
            expanded.append(text)
    return expanded
