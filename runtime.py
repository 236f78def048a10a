"""The wired-up services one process uses, built by create_app() and nothing else.

Blueprints, jobs and CLI commands reach it with `current_runtime()`; it is
the one place they get the database, the clock, the queues and the Twilio
gateway from, so tests can swap any of them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from flask import current_app

EXTENSION_KEY = "tether"


@dataclass
class Runtime:
    """Services of one process. `gateway` is built on first use (no I/O at import)."""

    config: dict
    db: Any  # database.Database
    clock: Any  # clock.SystemClock | clock.FixedClock
    queues: Any  # workers.queues.Queues
    handle_inbound: Callable  # flows.inbound.handle_inbound
    gateway_factory: Callable[[dict], Any]
    _gateway: Any = field(default=None, repr=False)

    @property
    def gateway(self):
        """The Twilio gateway (sms.client.TwilioGateway or a test double)."""
        if self._gateway is None:
            self._gateway = self.gateway_factory(self.config)
        return self._gateway

    def reset_gateway(self) -> None:
        """Rebuild the gateway on next use (after TWILIO_* settings change)."""
        self._gateway = None


def current_runtime() -> Runtime:
    """The Runtime of the current Flask app."""
    return current_app.extensions[EXTENSION_KEY]
