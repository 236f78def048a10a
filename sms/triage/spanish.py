"""Spanish verb forms, rewritten to the form the rules are written in.

Spain (and much of the Caribbean) reports what just happened in the present
perfect: "me he tomado un bote de pastillas", "me ha pegado", "he recaído",
"me he hecho cortes". Latin American texts, which most Spanish rules were
written from, use the preterite: "me tomé", "me pegó", "recaí", "me hice". So
the perfect is rewritten to the preterite of the same person, and one rule
covers both: "he tomado" -> "tome", "ha tomado" -> "tomo", "han tomado" ->
"tomaron", "hemos bebido" -> "bebimos".

A pronoun that climbs before a verb of wanting or going ("me quiero quitar la
vida", "me voy a colgar") is also read where the rules expect it, after the
infinitive ("quiero quitarme la vida"): `enclitic` gives that second reading.

Only a participle after a Spanish pronoun or adverb, or at the start of the text,
is rewritten (never after "no": "no lo he tomado" is a denial), so the English
"he" is left alone.
"""

from __future__ import annotations

import re

# Irregular participles people text about: what happened, done to them or by them.
_IRREGULAR = {
    "hecho": ("hice", "hizo", "hicieron", "hicimos"),
    "dado": ("di", "dio", "dieron", "dimos"),
    "puesto": ("puse", "puso", "pusieron", "pusimos"),
    "dicho": ("dije", "dijo", "dijeron", "dijimos"),
    "visto": ("vi", "vio", "vieron", "vimos"),
    "vuelto": ("volvi", "volvio", "volvieron", "volvimos"),
    "roto": ("rompi", "rompio", "rompieron", "rompimos"),
    "escrito": ("escribi", "escribio", "escribieron", "escribimos"),
    "abierto": ("abri", "abrio", "abrieron", "abrimos"),
    "muerto": ("mori", "murio", "murieron", "morimos"),
}
_PERSON = {"he": 0, "ha": 1, "has": 0, "han": 2, "hemos": 3}
# Participles whose perfect the rules already know as such ("he estado tomando").
_KEEP = frozenset({"estado", "sido", "tenido", "ido"})
# Before "he/ha/han": a clitic, a subject or an adverb that makes the text Spanish.
_LEAD = (
    r"me|te|se|le|lo|la|les|los|nos|yo|ya|hoy|anoche|ayer|tambien|otra vez|nunca|siempre"
    r"|el|ella|ellos|mi \w+|que|y|pero|porque|casi|solo"
)
# A denial stays a perfect ("no lo he tomado" is not "lo tome"): nothing after "no" is rewritten.
_PERFECT = re.compile(rf"(^|(?<!\bno )\b(?:{_LEAD}) )(he|ha|has|han|hemos) ([a-z]+)\b")


def perfect_to_preterite(text: str) -> str:
    """'me he tomado' -> 'me tome', 'me ha pegado' -> 'me pego'; other text unchanged."""
    if " he" not in f" {text}" and " ha" not in f" {text}":  # most texts: nothing to do
        return text
    return _PERFECT.sub(_preterite, text)


def _preterite(match: re.Match[str]) -> str:
    lead, auxiliary, participle = match.group(1), match.group(2), match.group(3)
    person = _PERSON[auxiliary]
    if participle in _KEEP:
        return match.group()
    if participle in _IRREGULAR:
        return lead + _IRREGULAR[participle][person]
    if participle.endswith("ado") and len(participle) > 4:
        return lead + participle[:-3] + ("e", "o", "aron", "amos")[person]
    if participle.endswith("ido") and len(participle) > 4:
        stem = participle[:-3]
        if stem.endswith(("a", "e", "o")):  # caido, leido, oido: cai, cayo, cayeron
            return lead + stem + ("i", "yo", "yeron", "imos")[person]
        return lead + stem + ("i", "io", "ieron", "imos")[person]
    return match.group()


# "me quiero matar" = "quiero matarme": a pronoun before a verb of wanting, going, being able
# or trying belongs to the infinitive after it. Only with the verb in the pronoun's own person
# ("me quiero", "se quiere"): in "mi jefe me quiere matar" the boss is the one who wants to.
_MODAL_1 = (
    r"quiero|quisiera|voy a|puedo|pienso|necesito|tengo que|debo|deberia|trato de|intento"
    r"|acabo de|estoy por|estoy pensando en"
)
_MODAL_3 = r"quiere|quieren|va a|van a|puede|pueden|piensa|piensan|tiene que|intenta|trata de"
_CLIMBED = re.compile(
    rf"\b(?:(me) ((?:ya )?(?:{_MODAL_1}))|(se) ((?:ya )?(?:{_MODAL_3}))) ([a-z]+(?:ar|er|ir))\b"
)


def enclitic(text: str) -> str | None:
    """'me quiero quitar la vida' -> 'quiero quitarme la vida'; None if no pronoun climbed."""
    if not _CLIMBED.search(text):
        return None
    return _CLIMBED.sub(_move_pronoun, text)


def _move_pronoun(match: re.Match[str]) -> str:
    pronoun = match.group(1) or match.group(3)
    modal = match.group(2) or match.group(4)
    return f"{modal} {match.group(5)}{pronoun}"
