"""`flask --app app flows diagram NAME [--output PATH]`: draw a flow definition as SVG.

Reads only the flow definitions (no database, no app state), so it works on
a checkout with nothing running.
"""

from __future__ import annotations

from pathlib import Path

import click

from flows.definitions import FLOWS
from flows.diagram import flow_svg


@click.group("flows")
def flows_group() -> None:
    """Conversation flows: inspect the flow definitions."""


@flows_group.command("diagram")
@click.argument("name")
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Where to write the SVG (default: NAME.svg in the current directory).",
)
def diagram(name: str, output: Path | None) -> None:
    """Write flow NAME as an SVG diagram: states, replies, timeouts and what each sends."""
    flow = FLOWS.get(name)
    if flow is None:
        known = ", ".join(sorted(FLOWS))
        raise click.ClickException(f"unknown flow {name!r}; known flows: {known}")
    path = output if output is not None else Path(f"{name}.svg")
    try:
        path.write_text(flow_svg(flow), encoding="utf-8")
    except OSError as exc:
        # One clear line instead of a traceback (missing folder, no permission).
        raise click.ClickException(f"cannot write {path}: {exc.strerror}") from exc
    click.echo(f"wrote {path}")
