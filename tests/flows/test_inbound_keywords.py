"""STOP, START, HELP and YES, and the one-time note to unknown numbers, as a texter sees them."""

import pytest
from sqlalchemy import select

from models import Contact, InboundMessage, OutboundMessage
from models.message import PENDING, QUEUED, SUPPRESSED
from sms.outbox import queue_outbound
from tests.helpers import twiml_bodies

PHONE = "+15005550177"
STOP_WORDS = ["STOP", "stopall", "Unsubscribe", "cancel", "END", "quit", "revoke", "optout",
              "Opt out", "PARAR", "alto", "Baja", "cancelar"]  # fmt: skip


def outbox(rt):
    with rt.db.transaction() as s:
        return list(s.scalars(select(OutboundMessage).order_by(OutboundMessage.id)))


def contact(rt, phone=PHONE):
    with rt.db.transaction() as s:
        return s.scalars(select(Contact).where(Contact.phone == phone)).one()


@pytest.mark.parametrize("word", STOP_WORDS)
def test_each_stop_word_opts_out_with_one_confirmation(text_in, rt, clock, word):
    response = text_in(PHONE, word)
    replies = twiml_bodies(response)
    assert len(replies) == 1
    assert "no more messages" in replies[0] or "no recibira mas mensajes" in replies[0]
    assert replies[0].startswith(rt.config["PROGRAM_DISPLAY_NAME"] + ":")
    assert contact(rt).opted_out_at == clock.now()
    rows = outbox(rt)
    assert [(m.kind, m.channel, m.status) for m in rows] == [
        ("opt_out_confirmation", "twiml", QUEUED)
    ]


def test_spanish_stop_word_confirms_in_spanish(text_in):
    replies = twiml_bodies(text_in(PHONE, "Parar"))
    assert "no recibira mas mensajes" in replies[0]


def test_after_stop_nothing_but_crisis_is_sent(text_in, rt, clock):
    text_in(PHONE, "STOP")
    with rt.db.transaction() as s:
        c = s.scalars(select(Contact).where(Contact.phone == PHONE)).one()
        reminder = queue_outbound(s, c, "See you Thursday", kind="reminder", now=clock.now(),
                                  queue="scheduled")  # fmt: skip
        crisis = queue_outbound(s, c, "Call or text 988", kind="crisis", now=clock.now(),
                                queue="crisis")  # fmt: skip
    assert reminder.status == SUPPRESSED
    assert crisis.status == PENDING


def test_unrelated_text_after_stop_gets_no_reply(text_in, rt):
    text_in(PHONE, "STOP")
    response = text_in(PHONE, "what is this")
    assert twiml_bodies(response) == []
    assert len(outbox(rt)) == 1, "only the STOP confirmation"


@pytest.mark.parametrize("word", ["START", "unstop", "Comenzar", "yes", "Sí"])
def test_opt_in_words_resubscribe_with_confirmation(text_in, rt, clock, word):
    text_in(PHONE, "STOP")
    clock.advance(minutes=5)
    text_in(PHONE, word)
    c = contact(rt)
    assert c.opted_out_at is None and c.opted_in_at == clock.now()
    last = outbox(rt)[-1]
    assert (last.kind, last.channel, last.status) == ("opt_in_confirmation", "api", PENDING)
    assert "subscribed again" in last.body or "suscrito de nuevo" in last.body


def test_yes_while_subscribed_is_not_an_opt_in(text_in, rt):
    text_in(PHONE, "hello")  # unknown-sender note
    text_in(PHONE, "yes")
    kinds = [m.kind for m in outbox(rt)]
    assert "opt_in_confirmation" not in kinds
    assert contact(rt).opted_in_at is None


def test_start_while_subscribed_confirms(text_in, rt):
    text_in(PHONE, "START")
    assert [m.kind for m in outbox(rt)] == ["opt_in_confirmation"]


@pytest.mark.parametrize(
    ("word", "language_marker"),
    [("HELP", "In crisis"), ("info", "In crisis"), ("Ayuda", "En crisis")],
)
def test_help_answers_with_disclosures(text_in, rt, word, language_marker):
    text_in(PHONE, word)
    (reply,) = outbox(rt)
    assert reply.kind == "help" and reply.channel == "api" and reply.status == PENDING
    assert language_marker in reply.body and "988" in reply.body
    assert rt.config["SUPPORT_PHONE"] in reply.body


def test_help_from_an_opted_out_number_is_answered_in_twiml(text_in, rt):
    text_in(PHONE, "STOP")
    replies = twiml_bodies(text_in(PHONE, "HELP"))
    assert len(replies) == 1 and "988" in replies[0]
    assert contact(rt).opted_out, "HELP does not opt back in"


def test_unknown_number_gets_one_polite_note(text_in, rt):
    text_in(PHONE, "hi who is this")
    text_in(PHONE, "hello??")
    text_in(PHONE, "anyone")
    rows = outbox(rt)
    assert [m.kind for m in rows] == ["unknown_sender"]
    assert "enrolled participants" in rows[0].body and "HELP" in rows[0].body


def test_unknown_note_is_per_number(text_in, rt):
    text_in(PHONE, "hi")
    text_in("+15005550178", "hi")
    assert sorted(m.to_phone for m in outbox(rt)) == [PHONE, "+15005550178"]


def test_text_whose_handling_crashed_is_handled_by_the_retry_job(app, text_in, rt, clock,
                                                                 monkeypatch):  # fmt: skip
    from tests.conftest import drain
    from workers.dispatcher import dispatch_once

    real = rt.handle_inbound
    monkeypatch.setattr(rt, "handle_inbound", lambda *a, **k: 1 / 0)
    assert twiml_bodies(text_in(PHONE, "STOP")) == []
    monkeypatch.setattr(rt, "handle_inbound", real)
    assert dispatch_once(rt.db, rt.queues, rt.config, clock.now()).inbound_retries == 0
    clock.advance(seconds=rt.config["INBOUND_RETRY_AFTER"])
    assert dispatch_once(rt.db, rt.queues, rt.config, clock.now()).inbound_retries == 1
    with rt.db.transaction() as s:
        inbound_id = s.scalars(select(InboundMessage.id)).one()
    rt.queues.enqueue("replies", "workers.jobs.handle_inbound", inbound_id)  # a duplicate retry
    drain(app, queues=("replies",))  # sends go to 127.0.0.1:9 and back off: fine here
    assert contact(rt).opted_out
    (confirmation,) = outbox(rt)
    assert confirmation.kind == "opt_out_confirmation" and confirmation.channel == "api"


def test_staff_phone_is_told_what_the_line_is_for_once(text_in, rt, runner):
    runner.invoke(args=["staff", "add", "--phone", "+15005550170", "--name", "Sam",
                        "--role", "counselor"])  # fmt: skip
    text_in("+15005550170", "hi is this working?")
    text_in("+15005550170", "ok")
    rows = outbox(rt)
    assert [m.kind for m in rows] == ["staff_line"]
    assert "staff line" in rows[0].body and "enrolled participants" not in rows[0].body
