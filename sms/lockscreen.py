"""Lock-screen safety: words no text to a participant may contain.

A text's preview shows on a lock screen that family, partners or employers
may see, so nothing we send may reveal that the reader is in treatment.
"""

from __future__ import annotations

import re
import unicodedata

# Matched after accents are removed, English and Spanish. A trailing * makes
# the entry a stem ("addict*" also catches "addiction"); others are whole words
# so that "meth" does not catch "method".
REVEALING_WORDS = (
    "addict*", "adicci*", "adicto*", "alcohol*", "rehab*", "drug*", "droga*", "treatment*",
    "tratamiento*", "substance*", "sustancia*", "detox*", "desintox*", "sober*", "sobrie*",
    "relapse*", "recaida*", "recovery", "recuperacion", "opioid*", "opiace*", "heroin*",
    "cocaine", "cocaina", "meth", "fentanyl", "fentanilo", "narcotic*", "narcotico*",
    "methadone", "metadona", "suboxone", "iop", "aa meeting*", "na meeting*", "12 step*",
    "twelve step*",
)  # fmt: skip


def _entry_pattern(entry: str) -> str:
    if entry.endswith("*"):
        return re.escape(entry[:-1]) + r"\w*"
    return re.escape(entry) + r"\b"


# Matched against the lowercased text: re.I costs ~4x as much (13 us a reminder),
# and every text a participant is sent passes through here.
_PATTERN = re.compile(r"\b(" + "|".join(_entry_pattern(e) for e in REVEALING_WORDS) + r")")


def _fold(text: str) -> str:
    if text.isascii():  # nothing to fold: most texts, and every reminder in a burst
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def lock_screen_violations(text: str) -> list[str]:
    """Return the revealing words found in `text` (empty when it is safe)."""
    return sorted({m.group(0) for m in _PATTERN.finditer(_fold(text or "").lower())})


def is_lock_screen_safe(text: str) -> bool:
    """True when `text` names nothing that reveals treatment."""
    return not lock_screen_violations(text)
