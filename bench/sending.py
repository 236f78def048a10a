"""Benchmark: send throughput of the batched scheduled path against a bare twilio-client loop.

    .venv/bin/python -m bench.sending [--database-url URL] [--n 2000]

Everything runs in this one process: one TetherWorker (rq's SimpleWorker, no
fork) in burst mode, and the project's fake Twilio served from a thread. The
baseline is a bare loop calling `client.messages.create` with the same
arguments against the same fake, in the same process. Status callbacks are
held back past the end of the run (both sides), so only the send path is
measured. The machine is shared and its load drifts, so each of the three
target parts runs in ROUNDS rounds of N / ROUNDS, each round right after a
bare-loop round of the same size; a part's ratio is of its rounds' total
against the bare rounds beside it, and each round's ratio is printed too.
Each timed part starts on a settled heap (bench.common.settle_heap), so a
full garbage collection of the fake's request log does not land in one
round and not the next.
The worker's seconds run from its first job's start to its last job's end
(see worker_burst): not its start-up, nor rq's burst-mode exit.

- batched: N scheduled outbox rows committed together, as a broadcast or a
  fire job queues them; the outbox hook enqueues their `send_messages` jobs,
  SEND_BATCH rows each; the worker sends them (sms.sender.send_batch: one
  claim transaction per batch, answers recorded every FLUSH_EVERY sends);
- from due timers: N `text` timers due at one instant, claimed by dispatcher
  passes (timed on their own), then fired (FIRE_CHUNK per transaction) and
  sent by the worker in `fire_timer` jobs of FIRE_BATCH timers, each sending
  its texts as one batch;
- from due reminders: N active participants whose session reminder (a
  `flow.start` timer, what the planner schedules) is due now, fired and sent
  the same way; each starts the reminder flow (participant locked, crisis
  check, conversation, the text, its wait timer), so this is the figure the
  schedules issue's target is about;
- per row (the path before this change, still the one crisis texts and
  replies take): N scheduled rows with one `send_message` job each;
- where the time goes: send_batch in a plain loop (no rq), and a no-op rq job.
"""

from __future__ import annotations

import logging
import secrets
from datetime import timedelta

from redis import Redis
from rq.job import Job
from sqlalchemy import func, insert, select

from bench.common import (
    START,
    Row,
    analyze,
    database_label,
    fresh_database,
    machine,
    make_app,
    parse_args,
    report,
    reserved_redis,
    runtime_of,
    settle_heap,
    stopwatch,
)
from flows.runner import START_KIND, plan_series
from flows.timers import FIRE_CHUNK
from models import Contact, OutboundMessage, Participant, Timer
from models.message import QUEUE_SCHEDULED, QUEUED, QUEUES
from models.participant import ACTIVE
from models.timer import DONE, PENDING
from sms.client import TwilioGateway
from sms.fake_twilio import FakeSettings, FakeTwilioServer
from sms.outbox import queue_outbound
from sms.sender import SenderSettings, send_batch
from workers.cli import TetherWorker
from workers.dispatcher import FIRE_BATCH, dispatch_once
from workers.queues import SEND_BATCH

DEFAULT_N = 2000
ROUNDS = 8
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


def phones_from(first: int, n: int) -> list[str]:
    """N numbers, distinct for each part of the run."""
    return [f"+1404{first + i:07d}" for i in range(n)]


def add_contacts(rt, phones: list[str]) -> list[int]:
    """A contact per phone (bulk setup); their ids in the phones' order."""
    with rt.db.transaction() as session:
        session.execute(insert(Contact), [{"phone": p, "created_at": START} for p in phones])
        ids = dict(session.execute(select(Contact.phone, Contact.id)).all())
    return [ids[p] for p in phones]


def add_pending_texts(rt, phones: list[str]) -> list[int]:
    """A scheduled outbox row per phone, committed together; returns the rows' ids.

    On commit the outbox hook enqueues their send_messages jobs.
    """
    contact_ids = add_contacts(rt, phones)
    with rt.db.transaction() as session:
        contacts = session.scalars(select(Contact).where(Contact.id.in_(contact_ids))).all()
        by_id = {c.id: c for c in contacts}
        ids = [
            queue_outbound(
                session, by_id[cid], BODY, kind="scheduled_text", now=START, queue=QUEUE_SCHEDULED
            ).id
            for cid in contact_ids
        ]
    return ids


def add_due_timers(rt, phones: list[str]) -> None:
    """A `text` timer per phone, all due at START (bulk setup)."""
    rows = [
        {
            "due_at": START,
            "kind": "text",
            "target": f"contact:{contact_id}",
            "payload": {"body": BODY},
            "series": f"bench:{contact_id}",
            "version": 0,
            "status": PENDING,
            "attempts": 0,
            "created_at": START,
        }
        for contact_id in add_contacts(rt, phones)
    ]
    with rt.db.transaction() as session:
        session.execute(insert(Timer), rows)


def noop(message_id: int) -> str:
    """A job that does nothing: what rq alone costs per job."""
    return "ok"


def flush_redis(rt) -> None:
    """Drop every queued job (setup enqueued some the part measured does not want)."""
    Redis.from_url(rt.config["REDIS_URL"]).flushdb()


def bare_loop(rt, phones: list[str]) -> float:
    """Create one message per phone with the twilio client alone; return seconds."""
    client = TwilioGateway(rt.config).client
    callback = rt.config["PUBLIC_BASE_URL"] + "/sms/status?m={}"
    sender = rt.config["TWILIO_FROM_NUMBER"]
    settle_heap()
    with stopwatch() as timing:
        for index, phone in enumerate(phones):
            client.messages.create(
                to=phone, body=BODY, status_callback=callback.format(index), from_=sender
            )
    return timing["seconds"]


def worker_burst(app, rt) -> float:
    """Run one TetherWorker in burst mode over every queue; return the seconds of its jobs.

    Timed by rq's own job timestamps, from the first job's start to the last
    job's end (dequeues between jobs included): a long-running worker starts
    once, and rq's burst-mode shutdown waits up to 1 s for its pubsub thread,
    which some rounds hit and others do not. Neither is part of sending, as
    building the twilio client is not part of the bare loop.
    """
    connection = rt.queues.worker_connection()
    before = _finished_job_ids(rt, connection)
    settle_heap()
    with app.app_context():
        worker = TetherWorker(
            [rt.queues.queue(q, connection) for q in QUEUES], connection=connection
        )
        worker.work(burst=True, logging_level="WARNING")
    jobs = Job.fetch_many(sorted(_finished_job_ids(rt, connection) - before), connection)
    connection.close()
    if not jobs or any(job is None for job in jobs):
        raise SystemExit("the worker finished no job, or a finished job is gone")
    first, last = min(j.started_at for j in jobs), max(j.ended_at for j in jobs)
    return (last - first).total_seconds()


def _finished_job_ids(rt, connection) -> set[str]:
    ids: set[str] = set()
    for name in QUEUES:
        queue = rt.queues.queue(name, connection)
        if queue.failed_job_registry.count:
            raise SystemExit(f"a job failed on {name}: the figures would mean nothing")
        ids.update(queue.finished_job_registry.get_job_ids())
    return ids


def batched(app, rt, phones: list[str]) -> float:
    """The target: pending scheduled rows sent by their send_messages jobs; return seconds."""
    add_pending_texts(rt, phones)
    analyze(rt.db)
    return worker_burst(app, rt)


def from_timers(app, rt, phones: list[str], dispatching: dict) -> float:
    """Due text timers claimed by dispatcher passes (their seconds and passes added to
    `dispatching`), then fired and sent by the worker; return the worker's seconds."""
    add_due_timers(rt, phones)
    analyze(rt.db)
    done_before = count_timers(rt, DONE)
    with stopwatch() as timing:
        dispatching["passes"] = dispatching.get("passes", 0) + dispatch_all(rt, START)
    dispatching["seconds"] = dispatching.get("seconds", 0.0) + timing["seconds"]
    sending = worker_burst(app, rt)
    if count_timers(rt, DONE) - done_before != len(phones):
        raise SystemExit(f"expected {len(phones)} timers fired")
    return sending


def dispatch_all(rt, now) -> int:
    """Run dispatcher passes until one enqueues no timer; return how many enqueued some."""
    passes = 0
    while dispatch_once(rt.db, rt.queues, rt.config, now).timers:
        passes += 1
    return passes


def count_timers(rt, status: str) -> int:
    """How many timers have `status`."""
    with rt.db.transaction() as session:
        return session.scalar(select(func.count()).where(Timer.status == status))


def add_due_reminders(rt, phones: list[str]) -> None:
    """An active participant per phone, their session reminder (a flow.start timer) due now.

    Now by the runtime's real clock: a reminder more than the grace period late is skipped.
    """
    now = rt.clock.now()
    session_at = (now + timedelta(hours=2)).isoformat()
    with rt.db.transaction() as session:
        participants = [
            Participant(contact_id=contact_id, name="Pat Doe", timezone="America/New_York",
                        status=ACTIVE, consent_at=START, calendar_token=secrets.token_urlsafe(24),
                        created_at=START, plan_steps=[], policy_overrides={})
            for contact_id in add_contacts(rt, phones)
        ]  # fmt: skip
        session.add_all(participants)
        session.flush()
        session.execute(insert(Timer), [
            {"due_at": now, "kind": START_KIND, "target": f"participant:{p.id}",
             "payload": {"flow": "reminder", "vars": {"session_at": session_at, "place": "Room 4"}},
             "series": plan_series(p.id), "version": 0, "status": PENDING, "attempts": 0,
             "created_at": START}
            for p in participants
        ])  # fmt: skip


def from_reminders(app, rt, phones: list[str]) -> float:
    """Due session reminders, the real scheduled path: claimed, fired (each starts the
    reminder flow: participant locked, crisis check, conversation, its text and its
    wait timer) and sent by the worker; return the worker's seconds."""
    add_due_reminders(rt, phones)
    analyze(rt.db)
    dispatch_all(rt, rt.clock.now())
    return worker_burst(app, rt)


def per_row(app, rt, phones: list[str]) -> float:
    """The path before batching: one send_message job per scheduled row; return seconds."""
    ids = add_pending_texts(rt, phones)
    flush_redis(rt)  # the hook's batch jobs; one job per row instead:
    rt.queues.enqueue_many(QUEUE_SCHEDULED, "workers.jobs.send_message", [(i,) for i in ids])
    return worker_burst(app, rt)


def direct(rt, phones: list[str]) -> float:
    """send_batch on SEND_BATCH rows at a time in a plain loop (no rq); return seconds."""
    ids = add_pending_texts(rt, phones)
    flush_redis(rt)
    settings = SenderSettings.from_config(rt.config)
    settle_heap()
    with stopwatch() as timing:
        for first in range(0, len(ids), SEND_BATCH):
            batch = ids[first : first + SEND_BATCH]
            send_batch(rt.db, rt.gateway, rt.clock, settings, batch)
    return timing["seconds"]


def noop_jobs(app, rt, n: int) -> float:
    """Enqueue N no-op jobs and run them with the worker; return seconds."""
    rt.queues.enqueue_many(QUEUE_SCHEDULED, "bench.sending.noop", [(i,) for i in range(n)])
    return worker_burst(app, rt)


def check(rt, fake, rows: int, bare: int) -> None:
    """Fail loudly unless each row went out once: one create per row, none to a row's number twice.

    The bare loops' creates (phones of their own) are the rest of the log.
    """
    with rt.db.transaction() as session:
        sent = session.scalar(select(func.count()).where(OutboundMessage.status == QUEUED))
        total = session.scalar(select(func.count()).select_from(OutboundMessage))
    creates = [r["form"]["To"] for r in fake.state.requests() if r["method"] == "POST"]
    if sent != rows or total != sent or len(creates) != rows + bare:
        raise SystemExit(f"expected {rows} rows sent, {rows + bare} creates; "
                         f"got {sent} of {total} rows, {len(creates)} creates")  # fmt: skip
    if len(set(creates)) != len(creates):
        raise SystemExit("some number got two creates: a row was sent twice")


class Interleaved:
    """Parts measured in rounds, each round right after a bare-loop round of the same size.

    The machine is shared and its load drifts, so a part's ratio is of its
    rounds' total against the total of the bare rounds run beside them; each
    round's ratio is kept too, to show the noise. Every phone is used once.
    """

    def __init__(self, app, rt, n: int):
        self.app, self.rt, self.size = app, rt, n // ROUNDS
        self.next_phone = 0
        self.bare_sends = 0

    def phones(self) -> list[str]:
        """A round's numbers, never used before in this run."""
        return self.phones_for(self.size)

    def phones_for(self, n: int) -> list[str]:
        """N numbers never used before in this run."""
        first, self.next_phone = self.next_phone, self.next_phone + n
        return phones_from(first, n)

    def measure(self, part) -> tuple[float, float, list[str]]:
        """(bare seconds, part seconds, each round's ratio) of ROUNDS rounds of `part`."""
        bare_s = part_s = 0.0
        ratios = []
        for _round in range(ROUNDS):
            bare = bare_loop(self.rt, self.phones())
            self.bare_sends += self.size
            seconds = part(self.app, self.rt, self.phones())
            ratios.append(f"{bare / seconds:.2f}")
            bare_s, part_s = bare_s + bare, part_s + seconds
        return bare_s, part_s, ratios


def run(database_url: str, redis_url: str, n: int) -> tuple[dict, list[Row]]:
    """Set up, measure, and return the report's context and rows."""
    n -= n % ROUNDS
    app = make_app(database_url, redis_url)
    rt = runtime_of(app)
    fake = start_fake(rt)
    dispatching: dict = {}
    try:
        runs = Interleaved(app, rt, n)
        measured = {
            "batched": runs.measure(batched),
            "timers": runs.measure(lambda a, r, p: from_timers(a, r, p, dispatching)),
            "reminders": runs.measure(from_reminders),
        }
        per_row_s = per_row(app, rt, runs.phones_for(n))
        direct_s = direct(rt, runs.phones_for(n))
        noop_s = noop_jobs(app, rt, n)
        check(rt, fake, rows=5 * n, bare=runs.bare_sends)
    finally:
        fake.stop()
        rt.db.dispose()
    bare_s = sum(bare for bare, _part, _ratios in measured.values())
    bare_rate = 3 * n / bare_s
    bare_ms = 1000 / bare_rate
    context = {
        **machine(),
        "database": database_label(database_url),
        "workers": "1 TetherWorker (rq SimpleWorker, no fork, burst) in this process; "
        "the fake Twilio in a thread of it",
        "processes": "1 (the bare loop runs in the same single process)",
        "messages": f"{n} per part, in {ROUNDS} rounds each beside a bare-loop round",
        "batch sizes": f"send_messages {SEND_BATCH} rows, fire_timer {FIRE_BATCH} timers "
        f"({FIRE_CHUNK} per transaction)",
        **{f"{name} / bare, each round": " / ".join(ratios)
           for name, (_bare, _part, ratios) in measured.items()},
        "dispatcher passes (from due timers)": dispatching.get("passes", 0) + ROUNDS,
    }  # fmt: skip

    def rate_row(name: str, part: str) -> Row:
        bare, seconds, _ratios = measured[part]
        return Row(
            name, n / seconds, "msg/s", f">= {TARGET_RATIO:.0%} of the bare loop",
            bare / seconds >= TARGET_RATIO, n / bare, "bare client.messages.create loop",
        )  # fmt: skip

    def ms_row(name: str, seconds: float, baseline: bool = True) -> Row:
        return Row(name, 1000 * seconds / n, "ms", baseline=bare_ms if baseline else None,
                   baseline_name="bare loop")  # fmt: skip

    rows = [
        rate_row(f"{n} scheduled texts through the worker, batched", "batched"),
        rate_row(f"{n} due text timers fired and sent by the worker", "timers"),
        rate_row(f"{n} due session reminders (flow.start) fired and sent", "reminders"),
        Row(f"{n} scheduled texts, one send_message job each (old path)", n / per_row_s,
            "msg/s", baseline=bare_rate, baseline_name="bare loop, all rounds"),
        Row(f"dispatcher: claim + enqueue {n} due timers", dispatching["seconds"], "s"),
        ms_row("time per text, batched through the worker", measured["batched"][1]),
        ms_row("of which send_batch in a plain loop (claim, API call, answers), no rq", direct_s),
        ms_row("time per timer fired and its text sent, through the worker", measured["timers"][1]),
        ms_row("time per session reminder fired (flow started) and sent", measured["reminders"][1]),
        ms_row("time per text, one send_message job each (old path)", per_row_s),
        ms_row("rq's own cost per job (a no-op job)", noop_s, baseline=False),
    ]  # fmt: skip
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
