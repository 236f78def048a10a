"""Console fixtures: cheap password hashing, a small world, and signed-in clients per role."""

from __future__ import annotations

import pytest

from flows.admin import users
from tests.console.web.support import FAST_HASHER, build_world, sign_in


@pytest.fixture(autouse=True)
def fast_hashing(monkeypatch):
    """argon2 with tiny costs: the same code path, a thousandth of the time."""
    monkeypatch.setattr(users, "HASHER", FAST_HASHER)


@pytest.fixture
def world(rt):
    """Programs North and South and one account per role (see support.build_world)."""
    return build_world(rt)


@pytest.fixture
def signed_in(app, world):
    """A factory: a test client signed in as `role` ("anonymous": not signed in)."""

    def client_for(role: str):
        client = app.test_client()
        if role != "anonymous":
            response = sign_in(client, world.emails[role])
            assert response.status_code == 302, response.get_data(as_text=True)
        return client

    return client_for
