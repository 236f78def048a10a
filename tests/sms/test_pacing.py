"""Scheduled sends keep to SCHEDULED_SEND_RATE per sender; crisis texts and replies never wait."""

import logging
import time
from collections import Counter
from datetime import timedelta

import pytest
from redis import Redis

from config import ConfigError, load_config
from models import OutboundMessage
from models.message import PENDING, QUEUE_CRISIS, QUEUE_REPLIES, QUEUE_SCHEDULED
from sms.contacts import get_or_create_contact
from sms.outbox import queue_outbound
from sms.pacing import KEY_PREFIX, PacingSettings, SendPacer
from sms.sender import RELEASED, SenderSettings, send_batch, send_outbound
from tests.conftest import drain

PHONES = [f"+1500555{n:04d}" for n in range(400, 412)]


def add_rows(rt, phones, queue=QUEUE_SCHEDULED) -> list[int]:
    """One row per phone on `queue`, committed together; returns their ids."""
    with rt.db.transaction() as s:
        return [
            queue_outbound(s, get_or_create_contact(s, phone, rt.clock.now()),
                           f"Group tonight, {phone[-2:]}", kind="reminder",
                           now=rt.clock.now(), queue=queue).id
            for phone in phones
        ]  # fmt: skip


def pacer_for(rt, rate: str | None) -> SendPacer:
    rt.config["SCHEDULED_SEND_RATE"] = rate
    return SendPacer.from_config(rt.config)


def batch(rt, ids, **options):
    settings = SenderSettings.from_config(rt.config)
    return send_batch(rt.db, rt.gateway, rt.clock, settings, ids, **options)


def stamp_sends(rt, windows_seen: list[bool] | None = None) -> list[float]:
    """Make the app's gateway note the time.monotonic() of each create it makes (and,
    into `windows_seen`, whether the pacer's window was in Redis at that moment)."""
    stamps, gateway = [], rt.gateway

    class Stamping:
        def send(self, to, body, status_callback):
            stamps.append(time.monotonic())
            if windows_seen is not None:
                windows_seen.append(bool(pacing_keys(rt)))
            return gateway.send(to, body, status_callback)

    rt._gateway = Stamping()
    return stamps


def most_in_any_second(stamps: list[float]) -> int:
    # 10 ms of slack: the pacer's window is stamped a moment before the create is.
    return max(sum(start <= t < start + 0.99 for t in stamps) for start in stamps)


def creates_per_phone(fake) -> Counter:
    return Counter(r["form"]["To"] for r in fake.state.requests() if r["method"] == "POST")


def pacing_keys(rt) -> list[bytes]:
    return Redis.from_url(rt.config["REDIS_URL"]).keys(f"{KEY_PREFIX}*")


def statuses(rt, ids) -> list[str]:
    with rt.db.transaction() as s:
        return [s.get(OutboundMessage, message_id).status for message_id in ids]


def test_scheduled_texts_go_out_at_the_rate_each_once(app, rt, fake_twilio):
    rt.config["SCHEDULED_SEND_RATE"] = "5/second"
    windows_seen: list[bool] = []
    stamps = stamp_sends(rt, windows_seen)
    ids = add_rows(rt, PHONES)  # one batch job, run by a real worker
    assert drain(app) == 1
    assert creates_per_phone(fake_twilio) == Counter(PHONES)
    assert len(stamps) == 12
    assert most_in_any_second(stamps) == 5
    assert all(status != PENDING for status in statuses(rt, ids))
    # Looked at while sending: the window expires a second after the last send, and on a
    # loaded machine that second can pass before the test gets to look afterwards.
    assert all(windows_seen), "the window lives in Redis, shared by every worker"


def test_crisis_texts_and_replies_go_at_once_while_the_window_is_full(app, rt, fake_twilio):
    pacer = pacer_for(rt, "2/minute")
    assert pacer.wait_for_slot() and pacer.wait_for_slot()
    assert not pacer.wait_for_slot(timeout=0.2), "the window is full for a minute"
    crisis = add_rows(rt, PHONES[:1], queue=QUEUE_CRISIS)[0]
    replies = add_rows(rt, PHONES[1:3], queue=QUEUE_REPLIES)
    started = time.monotonic()
    assert send_outbound(rt.db, rt.gateway, rt.clock, SenderSettings.from_config(rt.config),
                         crisis) == "sent"  # fmt: skip
    assert time.monotonic() - started < 0.5
    assert batch(rt, replies, pacer=pacer) == dict.fromkeys(replies, "sent"), "never paced"
    assert time.monotonic() - started < 1.0
    assert creates_per_phone(fake_twilio) == Counter(PHONES[:3])


def test_urgent_work_while_waiting_for_a_slot_releases_the_rest(app, rt, fake_twilio):
    pacer = pacer_for(rt, "2/minute")
    asked = []

    def urgent_work_arrives():
        asked.append(time.monotonic())
        return len(asked) >= 3  # on its third look, while the batch waits for a slot

    ids = add_rows(rt, PHONES[:5])
    started = time.monotonic()
    outcomes = batch(rt, ids, pacer=pacer, should_yield=urgent_work_arrives)
    assert time.monotonic() - started < 2.0, "it gave up at once, not after the minute"
    assert len(asked) == 3 and asked[2] - asked[0] < 0.5, "asked every 100 ms while waiting"
    assert [outcomes[i] for i in ids] == ["sent", "sent", RELEASED, RELEASED, RELEASED]
    assert statuses(rt, ids[2:]) == [PENDING] * 3
    assert creates_per_phone(fake_twilio) == Counter(PHONES[:2])


def test_a_batch_whose_budget_ends_while_waiting_releases_the_rest(app, rt, fake_twilio):
    pacer = pacer_for(rt, "1/minute")
    ids = add_rows(rt, PHONES[:3])
    outcomes = batch(rt, ids, pacer=pacer, budget=timedelta(seconds=0.3))
    assert [outcomes[i] for i in ids] == ["sent", RELEASED, RELEASED]
    assert statuses(rt, ids[1:]) == [PENDING] * 2
    assert creates_per_phone(fake_twilio) == Counter(PHONES[:1])


def test_without_a_rate_nothing_is_paced_nor_written_to_redis(app, rt, fake_twilio):
    assert rt.config["SCHEDULED_SEND_RATE"] is None, "off by default"
    pacer = SendPacer.from_config(rt.config)
    assert not pacer.enabled and pacer.wait_for_slot(should_stop=lambda: True, timeout=0)
    add_rows(rt, PHONES)
    assert drain(app) == 1  # the job builds its pacer from the same config
    assert creates_per_phone(fake_twilio) == Counter(PHONES)
    assert pacing_keys(rt) == []


def test_redis_failing_lets_texts_go_with_one_warning(caplog, monkeypatch):
    monkeypatch.setattr("sms.pacing.UNPACED_AFTER_ERROR", 0.0)  # ask the dead Redis each time
    pacer = SendPacer(PacingSettings("redis://127.0.0.1:9/0", "1/minute", "+15005550006"))
    with caplog.at_level(logging.WARNING, logger="sms.pacing"):
        started = time.monotonic()
        assert all(pacer.wait_for_slot() for _ in range(5))
        assert time.monotonic() - started < 3.0
    assert len(caplog.records) == 1 and "unpaced" in caplog.text
    assert "5550006" not in caplog.text


def test_the_sender_is_the_messaging_service_when_there_is_one():
    base = {"REDIS_URL": "redis://x", "SCHEDULED_SEND_RATE": "1/second"}
    assert PacingSettings.from_config({**base, "TWILIO_FROM_NUMBER": "+15005550006"}).sender == (
        "+15005550006"
    )
    service = "MG" + "a" * 32
    settings = PacingSettings.from_config(
        {**base, "TWILIO_FROM_NUMBER": "+15005550006", "TWILIO_MESSAGING_SERVICE_SID": service}
    )
    assert settings.sender == service


def test_the_rate_is_read_at_startup():
    assert load_config({})["SCHEDULED_SEND_RATE"] is None
    assert load_config({"SCHEDULED_SEND_RATE": "30/minute"})["SCHEDULED_SEND_RATE"] == "30/minute"


@pytest.mark.parametrize("value", ["fast", "1/fortnight", "0/second", "1/second;30/minute"])
def test_a_bad_rate_stops_startup_naming_the_setting(value):
    with pytest.raises(ConfigError, match="SCHEDULED_SEND_RATE must be one rate like 1/second"):
        load_config({"SCHEDULED_SEND_RATE": value})
