"""Browser tests: the app on a real port, driven by Playwright in Debian's headless Chromium.

Playwright never downloads a browser here: it launches the `chromium` on PATH
(bin/test installs Debian's package). The app runs on SQLite with the fixed
clock and real argon2 hashing; each test gets its own browser context (its own
cookies). `screenshot(page, name)` saves tests/e2e/screenshots/NAME.png, which
is a test artifact, not committed: look at them after a run.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect, sync_playwright

from sms.fake_twilio import FakeSettings, FakeTwilioServer
from tests.conftest import LiveServer, make_test_app, runtime_of
from tests.console.web.support import PASSWORD, build_world

SCREENSHOTS = Path(__file__).resolve().parent / "screenshots"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 375, "height": 740}  # the narrowest screen the console must serve
TIMEOUT_MS = 10_000


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    """One headless Chromium for the whole run."""
    executable = shutil.which("chromium")
    if executable is None:
        pytest.fail("chromium is not on PATH: bin/test installs it (apt-get install chromium)")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def e2e_app(sqlite_url, redis_url):
    """The app on SQLite (the browser tests check pages, not databases)."""
    app = make_test_app(sqlite_url, redis_url)
    yield app
    runtime_of(app).db.dispose()


@pytest.fixture
def server(e2e_app) -> Iterator[LiveServer]:
    """The app on a real port; PUBLIC_BASE_URL points at it."""
    live = LiveServer(e2e_app).start()
    runtime_of(e2e_app).config["PUBLIC_BASE_URL"] = live.url
    yield live
    live.stop()


@pytest.fixture
def world(e2e_app):
    """Programs North and South and one account per role (tests.console.web.support)."""
    return build_world(runtime_of(e2e_app))


@pytest.fixture
def new_page(browser, server):
    """A factory: a page in a fresh browser context (own cookies) at a viewport size."""
    contexts = []

    def make(viewport: dict = DESKTOP) -> Page:
        context = browser.new_context(base_url=server.url, viewport=viewport)
        context.set_default_timeout(TIMEOUT_MS)
        contexts.append(context)
        return context.new_page()

    yield make
    for context in contexts:
        context.close()


@pytest.fixture
def signed_in_page(new_page, world, server):
    """A factory: a page signed in as `role` through the sign-in form, on the home page."""

    def make(role: str, viewport: dict = DESKTOP) -> Page:
        page = new_page(viewport)
        sign_in(page, world.emails[role], PASSWORD)
        expect(page).to_have_url(f"{server.url}/console/")
        return page

    return make


def sign_in(page: Page, email: str, password: str) -> None:
    """Fill in and send the sign-in form, as a person would (found by its labels)."""
    page.goto("/console/sign-in")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_load_state()


def screenshot(page: Page, name: str) -> Path:
    """Save the whole page as tests/e2e/screenshots/NAME.png; returns the path."""
    SCREENSHOTS.mkdir(exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


@pytest.fixture
def fake_twilio(e2e_app, server) -> Iterator[FakeTwilioServer]:
    """The fake Twilio, wired both ways to the live app; its `url` serves the phone page.

    Phones text it (its page, or POST /_fake/inbound) and it posts the app's webhook;
    the app's texts go to it. It reads the app's (fixed) clock, so times agree.
    """
    rt = runtime_of(e2e_app)
    settings = FakeSettings(
        account_sid=rt.config["TWILIO_ACCOUNT_SID"],
        auth_token=rt.config["TWILIO_AUTH_TOKEN"],
        service_number=rt.config["TWILIO_FROM_NUMBER"],
        webhook_url=server.url + "/sms/inbound",
        callback_delay=0.01,
        clock=rt.clock,
    )
    with FakeTwilioServer(settings) as fake:
        rt.config["TWILIO_API_BASE_URL"] = fake.url
        rt.reset_gateway()
        yield fake
