"""The timer table and the dispatcher: due timers fire once, stale ones never, races are safe."""

import threading
from datetime import timedelta

from redis import Redis
from sqlalchemy import func, select

from models import OutboundMessage, Timer
from models.timer import (
    DONE,
    ENQUEUED,
    PENDING,
    STALE,
    bump_series,
    claim_due_timers,
    schedule_timer,
)
from sms.contacts import get_or_create_contact
from tests.conftest import drain, runtime_of
from workers.dispatcher import dispatch_once
from workers.queues import Queues

PHONE = "+15005550166"


def add_text_timer(rt, due_at, body="See you soon", series="plan:1"):
    with rt.db.transaction() as s:
        contact = get_or_create_contact(s, PHONE, rt.clock.now())
        timer = schedule_timer(
            s, due_at=due_at, kind="text", target=f"contact:{contact.id}", series=series,
            now=rt.clock.now(), payload={"body": body},
        )  # fmt: skip
        return timer.id


def texts(rt):
    with rt.db.transaction() as s:
        return list(s.scalars(select(OutboundMessage.body).order_by(OutboundMessage.id)))


def timer_status(rt, timer_id):
    with rt.db.transaction() as s:
        return s.get(Timer, timer_id).status


def dispatch(rt, now=None):
    return dispatch_once(rt.db, rt.queues, rt.config, now or rt.clock.now())


def test_timer_fires_when_due_and_not_before(app, rt, clock):
    timer_id = add_text_timer(rt, clock.now() + timedelta(hours=2))
    assert dispatch(rt, clock.now() + timedelta(hours=1, minutes=59)).timers == 0
    assert drain(app) == 0 and texts(rt) == []
    clock.advance(hours=2)
    assert dispatch(rt).timers == 1
    drain(app)
    assert texts(rt) == ["See you soon"]
    assert timer_status(rt, timer_id) == DONE


def test_fire_job_run_twice_fires_once(app, rt, clock):
    timer_id = add_text_timer(rt, clock.now())
    dispatch(rt)
    # Enqueue the same job a second time, as a re-delivery would.
    rt.queues.enqueue("scheduled", "workers.jobs.fire_timer", timer_id)
    drain(app)
    assert texts(rt) == ["See you soon"]


def test_stale_timer_never_fires(app, rt, clock):
    old = add_text_timer(rt, clock.now(), body="old plan")
    with rt.db.transaction() as s:
        bump_series(s, "plan:1")
    new = add_text_timer(rt, clock.now(), body="new plan")
    other = add_text_timer(rt, clock.now(), body="other series", series="wait:1")
    dispatch(rt)
    drain(app)
    assert sorted(texts(rt)) == ["new plan", "other series"]
    assert (timer_status(rt, old), timer_status(rt, new), timer_status(rt, other)) == (
        STALE, DONE, DONE,
    )  # fmt: skip


def test_lost_job_is_reenqueued_after_the_deadline_and_fires_once(app, rt, clock):
    timer_id = add_text_timer(rt, clock.now())
    dispatch(rt)
    Redis.from_url(rt.config["REDIS_URL"]).flushdb()  # Redis lost its queue
    assert dispatch(rt).timers == 0, "not yet: the job may still be running"
    clock.advance(seconds=rt.config["TIMER_ENQUEUED_DEADLINE"] + 1)
    assert dispatch(rt).timers == 1
    drain(app)
    dispatch(rt, clock.advance(minutes=10))
    drain(app)
    assert texts(rt) == ["See you soon"]
    assert timer_status(rt, timer_id) == DONE


def test_claim_is_released_when_redis_is_down(app, rt, clock):
    timer_id = add_text_timer(rt, clock.now())
    rt.queues = Queues("redis://127.0.0.1:1/0")
    report = dispatch(rt)
    assert report.timers == 0 and report.failed_enqueues == 1
    assert timer_status(rt, timer_id) == PENDING


def test_failing_handler_is_retried_then_given_up(app, rt, clock, monkeypatch):
    from flows import timers

    calls = []

    def broken(session, timer, now, config):
        calls.append(timer.id)
        raise RuntimeError("boom")

    monkeypatch.setitem(timers.TIMER_HANDLERS, "text", broken)
    timer_id = add_text_timer(rt, clock.now())
    for _ in range(timers.MAX_TIMER_ATTEMPTS):
        dispatch(rt)
        drain(app)
        clock.advance(seconds=rt.config["TIMER_ENQUEUED_DEADLINE"] + 1)
    assert len(calls) == timers.MAX_TIMER_ATTEMPTS
    assert timer_status(rt, timer_id) == "failed"
    dispatch(rt)
    drain(app)
    assert len(calls) == timers.MAX_TIMER_ATTEMPTS


def _race_claims(app, n_timers: int, n_dispatchers: int):
    rt = runtime_of(app)
    for i in range(n_timers):
        add_text_timer(rt, rt.clock.now() - timedelta(seconds=i), body=f"t{i}")
    results, barrier = [], threading.Barrier(n_dispatchers)

    def claimer():
        barrier.wait()
        mine = []
        while True:
            with rt.db.transaction() as s:
                batch = claim_due_timers(s, rt.clock.now(), limit=7)
            if not batch:
                break
            mine += [timer_id for timer_id, _kind in batch]
        results.append(mine)

    threads = [threading.Thread(target=claimer) for _ in range(n_dispatchers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    return rt, results


def test_racing_dispatchers_claim_each_timer_exactly_once(app):
    rt, results = _race_claims(app, n_timers=120, n_dispatchers=4)
    claimed = [timer_id for mine in results for timer_id in mine]
    assert len(claimed) == 120 and len(set(claimed)) == 120
    with rt.db.transaction() as s:
        assert s.scalar(select(func.count()).where(Timer.status == ENQUEUED)) == 120


def test_racing_dispatchers_share_the_work_on_postgresql(pg_app):
    _rt, results = _race_claims(pg_app, n_timers=300, n_dispatchers=3)
    claimed = [timer_id for mine in results for timer_id in mine]
    assert sorted(claimed) == sorted(set(claimed)) and len(claimed) == 300


def test_two_full_dispatchers_and_workers_send_each_text_once(app, rt, clock):
    for i in range(30):
        add_text_timer(rt, clock.now(), body=f"text {i}")
    threads = [threading.Thread(target=dispatch, args=(rt,)) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    drain(app)
    assert sorted(texts(rt)) == sorted(f"text {i}" for i in range(30))


def test_dispatcher_cli_once_with_now(app, rt, runner, clock):
    add_text_timer(rt, clock.now() + timedelta(days=3))
    early = runner.invoke(args=["dispatcher", "--once", "--now", "2026-11-24T15:00:00Z"])
    assert early.exit_code == 0 and "enqueued 0 timer(s)" in early.output
    late = runner.invoke(args=["dispatcher", "--once", "--now", "2026-11-26T15:00:00+00:00"])
    assert late.exit_code == 0 and "enqueued 1 timer(s)" in late.output


def test_dispatcher_cli_rejects_a_bad_time(runner):
    result = runner.invoke(args=["dispatcher", "--once", "--now", "next tuesday"])
    assert result.exit_code != 0
    assert "not an ISO 8601 time" in result.output
