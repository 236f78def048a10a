"""A crisis typed over two or three quick texts is answered and paged at the one completing it."""

from sqlalchemy import select

from flows.split_texts import SPLIT_RULE
from models import Escalation, InboundMessage
from tests.flows import crisis_world as w
from tests.helpers import delivered_to


def escalations(rt) -> list[Escalation]:
    with rt.db.transaction() as s:
        return list(s.scalars(select(Escalation)))


def levels(rt) -> list[str]:
    with rt.db.transaction() as s:
        return list(s.scalars(select(InboundMessage.triage_level).order_by(InboundMessage.id)))


def test_a_crisis_split_over_two_texts_is_answered_and_paged_at_the_second(
    app, rt, clock, text_in, fake_twilio
):
    w.build(rt, text_in)
    text_in(w.PARTICIPANT, "i cant")
    assert escalations(rt) == [] and delivered_to(fake_twilio, w.ONCALL) == []
    clock.advance(minutes=1)
    text_in(w.PARTICIPANT, "do this anymore")
    reply = delivered_to(fake_twilio, w.PARTICIPANT)[-1]
    assert "988" in reply and "911" in reply
    [page] = delivered_to(fake_twilio, w.ONCALL)
    assert "ACK" in page
    [escalation] = escalations(rt)
    assert SPLIT_RULE in escalation.rules
    assert levels(rt)[-2:] == ["none", "crisis"]


def test_the_page_quotes_every_text_the_crisis_was_read_from(app, rt, clock, text_in, fake_twilio):
    w.build(rt, text_in, page_includes_text=True)
    text_in(w.PARTICIPANT, "i cant")
    clock.advance(seconds=30)
    text_in(w.PARTICIPANT, "do this anymore")
    [page] = delivered_to(fake_twilio, w.ONCALL)
    assert 'They wrote: "i cant / do this anymore"' in page


def test_a_crisis_split_over_three_texts_in_spanish(app, rt, clock, text_in, fake_twilio):
    w.build(rt, text_in)
    for part in ("ya", "no quiero", "seguir viviendo"):
        text_in(w.PARTICIPANT, part)
        clock.advance(seconds=40)
    assert len(escalations(rt)) == 1
    assert len(delivered_to(fake_twilio, w.ONCALL)) == 1


def test_texts_minutes_apart_are_read_alone(app, rt, clock, text_in, fake_twilio):
    w.build(rt, text_in)
    text_in(w.PARTICIPANT, "i cant")
    clock.advance(minutes=45)
    text_in(w.PARTICIPANT, "do this anymore")
    assert escalations(rt) == []


def test_ordinary_texts_together_stay_ordinary(app, rt, clock, text_in, fake_twilio):
    w.build(rt, text_in)
    for part in ("running late", "traffic is killing me", "see you tonight", "cant wait"):
        text_in(w.PARTICIPANT, part)
        clock.advance(seconds=30)
    assert escalations(rt) == []
    assert delivered_to(fake_twilio, w.ONCALL) == []


def test_a_text_after_a_crisis_is_not_a_new_crisis_because_of_it(
    app, rt, clock, text_in, fake_twilio
):
    w.build(rt, text_in)
    text_in(w.PARTICIPANT, "i want to die")
    clock.advance(minutes=1)
    text_in(w.PARTICIPANT, "ok thank you")
    assert levels(rt)[-2:] == ["crisis", "none"]
    [escalation] = escalations(rt)
    assert SPLIT_RULE not in escalation.rules


def test_a_bug_in_handling_still_answers_a_split_crisis(
    app, rt, clock, text_in, fake_twilio, monkeypatch
):
    import flows.inbound

    w.build(rt, text_in)
    text_in(w.PARTICIPANT, "i cant")
    monkeypatch.setattr(flows.inbound, "handle_crisis", lambda *a, **k: 1 / 0)
    assert text_in(w.PARTICIPANT, "do this anymore").status_code == 200
    assert "988" in delivered_to(fake_twilio, w.PARTICIPANT)[-1]
    assert len(delivered_to(fake_twilio, w.ONCALL)) == 1
    [escalation] = escalations(rt)
    assert SPLIT_RULE in escalation.rules
