"""Every rule and exclusion, in review order, checked when imported.

Crisis rules come first (most severe), then relapse, then craving. A rule id
is `<level>.<category>.<name>`; crisis categories are fixed (see
`model.CRISIS_CATEGORIES`). Rule names ending in `_es` are Spanish-only.
"""

from __future__ import annotations

import re

from sms.triage.crisis_acts import ACTS
from sms.triage.crisis_arms_length import ARMS_LENGTH
from sms.triage.crisis_buried import BURIED
from sms.triage.crisis_caribbean import CARIBBEAN
from sms.triage.crisis_context import CONTEXT
from sms.triage.crisis_control import CONTROL
from sms.triage.crisis_debt import DEBT
from sms.triage.crisis_dialects import DIALECTS
from sms.triage.crisis_dictated import DICTATED
from sms.triage.crisis_eating import EATING
from sms.triage.crisis_elders import ELDERS
from sms.triage.crisis_emergencies import EMERGENCIES
from sms.triage.crisis_faith import FAITH
from sms.triage.crisis_first_texts import FIRST_TEXTS
from sms.triage.crisis_grief import GRIEF
from sms.triage.crisis_harm import MEDICAL, OVERDOSE, SELF_HARM
from sms.triage.crisis_held import HELD
from sms.triage.crisis_hidden import HIDDEN
from sms.triage.crisis_hospitality import HOSPITALITY
from sms.triage.crisis_images import IMAGES
from sms.triage.crisis_indirect import INDIRECT
from sms.triage.crisis_intoxicated import INTOXICATED
from sms.triage.crisis_jokes import JOKES
from sms.triage.crisis_lgbtq import LGBTQ
from sms.triage.crisis_long import LONG
from sms.triage.crisis_mat import MAT
from sms.triage.crisis_means import MEANS
from sms.triage.crisis_mexican import MEXICAN
from sms.triage.crisis_moment import MOMENT
from sms.triage.crisis_online import ONLINE
from sms.triage.crisis_pain import PAIN
from sms.triage.crisis_perinatal import PERINATAL
from sms.triage.crisis_plain import PLAIN
from sms.triage.crisis_plans import PLANS
from sms.triage.crisis_professional import PROFESSIONAL
from sms.triage.crisis_psychiatric import PSYCHIATRIC
from sms.triage.crisis_reentry import REENTRY
from sms.triage.crisis_regional import REGIONAL
from sms.triage.crisis_rural import RURAL
from sms.triage.crisis_safety import HELP_NOW, VIOLENCE
from sms.triage.crisis_second_language import SECOND_LANGUAGE
from sms.triage.crisis_simple_english import SIMPLE_ENGLISH
from sms.triage.crisis_spanish import SPANISH
from sms.triage.crisis_suicide import SUICIDE
from sms.triage.crisis_teens import TEENS
from sms.triage.crisis_trauma import TRAUMA
from sms.triage.crisis_unhoused import UNHOUSED
from sms.triage.crisis_violence import VIOLENCE_SOON
from sms.triage.crisis_voices import VOICES
from sms.triage.crisis_young import YOUNG
from sms.triage.exclusions import EXCLUSIONS
from sms.triage.model import CRISIS_CATEGORIES, EXCLUSION_LEVELS, EXCLUSION_PREFIX, LEVELS, Rule
from sms.triage.use import CRAVING, RELAPSE
from sms.triage.words import expand

RULES: tuple[Rule, ...] = (
    SUICIDE
    + SELF_HARM
    + OVERDOSE
    + MEDICAL
    + VIOLENCE
    + HELP_NOW
    + INDIRECT
    + MEANS
    + ACTS
    + CONTEXT
    + REGIONAL
    + HIDDEN
    + MOMENT
    + CONTROL
    + PLANS
    + PLAIN
    + VOICES
    + SPANISH
    + EMERGENCIES
    + BURIED
    + PSYCHIATRIC
    + DICTATED
    + ONLINE
    + DIALECTS
    + PROFESSIONAL
    + ARMS_LENGTH
    + INTOXICATED
    + REENTRY
    + FIRST_TEXTS
    + LGBTQ
    + PERINATAL
    + ELDERS
    + YOUNG
    + PAIN
    + RURAL
    + SECOND_LANGUAGE
    + SIMPLE_ENGLISH
    + UNHOUSED
    + FAITH
    + HOSPITALITY
    + DEBT
    + TRAUMA
    + HELD
    + CARIBBEAN
    + VIOLENCE_SOON
    + MEXICAN
    + MAT
    + LONG
    + GRIEF
    + JOKES
    + EATING
    + TEENS
    + IMAGES
    + RELAPSE
    + CRAVING
)

_ID = re.compile(r"[a-z]+\.[a-z_]+\.[a-z0-9_]+")


# How the classifier compiles every pattern: all forms of a text are searched at once, one form
# per line. check() compiles the very strings the classifier will, with these flags, so the
# classifier finds them in the `re` module's cache instead of compiling each pattern twice.
FLAGS = re.MULTILINE


def space_anchored(pattern: str) -> str:
    """`pattern` for a text with a leading space: `^` -> `^ `, a leading `\b` -> ` `.

    In a normalised text every word follows a space or the start, so at the
    start of an alternative `\b` and a literal space match the same places.
    A `^` that starts an alternative becomes ` (?<=^ )`: the same matches (the
    line's leading space, checked to be at the line start), but every alternative
    then starts with a literal space, and the regex engine only tries the places
    a space is (one `^` alternative otherwise makes it try every character).
    """
    out, alternative_start, depth, in_class, i = [], True, 0, False, 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            escape = pattern[i : i + 2]
            out.append(" " if escape == r"\b" and alternative_start and not in_class else escape)
            alternative_start = False
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        if ch == "^" and not in_class and pattern[i - 1 : i] != "[":
            out.append(" (?<=^ )" if alternative_start and depth == 0 else "^ ")
        else:
            out.append(ch)
        alternative_start = ch == "|" and depth == 0 and not in_class
        i += 1
    return "".join(out)


_WORD_GAP = re.compile(r"\(\?:\\w\+ \)\{\d*,\d*\}\??")


def joined_pattern(pattern: str) -> str:
    """The run-together variant of an expanded pattern: no spaces, no word boundaries.

    A gap of a few words, `(?:\\w+ ){0,3}`, becomes `\\w*`: without its spaces it would be
    `(?:\\w+){0,3}`, the same strings, but a nested quantifier that backtracks through every
    split of a long run-together text (it made one rule the costliest of all).
    """
    pattern = _WORD_GAP.sub(r"\\w*", pattern)
    return pattern.replace(r"\b", "").replace(" ?", "").replace(" ", "")


def check(rules: tuple[Rule, ...], exclusions: tuple[Rule, ...]) -> None:
    """Raise ValueError if any rule or exclusion is malformed, duplicated or does not compile."""
    seen: set[str] = set()
    for rule in rules + exclusions:
        problem = _problem(rule, is_exclusion=rule in exclusions)
        if rule.id in seen:
            problem = "duplicate id"
        if problem:
            raise ValueError(f"triage rule {rule.id!r}: {problem}")
        seen.add(rule.id)


def _problem(rule: Rule, *, is_exclusion: bool) -> str | None:
    if not _ID.fullmatch(rule.id):
        return "id must be <level>.<category>.<name> in lower case"
    if not rule.rationale.strip():
        return "a rationale is required"
    if is_exclusion:
        if not rule.id.startswith(EXCLUSION_PREFIX) or rule.level not in EXCLUSION_LEVELS:
            return "an exclusion is exclude.<category>.<name> with a level or 'any'"
    elif rule.level not in LEVELS[:-1] or not rule.id.startswith(rule.level + "."):
        return "the id must start with its level, one of crisis, relapse, craving"
    elif rule.level == "crisis" and rule.category not in CRISIS_CATEGORIES:
        return f"crisis category must be one of {', '.join(CRISIS_CATEGORIES)}"
    try:
        pattern = expand(rule.pattern)
        re.compile(space_anchored(pattern), FLAGS)
        if rule.joined:
            re.compile(joined_pattern(pattern), FLAGS)
        if rule.unless:
            re.compile(space_anchored(expand(rule.unless)), FLAGS)
    except (re.error, KeyError) as exc:
        return f"pattern does not compile: {exc}"
    return None


check(RULES, EXCLUSIONS)
