"""The held-out triage test split is frozen, well-formed and big enough to mean something.

corpus/test.tsv is never edited: its sha256 is pinned in corpus/FROZEN.sha256, and any rule
tuning uses corpus/dev.tsv instead. See corpus/README.md.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from pathlib import Path

import pytest

CORPUS = Path(__file__).parent / "corpus"
TEST_TSV = CORPUS / "test.tsv"
FROZEN = CORPUS / "FROZEN.sha256"

HEADER = ["level", "lang", "hard", "text"]
LEVELS = {"crisis", "relapse", "craving", "none"}
LANGS = {"en", "es"}
HARD = {"0", "1"}

MIN_TOTAL = 450
MIN_PER_LEVEL = {"crisis": 170, "relapse": 60, "craving": 60, "none": 160}
MIN_HARD_NEGATIVES = 110
MIN_SPANISH_SHARE = 0.28


def _rows() -> list[list[str]]:
    lines = TEST_TSV.read_bytes().decode("utf-8").split("\n")
    assert lines[-1] == "", "test.tsv must end with a newline"
    assert lines[0].split("\t") == HEADER
    return [line.split("\t") for line in lines[1:-1]]


def test_sha256_matches_frozen_digest():
    digest, name = FROZEN.read_text(encoding="utf-8").split()
    assert name == "test.tsv"
    assert hashlib.sha256(TEST_TSV.read_bytes()).hexdigest() == digest, (
        "test.tsv changed after it was frozen; tune rules on dev.tsv, never on test.tsv"
    )


def test_every_line_parses():
    rows = _rows()
    for number, row in enumerate(rows, start=2):
        assert len(row) == 4, f"line {number}: expected 4 tab-separated columns, got {row!r}"
        level, lang, hard, text = row
        assert level in LEVELS, f"line {number}: bad level {level!r}"
        assert lang in LANGS, f"line {number}: bad lang {lang!r}"
        assert hard in HARD, f"line {number}: bad hard {hard!r}"
        assert text.strip() == text and text, f"line {number}: empty or padded text"
        assert "\r" not in text, f"line {number}: carriage return in text"
        if hard == "1":
            assert level != "crisis", f"line {number}: a hard negative cannot be crisis"


def test_no_duplicate_messages():
    texts = [row[3] for row in _rows()]
    assert [t for t, n in Counter(texts).items() if n > 1] == []
    folded = [re.sub(r"\W+", " ", t.casefold()).strip() for t in texts]
    assert [t for t, n in Counter(folded).items() if n > 1] == []


@pytest.mark.parametrize(("level", "minimum"), sorted(MIN_PER_LEVEL.items()))
def test_minimum_count_per_level(level, minimum):
    assert sum(row[0] == level for row in _rows()) >= minimum


def test_minimum_totals_hard_negatives_and_spanish_share():
    rows = _rows()
    assert len(rows) >= MIN_TOTAL
    assert sum(row[2] == "1" for row in rows) >= MIN_HARD_NEGATIVES
    spanish = sum(row[1] == "es" for row in rows)
    assert spanish / len(rows) >= MIN_SPANISH_SHARE
    for level in LEVELS:
        assert any(row[0] == level and row[1] == "es" for row in rows), level
