"""The data of triage: levels, reviewed rules and the result of a classification."""

from __future__ import annotations

from dataclasses import dataclass

# Most severe first: the first level any matching rule has is the message's level.
LEVELS = ("crisis", "relapse", "craving", "none")

# Crisis rule ids are `crisis.<category>.<name>`; callers rely on these categories
# (an overdose reply carries overdose steps).
CRISIS_CATEGORIES = ("suicide", "self_harm", "overdose", "medical", "violence", "help_now")

# Exclusions are `exclude.<category>.<name>`; their level says whose rules they silence.
EXCLUSION_PREFIX = "exclude."
EXCLUSION_LEVELS = ("crisis", "relapse", "craving", "any")


@dataclass(frozen=True)
class Rule:
    """One reviewed pattern: what it matches, at which level, and why.

    `pattern` is a regular expression over the normalised text (see
    `normalize.py`: lower case, no accents or apostrophes, single spaces).
    `<NAME>` stands for a shared word list from `words.py`. `joined=True` also
    tries the pattern on the text with every space removed, so run-together
    words ("killmyself", "wannadie") match; such patterns write optional
    spaces as " ?" and must not need word boundaries. An exclusion's `unless`
    is a pattern that, found anywhere in the text, keeps the exclusion from
    applying (a context the exclusion's own match cannot see, such as who is
    writing).
    """

    id: str
    level: str
    pattern: str
    rationale: str
    joined: bool = False
    unless: str = ""

    @property
    def category(self) -> str:
        """The middle part of the id: `crisis.<category>.<name>`, `exclude.<category>.<name>`."""
        return self.id.split(".")[1]


def crisis_rule(
    category: str, name: str, pattern: str, rationale: str, joined: bool = False
) -> Rule:
    """A crisis rule with the id `crisis.<category>.<name>` (one of CRISIS_CATEGORIES)."""
    return Rule(f"crisis.{category}.{name}", "crisis", pattern, rationale, joined)


@dataclass(frozen=True)
class Triage:
    """The level of a text and the ids of the rules that decided it.

    `rules` lists the matching rules, most severe first, then any exclusion
    (`exclude.*`) that silenced a rule which would otherwise have matched.
    """

    level: str
    rules: tuple[str, ...] = ()

    @property
    def overdose(self) -> bool:
        """True when an overdose or poisoning rule matched (the reply adds overdose steps)."""
        return any(rule.startswith("crisis.overdose.") for rule in self.rules)

    @property
    def exclusions(self) -> tuple[str, ...]:
        """The exclusions that silenced something in this text."""
        return tuple(rule for rule in self.rules if rule.startswith(EXCLUSION_PREFIX))
