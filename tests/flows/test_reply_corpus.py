"""The reply parsers against a corpus of replies written blind (tests/flows/corpus/README.md)."""

from collections import Counter
from pathlib import Path

import pytest

from flows.definitions.checkin import HALT
from flows.parsing import (
    parse_attendance,
    parse_attendance_change,
    parse_choice,
    parse_score,
    parse_yes_no,
)

CORPUS = Path(__file__).parent / "corpus" / "replies.tsv"
PARSERS = {
    "attendance": parse_attendance,
    # Texted after the reminder was answered (C, or N): may they change the answer?
    "attendance_after_confirm": parse_attendance_change,
    "attendance_after_decline": parse_attendance_change,
    "score": parse_score,
    "yes_no": parse_yes_no,
    "whats_up": lambda text: parse_choice(text, HALT),
}
# Floors at the figures reached; they may only go up.
FLOORS = {
    "attendance": 0.93,
    "attendance_after_confirm": 0.98,
    "attendance_after_decline": 0.97,
    "score": 0.93,
    "yes_no": 0.86,
    "whats_up": 0.96,
}
# Replies read confidently as another answer (the tapbacks and "be there at 6:15" for
# attendance are deliberate, see the README).
MAX_WRONG = {
    "attendance": 4,
    "attendance_after_confirm": 0,
    "attendance_after_decline": 0,
    "score": 0,
    "yes_no": 2,
    "whats_up": 0,
}


def _scores() -> tuple[Counter, Counter, Counter]:
    total, right, wrong = Counter(), Counter(), Counter()
    for line in CORPUS.read_text(encoding="utf-8").splitlines()[1:]:
        question, expected, _lang, text = line.split("\t")
        got = PARSERS[question](text)
        got = "none" if got is None else str(got)
        total[question] += 1
        right[question] += got == expected
        wrong[question] += got not in (expected, "none")
    return total, right, wrong


@pytest.mark.parametrize("question", sorted(PARSERS))
def test_replies_written_blind_are_read(question):
    total, right, wrong = _scores()
    assert total[question] >= 70
    assert right[question] / total[question] >= FLOORS[question]
    assert wrong[question] <= MAX_WRONG[question]
