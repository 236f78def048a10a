"""Simulated phones texting the service: the inbound webhook and its TwiML replies.

A text from a simulated phone is stored, applied to the opt-out list and
posted, signed, to the app's webhook with the parameters Twilio sends. Each
<Message> of the TwiML answer is delivered like Twilio delivers it - even to
a number that just opted out, since carriers require the STOP confirmation.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from urllib.parse import urljoin
from xml.etree import ElementTree

import phonenumbers
import requests

from sms.fake_twilio.delivery import ERROR_TEXT, Delivery, Step, post_signed
from sms.fake_twilio.optout import opt_out_type
from sms.fake_twilio.resources import API_VERSION, MAX_BODY, count_segments
from sms.fake_twilio.settings import FakeSettings
from sms.fake_twilio.state import FakeMessage, new_sid

log = logging.getLogger(__name__)

REPLY_STEPS: list[Step] = [("sent", None), ("delivered", None)]


@dataclass(frozen=True)
class TwimlMessage:
    """One <Message> of a TwiML answer."""

    body: str
    to: str | None = None
    from_: str | None = None
    action: str | None = None
    num_media: int = 0


def receive_text(delivery: Delivery, phone: str, body: str, num_media: int = 0) -> dict:
    """Handle a text from `phone`: store it, post the webhook, deliver the replies.

    Returns what the control API answers: the inbound SID, the webhook's HTTP
    status (None when it could not be reached), the reply bodies, and an
    `error` when something went wrong.
    """
    state, settings = delivery.state, delivery.settings
    message = state.add_message(
        direction="inbound",
        from_=phone,
        to=settings.service_number,
        body=body,
        status="received",
        num_media=num_media,
        messaging_service_sid=settings.messaging_service_sid,
    )
    keyword = opt_out_type(body)
    if keyword == "STOP":
        state.block(phone)
    elif keyword == "START":
        state.unblock(phone)
    result = {"sid": message.sid, "webhook_status": None, "replies": []}
    if not settings.webhook_url:
        return {**result, "error": "no webhook_url is configured"}
    return _call_webhook(delivery, message, keyword, result)


def _call_webhook(delivery: Delivery, message: FakeMessage, keyword: str | None, result: dict):
    settings = delivery.settings
    params = inbound_params(message, settings, keyword)
    try:
        response = post_signed(settings.webhook_url, params, settings.auth_token)
    except requests.RequestException as exc:
        log.warning("fake Twilio: webhook %s unreachable: %s", settings.webhook_url, exc)
        return {**result, "error": f"webhook unreachable: {exc.__class__.__name__}"}
    result["webhook_status"] = response.status_code
    if not response.ok:
        # Twilio logs error 11200 and sends nothing when the webhook fails.
        return {**result, "error": f"webhook answered HTTP {response.status_code}"}
    try:
        replies = parse_twiml(response.text)
    except ValueError as exc:
        return {**result, "error": f"webhook answered invalid TwiML: {exc}"}
    # An empty <Message/> is Twilio's error 14103: nothing is sent.
    replies = [reply for reply in replies if reply.body or reply.num_media]
    for reply in replies:
        _deliver_reply(delivery, message.from_, reply)
    return {**result, "replies": [reply.body for reply in replies]}


def inbound_params(
    message: FakeMessage, settings: FakeSettings, keyword: str | None = None
) -> dict[str, str]:
    """The form Twilio posts to the inbound webhook for `message`."""
    params = {
        "MessageSid": message.sid,
        "SmsSid": message.sid,
        "SmsMessageSid": message.sid,
        "AccountSid": settings.account_sid,
        "From": message.from_,
        "To": message.to,
        "Body": message.body,
        "NumMedia": str(message.num_media),
        "NumSegments": str(count_segments(message.body)),
        "SmsStatus": "received",
        "ApiVersion": API_VERSION,
        **_geography("From", message.from_),
        **_geography("To", message.to),
    }
    for index in range(message.num_media):
        params[f"MediaContentType{index}"] = "image/jpeg"
        params[f"MediaUrl{index}"] = _media_url(settings, message)
    if settings.messaging_service_sid:
        params["MessagingServiceSid"] = settings.messaging_service_sid
        if keyword:  # Advanced Opt-Out, which needs a Messaging Service, adds this
            params["OptOutType"] = keyword
    return params


def _geography(prefix: str, number: str) -> dict[str, str]:
    try:
        region = phonenumbers.region_code_for_number(phonenumbers.parse(number))
    except phonenumbers.NumberParseException:
        region = None
    # Fictional 555 numbers belong to no region; Twilio would still say US.
    country = region or ("US" if number.startswith("+1") else "")
    fields = {"Country": country, "State": "", "City": "", "Zip": ""}
    return {prefix + name: value for name, value in fields.items()}


def _media_url(settings: FakeSettings, message: FakeMessage) -> str:
    base = settings.public_url or "https://api.twilio.com"
    return (
        f"{base.rstrip('/')}/{API_VERSION}/Accounts/{settings.account_sid}"
        f"/Messages/{message.sid}/Media/{new_sid('ME')}"
    )


def parse_twiml(text: str) -> list[TwimlMessage]:
    """The <Message> verbs of a TwiML answer; raise ValueError when it is not TwiML."""
    if not text.strip():
        return []  # an empty 200 is Twilio's "no reply"
    try:
        # The app under test wrote this answer; it is not untrusted input.
        root = ElementTree.fromstring(text)  # noqa: S314
    except ElementTree.ParseError as exc:
        raise ValueError(str(exc)) from None
    if root.tag != "Response":
        raise ValueError(f"the root element is <{root.tag}>, not <Response>")
    return [_twiml_message(element) for element in root.findall("Message")]


def _twiml_message(element: ElementTree.Element) -> TwimlMessage:
    body_element = element.find("Body")
    text = body_element.text if body_element is not None else element.text
    return TwimlMessage(
        body=(text or "").strip(),
        to=element.get("to"),
        from_=element.get("from"),
        action=element.get("action") or element.get("statusCallback"),
        num_media=len(element.findall("Media")),
    )


def _deliver_reply(delivery: Delivery, phone: str, reply: TwimlMessage) -> None:
    state, settings = delivery.state, delivery.settings
    to = reply.to or phone
    error_code = _reply_error(delivery, phone, to, reply.body)
    message = state.add_message(
        direction="outbound-reply",
        from_=reply.from_ or settings.service_number,
        to=to,
        body=reply.body,
        status="failed" if error_code else "delivered",
        num_media=reply.num_media,
        messaging_service_sid=settings.messaging_service_sid,
        error_code=error_code,
        error_message=ERROR_TEXT.get(error_code),
    )
    if reply.action:
        steps = [("failed", error_code)] if error_code else REPLY_STEPS
        delivery.report(message, urljoin(settings.webhook_url, reply.action), steps)


def _reply_error(delivery: Delivery, phone: str, to: str, body: str) -> int | None:
    if len(body) > MAX_BODY:
        return 21617
    # Only the texter itself may still get a reply after opting out.
    if to != phone and delivery.state.is_blocked(to):
        return 21610
    return None
