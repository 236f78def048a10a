"""rq jobs: thin wrappers that take ids and call into flows/ and sms/.

They run inside the worker's Flask app context and take every service from
the Runtime, so tests can run them with a SimpleWorker in-process.
"""

from __future__ import annotations

from flows.inbound import process_inbound
from flows.timers import fire_timer as fire
from runtime import current_runtime
from sms.sender import SenderSettings, reconcile_sending, send_outbound


def send_message(message_id: int) -> str:
    """Send outbox row `message_id` (no-op unless it is still pending)."""
    rt = current_runtime()
    settings = SenderSettings.from_config(rt.config)
    return send_outbound(rt.db, rt.gateway, rt.clock, settings, message_id)


def reconcile_message(message_id: int) -> str:
    """Settle an outbox row stuck in `sending` by looking it up at Twilio."""
    rt = current_runtime()
    return reconcile_sending(rt.db, rt.gateway, rt.clock, message_id)


def fire_timer(timer_id: int) -> str:
    """Fire a due timer (no-op if it already fired or its series moved on)."""
    rt = current_runtime()
    return fire(rt.db, rt.clock, rt.config, timer_id)


def handle_inbound(inbound_id: int) -> str:
    """Handle a stored inbound text whose handling in the webhook did not finish."""
    rt = current_runtime()
    replies = process_inbound(rt.db, rt.clock, rt.config, inbound_id, in_webhook=False)
    return "already-handled" if replies is None else "handled"
