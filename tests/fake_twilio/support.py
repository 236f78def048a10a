"""Helpers for the fake Twilio's tests: a recording web server, the control API, polling."""

from __future__ import annotations

import socket
import threading

import requests
from twilio.rest import Client
from werkzeug.serving import make_server
from werkzeug.wrappers import Request, Response

from sms.client import RedirectingHttpClient
from tests.helpers import wait_for

ACCOUNT_SID = "AC" + "ab" * 16
AUTH_TOKEN = "fake-twilio-test-token"
SERVICE_NUMBER = "+15005550006"
SERVICE_SID = "MG" + "cd" * 16


def make_client(base_url: str, token: str = AUTH_TOKEN, sid: str = ACCOUNT_SID, timeout=5.0):
    """The official twilio Client, its api.twilio.com requests sent to `base_url`."""
    return Client(sid, token, http_client=RedirectingHttpClient(base_url, timeout))


def closed_port_url() -> str:
    """A URL on 127.0.0.1 where nothing listens (connections are refused)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"


class Receiver:
    """A tiny web server standing in for the app: records every POST, answers as told."""

    def __init__(self):
        self.posts: list[dict] = []
        self._lock = threading.Lock()
        self.status, self.body, self.content_type = 200, "", "text/xml"
        self._server = make_server("127.0.0.1", 0, self._app, threaded=True)
        self._thread = threading.Thread(
            target=self._server.serve_forever, args=(0.01,), daemon=True
        )

    @property
    def url(self) -> str:
        """Base URL, e.g. http://127.0.0.1:5xxxx."""
        return f"http://127.0.0.1:{self._server.server_port}"

    def answer(self, body: str = "", status: int = 200, content_type: str = "text/xml") -> None:
        """Answer every following request with this body and status."""
        self.status, self.body, self.content_type = status, body, content_type

    def start(self) -> Receiver:
        """Start serving in a daemon thread."""
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving."""
        self._server.shutdown()
        self._server.server_close()

    def posts_to(self, path: str) -> list[dict]:
        """The POSTs received at `path`, in arrival order."""
        with self._lock:
            return [post for post in self.posts if post["path"] == path]

    def wait_for_posts(self, path: str, count: int, timeout: float = 5.0) -> list[dict]:
        """Wait until `count` POSTs reached `path`; return them."""
        return wait_for(lambda: len(self.posts_to(path)) >= count and self.posts_to(path), timeout)

    def _app(self, environ, start_response):
        request = Request(environ)
        record = {
            "path": request.path,
            "query": request.query_string.decode(),
            "form": request.form.to_dict(),
            "headers": dict(request.headers),
        }
        with self._lock:
            self.posts.append(record)
        response = Response(self.body, status=self.status, content_type=self.content_type)
        return response(environ, start_response)


class Control:
    """The fake's /_fake/ control API, as a test drives it."""

    def __init__(self, base_url: str):
        self.base_url = base_url

    def text(self, phone: str, body: str, **extra) -> dict:
        """A simulated phone texts the service; return the control API's answer."""
        response = self.post("/_fake/inbound", {"from": phone, "body": body, **extra})
        assert response.status_code == 200, response.text
        return response.json()

    def fail(self, error, **extra) -> None:
        """Inject a failure for the next create(s)."""
        response = self.post("/_fake/failures", {"error": error, **extra})
        assert response.status_code == 201, response.text

    def messages(self, phone: str | None = None, after: int | None = None) -> list[dict]:
        """The messages of `phone` (or all), oldest first."""
        params = {k: v for k, v in (("phone", phone), ("after", after)) if v is not None}
        return self.get("/_fake/messages", params=params).json()

    def get(self, path: str, **kwargs) -> requests.Response:
        """GET a control path."""
        return requests.get(self.base_url + path, timeout=10, **kwargs)

    def post(self, path: str, payload: dict | None = None) -> requests.Response:
        """POST JSON to a control path."""
        return requests.post(self.base_url + path, json=payload or {}, timeout=20)
