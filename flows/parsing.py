"""Understanding participants' replies the way people really text them.

Replies come as "Yesss 👍", "cant make it", "like a 7", "sí, ahí estaré" or an
iPhone tapback such as `Liked “See you Thursday”`. Each parser returns one
meaning or None. None is the answer whenever a reply hedges ("maybe",
"no sé"), mixes answers ("yes and no") or wanders off, so that the question is
asked again or a person reads it rather than Tether guessing.

English and Spanish. Word lists are data at the top of the module. Only the
standard library is used, because the flow engine must stay pure.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

YES, NO = "yes", "no"
CONFIRM, DECLINE, LATE = "confirm", "decline", "late"
LIKE, LOVE, DISLIKE = "like", "love", "dislike"
LAUGH, EMPHASIZE, QUESTION = "laugh", "emphasize", "question"

# Meanings that are not answers; they only change how an answer is read.
_HEDGE = "hedge"  # "maybe", "no sé", "what?": nothing to act on yet
_NEGATION = "negation"  # "not", "don't": a yes next to one is no longer a clear yes
_FILLER = "filler"  # "please", "hola", "I'm good": adds nothing either way
_OTHER_TAPBACK = "other"  # a removed tapback or an emoji we cannot read

# Phrases are comma-separated, written as people type them. They are
# normalised like messages, so "I'll", "ill" and "sí" need no extra spellings.
_YES_WORDS = """
    yes, yeah, yea, yeh, yep, yup, ya, yah, yas, sure, sure thing, for sure, ok, okay, okey,
    oki, okie, kk, alright, all right, aight, absolutely, definitely, def, of course, certainly,
    totally, please do, go ahead, sounds good, sounds great, that works, works for me,
    sign me up, count me in,
    that would be great, that would help, id like that, i would like that, i want to, i do,
    lets do it, lets do that, why not, no problem, no prob, no doubt, will do, bet, fine, perfect,
    cool, yes maam, yes sir, yessir, affirmative, 👍, 👌, ✅, ✔, ☑, 🆗, 🙂, 😊, 💯, 🙌,
    si, sip, claro, claro que si, vale, dale, va, sale, por supuesto, de acuerdo, esta bien, bueno,
    perfecto, seguro, desde luego, como no, por que no, andale, obvio, obviamente, con gusto,
    me parece bien, listo, afirmativo, no hay problema, sin problema, si quiero, me gustaria
"""
_NO_WORDS = """
    no, nope, nah, naw, nay, no thanks, no thank you, no thx, no ty, not now, not today,
    not really, not yet, not interested, not right now, no way, never, absolutely not,
    definitely not, of course not, certainly not, hell no, i dont, i do not, dont want to,
    i dont want, i dont think so, dont think so, no need, pass, ill pass, negative,
    dont call, dont call me, please dont call, please dont call me, no calls, no call,
    👎, ❌, ✖, 🚫, 🙅, ⛔,
    nop, nel, no gracias, ahora no, hoy no, todavia no, aun no, para nada, de ninguna manera,
    claro que no, por supuesto que no, nunca, no quiero, no por ahora, por ahora no, mejor no,
    paso, negativo, no necesito, no hace falta, jamas, ahorita no, no me llamen, no me llames
"""
# Replies that are not an answer to act on. "?" is here because a question
# back ("yes?", "what?") is not an answer; "sick of this" is a feeling, not a
# decline, and is for a person to read.
_HEDGE_WORDS = """
    maybe, perhaps, possibly, probably, prob, probs, idk, i dont know, dont know, dunno,
    not sure, unsure, no idea, no clue, i guess, i think so, i think, kinda, kind of, sort of,
    sorta, depends, it depends, let me think, let me check, let me see, lets see,
    ill let you know, let you know, we will see, we'll see, ill see, try, ill try, hopefully,
    hope so, might, i might, not bad, no worries, never mind, nevermind, nvm, yes and no, huh,
    wrong number, sick of, im sick of, sick and tired, im sick and tired, ?, cant sleep,
    cant stop, no puedo dormir, no puedo parar, no ride home,
    no se, no lo se, nose, quizas, quiza, tal vez, talvez, a lo mejor, puede ser, depende,
    no estoy seguro, no estoy segura, ni idea, no tengo idea, creo que si, creo que no, creo,
    voy a ver, a ver, te aviso, le aviso, luego te digo, despues te digo, intentare,
    lo intentare, ojala, mas o menos, si y no
"""
_NEGATION_WORDS = """
    not, dont, do not, doesnt, didnt, cant, cannot, can not, wont, wouldnt, shouldnt, isnt,
    arent, wasnt, aint, never, nor, nunca, tampoco, ni
"""
# "I'm good" and "estoy bien" are filler: alone they answer nothing, and
# after "no" they only soften it.
_FILLER_WORDS = """
    please, pls, plz, thanks, thank you, thank u, thanks so much, thank you so much, thx, ty,
    tysm, hi, hey, hello, oh, ah, um, uh, hmm, mm, well, so, lol, haha, hehe, sorry, so sorry,
    i, im, i am, ill, id, ive, im good, im ok, im okay, im fine, im alright, all good, for now,
    again, too, also, today, tonight, now, actually, after all, changed my mind, afterall,
    still, just, just to confirm, just wanted to confirm,
    por favor, porfa, porfavor, gracias, muchas gracias, mil gracias, hola, buenas, buenos dias,
    buenas tardes, buenas noches, tardes, la tarde, esta tarde, jaja, jajaja, jeje, perdon,
    disculpa, disculpe, lo siento, yo, pues, estoy bien, por ahora, hoy, ahora, al final,
    siempre, cambie de opinion
"""
# A text that only acknowledges ("thanks!", "ok 👍", "gracias"): nothing in it to answer.
_THANKS_WORDS = """
    thanks, thank you, thank u, thanks so much, thank you so much, thank u so much, thanks a lot,
    thank you very much, thanks again, thx, thnx, tx, ty, tysm, tyvm, appreciate it,
    appreciate you, i appreciate it, much appreciated, ok, okay, k, kk, got it, gotcha, will do,
    sounds good, cool, great, awesome, perfect, nice, you too, u too, same to you, you as well,
    have a good night, have a good day, good night, lol, haha, talk to you later, ttyl, bye,
    see you, see ya, later,
    gracias, muchas gracias, mil gracias, vale, entendido, perfecto, muy bien, igualmente,
    bendiciones, dios le bendiga, que dios le bendiga, buenas noches, jaja, sale, ok gracias
"""
_CONFIRM_WORDS = """
    confirm, confirmed, confirming, i confirm, c to confirm, be there, ill be there,
    will be there, i will be there, see you there, see you then, see you soon, see ya,
    see u there, c u there, see you, on my way, omw, on the way, coming, im coming, ill come,
    will come, i can come, can come, ill make it, will make it, can make it, i can make it,
    wouldnt miss it, would not miss it, ill b there, b there, see yall, see yall there,
    i can, count me in, im in, going, im going, cant wait, on time, attending, ill attend,
    confirmo, confirmado, confirmada, confirmar, si voy, voy, ahi voy, ya voy, alli estare,
    ahi estare, alla estare, ahi estoy, alli nos vemos, ahi nos vemos, nos vemos, en camino,
    voy en camino, voy para alla, cuenten conmigo, cuenta conmigo, asistire, si asisto,
    a tiempo, llego a tiempo, si puedo, puedo ir, si puedo ir, gonna come, im gonna come,
    going to come, im going to come, still coming, just confirming, good for group,
    im good for group
"""
_DECLINE_WORDS = """
    cant make it, cannot make it, can not make it, cant come, cannot come, can not come,
    cnat make it, cant amke it, miss this one, ill miss this one, gonna miss this one,
    prob not, probably not, prolly not, probs not, no podre asistir, no puedo asistir,
    prob cant make it, probably cant make it, prob cant, probably cant,
    cant go, cant attend, cant be there, wont make it, wont be there, will not be there,
    i will not be there, not be there, wont be able to, not able to, not going to make it,
    not gonna make it, not coming, not going, cant, cannot, sick, im sick, feeling sick,
    feel sick, im ill, feeling ill, not feeling well, under the weather, have to cancel,
    need to cancel, gotta cancel, have to miss, going to miss, gonna miss, will miss,
    no can do, skip, skipping, not tonight, not today, not this time, cant tonight, cant today,
    have to work, gotta work, got work, working tonight, working late, have work, i have work,
    called into work, got called in, no ride, dont have a ride, no way to get there,
    no puedo, no puedo ir, no voy, no voy a ir, no voy a poder, no podre, no podre ir, no ire,
    no asistire, no llego, no alcanzo, no alcanzo a llegar, estoy enfermo, estoy enferma,
    hoy no puedo, esta vez no, tengo que trabajar, tengo trabajo, me toca trabajar, no tengo ride,
    no tengo como llegar, no tengo transporte,
    enfermo, enferma, me siento mal, tengo que cancelar, something came up, cancel,
    cancel for me, cancel me, wont make group, cant make group, cannot make group, miss group,
    not gonna make group, gonna miss group, have to miss group, wont be at group,
    cant come to group, not gonna be able to, not going to be able to, need to miss,
    i need to miss, family emergency, work called me in, called me in, no voy a poder asistir,
    sigo sin poder, sin poder ir, ya no puedo, ya no puedo ir, ya no voy,
    ya no voy a ir, ya no voy a poder, ya no podre
"""
_LATE_WORDS = """
    late, running late, be late, gonna be late, going to be late, will be late, little late,
    prob late, probably late, prob min late, probably min late, prob mins late, prob running late,
    probably running late, might be late, might be a little late, may be late,
    bit late, a bit late, a little late, few minutes late, few mins late, min late, mins late,
    minute late, minutes late, running behind, running a bit behind, behind, delayed, traffic,
    stuck in traffic, in traffic, held up, cant make it on time, wont make it on time,
    not going to make it on time, wont be on time, not on time,
    tarde, llego tarde, voy tarde, voy a llegar tarde, llegare tarde, un poco tarde,
    llego un poco tarde, unos minutos tarde, se me hizo tarde, voy retrasado, voy retrasada,
    retrasado, retrasada, atrasado, atrasada, con retraso, voy con retraso, trafico,
    hay trafico, mucho trafico, hay mucho trafico, no llego a tiempo, no voy a llegar a tiempo,
    se atraso, se me atraso, me atrase, atraso, min tarde, mins tarde, minutos tarde
"""
# Words around a score that say nothing else: "I'm at a 7", "más o menos un 6".
_SCORE_FILLER_WORDS = """
    like, a, an, about, around, roughly, approx, approximately, maybe, prob, probs, probably,
    prolly, def, definitely, honestly, tbh, idk, dunno, not sure, i, im, am, at, its, it, is,
    id, i would, say, id say, feeling, feel, today, tonight, rn, right now, now, currently, my,
    mood, level, score, rating, number, craving, cravings, urge, urges, just, only, pretty,
    pretty much, solid, a solid, strong, between, from, ish, so, um, uh, hmm, well, oh, ok, okay,
    yes, yeah, hi, hey, hello, ugh, lol, haha, the, or so, still, really, at least, at most,
    un, una, como, tipo, mas o menos, estoy, estoy en, en, diria, diria que, creo, creo que, que,
    hoy, ahora, alrededor, alrededor de, de, unos, casi, yo, es, mi, nivel, probablemente, aprox,
    la verdad, pues, entre, si, bueno, hola, sigo, sigo en, ando, ando en, me siento, quizas,
    tal vez, digamos, jaja, todavia, high, low, medium, pretty high, pretty low, very high,
    alto, bajo, medio
"""

# A reply of one letter counts only as the whole message: "n" inside a
# sentence is just a typo.
_YES_NO_LETTERS = {"y": YES, "n": NO, "k": YES}
# The Spanish reminder asks for T ("tarde") where the English one asks for L.
_ATTENDANCE_LETTERS = {"c": CONFIRM, "n": DECLINE, "l": LATE, "t": LATE, "y": CONFIRM, "k": CONFIRM}

# Which answers a message may give together, and what they add up to. "On my
# way, running late" is late; "no, I can't" is a decline; anything else mixed
# (or with a hedge) is not understood.
_YES_NO_OUTCOMES = {
    frozenset({YES}): YES,
    frozenset({NO}): NO,
    frozenset({NO, _NEGATION}): NO,
}
_ATTENDANCE_OUTCOMES = {
    frozenset({CONFIRM}): CONFIRM,
    frozenset({DECLINE}): DECLINE,
    frozenset({DECLINE, _NEGATION}): DECLINE,
    frozenset({LATE}): LATE,
    frozenset({CONFIRM, LATE}): LATE,
}
# The letters a reminder asks for (C, N, L; T in Spanish), without the y/k of a plain yes.
_REMINDER_LETTERS = frozenset("cnlt")
# A reply that turns on an earlier answer; what follows it is the answer now.
_TURN = re.compile(
    r"\b(?:but|pero|nvm|never ?mind|scratch that|disregard(?: that| my last| what i said)?"
    r"|forget (?:that|what i said|my last)|ignore (?:that|my last|what i said)"
    r"|olvid[aeo] (?:lo que|lo q|lo k) (?:te )?dije|olvidalo|olvida eso"
    r"|change (?:my |the )?(?:answer|response|reply)(?: to)?"
    r"|cambi[oae] (?:mi |la )?respuesta(?: a)?"
    r"|(?:switch|change) (?:it |me |that )?to)\b[\s?.!,:;-]*"
)
# Coming, said as what was meant or wished before a turn ("I was going to come but...").
_COUNTERFACTUAL = re.compile(
    r"\b(?:was|were) (?:going to|gonna|gunna|planning to|about to)\b|\bwanted to\b"
    r"|\bwould(?:ve| have)?\b|\bid (?:love|like) to\b|\bwish i could\b|\bhoped to\b"
    r"|\biba a\b|\bqueria\b|\bquisiera\b|\bpensaba\b|\bme hubiera gustado\b"
)
# A day other than the session's: an answer about a later session, not this one.
_ANOTHER_DAY = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thurs?|fri"
    r"|sat|sun|tomorrow|tmrw|tmr|next (?:week|time|one|session|group)|lunes|martes|miercoles"
    r"|jueves|viernes|sabado|domingo|la proxima|pasado manana)\b"
)
_LATER_SESSION = re.compile(
    r"\b(?:see (?:you|ya|u)|c (?:u|ya)|cu|ill be (?:there|back)|be there|be back|nos vemos"
    r"|hasta)(?: (?:on|el|the|this|next|el proximo|la proxima))? " + _ANOTHER_DAY.pattern
)
_THIS_SESSION = re.compile(r"\b(?:today|tonight|tonite|now|hoy|esta noche|ahora|ahorita)\b")
_LAST_LETTER_WORDS = 5  # "it's actually an N": a letter last only in a short clause
_MAX_CHANGE_STRAYS = 30  # a long explanation around a clear phrase is still that answer
_YES_NO_REACTIONS = {LIKE: YES, LOVE: YES, EMPHASIZE: YES, DISLIKE: NO}
_ATTENDANCE_REACTIONS = {LIKE: CONFIRM, LOVE: CONFIRM, EMPHASIZE: CONFIRM, DISLIKE: DECLINE}

# Unknown words allowed after a clear answer ("yes, call me after work").
# Longer messages are for a person to read.
_MAX_STRAYS = 6
# Words that may follow an answer letter without changing it: "n sorry", "c gracias", "L 15 min".
_COURTESY = frozenset(
    (
        "sorry", "sry", "srry", "soz", "gracias", "thanks", "thx", "ty", "lo", "siento", "perdon",
        "min", "mins", "minutes", "minutos", "ok", "pls", "please", "porfa",
    )
)  # fmt: skip
# Asking in words to get no more texts: "stop texting me", "remove me from this list", "ya no
# me manden mensajes". Carriers act on the bare keyword only, so these are told how.
_NO_MORE_TEXTS = re.compile(
    r"\b(?:stop (?:texting|messaging|sending|contacting)(?: me| these| this)?|(?:dont|do not|quit)"
    r" (?:text|message|contact)(?:ing)? me|remove me(?: from (?:this|the|your) (?:list|texts))?"
    r"|take me off (?:this|the|your) list|unsubscribe me|no more (?:texts|messages)"
    r"|(?:ya )?no me (?:manden|envien|escriban|mande|envie|escriba) (?:mas )?(?:mensajes|textos)?"
    r"|dejen de (?:mandarme|enviarme|escribirme)|basta de mensajes|quitenme de la lista)\b"
)
# A digit that is part of a word ("2nite", "4ever", "b4"), not a score; "5ish" stays a 5.
_GLUED_DIGIT = re.compile(r"\b\d+(?=(?!ish\b)[a-z]{2,})|(?<=[a-z])\d+\b")
# One letter, typed once or a few times: "c", "cc", "nnn".
_LETTER_RUN = re.compile(r"([a-z])\1{0,3}")

# Real words one typo away from a word we listen for; they are never typos.
_NOT_TYPOS = frozenset(
    ("there", "these", "three", "those", "where", "tried", "lovely", "lively", "clara", "newer",
     "curse", "think", "thing", "vamos")
)  # fmt: skip

# Number words, with the misspellings people send. No fuzzy matching here:
# "night"/"eight" and "fine"/"nine" are one letter apart.
_NUMBER_WORDS = {
    **dict.fromkeys(("zero", "cero", "sero", "none", "nothing", "nada", "ninguno", "ninguna"), 0),
    **dict.fromkeys(("one", "uno"), 1),
    **dict.fromkeys(("two", "dos"), 2),
    **dict.fromkeys(("three", "thre", "tres"), 3),
    **dict.fromkeys(("four", "cuatro"), 4),
    **dict.fromkeys(("five", "fiv", "cinco", "sinco"), 5),
    **dict.fromkeys(("six", "seis"), 6),
    **dict.fromkeys(("seven", "sevn", "seben", "siete"), 7),
    **dict.fromkeys(("eight", "eigth", "eigt", "eihgt", "ocho"), 8),
    **dict.fromkeys(("nine", "nien", "nueve", "nuebe"), 9),
    **dict.fromkeys(("ten", "diez", "dies"), 10),
    **dict.fromkeys(("eleven", "once"), 11),
    **dict.fromkeys(("twelve", "doce"), 12),
    **dict.fromkeys(("twenty", "veinte"), 20),
    **dict.fromkeys(("hundred", "cien"), 100),
}
# "8 out of 10", "8/10", "8 de 10": the second number is the scale.
_OUT_OF = frozenset({("/",), ("out", "of"), ("outta",), ("of",), ("over",), ("de",), ("sobre",)})
# "6-7", "6 or 7", "between 6 and 8", "7, maybe 8", "seis o siete": a range.
# Other words between numbers ("mood 7 cravings 3") mean two answers.
_RANGE_WORDS = frozenset(
    ("-", "/", "to", "or", "and", "like", "maybe", "prob", "probably", "perhaps", "idk", "a",
     "o", "u", "y", "al", "hasta", "quizas", "tal", "vez", "como", "un")
)  # fmt: skip
_SCORE_UNITS = (
    r"a\.?m|p\.?m|o'?\s?clock|hrs?|hours?|mins?|minutes?|secs?|seconds?|days?|nights?|weeks?"
    r"|wks?|months?|years?|yrs?|times|st|nd|rd|th|percent|lbs?|kg|mg|ml|oz|dollars?|bucks"
    r"|horas?|minutos?|segundos?|dias?|noches?|semanas?|mes|meses|anos?|veces|pesos|dolares"
    # A count of drinks or pills is a disclosure for a person, not a score.
    r"|drinks?|beers?|shots?|cigs?|cigarettes?|pills?|bottles?|glasses|cups?|hits?"
    r"|tragos?|cervezas?|copas?|cigarros?|pastillas?|botellas?"
)
# Numbers that are times, dates, phone numbers, amounts or counts.
_NOT_A_SCORE = re.compile(
    r"\d\s*[:h]\s*\d|\d{3}\s*[-.]?\s*\d{4}|\d+\s*/\s*\d+\s*/\s*\d+|[$€£]\s*\d|\d\s*%"
    rf"|\ba las? \d|\d\s*(?:{_SCORE_UNITS})\b"
)
_DECIMAL = re.compile(r"(\d+)[.,](\d{1,2})\b")

# Words that may surround an option number: "option 2", "la 2".
_CHOICE_FILLER = frozenset(
    ("option", "opt", "number", "num", "choice", "pick", "choose", "the", "i", "opcion", "numero",
     "la", "el")
)  # fmt: skip
_CHOICE_NEGATORS = frozenset(
    ("not", "no", "nor", "never", "dont", "isnt", "arent", "wasnt", "aint", "ni", "nunca", "sin")
)

# Tapback prefixes as they arrive by SMS, matched on normalised text. Spanish
# group chats name the person: "A Ana le gustó “…”".
_SOMEONE = r'(?:a [^"]{1,40}? )?'
_EMOJI = r"(?P<emoji>[^\x00-\x7f\s]+|!!|!\?|\?)"  # NFKD turns ‼ into "!!" and ⁉ into "!?"
_TAPBACK_PREFIXES = (
    (r"liked", LIKE),
    (r"loved", LOVE),
    (r"disliked", DISLIKE),
    (r"laughed at", LAUGH),
    (r"emphasi[sz]ed", EMPHASIZE),
    (r"questioned", QUESTION),
    (_SOMEONE + r"(?:no le gusto|le disgusto|le desagrado)", DISLIKE),
    (_SOMEONE + r"le gusto", LIKE),
    (_SOMEONE + r"le encanto", LOVE),
    (r"se rio de|le hizo gracia|le dio risa", LAUGH),
    (r"enfatizo|destaco|resalto", EMPHASIZE),
    (r"cuestiono|pregunto por", QUESTION),
    (rf"(?:reacted|reacciono)\s+(?:with\s+|con\s+)?{_EMOJI}\s+(?:to|a)", None),
    (rf"{_EMOJI}\s+(?:to|a)", None),
    # Taking a tapback back is not an answer, whatever the quoted text says.
    (r'(?:removed|quito|elimino|se elimino|ya no le)\b[^"]*', _OTHER_TAPBACK),
)
_TAPBACKS = tuple((re.compile(rf'^(?:{prefix})\s*"'), kind) for prefix, kind in _TAPBACK_PREFIXES)
_REACTION_EMOJI = {
    **dict.fromkeys("👍👌", LIKE),
    **dict.fromkeys("❤♥😍🥰😘💕💖💗💙💜", LOVE),
    "👎": DISLIKE,
    **dict.fromkeys("😂🤣😆😹", LAUGH),
    **dict.fromkeys(["!!", "!", "❗", "❕"], EMPHASIZE),
    **dict.fromkeys(["!?", "?", "❓", "❔", "🤔"], QUESTION),
}
_QUOTE_MARKS = '"“”„‟«»'
_TRAILING_ELLIPSIS = re.compile(r"(?:…|\.\.\.)\s*$")

_PLAIN = str.maketrans(
    {
        **dict.fromkeys("“”„‟«»″", '"'),
        **dict.fromkeys("‘’‚‛ʼ´`′", "'"),
        **dict.fromkeys("‐‑‒–—―−", "-"),
        # Variation selectors, the keycap mark and skin tones: "7️⃣" is 7, "👍🏽" is 👍.
        **dict.fromkeys(["\ufe0f", "\ufe0e", "\u20e3", *map(chr, range(0x1F3FB, 0x1F400))]),
        "🔟": "10",
    }
)
_REPEATS = re.compile(r"([^\W\d_])\1{2,}")
# Stretched spellings double vowels or the last letter ("yeess", "nahh"), never
# an inner consonant: "latte" is not "late".
_STRETCH = re.compile(r"([aeiou])\1|([^\W\d_])\2$")
_TOKEN = re.compile(r"\d+|[^\W\d_]+|[^\w\s]")
_BREAK = "."  # end of a clause: phrases never run across it ("well, see you there")
_BREAKS = frozenset(".,;:!")

_Phrase = tuple[str, ...]
# Phrases with their meanings, grouped by first letter: a word only ever
# matches (exactly, stretched or with a typo) a word with the same first letter.
_Vocabulary = dict[str, tuple[tuple[_Phrase, str], ...]]


@dataclass(frozen=True)
class Reaction:
    """A tapback: what kind it is and the text of the message it reacts to."""

    kind: str
    quoted: str


@dataclass(frozen=True)
class _Hit:
    """A stretch of words read as one meaning; None for a word no list knows."""

    meaning: str | None
    start: int
    end: int
    fuzzy: bool = False


@dataclass(frozen=True)
class _Question:
    """What one kind of question listens for."""

    vocabulary: _Vocabulary
    outcomes: dict[frozenset[str], str]
    letters: dict[str, str]
    reactions: dict[str, str]
    digits: bool = True
    # Answers still understood after unknown words ("stuck at work, can't come"):
    # only where a misreading costs little (a late or absent participant is
    # asked about by a person anyway), never a consent.
    said_after_anything: frozenset[str] = frozenset()


def normalize(text: str) -> str:
    """Casefold, strip accents, plain quotes and dashes, keycaps as digits, tidy repeats and spaces.

    Letters typed three or more times in a row become two ("yesss" -> "yess"):
    no English or Spanish word triples a letter, and matching accepts the
    doubled form too.
    """
    plain = unicodedata.normalize("NFKD", (text or "").translate(_PLAIN))
    bare = "".join(ch for ch in plain if not unicodedata.combining(ch)).casefold()
    return " ".join(_REPEATS.sub(r"\1\1", bare).split())


def parse_reaction(text: str) -> Reaction | None:
    """Return the tapback a message is (iPhone, Android, English or Spanish), or None."""
    kind = _tapback(normalize(text))
    if kind is None or kind == _OTHER_TAPBACK:
        return None
    return Reaction(kind, _quoted(text))


def parse_yes_no(text: str) -> str | None:
    """Return "yes" or "no" for a clear answer, None for anything unclear or mixed."""
    return _understand(text, _YES_NO)


def negated_in_clause(
    norm: str, start: int, negation: re.Pattern[str], clause_end: re.Pattern[str]
) -> bool:
    """True when the clause of normalized `norm` that ends at `start` holds `negation`.

    "don't call me", "not sad": a word is turned down by a negation before it in its own
    clause (what `clause_end` splits on), not by one in an earlier clause.
    """
    clause = clause_end.split(norm[:start])[-1]
    return negation.search(clause) is not None


def is_acknowledgement(text: str) -> bool:
    """True for a text that only thanks or acknowledges ("thanks!!", "ok 👍", "gracias 🙏").

    Emoji and punctuation around the words are decoration; a text of emoji alone counts.
    """
    tokens = _tokens(normalize(text))
    symbols = [t for t in tokens if not t[0].isalnum() and t not in _PUNCTUATION]
    if any(symbol not in _THANKS_EMOJI for symbol in symbols):
        return False  # "😢", "?": something to answer
    words = [t for t in tokens if t[0].isalnum()]
    if not words:
        return bool(symbols)
    start = 0
    while start < len(words):
        step = next((len(p) for p in _THANKS if tuple(words[start : start + len(p)]) == p), 0)
        if not step:
            return False
        start += step
    return True


def wants_no_more_texts(text: str) -> bool:
    """True for a text asking in words to get no more messages ("stop texting me")."""
    return _NO_MORE_TEXTS.search(normalize(text)) is not None


def parse_attendance(text: str) -> str | None:
    """Return "confirm", "decline" or "late" for a reply to a session reminder, else None."""
    return _understand(text, _ATTENDANCE)


def parse_attendance_change(text: str) -> str | None:
    """Like `parse_attendance`, for a reply that would change an answer already given.

    What follows a turn ("I said yes but I won't make it", "nvm, I'll be there",
    "change my answer to N") is read first. Only a clear answer counts: the
    reminder's own letter ("n sorry", "l stuck at work, be there by 6:20", "it's
    actually an N"), or attendance words that say it alone or as a phrase of two
    words or more however long the message ("can't come tonight, my daughter has a
    fever and..."). One such word among others ("I can't sleep", "sick kid"), "can't
    wait for next week", "ok", "no" or a 👍 (which answer our acknowledgement) do not
    undo a confirmation and tell the counselor.
    """
    norm = normalize(text).replace("'", "")
    if _tapback(norm):
        return None
    # "Can't tonight, see you Thursday": the later session says nothing about this one.
    norm = _LATER_SESSION.sub(" ", norm)
    turns = list(_TURN.finditer(norm))
    after = norm[turns[-1].end() :] if turns else ""
    whole = _this_session(_changed_answer(norm), norm)
    now = _this_session(_changed_answer(after), after) if turns else None
    if turns and _COUNTERFACTUAL.search(norm[: turns[-1].start()]):
        whole = None  # "I was going to come but work": what was meant, not what will be
    if now is None or whole is None:
        return now or whole
    # "10 mins late but I'm coming" is late: both halves hold, unless they disagree.
    return _ATTENDANCE_OUTCOMES.get(frozenset({now, whole}), now)


def _this_session(answer: str | None, clause: str) -> str | None:
    """`answer`, unless it is coming to a later session ("see you thursday", "next week")."""
    if answer == CONFIRM and _ANOTHER_DAY.search(clause) and not _THIS_SESSION.search(clause):
        return None
    return answer


def parse_score(text: str, low: int = 0, high: int = 10) -> int | None:
    """Return the score in [low, high] a reply gives, or None.

    For a range ("6-7", "between 6 and 8") the higher number counts: when
    unsure, err toward concern; a decimal rounds up for the same reason.
    "none" and "nada" count as 0.
    """
    norm = _GLUED_DIGIT.sub(" ", normalize(text))
    if _tapback(norm) or _NOT_A_SCORE.search(norm):
        return None
    pieces = _tokens(_DECIMAL.sub(_round_up, norm))
    tokens = [t for t in pieces if t[0].isalnum() or t in ("/", "-")]
    value = _read_score(tokens, high)
    return value if value is not None and low <= value <= high else None


def parse_choice(text: str, options: dict[str, tuple[str, ...]]) -> str | None:
    """Return the key of the option a reply picks, or None when none or several match.

    A reply may give the option's number (options are numbered 1..n in dict
    order), the first letter of one key alone, or words from its synonyms.
    """
    norm = normalize(text)
    if not options or _tapback(norm):
        return None
    words = [w for w in _words(norm) if w != _BREAK]
    keys = list(options)
    for pick in (_choice_by_number, _choice_by_letter):
        if (key := pick(words, keys)) is not None:
            return key
    return _choice_by_synonym(words, options)


def _phrases(listing: str) -> tuple[str, ...]:
    """The phrases of a comma-separated word list."""
    return tuple(p.strip() for p in listing.split(",") if p.strip())


def _tokens(norm: str) -> list[str]:
    """Words, runs of digits and single symbols; apostrophes vanish ("can't" is "cant")."""
    return _TOKEN.findall(norm.replace("'", ""))


def _compile(*tables: tuple[str, Iterable[str]]) -> _Vocabulary:
    """Phrases as word tuples with their meaning, longest first; earlier tables win a tie."""
    meanings: dict[_Phrase, str] = {}
    for meaning, phrases in tables:
        for phrase in phrases:
            if words := tuple(_tokens(normalize(phrase))):
                meanings.setdefault(words, meaning)
    vocabulary: dict[str, list[tuple[_Phrase, str]]] = {}
    for words, meaning in sorted(meanings.items(), key=lambda item: -len(item[0])):
        vocabulary.setdefault(words[0][0], []).append((words, meaning))
    return {letter: tuple(phrases) for letter, phrases in vocabulary.items()}


_YES, _NO, _HEDGES = _phrases(_YES_WORDS), _phrases(_NO_WORDS), _phrases(_HEDGE_WORDS)
_NEGATIONS, _FILLERS = _phrases(_NEGATION_WORDS), _phrases(_FILLER_WORDS)
_YES_NO = _Question(
    _compile(
        (YES, _YES), (NO, _NO), (_HEDGE, _HEDGES), (_NEGATION, _NEGATIONS), (_FILLER, _FILLERS)
    ),
    _YES_NO_OUTCOMES,
    _YES_NO_LETTERS,
    _YES_NO_REACTIONS,
)
# Digits say nothing about attendance ("5 min late"), so they are dropped.
_ATTENDANCE_WORDS = (
    (LATE, _phrases(_LATE_WORDS)),
    (DECLINE, _phrases(_DECLINE_WORDS)),
    (CONFIRM, _phrases(_CONFIRM_WORDS)),
)
_ATTENDANCE = _Question(
    _compile(
        *_ATTENDANCE_WORDS,
        (_HEDGE, _HEDGES),
        (CONFIRM, _YES),
        (DECLINE, _NO),
        (_NEGATION, _NEGATIONS),
        (_FILLER, _FILLERS),
    ),
    _ATTENDANCE_OUTCOMES,
    _ATTENDANCE_LETTERS,
    _ATTENDANCE_REACTIONS,
    digits=False,
    said_after_anything=frozenset({LATE, DECLINE}),
)
# Attendance without the yes/no words: what may change an answer already given.
# "Can't wait for next week" is not "I'll be there".
_NOT_A_CHANGE_WORDS = """
    cant wait, can not wait, cannot wait, next week, next time, la proxima, la proxima semana,
    la proxima vez, la semana que viene
"""
_CHANGE_VOCABULARY = _compile(
    (_HEDGE, _phrases(_NOT_A_CHANGE_WORDS)),
    *_ATTENDANCE_WORDS,
    (_HEDGE, _HEDGES),
    (_NEGATION, _NEGATIONS),
    (_FILLER, _FILLERS),
)
_THANKS_EMOJI = frozenset("👍🙏❤♥😊🙂☺✅👌💯🙌😀😁😃😄🤗💪✌👏🆗🫶💙💜💚🧡💛")
_PUNCTUATION = frozenset(".,;:!-~*")
# Longest first, so "thank you" is taken whole before "thank".
_THANKS = sorted(
    {tuple(_tokens(normalize(phrase))) for phrase in _phrases(_THANKS_WORDS)}, key=len, reverse=True
)
_SCORE_FILLER = _compile((_FILLER, _phrases(_SCORE_FILLER_WORDS)))
_KNOWN_EMOJI = frozenset(
    word
    for question in (_YES_NO, _ATTENDANCE)
    for phrases in question.vocabulary.values()
    for phrase, _ in phrases
    for word in phrase
    if not word[0].isalnum() and word != "?"
)


def _words(norm: str, *, digits: bool = True) -> list[str]:
    """The tokens that can carry meaning: words, numbers, "?", emoji we know and clause breaks."""
    pieces = [_BREAK if piece in _BREAKS else piece for piece in _tokens(norm)]
    return [piece for piece in pieces if _carries_meaning(piece, digits)]


def _carries_meaning(piece: str, digits: bool) -> bool:
    """Whether a token is worth reading; other symbols and emoji are decoration."""
    if piece[0].isalpha() or piece in _KNOWN_EMOJI or piece in (_BREAK, "?"):
        return True
    return digits and piece.isdigit()


def _understand(text: str, question: _Question) -> str | None:
    """Read a reply to a yes/no-like question: tapback, lone letter, then phrases."""
    norm = normalize(text)
    if kind := _tapback(norm):
        return question.reactions.get(kind)
    words = _words(norm, digits=question.digits)
    bare = [w for w in words if w != _BREAK]
    if len(bare) == 1 and bare[0] in question.letters:
        return question.letters[bare[0]]
    if bare and _LETTER_RUN.fullmatch(bare[0]) and bare[0][0] in question.letters:
        # The letter we asked for, then only courtesy or words that agree: "c gracias",
        # "N, lo siento", "L 15 min", "cc" (but "n the afternoon" is a typo of "in").
        rest = _scan([w for w in bare[1:] if w not in _COURTESY], question.vocabulary)
        if all(hit.meaning is not None for hit in rest):
            return _settle([_Hit(question.letters[bare[0][0]], 0, 1), *rest], question)
    return _settle(_scan(words, question.vocabulary), question)


def _settle(hits: list[_Hit], question: _Question) -> str | None:
    """The one answer the hits add up to, or None when they hedge, mix or wander."""
    meanings = frozenset(h.meaning for h in hits if h.meaning not in (None, _FILLER))
    outcome = question.outcomes.get(meanings)
    strays = sum(h.meaning is None for h in hits)
    if outcome is None or strays == 0:
        return outcome
    # Extra words are fine after a clear answer ("yes, call me"), not before
    # one ("I was going to say yes").
    first = next(h.meaning for h in hits if h.meaning != _FILLER)
    answers = set(question.outcomes.values())
    if strays > _MAX_STRAYS:
        return None
    return outcome if first in answers or outcome in question.said_after_anything else None


def _changed_answer(norm: str) -> str | None:
    """The attendance a clause clearly gives (see parse_attendance_change), else None."""
    words = [w for w in _words(norm, digits=False) if w != _BREAK]
    if not words:
        return None
    for letter in (words[0], words[-1] if len(words) <= _LAST_LETTER_WORDS else ""):
        if _LETTER_RUN.fullmatch(letter) and letter[0] in _REMINDER_LETTERS:
            others = [w for w in words if w != letter and w[0].isalnum() and w not in _COURTESY]
            return _with_letter(_ATTENDANCE_LETTERS[letter[0]], others, last=letter != words[0])
    hits = _scan(words, _CHANGE_VOCABULARY)
    outcome = _ATTENDANCE_OUTCOMES.get(frozenset(h.meaning for h in hits) - {None, _FILLER})
    said = [h for h in hits if h.meaning in (CONFIRM, DECLINE, LATE)]
    strays = sum(h.meaning is None for h in hits)
    if outcome is None or (strays and not any(h.end - h.start >= 2 for h in said)):
        return None
    return outcome if strays <= _MAX_CHANGE_STRAYS else None


def _with_letter(answer: str, others: list[str], *, last: bool) -> str | None:
    """An answer letter with the clause's other words: courtesy, words that agree
    ("l stuck at work, be there by 6:20"), or - for a letter at the end - nothing said."""
    hits = _scan(others, _CHANGE_VOCABULARY)
    meanings = frozenset(h.meaning for h in hits) - {None, _FILLER}
    if last and meanings:
        return None
    if not last and hits and not meanings and any(h.meaning is None for h in hits):
        return None  # "n the afternoon": a typo of "in", not an answer
    return _ATTENDANCE_OUTCOMES.get(meanings | {answer})


def _scan(words: list[str], vocabulary: _Vocabulary) -> list[_Hit]:
    """Read words left to right, taking the longest known phrase at each place."""
    hits: list[_Hit] = []
    start = 0
    while start < len(words):
        if words[start] == _BREAK:
            hit = _Hit(_FILLER, start, start + 1)
        else:
            hit = _best_phrase(words, start, vocabulary) or _Hit(None, start, start + 1)
        hits.append(hit)
        start = hit.end
    return hits


def _best_phrase(words: list[str], start: int, vocabulary: _Vocabulary) -> _Hit | None:
    """The longest phrase matching at start; exact spellings beat typos."""
    best: _Hit | None = None
    best_edits = 0
    for phrase, meaning in vocabulary.get(words[start][0], ()):
        if best is not None and len(phrase) < best.end - best.start:
            break
        edits = _phrase_edits(tuple(words[start : start + len(phrase)]), phrase)
        if edits is not None and (best is None or edits < best_edits):
            best, best_edits = _Hit(meaning, start, start + len(phrase), edits > 0), edits
    return best


def _phrase_edits(window: tuple[str, ...], phrase: _Phrase) -> int | None:
    """How many words of window are typos of the phrase's words; None if it does not match."""
    if len(window) != len(phrase):
        return None
    total = 0
    for token, word in zip(window, phrase, strict=True):
        edits = _word_edits(token, word)
        if edits is None:
            return None
        total += edits
    return total


@lru_cache(maxsize=65536)
def _word_edits(token: str, word: str) -> int | None:
    """0 for the word itself, 1 for a stretched spelling or likely typo of it, else None.

    A typo is one edit, in a word of four or more letters, of a listed word of
    five or more with the same first letter: short words ("no", "ok", "si",
    "late", "sure") are never confused with each other.
    """
    if token == word:
        return 0
    if len(token) > 1 and len(word) > 1 and _unstretch(token) == _unstretch(word):
        return 1
    typo = len(word) >= 5 and len(token) >= 4 and token[0] == word[0] and token.isalpha()
    return 1 if typo and token not in _NOT_TYPOS and _one_edit(token, word) else None


def _unstretch(word: str) -> str:
    """A word with its stretched letters typed once."""
    return _STRETCH.sub(lambda found: found[1] or found[2], word)


def _one_edit(a: str, b: str) -> bool:
    """Whether one insertion, deletion, substitution or swap of neighbours turns a into b."""
    if len(a) > len(b):
        a, b = b, a
    if len(b) - len(a) > 1:
        return False
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) < len(b):
        return a[i:] == b[i + 1 :]
    swapped = a[i : i + 2] == b[i : i + 2][::-1] and a[i + 2 :] == b[i + 2 :]
    return a[i + 1 :] == b[i + 1 :] or swapped


def _tapback(norm: str) -> str | None:
    """The tapback kind of a normalised message, _OTHER_TAPBACK if unreadable, None if none."""
    for pattern, kind in _TAPBACKS:
        if found := pattern.match(norm):
            return kind or _emoji_kind(found["emoji"])
    return None


def _emoji_kind(emoji: str) -> str:
    """The tapback kind an Android reaction emoji stands for."""
    if emoji in _REACTION_EMOJI:
        return _REACTION_EMOJI[emoji]
    return next((_REACTION_EMOJI[ch] for ch in emoji if ch in _REACTION_EMOJI), _OTHER_TAPBACK)


def _quoted(text: str) -> str:
    """The quoted text of a tapback, as sent, without a trailing ellipsis."""
    marks = [i for i, ch in enumerate(text) if ch in _QUOTE_MARKS]
    if not marks:
        return ""
    # A long quote may be cut off before its closing mark.
    end = marks[-1] if len(marks) > 1 else len(text)
    return _TRAILING_ELLIPSIS.sub("", text[marks[0] + 1 : end].strip()).strip()


def _round_up(found: re.Match[str]) -> str:
    """A decimal score rounded up: 7.5 reads as 8, erring toward concern."""
    return str(math.ceil(float(f"{found[1]}.{found[2]}")))


def _number(token: str) -> int | None:
    """The value of a digit run or number word ("7", "siete", "sevenn"), else None."""
    if token.isdigit():
        return int(token)
    if token in _NUMBER_WORDS:
        return _NUMBER_WORDS[token]
    # A stretched last letter ("sevennn" arrives as "sevenn").
    stretched = len(token) > 3 and token[-1] == token[-2]
    return _NUMBER_WORDS.get(token[:-1]) if stretched else None


def _read_score(tokens: list[str], high: int) -> int | None:
    """The number a reply gives, with only harmless words around it, or None."""
    spots = [(i, value) for i, token in enumerate(tokens) if (value := _number(token)) is not None]
    if not spots:
        return None
    head, tail = tokens[: spots[0][0]], tokens[spots[-1][0] + 1 :]
    if head[-1:] == ["-"] or not _says_nothing(head):
        return None
    # A digit may be followed by a comment ("7, rough day"); a number word
    # must stand alone, or "one more thing" and "ten minutes" would be scores.
    spelled = any(not tokens[i].isdigit() for i, _ in spots)
    words = [t for t in tail if t[0].isalpha()]
    if not (_says_nothing(tail) or (not spelled and len(words) <= _MAX_STRAYS)):
        return None
    values = _join_numbers(tokens, spots, high)
    return max(values) if values else None


def _join_numbers(tokens: list[str], spots: list[tuple[int, int]], high: int) -> list[int] | None:
    """The values a reply offers, without "out of 10" scales; None if numbers are unrelated."""
    values = [spots[0][1]]
    for (before, _), (at, value) in pairwise(spots):
        gap = tuple(tokens[before + 1 : at])
        if gap in _OUT_OF and value == high:
            continue
        # "3/4" is read as a range; "4 out of 5" on a scale of 10 is not ours to rescale.
        if gap in _OUT_OF and gap != ("/",):
            return None
        if not set(gap) <= _RANGE_WORDS:
            return None
        values.append(value)
    return values


def _says_nothing(tokens: Iterable[str]) -> bool:
    """Whether the words (symbols are ignored) are all score filler."""
    words = [t for t in tokens if t[0].isalpha()]
    return all(hit.meaning == _FILLER for hit in _scan(words, _SCORE_FILLER))


def _choice_by_number(words: list[str], keys: list[str]) -> str | None:
    """The option whose number the reply is ("2", "option 2", "two")."""
    rest = [w for w in words if w not in _CHOICE_FILLER]
    number = _number(rest[0]) if len(rest) == 1 else None
    return keys[number - 1] if number is not None and 1 <= number <= len(keys) else None


def _choice_by_letter(words: list[str], keys: list[str]) -> str | None:
    """The one option whose key starts with the single letter the reply is."""
    if len(words) != 1 or len(words[0]) != 1 or not words[0].isalpha():
        return None
    found = [key for key in keys if normalize(key).startswith(words[0])]
    return found[0] if len(found) == 1 else None


def _choice_by_synonym(words: list[str], options: dict[str, tuple[str, ...]]) -> str | None:
    """The one option named in the reply; exact words beat typos, "not X" does not name X."""
    vocabulary = _compile(*((key, (key, *synonyms)) for key, synonyms in options.items()))
    hits = [
        hit
        for hit in _scan(words, vocabulary)
        if hit.meaning is not None and not _negated(words, hit.start)
    ]
    chosen = {h.meaning for h in hits if not h.fuzzy} or {h.meaning for h in hits}
    return chosen.pop() if len(chosen) == 1 else None


def _negated(words: list[str], start: int) -> bool:
    """Whether one of the two words before start negates it ("not really hungry")."""
    return any(w in _CHOICE_NEGATORS for w in words[max(0, start - 2) : start])
