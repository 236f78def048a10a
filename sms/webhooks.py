"""Twilio's webhooks: inbound texts and message status callbacks.

Every request must carry a valid X-Twilio-Signature for PUBLIC_BASE_URL plus
the path; nothing is stored otherwise. A validly signed text is never refused
for what it says (it may be a crisis): it is committed before we answer, then
handled inside the request. Only a request missing MessageSid or From is a
400. Handling errors are logged and retried by a job; Twilio still gets 200.
"""

from __future__ import annotations

import logging
from datetime import timedelta

from flask import Blueprint, Response, abort, request
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from twilio.request_validator import RequestValidator
from twilio.twiml.messaging_response import MessagingResponse

from models import InboundMessage
from runtime import current_runtime
from sms.contacts import get_or_create_contact
from sms.phone import InvalidPhoneNumberError, mask_phone, to_e164
from sms.status import apply_status_callback

log = logging.getLogger(__name__)

bp = Blueprint("sms", __name__, url_prefix="/sms")


@bp.post("/inbound")
def inbound() -> Response:
    """Store an inbound text, handle it, and answer with TwiML."""
    runtime = current_runtime()
    _require_signature(runtime.config)
    sid = request.form.get("MessageSid") or request.form.get("SmsSid")
    sender = (request.form.get("From") or "").strip()
    if not sid or not sender:
        return _bad_request("MessageSid and From are required")
    inbound_id = _store_inbound(runtime, sid, sender)
    if inbound_id is None:
        return _twiml([])  # a retry of a message we already have
    try:
        replies = runtime.handle_inbound(
            runtime.db,
            runtime.clock,
            runtime.config,
            inbound_id,
            gateway=runtime.crisis_gateway,
        )
    except Exception:
        # The text is safe in the database; the dispatcher retries its handling.
        log.exception("handling inbound message %s failed; it will be retried", inbound_id)
        replies = []
    return _twiml(replies or [])


@bp.post("/status")
def status() -> Response:
    """Record a message status callback."""
    runtime = current_runtime()
    _require_signature(runtime.config)
    sid = request.form.get("MessageSid") or request.form.get("SmsSid")
    twilio_status = request.form.get("MessageStatus") or request.form.get("SmsStatus")
    if not sid or not twilio_status:
        return _bad_request("MessageSid and MessageStatus are required")
    with runtime.db.transaction() as session:
        message = apply_status_callback(
            session,
            outbox_id=request.args.get("m"),
            sid=sid,
            twilio_status=twilio_status,
            error_code=request.form.get("ErrorCode"),
            now=runtime.clock.now(),
        )
    if message is None:
        log.info("status callback %s for unknown message %s", twilio_status, sid)
    return Response("", status=200)


def _require_signature(config: dict) -> None:
    """Abort with 403 unless Twilio signed exactly this URL and these parameters."""
    url = config["PUBLIC_BASE_URL"] + request.path
    if request.query_string:
        url += "?" + request.query_string.decode("latin-1")
    signature = request.headers.get("X-Twilio-Signature", "")
    validator = RequestValidator(config["TWILIO_AUTH_TOKEN"])
    if not signature or not validator.validate(url, request.form.to_dict(), signature):
        log.warning("rejected %s: missing or invalid Twilio signature", request.path)
        abort(403)


def _store_inbound(runtime, sid: str, sender: str) -> int | None:
    """Commit the message; return its id, or None when this SID was stored before."""
    now = runtime.clock.now()
    phone = _phone_or_raw(sender, runtime.config["DEFAULT_REGION"])
    try:
        with runtime.db.transaction() as session:
            if session.scalar(select(InboundMessage.id).where(InboundMessage.message_sid == sid)):
                return None
            contact = get_or_create_contact(session, phone, now)
            message = InboundMessage(
                message_sid=sid,
                contact_id=contact.id,
                from_phone=phone,
                to_phone=request.form.get("To"),
                # PostgreSQL text cannot hold NUL; keep the rest exactly as sent.
                body=(request.form.get("Body") or "").replace("\x00", "\ufffd"),
                num_media=_int(request.form.get("NumMedia")),
                received_at=now,
                retry_at=now + timedelta(seconds=runtime.config["INBOUND_RETRY_AFTER"]),
            )
            session.add(message)
            session.flush()
            inbound_id = message.id
    except IntegrityError:
        return None  # the same SID raced in on another request
    log.info("inbound %s from %s stored", inbound_id, mask_phone(phone))
    return inbound_id


def _phone_or_raw(sender: str, region: str) -> str:
    # A signed message from a number phonenumbers does not know is still kept.
    try:
        return to_e164(sender, region)
    except InvalidPhoneNumberError:
        return sender[:20]


def _int(value: str | None) -> int:
    try:
        return max(int(value or 0), 0)
    except ValueError:
        return 0


def _twiml(replies) -> Response:
    response = MessagingResponse()
    base = current_runtime().config["PUBLIC_BASE_URL"]
    for reply in replies:
        response.message(reply.body, action=f"{base}/sms/status?m={reply.message_id}")
    return Response(str(response), mimetype="text/xml")


def _bad_request(reason: str) -> Response:
    return Response(reason + "\n", status=400, mimetype="text/plain")
