"""Sending scheduled rows as one batch: each once, each answer handled as send_outbound would."""

from collections import Counter
from datetime import timedelta

import pytest
from sqlalchemy import select

from models import Contact, OutboundMessage
from models.message import (
    DELIVERED,
    FAILED,
    PENDING,
    QUEUE_CRISIS,
    QUEUE_SCHEDULED,
    QUEUED,
    SENDING,
    SUPPRESSED,
)
from sms import sender
from sms.contacts import get_or_create_contact
from sms.outbox import queue_outbound
from sms.sender import RELEASED, SenderSettings, send_batch, send_outbound
from tests.conftest import drain
from tests.helpers import delivered_to, inject, wait_for
from workers.dispatcher import dispatch_once

PHONES = [f"+1500555{n:04d}" for n in range(201, 207)]


def add_rows(rt, phones=PHONES, queue=QUEUE_SCHEDULED, kind="reminder"):
    """One row per phone, committed together; returns their ids."""
    with rt.db.transaction() as s:
        ids = []
        for phone in phones:
            contact = get_or_create_contact(s, phone, rt.clock.now())
            message = queue_outbound(
                s, contact, f"Group tonight, {phone[-3:]}", kind=kind, now=rt.clock.now(),
                queue=queue,
            )  # fmt: skip
            ids.append(message.id)
    return ids


def rows(rt, ids) -> list[OutboundMessage]:
    with rt.db.transaction() as s:
        return [s.get(OutboundMessage, message_id) for message_id in ids]


def batch(rt, ids, **options):
    settings = SenderSettings.from_config(rt.config)
    return send_batch(rt.db, rt.gateway, rt.clock, settings, ids, **options)


def creates_per_phone(fake) -> Counter:
    """Messages the fake Twilio created, per phone (refused creates are not in its log)."""
    return Counter(
        r["form"].get("To") for r in fake.state.requests() if r["method"] == "POST" and r["form"]
    )


def test_batch_sends_each_pending_row_once(app, rt, fake_twilio):
    ids = add_rows(rt)
    outcomes = batch(rt, ids + ids[:2])  # a repeated id is still one send
    assert outcomes == dict.fromkeys(ids, "sent")
    assert creates_per_phone(fake_twilio) == Counter(PHONES)
    for message in rows(rt, ids):
        assert message.twilio_sid.startswith("SM") and message.sent_at == rt.clock.now()
        assert (message.attempts, message.next_attempt_at) == (1, None)
    # Status callbacks race the batch's receipts; neither undoes the other.
    wait_for(lambda: {m.status for m in rows(rt, ids)} == {DELIVERED})
    sids = {r["response"]["sid"] for r in fake_twilio.state.requests() if r["method"] == "POST"}
    assert {m.twilio_sid for m in rows(rt, ids)} == sids


def test_a_status_callback_before_the_receipt_is_recorded_is_kept(app, rt, clock, fake_twilio,
                                                                  monkeypatch):  # fmt: skip
    # Twilio can report "delivered" before the batch writes down the SID it got.
    ids = add_rows(rt, PHONES[:2])
    real_send = rt.gateway.send

    def send_then_callback(to, body, callback):
        receipt = real_send(to, body, callback)
        with rt.db.transaction() as s:
            # By id as well as phone: only this batch's row, whatever else the database holds.
            message = s.scalar(
                select(OutboundMessage).where(
                    OutboundMessage.to_phone == to, OutboundMessage.id.in_(ids)
                )
            )
            message.status, message.status_updated_at = DELIVERED, clock.now() - timedelta(1)
        return receipt

    monkeypatch.setattr(rt.gateway, "send", send_then_callback)
    assert batch(rt, ids) == dict.fromkeys(ids, "sent")
    for message in rows(rt, ids):
        assert (message.status, message.status_updated_at) == (
            DELIVERED,
            clock.now() - timedelta(1),
        )
        assert message.twilio_sid.startswith("SM") and message.next_attempt_at is None


def test_second_run_of_a_batch_sends_nothing(app, rt, fake_twilio):
    ids = add_rows(rt)
    batch(rt, ids)
    assert batch(rt, ids) == dict.fromkeys(ids, "not-claimed")
    assert creates_per_phone(fake_twilio) == Counter(PHONES)


def test_rows_claimed_or_sent_by_someone_else_are_skipped(app, rt, clock, fake_twilio):
    sent_elsewhere, claimed_elsewhere, *rest = add_rows(rt)
    settings = SenderSettings.from_config(rt.config)
    assert send_outbound(rt.db, rt.gateway, clock, settings, sent_elsewhere) == "sent"
    first_sid = rows(rt, [sent_elsewhere])[0].twilio_sid
    with rt.db.transaction() as s:  # another worker is talking to Twilio about this one
        s.get(OutboundMessage, claimed_elsewhere).status = SENDING
    outcomes = batch(rt, [sent_elsewhere, claimed_elsewhere, *rest])
    assert outcomes[sent_elsewhere] == outcomes[claimed_elsewhere] == "not-claimed"
    assert [outcomes[message_id] for message_id in rest] == ["sent"] * len(rest)
    assert rows(rt, [sent_elsewhere])[0].twilio_sid == first_sid
    assert rows(rt, [claimed_elsewhere])[0].status == SENDING
    assert creates_per_phone(fake_twilio) == Counter(p for p in PHONES if p != PHONES[1])


def test_opted_out_numbers_are_suppressed_but_help_and_crisis_still_go(app, rt, clock,
                                                                       fake_twilio):  # fmt: skip
    reminder, other = add_rows(rt, PHONES[:2])
    help_reply = add_rows(rt, PHONES[:1], kind="help")[0]
    crisis = add_rows(rt, PHONES[:1], queue=QUEUE_CRISIS, kind="crisis_reply")[0]
    with rt.db.transaction() as s:  # STOP arrived after the rows were queued
        s.scalars(
            select(Contact).where(Contact.phone == PHONES[0])
        ).one().opted_out_at = clock.now()
    outcomes = batch(rt, [reminder, other, help_reply, crisis])
    assert outcomes == {reminder: "suppressed", other: "sent", help_reply: "sent", crisis: "sent"}
    assert rows(rt, [reminder])[0].status == SUPPRESSED
    assert creates_per_phone(fake_twilio) == Counter({PHONES[0]: 2, PHONES[1]: 1})


@pytest.mark.parametrize("error", [429, 500])
def test_transient_error_backs_off_only_that_row(app, rt, clock, fake_twilio, error):
    inject(fake_twilio, error, to=PHONES[2])
    ids = add_rows(rt)
    outcomes = batch(rt, ids)
    assert outcomes[ids[2]] == "retry"
    assert [outcomes[i] for i in ids if i != ids[2]] == ["sent"] * (len(ids) - 1)
    waiting = rows(rt, [ids[2]])[0]
    assert (waiting.status, waiting.attempts) == (PENDING, 1)
    assert waiting.next_attempt_at == clock.now() + timedelta(seconds=5)
    clock.advance(seconds=5)
    assert dispatch_once(rt.db, rt.queues, rt.config, clock.now()).sends == 1
    drain(app)
    assert creates_per_phone(fake_twilio) == Counter(PHONES)  # refused creates are not kept
    assert delivered_to(fake_twilio, PHONES[2]) == ["Group tonight, 203"]
    assert rows(rt, [ids[2]])[0].status != PENDING


def test_permanent_error_fails_only_that_row(app, rt, fake_twilio):
    inject(fake_twilio, 21211, to=PHONES[1])
    inject(fake_twilio, 21610, to=PHONES[3])
    ids = add_rows(rt)
    outcomes = batch(rt, ids)
    assert (outcomes[ids[1]], outcomes[ids[3]]) == ("failed", "failed")
    failed = rows(rt, [ids[1], ids[3]])
    assert [(m.status, m.error_code, m.next_attempt_at) for m in failed] == [
        (FAILED, 21211, None), (FAILED, 21610, None),
    ]  # fmt: skip
    with rt.db.transaction() as s:
        opted_out = {c.phone for c in s.scalars(select(Contact)) if c.opted_out}
    assert opted_out == {PHONES[3]}
    assert [outcomes[i] for i in ids if i not in (ids[1], ids[3])] == ["sent"] * 4


def test_ambiguous_row_is_left_for_the_reconciler_not_resent(app, rt, clock, fake_twilio):
    rt.config["TWILIO_TIMEOUT"] = 0.3
    rt.config["PUBLIC_BASE_URL"] = "http://127.0.0.1:9"  # the status callbacks get lost
    rt.reset_gateway()
    inject(fake_twilio, "timeout", to=PHONES[0], seconds=1.0)
    ids = add_rows(rt)
    outcomes = batch(rt, ids)
    assert outcomes[ids[0]] == "ambiguous"
    doubtful = rows(rt, [ids[0]])[0]
    assert (doubtful.status, doubtful.twilio_sid) == (SENDING, None)
    settle = timedelta(seconds=rt.config["OUTBOX_SENDING_SETTLE"])
    assert doubtful.next_attempt_at == clock.now() + settle
    clock.advance(seconds=rt.config["OUTBOX_SENDING_SETTLE"] + 1)
    assert dispatch_once(rt.db, rt.queues, rt.config, clock.now()).lookups == 1
    drain(app)
    assert rows(rt, [ids[0]])[0].twilio_sid.startswith("SM")
    assert creates_per_phone(fake_twilio) == Counter(PHONES), "found at Twilio, not re-sent"


class Killed(BaseException):
    """The worker process dying (nothing after it runs unless a finally block does)."""


class DyingGateway:
    """The real gateway for `k` sends, then the process dies during the next one."""

    def __init__(self, gateway, k: int, reached_twilio: bool):
        self.gateway, self.k, self.reached_twilio = gateway, k, reached_twilio
        self.calls = 0

    def send(self, to, body, status_callback):
        self.calls += 1
        if self.calls > self.k:
            if self.reached_twilio:  # the create got there; its answer never came back
                self.gateway.send(to, body, status_callback)
            raise Killed()
        return self.gateway.send(to, body, status_callback)

    def find_sent(self, *args):
        return self.gateway.find_sent(*args)


def reconcile_everything(app, rt, clock) -> None:
    """What the dispatcher and workers do after a crash: look up, re-send, settle."""
    for _ in range(3):
        clock.advance(seconds=rt.config["OUTBOX_SENDING_SETTLE"] + 1)
        dispatch_once(rt.db, rt.queues, rt.config, clock.now())
        drain(app)


@pytest.mark.parametrize("reached_twilio", [False, True])
def test_killed_mid_batch_records_what_it_sent_and_gives_back_the_rest(
    app, rt, clock, fake_twilio, reached_twilio
):
    rt.config["PUBLIC_BASE_URL"] = "http://127.0.0.1:9"  # no callbacks: only we settle rows
    ids = add_rows(rt)
    settings = SenderSettings.from_config(rt.config)
    dying = DyingGateway(rt.gateway, k=2, reached_twilio=reached_twilio)
    with pytest.raises(Killed):
        send_batch(rt.db, dying, clock, settings, ids)
    statuses = [m.status for m in rows(rt, ids)]
    # Two answered and recorded on the way out; the third in doubt; the rest never offered.
    assert statuses == [QUEUED, QUEUED, SENDING, PENDING, PENDING, PENDING]
    assert [m.attempts for m in rows(rt, ids)[3:]] == [0, 0, 0]
    reconcile_everything(app, rt, clock)
    assert creates_per_phone(fake_twilio) == Counter(PHONES), "each exactly once"
    assert all(m.twilio_sid for m in rows(rt, ids))


@pytest.mark.parametrize("reached_twilio", [False, True])
def test_hard_kill_mid_batch_never_sends_a_row_twice(app, rt, clock, fake_twilio, monkeypatch,
                                                     reached_twilio):  # fmt: skip
    rt.config["PUBLIC_BASE_URL"] = "http://127.0.0.1:9"
    ids = add_rows(rt)
    settings = SenderSettings.from_config(rt.config)

    def no_more_transactions(*args):  # SIGKILL: not even the finally block gets to the database
        raise Killed()

    monkeypatch.setattr(sender, "_record_batch", no_more_transactions)
    with pytest.raises(Killed):
        send_batch(rt.db, DyingGateway(rt.gateway, 3, reached_twilio), clock, settings, ids)
    monkeypatch.undo()
    assert {m.status for m in rows(rt, ids)} == {SENDING}, "every claimed row in doubt"
    reconcile_everything(app, rt, clock)
    assert creates_per_phone(fake_twilio) == Counter(PHONES), "each exactly once"
    assert all(m.twilio_sid for m in rows(rt, ids))


class TickingClock:
    """A clock that moves `step` forward each time it is read (a slow Twilio)."""

    def __init__(self, start, step: timedelta):
        self.instant, self.step = start, step

    def now(self):
        self.instant += self.step
        return self.instant


def test_a_batch_out_of_time_gives_back_what_it_did_not_offer(app, rt, clock, fake_twilio):
    ids = add_rows(rt)
    settings = SenderSettings.from_config(rt.config)
    ticking = TickingClock(clock.now(), timedelta(seconds=1))
    outcomes = send_batch(rt.db, rt.gateway, ticking, settings, ids, budget=timedelta(seconds=2.5))
    sent = [i for i in ids if outcomes[i] == "sent"]
    released = [i for i in ids if outcomes[i] == RELEASED]
    assert sent == ids[:2] and released == ids[2:]
    for message in rows(rt, released):
        assert (message.status, message.attempts, message.twilio_sid) == (PENDING, 0, None)
    assert batch(rt, released) == dict.fromkeys(released, "sent")
    assert creates_per_phone(fake_twilio) == Counter(PHONES)


def test_a_batch_records_answers_as_it_goes(app, rt, clock, fake_twilio, monkeypatch):
    monkeypatch.setattr(sender, "FLUSH_EVERY", 2)
    recorded = []
    real_record = sender._record_batch

    def spy(db, clock, settings, answers):
        recorded.append(len(answers))
        return real_record(db, clock, settings, answers)

    monkeypatch.setattr(sender, "_record_batch", spy)
    batch(rt, add_rows(rt))
    assert recorded == [2, 2, 2]


def test_a_batch_makes_way_when_urgent_work_waits(app, rt, clock, fake_twilio, monkeypatch):
    monkeypatch.setattr(sender, "FLUSH_EVERY", 2)
    asked = []

    def urgent():
        asked.append(True)
        return len(asked) == 2  # a reply arrives while the second pair is sent

    ids = add_rows(rt)
    outcomes = batch(rt, ids, should_yield=urgent)
    assert [outcomes[i] for i in ids] == ["sent"] * 4 + [RELEASED] * 2
    assert creates_per_phone(fake_twilio) == Counter(PHONES[:4])
