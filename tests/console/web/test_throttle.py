"""Sign-in throttling with the fixed clock: slowed after 5 failures, never locked."""

from __future__ import annotations

import pytest

from console.web import throttle
from flows.admin import users
from tests.console.web.support import PASSWORD, sign_in

WRONG = "not the password"


def attempt(app, email, password=WRONG, address="203.0.113.5"):
    """One sign-in from a fresh browser at `address`."""
    client = app.test_client()
    client.environ_base["REMOTE_ADDR"] = address
    return sign_in(client, email, password)


def fail_times(app, email, count, **kwargs) -> None:
    for _ in range(count):
        assert attempt(app, email, **kwargs).status_code == 401


def fail_waiting_each_time(app, clock, email, count) -> None:
    """`count` failures, each after waiting out the delay the ones before it earned."""
    for done in range(count):
        clock.advance(seconds=throttle.delay_after(done))
        assert attempt(app, email).status_code == 401


@pytest.mark.parametrize(
    ("failures", "delay"), [(0, 0), (4, 0), (5, 1), (6, 2), (7, 4), (10, 32), (11, 60), (40, 60)]
)
def test_delay_doubles_after_five_failures_up_to_a_minute(failures, delay):
    assert throttle.delay_after(failures) == delay


def test_after_five_failures_each_attempt_waits_longer(app, clock, world):
    email = world.emails["counselor"]
    fail_times(app, email, 5)
    refused = attempt(app, email)
    assert refused.status_code == 429 and refused.headers["Retry-After"] == "1"
    assert "Wait 1 second, then try again." in refused.get_data(as_text=True)
    clock.advance(seconds=1)
    assert attempt(app, email).status_code == 401  # checked: the 6th failure
    clock.advance(seconds=1)
    refused = attempt(app, email)
    assert refused.status_code == 429 and "Wait 1 second" in refused.get_data(as_text=True)
    clock.advance(seconds=1)
    assert attempt(app, email).status_code == 401  # the 7th: now 4 s
    assert attempt(app, email).headers["Retry-After"] == "4"


def test_a_refused_attempt_checks_no_password_and_a_right_one_works_after_the_wait(
    app, clock, world, monkeypatch
):
    email = world.emails["counselor"]
    fail_waiting_each_time(app, clock, email, 11)  # the longest wait: a minute
    checked = []
    real = users.authenticate
    monkeypatch.setattr("console.web.auth.authenticate", lambda *a: checked.append(a) or real(*a))
    during = attempt(app, email, PASSWORD)
    assert during.status_code == 429 and "Wait 60 seconds" in during.get_data(as_text=True)
    clock.advance(seconds=30)
    assert "Wait 30 seconds" in attempt(app, email, PASSWORD).get_data(as_text=True)
    assert checked == []  # refused before the password was looked at
    clock.advance(seconds=30)
    assert attempt(app, email, PASSWORD).status_code == 302  # never locked out
    assert len(checked) == 1


def test_a_success_forgets_that_emails_failures(app, clock, world):
    email = world.emails["staff"]
    fail_times(app, email, 5, address="198.51.100.1")
    clock.advance(seconds=1)
    assert attempt(app, email, PASSWORD, address="198.51.100.2").status_code == 302
    fail_times(app, email, 4, address="198.51.100.2")  # counting starts again


def test_failures_from_one_address_slow_every_email_from_it(app, clock, world):
    for n in range(5):
        assert attempt(app, f"guess{n}@example.org").status_code == 401
    refused = attempt(app, world.emails["admin"], PASSWORD)
    assert refused.status_code == 429
    assert attempt(app, world.emails["admin"], PASSWORD, address="192.0.2.9").status_code == 302


def test_failures_for_one_email_slow_it_from_every_address(app, world):
    for n in range(5):
        attempt(app, world.emails["staff"], address=f"192.0.2.{n}")
    assert attempt(app, world.emails["staff"], PASSWORD, address="192.0.2.99").status_code == 429


def test_failures_older_than_fifteen_minutes_do_not_count(app, clock, world):
    email = world.emails["staff"]
    fail_times(app, email, 4)
    clock.advance(minutes=15, seconds=1)
    fail_times(app, email, 4)  # 8 in all, 4 of them recent: no wait yet
    assert attempt(app, email, PASSWORD).status_code == 302


def test_the_address_is_the_hop_the_proxy_added(app, world):
    for n in range(5):
        client = app.test_client()
        client.environ_base["HTTP_X_FORWARDED_FOR"] = f"10.0.0.{n}, 203.0.113.77"
        sign_in(client, f"guess{n}@example.org", WRONG)
    assert attempt(app, world.emails["admin"], PASSWORD, address="203.0.113.77").status_code == 429
