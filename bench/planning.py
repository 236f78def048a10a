"""Benchmark: planning and storing the 14-day horizon, and re-planning a program after an edit.

    .venv/bin/python -m bench.planning [--database-url URL] [--n 10000] [--sample 1000]

N active participants (half in New York, half in Los Angeles) of one program
with 3 weekly sessions, 2 reminders each and daily check-ins have no plan
yet; dispatcher passes run back to back (as the loop does while it finds a
full batch) until every plan is stored as `flow.start` timers. That is how
plans are made in production: consent clears a participant's plan and the
dispatcher extends it. The baseline is the pure planner (program schedule,
policy, `plan()`) for the same participants, so the ratio is the cost of
storing. Then a sample is re-planned with `replan()`, one transaction each
(the console commands' unit of work), and a separate 200-participant
program is edited and re-planned in the edit's transaction.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import date

from sqlalchemy import insert, select

from bench.common import (
    START,
    Row,
    analyze,
    database_label,
    fresh_database,
    machine,
    make_app,
    max_rss_mb,
    parse_args,
    report,
    reserved_redis,
    runtime_of,
    stopwatch,
)
from database import Database
from flows.planning import plan
from flows.runner import START_KIND, lock_participant
from flows.schedule_store import HORIZON, participant_policy, program_schedule, replan
from models import Contact, Participant, Program, Timer
from models.participant import ACTIVE
from models.timer import PENDING
from workers.dispatcher import dispatch_once

ZONES = ("America/New_York", "America/Los_Angeles")
EDITED_PROGRAM_SIZE = 200
TARGET_SECONDS, TARGET_MB, TARGET_REPLAN_SECONDS = 30.0, 512.0, 2.0


def add_program(db: Database, name: str) -> int:
    """A program meeting Mon, Wed, Thu at 18:00 New York time, reminded 24 h and 2 h before."""
    with db.transaction() as session:
        program = Program(
            name=name,
            display_name="Northside",
            timezone="America/New_York",
            location="123 Main St",
            start_date=date(2026, 11, 1),
            session_rules=["FREQ=WEEKLY;BYDAY=MO,WE,TH;BYHOUR=18;BYMINUTE=0"],
            reminder_offsets_minutes=[1440, 120],
            checkin_rule="FREQ=DAILY;BYHOUR=19;BYMINUTE=0",
            window_start="08:00",
            window_end="21:00",
            created_at=START,
            updated_at=START,
        )
        session.add(program)
        session.flush()
        return program.id


def add_participants(db: Database, program_id: int, count: int, first_number: int) -> list[int]:
    """`count` consented, active participants of the program, inserted in bulk (setup only)."""
    phones = [f"+1202{first_number + i:07d}" for i in range(count)]
    with db.transaction() as session:
        session.execute(insert(Contact), [{"phone": p, "created_at": START} for p in phones])
        contact_ids = dict(session.execute(select(Contact.phone, Contact.id)).all())
        rows = [
            {
                "contact_id": contact_ids[phone],
                "name": "Pat Doe",
                "timezone": ZONES[i % 2],
                "status": ACTIVE,
                "consent_at": START,
                "consent_channel": "sms",
                "program_id": program_id,
                "calendar_token": secrets.token_urlsafe(24),
                "created_at": START,
                "invited_at": START,
                "plan_steps": [],
                "policy_overrides": {},
            }
            for i, phone in enumerate(phones)
        ]
        session.execute(insert(Participant), rows)
        query = select(Participant.id).where(Participant.program_id == program_id)
        return list(session.scalars(query.order_by(Participant.id)))


def pure_plans(db: Database, program_id: int) -> tuple[float, int]:
    """Time the planner alone for every participant of the program; return (seconds, items)."""
    with db.transaction() as session:
        program = session.get(Program, program_id)
        query = select(Participant).where(Participant.program_id == program_id)
        participants = list(session.scalars(query.order_by(Participant.id)))
    items = 0
    with stopwatch() as timing:
        for participant in participants:
            schedule = program_schedule(program)
            policy = participant_policy(program, participant)
            items += len(plan(schedule, policy, participant.timezone, START, START + HORIZON))
    return timing["seconds"], items


def dispatcher_plans(rt) -> tuple[float, int]:
    """Dispatcher passes back to back until none extends a plan; return (seconds, passes).

    This is how plans get stored in production: a participant who consents
    (or is imported active) has no plan, and the next passes extend it.
    """
    passes = 0
    with stopwatch() as timing:
        while dispatch_once(rt.db, rt.queues, rt.config, START).plans_extended:
            passes += 1
    return timing["seconds"], passes + 1


def replan_each(db: Database, ids: list[int]) -> tuple[float, int]:
    """Re-plan each participant in a transaction of its own; return (seconds, timers stored)."""
    stored = 0
    with stopwatch() as timing:
        for participant_id in ids:
            with db.transaction() as session:
                stored += replan(session, lock_participant(session, participant_id), START)
    return timing["seconds"], stored


def edit_and_replan(db: Database, program_id: int) -> tuple[float, int]:
    """Move the program's Wednesday group to Tuesday 17:30 and re-plan its participants."""
    stored = 0
    with stopwatch() as timing, db.transaction() as session:
        program = session.get(Program, program_id)
        program.session_rules = ["FREQ=WEEKLY;BYDAY=MO,TU,TH;BYHOUR=17;BYMINUTE=30"]
        program.updated_at = START
        query = select(Participant.id).where(Participant.program_id == program_id)
        for participant_id in session.scalars(query.order_by(Participant.id)).all():
            stored += replan(session, lock_participant(session, participant_id), START)
    return timing["seconds"], stored


def stored_plans(db: Database, program_id: int) -> tuple[int, str]:
    """Pending flow.start timers of the program's participants: (count, digest).

    The digest covers target, due time and payload (not the series version),
    so plans stored by different paths, or before and after a change, compare.
    """
    digest, count = hashlib.sha256(), 0
    members = select(Participant.id).where(Participant.program_id == program_id)
    with db.transaction() as session:
        targets = {f"participant:{pid}" for pid in session.scalars(members)}
        query = (
            select(Timer.target, Timer.due_at, Timer.payload)
            .where(Timer.kind == START_KIND, Timer.status == PENDING)
            .order_by(Timer.target, Timer.due_at, Timer.id)
        )
        for row in session.execute(query):
            if row.target in targets:
                count += 1
                digest.update(repr(tuple(row)).encode())
    return count, digest.hexdigest()[:16]


def run(database_url: str, redis_url: str, n: int, sample: int) -> tuple[dict, list[Row]]:
    """Set up, measure, and return the report's context and rows."""
    rt = runtime_of(make_app(database_url, redis_url))
    db = rt.db
    big = add_program(db, "Evening IOP")
    ids = add_participants(db, big, n, 0)
    edited = add_program(db, "Edited IOP")
    replan_each(db, add_participants(db, edited, EDITED_PROGRAM_SIZE, n))  # before the edit
    analyze(db)
    rss_before = max_rss_mb()

    baseline_s, planned = pure_plans(db, big)
    store_s, passes = dispatcher_plans(rt)
    rss_after = max_rss_mb()
    stored, digest = stored_plans(db, big)
    analyze(db)  # later changes come long after the big plan: autovacuum has caught up
    each_s, each_stored = replan_each(db, ids[:sample])
    _, digest_after_replan = stored_plans(db, big)
    edit_s, edit_stored = edit_and_replan(db, edited)
    edit_baseline_s, edit_planned = pure_plans(db, edited)  # the edited program's plans
    context = {
        **machine(),
        "database": database_label(database_url),
        "workers": "0 (dispatcher passes back to back, in this process)",
        "participants": n,
        "dispatcher passes": passes,
        "timers planned / stored": f"{planned} / {stored}",
        "stored plans digest (dispatcher / after re-planning a sample one by one)": (
            f"{digest} / {digest_after_replan}"
        ),
        "edited program: timers planned / stored": f"{edit_planned} / {edit_stored}",
        "peak RSS after setup, before planning": f"{rss_before:.0f} MB",
    }
    db.dispose()
    if stored != planned or edit_stored != edit_planned or digest != digest_after_replan:
        raise SystemExit("stored plans differ from the planner's: see the context above")
    rows = [
        Row(
            f"plan + store {n} participants (dispatcher passes)",
            store_s,
            "s",
            f"<= {TARGET_SECONDS:.0f} s",
            store_s <= TARGET_SECONDS,
            baseline_s,
            "plan() alone",
        ),
        Row(
            "peak memory (process RSS)",
            rss_after,
            "MB",
            f"<= {TARGET_MB:.0f} MB",
            rss_after <= TARGET_MB,
        ),
        Row(
            f"edit + re-plan a {EDITED_PROGRAM_SIZE}-participant program (one transaction)",
            edit_s,
            "s",
            f"<= {TARGET_REPLAN_SECONDS:.0f} s",
            edit_s <= TARGET_REPLAN_SECONDS,
            edit_baseline_s,
            "plan() alone",
        ),
        Row(
            f"replan() one participant per transaction ({sample} of them)",
            1000 * each_s / sample,
            "ms each",
            baseline=1000 * baseline_s / n,
            baseline_name="plan() alone",
            extra={"timers": each_stored},
        ),
        Row("timers stored per second (dispatcher)", stored / store_s, "/s"),
    ]
    return context, rows


def add_options(parser) -> None:
    """bench.planning's own option."""
    parser.add_argument(
        "--sample",
        type=int,
        default=1000,
        help="participants then re-planned one transaction each (default 1000)",
    )


def main() -> None:
    """Parse the options, run in a fresh database, print the report."""
    args = parse_args(__doc__.splitlines()[0], 10_000, add_options)
    with fresh_database(args.database_url) as url, reserved_redis() as redis_url:
        context, rows = run(url, redis_url, args.n, min(args.sample, args.n))
    report("bench.planning", context, rows, args.json_path)


if __name__ == "__main__":
    main()
