"""`flask --app app participants import FILE.csv`: enroll many participants at once.

Every row is checked first; if any row is wrong, each problem is reported
with its row number and nothing is imported. Otherwise all rows are enrolled
in one transaction (each gets the invitation), with a progress bar.
"""

from __future__ import annotations

import csv
from pathlib import Path

import click
from flask.cli import with_appcontext

from console.cli import participants_group
from flows.admin.participant_import import enroll_row, validate
from runtime import current_runtime


@participants_group.command("import")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@with_appcontext
def import_participants(path: Path) -> None:
    """Enroll every participant in a CSV file (columns: phone,name,language,timezone,program,
    counselor_phone); all or nothing."""
    rt = current_runtime()
    with path.open(newline="", encoding="utf-8-sig") as handle:
        reader = csv.DictReader(handle)
        missing = {"phone", "name"} - set(reader.fieldnames or [])
        if missing:
            raise click.ClickException(f"{path}: missing column(s) {', '.join(sorted(missing))}")
        rows = list(reader)
    with rt.db.transaction() as session:
        valid, problems = validate(session, rows, rt.config["DEFAULT_REGION"])
        if problems:
            for problem in problems:
                click.echo(problem, err=True)
            raise click.ClickException(f"{len(problems)} problem(s); nothing was imported")
        with click.progressbar(valid, label="Enrolling", show_pos=True) as bar:
            for row in bar:
                enroll_row(session, row, rt.clock.now(), rt.config)
    click.echo(f"imported {len(valid)} participant(s); each was texted the invitation")
