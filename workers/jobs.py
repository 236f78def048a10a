"""rq jobs: thin wrappers that take ids and call into flows/ and sms/.

They run inside the worker's Flask app context and take every service from
the Runtime, so tests can run them with a SimpleWorker in-process.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

from flows.inbound import process_inbound
from flows.timers import fire_timers
from runtime import current_runtime
from sms.pacing import PacingSettings, SendPacer
from sms.sender import RELEASED, SenderSettings, reconcile_sending, send_batch, send_outbound
from workers.queues import enqueue_send_batches, holding_scheduled_sends, urgent_jobs_waiting


def send_message(message_id: int) -> str:
    """Send outbox row `message_id` (no-op unless it is still pending)."""
    rt = current_runtime()
    settings = SenderSettings.from_config(rt.config)
    return send_outbound(rt.db, rt.gateway, rt.clock, settings, message_id)


def send_messages(message_ids: list[int]) -> str:
    """Send the scheduled outbox rows `message_ids` as one batch (those still pending)."""
    return _send_batch(current_runtime(), message_ids)


def reconcile_message(message_id: int) -> str:
    """Settle an outbox row stuck in `sending` by looking it up at Twilio."""
    rt = current_runtime()
    return reconcile_sending(rt.db, rt.gateway, rt.clock, message_id)


def fire_timer(timer_id: int, *more_timer_ids: int) -> str:
    """Fire due timers (each a no-op if it already fired or its series moved on).

    The dispatcher gives one job up to a hundred scheduled timers; the texts
    they queue on the scheduled queue are sent here, as one batch, rather than
    one job each. Crisis timers come one per job; scheduled ones fire many
    per transaction (fire_timers).
    """
    rt = current_runtime()
    with holding_scheduled_sends(rt.queues) as held:
        fired = Counter(fire_timers(rt.db, rt.clock, rt.config, (timer_id, *more_timer_ids)))
        message_ids = held[:]
        held.clear()
    sent = _send_batch(rt, message_ids) if message_ids else "nothing to send"
    return f"{_summary(fired)}; {sent}"


def handle_inbound(inbound_id: int) -> str:
    """Handle a stored inbound text whose handling in the webhook did not finish."""
    rt = current_runtime()
    replies = process_inbound(rt.db, rt.clock, rt.config, inbound_id, in_webhook=False)
    return "already-handled" if replies is None else "handled"


def _send_batch(rt, message_ids: list[int]) -> str:
    settings = SenderSettings.from_config(rt.config)
    pacer = _pacer(PacingSettings.from_config(rt.config))
    outcomes = send_batch(
        rt.db,
        rt.gateway,
        rt.clock,
        settings,
        message_ids,
        should_yield=urgent_jobs_waiting,
        pacer=pacer,
    )
    released = [message_id for message_id, outcome in outcomes.items() if outcome == RELEASED]
    if released:  # at the back of the queue, behind what made this batch stop
        enqueue_send_batches(rt.queues, released)
    return _summary(Counter(outcomes.values()))


@lru_cache(maxsize=4)
def _pacer(settings: PacingSettings) -> SendPacer:
    # One per process: it keeps its Redis connections and what it knows of an outage.
    return SendPacer(settings)


def _summary(counts: Counter) -> str:
    return ", ".join(f"{outcome} {n}" for outcome, n in sorted(counts.items()))
