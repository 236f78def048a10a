"""Two texts from one participant at the same moment are handled one after the other.

The runner locks the participant's row before it reads the conversation, so
the second text sees the state the first one left. A slowed-down engine makes
the two requests overlap; without the lock both would read the same state and
both be recorded as check-in scores.
"""

import threading
import time

from sqlalchemy import select

from flows import runner
from flows.participants import enroll
from models import Outcome
from tests.conftest import runtime_of, sign

PHONE = "+15005550139"


def _post(app, sid: str, body: str, results: list) -> None:
    rt = runtime_of(app)
    params = {"MessageSid": sid, "From": PHONE, "To": "+15005550006", "Body": body}
    signature = sign(rt.config["PUBLIC_BASE_URL"] + "/sms/inbound", params,
                     rt.config["TWILIO_AUTH_TOKEN"])  # fmt: skip
    response = app.test_client().post("/sms/inbound", data=params,
                                      headers={"X-Twilio-Signature": signature})  # fmt: skip
    results.append(response.status_code)


def test_simultaneous_texts_are_serialised_on_postgresql(pg_app, monkeypatch):
    rt = runtime_of(pg_app)
    real_advance = runner.advance

    def slow_advance(*args, **kwargs):
        time.sleep(0.3)  # hold the transaction open so the second text arrives meanwhile
        return real_advance(*args, **kwargs)

    with rt.db.transaction() as s:
        pid = enroll(s, phone=PHONE, name="Ana Diaz", language="en", timezone="America/Chicago",
                     now=rt.clock.now(), config=rt.config).id  # fmt: skip
    results: list[int] = []
    _post(pg_app, "SM" + "0" * 31 + "1", "yes", results)
    with pg_app.app_context(), rt.db.transaction() as s:
        turn = runner.begin_turn(s, runner.lock_participant(s, pid), rt.clock.now(), rt.config)
        runner.start_flow(turn, "checkin")
    monkeypatch.setattr(runner, "advance", slow_advance)

    threads = [
        threading.Thread(target=_post, args=(pg_app, f"SM{n:032x}", body, results))
        for n, body in ((2, "8"), (3, "9"))
    ]
    started = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    assert results == [200, 200, 200]
    assert time.monotonic() - started >= 0.6, "the second waited for the first"
    with rt.db.transaction() as s:
        scores = list(s.scalars(select(Outcome).where(Outcome.kind == "checkin_score")))
    assert len(scores) == 1, "one text answered the question; the other met the next state"
