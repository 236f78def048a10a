"""Scheduled texts go out in batches; crisis texts and replies keep one immediate job each."""

import secrets
from collections import Counter
from datetime import timedelta

import pytest
from redis import Redis
from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError

from flows.runner import schedule_flow_start
from flows.timers import fire_timer, fire_timers
from models import Contact, OutboundMessage, Participant, Timer
from models.message import PENDING, QUEUE_CRISIS, QUEUE_REPLIES, QUEUE_SCHEDULED
from models.participant import ACTIVE
from models.timer import DONE, bump_series, schedule_timer
from sms import sender
from sms.contacts import get_or_create_contact
from sms.outbox import queue_outbound
from tests.conftest import drain
from workers import dispatcher
from workers.dispatcher import dispatch_once
from workers.queues import enqueue_send_batches, holding_scheduled_sends

PHONES = [f"+1500555{n:04d}" for n in range(300, 340)]


def jobs_on(rt, queue_name) -> list[tuple[str, tuple]]:
    """(job name, args) of the jobs waiting on a queue, oldest first."""
    return [(job.func_name, job.args) for job in rt.queues.queue(queue_name).jobs]


def add_texts(rt, phones, queue=QUEUE_SCHEDULED) -> list[int]:
    with rt.db.transaction() as s:
        ids = []
        for phone in phones:
            contact = get_or_create_contact(s, phone, rt.clock.now())
            ids.append(
                queue_outbound(s, contact, f"See you at 6, {phone[-2:]}", kind="t",
                               now=rt.clock.now(), queue=queue).id
            )  # fmt: skip
    return ids


def add_text_timers(rt, phones) -> list[int]:
    with rt.db.transaction() as s:
        ids = []
        for n, phone in enumerate(phones):
            contact = get_or_create_contact(s, phone, rt.clock.now())
            ids.append(
                schedule_timer(s, due_at=rt.clock.now(), kind="text",
                               target=f"contact:{contact.id}", series=f"test:{n}",
                               now=rt.clock.now(), payload={"body": f"Room {n} tonight"}).id
            )  # fmt: skip
    return ids


def add_reminder(rt, phone) -> int:
    """An active participant whose session reminder is due now."""
    now = rt.clock.now()
    with rt.db.transaction() as s:
        contact = get_or_create_contact(s, phone, now)
        participant = Participant(
            contact_id=contact.id, name="Pat Doe", timezone="America/New_York", status=ACTIVE,
            consent_at=now, calendar_token=secrets.token_urlsafe(24), created_at=now,
            plan_steps=[], policy_overrides={},
        )  # fmt: skip
        s.add(participant)
        s.flush()
        session_at = (now + timedelta(hours=2)).isoformat()
        schedule_flow_start(s, participant.id, "reminder",
                            {"session_at": session_at, "place": "Room 4"}, now, now)  # fmt: skip
        return participant.id


def created_for(fake) -> Counter:
    """Messages the fake Twilio created, per phone."""
    return Counter(r["form"]["To"] for r in fake.state.requests() if r["method"] == "POST")


def bodies_in_order(fake) -> list[str]:
    return [r["form"]["Body"] for r in fake.state.requests() if r["method"] == "POST"]


def dispatch(rt):
    return dispatch_once(rt.db, rt.queues, rt.config, rt.clock.now())


def test_scheduled_rows_of_one_commit_go_out_as_one_batch_job(app, rt, fake_twilio):
    ids = add_texts(rt, PHONES[:5])
    assert jobs_on(rt, QUEUE_SCHEDULED) == [("workers.jobs.send_messages", (ids,))]
    assert drain(app) == 1
    assert created_for(fake_twilio) == Counter(PHONES[:5])


def test_crisis_and_reply_rows_keep_one_immediate_job_each(app, rt, fake_twilio):
    with rt.db.transaction() as s:
        contact = get_or_create_contact(s, PHONES[0], rt.clock.now())
        made = {
            queue: [
                queue_outbound(s, contact, f"{queue} {n}", kind="t", now=rt.clock.now(),
                               queue=queue).id
                for n in range(2)
            ]
            for queue in (QUEUE_SCHEDULED, QUEUE_REPLIES, QUEUE_CRISIS)
        }  # fmt: skip
    for queue in (QUEUE_REPLIES, QUEUE_CRISIS):
        assert jobs_on(rt, queue) == [("workers.jobs.send_message", (i,)) for i in made[queue]]
    assert jobs_on(rt, QUEUE_SCHEDULED) == [("workers.jobs.send_messages", (made["scheduled"],))]
    drain(app)
    assert bodies_in_order(fake_twilio) == [
        "crisis 0", "crisis 1", "replies 0", "replies 1", "scheduled 0", "scheduled 1",
    ]  # fmt: skip


def test_timers_fire_in_batches_that_send_their_own_texts(app, rt, fake_twilio, monkeypatch):
    monkeypatch.setattr(dispatcher, "FIRE_BATCH", 10)
    timer_ids = add_text_timers(rt, PHONES[:25])
    assert dispatch(rt).timers == 25
    fire_jobs = jobs_on(rt, QUEUE_SCHEDULED)
    assert [name for name, _ in fire_jobs] == ["workers.jobs.fire_timer"] * 3
    assert [len(args) for _, args in fire_jobs] == [10, 10, 5]
    assert sorted(i for _, args in fire_jobs for i in args) == timer_ids
    assert drain(app) == 3, "no send job of their own: each fire job sent its texts"
    assert created_for(fake_twilio) == Counter(PHONES[:25])
    with rt.db.transaction() as s:
        assert set(s.scalars(select(Timer.status).where(Timer.id.in_(timer_ids)))) == {DONE}


def test_reminders_fired_by_timers_go_out_in_one_batch(app, rt, fake_twilio, monkeypatch):
    calls = []
    real = sender.send_batch

    def spy(db, gateway, clock, settings, message_ids, **options):
        calls.append(len(message_ids))
        return real(db, gateway, clock, settings, message_ids, **options)

    monkeypatch.setattr("workers.jobs.send_batch", spy)
    for phone in PHONES[:6]:
        add_reminder(rt, phone)
    assert dispatch(rt).timers == 6
    assert drain(app) == 1
    assert calls == [6]
    assert created_for(fake_twilio) == Counter(PHONES[:6])
    with rt.db.transaction() as s:
        kinds = set(s.scalars(select(OutboundMessage.kind)))
    assert kinds == {"reminder"}


def test_fire_job_run_twice_fires_and_sends_once(app, rt, fake_twilio):
    timer_ids = add_text_timers(rt, PHONES[:4])
    dispatch(rt)
    rt.queues.enqueue_many(QUEUE_SCHEDULED, "workers.jobs.fire_timer", [tuple(timer_ids)])
    assert drain(app) == 2
    assert created_for(fake_twilio) == Counter(PHONES[:4])


def test_batch_job_run_twice_sends_once(app, rt, fake_twilio):
    ids = add_texts(rt, PHONES[:4])
    enqueue_send_batches(rt.queues, ids)  # a duplicate delivery of the batch job
    assert drain(app) == 2
    assert created_for(fake_twilio) == Counter(PHONES[:4])


def test_a_reply_does_not_wait_for_a_scheduled_batch(app, rt, fake_twilio, monkeypatch):
    monkeypatch.setattr(sender, "FLUSH_EVERY", 5)
    ids = add_texts(rt, PHONES)
    gateway = rt.gateway

    class ReplyArrives:
        """Twilio, during whose third scheduled send a participant's reply is committed."""

        calls = 0

        def send(self, to, body, status_callback):
            self.calls += 1
            if self.calls == 3:
                add_texts(rt, ["+15005550399"], queue=QUEUE_REPLIES)
            return gateway.send(to, body, status_callback)

    rt._gateway = ReplyArrives()
    assert drain(app) == 3, "the batch, the reply, then the rest of the batch"
    sent = bodies_in_order(fake_twilio)
    assert sent.index("See you at 6, 99") == 5, "right after the batch's first 5 sends"
    assert created_for(fake_twilio) == Counter([*PHONES, "+15005550399"])
    with rt.db.transaction() as s:
        assert all(m.twilio_sid for m in s.scalars(select(OutboundMessage)))
    assert len(ids) == 40


def test_texts_of_a_fire_job_that_died_before_sending_go_out_after_the_deadline(
    app, rt, clock, fake_twilio
):
    timer_ids = add_text_timers(rt, PHONES[:3])
    dispatch(rt)
    Redis.from_url(rt.config["REDIS_URL"]).flushdb()
    with app.app_context(), holding_scheduled_sends(rt.queues) as held:
        for timer_id in timer_ids:
            fire_timer(rt.db, clock, rt.config, timer_id)
        assert len(held) == 3
        held.clear()  # the worker died here, before sending them
    assert jobs_on(rt, QUEUE_SCHEDULED) == []
    with rt.db.transaction() as s:
        assert set(s.scalars(select(OutboundMessage.status))) == {PENDING}
    clock.advance(seconds=61)
    assert dispatch(rt).sends == 3
    assert [name for name, _ in jobs_on(rt, QUEUE_SCHEDULED)] == ["workers.jobs.send_messages"]
    drain(app)
    assert created_for(fake_twilio) == Counter(PHONES[:3])


def test_held_texts_are_enqueued_when_the_holder_fails(app, rt, fake_twilio):
    with pytest.raises(RuntimeError), holding_scheduled_sends(rt.queues):
        ids = add_texts(rt, PHONES[:2])
        reply = add_texts(rt, PHONES[2:3], queue=QUEUE_REPLIES)
        assert jobs_on(rt, QUEUE_SCHEDULED) == [], "held while the block runs"
        assert jobs_on(rt, QUEUE_REPLIES) == [("workers.jobs.send_message", tuple(reply))]
        raise RuntimeError("the fire job failed before sending")
    assert jobs_on(rt, QUEUE_SCHEDULED) == [("workers.jobs.send_messages", (ids,))]
    drain(app)
    assert created_for(fake_twilio) == Counter(PHONES[:3])


def test_dispatcher_enqueues_late_scheduled_rows_in_batches(app, rt, clock, fake_twilio):
    scheduled = add_texts(rt, [f"+1500666{n:04d}" for n in range(150)])
    crisis = add_texts(rt, PHONES[:1], queue=QUEUE_CRISIS)
    Redis.from_url(rt.config["REDIS_URL"]).flushdb()  # their jobs were lost
    clock.advance(seconds=61)
    assert dispatch(rt).sends == 151
    batches = jobs_on(rt, QUEUE_SCHEDULED)
    assert {name for name, _ in batches} == {"workers.jobs.send_messages"}
    assert [len(ids) for _, (ids,) in batches] == [100, 50]
    assert sorted(i for _, (ids,) in batches for i in ids) == scheduled
    assert jobs_on(rt, QUEUE_CRISIS) == [("workers.jobs.send_message", tuple(crisis))]
    assert drain(app) == 3
    assert sum(created_for(fake_twilio).values()) == 151


def test_opted_out_participant_gets_no_batched_text(app, rt, clock, fake_twilio):
    ids = add_texts(rt, PHONES[:3])
    with rt.db.transaction() as s:
        s.scalars(
            select(Contact).where(Contact.phone == PHONES[1])
        ).one().opted_out_at = clock.now()
    drain(app)
    assert created_for(fake_twilio) == Counter([PHONES[0], PHONES[2]])
    with rt.db.transaction() as s:
        assert s.get(OutboundMessage, ids[1]).status == "suppressed"


def test_rows_are_enqueued_at_the_outer_commit_not_at_a_savepoint(app, rt):
    with rt.db.transaction() as s:
        contact = get_or_create_contact(s, PHONES[0], rt.clock.now())
        reply = queue_outbound(s, contact, "ok", kind="t", now=rt.clock.now()).id
        get_or_create_contact(s, PHONES[1], rt.clock.now())  # a SAVEPOINT, released
        assert jobs_on(rt, QUEUE_REPLIES) == [], "the row is not committed yet"
    assert jobs_on(rt, QUEUE_REPLIES) == [("workers.jobs.send_message", (reply,))]


def test_a_failing_timer_in_a_fire_job_leaves_the_others_fired(app, rt, clock, fake_twilio,
                                                               monkeypatch):  # fmt: skip
    """Timers fire many per transaction, but one failure rolls back only itself."""
    from flows import timers

    timer_ids = add_text_timers(rt, PHONES[:30])
    doomed = timer_ids[7]
    real = timers.TIMER_HANDLERS["text"]

    def breaks_on_the_doomed_one(session, timer, now, config):
        real(session, timer, now, config)  # its text is queued, then the handler fails
        if timer.id == doomed:
            raise RuntimeError("template went missing")

    monkeypatch.setitem(timers.TIMER_HANDLERS, "text", breaks_on_the_doomed_one)
    dispatch(rt)
    drain(app)
    sent = created_for(fake_twilio)
    assert sent == Counter(PHONES[:30]) - Counter([PHONES[7]]), "29 sent, once each"
    with rt.db.transaction() as s:
        failed = s.get(Timer, doomed)
        assert (failed.status, failed.attempts) == ("enqueued", 1), "retried after the deadline"
        assert s.scalar(select(func.count(OutboundMessage.id))) == 29, "its text rolled back"
    monkeypatch.setitem(timers.TIMER_HANDLERS, "text", real)
    clock.advance(seconds=rt.config["TIMER_ENQUEUED_DEADLINE"] + 1)
    dispatch(rt)
    drain(app)
    assert created_for(fake_twilio) == Counter(PHONES[:30]), "the retry sent the 30th, once"


def test_a_fire_chunk_whose_commit_fails_fires_its_timers_one_by_one(app, rt, clock,
                                                                     fake_twilio):  # fmt: skip
    """A chunk that cannot commit (database gone) commits nothing; each timer then fires alone."""
    from sqlalchemy import event

    timer_ids = add_text_timers(rt, PHONES[:30])
    dispatch(rt)  # claimed; its fire job, drained below, then finds them all fired
    commits = []

    def first_commit_fails(session):
        if session.in_nested_transaction():
            return  # a timer's SAVEPOINT
        commits.append(1)
        if len(commits) == 1:
            raise OperationalError("COMMIT", {}, Exception("server closed the connection"))

    event.listen(rt.db.factory, "before_commit", first_commit_fails)
    try:
        with app.app_context(), holding_scheduled_sends(rt.queues) as held:
            outcomes = fire_timers(rt.db, clock, rt.config, timer_ids)
            assert outcomes == ["fired"] * 30
            assert len(held) == 30 and len(set(held)) == 30
    finally:
        event.remove(rt.db.factory, "before_commit", first_commit_fails)
    with app.app_context(), holding_scheduled_sends(rt.queues):
        assert fire_timers(rt.db, clock, rt.config, timer_ids) == ["skipped"] * 30
    drain(app)
    assert created_for(fake_twilio) == Counter(PHONES[:30])


def test_a_timer_made_stale_by_an_earlier_timer_of_its_fire_job_does_not_fire(
    app, rt, clock, fake_twilio, monkeypatch
):
    """Firing many per transaction must not miss a series bump made by an earlier handler."""
    from flows import timers

    timer_ids = add_text_timers(rt, PHONES[:3])  # series test:0, test:1, test:2, all due now
    with rt.db.transaction() as s:  # the first is due a second earlier: it fires first
        s.get(Timer, timer_ids[0]).due_at = clock.now() - timedelta(seconds=1)
    real = timers.TIMER_HANDLERS["text"]

    def first_one_replans_the_second(session, timer, now, config):
        real(session, timer, now, config)
        if timer.id == timer_ids[0]:
            bump_series(session, "test:1")

    monkeypatch.setitem(timers.TIMER_HANDLERS, "text", first_one_replans_the_second)
    dispatch(rt)
    drain(app)
    assert created_for(fake_twilio) == Counter([PHONES[0], PHONES[2]])
    with rt.db.transaction() as s:
        assert s.get(Timer, timer_ids[1]).status == "stale"
