"""Simulated phones: the signed inbound webhook, TwiML replies, opt-out and the control API."""

from __future__ import annotations

import re

import pytest
import requests
from twilio.base.exceptions import TwilioRestException
from twilio.request_validator import RequestValidator

from sms.fake_twilio import FakeSettings, FakeTwilioServer
from tests.fake_twilio.support import (
    ACCOUNT_SID,
    AUTH_TOKEN,
    SERVICE_NUMBER,
    SERVICE_SID,
    Control,
    closed_port_url,
    make_client,
)

PHONE = "+15551230001"
COUNSELOR = "+15551239999"


def twiml(*messages: str) -> str:
    """A TwiML answer made of these <Message> elements."""
    return "<?xml version='1.0' encoding='UTF-8'?><Response>" + "".join(messages) + "</Response>"


def send(client, to=PHONE):
    return client.messages.create(to=to, from_=SERVICE_NUMBER, body="Reminder: group at 6")


def test_inbound_text_posts_twilios_signed_webhook(receiver, settings, control):
    result = control.text(PHONE, "Hi, is group still on?")

    (post,) = receiver.posts_to("/sms/inbound")
    form = post["form"]
    assert result["webhook_status"] == 200 and result["replies"] == []
    assert "error" not in result
    assert re.fullmatch(r"SM[0-9a-f]{32}", result["sid"])
    assert form["MessageSid"] == form["SmsSid"] == form["SmsMessageSid"] == result["sid"]
    assert (form["AccountSid"], form["From"], form["To"]) == (ACCOUNT_SID, PHONE, SERVICE_NUMBER)
    assert form["Body"] == "Hi, is group still on?"
    assert (form["NumMedia"], form["NumSegments"], form["ApiVersion"]) == ("0", "1", "2010-04-01")
    assert (form["FromCountry"], form["SmsStatus"]) == ("US", "received")
    assert "MessagingServiceSid" not in form and "OptOutType" not in form
    signature = post["headers"]["X-Twilio-Signature"]
    assert RequestValidator(AUTH_TOKEN).validate(settings.webhook_url, form, signature)


def test_inbound_with_media_lists_media(receiver, control):
    result = control.text(PHONE, "", num_media=2)

    form = receiver.posts_to("/sms/inbound")[0]["form"]
    assert result["sid"].startswith("MM") and form["NumMedia"] == "2"
    assert form["MediaContentType1"] == "image/jpeg" and form["MediaUrl0"].startswith("https://")


def test_twiml_replies_are_delivered_and_recorded(receiver, client, control):
    receiver.answer(twiml("<Message>Thanks, see you at 6</Message>",
                          "<Message><Body>  Reply HELP for help  </Body></Message>"))  # fmt: skip

    result = control.text(PHONE, "yes")
    conversation = control.messages(PHONE)

    assert result["replies"] == ["Thanks, see you at 6", "Reply HELP for help"]
    assert [m["direction"] for m in conversation] == ["inbound", "outbound-reply", "outbound-reply"]
    assert [m["status"] for m in conversation] == ["received", "delivered", "delivered"]
    assert [m["from"] for m in conversation[1:]] == [SERVICE_NUMBER, SERVICE_NUMBER]
    assert conversation[1]["seq"] < conversation[2]["seq"]
    listed = client.messages.list(to=PHONE)
    assert [m.direction for m in listed] == ["outbound-reply", "outbound-reply"]


@pytest.mark.parametrize("answer", ["", "<Response/>", twiml("<Message> </Message>")])
def test_empty_twiml_means_no_reply(receiver, control, answer):
    receiver.answer(answer)

    result = control.text(PHONE, "ok")

    assert result["replies"] == [] and "error" not in result
    assert [m["direction"] for m in control.messages(PHONE)] == ["inbound"]


def test_twiml_action_gets_signed_status_callbacks(receiver, settings, control):
    receiver.answer(twiml('<Message action="/sms/status?m=5">Got it</Message>'))

    control.text(PHONE, "hello")
    posts = receiver.wait_for_posts("/sms/status", 2)

    url = receiver.url + "/sms/status?m=5"
    assert [p["form"]["MessageStatus"] for p in posts] == ["sent", "delivered"]
    assert all(
        RequestValidator(AUTH_TOKEN).validate(url, p["form"], p["headers"]["X-Twilio-Signature"])
        for p in posts
    )
    assert posts[0]["form"]["To"] == PHONE


@pytest.mark.parametrize("stop", ["STOP", "  stop ", "Opt Out", "unsubscribe", "Cancelar", "BAJA"])
@pytest.mark.parametrize("start", ["START", "unstop", "Sí", "yes", "COMENZAR"])
def test_opt_out_keyword_blocks_creates_until_opt_in(client, control, stop, start):
    control.text(PHONE, stop)

    with pytest.raises(TwilioRestException) as caught:
        send(client)
    assert (caught.value.status, caught.value.code) == (400, 21610)
    assert control.get("/_fake/blocked").json() == [PHONE]

    control.text(PHONE, start)
    assert send(client).status == "queued"
    assert control.get("/_fake/blocked").json() == []


@pytest.mark.parametrize("body", ["stop please", "STOP!", "don't stop", "help"])
def test_other_texts_do_not_opt_out(client, control, body):
    control.text(PHONE, body)

    assert send(client).status == "queued"


def test_stop_confirmation_reaches_the_blocked_number(receiver, control):
    receiver.answer(
        twiml("<Message>You will get no more messages. Text START to rejoin.</Message>")
    )

    result = control.text(PHONE, "STOP")

    assert result["replies"] == ["You will get no more messages. Text START to rejoin."]
    assert control.messages(PHONE)[-1]["status"] == "delivered"
    assert control.get("/_fake/blocked").json() == [PHONE]


def test_twiml_message_to_another_number(receiver, control):
    control.text(COUNSELOR, "STOP")  # the counselor's phone opted out earlier
    receiver.answer(twiml(f'<Message to="{COUNSELOR}">Page: someone needs a call</Message>',
                          "<Message>Help is on the way</Message>"))  # fmt: skip

    control.text(PHONE, "I need help now")

    to_counselor = control.messages(COUNSELOR)[-1]
    assert (to_counselor["to"], to_counselor["status"]) == (COUNSELOR, "failed")
    assert to_counselor["error_code"] == 21610, "only the texter still gets replies after STOP"
    assert control.messages(PHONE)[-1]["status"] == "delivered"


def test_unreachable_webhook_is_reported_not_a_500(receiver):
    settings = FakeSettings(ACCOUNT_SID, AUTH_TOKEN, SERVICE_NUMBER, closed_port_url() + "/in")
    with FakeTwilioServer(settings) as fake:
        control = Control(fake.url)
        result = control.text(PHONE, "anyone there?")

        assert result["webhook_status"] is None and result["replies"] == []
        assert "unreachable" in result["error"]
        assert [m["body"] for m in control.messages(PHONE)] == ["anyone there?"]


@pytest.mark.parametrize(
    ("status", "body", "error"),
    [(500, "oops", "HTTP 500"), (200, "not xml", "invalid TwiML"), (200, "<Foo/>", "invalid")],
)
def test_failing_webhook_answers_send_no_reply(receiver, control, status, body, error):
    receiver.answer(body, status=status)

    result = control.text(PHONE, "hello")

    assert result["webhook_status"] == status and result["replies"] == []
    assert error in result["error"]
    assert [m["direction"] for m in control.messages(PHONE)] == ["inbound"]


def test_messaging_service_adds_its_sid_and_opt_out_type(receiver):
    settings = FakeSettings(
        ACCOUNT_SID,
        AUTH_TOKEN,
        SERVICE_NUMBER,
        receiver.url + "/sms/inbound",
        messaging_service_sid=SERVICE_SID,
    )
    with FakeTwilioServer(settings) as fake:
        Control(fake.url).text(PHONE, "stop")
        client = make_client(fake.url)
        with pytest.raises(TwilioRestException):
            client.messages.create(to=PHONE, messaging_service_sid=SERVICE_SID, body="x")
        created = client.messages.create(to=COUNSELOR, messaging_service_sid=SERVICE_SID, body="x")

    form = receiver.posts_to("/sms/inbound")[0]["form"]
    assert (form["MessagingServiceSid"], form["OptOutType"]) == (SERVICE_SID, "STOP")
    assert (created.messaging_service_sid, created.from_) == (SERVICE_SID, SERVICE_NUMBER)


def test_messages_endpoint_filters_by_phone_and_sequence(client, control):
    control.text(PHONE, "one")
    control.text(COUNSELOR, "other phone")
    send(client)
    everything = control.messages()
    mine = control.messages(PHONE)

    assert [m["body"] for m in mine] == ["one", "Reminder: group at 6"]
    assert len(everything) == 3
    seqs = [m["seq"] for m in everything]
    assert seqs == sorted(seqs) and len(set(seqs)) == 3
    assert [m["body"] for m in control.messages(PHONE, after=mine[0]["seq"])] == [
        "Reminder: group at 6"
    ]
    assert set(mine[0]) == {"seq", "sid", "direction", "from", "to", "body", "status",
                            "error_code", "num_media", "date_created"}  # fmt: skip
    assert mine[0]["date_created"].endswith("+00:00")
    typed_by_hand = control.get(f"/_fake/messages?phone={PHONE}").json()
    assert typed_by_hand == mine, "an unencoded + in the URL still finds the phone"


def test_phones_lists_conversations_most_recent_first(client, control):
    control.text(PHONE, "first")
    control.text(COUNSELOR, "second")
    assert control.get("/_fake/phones").json() == [COUNSELOR, PHONE]

    send(client, to=PHONE)
    assert control.get("/_fake/phones").json() == [PHONE, COUNSELOR]


@pytest.mark.parametrize(
    "payload",
    [{"from": "5551230001", "body": "x"}, {"body": "x"}, {"from": PHONE, "body": ""},
     {"from": PHONE, "body": 5}, {"from": PHONE, "body": "x", "num_media": "lots"}],
)  # fmt: skip
def test_inbound_rejects_bad_requests(control, payload):
    response = control.post("/_fake/inbound", payload)

    assert response.status_code == 400 and response.json()["error"]


def test_inbound_accepts_a_form_too(receiver, control):
    posted = requests.post(control.base_url + "/_fake/inbound", data={"from": PHONE, "body": "hi"},
                           timeout=10)  # fmt: skip

    assert posted.status_code == 200 and posted.json()["webhook_status"] == 200
    assert receiver.posts_to("/sms/inbound")[0]["form"]["Body"] == "hi"


def test_reset_clears_messages_blocks_failures_and_log(client, fake, control):
    control.text(PHONE, "STOP")
    control.text(COUNSELOR, "hi")
    send(client, to=COUNSELOR)
    control.fail(500)

    control.post("/_fake/reset")

    assert control.messages() == [] and control.get("/_fake/phones").json() == []
    assert control.get("/_fake/blocked").json() == []
    assert control.get("/_fake/failures").json() == {"failures": []}
    assert control.get("/_fake/requests").json() == []
    assert send(client).status == "queued"
