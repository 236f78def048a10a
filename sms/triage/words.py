"""Shared word lists, written `<NAME>` inside rule patterns and expanded when compiled.

They keep the rules short enough to review: `kill <SELF>` reads as what it means.
"""

from __future__ import annotations

import re

WORDS = {
    # "myself" and the ways it gets typed.
    "SELF": r"(?:my ?self|my ?slef|my ?sef|myslf|mself|meself|my ?sel)",
    # Laughter and jokes mark idioms ("lol I'm dying"); they never excuse a plain
    # statement of intent ("i wanna die lol" stays crisis: no exclusion uses them alone).
    "HUMOR": (
        r"(?:\b(?:lol\w*|lmf?ao\w*|rofl|haha\w*|ha ha|hehe\w*|jaja\w*|jeje\w*|xd|jk|just kidding"
        r"|kidding|es broma|broma)\b|:laughing:)"
    ),
    # Pills and drugs people overdose on (English and the brand names they text).
    "PILLS": (
        r"(?:pills?|pils|pillz|tabs?|tablets?|capsules?|meds|medications?|medicine|xanax|xans?|bars"
        r"|benzos?|oxys?|oxycodone|oxycontin|percs?|percocets?|vicodin|norcos?|klonopins?|valium"
        r"|ambien|sleeping pills|sleep aids?|tylenol|advil|ibuprofen|aspirin|pain ?killers?"
        r"|opioids?|fentanyl|fent|heroin|dope|methadone|:pill:)"
    ),
    "PILLS_ES": (
        r"(?:pastillas|pastiyas|pastias|pildoras|tabletas|capsulas|medicinas|medicamentos|calmantes"
        r"|clonazepam|xanax|rivotril|tafil|ansioliticos|:pill:)"
    ),
    # Five or more, as texted: digits or words ("like twenty").
    "MANY": (
        r"(?:[5-9]|\d{2,}|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty"
        r"|fifty|a dozen|dozens|cinco|seis|siete|ocho|nueve|diez|doce|quince|veinte|treinta"
        r"|cuarenta|una docena)"
    ),
    # Street names people text for drugs and drink (English and Spanish).
    "SLANG": (
        r"(?:blues|tina|black tar|smack|junk|roxys?|roxies|lean|zann?(?:y|ies)|xann?ies|yayo|snow"
        r"|blow|kush|wax|carts?|30s|m30s|perc ?30s?|ice|shard|glass|molly|tabs|cold ones|brews"
        r"|12 pack|6 pack|twelve pack|henny|hennessy|titos|fireball|jager|white claws?|margaritas?"
        r"|cocktails?|mimosas?|foco|chochos|tachas|raya|rayas|polvo|pisto|chupe|chelas?|caguamas?"
        r"|mota|churro|perico|cristal|piedra|chiva|coca|pase)"
    ),
    # Who might be hurting the person texting (or someone with them).
    "ASSAILANT": (
        r"(?:he|she|they|hes|shes|theyre|he is|she is|they are|someone|somebody|some guy|a guy"
        r"|this guy|a man|the guy|the man|my (?:\w+ )?(?:bf|gf|boyfriend|girlfriend|husband|wife|ex"
        r"|dad|father|stepdad|stepfather|mom|mother|stepmom|partner|brother|sister|son|roommate"
        r"|uncle|cousin|landlord|neighbor|dealer|pimp|fiance|baby daddy))"
    ),
    # Whom they might be hurting.
    "VICTIM": (
        r"(?:me|us|her|him|them|the kids|the baby|my (?:\w+ )?(?:mom|mother|mama|dad|sister|brother"
        r"|kids?|children|son|daughter|baby|wife|girlfriend|gf|partner|friend|roommate|face|head"
        r"|neck|arms?)|(?:his|her|their) (?:wife|girlfriend|gf|kids?|son|daughter|baby|mom|mother"
        r"|husband|boyfriend|partner)|a (?:woman|man|kid|child|girl|boy)|someone|somebody)"
    ),
    # Someone else, when the text is about them (overdose signs are often third person).
    "OTHER": (
        r"(?:he|she|they|hes|shes|theyre|he is|she is|they are|him|her|them|someone|somebody"
        r"|my (?:\w+ )?(?:friend|roommate|brother|sister|son|daughter|mom|mother|dad|father"
        r"|boyfriend|girlfriend|bf|gf|husband|wife|partner|cousin|uncle|aunt|kid|baby|buddy|homie)"
        r"|friend|roommate|brother|sister|son|daughter|boyfriend|girlfriend|husband|wife|partner"
        r"|cousin|guy|man|dude|kid|baby)"
    ),
    # "quiero" as texted.
    "QUIERO": r"(?:quiero|kiero|qiero|quero|kero|qero)",
    # Anyone's "self" (third-person reports: "he shot himself").
    "ANYSELF": r"(?:<SELF>|him ?self|her ?self|them ?selves|them ?self|their ?self)",
    # End of the text, allowing trailing "!", "?" and emoji.
    "END": r"(?: (?:[!?]|:[a-z]+:))*$",
}

_PLACEHOLDER = re.compile(r"<([A-Z][A-Z_]*)>")


def expand(pattern: str) -> str:
    """`pattern` with every `<NAME>` replaced by its word list (lists may use lists)."""
    while _PLACEHOLDER.search(pattern):
        pattern = _PLACEHOLDER.sub(lambda m: WORDS[m.group(1)], pattern)
    return pattern
