"""The inbound and status webhooks: signatures, storage before the 200, and bad input."""

import pytest
from sqlalchemy import func, select

from models import InboundMessage, OutboundMessage
from tests.conftest import sign

PHONE = "+15005550199"


def count(rt, model):
    with rt.db.transaction() as s:
        return s.scalar(select(func.count()).select_from(model))


def inbound_params(sid="SM" + "1" * 32, body="hello", sender=PHONE):
    return {"MessageSid": sid, "From": sender, "To": "+15005550006", "Body": body, "NumMedia": "0"}


def test_signed_text_is_stored_with_its_details(text_in, rt, clock):
    response = text_in(" (500) 555-0199 ", "Hi there 👋", sid="SM" + "a" * 32)
    assert response.status_code == 200
    assert response.mimetype == "text/xml"
    with rt.db.transaction() as s:
        stored = s.scalars(select(InboundMessage)).one()
    assert stored.message_sid == "SM" + "a" * 32
    assert stored.from_phone == PHONE, "stored as E.164"
    assert stored.body == "Hi there 👋"
    assert stored.received_at == clock.now()
    assert stored.processed_at == clock.now()


@pytest.mark.parametrize(
    "signature", ["", "bm9wZQ==", "forged"], ids=["missing", "wrong", "garbage"]
)
def test_unsigned_or_forged_inbound_is_refused_and_not_stored(twilio_post, rt, signature):
    response = twilio_post("/sms/inbound", inbound_params(), signature=signature)
    assert response.status_code == 403
    assert count(rt, InboundMessage) == 0
    assert count(rt, OutboundMessage) == 0


def test_altered_body_breaks_the_signature(client, rt):
    params = inbound_params(body="original")
    url = rt.config["PUBLIC_BASE_URL"] + "/sms/inbound"
    signature = sign(url, params, rt.config["TWILIO_AUTH_TOKEN"])
    response = client.post(
        "/sms/inbound",
        data={**params, "Body": "altered"},
        headers={"X-Twilio-Signature": signature},
    )
    assert response.status_code == 403
    assert count(rt, InboundMessage) == 0


def test_signature_for_another_host_is_refused(client, rt):
    params = inbound_params()
    signature = sign("https://evil.example/sms/inbound", params, rt.config["TWILIO_AUTH_TOKEN"])
    response = client.post("/sms/inbound", data=params, headers={"X-Twilio-Signature": signature})
    assert response.status_code == 403


def test_replayed_message_sid_is_accepted_but_handled_once(text_in, rt):
    first = text_in(PHONE, "HELP", sid="SM" + "b" * 32)
    again = text_in(PHONE, "HELP", sid="SM" + "b" * 32)
    assert first.status_code == again.status_code == 200
    assert count(rt, InboundMessage) == 1
    assert count(rt, OutboundMessage) == 1, "one HELP answer, not two"


@pytest.mark.parametrize("missing", ["MessageSid", "From"])
def test_signed_but_malformed_inbound_is_a_400(twilio_post, rt, missing):
    params = {k: v for k, v in inbound_params().items() if k != missing}
    response = twilio_post("/sms/inbound", params)
    assert response.status_code == 400
    assert missing in response.get_data(as_text=True) or "MessageSid and From" in response.get_data(
        as_text=True
    )
    assert count(rt, InboundMessage) == 0


@pytest.mark.parametrize(
    "body",
    ["x" * 5000, "", "💊💊💊 \u202e\u0000?", "<Response><Message>hi</Message></Response>",
     "'; DROP TABLE contacts; --"],
    ids=["very-long", "empty", "odd-characters", "twiml-lookalike", "sql-lookalike"],
)  # fmt: skip
def test_any_content_is_stored_never_refused(text_in, rt, body):
    response = text_in(PHONE, body)
    assert response.status_code == 200
    with rt.db.transaction() as s:
        assert s.scalars(select(InboundMessage.body)).one() == body.replace("\x00", "\ufffd")


def test_sender_phonenumbers_cannot_parse_is_still_stored(text_in, rt):
    assert text_in("12345", "hi").status_code == 200
    with rt.db.transaction() as s:
        assert s.scalars(select(InboundMessage.from_phone)).one() == "12345"


def test_get_is_not_allowed(client):
    assert client.get("/sms/inbound").status_code == 405


def test_non_form_body_without_signature_is_403_not_500(client):
    response = client.post(
        "/sms/inbound", data=b"\xff\xfe garbage", content_type="application/json"
    )
    assert response.status_code == 403


def test_handling_crash_still_answers_200_and_keeps_the_text(text_in, rt, monkeypatch):
    def broken(*_args):
        raise RuntimeError("bug in a flow")

    monkeypatch.setattr(rt, "handle_inbound", broken)
    response = text_in(PHONE, "hello")
    assert response.status_code == 200
    with rt.db.transaction() as s:
        stored = s.scalars(select(InboundMessage)).one()
    assert stored.processed_at is None and stored.retry_at is not None
