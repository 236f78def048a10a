"""What the fake accepts and answers, checked against Twilio's own OpenAPI description."""

from __future__ import annotations

import copy
from datetime import UTC, datetime

import pytest
import requests

from sms.fake_twilio import FakeSettings, FakeTwilioServer
from sms.fake_twilio.spec import validate_requests
from tests.fake_twilio.support import (
    ACCOUNT_SID,
    AUTH_TOKEN,
    SERVICE_NUMBER,
    SERVICE_SID,
    Control,
    make_client,
    wait_for,
)

PHONE = "+15551230001"
MESSAGES = f"/2010-04-01/Accounts/{ACCOUNT_SID}/Messages.json"


@pytest.fixture(scope="module")
def typical_records() -> list[dict]:
    """The request log of a typical session through the official client."""
    settings = FakeSettings(
        ACCOUNT_SID, AUTH_TOKEN, SERVICE_NUMBER, None, callback_delay=0.0,
        messaging_service_sid=SERVICE_SID,
    )  # fmt: skip
    with FakeTwilioServer(settings) as fake:
        client = make_client(fake.url)
        first = client.messages.create(
            to=PHONE, from_=SERVICE_NUMBER, body="Hi 👋", status_callback="http://127.0.0.1:9/s?m=1"
        )
        client.messages.create(to=PHONE, messaging_service_sid=SERVICE_SID, body="x" * 400)
        client.messages.create(
            to=PHONE, from_=SERVICE_NUMBER, media_url=["https://example.com/a.png"]
        )
        Control(fake.url).text(PHONE, "thanks")
        wait_for(lambda: client.messages(first.sid).fetch().status == "delivered")
        client.messages.list(to=PHONE, page_size=2)
        client.messages.list(from_=PHONE, date_sent_after=datetime(2020, 1, 1, tzinfo=UTC))
        client.messages.list(limit=1)
        return fake.state.requests()


def test_a_typical_session_matches_twilios_spec(typical_records):
    methods = [r["method"] for r in typical_records]

    assert methods.count("POST") == 3 and methods.count("GET") >= 5
    assert validate_requests(typical_records) == []


def test_the_log_never_keeps_the_auth_token(typical_records):
    assert all(AUTH_TOKEN not in str(record) for record in typical_records)
    assert typical_records[0]["headers"]["Authorization"].startswith("Basic ")


def test_an_unknown_form_field_is_reported(fake):
    # Twilio ignores unknown fields (warning 20001) and so does the fake; the spec check does not.
    requests.post(
        fake.url + MESSAGES,
        data={"To": PHONE, "From": SERVICE_NUMBER, "Body": "hi", "Bodyy": "typo"},
        auth=(ACCOUNT_SID, AUTH_TOKEN),
        timeout=5,
    ).raise_for_status()

    problems = validate_requests(fake.state.requests())

    assert len(problems) == 1 and "Bodyy" in problems[0]


def test_an_unknown_query_parameter_is_reported(fake):
    requests.get(
        fake.url + MESSAGES, params={"To": PHONE, "Sort": "asc"}, auth=(ACCOUNT_SID, AUTH_TOKEN),
        timeout=5,
    ).raise_for_status()  # fmt: skip

    problems = validate_requests(fake.state.requests())

    assert problems == [f"GET {MESSAGES}: unknown query parameter 'Sort'"]


def _create_record(typical_records) -> dict:
    return copy.deepcopy(next(r for r in typical_records if r["method"] == "POST"))


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda r: r["form"].pop("To"), "'To' is a required property"),
        (lambda r: r["form"].update(MessagingServiceSid="MG-not-a-sid"), "does not match"),
        (lambda r: r["form"].update(To="5551230001"), "phone-number"),
        (lambda r: r["headers"].pop("Authorization"), "ecurity"),
        (lambda r: r.update(path=r["path"].replace("Messages", "Messagez")), "not found"),
        (lambda r: r.update(path=r["path"].replace("AC", "XX")), "AccountSid"),
    ],
    ids=["missing-to", "bad-service-sid", "bad-to-format", "no-auth", "unknown-path", "bad-sid"],
)
def test_invalid_requests_are_reported(typical_records, change, expected):
    record = _create_record(typical_records)
    change(record)

    problems = validate_requests([record])

    assert problems and expected.lower() in " ".join(problems).lower(), problems


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda body: body.pop("price"), "'price' is a required property"),
        (lambda body: body.update(status="on its way"), "is not one of"),
        (lambda body: body.update(date_created="2026-11-23"), "date-time-rfc-2822"),
        (lambda body: body.update(num_segments=1), "is not of type 'string'"),
        (lambda body: body.update(sid="XY123"), "does not match"),
        (lambda body: body.update(extra="field"), "Additional properties"),
    ],
    ids=["missing-field", "bad-status", "bad-date", "number-not-string", "bad-sid", "extra-field"],
)
def test_answers_in_the_wrong_shape_are_reported(typical_records, change, expected):
    record = _create_record(typical_records)
    change(record["response"])

    problems = validate_requests([record])

    assert len(problems) == 1 and "answer" in problems[0] and expected in problems[0], problems


def test_an_undocumented_status_code_is_reported(typical_records):
    record = _create_record(typical_records)
    record["status"] = 200  # a create answers 201

    assert any("200" in problem for problem in validate_requests([record]))
