"""Benchmark: send throughput of the real path against a bare twilio-client loop.

    .venv/bin/python -m bench.sending [--database-url URL] [--n 2000]

N pending outbox rows (their send jobs enqueued by the outbox hook) are sent
by one TetherWorker in burst mode: rq job -> sms.sender.send_outbound (claim,
API call, receipt) -> the official twilio client -> the project's fake Twilio,
served from a thread of this process. The baseline is a bare loop calling
`client.messages.create` with the same arguments against the same fake, in
the same single process; it runs before and after the worker and the mean is
used. Status callbacks are held back past the end of the run (both sides), so
only the send path is measured.
"""

from __future__ import annotations

import logging

from redis import Redis
from sqlalchemy import func, select

from bench.common import (
    START,
    Row,
    database_label,
    fresh_database,
    machine,
    make_app,
    parse_args,
    report,
    reserved_redis,
    runtime_of,
    stopwatch,
)
from models import Contact, OutboundMessage
from models.message import QUEUE_SCHEDULED, QUEUED, QUEUES
from sms.client import TwilioGateway
from sms.fake_twilio import FakeSettings, FakeTwilioServer
from sms.outbox import queue_outbound
from sms.sender import SenderSettings, send_outbound
from workers.cli import TetherWorker

DEFAULT_N = 2000
TARGET_RATIO = 0.70
CALLBACK_DELAY = 3600.0  # seconds: no status callback competes with the sends measured
BODY = "Hi Pat, group is at 6:00 PM tonight at 123 Main St. Reply C to confirm."


def start_fake(rt) -> FakeTwilioServer:
    """The fake Twilio on a free port, with the app's Twilio client pointed at it."""
    logging.getLogger("werkzeug").setLevel(logging.WARNING)  # a log line per request is noise
    settings = FakeSettings(
        account_sid=rt.config["TWILIO_ACCOUNT_SID"],
        auth_token=rt.config["TWILIO_AUTH_TOKEN"],
        service_number=rt.config["TWILIO_FROM_NUMBER"],
        webhook_url=None,
        callback_delay=CALLBACK_DELAY,
    )
    fake = FakeTwilioServer(settings).start()
    rt.config["TWILIO_API_BASE_URL"] = fake.url
    rt.reset_gateway()
    return fake


def add_pending_texts(rt, n: int, first: int = 0) -> tuple[list[str], list[int]]:
    """N outbox rows to N numbers; the outbox hook enqueues their send jobs on commit.

    Returns the phones and the rows' ids.
    """
    phones = [f"+1404{first + i:07d}" for i in range(n)]
    ids = []
    with rt.db.transaction() as session:
        for phone in phones:
            contact = Contact(phone=phone, created_at=START)
            session.add(contact)
            session.flush()
            message = queue_outbound(
                session, contact, BODY, kind="scheduled_text", now=START, queue=QUEUE_SCHEDULED
            )
            ids.append(message.id)
    return phones, ids


def noop(message_id: int) -> str:
    """A job that does nothing: what rq alone costs per job."""
    return "ok"


def direct_loop(rt, message_ids: list[int]) -> float:
    """send_outbound for each row, called in a plain loop (no rq); return seconds."""
    settings = SenderSettings.from_config(rt.config)
    with stopwatch() as timing:
        for message_id in message_ids:
            send_outbound(rt.db, rt.gateway, rt.clock, settings, message_id)
    return timing["seconds"]


def noop_jobs(app, rt, n: int) -> float:
    """Enqueue N no-op jobs and run them with the worker; return seconds."""
    rt.queues.enqueue_many(QUEUE_SCHEDULED, "bench.sending.noop", [(i,) for i in range(n)])
    return worker_burst(app, rt)


def bare_loop(rt, phones: list[str]) -> float:
    """Create one message per phone with the twilio client alone; return seconds."""
    client = TwilioGateway(rt.config).client
    callback = rt.config["PUBLIC_BASE_URL"] + "/sms/status?m={}"
    sender = rt.config["TWILIO_FROM_NUMBER"]
    with stopwatch() as timing:
        for index, phone in enumerate(phones):
            client.messages.create(
                to=phone, body=BODY, status_callback=callback.format(index), from_=sender
            )
    return timing["seconds"]


def worker_burst(app, rt) -> float:
    """Run one TetherWorker in burst mode over every queue; return seconds."""
    connection = rt.queues.worker_connection()
    with app.app_context():
        worker = TetherWorker(
            [rt.queues.queue(q, connection) for q in QUEUES], connection=connection
        )
        with stopwatch() as timing:
            worker.work(burst=True, logging_level="WARNING")
    connection.close()
    return timing["seconds"]


def sent_count(rt) -> int:
    """Outbox rows Twilio (the fake) accepted."""
    with rt.db.transaction() as session:
        return session.scalar(select(func.count()).where(OutboundMessage.status == QUEUED))


def run(database_url: str, redis_url: str, n: int) -> tuple[dict, list[Row]]:
    """Set up, measure, and return the report's context and rows."""
    app = make_app(database_url, redis_url)
    rt = runtime_of(app)
    fake = start_fake(rt)
    try:
        phones, _ = add_pending_texts(rt, n)
        bare_before = bare_loop(rt, phones)
        worker_s = worker_burst(app, rt)
        _, direct_ids = add_pending_texts(rt, n, first=n)
        Redis.from_url(redis_url).flushdb()  # their jobs: these rows are sent without rq
        direct_s = direct_loop(rt, direct_ids)
        noop_s = noop_jobs(app, rt, n)
        bare_after = bare_loop(rt, phones)
        sent, creates = sent_count(rt), len(fake.state.requests())
    finally:
        fake.stop()
        rt.db.dispose()
    if sent != 2 * n or creates != 4 * n:
        raise SystemExit(f"expected {2 * n} sent and {4 * n} creates, got {sent} and {creates}")
    bare_rate = n / ((bare_before + bare_after) / 2)
    rate = n / worker_s
    context = {
        **machine(),
        "database": database_label(database_url),
        "workers": "1 (TetherWorker, burst, in-process; the fake Twilio in a thread)",
        "processes": 1,
        "messages": n,
        "bare loop before / after": f"{n / bare_before:.0f} / {n / bare_after:.0f} msg/s",
    }
    rows = [
        Row(
            f"send {n} texts through the worker",
            rate,
            "msg/s",
            f">= {TARGET_RATIO:.0%} of the bare loop",
            rate >= TARGET_RATIO * bare_rate,
            bare_rate,
            "bare client.messages.create loop",
        ),
        Row(
            "time per text through the worker",
            1000 * worker_s / n,
            "ms",
            baseline=1000 / bare_rate,
            baseline_name="bare loop",
        ),
        Row(
            "of which send_outbound (2 transactions + the API call), no rq",
            1000 * direct_s / n,
            "ms",
            baseline=1000 / bare_rate,
            baseline_name="bare loop",
        ),
        Row("of which rq's own cost per job (a no-op job)", 1000 * noop_s / n, "ms"),
    ]
    return context, rows


def main_with(database_url: str | None, n: int, json_path: str | None) -> None:
    """Run in a fresh database and Redis database, print the report."""
    with fresh_database(database_url) as url, reserved_redis() as redis_url:
        context, rows = run(url, redis_url, n)
    report("bench.sending", context, rows, json_path)


def main() -> None:
    """Parse the options and run."""
    args = parse_args(__doc__.splitlines()[0], DEFAULT_N)
    main_with(args.database_url, args.n, args.json_path)


if __name__ == "__main__":
    main()
