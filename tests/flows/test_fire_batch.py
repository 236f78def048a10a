"""Due reminders fired many per transaction (one write batch) behave as when fired one by one."""

from collections import Counter

from sqlalchemy import event, select

from flows import timers
from flows.runner import START_KIND, schedule_flow_start
from flows.timers import fire_timers
from models import Conversation, Escalation, OutboundMessage, Outcome, Participant, Timer
from models.escalation import OPEN
from models.timer import DONE, ENQUEUED, current_version
from tests.conftest import drain
from tests.workers.test_batched_sending import add_reminder, created_for, dispatch
from workers.queues import holding_scheduled_sends

PHONES = [f"+1500555{n:04d}" for n in range(400, 480)]


def reminders_for(rt, phones) -> dict[str, int]:
    """An active participant per phone with a session reminder due now: {phone: participant id}."""
    return {phone: add_reminder(rt, phone) for phone in phones}


def kinds_sent(rt) -> Counter:
    with rt.db.transaction() as s:
        return Counter(s.scalars(select(OutboundMessage.kind)))


def test_a_burst_of_reminders_texts_each_participant_once_and_waits_for_each_reply(
    app, rt, clock, fake_twilio, text_in, monkeypatch
):
    monkeypatch.setattr(timers, "FIRE_CHUNK", 25)  # the burst spans chunks
    ids = reminders_for(rt, PHONES[:60])
    dispatch(rt)
    drain(app)
    assert created_for(fake_twilio) == Counter(PHONES[:60])
    assert all("Reply C" in body for body in _bodies(fake_twilio))
    with rt.db.transaction() as s:
        states = {c.participant_id: c.state for c in s.scalars(select(Conversation))}
        assert states == dict.fromkeys(ids.values(), "sent")
        waits = s.scalars(select(Timer).where(Timer.kind == "flow.timeout")).all()
        assert len(waits) == 60
        assert all(w.version == current_version(s, w.series) for w in waits), "waits are live"

    text_in(PHONES[0], "C")
    assert kinds_sent(rt)["confirm_ack"] == 1

    clock.advance(minutes=121)  # the others' waits run out: one follow-up each, in batches
    dispatch(rt)
    drain(app)
    assert kinds_sent(rt)["reminder_followup"] == 59
    followed_up = Counter(
        r["form"]["To"]
        for r in fake_twilio.state.requests()
        if r["method"] == "POST" and "C to confirm" in r["form"]["Body"] and r["form"]["To"]
    )
    assert followed_up[PHONES[0]] == 1, "who confirmed got only the reminder"
    assert all(followed_up[phone] == 2 for phone in PHONES[1:60])


def test_a_participant_in_an_open_crisis_is_skipped_and_the_rest_of_the_chunk_is_texted(
    app, rt, clock, fake_twilio
):
    ids = reminders_for(rt, PHONES[:5])
    with rt.db.transaction() as s:
        in_crisis = s.get(Participant, ids[PHONES[2]])
        s.add(Escalation(contact_id=in_crisis.contact_id, participant_id=in_crisis.id,
                         code="K7Q2", status=OPEN, opened_at=clock.now()))  # fmt: skip
    dispatch(rt)
    drain(app)
    assert created_for(fake_twilio) == Counter(PHONES[:5]) - Counter([PHONES[2]])
    with rt.db.transaction() as s:
        skipped = s.scalars(select(Outcome.participant_id).where(Outcome.kind == "skipped_crisis"))
        assert list(skipped) == [ids[PHONES[2]]]


def test_two_flows_due_for_one_participant_in_one_chunk_start_one_and_defer_the_other(
    app, rt, clock, fake_twilio
):
    ids = reminders_for(rt, PHONES[:4])
    busy = ids[PHONES[1]]
    with rt.db.transaction() as s:
        schedule_flow_start(s, busy, "checkin", {}, clock.now(), clock.now())
    dispatch(rt)
    drain(app)
    assert created_for(fake_twilio) == Counter(PHONES[:4]), "one text each, the reminder"
    with rt.db.transaction() as s:
        conversation = s.get(Conversation, busy)
        assert (conversation.flow, conversation.state) == ("reminder", "sent")
        assert [d["flow"] for d in conversation.deferred] == ["checkin"]


def test_a_failing_reminder_in_a_chunk_leaves_the_others_fired_once(
    app, rt, clock, fake_twilio, monkeypatch
):
    ids = reminders_for(rt, PHONES[:10])
    doomed = ids[PHONES[6]]
    real = timers.TIMER_HANDLERS[START_KIND]

    def breaks_for_one(session, timer, now, config):
        real(session, timer, now, config)  # its text and wait are written, then it fails
        if timer.target == f"participant:{doomed}":
            raise RuntimeError("template went missing")

    monkeypatch.setitem(timers.TIMER_HANDLERS, START_KIND, breaks_for_one)
    dispatch(rt)
    drain(app)
    assert created_for(fake_twilio) == Counter(PHONES[:10]) - Counter([PHONES[6]])
    with rt.db.transaction() as s:
        failed = s.scalars(select(Timer).where(Timer.target == f"participant:{doomed}")).one()
        assert (failed.status, failed.attempts) == (ENQUEUED, 1), "given back for a retry"
        assert s.get(Conversation, doomed) is None, "its turn rolled back whole"
        assert len(s.scalars(select(Timer).where(Timer.kind == "flow.timeout")).all()) == 9


def test_a_chunk_of_reminders_costs_a_handful_of_statements_not_a_dozen_each(app, rt, clock):
    """The point of the batch: statements grow by the per-row INSERTs only, not per lookup."""

    def statements_to_fire(phones) -> int:
        reminders_for(rt, phones)
        dispatch(rt)  # claimed; fired here, without their send jobs
        with rt.db.transaction() as s:
            due = list(s.scalars(select(Timer.id).where(Timer.status == ENQUEUED)))
        seen = []
        listener = lambda *args: seen.append(1)  # noqa: E731
        event.listen(rt.db.engine, "before_cursor_execute", listener)
        try:
            with app.app_context(), holding_scheduled_sends(rt.queues) as held:
                assert fire_timers(rt.db, clock, rt.config, due) == ["fired"] * len(due)
                held.clear()
        finally:
            event.remove(rt.db.engine, "before_cursor_execute", listener)
        return len(seen)

    few = statements_to_fire(PHONES[:5])
    many = statements_to_fire(PHONES[5:25])
    per_extra_reminder = (many - few) / 15
    # One at a time it was 14 a reminder; now the text's and the wait's INSERTs
    # (SQLite takes them row by row; PostgreSQL in one statement each).
    assert per_extra_reminder <= 2.5, f"{few} statements for 5, {many} for 20"
    with rt.db.transaction() as s:
        assert set(s.scalars(select(Timer.status).where(Timer.kind == START_KIND))) == {DONE}


def _bodies(fake) -> list[str]:
    return [r["form"]["Body"] for r in fake.state.requests() if r["method"] == "POST"]
