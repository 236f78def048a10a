"""Whether a text says its writer is having a hard time: low, sad, not okay.

Triage (sms/triage) reads every text first, so a crisis, a relapse or a craving
is handled before this is asked. What is left can still be someone low - "😢",
"having a really bad day", "no estoy bien", "me siento muy triste" - and the
fallback's "sorry, I didn't get that" menu in answer reads as not listening.
The inbound path instead opens the check-in at "what's going on", which leads
to the participant's own coping plan and the offer of a call (flows/commands.py).

A low word negated in its own clause ("not sad, just tired", "no estoy triste")
does not count, nor one taken back ("bad day but I'm good now", "pero ya estoy
bien"). Pure: the flow engine's layer, standard library only.
"""

from __future__ import annotations

import re

from flows.parsing import negated_in_clause, normalize

_SOFTENER = r"(?:so |really |very |super |kinda |kind of |pretty |a little |a bit |muy |bien |re )?"
# Who is meant: the writer ("im", "i feel", "been") or nobody named, at the start of the text.
_ME = (
    r"(?:^|\b(?:im|i'?m|i am|i|am|been|feeling|feel|felt|doing|me|just|honestly|tbh|ngl|really"
    r"|today|lately|kinda|still|and|so)\b ?)"
)
_LOW = re.compile(
    "|".join(
        (
            # "sad", "im so depressed", "miserable", "overwhelmed", "lonely"
            r"\b(?:sad|depressed|miserable|heartbroken|hopeless|lonely|struggling|anxious"
            r"|overwhelmed|stressed out)\b(?! (?:to|for|about|with|in|at|by|that)\b)",
            # "feeling down", "been so low", "feel empty", "i feel lost"
            r"\b(?:feeling|feel|feels|felt|been|im|i'?m|i am) " + _SOFTENER + r"(?:down|low|empty"
            r"|numb|lost|broken|hollow|worthless|alone|off|like crap|like shit|like garbage"
            r"|awful|terrible|horrible|lousy|crappy|bad)\b(?! (?:that|for|about|i|because|cuz"
            r"|cause|bc|to|on|at|battery|gas)\b)",
            # "not doing good", "im not okay", "don't feel right", "not feeling great"
            _ME
            + r"(?:not|dont|don'?t|do not|aint|ain'?t) (?:doing |feeling |feel |been )?"
            + _SOFTENER
            + r"(?:good|great|well|ok|okay|right|alright|too good|so good|so hot)\b(?! (?:at"
            r"|for|with|to|enough|news)\b)",
            # "rough day", "bad night", "hard week", "worst day"
            r"\b(?:rough|bad|hard|tough|terrible|awful|horrible|shitty|crappy|worst) (?:day|night"
            r"|week|morning|evening|time|couple of days|few days)\b(?! (?:to|for|finding|getting"
            r"|with|parking|logging)\b)",
            # "cant stop crying", "been crying all day", "crying again"
            r"\b(?:cant stop|can'?t stop|been|keep|crying|cried)(?: crying)?"
            r" (?:all day|all night|again|crying|for hours)\b",
            # Spanish
            r"\b(?:triste|deprimid[oa]|bajonead[oa]|desanimad[oa]|agobiad[oa]|angustiad[oa]"
            r"|desesperad[oa])\b(?! (?:por|de que|que)\b)",
            r"\bme siento " + _SOFTENER + r"(?:mal|fatal|sol[oa]|vaci[oa]|perdid[oa]|horrible"
            r"|del asco|de la chingada|de la patada)\b(?! (?:por|de que|que)\b)",
            r"\bno (?:estoy|ando|me siento) " + _SOFTENER + r"(?:bien|ok|okey)\b",
            r"\b(?:mal|pesimo|horrible|feo|dificil|pesado) dia\b|\bdia (?:muy |bien )?(?:malo"
            r"|dificil|feo|pesado|horrible|de perros)\b",
            r"\b(?:no paro de|no dejo de) llorar\b|\bllorando\b",
        )
    )
)
# Faces and hearts that say it without words.
_LOW_EMOJI = frozenset("😢😭😞😔😟🙁☹💔😩😫😣🥺😿😓😥😪🥲")
# "😭😭 that's hilarious": the crying face is laughter too.
_LAUGHING = re.compile(r"\b(?:lol\w*|lmf?ao\w*|haha\w*|jaja\w*|jeje\w*|dead)\b|[😂🤣💀]")
_NEGATION = re.compile(r"\b(?:not|no|never|nunca|ni|isnt|wasnt|arent|werent|nothing)\b|n't\b")
_CLAUSE_END = re.compile(r"[.,;:!?¿¡]|\b(?:but|pero|just|solo|though)\b")
# Taken back in the same text: "bad day but I'm good now", "pero ya estoy bien".
_TAKEN_BACK = re.compile(
    r"\b(?:but|pero|though)\b.{0,20}\b(?:(?:im|i'?m|i am) (?:ok|okay|good|fine|better|alright)"
    r"|(?:ya )?(?:estoy|me siento) (?:bien|mejor)|all good|better now)\b"
)


def says_they_are_low(text: str) -> bool:
    """True when `text` says its writer is low or not okay and does not take it back."""
    norm = normalize(text)
    if _TAKEN_BACK.search(norm):
        return False
    if any(ch in _LOW_EMOJI for ch in norm) and not _LAUGHING.search(norm):
        return True
    return any(
        not negated_in_clause(norm, found.start(), _NEGATION, _CLAUSE_END)
        for found in _LOW.finditer(norm)
    )
