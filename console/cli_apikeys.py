"""`flask --app app apikey create|list|revoke`: keys for the JSON API (/api/v1)."""

from __future__ import annotations

import click
from flask.cli import with_appcontext

from flows.admin import AdminError
from flows.admin.apikeys import create_key, list_keys, revoke_key
from runtime import current_runtime


@click.group("apikey")
def apikey_group() -> None:
    """Keys for staff tools and integrations calling /api/v1."""


@apikey_group.command("create")
@click.option("--name", required=True, help="Who or what uses the key, e.g. 'EHR sync'.")
@with_appcontext
def create_apikey(name: str) -> None:
    """Make a key and print it once; only its hash is kept."""
    rt = current_runtime()
    try:
        with rt.db.transaction() as session:
            row, key = create_key(session, name, rt.clock.now())
            key_id = row.id
    except AdminError as exc:
        raise click.ClickException(f"--{exc}") from None
    click.echo(f"API key #{key_id} ({name}); shown only now, store it safely:")
    click.echo(key)


@apikey_group.command("list")
@with_appcontext
def list_apikeys() -> None:
    """List keys: id, prefix, name, created, last used, revoked."""
    with current_runtime().db.transaction() as session:
        rows = list_keys(session)
    for row in rows:
        used = row.last_used_at.isoformat() if row.last_used_at else "never used"
        state = f"revoked {row.revoked_at.isoformat()}" if row.revoked_at else "live"
        click.echo(
            f"#{row.id:<4} {row.prefix}…  {row.name:<30} created {row.created_at.isoformat()}"
            f"  {used}  {state}"
        )


@apikey_group.command("revoke")
@click.argument("key_id", type=int)
@with_appcontext
def revoke_apikey(key_id: int) -> None:
    """Refuse a key from now on."""
    rt = current_runtime()
    try:
        with rt.db.transaction() as session:
            revoke_key(session, key_id, rt.clock.now())
    except AdminError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"API key #{key_id} revoked")
