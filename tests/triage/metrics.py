"""Evaluation of the triage classifier on a labelled split of the SMS corpus.

A split is `corpus/<name>.tsv` (UTF-8, tab-separated, header
`level lang hard text`). Metrics are aggregates only: the frozen `test` split
must never be read message by message, so `misclassified` refuses it.
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sms.triage import LEVELS, Triage, classify

CORPUS = Path(__file__).parent / "corpus"
FROZEN_SPLITS = ("test",)


@dataclass(frozen=True)
class Example:
    """One labelled message."""

    level: str
    lang: str
    hard: bool
    text: str


@dataclass
class LevelScore:
    """Counts for one level: how many have it, were given it, and both."""

    level: str
    support: int = 0
    predicted: int = 0
    correct: int = 0

    @property
    def precision(self) -> float:
        """Share of messages given this level that have it (1.0 when none were given it)."""
        return self.correct / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        """Share of messages with this level that were given it (1.0 when there are none)."""
        return self.correct / self.support if self.support else 1.0


@dataclass
class Metrics:
    """Aggregate results of classifying one split."""

    split: str
    total: int = 0
    spanish: int = 0
    hard_negatives: int = 0
    false_crisis_hard: int = 0
    levels: dict[str, LevelScore] = field(
        default_factory=lambda: {level: LevelScore(level) for level in LEVELS}
    )

    @property
    def crisis_recall(self) -> float:
        """Share of crisis messages classified crisis."""
        return self.levels["crisis"].recall

    @property
    def false_crisis_rate(self) -> float:
        """Share of hard negatives (not crisis, crisis-looking words) classified crisis."""
        return self.false_crisis_hard / self.hard_negatives if self.hard_negatives else 0.0


def path_of(split: str) -> Path:
    """The file of `split`."""
    return CORPUS / f"{split}.tsv"


def load(split: str) -> list[Example]:
    """The examples of `split`, in file order."""
    with path_of(split).open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        return [
            Example(row["level"], row["lang"], row["hard"].strip() == "1", row["text"])
            for row in reader
        ]


def evaluate(
    split: str, examples: list[Example], classifier: Callable[[str], Triage] = classify
) -> Metrics:
    """Classify every example and count, per level and for hard negatives."""
    metrics = Metrics(split)
    for example in examples:
        predicted = classifier(example.text).level
        metrics.total += 1
        metrics.spanish += example.lang == "es"
        metrics.levels[example.level].support += 1
        metrics.levels[predicted].predicted += 1
        metrics.levels[example.level].correct += predicted == example.level
        if example.hard and example.level != "crisis":
            metrics.hard_negatives += 1
            metrics.false_crisis_hard += predicted == "crisis"
    return metrics


def misclassified(split: str) -> list[tuple[Example, Triage]]:
    """The examples of a tuning split that were classified wrongly (never a frozen split)."""
    if split in FROZEN_SPLITS:
        raise ValueError(f"the {split} split is frozen: aggregate metrics only")
    wrong = []
    for example in load(split):
        triage = classify(example.text)
        if triage.level != example.level:
            wrong.append((example, triage))
    return wrong
