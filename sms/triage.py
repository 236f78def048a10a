"""Triage of every inbound text: crisis, relapse, craving or none.

Rules are data (id, level, pattern, rationale) that clinicians can review;
a classification lists the rules that matched. This first version knows
reported use (`relapse`), which the check-in flow acts on. The crisis issue
extends the same interface with crisis and craving rules.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

LEVELS = ("crisis", "relapse", "craving", "none")


@dataclass(frozen=True)
class Rule:
    """One reviewed pattern."""

    id: str
    level: str
    pattern: str
    rationale: str


@dataclass(frozen=True)
class Triage:
    """The level of a text and the ids of the rules that matched."""

    level: str
    rules: tuple[str, ...] = ()


# "used to", "used the", "a drink of water" are ordinary English, not a report of use.
NOT_USE = (
    r"(?!\s+(to|the|my|it|a|an|that|this|your|our|his|her)\b)"
    r"(?!\s+of\s+(water|coffee|tea|juice|soda|milk))"
)
USE = (
    r"(used|use[d]? again|relapsed|slipped|got high|got drunk|drank|was drinking|smoked|shot up"
    r"|took (some|a few)? ?(pills|hits)|picked up|had a drink|had a few drinks)" + NOT_USE
)
RULES: tuple[Rule, ...] = (
    Rule(
        "relapse.first_person_use",
        "relapse",
        rf"\b(i|i've|ive|i have|i just|just|last night i|yesterday i|today i)\s+{USE}\b",
        "First-person report of recent use.",
    ),
    Rule(
        "relapse.relapsed",
        "relapse",
        r"\b(relapsed|relapse[d]? again|had a relapse|slipped up)\b",
        "Names a relapse or slip directly.",
    ),
    Rule(
        "relapse.drank_time",
        "relapse",
        rf"\b{USE}\b.*\b(last night|yesterday|today|this morning|again)\b",
        "Use with a recent time.",
    ),
    Rule(
        "relapse.es",
        "relapse",
        r"\b(consumi|recai|tome|bebi|me drogue|me emborrache"
        r"|volvi a (tomar|beber|consumir|usar))\b",
        "Spanish first-person report of recent use.",
    ),
)

_COMPILED = tuple((rule, re.compile(rule.pattern, re.I)) for rule in RULES)


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text or "").replace("\u2019", "'")
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def classify(text: str) -> Triage:
    """Classify `text`; the most severe level among the matching rules wins."""
    folded = _fold(text)
    matched = [rule for rule, pattern in _COMPILED if pattern.search(folded)]
    if not matched:
        return Triage("none")
    level = min((r.level for r in matched), key=LEVELS.index)
    return Triage(level, tuple(r.id for r in matched))
