"""Crisis rules for plain forms that dictated and misspelled texts showed: batch 33.

The thirty-third blind batch was written as texts arrive after voice-to-text, autocorrect
and phonetic spelling ("i swallowed a hole bunch of tylenol", "me dijo que me ba a matar",
"been cutting on my arms again period i cant stop"). Held out, the rules caught 87.7% of
its crisis messages; most misses were the spelling, now read as meant in `transcription.py`
and `shorthand.py`. What remained were plain forms no rule named; they are here.
"""

from __future__ import annotations

from sms.triage.model import Rule
from sms.triage.model import crisis_rule as _rule

DICTATED: tuple[Rule, ...] = (
    _rule(
        "self_harm",
        "cutting_on_body",
        r"\b(?:been |keep |started |im )?(?:cutting|carving|slicing) (?:on |into |in )?my (?:arms?"
        r"|wrists?|legs?|thighs?|stomach|skin)\b",
        "'Been cutting on my arms again', 'i carved into my leg last night'.",
    ),
    _rule(
        "overdose",
        "naloxone_needed_now",
        r"\b(?:need|needs|necesito|necesitamos) (?:narcan|naloxone|naloxona) (?:now|rn|right now"
        r"|asap|ya|ahora)\b|\bwhere can i get (?:narcan|naloxone)\b(?: \S+){0,3} (?:hes|shes|he is"
        r"|she is) (?:out|not breathing|blue)\b",
        "'I need narcan now, where can i get it, hes out': naloxone needed for someone now.",
    ),
    _rule(
        "help_now",
        "help_and_a_weapon",
        r"\bneed help (?:knife|gun|pills|rope)<EOT>",
        "'I need help knife': help, and the means, with nothing else said.",
    ),
    _rule(
        "overdose",
        "grey_and_still",
        r"\b(?:gray|grey|pale|blue|ashy|gris|palido|palida) and (?:not moving|not breathing|cold"
        r"|wont wake)\b|\b(?:gris|palid[oa]) y (?:no se mueve|no respira|frio|fria)\b",
        "'The guy next to me is gray and not moving'.",
    ),
    _rule(
        "violence",
        "hurt_someone_bleeding",
        r"\b(?:le pegue|la golpee|lo golpee|i hit|i beat|i stabbed|i cut) (?:a )?(?:mi |my )?\w+"
        r"\b(?: \S+){0,2} (?:y|and) (?:esta|is|hes|shes|she is|he is) (?:sangrando|bleeding"
        r"|unconscious|inconsciente|not moving)\b",
        "'Le pegue a mi esposa y esta sangrando': someone the writer hurt, hurt now.",
    ),
)
