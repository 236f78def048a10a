"""Normalisation: the forms of a text that the rules are matched against.

People text in every style; the rules are written once, against a plain form:
lower case, no accents, no apostrophes, leetspeak and masked letters resolved
("su1cide", "k*ll"), letters spelled out one by one joined ("s u i c i d e"),
Cyrillic look-alike letters read as Latin, risk emoji as `:name:` words (double
quotes as `:quote:`), texting shorthand spelled out ("2nite", "ppl", "kiero"),
voice-to-text mishearings and keyboard slips read as meant (`transcription.py`),
the Spanish perfect read as the preterite (`spanish.py`), misspelled crisis words
corrected (`spelling.py`), single spaces. Runs of three or more of one letter
are collapsed both to one and to two letters ("dieeee" -> "die", "killlll" ->
"kill"), and each of those also appears without filler words ("literally",
"just", "la verdad"), so a text has up to four spaced forms (five when a Spanish
pronoun climbed before a verb: see `spanish.enclitic`). Each form also has a
run-together twin with no spaces at all, for rules marked `joined`.

Sentence ends (".", "...", ";", a line break) are kept as a " . " token, so a
rule's `<END>` also holds at the end of a sentence ("I've decided. tonight.",
"sorry for everything. goodbye") and word spans do not run from one sentence
into the next; `<EOT>` is the end of the whole text. A few spoken Spanish forms
are written out: "-ao" participles ("cansao" -> "cansado"), and "toy" and "pa"
before a Spanish word ("toy cansao" -> "estoy cansado", "pa siempre" -> "para
siempre"). A lone "2" after a verb that takes "to" is "to" ("want 2 kms").
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from sms.triage.shorthand import FILLER_PHRASES, FILLERS, SHORTHAND, restore_dropped_g
from sms.triage.spanish import enclitic, perfect_to_preterite
from sms.triage.spelling import TARGETS, correct
from sms.triage.transcription import fix_homophones, split_glued, undouble

# Emoji that carry risk (or, for laughter, its absence) become words rules can use.
EMOJI = {
    "💊": "pill",
    "💉": "syringe",
    "🔫": "gun",
    "🔪": "knife",
    "🗡": "knife",
    "🩸": "blood",
    "⚰": "coffin",
    "🪦": "grave",
    "🪢": "rope",
    "💀": "skull",
    "☠": "skull",
    "🚑": "ambulance",
    "🆘": "sos",
    "😭": "crying",
    "😢": "crying",
    "💔": "brokenheart",
    **dict.fromkeys("😵🥀😔😞😩😫😣", "sad"),
    "😂": "laughing",
    "🤣": "laughing",
    "😆": "laughing",
    "😹": "laughing",
    **dict.fromkeys("🍺🍻🍷🍸🍹🥃🍾🥂", "drink"),
    # Places, goodbyes and the drugs of emoji speech: "🌉 tonight", "👋🏻 for good", "❄️".
    "🌉": "bridge",
    **dict.fromkeys("🚆🚂🚄🚇🚅🚈🚊🛤", "train"),
    "👋": "wave",
    "🕊": "dove",
    "🫡": "salute",
    "🔚": "end",
    "🫠": "melting",
    "🙃": "upsidedown",
    "➡": "arrow",
    **dict.fromkeys("🧍🚶", "person"),
    "❄": "snow",
    "🍃": "leaf",
    "💨": "puff",
    "🚬": "cigarette",
    "💥": "crash",
}
# Double quotes become a `:quote:` word, so an exclusion can tell a quoted song or show title
# ("suicide season" by bmth) from the texter's own words; joined forms drop it like an emoji.
_DOUBLE_QUOTES = '"\u201c\u201d\u201e\u00ab\u00bb'
_EMOJI_TABLE = str.maketrans(
    {emoji: f" :{name}: " for emoji, name in EMOJI.items()}
    | dict.fromkeys(_DOUBLE_QUOTES, " :quote: ")
)
_QUOTES = str.maketrans(dict.fromkeys("\u2018\u2019\u201b\u02bc\u2032`\u00b4", "'"))
# Cyrillic and Greek letters that look Latin ("kіll" with a Ukrainian і) are read as Latin.
_HOMOGLYPHS = str.maketrans("аеорсухіјѕԁһӏκνορτυιαεмтвкн", "aeopcyxijsdhlkvoptuiaemtbkh")
# Format and mark characters: accents after NFKD, emoji variation selectors,
# zero-width spaces and joiners people use to dodge filters.
_DROP_CATEGORIES = {"Mn", "Me", "Cf"}

# Inside a word, these stand for letters (leetspeak); times and units ("5pm",
# "10mg") are left alone, and so are numbers.
_LEET = {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s", "!": "i"}
_MASKS = "*#_"
_TOKEN = re.compile(r"[a-z0-9@$!*#_]+")
_UNIT = re.compile(
    r"\d+(?:st|nd|rd|th|am|pm|mg|ml|mcg|g|x|k|kms?|s|h|hrs?|mins?|yrs?|yo|lbs?|oz|d|days?|wks?|m)"
)
# Masked words are resolved against this list, first match wins: common
# profanity first so "sh*t" is not read as "shot".
_VOCABULARY = (
    "fuck", "fucking", "fucked", "shit", "shitty", "bitch", "damn", "hell", "ass",
    "kill", "killing", "killed", "myself", "suicide", "suicidal", "die", "dying", "died",
    "dead", "death", "overdose", "overdosed", "overdosing", "hang", "hanging", "cut",
    "cutting", "shoot", "gun", "knife", "blood", "pills", "hurt", "harm", "rape", "raped",
    "unalive", "morir", "morirme", "muerto", "muerta", "muerte", "matar", "matarme",
    "suicidio", "suicidarme", "drunk", "drink", "high", "heroin", "meth", "coke",
    "cocaine", "crack", "weed", "alcohol", "relapse", "relapsed", "used", "using",
    "craving", "xanax", "fentanyl", "fent", "dope", *sorted(TARGETS),
)  # fmt: skip

_OD_PAST = re.compile(r"\bo\.?d\.?'?d\b|\bod'?ed\b")
_OD_ING = re.compile(r"\bo\.?d\.?'?(?:ing|in)\b")
_OD_DOTTED = re.compile(r"\bo\.d\b\.?")
_DOTTED_LETTERS = re.compile(r"\b[a-z](?:[.\-][a-z]\b)+\.?")
# A sentence end: periods (not the one inside a number, "2.5mg"), a semicolon, a line break.
_SENTENCE_END = re.compile(r"\.+|[;\n\r]+")
_NOT_KEPT = re.compile(r"[^a-z0-9:!?. ]+")
_DOTS = re.compile(r"(?: \.)+")
_BANG = re.compile(r"!+")
_QUESTION = re.compile(r"\?+")
_SPACES = re.compile(r" +")
_SPELLED = re.compile(r"\b[a-z](?: [a-z]\b){2,}")
_REPEAT = re.compile(r"([a-z])\1{2,}")
_SHORTCODE = re.compile(r":[a-z]+:")
_NOT_JOINED = re.compile(r"[^a-z#]+")
_WORD = re.compile(r"\b[a-z0-9]+\b")
_TWO_BETWEEN_LETTERS = re.compile(r"(?<=[a-z])2(?=[a-z])")  # "want2die" -> "want to die"
# "want 2 kms", "going 2 end it": a lone "2" after a verb that takes "to" is "to", not a count
# (after "have", "had", "got", "need" it is usually a count: "had 2 beers").
_TWO_AFTER_VERB = re.compile(
    r"\b(want|wanted|wanting|going|ready|trying|about|love|hate|supposed|able|wish|plan|planning"
    r"|decided|deserve|try|tried|afraid|scared) 2 (?=[a-z])"
)
# "want too die": "too" before a verb is "to" ("took too much" keeps its "too").
_TOO_BEFORE_VERB = re.compile(
    r"\btoo (?=(?:die|kill|live|be|end|hurt|wake|go|do|take|use|drink|get|sleep|exist|stop"
    r"|keep|feel|cut|jump|hang|overdose|od)\b)"
)


# Caribbean and Andalusian speech drops the d of "-ado": "cansao", "pasao", "ahorcao".
_SPOKEN_ADO = re.compile(r"\b[a-z]{3,}(ao)(s?)\b")
_NOT_ADO = frozenset({"lmao", "lmfao", "cacao", "bacalao", "callao", "ciao", "chiao", "lmaos"})
# Caribbean "to" (todo) and "na" (nada), only where Spanish frames them: "perdon por to", "to
# lo que tengo", "no he visto na", so the English "to" is never touched.
_SPANISH_TO = re.compile(r"\b(por|de|con|pa|para|acaba) to\b|\bto(?= lo que\b| lo mio\b)")
_SPANISH_NA = re.compile(
    r"\b(hacer|visto|tengo|hay|de|pa|para|queda|sirvo|vale|importa|necesitar|ver|decir) na\b"
)
# "toy" (estoy) only before a Spanish word, so "toy gun" stays a toy.
_TOY = re.compile(
    r"\btoy (?=(?:bien|mal|muy|bien|en|aqui|aca|sol[oa]|triste|harto|harta|cansad[oa]|list[oa]"
    r"|pensando|con|sin|que|tan|super|medio|re|bn|[a-z]+(?:ando|iendo|ado|ada|ido|ida))\b)"
)
# "pa" (para) only before a Spanish word, so "my pa" stays a father: "pa siempre", "pa que".
_PA = re.compile(
    r"\bpa (?=(?:siempre|que|q|nada|todo|ti|mi|mis|eso|esto|ir|irme|ser|estar|ver|hacer|comer"
    r"|tomar|acabar|morir|el|la|los|las|un|una|alla|aca|aqui|donde|cuando|casa)\b)"
)
# "boy a" (voy a) only before a Spanish infinitive, so "my boy a" stays a son: "boy a caminar".
_BOY = re.compile(r"\bboy a (?=[a-z]+(?:ar|er|ir)(?:me|lo|la|le|se)?\b)")
# "pal" (para el) only before a Spanish place or noun, so "my pal" stays a friend.
_PAL = re.compile(
    r"(?<!my )(?<!your )(?<!old )(?<!a )\bpal (?=(?:rio|mar|lago|puente|cielo|hospital|otro"
    r"|barrio|punto|monte|norte|rancho|trabajo|centro|carro|cuarto|bano|techo|hoyo|panteon"
    r"|cementerio)\b)"
)
_WITHOUT = re.compile(r"\bw o\b")  # "w/o" once the slash is gone; "w" alone is "with"


@dataclass(frozen=True)
class Forms:
    """The spaced forms of a text and their run-together twins (same order)."""

    spaced: tuple[str, ...]
    joined: tuple[str, ...]


def fold(text: str) -> str:
    """Unicode-fold `text`: NFKD, no accents or format characters, casefolded, plain quotes."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    kept = "".join(ch for ch in decomposed if unicodedata.category(ch) not in _DROP_CATEGORIES)
    return kept.casefold().translate(_QUOTES).translate(_HOMOGLYPHS).translate(_EMOJI_TABLE)


def normalize(text: str) -> Forms:
    """The forms of `text` that rules are matched against."""
    folded = fold(text)
    # "OD'd" must become a word before apostrophes go ("odd" is a word of its own).
    folded = _OD_PAST.sub(" overdosed ", folded)
    folded = _OD_ING.sub(" overdosing ", folded)
    folded = _OD_DOTTED.sub(" od ", folded)
    folded = _TOKEN.sub(lambda m: _clean_token(m.group()), folded)
    folded = folded.replace("'", "")
    folded = _DOTTED_LETTERS.sub(lambda m: re.sub(r"[.\-]", "", m.group()), folded)
    folded = _SENTENCE_END.sub(_sentence_end, folded)
    folded = _NOT_KEPT.sub(" ", folded)
    folded = _QUESTION.sub(" ? ", _BANG.sub(" ! ", folded))
    folded = _DOTS.sub(" .", _SPACES.sub(" ", folded)).strip(" .")
    folded = _SPACES.sub(" ", folded).strip()
    folded = _one_word_sentences_joined(folded)
    folded = _SPELLED.sub(lambda m: m.group().replace(" ", ""), folded)
    one, two = _REPEAT.sub(r"\1", folded), _REPEAT.sub(r"\1\1", folded)
    one, two = _expand_shorthand(one), _expand_shorthand(two)
    # Also without filler words, so "i literally just want to die" reads "i want to die".
    spaced = (one, two, _without_fillers(one), _without_fillers(two))
    # Spanish with a pronoun before the verb also gets the reading with it after the infinitive
    # ("me quiero quitar la vida" -> "quiero quitarme la vida"); most texts have none.
    climbed = enclitic(spaced[2])
    if climbed is not None:
        spaced += (climbed,)
    spaced = tuple(dict.fromkeys(spaced))
    return Forms(spaced, tuple(joined_form(form) for form in spaced))


def _one_word_sentences_joined(folded: str) -> str:
    """A text typed one word per sentence ("i. cant. do. this.") as one sentence.

    Someone texting word by word, a full stop after each, is still saying one thing;
    read as sentences, every rule that spans two words would stop at each point.
    """
    sentences = folded.split(" . ")
    one_word = sum(1 for sentence in sentences if " " not in sentence.strip())
    if len(sentences) >= 4 and one_word >= 0.75 * len(sentences):
        return " ".join(sentence.strip() for sentence in sentences)
    return folded


def _sentence_end(match: re.Match[str]) -> str:
    """' . ' for the end of a sentence; a plain space for the point inside a number."""
    text, start = match.string, match.start()
    decimal = match.group() == "." and text[start - 1 : start].isdigit()
    return " " if decimal and text[start + 1 : start + 2].isdigit() else " . "


def _expand_shorthand(text: str) -> str:
    """Shorthand spelled out, spoken Spanish written out, misspelled crisis words corrected.

    Also voice-to-text mishearings in context ("cant breed"), the Spanish perfect as the
    preterite ("me he tomado" -> "me tome"), run-together words ("stopthe") and a key hit
    twice ("gett"): see `transcription.py` and `spanish.py`.
    """
    text = _TWO_AFTER_VERB.sub(r"\1 to ", _TWO_BETWEEN_LETTERS.sub(" to ", text))
    text = _TOO_BEFORE_VERB.sub("to ", text)
    text = _SPOKEN_ADO.sub(_ado, text)
    text = _SPANISH_TO.sub(_to_as_everything, _SPANISH_NA.sub(r"\1 nada", text))
    text = _PA.sub("para ", _TOY.sub("estoy ", _WITHOUT.sub("without", text)))
    text = _PAL.sub("para el ", _BOY.sub("voy a ", text))
    text = perfect_to_preterite(fix_homophones(text))
    return " ".join(_word(word) for word in text.split(" "))


@lru_cache(maxsize=16384)
def _word(word: str) -> str:
    """One word as the rules read it: shorthand, a run-together split, a doubled key, spelling."""
    expanded = SHORTHAND.get(word)
    if expanded is not None:
        return correct(expanded)
    split = split_glued(word)
    if split != word:
        return " ".join(SHORTHAND.get(piece, piece) for piece in split.split(" "))
    return correct(restore_dropped_g(undouble(word)))


def _to_as_everything(match: re.Match[str]) -> str:
    return f"{match.group(1)} todo" if match.group(1) else "todo"


def _ado(match: re.Match[str]) -> str:
    word = match.group()
    return word if word in _NOT_ADO else word[: -len(match.group(1))] + "ado" + match.group(2)


_FILLER_PHRASE = re.compile(r"\b(?:" + "|".join(FILLER_PHRASES) + r")\b")


def _without_fillers(text: str) -> str:
    text = _FILLER_PHRASE.sub(" ", text)
    return " ".join(word for word in text.split(" ") if word and word not in FILLERS)


def joined_form(spaced: str) -> str:
    """`spaced` with emoji words, spaces and punctuation removed ('#' marks a masked span)."""
    return _NOT_JOINED.sub("", _SHORTCODE.sub(" ", spaced))


@lru_cache(maxsize=4096)
def _clean_token(token: str) -> str:
    """Resolve leetspeak and masks inside one word; leave numbers and units alone."""
    if token in SHORTHAND and not token.isalpha():  # "b4", "2nite": before leetspeak reads them
        return SHORTHAND[token]
    if not any("a" <= ch <= "z" for ch in token) or _UNIT.fullmatch(token):
        return token
    chars = list(token)
    for i, ch in enumerate(token):
        if ch not in _LEET:
            continue
        before = token[i - 1] if i else ""
        after = token[i + 1] if i + 1 < len(token) else ""
        if ch == "!":  # only between letters: "k!ll", never "help!"
            ok = before.isalpha() and after.isalpha()
        elif ch.isdigit():  # a short run of leet digits touching a letter: "d13", "su1cide"
            run = re.search(r"[0-9]*$", token[:i]).group() + re.match(r"[0-9]*", token[i:]).group()
            ok = len(run) <= 3 and all(d in _LEET for d in run) and _touches_letter(token, i)
        else:
            ok = before.isalpha() or after.isalpha()
        if ok:
            chars[i] = _LEET[ch]
    cleaned = "".join(chars)
    if any(mask in cleaned for mask in _MASKS):
        cleaned = _unmask(cleaned)
    return cleaned


def _touches_letter(token: str, i: int) -> bool:
    """Whether the digit run through position `i` has a letter on either side."""
    start, end = i, i
    while start > 0 and token[start - 1].isdigit():
        start -= 1
    while end + 1 < len(token) and token[end + 1].isdigit():
        end += 1
    left = token[start - 1] if start else ""
    right = token[end + 1] if end + 1 < len(token) else ""
    return left.isalpha() or right.isalpha()


def _unmask(token: str) -> str:
    """'k*ll' -> 'kill' when one known word fits; otherwise drop the mask characters."""
    core = token.strip(_MASKS)
    letters = sum(ch.isalpha() for ch in core)
    if letters >= 2 and any(mask in core for mask in _MASKS):
        pattern = re.sub(
            r"[*#_]+", lambda m: f"[a-z]{{{len(m.group())},{len(m.group()) + 1}}}", core
        )
        shape = re.compile(pattern)
        for word in _VOCABULARY:
            if shape.fullmatch(word):
                return word
    return re.sub(r"[*#_]+", "", core)
