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
    _crisis_gateway: Any = field(default=None, repr=False)

    @property
    def gateway(self):
        """The Twilio gateway (sms.client.TwilioGateway or a test double)."""
        if self._gateway is None:
            self._gateway = self.gateway_factory(self.config)
        return self._gateway

    @property
    def crisis_gateway(self):
        """A gateway with the short CRISIS_SEND_TIMEOUT, for sends made inside a request.

        A slow Twilio must not hold the webhook (and Twilio's 15 s limit) hostage:
        an answer that does not come in time leaves the row for the reconciler.
        """
        if self._crisis_gateway is None:
            timeout = self.config.get("CRISIS_SEND_TIMEOUT", 3.0)
            self._crisis_gateway = self.gateway_factory({**self.config, "TWILIO_TIMEOUT": timeout})
        return self._crisis_gateway

    def reset_gateway(self) -> None:
        """Rebuild the gateways on next use (after TWILIO_* settings change)."""
        self._gateway = None
        self._crisis_gateway = None


def current_runtime() -> Runtime:
    """The Runtime of the current Flask app."""
    return current_app.extensions[EXTENSION_KEY]
