"""Twilio's shapes: message JSON, list pages, error bodies, dates and segment counts."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import format_datetime
from urllib.parse import urlencode

from sms.fake_twilio.state import FakeMessage

API_VERSION = "2010-04-01"
MAX_BODY = 1600  # characters, Twilio's limit for one (concatenated) message

# The GSM 03.38 alphabet: texts made only of these fit 160 to a segment.
GSM_BASIC = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
GSM_EXTENDED = frozenset("^{}\\[~]|€\f")  # each takes two septets


class TwilioError(Exception):
    """An error answer in Twilio's JSON shape."""

    def __init__(self, code: int, message: str, status: int = 400):
        super().__init__(message)
        self.code, self.message, self.status = code, message, status

    def as_json(self) -> dict:
        """The body Twilio sends: code, message, more_info and status."""
        return {
            "code": self.code,
            "message": self.message,
            "more_info": f"https://www.twilio.com/docs/errors/{self.code}",
            "status": self.status,
        }


def rfc2822(value: datetime | None) -> str | None:
    """Format a date the way Twilio's 2010 API does: 'Mon, 23 Nov 2026 18:58:00 +0000'."""
    return format_datetime(value.astimezone(UTC)) if value else None


def count_segments(body: str) -> int:
    """How many SMS segments `body` takes (GSM-7 when it can, else UCS-2)."""
    if all(ch in GSM_BASIC or ch in GSM_EXTENDED for ch in body):
        units = len(body) + sum(ch in GSM_EXTENDED for ch in body)
        single, multi = 160, 153
    else:
        units = len(body.encode("utf-16-le")) // 2  # emoji take two UTF-16 units
        single, multi = 70, 67
    return 1 if units <= single else math.ceil(units / multi)


def message_uri(account_sid: str, sid: str) -> str:
    """The message's own URI, as Twilio writes it."""
    return f"/{API_VERSION}/Accounts/{account_sid}/Messages/{sid}.json"


def message_json(message: FakeMessage, account_sid: str) -> dict:
    """The message resource, field for field as Twilio returns it."""
    uri = message_uri(account_sid, message.sid)
    return {
        "account_sid": account_sid,
        "api_version": API_VERSION,
        "body": message.body,
        "date_created": rfc2822(message.date_created),
        "date_sent": rfc2822(message.date_sent),
        "date_updated": rfc2822(message.date_updated),
        "direction": message.direction,
        "error_code": message.error_code,
        "error_message": message.error_message,
        "from": message.from_,
        "messaging_service_sid": message.messaging_service_sid,
        "num_media": str(message.num_media),
        "num_segments": str(count_segments(message.body)),
        "price": None,
        "price_unit": "USD",
        "sid": message.sid,
        "status": message.status,
        "subresource_uris": {"media": uri.removesuffix(".json") + "/Media.json"},
        "to": message.to,
        "uri": uri,
    }


@dataclass(frozen=True)
class PageRequest:
    """Which page of a list was asked for."""

    path: str
    filters: dict[str, str]  # the query filters, kept for the page links
    page_size: int
    page: int
    page_token: str | None


def paginate(messages: list[FakeMessage], request: PageRequest, account_sid: str) -> dict:
    """One page of `messages` (newest first) in Twilio's list shape.

    Like Twilio, the next page is found by a token naming the last message
    shown ("PA" + SID), so messages created meanwhile do not shift the pages.
    """
    start = _page_start(messages, request)
    items = messages[start : start + request.page_size]
    has_next = start + request.page_size < len(messages)
    return {
        "end": start + max(len(items) - 1, 0),
        "first_page_uri": _page_uri(request, 0, None),
        "messages": [message_json(m, account_sid) for m in items],
        "next_page_uri": _page_uri(request, request.page + 1, "PA" + items[-1].sid)
        if has_next and items
        else None,
        "page": request.page,
        "page_size": request.page_size,
        "previous_page_uri": _page_uri(request, request.page - 1, "PB" + items[0].sid)
        if request.page > 0 and items
        else None,
        "start": start,
        "uri": _page_uri(request, request.page, request.page_token),
    }


def _page_start(messages: list[FakeMessage], request: PageRequest) -> int:
    token = request.page_token or ""
    sids = [m.sid for m in messages]
    if token[:2] == "PA" and token[2:] in sids:
        return sids.index(token[2:]) + 1
    if token[:2] == "PB" and token[2:] in sids:
        return max(sids.index(token[2:]) - request.page_size, 0)
    # No usable token (or its message is gone): fall back to the page number.
    return request.page * request.page_size


def _page_uri(request: PageRequest, page: int, token: str | None) -> str:
    query = {**request.filters, "PageSize": request.page_size, "Page": page}
    if token:
        query["PageToken"] = token
    return f"{request.path}?{urlencode(query)}"
