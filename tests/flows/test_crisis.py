"""Crisis texts: the reply and first page leave inside the request, the chain walks its levels
until someone ACKs by SMS, and nothing scheduled reaches a participant in crisis."""

import re

import requests
from sqlalchemy import select

from flows.runner import START_KIND
from models import Disclosure, OutboundMessage, Timer
from models.escalation import ACKED, OPEN, RESOLVED
from models.timer import schedule_timer
from tests.flows import crisis_world as w
from tests.helpers import delivered_to

CRISIS = "i cant do this anymore i want to die"


def code_in(body: str) -> str:
    return re.search(r"ACK (\d+)", body).group(1)


def test_reply_and_first_page_leave_before_the_webhook_returns(app, rt, clock, text_in,
                                                              fake_twilio):  # fmt: skip
    w.build(rt, text_in)
    response = text_in(w.PARTICIPANT, CRISIS)
    assert response.status_code == 200
    # No worker has run: both texts reached Twilio from inside the request.
    reply = delivered_to(fake_twilio, w.PARTICIPANT)[-1]
    assert "988" in reply and "911" in reply and "counselor" in reply
    [page] = delivered_to(fake_twilio, w.ONCALL)
    assert page.startswith("Tether: URGENT") and "Mari (participant #" in page
    assert w.PARTICIPANT in page and re.search(r"Reply ACK \d{4}$", page)
    assert CRISIS not in page, "the program does not allow quoting"
    assert delivered_to(fake_twilio, w.BACKUP) == []
    esc = w.escalation(rt)
    assert esc.status == OPEN and esc.level == 0
    kinds = [k for k, _ in w.timeline(rt, esc.id)]
    assert kinds[:3] == ["received", "replied", "paged"]


def test_ack_by_sms_stops_the_chain_and_tells_the_participant(app, rt, clock, text_in,
                                                             fake_twilio):  # fmt: skip
    world = w.build(rt, text_in)
    text_in(w.PARTICIPANT, CRISIS)
    code = code_in(delivered_to(fake_twilio, w.ONCALL)[0])
    text_in(w.ONCALL, f"ack {code}")
    w.tick(app, rt, clock, minutes=1)
    for _ in range(12):  # an hour of deadlines that must not fire
        w.tick(app, rt, clock, minutes=5)
    esc = w.escalation(rt)
    assert esc.status == ACKED and esc.acked_by_id == world.oncall_id
    assert delivered_to(fake_twilio, w.BACKUP) == []
    to_participant = delivered_to(fake_twilio, w.PARTICIPANT)
    assert any("a counselor has your message" in b for b in to_participant)
    assert any(f"alert {code} is yours" in b for b in delivered_to(fake_twilio, w.ONCALL))


def test_backup_acks_at_minute_seven_and_resolves_with_a_note(app, rt, clock, text_in,
                                                             fake_twilio):  # fmt: skip
    world = w.build(rt, text_in)
    text_in(w.PARTICIPANT, CRISIS)
    code = code_in(delivered_to(fake_twilio, w.ONCALL)[0])
    w.tick(app, rt, clock, minutes=5)  # the on-call counselor ignores the page
    [backup_page] = delivered_to(fake_twilio, w.BACKUP)
    assert code_in(backup_page) == code
    w.tick(app, rt, clock, minutes=2)
    text_in(w.BACKUP, f"ACK {code}")
    w.tick(app, rt, clock, minutes=10)
    text_in(w.BACKUP, f"RESOLVE {code} called her, she is safe with her sister tonight")
    w.tick(app, rt, clock)
    esc = w.escalation(rt)
    assert esc.status == RESOLVED and esc.resolved_by_id == world.backup_id
    assert esc.resolution_note == "called her, she is safe with her sister tonight"
    assert delivered_to(fake_twilio, w.SUPERVISOR) == []
    assert "Ben Backup" in delivered_to(fake_twilio, w.ONCALL)[-1], "the others hear who has it"
    events = w.timeline(rt, esc.id)
    assert ("acked", world.backup_id) in events and ("resolved", world.backup_id) in events
    assert [k for k, _ in events].count("ack_timeout") == 1


def test_nobody_answering_walks_the_chain_twice_then_resends_988(app, rt, clock, text_in,
                                                                fake_twilio):  # fmt: skip
    world = w.build(rt, text_in)
    text_in(w.PARTICIPANT, CRISIS)
    for _ in range(7):
        w.tick(app, rt, clock, minutes=5)
    esc = w.escalation(rt)
    paged = [s for k, s in w.timeline(rt, esc.id) if k == "paged"]
    chain = [world.oncall_id, world.backup_id, world.supervisor_id]
    assert paged == chain + chain + [world.supervisor_id]
    assert esc.status == OPEN and esc.exhausted_at is not None
    final = delivered_to(fake_twilio, w.SUPERVISOR)[-1]
    assert "nobody has answered" in final
    resend = delivered_to(fake_twilio, w.PARTICIPANT)[-1]
    assert "still trying" in resend and "988" in resend
    w.tick(app, rt, clock, minutes=30)
    assert len(w.texts_to(rt, w.SUPERVISOR, "page")) == 3, "no more pages after the final one"


def test_pass_pages_the_next_level_at_once(app, rt, clock, text_in, fake_twilio):
    w.build(rt, text_in)
    text_in(w.PARTICIPANT, CRISIS)
    code = code_in(delivered_to(fake_twilio, w.ONCALL)[0])
    text_in(w.ONCALL, f"PASS {code}")
    w.tick(app, rt, clock, minutes=0.1)
    assert len(delivered_to(fake_twilio, w.BACKUP)) == 1
    w.tick(app, rt, clock, minutes=4)
    assert len(delivered_to(fake_twilio, w.SUPERVISOR)) == 0, "the backup's own deadline runs"


def test_one_reply_per_ten_minutes_but_every_message_reaches_the_escalation(
    app, rt, clock, text_in, fake_twilio
):
    world = w.build(rt, text_in)
    text_in(w.PARTICIPANT, CRISIS)
    clock.advance(minutes=2)
    text_in(w.PARTICIPANT, "ok thanks")  # not crisis words, but part of the open crisis
    text_in(w.PARTICIPANT, "i want to kill myself")
    assert len(w.texts_to(rt, w.PARTICIPANT, "crisis_reply")) == 1
    assert w.texts_to(rt, w.PARTICIPANT, "crisis_followup") == [], "answered 2 minutes ago"
    esc = w.escalation(rt)
    assert [k for k, _ in w.timeline(rt, esc.id)].count("message") == 2
    code = code_in(delivered_to(fake_twilio, w.ONCALL)[0])
    text_in(w.ONCALL, f"ACK {code}")
    text_in(w.PARTICIPANT, "i have the pills in my hand")
    w.tick(app, rt, clock, minutes=0.1)
    assert any("texted again" in b for b in delivered_to(fake_twilio, w.ONCALL))
    clock.advance(minutes=10)
    text_in(w.PARTICIPANT, CRISIS)
    assert len(w.texts_to(rt, w.PARTICIPANT, "crisis_reply")) == 2
    assert w.escalation(rt).id == esc.id, "one open escalation per number"
    assert world.oncall_id in [s for k, s in w.timeline(rt, esc.id) if k == "acked"]


def test_opted_out_participant_gets_the_attempt_and_the_page_asks_for_a_call(
    app, rt, clock, text_in, fake_twilio
):
    w.build(rt, text_in)
    response = requests.post(f"{fake_twilio.url}/_fake/inbound",
                             json={"from": w.PARTICIPANT, "body": "STOP"}, timeout=10)  # fmt: skip
    assert response.json()["webhook_status"] == 200
    text_in(w.PARTICIPANT, CRISIS)
    [reply] = w.texts_to(rt, w.PARTICIPANT, "crisis_reply")
    assert reply.status == "failed" and reply.error_code == 21610
    [page] = delivered_to(fake_twilio, w.ONCALL)
    assert "did NOT reach them (they opted out" in page and "call now" in page


def test_unknown_number_in_crisis_is_answered_and_pages_the_default_rota(
    app, rt, clock, text_in, fake_twilio
):
    w.build(rt, text_in)
    text_in(w.STRANGER, "my friend took too much and wont wake up")
    assert "911" in delivered_to(fake_twilio, w.STRANGER)[-1]
    esc = w.escalation(rt)
    assert esc.participant_id is None and esc.program_id is None
    # No organization-wide rota exists: the supervisors are the last resort.
    page = delivered_to(fake_twilio, w.SUPERVISOR)[-1]
    assert "an unknown number" in page and w.STRANGER in page


def test_no_scheduled_texts_while_in_crisis_and_they_resume_after_resolve(
    app, rt, clock, text_in, fake_twilio
):
    world = w.build(rt, text_in)
    text_in(w.PARTICIPANT, CRISIS)
    code = code_in(delivered_to(fake_twilio, w.ONCALL)[0])
    text_in(w.ONCALL, f"ACK {code}")
    with rt.db.transaction() as s:
        for minutes in (10, 40):
            schedule_timer(
                s, due_at=clock.now() + _minutes(minutes), kind=START_KIND,
                target=f"participant:{world.participant_id}",
                series=f"test:{minutes}", now=clock.now(),
                payload={"flow": "checkin", "vars": {}},
            )  # fmt: skip
    w.tick(app, rt, clock, minutes=11)
    assert w.texts_to(rt, w.PARTICIPANT, "checkin") == []
    text_in(w.ONCALL, f"RESOLVE {code} safe, follow up at group")
    w.tick(app, rt, clock, minutes=30)
    assert len(w.texts_to(rt, w.PARTICIPANT, "checkin_ask")) == 1


def test_unresolved_crisis_nudges_the_supervisor_daily(app, rt, clock, text_in, fake_twilio):
    w.build(rt, text_in)
    text_in(w.PARTICIPANT, CRISIS)
    code = code_in(delivered_to(fake_twilio, w.ONCALL)[0])
    text_in(w.ONCALL, f"ACK {code}")
    w.tick(app, rt, clock, minutes=60 * 24)
    assert "has been open since" in delivered_to(fake_twilio, w.SUPERVISOR)[-1]
    w.tick(app, rt, clock, minutes=60 * 24)
    assert len(w.texts_to(rt, w.SUPERVISOR, "page_nudge")) == 2
    text_in(w.ONCALL, f"RESOLVE {code} done")
    w.tick(app, rt, clock, minutes=60 * 24)
    assert len(w.texts_to(rt, w.SUPERVISOR, "page_nudge")) == 2


def test_staff_commands_only_from_staff_phones(app, rt, clock, text_in, fake_twilio):
    w.build(rt, text_in)
    text_in(w.PARTICIPANT, CRISIS)
    code = code_in(delivered_to(fake_twilio, w.ONCALL)[0])
    text_in(w.STRANGER, f"ACK {code}")
    text_in(w.PARTICIPANT, f"ACK {code}")
    assert w.escalation(rt).status == OPEN
    text_in(w.ONCALL, "ACK 0000")
    w.tick(app, rt, clock, minutes=0.1)
    assert "no open alert has code 0000" in delivered_to(fake_twilio, w.ONCALL)[-1]
    text_in(w.ONCALL, "list")
    w.tick(app, rt, clock, minutes=0.1)
    assert f"{code} Mari (participant #" in delivered_to(fake_twilio, w.ONCALL)[-1]
    text_in(w.ONCALL, "ack")  # one open alert paged to them: no code needed
    assert w.escalation(rt).status == ACKED


def test_pages_quote_the_text_only_where_the_program_allows(app, rt, clock, text_in,
                                                           fake_twilio):  # fmt: skip
    w.build(rt, text_in, page_includes_text=True)
    text_in(w.PARTICIPANT, CRISIS)
    [page] = delivered_to(fake_twilio, w.ONCALL)
    assert f'They wrote: "{CRISIS}"' in page
    with rt.db.transaction() as s:
        [disclosure] = s.scalars(select(Disclosure)).all()
        assert "message" in disclosure.fields and disclosure.purpose == "medical_emergency"
        assert disclosure.recipient.startswith("Ana Oncall")


def test_crisis_first_page_survives_a_crash_after_the_handling_commit(
    app, rt, clock, text_in, fake_twilio, monkeypatch
):
    w.build(rt, text_in)
    import flows.inbound

    monkeypatch.setattr(flows.inbound, "deliver", lambda *a, **k: None)  # the request died
    text_in(w.PARTICIPANT, CRISIS)
    assert delivered_to(fake_twilio, w.ONCALL) == []
    w.tick(app, rt, clock, minutes=0.2)  # the dispatcher fires the page timer on `crisis`
    assert len(delivered_to(fake_twilio, w.ONCALL)) == 1
    w.tick(app, rt, clock, minutes=0.2)  # and the reply row after its 10 s deadline
    assert "988" in delivered_to(fake_twilio, w.PARTICIPANT)[-1]
    with rt.db.transaction() as s:
        timers = s.scalars(select(Timer).where(Timer.kind == "escalation.page")).all()
        assert [t.status for t in timers] == ["done"]


def _minutes(n):
    from datetime import timedelta

    return timedelta(minutes=n)


def test_someone_not_yet_consented_is_answered_and_escalated(app, rt, clock, text_in,
                                                            fake_twilio):  # fmt: skip
    w.build(rt, text_in, consent=False)
    text_in(w.PARTICIPANT, "i want to end my life")
    assert "988" in delivered_to(fake_twilio, w.PARTICIPANT)[-1]
    assert w.escalation(rt).participant_id is not None
    assert len(delivered_to(fake_twilio, w.ONCALL)) == 1


def test_overdose_reply_gives_the_steps_in_the_participants_language(app, rt, clock, text_in,
                                                                    fake_twilio):  # fmt: skip
    w.build(rt, text_in)
    text_in(w.PARTICIPANT, "my boyfriend took too many pills and hes not breathing right")
    reply = delivered_to(fake_twilio, w.PARTICIPANT)[-1]
    assert "911" in reply and "naloxone" in reply and "breathing" in reply
    assert "may have overdosed" in delivered_to(fake_twilio, w.ONCALL)[-1]
    assert w.escalation(rt).overdose
    text_in(w.STRANGER, "mi hermano tomo demasiadas pastillas y no despierta")
    reply = delivered_to(fake_twilio, w.STRANGER)[-1]
    assert "llame al 911" in reply and "naloxona" in reply


def test_an_overdose_of_ones_own_is_told_not_to_stay_alone(app, rt, clock, text_in,
                                                          fake_twilio):  # fmt: skip
    w.build(rt, text_in)
    text_in(w.PARTICIPANT, "i took way too many pills and my chest feels weird")
    reply = delivered_to(fake_twilio, w.PARTICIPANT)[-1]
    assert "911" in reply and "don't stay alone" in reply, "the person who used reads it too"
    text_in(w.STRANGER, "me tome demasiadas pastillas")
    assert "no se quede solo/a" in delivered_to(fake_twilio, w.STRANGER)[-1]


def test_a_craving_goes_to_the_checkin_and_the_coping_plan(app, rt, clock, text_in,
                                                          fake_twilio):  # fmt: skip
    w.build(rt, text_in)
    text_in(w.PARTICIPANT, "im craving so bad right now, i really want to use")
    w.tick(app, rt, clock, minutes=0.1)
    assert "What's going on" in delivered_to(fake_twilio, w.PARTICIPANT)[-1]
    text_in(w.PARTICIPANT, "lonely")
    w.tick(app, rt, clock, minutes=0.1)
    assert w.texts_to(rt, w.PARTICIPANT, "coping_plan"), "their coping plan (or a default one)"
    assert w.escalation(rt) is None, "a craving is not a crisis"


def test_a_bug_in_handling_still_answers_and_pages_a_crisis(app, rt, clock, text_in,
                                                           fake_twilio, monkeypatch):  # fmt: skip
    import flows.inbound

    w.build(rt, text_in)
    real = flows.inbound.handle_crisis
    monkeypatch.setattr(flows.inbound, "handle_crisis", lambda *a, **k: 1 / 0)
    assert text_in(w.PARTICIPANT, CRISIS).status_code == 200
    assert "988" in delivered_to(fake_twilio, w.PARTICIPANT)[-1]
    assert len(delivered_to(fake_twilio, w.ONCALL)) == 1
    monkeypatch.setattr(flows.inbound, "handle_crisis", real)  # fixed; the retry runs
    w.tick(app, rt, clock, minutes=0.1)
    assert len(w.texts_to(rt, w.PARTICIPANT, "crisis_reply")) == 1, "no second reply"
    assert len(w.texts_to(rt, w.ONCALL, "page")) == 1, "no second page"
    kinds = [k for k, _ in w.timeline(rt, w.escalation(rt).id)]
    assert "handling_failed" in kinds and "message" in kinds


def test_a_reply_that_fails_later_pages_again_asking_for_a_call(app, rt, clock, text_in,
                                                               fake_twilio):  # fmt: skip
    from sms.status import apply_status_callback

    w.build(rt, text_in)
    text_in(w.PARTICIPANT, CRISIS)
    [reply] = w.texts_to(rt, w.PARTICIPANT, "crisis_reply")
    with rt.db.transaction() as s:  # the carrier reports it undelivered after the page went out
        # The fake's own callbacks may already have said "delivered"; start from "sent" so
        # the undelivered report is news whichever order they arrived in.
        s.get(OutboundMessage, reply.id).status = "sent"
        apply_status_callback(s, outbox_id=str(reply.id), sid=reply.twilio_sid,
                              twilio_status="undelivered", error_code="30003",
                              now=clock.now())  # fmt: skip
    w.tick(app, rt, clock, minutes=0.1)
    to_oncall = delivered_to(fake_twilio, w.ONCALL)
    assert any("did not arrive (carrier error 30003)" in b for b in to_oncall)
    assert "reply_failed" in [k for k, _ in w.timeline(rt, w.escalation(rt).id)]


def test_what_they_write_while_the_crisis_is_open_goes_to_it_not_to_the_menu(
    app, rt, clock, text_in, fake_twilio
):
    w.build(rt, text_in)
    text_in(w.PARTICIPANT, CRISIS)
    code = code_in(delivered_to(fake_twilio, w.ONCALL)[0])
    text_in(w.ONCALL, f"ACK {code}")
    replies = len(delivered_to(fake_twilio, w.PARTICIPANT))
    text_in(w.PARTICIPANT, "thanks")
    assert len(delivered_to(fake_twilio, w.PARTICIPANT)) == replies, (
        "just answered: no second reply, and never 'sorry, I didn't get that'"
    )
    assert w.texts_to(rt, w.ONCALL, "page_update"), "the counselor who has it is told"
    clock.advance(minutes=15)
    text_in(w.PARTICIPANT, "ok im at my sisters place now")
    followup = delivered_to(fake_twilio, w.PARTICIPANT)[-1]
    assert "passed on to the counselor" in followup and "988" in followup and "911" in followup
    assert len(w.texts_to(rt, w.ONCALL, "page_update")) == 2
    assert [k for k, _staff in w.timeline(rt, w.escalation(rt).id)].count("message") == 2
    assert w.texts_to(rt, w.PARTICIPANT, "fallback") == []
    text_in(w.ONCALL, f"RESOLVE {code} safe with her sister")
    text_in(w.PARTICIPANT, "what time is group")
    assert w.texts_to(rt, w.PARTICIPANT, "fallback"), "resolved: texts are handled as usual"


def test_an_unknown_number_in_crisis_is_not_told_the_number_is_for_participants(
    app, rt, clock, text_in, fake_twilio
):
    w.build(rt, text_in)
    text_in(w.STRANGER, CRISIS)
    clock.advance(minutes=12)
    text_in(w.STRANGER, "hello?")
    assert w.texts_to(rt, w.STRANGER, "unknown_sender") == []
    assert "passed on to the counselor" in delivered_to(fake_twilio, w.STRANGER)[-1]
