"""The Messages API through the official twilio client: shapes, errors, auth, fetch and lists."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from email.utils import parsedate_to_datetime

import pytest
import requests
from twilio.base.exceptions import TwilioRestException

from sms.fake_twilio import FakeSettings, FakeTwilioServer
from tests.fake_twilio.support import (
    ACCOUNT_SID,
    AUTH_TOKEN,
    SERVICE_NUMBER,
    make_client,
    wait_for,
)

PHONE = "+15551230001"
OTHER = "+15551230002"
MESSAGES = f"/2010-04-01/Accounts/{ACCOUNT_SID}/Messages.json"


def raw_get(fake, path: str, **kwargs) -> requests.Response:
    """GET from the fake with the account's credentials, bypassing the client's parsing."""
    return requests.get(fake.url + path, auth=(ACCOUNT_SID, AUTH_TOKEN), timeout=5, **kwargs)


def send(client, to=PHONE, body="Hello there", **kwargs):
    """Create a message from the service number."""
    return client.messages.create(to=to, from_=SERVICE_NUMBER, body=body, **kwargs)


def test_create_answers_twilios_message_shape(fake, client):
    message = send(client, body="Your group meets Thursday at 6")

    assert re.fullmatch(r"SM[0-9a-f]{32}", message.sid)
    assert (message.status, message.direction) == ("queued", "outbound-api")
    assert (message.from_, message.to) == (SERVICE_NUMBER, PHONE)
    assert message.body == "Your group meets Thursday at 6"
    assert message.account_sid == ACCOUNT_SID
    assert (message.num_segments, message.num_media) == ("1", "0")
    assert message.date_sent is None and message.error_code is None and message.price is None
    assert message.price_unit == "USD" and message.api_version == "2010-04-01"
    assert message.messaging_service_sid is None
    assert message.uri == f"/2010-04-01/Accounts/{ACCOUNT_SID}/Messages/{message.sid}.json"
    assert message.subresource_uris == {"media": message.uri.replace(".json", "/Media.json")}
    assert abs(message.date_created - datetime.now(UTC)) < timedelta(seconds=30)


def test_dates_are_rfc_2822_strings_like_twilios(fake, client):
    sid = send(client).sid
    payload = raw_get(fake, f"/2010-04-01/Accounts/{ACCOUNT_SID}/Messages/{sid}.json").json()

    pattern = r"[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} \+0000"
    assert re.fullmatch(pattern, payload["date_created"])
    assert parsedate_to_datetime(payload["date_updated"]).tzinfo is not None
    assert payload["date_sent"] is None or re.fullmatch(pattern, payload["date_sent"])


@pytest.mark.parametrize(
    ("body", "segments"),
    [("a" * 160, "1"), ("a" * 161, "2"), ("[" * 80, "1"), ("é" * 160, "1"), ("ñ😀" * 23, "1"),
     ("😀" * 36, "2"), ("x" * 1600, "11")],
    ids=["160-gsm", "161-gsm", "80-extended", "160-accented-gsm", "ucs2", "emoji", "1600"],
)  # fmt: skip
def test_num_segments_counts_gsm_and_ucs2(client, body, segments):
    assert send(client, body=body).num_segments == segments


@pytest.mark.parametrize(
    ("kwargs", "status", "code"),
    [
        ({"to": "", "from_": SERVICE_NUMBER, "body": "x"}, 400, 21604),
        ({"to": "5551230001", "from_": SERVICE_NUMBER, "body": "x"}, 400, 21211),
        ({"to": "+0123", "from_": SERVICE_NUMBER, "body": "x"}, 400, 21211),
        ({"to": PHONE, "body": "x"}, 400, 21603),
        ({"to": PHONE, "from_": SERVICE_NUMBER}, 400, 21602),
        ({"to": PHONE, "from_": SERVICE_NUMBER, "body": ""}, 400, 21602),
        ({"to": PHONE, "from_": SERVICE_NUMBER, "body": "x" * 1601}, 400, 21617),
        ({"to": PHONE, "from_": "+15005550999", "body": "x"}, 400, 21606),
        ({"to": PHONE, "from_": "Tether", "body": "x"}, 400, 21212),
        ({"to": PHONE, "messaging_service_sid": "MG123", "body": "x"}, 400, 21705),
        ({"to": PHONE, "messaging_service_sid": "MG" + "0" * 32, "body": "x"}, 400, 21701),
        (
            {"to": PHONE, "from_": SERVICE_NUMBER, "body": "x", "status_callback": "nope"},
            400,
            21609,
        ),
    ],
)
def test_invalid_creates_raise_twilios_error(fake, client, kwargs, status, code):
    with pytest.raises(TwilioRestException) as caught:
        client.messages.create(**kwargs)

    assert (caught.value.status, caught.value.code) == (status, code)
    assert fake.state.messages() == [], "nothing was created"
    assert fake.state.requests() == [], "refused requests are not logged as accepted"


def test_error_body_is_exactly_twilios_shape(fake):
    response = requests.post(
        fake.url + MESSAGES,
        data={"To": "not-a-number", "From": SERVICE_NUMBER, "Body": "x"},
        auth=(ACCOUNT_SID, AUTH_TOKEN),
        timeout=5,
    )

    assert response.status_code == 400
    assert response.json() == {
        "code": 21211,
        "message": "Invalid 'To' Phone Number",
        "more_info": "https://www.twilio.com/docs/errors/21211",
        "status": 400,
    }


@pytest.mark.parametrize(
    ("sid", "token"),
    [(ACCOUNT_SID, "wrong-token"), ("AC" + "12" * 16, AUTH_TOKEN), ("ACnot-a-sid", AUTH_TOKEN)],
)
def test_bad_credentials_raise_20003(fake, sid, token):
    client = make_client(fake.url, token=token, sid=sid)

    with pytest.raises(TwilioRestException) as caught:
        send(client)

    assert (caught.value.status, caught.value.code) == (401, 20003)
    assert fake.state.messages() == []


def test_missing_auth_is_refused_and_the_path_sid_must_match(fake):
    no_auth = requests.get(fake.url + MESSAGES, timeout=5)
    other_account = "AC" + "12" * 16
    wrong_path = requests.get(
        fake.url + MESSAGES.replace(ACCOUNT_SID, other_account),
        auth=(ACCOUNT_SID, AUTH_TOKEN),
        timeout=5,
    )

    assert no_auth.status_code == 401 and no_auth.json()["code"] == 20003
    assert no_auth.headers["WWW-Authenticate"].startswith("Basic")
    assert wrong_path.status_code == 401 and wrong_path.json()["code"] == 20003


def test_unknown_resources_and_methods_answer_like_twilio(fake):
    auth = (ACCOUNT_SID, AUTH_TOKEN)
    calls = requests.get(fake.url + MESSAGES.replace("Messages", "Calls"), auth=auth, timeout=5)
    put = requests.put(fake.url + MESSAGES, auth=auth, timeout=5)

    assert (calls.status_code, calls.json()["code"]) == (404, 20404)
    assert (put.status_code, put.json()["code"]) == (405, 20004)


def test_fetch_returns_the_message_and_unknown_sids_raise_20404(client):
    sid = send(client, body="fetch me").sid

    assert client.messages(sid).fetch().body == "fetch me"
    with pytest.raises(TwilioRestException) as caught:
        client.messages("SM" + "0" * 32).fetch()
    assert (caught.value.status, caught.value.code) == (404, 20404)


def test_list_filters_by_to_and_from_newest_first(client, control):
    for n in range(3):
        send(client, body=f"to phone {n}")
    send(client, to=OTHER, body="to other")
    control.text(PHONE, "from phone")

    assert [m.body for m in client.messages.list(to=PHONE)] == [
        "to phone 2",
        "to phone 1",
        "to phone 0",
    ]
    assert [m.body for m in client.messages.list(from_=PHONE)] == ["from phone"]
    assert len(client.messages.list()) == 5


def test_list_pages_through_the_client(fake, client):
    for n in range(5):
        send(client, body=f"n{n}")
    send(client, to=OTHER, body="elsewhere")

    everything = client.messages.list(to=PHONE, page_size=2)
    limited = client.messages.list(to=PHONE, limit=3)

    assert [m.body for m in everything] == ["n4", "n3", "n2", "n1", "n0"]
    assert [m.body for m in limited] == ["n4", "n3", "n2"]
    list_requests = [r for r in fake.state.requests() if r["method"] == "GET"]
    assert len(list_requests) == 3 + 1, "three pages of two, then one page of three"


def test_page_links_follow_twilios_shape(fake, client):
    for n in range(3):
        send(client, body=f"n{n}")

    first = raw_get(fake, MESSAGES, params={"To": PHONE, "PageSize": 2}).json()
    second = raw_get(fake, first["next_page_uri"]).json()

    assert (first["page"], first["page_size"], first["start"], first["end"]) == (0, 2, 0, 1)
    assert first["previous_page_uri"] is None
    assert first["first_page_uri"].startswith(MESSAGES + "?")
    assert (
        "PageToken=PA" in first["next_page_uri"] and "To=%2B15551230001" in first["next_page_uri"]
    )
    assert [m["body"] for m in second["messages"]] == ["n0"]
    assert (second["page"], second["start"], second["end"]) == (1, 2, 2)
    assert second["next_page_uri"] is None and second["previous_page_uri"] is not None
    back = raw_get(fake, second["previous_page_uri"]).json()
    assert [m["body"] for m in back["messages"]] == ["n2", "n1"]


def test_next_page_is_stable_when_new_messages_arrive(client):
    for n in range(4):
        send(client, body=f"n{n}")

    page = client.messages.page(to=PHONE, page_size=2)
    first = [m.body for m in page]
    send(client, body="newer")
    second = [m.body for m in page.next_page()]

    assert (first, second) == (["n3", "n2"], ["n1", "n0"])


def test_malformed_list_parameters_are_refused(fake):
    response = raw_get(fake, MESSAGES, params={"PageSize": "0"})

    assert response.status_code == 400 and response.json()["status"] == 400


class SteppedClock:
    """A clock the test moves by hand."""

    def __init__(self, instant: datetime):
        self.instant = instant

    def now(self) -> datetime:
        return self.instant


def test_date_sent_filters_by_day(receiver):
    clock = SteppedClock(datetime(2026, 3, 1, 12, 0, tzinfo=UTC))
    settings = FakeSettings(
        ACCOUNT_SID, AUTH_TOKEN, SERVICE_NUMBER, None, callback_delay=0.0, clock=clock
    )
    with FakeTwilioServer(settings) as fake:
        client = make_client(fake.url)
        early = send(client, body="early").sid
        wait_for(lambda: fake.state.get_message(early).date_sent)
        clock.instant = datetime(2026, 3, 5, 9, 0, tzinfo=UTC)
        late = send(client, body="late").sid
        wait_for(lambda: fake.state.get_message(late).date_sent)

        def bodies(**filters):
            return [m.body for m in client.messages.list(**filters)]

        assert bodies(date_sent=date(2026, 3, 1)) == ["early"]
        assert bodies(date_sent_before=datetime(2026, 3, 3, tzinfo=UTC)) == ["early"]
        assert bodies(date_sent_after=datetime(2026, 3, 3, tzinfo=UTC)) == ["late"]
        by_day = raw_get(fake, MESSAGES, params={"DateSent>": "2026-03-05"}).json()
        assert [m["body"] for m in by_day["messages"]] == ["late"]
        assert client.messages(early).fetch().date_sent == datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
