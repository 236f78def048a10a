"""Compliance keywords (STOP / START / HELP), matched on the whole message.

Matching ignores case, spaces, punctuation, emoji and accents, so "Stop.",
"opt out" and "SÍ" are understood. A keyword's language tells which language
to answer in when the number's own language is not known yet.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

STOP = "stop"
START = "start"
HELP = "help"
YES = "yes"

# normalised word -> (keyword, language it is specific to, or None)
_KEYWORDS: dict[str, tuple[str, str | None]] = {
    **{w: (STOP, None) for w in ("stop", "stopall", "unsubscribe", "cancel", "end", "quit",
                                 "revoke", "optout")},
    **{w: (STOP, "es") for w in ("parar", "alto", "baja", "cancelar")},
    **{w: (START, None) for w in ("start", "unstop")},
    "comenzar": (START, "es"),
    **{w: (HELP, None) for w in ("help", "info")},
    "ayuda": (HELP, "es"),
    **{w: (YES, None) for w in ("yes",)},
    "si": (YES, "es"),
}  # fmt: skip


@dataclass(frozen=True)
class Keyword:
    """A recognised compliance keyword."""

    kind: str
    language: str | None


def normalize(text: str) -> str:
    """Lower-case, strip accents and keep only letters and digits."""
    decomposed = unicodedata.normalize("NFKD", text or "").casefold()
    return "".join(ch for ch in decomposed if ch.isalnum() and not unicodedata.combining(ch))


def match_keyword(text: str) -> Keyword | None:
    """Return the keyword the whole message is, or None."""
    found = _KEYWORDS.get(normalize(text))
    return Keyword(*found) if found else None
