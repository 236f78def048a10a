"""GET /healthz: is the database reachable, does Redis answer, is the dispatcher beating?"""

from __future__ import annotations

from flask import Blueprint, jsonify
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from models.heartbeat import DISPATCHER, last_beat
from runtime import current_runtime

bp = Blueprint("health", __name__)


@bp.get("/healthz")
def healthz():
    """Report each dependency; 200 when all are healthy, 503 otherwise."""
    runtime = current_runtime()
    now = runtime.clock.now()
    database_ok, age = _database_and_heartbeat_age(runtime, now)
    redis_ok = runtime.queues.ping()
    stale_after = runtime.config["HEARTBEAT_STALE_AFTER"]
    dispatcher_ok = age is not None and age <= stale_after
    body = {
        "database": "ok" if database_ok else "unreachable",
        "redis": "ok" if redis_ok else "unreachable",
        "dispatcher": {
            "last_heartbeat_age_seconds": None if age is None else round(age, 1),
            "status": "ok" if dispatcher_ok else ("never seen" if age is None else "stale"),
        },
    }
    healthy = database_ok and redis_ok and dispatcher_ok
    body["status"] = "ok" if healthy else "degraded"
    return jsonify(body), 200 if healthy else 503


def _database_and_heartbeat_age(runtime, now) -> tuple[bool, float | None]:
    try:
        with runtime.db.transaction() as session:
            session.execute(text("SELECT 1"))
            beat_at = last_beat(session, DISPATCHER)
    except SQLAlchemyError:
        return False, None
    return True, (None if beat_at is None else (now - beat_at).total_seconds())
