"""/console/api-keys: a key made in the browser works against /api/v1 until it is revoked."""

from __future__ import annotations

import html
import logging
import re

from sqlalchemy import select

from models import ApiKey, AuditEvent
from tests.console.web.support import csrf_token

_SHOWN = re.compile(r'id="api-key"[^>]*value="([^"]+)"')


def post(client, path: str, **data):
    return client.post(path, data={"csrf_token": csrf_token(client), **data})


def make_key(client, name: str = "EHR sync") -> tuple[str, object]:
    response = post(client, "/console/api-keys", name=name)
    assert response.status_code == 200, response.status_code
    return _SHOWN.search(response.get_data(as_text=True)).group(1), response


def call_api(app, key: str):
    return app.test_client().get("/api/v1/programs", headers={"Authorization": f"Bearer {key}"})


def text(response) -> str:
    return html.unescape(response.get_data(as_text=True))


def test_a_created_key_works_until_it_is_revoked(app, rt, signed_in, world):
    admin = signed_in("admin")
    key, response = make_key(admin)
    assert response.headers["Cache-Control"] == "no-store"
    assert "Copy it now: it will not be shown again." in text(response)
    assert call_api(app, key).status_code == 200

    listing = text(admin.get("/console/api-keys"))
    assert "EHR sync" in listing and f"{key[:8]}…" in listing
    assert "Never" not in listing  # it was used just now
    with rt.db.transaction() as s:
        key_id = s.scalar(select(ApiKey.id))
    confirm = admin.get(f"/console/api-keys/{key_id}/revoke")
    assert confirm.status_code == 200
    assert "Revoke “EHR sync”?" in text(confirm)
    assert call_api(app, key).status_code == 200  # asking is not revoking

    revoked = post(admin, f"/console/api-keys/{key_id}/revoke")
    assert revoked.status_code == 302
    assert "Revoked “EHR sync”: it no longer works." in text(admin.get("/console/api-keys"))
    assert call_api(app, key).status_code == 401
    with rt.db.transaction() as s:
        done = s.execute(select(AuditEvent.action, AuditEvent.user_id, AuditEvent.target_id))
        logged = [row for row in done if row.action.endswith("api_key")]
    admin_id = world.user_ids["admin"]
    assert logged == [("create_api_key", admin_id, key_id), ("revoke_api_key", admin_id, key_id)]


def test_the_key_is_in_the_create_answer_once_and_nowhere_after(app, rt, signed_in, caplog):
    admin = signed_in("admin")
    with caplog.at_level(logging.DEBUG):
        key, response = make_key(admin)
    assert text(response).count(key) == 1
    assert key not in response.headers.get("Location", "")
    with rt.db.transaction() as s:
        key_id = s.scalar(select(ApiKey.id))
        details = [str(d) for d in s.scalars(select(AuditEvent.details))]
        stored = s.get(ApiKey, key_id)
        assert key not in (stored.key_hash, stored.prefix, stored.name)
    assert not any(key in d for d in details)
    for path in ("/console/api-keys", f"/console/api-keys/{key_id}/revoke", "/console/audit"):
        assert key not in text(admin.get(path)), path
    assert key not in caplog.text


def test_a_key_needs_a_name(signed_in, rt):
    admin = signed_in("admin")
    for name in ("", "   ", "x" * 121):
        response = post(admin, "/console/api-keys", name=name)
        assert response.status_code == 422
        page = text(response)
        assert "Not created: check Name below." in page
        assert "Name is required, at most 120 characters." in page
    with rt.db.transaction() as s:
        assert s.scalar(select(ApiKey.id)) is None


def test_revoking_twice_keeps_the_first_time(rt, signed_in, clock):
    admin = signed_in("admin")
    make_key(admin)
    with rt.db.transaction() as s:
        key_id = s.scalar(select(ApiKey.id))
    post(admin, f"/console/api-keys/{key_id}/revoke")
    with rt.db.transaction() as s:
        first = s.get(ApiKey, key_id).revoked_at
    clock.advance(hours=1)
    again = post(admin, f"/console/api-keys/{key_id}/revoke")
    assert "“EHR sync” was already revoked." in text(admin.get(again.headers["Location"]))
    assert "This key was revoked" in text(admin.get(f"/console/api-keys/{key_id}/revoke"))
    with rt.db.transaction() as s:
        assert s.get(ApiKey, key_id).revoked_at == first
        revokes = s.scalars(select(AuditEvent).where(AuditEvent.action == "revoke_api_key"))
        assert len(list(revokes)) == 1


def test_reloading_the_page_that_showed_a_key_makes_no_second_key(rt, signed_in):
    admin = signed_in("admin")
    form = admin.get("/console/api-keys").get_data(as_text=True)
    form_id = re.search(r'name="form_id" value="([^"]+)"', form).group(1)
    first = post(admin, "/console/api-keys", name="EHR sync", form_id=form_id)
    assert first.status_code == 200 and _SHOWN.search(first.get_data(as_text=True))

    again = post(admin, "/console/api-keys", name="EHR sync", form_id=form_id)  # the reload
    assert again.status_code == 303
    assert "That form was already sent" in text(admin.get(again.headers["Location"]))
    with rt.db.transaction() as s:
        assert len(s.scalars(select(ApiKey)).all()) == 1

    fresh_form = admin.get("/console/api-keys").get_data(as_text=True)
    fresh_id = re.search(r'name="form_id" value="([^"]+)"', fresh_form).group(1)
    assert fresh_id != form_id
    assert post(admin, "/console/api-keys", name="Reports", form_id=fresh_id).status_code == 200
    with rt.db.transaction() as s:
        assert len(s.scalars(select(ApiKey)).all()) == 2
