"""GET /healthz reports the database, Redis and the dispatcher's heartbeat."""

from database import Database
from workers.dispatcher import dispatch_once
from workers.queues import Queues


def test_healthy_when_all_answer_and_the_dispatcher_beats(client, rt, clock):
    dispatch_once(rt.db, rt.queues, rt.config, clock.now())
    clock.advance(seconds=5)
    response = client.get("/healthz")
    assert response.status_code == 200
    body = response.get_json()
    assert body["status"] == "ok" and body["database"] == "ok" and body["redis"] == "ok"
    assert body["dispatcher"]["last_heartbeat_age_seconds"] == 5.0


def test_stale_or_missing_heartbeat_is_degraded(client, rt, clock):
    body = client.get("/healthz").get_json()
    assert body["dispatcher"]["status"] == "never seen" and body["status"] == "degraded"
    dispatch_once(rt.db, rt.queues, rt.config, clock.now())
    clock.advance(seconds=rt.config["HEARTBEAT_STALE_AFTER"] + 1)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.get_json()["dispatcher"]["status"] == "stale"


def test_redis_down_is_reported(client, rt, clock):
    dispatch_once(rt.db, rt.queues, rt.config, clock.now())
    rt.queues = Queues("redis://127.0.0.1:1/0")
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.get_json()["redis"] == "unreachable"


def test_database_down_is_reported(client, rt):
    rt.db = Database("postgresql+psycopg://postgres@127.0.0.1:1/nowhere")
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.get_json()["database"] == "unreachable"
