"""Running a fake Twilio in a background thread (tests, the simulator, local runs)."""

from __future__ import annotations

import threading

from werkzeug.serving import BaseWSGIServer, make_server

from sms.fake_twilio.factory import create_fake_app
from sms.fake_twilio.rest import DELIVERY_KEY, STATE_KEY
from sms.fake_twilio.settings import FakeSettings
from sms.fake_twilio.state import FakeState


class FakeTwilioServer:
    """A fake Twilio served on 127.0.0.1 from a daemon thread; also a context manager.

    With port 0 (the default) the system picks a free port; `url` tells it.
    A server runs once: after stop() it sends no more callbacks, so make a new one.
    """

    def __init__(self, settings: FakeSettings, port: int = 0):
        self.settings = settings
        self.port = port
        self.app = create_fake_app(settings)
        self._server: BaseWSGIServer | None = None
        self._thread: threading.Thread | None = None
        self._stopped = False

    @property
    def state(self) -> FakeState:
        """The fake's memory (messages, opt-outs, failures, request log)."""
        return self.app.extensions[STATE_KEY]

    @property
    def url(self) -> str:
        """The base URL, e.g. http://127.0.0.1:54321 (only once started)."""
        if self._server is None:
            raise RuntimeError("the fake Twilio is not running; call start() first")
        return f"http://127.0.0.1:{self._server.server_port}"

    def start(self) -> FakeTwilioServer:
        """Start serving; return self."""
        if self._stopped:
            raise RuntimeError("this fake Twilio was stopped; create a new FakeTwilioServer")
        if self._server is not None:
            return self
        self._server = make_server("127.0.0.1", self.port or 0, self.app, threaded=True)
        # A short poll keeps stop() quick (tests start and stop a fake per test).
        self._thread = threading.Thread(
            target=self._server.serve_forever, args=(0.05,), name="fake-twilio", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and sending callbacks; held-back responses end at once."""
        if self._server is None:
            return
        self._stopped = True
        self.state.closing.set()
        self.app.extensions[DELIVERY_KEY].stop()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)
        self._server = self._thread = None

    def __enter__(self) -> FakeTwilioServer:
        return self.start()

    def __exit__(self, *exc_info) -> None:
        self.stop()
