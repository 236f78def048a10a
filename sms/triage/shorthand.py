"""Texting shorthand, expanded to the words the rules are written with.

One word per entry, applied after everything else in `normalize` ("plzzz" has
already become "plz"). Only unambiguous shorthand is listed: "k" (ok or que)
and "4" (for, or four pills) are left alone.
"""

from __future__ import annotations

import re

SHORTHAND = {
    # English
    "u": "you", "ur": "your", "r": "are", "b": "be", "c": "see",
    "pls": "please", "plz": "please", "plez": "please", "pleas": "please", "plss": "please",
    "bc": "because", "cuz": "because", "cus": "because", "coz": "because", "bcuz": "because",
    "rn": "right now", "tho": "though", "thru": "through", "abt": "about", "bout": "about",
    "wld": "would", "wud": "would", "cld": "could", "cud": "could", "shld": "should",
    "ppl": "people", "tmrw": "tomorrow", "tmr": "tomorrow", "tmrow": "tomorrow",
    "2morrow": "tomorrow", "tomoro": "tomorrow", "tonite": "tonight", "2nite": "tonight",
    "2night": "tonight", "nite": "night", "gunna": "gonna", "gona": "gonna", "wonna": "wanna",
    "ima": "im going to", "imma": "im going to", "finna": "going to", "tryna": "trying to",
    "bouta": "about to", "boutta": "about to", "lemme": "let me", "gimme": "give me",
    "idc": "i dont care", "idk": "i dont know", "dnt": "dont", "cnt": "cant", "luv": "love",
    "yr": "your", "ne1": "anyone", "any1": "anyone", "no1": "no one", "noone": "no one",
    "some1": "someone", "sum1": "someone", "every1": "everyone", "evry1": "everyone",
    "b4": "before", "4ever": "forever", "4eva": "forever", "2moro": "tomorrow",
    "h8": "hate", "w8": "wait", "l8r": "later", "gr8": "great",
    "bf": "boyfriend", "gf": "girlfriend", "xans": "xanax", "xan": "xanax", "fent": "fentanyl",
    "oxys": "oxy", "tbh": "to be honest", "ngl": "not gonna lie", "fr": "for real",
    "hlep": "help", "hlp": "help", "halp": "help", "hepl": "help", "hekp": "help", "hellp": "help",
    "hepp": "help", "callme": "call me", "cal": "call", "wnt": "want", "dy": "die", "w": "with",
    "lotta": "lot of", "lotsa": "lots of", "outta": "out of", "alotta": "a lot of",
    "wanna": "wanna", "gotta": "gotta", "ive": "ive", "im": "im",
    # g-dropping
    "killin": "killing", "hurtin": "hurting", "cuttin": "cutting", "dyin": "dying",
    "dieing": "dying", "thinkin": "thinking", "goin": "going", "tryin": "trying",
    "wantin": "wanting", "usin": "using", "drinkin": "drinking", "smokin": "smoking",
    "cravin": "craving", "feelin": "feeling", "nothin": "nothing", "somethin": "something",
    "fightin": "fighting", "bleedin": "bleeding", "breathin": "breathing",
    "shootin": "shooting", "hittin": "hitting", "beatin": "beating", "comin": "coming",
    "talkin": "talking", "gettin": "getting", "doin": "doing", "livin": "living",
    "jumpin": "jumping", "overdosin": "overdosing", "chokin": "choking", "shakin": "shaking",
    "losin": "losing", "sittin": "sitting", "holdin": "holding", "endin": "ending",
    "turnin": "turning", "seizin": "seizing", "foamin": "foaming", "passin": "passing",
    "cryin": "crying", "screamin": "screaming", "yellin": "yelling", "punchin": "punching",
    "kickin": "kicking", "stabbin": "stabbing", "hangin": "hanging", "takin": "taking",
    "swallowin": "swallowing", "snortin": "snorting", "pukin": "puking", "throwin": "throwing",
    "respondin": "responding", "wakin": "waking", "movin": "moving", "tweakin": "tweaking",
    "noddin": "nodding", "fallin": "falling", "slurrin": "slurring", "hidin": "hiding",
    "burnin": "burning", "scratchin": "scratching", "plannin": "planning", "drivin": "driving",
    "crashin": "crashing", "followin": "following", "threatenin": "threatening",
    "beggin": "begging", "whoopin": "whooping", "slappin": "slapping", "bangin": "banging",
    # Phonetic spellings (limited literacy, dictation read back): one word each, never a
    # real word of its own ("liv", "lif", "tuk", "nife", "rists").
    "tuk": "took", "tuked": "took", "kil": "kill", "kild": "killed", "kiled": "killed",
    "kilin": "killing", "kiling": "killing", "liv": "live", "lif": "life", "lyf": "life",
    "mor": "more", "nife": "knife", "nif": "knife", "rist": "wrist", "rists": "wrists",
    "pleez": "please", "pleze": "please", "pleeze": "please", "sumbody": "somebody",
    "sumone": "someone", "freind": "friend", "frend": "friend", "freinds": "friends",
    "wana": "wanna", "gon": "gonna", "sum": "some", "ust": "used", "usd": "used", "agin": "again",
    "agen": "again", "agian": "again", "drnak": "drank", "darnk": "drank", "drakn": "drank",
    "lst": "last", "yestrday": "yesterday", "yesterdy": "yesterday", "yesturday": "yesterday",
    "yestarday": "yesterday", "yday": "yesterday", "ded": "dead", "wan": "want",
    "nuthin": "nothing", "sumthin": "something", "kno": "know", "shud": "should",
    "pils": "pills", "pilz": "pills", "brethe": "breathe", "breth": "breathe",
    "stabed": "stabbed", "choaked": "choked", "choakin": "choking",
    # Spanish
    "q": "que", "ke": "que", "qe": "que", "xq": "porque", "pq": "porque", "porq": "porque",
    "xk": "porque", "pk": "porque", "tb": "tambien", "tmb": "tambien", "tmbn": "tambien",
    "porfa": "por favor", "porfis": "por favor", "xfa": "por favor", "xfavor": "por favor",
    "plis": "por favor", "bn": "bien", "aki": "aqui", "kien": "quien", "nadien": "nadie",
    "naiden": "nadie", "dnd": "donde", "kiero": "quiero", "qiero": "quiero", "kero": "quiero",
    "qero": "quiero", "quero": "quiero", "kieres": "quieres", "toi": "estoy", "ta": "esta",
    "nokiero": "no quiero", "noquiero": "no quiero", "bivir": "vivir",
    "bida": "vida", "bibir": "vivir", "bomitando": "vomitando", "bomito": "vomito",
    "biendo": "viendo", "aserme": "hacerme", "acerme": "hacerme", "asotea": "azotea",
    "porfabor": "por favor", "aora": "ahora", "ahorita": "ahorita", "bolvi": "volvi",
    "cerbesa": "cerveza", "serbesa": "cerveza", "ambre": "hambre", "oy": "hoy",
    "ablamos": "hablamos", "ermano": "hermano", "ermana": "hermana", "suisido": "suicido",
    "suisidio": "suicidio",
    "berguensa": "verguenza", "verguensa": "verguenza", "ase": "hace", "relapsd": "relapsed",
    "ospital": "hospital", "yamen": "llamen", "yamame": "llamame",
    "ion": "i dont", "tanty": "aunt",
    # Typed drunk or half asleep: letters swapped, doubled or dropped in the words that matter.
    "mnay": "many", "cnat": "cant", "tite": "tight", "thinnk": "think", "tookk": "took",
    "drivng": "driving", "everywhre": "everywhere", "respirr": "respirar", "toas": "todas",
    "despirta": "despierta", "embarassment": "embarrassment", "embarassed": "embarrassed",
    "porke": "porque", "porqe": "porque", "asta": "hasta", "aser": "hacer", "nomas": "no mas",
    # Phonetic Spanish of limited literacy (batch 48): s for c and z, b for v, y for ll.
    "estoi": "estoy", "estranar": "extranar", "desidi": "decidi", "ber": "ver",
    "grasias": "gracias", "dise": "dice", "cuchiyo": "cuchillo", "beo": "veo",
    "hisieron": "hicieron", "ba": "va",
    # Caribbean Spanish as texted (batch 56): l for final r, mai and pai, -ío for -ido.
    "vivil": "vivir", "pol": "por", "favol": "favor", "amol": "amor", "mujel": "mujer",
    "matal": "matar", "moril": "morir", "seguil": "seguir", "sufril": "sufrir", "mai": "mama",
    "pai": "papa", "compai": "compadre", "dormio": "dormido", "prendio": "prendido",
    "trancá": "trancada", "tranca": "trancada", "cansao": "cansado", "tirao": "tirado",
        # Spelled as said, by writers with low literacy (batch 49).
    "taked": "took", "drinkd": "drank", "bleech": "bleach", "scard": "scared", "hiting": "hitting",
    "privat": "private", "bruse": "bruise", "tomorow": "tomorrow", "yu": "you", "evry": "every",
    "mñn": "manana", "mna": "manana", "mñna": "manana", "vdd": "verdad", "ntp": "no te preocupes",
}  # fmt: skip

# Words that only pad a sentence ("i literally just want to die"): dropped, so rules
# need not allow for them between every two words.
_FILLERS_WORDS = """
    like literally honestly lowkey highkey ngl tbh kinda sorta actually seriously basically
    totally fucking freaking effing frickin fuckin um uh uhh umm bro dude yo omg smh just
    really so very super even truly genuinely legit deadass
    osea literal neta pues wey guey re recontra enit innit
    """
FILLERS = frozenset(_FILLERS_WORDS.split())
# Tags that close a sentence without adding to it ("ya no quiero seguir, la verdad", "i'm done
# for real", "no cap"): dropped with the filler words, so a rule's end-of-sentence still holds.
FILLER_PHRASES = (
    "la verdad", "en serio", "de verdad", "te lo juro", "for real", "to be honest",
    "not gonna lie", "no cap", "on god", "on my mama", "swear to god", "i swear", "la neta",
    "posta",
)  # fmt: skip


# Any other dropped g ("runnin", "lookin", "fixin", "sayin") is read as the -ing word; the
# list above names the common ones, this catches the rest of a rural or Southern text. Words
# that really end in a consonant and "in" are kept, above all the medicines the rules name.
_DROPPED_G = re.compile(r"[a-z]{2,}(?:[bcdfghjklmnpqrstvwxz]|y)in")
_REAL_IN_WORDS = frozenset((
    "within", "begin", "cabin", "robin", "satin", "basin", "cousin", "margin", "origin",
    "raisin", "napkin", "pumpkin", "muffin", "coffin", "goblin", "muslin", "tannin", "aspirin",
    "insulin", "vitamin", "violin", "latin", "dublin", "berlin", "austin", "martin", "kevin",
    "justin", "dustin", "gremlin", "puffin", "bobbin", "toxin", "resin", "rosin", "merlin",
    "mandolin", "javelin", "gelatin", "heparin", "pectin", "keratin", "penicillin",
    "amoxicillin", "gabapentin", "neurontin", "oxycontin", "vicodin", "klonopin", "metformin",
    "warfarin", "nitroglycerin", "dilantin", "ketamin", "morphin", "cocain", "bupropin",
    "benjamin", "franklin", "lincoln", "collin", "caitlin", "kaitlin", "darwin", "erwin",
    "marvin", "calvin", "jardin", "calcetin", "botin", "motin", "festin", "maletin", "boletin",
    "patin", "serafin", "joaquin", "agustin", "chapin", "pingpin", "cheerin", "bulletin",
    "mannequin",
))  # fmt: skip


def restore_dropped_g(word: str) -> str:
    """ "runnin" -> "running"; other words unchanged."""
    if len(word) >= 5 and word not in _REAL_IN_WORDS and _DROPPED_G.fullmatch(word):
        return word + "g"
    return word
