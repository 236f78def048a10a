"""`flask --app app db ...`: Alembic commands, configured from Tether's settings."""

from __future__ import annotations

from pathlib import Path

import click
from alembic import command
from alembic.config import Config
from alembic.util.exc import CommandError
from flask import current_app
from flask.cli import with_appcontext

HERE = Path(__file__).resolve().parent


def alembic_config(database_url: str) -> Config:
    """An Alembic Config for this project's migrations and `database_url`."""
    config = Config()
    config.set_main_option("script_location", str(HERE))
    config.set_main_option("path_separator", "os")
    config.set_main_option("version_locations", str(HERE / "versions"))
    config.attributes["database_url"] = database_url
    return config


def _config() -> Config:
    return alembic_config(current_app.config["DATABASE_URL"])


def _run(fn, *args, **kwargs) -> None:
    try:
        fn(*args, **kwargs)
    except CommandError as exc:
        raise click.ClickException(str(exc)) from exc


@click.group("db")
def db_group() -> None:
    """Database migrations (Alembic)."""


@db_group.command("upgrade")
@click.argument("revision", default="head")
@with_appcontext
def upgrade(revision: str) -> None:
    """Apply migrations up to REVISION (default: head)."""
    _run(command.upgrade, _config(), revision)


@db_group.command("downgrade")
@click.argument("revision")
@with_appcontext
def downgrade(revision: str) -> None:
    """Revert migrations down to REVISION."""
    _run(command.downgrade, _config(), revision)


@db_group.command("current")
@with_appcontext
def current() -> None:
    """Show the revision the database is at."""
    _run(command.current, _config())


@db_group.command("heads")
@with_appcontext
def heads() -> None:
    """Show the newest revision(s); there must be exactly one."""
    _run(command.heads, _config())


@db_group.command("check")
@with_appcontext
def check() -> None:
    """Fail if the models and the migrated database differ."""
    _run(command.check, _config())


@db_group.command("revision")
@click.option("-m", "--message", required=True)
@click.option("--autogenerate/--empty", default=True)
@with_appcontext
def revision(message: str, autogenerate: bool) -> None:
    """Write a new migration (compared against the upgraded database)."""
    _run(command.revision, _config(), message=message, autogenerate=autogenerate)
