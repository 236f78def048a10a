"""Whether a text asks for a person: a call, or someone to talk to.

"CALL" on its own is a command (flows/commands.py). People in a hard moment
write it inside a sentence - "i really want to drink rn can somebody talk to
me", "please call me when you can", "¿me pueden llamar?" - and a menu of
options in answer to that reads as being ignored. This finds those requests,
English and Spanish, so the counselor is asked to call at once.

A request that is negated in its own clause ("don't call me, just text",
"no hace falta que me llamen", "I can't talk to anyone about this") is not
one. Pure: the flow engine's layer, standard library only.
"""

from __future__ import annotations

import re

from flows.parsing import negated_in_clause, normalize

_PEOPLE = (
    r"(?:some ?one|some ?body|any ?one|any ?body|a (?:real )?(?:person|human)|a human being"
    r"|(?:a|my|the) (?:counselor|counsellor|therapist|case manager|nurse|doctor)|you|u|ya|y'?all)"
)
_MODAL = r"(?:can|could|would|will|pls|plz|please|need|want|have)"
_REQUESTS = re.compile(
    "|".join(
        (
            # "call me", "call me back", "give me a call", "ring me", "phone me"
            r"\b(?:call|ring|phone) me\b",
            r"\bgive me a (?:call|ring)\b",
            # "can someone call", "could my counselor talk", "please u call"
            rf"\b{_MODAL} {_PEOPLE} (?:please |pls |plz )?(?:call|ring|phone|talk|speak)\b",
            # "talk to someone", "speak with my counselor", "vent to somebody"
            rf"\b(?:talk|speak|chat|vent) (?:to|with|w) {_PEOPLE}\b",
            # "someone to talk to", "anybody to talk with"
            rf"\b{_PEOPLE} to (?:talk|speak|vent)\b",
            # "i need to talk", "need to talk rn"
            r"\bneed to (?:talk|speak)\b",
            # Spanish: "llamame", "llamenme", "me pueden llamar", "que me llamen"
            r"\bllam(?:ame|eme|enme|arme|ennos)\b",
            r"\bme (?:puede|pueden|podria|podrian|podra|podran|pudiera|pudieran) "
            r"(?:llamar|hablar|marcar)\b",
            r"\bque (?:alguien |alguno |mi consejer[oa] )?"
            r"me (?:llame|llamen|hable|hablen|marque)\b",
            # "hablar con alguien", "hablar con mi consejera", "necesito hablar"
            r"\bhablar con (?:alguien|alguno|una persona|usted|ustedes|uds?|"
            r"(?:mi|un|una|el|la) (?:consejer[oa]|terapeuta|doctor|doctora|enfermer[oa]))\b",
            r"\bnecesito hablar\b",
            r"\balguien (?:con quien|para|que me) (?:hablar|llame|escuche|hable)\b",
        )
    )
)
# A clause with one of these before the request turns it down: "don't call me",
# "no need to call", "you don't have to call me", "no me llamen", "I can't talk to anyone".
_NEGATED = re.compile(
    r"\b(?:dont|don't|do not|doesnt|doesn't|does not|didnt|didn't|no need|not|never|cant|can't"
    r"|cannot|wont|won't|stop|quit|no|nunca|ni)\b"
)
_CLAUSE_END = re.compile(r"[.,;:!?¿¡]|\b(?:but|pero|just|solo)\b")
# What follows "talk to you" in a goodbye, not a request: "talk to you later/soon/tomorrow".
_GOODBYE = re.compile(r"\btalk to (?:you|u|ya) (?:later|soon|tomorrow|tmrw|then|at|on|in)\b")


def asks_for_a_person(text: str) -> bool:
    """True when `text` asks for a call or for someone to talk to, and does not turn it down."""
    norm = _GOODBYE.sub(" ", normalize(text))
    return any(
        not negated_in_clause(norm, found.start(), _NEGATED, _CLAUSE_END)
        for found in _REQUESTS.finditer(norm)
    )
