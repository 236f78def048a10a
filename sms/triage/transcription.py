"""Voice-to-text mishearings, phonetic spellings and phone keyboard slips, read as meant.

People dictate texts, and the phone writes what it heard: "i want to dye", "he's
not breeding", "i swallowed the hole bottle", "i think i over those". Others type
on a small keyboard: "stopthe bleeding" (a space missed), "gett high" (a key hit
twice). Each fix here is applied only in the context where the misheard or
mistyped word cannot mean itself, so "the hole in the wall", "dog breeding" and
"i'm over those people" keep their meaning.

All functions work on one normalised spaced form (lower case, no accents or
apostrophes, single spaces) and are called by `normalize.py` before shorthand.
"""

from __future__ import annotations

import re
from functools import lru_cache

# A homophone only in the context where the heard word makes no sense.
_HOMOPHONES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), replacement)
    for pattern, replacement in (
        # "can't breed", "he's not breeding": breathe, breathing.
        (
            r"\b(cant|can not|cannot|couldnt|not|isnt|aint|wasnt|stopped|barely|hardly|trouble"
            r"|hard to|wont|doesnt|is he|is she|nobody is|hes not|shes not) breed\b(?! (?:dogs|cats"
            r"|puppies|them|animals|horses|rabbits|chickens|fish|pets|here|in))",
            r"\1 breathe",
        ),
        (
            r"\b(not|isnt|aint|wasnt|stopped|barely|hardly|trouble|hes not|shes not|theyre not"
            r"|no longer) breeding\b",
            r"\1 breathing",
        ),
        # "he is hidden me", "keeps hidden her": hitting (a verb with an object, not hiding).
        (
            r"\b(is|keeps|kept|been|was|started|stop|stopped|hes|shes|keep) hidden (me|us|her|him"
            r"|them|the kids|my)\b",
            r"\1 hitting \2",
        ),
        # "swallowed the hole bottle": whole.
        (
            r"\b(the|a|my|his|her) hole (bottle|pack|box|jar|bag|strip|sheet|script|prescription"
            r"|thing|gram|fifth|handle|container|packet|blister|bunch|lot|handful|month)\b",
            r"\1 whole \2",
        ),
        # "took to many pills": too, after a verb of taking.
        (
            r"\b(took|take|taken|taking|swallowed|popped|had|drank|drunk|used|did|done|ate|way"
            r"|far|drinking|using|snorted|smoked) to (many|much)\b",
            r"\1 too \2",
        ),
        # "i think i over those", "she over dosed": a subject straight before "over <dose>".
        (
            r"\b(i|he|she|they|we|ive|hes|shes) over (?:those|dose|doze|does|dosed|doses|dost"
            r"|dosed)(?= \.| !| \?|$| and\b| help\b| please\b| i\b| what\b| on\b| with\b| again\b)",
            r"\1 overdosed",
        ),
        # "kill my cell", "hurt my shelf": myself, misheard.
        (
            r"\b(kill|killing|hurt|hurting|cut|cutting|harm|harming|hang|hanging|shoot|shooting"
            r"|end|ending) my (?:shelf|cell|elf|sell|selfie)\b(?! (?:phone|bill|plan|service"
            r"|number|screen|case|charger|battery))",
            r"\1 myself",
        ),
        # "turning blew": blue.
        (r"\b(turning|turned|going|gone|lips are|lips|face is|hes|shes|is) blew\b", r"\1 blue"),
        # "some body help": somebody (not "some body lotion").
        (
            r"\bsome body\b(?! (?:lotion|wash|spray|parts?|aches?|pains?|weight|fat|hair|odor"
            r"|heat|shots|armor|cam))",
            "somebody",
        ),
        (r"\bto morrow\b", "tomorrow"),
        # "i rode the letters": wrote.
        (
            r"\brode (?=(?:a |the |my |some |all )?(?:goodbye |suicide |last |farewell )?"
            r"(?:letters?|notes?)\b)",
            "wrote ",
        ),
        # "i fell like killing myself": feel, before what one feels like.
        (
            r"\bi fell like (?=\w+(?:ing|in)\b|i\b|im\b|a burden\b|nobody\b|no one\b|everyone\b"
            r"|my life\b"
            r"|shit\b|crap\b|dying\b|death\b)",
            "i feel like ",
        ),
        # Southern and rural "fixing to" is "going to".
        (r"\bfix(?:in|ing|n|en) (?:to|ta)\b|\bfixna\b|\bfixinta\b", "going to"),
        # British and Irish "me" for "my" before a person, a body part or one's pills ("a load
        # of me nan's tablets", "cut me wrists"), after a preposition or a verb of taking or
        # hurting: "offered me pills" keeps its "me", and so does Spanish "me da miedo".
        (
            r"\b(of|in|on|at|to|with|from|all|and|took|taken|swallowed|necked|popped|cut|slit"
            r"|hurt|banged|bashed|hit|half|outta|off) me (?=(?:nan|nana|nanna|mum|mam|mammy|dad"
            r"|mate|mates|missus|fella|bairns?|kids"
            r"|wee one|head|arms?|wrists?|legs?|tablets|pills|meds|medication|life|flat|house|own"
            r"|old man|old lady|brother|sister|son|daughter|nans|mums|mates)\b)",
            r"\1 my ",
        ),
        # "get hi", "got hi": high (a greeting never follows "get").
        (r"\b(get|got|getting|gettin|gotten|stay|staying) hi\b", r"\1 high"),
        # "f'd up", "effed up": the word the rules know.
        (r"\b(?:f d|fd|effed|efd|f ed|fkd|fked|fcked) up\b", "fucked up"),
        # "a over dose", "almost over dosed", "una sobre dosis": one word, after an article or
        # an adverb ("i over dose" is above).
        (
            r"\b(a|an|the|my|his|her|almost|of|from|nearly|accidental) over (dose|dosed|doses"
            r"|dosing)\b",
            r"\1 over\2",
        ),
        (r"\b(una|la|de|por|casi|mi|su) sobre dosis\b", r"\1 sobredosis"),
        # "cant breath": the verb.
        (r"\b(cant|can not|cannot|couldnt|could not) breath\b", r"\1 breathe"),
        # "my mom use to hit us": used to (a habit in the past).
        (
            r"\buse to (?=(?:hit|be|drink|use|cut|do|have|get|go|live|think|feel|want|beat|yell"
            r"|hurt|smoke|say|call|come)\b)",
            "used to ",
        ),
        # "some one od", "its a emergency".
        (r"\bsome one\b(?! (?:of|more|else))", "someone"),
        (r"\ba (emergency|overdose|ambulance|emergencia)\b", r"an \1"),
        (r"^e (?=(?:\w+ado|\w+ido)\b)", "he "),
        # Dialects of US treatment programs, read in the words the rules know. African American
        # English "no more" for "anymore" at a sentence's end ("ion wanna be here no more").
        (
            r"(?<=[a-z]) no more(?= \.| !| \?|$| fr\b| for real\b| tho\b| enit\b| lately\b)",
            " anymore",
        ),
        # Jamaican Patois: "mi" as the subject before a Patois verb (Spanish "mi" stays "my").
        (
            r"\bmi (?=(?:cyaan|caan|nuh|waan|wah|fraid|tek|nah|deh|cyan|affi|haffi|did|just|write"
            r"|smoke|drink|tired|feel|head|body|belly)\b)",
            "i ",
        ),
        (r"\b(?:cyaan|caan|cyan)\b", "cant"),
        (r"\bwaan(?: fi)? dead\b", "want to die"),
        (r"\bwaan\b", "want"),
        (r"\bnuh more\b", "anymore"),
        (r"\bnuh\b", "not"),
        (r"\btek\b", "take"),
        (r"\bbox (?:mi|me) up\b", "beat me up"),
        (r"\bbaby fadda\b", "baby father"),
        (r"\b(?:everyting|everyt ing)\b", "everything"),
        (r"\bdun fi (?:mi|me)\b", "over for me"),
        # Appalachian and Southern: "a-going", "i done lost", "plumb wore out with living",
        # "thinking on that bridge", "he throwed me".
        (r"\ba (going|coming|fixing|hunting|walking|thinking) ", r"\1 "),
        (
            r"\b(i|ive|hes|shes|its|sugars|sugar|he|she|they) done (lost|took|dropped|gone|went"
            r"|quit|give up|gave up|swallowed|drank|had|got|run|ran)\b",
            r"\1 \2",
        ),
        (r"\b(?:plumb |plum )?(?:wore|worn) out (?:with|of) (living|life)\b", r"tired of \1"),
        (r"\bthinking on\b", "thinking about"),
        (r"\bthrowed\b", "threw"),
        # "having a sea sure": seizure.
        (r"\b(a|having|had|has|her|his|another|my) (?:sea|see|c) (?:sure|sures)\b", r"\1 seizure"),
        # Autocorrect of "suicide" after "commit".
        (r"\bcommit (?:succeed|success|sue side|sewer side|sues side|suicide)\b", "commit suicide"),
        # "i dont want to be hear": here, after "be".
        (r"\b(be|been|being) hear\b(?! (?:from|about|that|it|you|me|them|him|her))", r"\1 here"),
        # "drive in to a wall", "carved in to my leg", "got in to my methadone": into.
        (r"\bin to (?=(?:a|the|my|his|her|their|your)\b)", "into "),
        # Dictated punctuation: "period", "comma", "question mark" said aloud. Not "my period".
        (
            r"(?<!my )(?<!her )(?<!the )(?<!a )(?<!this )(?<!that )(?<!grace )(?<!trial )"
            r"\bperiod (?=[a-z])",
            ". ",
        ),
        (r"\b(?:comma|coma) (?=(?:i|and|but|im|y|pero|he|she|my)\b)", ""),
        (r"\bquestion mark\b", "?"),
        # Spanish dictation: "me boy", "ya me boy" (voy), "me ba a" (va a), "no e tomado" (he).
        (r"\b(me|ya|yo|no|te|se) boy\b", r"\1 voy"),
        (r"\b(me|te|lo|la|le|nos|se) ba a\b", r"\1 va a"),
        (
            r"\b(no|ya|yo|me|lo|la|le) e (?=(?:\w+ado|\w+ido|hecho|dicho|visto|vuelto|puesto)\b)",
            r"\1 he ",
        ),
    )
)


# One search says whether any mishearing is there at all (most texts have none).
_ANY_HOMOPHONE = re.compile("|".join(f"(?:{pattern.pattern})" for pattern, _ in _HOMOPHONES))


def fix_homophones(text: str) -> str:
    """`text` with each mishearing above written as meant (only in its context)."""
    if not _ANY_HOMOPHONE.search(text):
        return text
    for pattern, replacement in _HOMOPHONES:
        text = pattern.sub(replacement, text)
    return text


# Words that get run together on a phone ("ihavethe", "stopthe", "itook"): a closed list of
# function words and the verbs and nouns crisis texts are made of. A token is split only if it
# is nothing but these words, two to five of them, at least one a HEAD word: so "heat" (he+at)
# or "anthem" (an+them) never split, and most real words cannot be built this way at all.
_FUNCTION_WORDS = """
    i im ive ill id me my the a an to it its all and is he she they him her them this that
    so of in on up out off now no not cant dont wont just some
    """
_HEAD_WORDS = """
    have had got took take taking stop want wanna need kill killed die dying dead end hurt
    cut help call rope pills gun knife bleeding breathe breathing safe overdose gonna going
    ready swallowed jump hang shoot used drank drunk high done
    """
_FUNCTION = frozenset(_FUNCTION_WORDS.split())
_HEAD = frozenset(_HEAD_WORDS.split())
_PIECES = _FUNCTION | _HEAD
# Real words that happen to be built from the lists: never split.
_WHOLE_WORDS_LIST = """
    into onto upon inside outside within without cannot someone nothing ending intake
    outtake takeout takeoff cutoff knockout shutout hangout wanton upend offend gotta
    himself herself itself myself cutie isnt
    """
_WHOLE_WORDS = frozenset(_WHOLE_WORDS_LIST.split())
_MAX_GLUED = 20


@lru_cache(maxsize=8192)
def split_glued(word: str) -> str:
    """'ihavethe' -> 'i have the'; any other word unchanged."""
    if len(word) < 5 or len(word) > _MAX_GLUED or word in _PIECES or word in _WHOLE_WORDS:
        return word
    pieces = _segment(word)
    if pieces and 2 <= len(pieces) <= 5 and any(piece in _HEAD for piece in pieces):
        return " ".join(pieces)
    return word


def _segment(word: str) -> tuple[str, ...] | None:
    """The split of `word` into listed words with the fewest pieces, or None."""
    best: list[tuple[str, ...] | None] = [None] * (len(word) + 1)
    best[0] = ()
    for end in range(1, len(word) + 1):
        for start in range(max(0, end - 9), end):
            head = best[start]
            if head is not None and word[start:end] in _PIECES:
                candidate = (*head, word[start:end])
                if best[end] is None or len(candidate) < len(best[end]):
                    best[end] = candidate
    return best[-1]


# A key hit twice at the end of a word that matters: "gett high", "usee", "hurtt". Not "help":
# "helpp" is urgency, and the rules read it as a plea.
_DOUBLED_WORDS = "get use die want end cut hurt gun safe dead now me high drink"
_DOUBLED = frozenset(_DOUBLED_WORDS.split())


def undouble(word: str) -> str:
    """'gett' -> 'get' when the word without its doubled last letter is a listed word."""
    if len(word) >= 3 and word[-1] == word[-2] and word[:-1] in _DOUBLED:
        return word[:-1]
    return word
