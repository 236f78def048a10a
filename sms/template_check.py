"""The checks every text passes: the shipped wording (tests/sms/test_texts.py) and an override.

A text is filled with long but realistic SAMPLE_VALUES, then checked:
- lock-screen safe: it names nothing that reveals treatment (sms/lockscreen.py);
- at most MAX_SEGMENTS SMS segments (sms/segments.py: GSM-7, or UCS-2 when
  one character is outside the GSM alphabet);
- texts that start a conversation begin with the program's neutral name.

An admin's override of a shipped template (the console's Text templates page)
must in addition keep the shipped template's exact {placeholders} (the code
fills those and only those: a new one would fail at send time, a missing
{callback} would leave a page without the number to call), keep {name} first
where the shipped text starts with it, and keep the words people rely on —
988 and 911, and the opt-out keywords — wherever the shipped text has them.
Each failed check is a Problem with a message an admin can act on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from string import Formatter

from sms.lockscreen import lock_screen_violations
from sms.segments import Segmentation, segment
from sms.texts import NOTICES, TEMPLATES, shipped_template

MAX_SEGMENTS = 2
MAX_BODY = 1000  # characters an override may have before it is filled in

# Long but realistic values, so the segment check holds for real participants.
SAMPLE_VALUES = {
    "name": "Northside Group",
    "support_phone": "+15005550100",
    "first_name": "Guadalupe",
    "session_when": "Wed Dec 30 at 6:00 PM",
    "opens_when": "Wed Dec 30 at 10:30 AM",
    "place": "1234 Martin Luther King Jr Blvd, Room 210",
    "plan_reasons": "my kids and my health",
    "plan_steps": "call my sister, walk the dog, go to the gym",
    "plan_supporter": "Call Ana 555-0100.",
    "participant": "Guadalupe M. (#1234)",
    "missed": "12",
    "who": "Guadalupe (participant #12345)",
    "time": "Wed Dec 30 11:45 PM",
    "callback": "+15005550100",
    "code": "4821",
    "need": "may have overdosed - call now, 911 if no answer",
    "problem": " Our reply did NOT reach them (opted out) - please call.",
    "quote": ' They wrote: "' + "x" * 60 + '"',
    "staff": "Maria Gonzalez-Rodriguez",
    "items": "4821 Guadalupe #12345 (open), 4822 Sam #12346 (acked)",
    "program": "Northside Group",
}

# The longest thing a staff notice says happened, filled in.
SAMPLE_VALUES["what"] = max(
    (variants["en"].format(**SAMPLE_VALUES) for variants in NOTICES.values()), key=len
)

# Replies inside a conversation may skip the name; texts that start one may not.
CONVERSATION_STARTERS = frozenset({
    "help", "opt_out_confirmation", "opt_in_confirmation", "unknown_sender", "invite",
    "invite_reminder", "reminder", "reminder_followup", "checkin_ask", "staff_notice",
    "staff_line", "crisis_reply", "crisis_reply_overdose", "crisis_resend", "crisis_acked",
    "page", "page_final", "page_update", "page_reply_failed", "page_nudge",
})  # fmt: skip

# Words an override must keep wherever the shipped text has them, and why.
KEPT_WORDS = {
    "988": "988 (the crisis line, call or text)",
    "911": "911 (for danger right now)",
    "STOP": "STOP (how to opt out)",
    "PARAR": "PARAR (how to opt out)",
    "START": "START (how to opt back in)",
    "COMENZAR": "COMENZAR (how to opt back in)",
}

# Problem.check values, so pages and tests can tell the checks apart.
EMPTY, LENGTH, SYNTAX, PLACEHOLDERS = "empty", "length", "syntax", "placeholders"
LOCK_SCREEN, SEGMENTS, NAME_FIRST, KEPT = "lock_screen", "segments", "name_first", "kept_words"


@dataclass(frozen=True)
class Problem:
    """One failed check: which (`check`) and what to do about it (`message`)."""

    check: str
    message: str


@dataclass(frozen=True)
class Report:
    """A template filled with the sample values and what the checks found."""

    text: str | None  # None when the template cannot be filled (broken placeholders)
    segmentation: Segmentation | None
    lock_screen: tuple[str, ...]
    problems: tuple[Problem, ...]

    @property
    def ok(self) -> bool:
        """True when every check passed."""
        return not self.problems

    def messages(self) -> list[str]:
        """The problems' messages, in check order."""
        return [p.message for p in self.problems]


def fill(template: str) -> str:
    """`template` filled with SAMPLE_VALUES (KeyError/ValueError when it cannot be)."""
    return template.format(**SAMPLE_VALUES)


def text_problems(text: str) -> list[Problem]:
    """Lock-screen and length problems of a filled text."""
    problems = []
    revealing = lock_screen_violations(text)
    if revealing:
        problems.append(
            Problem(
                LOCK_SCREEN,
                f"It would show {_words(revealing)} on a lock screen, which reveals treatment. "
                "Use neutral words.",
            )
        )
    count = segment(text)
    if count.segments > MAX_SEGMENTS:
        problems.append(Problem(SEGMENTS, _too_long(text, count)))
    return problems


def starter_problems(key: str, text: str) -> list[Problem]:
    """A text that starts a conversation must begin with the program's name."""
    if key in CONVERSATION_STARTERS and not text.startswith(SAMPLE_VALUES["name"] + ":"):
        message = "It starts a conversation, so it must begin with the program's name: {name}:"
        return [Problem(NAME_FIRST, message)]
    return []


def as_sent(key: str, text: str) -> str:
    """The whole text a filled template goes out in: a notice's reason inside staff_notice."""
    if key in NOTICES:
        return shipped_template("staff_notice", "en").format(**{**SAMPLE_VALUES, "what": text})
    return text


def check_shipped(key: str, language: str) -> Report:
    """Check the shipped wording of `key` in `language` (what tests/sms/test_texts.py runs)."""
    text = as_sent(key, fill(shipped_template(key, language)))
    problems = text_problems(text) + starter_problems(key, text)
    return _report(text, problems)


def check_override(key: str, language: str, body: str) -> Report:
    """Check `body` as the new wording of `key` in `language` (KeyError: no such template)."""
    shipped = TEMPLATES[key][language]
    if not body.strip():
        return _report(None, [Problem(EMPTY, "The text is empty. Write the wording to send.")])
    if len(body) > MAX_BODY:
        message = f"The text is {len(body)} characters long; at most {MAX_BODY} are allowed."
        return _report(None, [Problem(LENGTH, message)])
    problems = placeholder_problems(shipped, body)
    problems += _name_first_problems(shipped, body)
    problems += kept_word_problems(shipped, body)
    if any(p.check == SYNTAX for p in problems):
        return _report(None, problems)  # not filled: {name.attr} would reach into a value
    try:
        text = as_sent(key, fill(body))
    except KeyError:  # a placeholder this text does not have (named above)
        return _report(None, problems)
    return _report(text, problems + text_problems(text))


@lru_cache(maxsize=512)
def is_valid_override(key: str, language: str, body: str) -> bool:
    """True when `body` passes every check for `key` in `language` (cached: bodies repeat)."""
    if language not in TEMPLATES.get(key, {}):
        return False
    return check_override(key, language, body).ok


def placeholders(template: str) -> set[str]:
    """The {names} a shipped template uses."""
    return {field for _text, field, _spec, _conv in Formatter().parse(template) if field}


def placeholder_problems(shipped: str, body: str) -> list[Problem]:
    """Exactly the shipped template's {placeholders}, each written plainly as {name}."""
    allowed = placeholders(shipped)
    try:
        fields = list(Formatter().parse(body))
    except ValueError:
        message = (
            "A { or } has no partner. Placeholders are written {like_this}; "
            "to show a brace itself, write {{ or }}."
        )
        return [Problem(SYNTAX, message)]
    problems, used = [], set()
    for _text, field, spec, conversion in fields:
        if field is None:
            continue
        base = _base_name(field)
        problem = _field_problem(field, base, spec, conversion, allowed)
        if problem:
            problems.append(problem)
        used.add(base)  # a malformed {name!r} is named above, not again as missing
    missing = sorted(allowed - used)
    if missing:
        problems.append(Problem(PLACEHOLDERS, _missing_message(missing)))
    return problems


def _missing_message(missing: list[str]) -> str:
    if len(missing) == 1:
        return (
            f"{_braces(missing)} is missing: the shipped text has it, and people need what it "
            "fills in. Put it back."
        )
    return (
        f"{_braces(missing)} are missing: the shipped text has them, and people need what they "
        "fill in. Put them back."
    )


def kept_word_problems(shipped: str, body: str) -> list[Problem]:
    """988, 911 and the opt-out keywords stay wherever the shipped text has them."""
    return [
        Problem(KEPT, f"It must still give {why}, as the shipped text does.")
        for word, why in KEPT_WORDS.items()
        if _has_word(shipped, word) and not _has_word(body, word)
    ]


def _field_problem(field: str, base: str, spec: str, conversion: str | None, allowed: set[str]):
    """What is wrong with one {field} of an override, or None."""
    can_use = f"It can use {_braces(sorted(allowed))}." if allowed else "It takes no values."
    if not base:  # {} or {0}: positional, filled by nothing
        return Problem(SYNTAX, f"{{{field}}} needs a name. {can_use}")
    if base not in allowed:
        return Problem(PLACEHOLDERS, f"{{{base}}} is not a value this text has. {can_use}")
    if field != base or spec or conversion:  # {name.attr}, {name[0]}, {name!r}, {name:>9}
        return Problem(SYNTAX, f"Write the placeholder as {{{base}}}, with nothing added to it.")
    return None


def _base_name(field: str) -> str:
    match = re.match(r"[A-Za-z_]\w*", field)
    return match.group(0) if match else ""


def _name_first_problems(shipped: str, body: str) -> list[Problem]:
    # Where {name} is missing or malformed ({name!r}), the placeholder checks say so already.
    if not shipped.startswith("{name}") or body.startswith("{name") or "{name}" not in body:
        return []
    message = (
        "It must begin with {name}, the program's neutral name, as the shipped text does, "
        "so people know who is texting."
    )
    return [Problem(NAME_FIRST, message)]


def _too_long(text: str, count: Segmentation) -> str:
    message = (
        f"With long sample values it is {count.units} characters: {count.segments} text "
        f"segments ({count.encoding}). At most {MAX_SEGMENTS} are allowed; shorten it."
    )
    if count.encoding == "UCS-2":
        unusual = _non_gsm(text)
        message += f" These characters halve what fits (UCS-2): {' '.join(unusual)}"
    return message


def _non_gsm(text: str) -> list[str]:
    seen = []
    for ch in text:
        if ch not in seen and segment(ch).encoding == "UCS-2":
            seen.append(ch)
    return seen


def _has_word(text: str, word: str) -> bool:
    return re.search(rf"(?<![\w]){re.escape(word)}(?![\w])", text) is not None


def _braces(names) -> str:
    return ", ".join(f"{{{n}}}" for n in names)


def _words(words: list[str]) -> str:
    quoted = [f"“{w}”" for w in words]
    return quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " and " + quoted[-1]


def _report(text: str | None, problems: list[Problem]) -> Report:
    revealing = tuple(lock_screen_violations(text)) if text is not None else ()
    count = segment(text) if text is not None else None
    return Report(text, count, revealing, tuple(problems))
