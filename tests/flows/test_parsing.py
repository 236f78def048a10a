"""Replies as participants really text them: yes/no, attendance, scores, choices, tapbacks."""

import pytest

from flows.parsing import (
    CONFIRM,
    DECLINE,
    DISLIKE,
    EMPHASIZE,
    LATE,
    LAUGH,
    LIKE,
    LOVE,
    NO,
    QUESTION,
    YES,
    Reaction,
    is_acknowledgement,
    normalize,
    parse_attendance,
    parse_attendance_change,
    parse_choice,
    parse_reaction,
    parse_score,
    parse_yes_no,
    wants_no_more_texts,
)

NORMALIZE = [
    ("  Sí,   CLARO  ", "si, claro"),
    ("I’ll be “there”", 'i\'ll be "there"'),
    ("Yeeesss", "yeess"),
    ("nooooo!!!", "noo!!!"),
    ("Ahí estaré\n\tmañana", "ahi estare manana"),
    ("7️⃣", "7"),
    ("🔟/10", "10/10"),
    ("👍🏽", "👍"),
    ("6–7", "6-7"),
    ("1000", "1000"),
    ("", ""),
]

REACTIONS = [
    ("Liked “See you Thursday”", LIKE, "See you Thursday"),
    ('Loved "See you Thursday"', LOVE, "See you Thursday"),
    ("Disliked “See you Thursday”", DISLIKE, "See you Thursday"),
    ("Laughed at “See you Thursday”", LAUGH, "See you Thursday"),
    ("Emphasized “See you Thursday”", EMPHASIZE, "See you Thursday"),
    ("Questioned “See you Thursday”", QUESTION, "See you Thursday"),
    ("Liked “Reply C to confirm, N if you can’t make it…”", LIKE,
     "Reply C to confirm, N if you can’t make it"),
    ('Liked "Reply C to confirm..."', LIKE, "Reply C to confirm"),
    ("Liked “a message cut off before its closing mark", LIKE,
     "a message cut off before its closing mark"),
    ("👍 to “See you Thursday”", LIKE, "See you Thursday"),
    ("Reacted 👍 to “See you Thursday”", LIKE, "See you Thursday"),
    ('Reacted ❤️ to "See you Thursday"', LOVE, "See you Thursday"),
    ("Reacted 😂 to “See you Thursday”", LAUGH, "See you Thursday"),
    ("Reacted with 👎 to “See you Thursday”", DISLIKE, "See you Thursday"),
    ("Le gustó “Nos vemos el jueves”", LIKE, "Nos vemos el jueves"),
    ("Le encantó “Nos vemos el jueves”", LOVE, "Nos vemos el jueves"),
    ("Le disgustó “Nos vemos el jueves”", DISLIKE, "Nos vemos el jueves"),
    ("Se rió de “Nos vemos el jueves”", LAUGH, "Nos vemos el jueves"),
    ("Enfatizó “Nos vemos el jueves”", EMPHASIZE, "Nos vemos el jueves"),
    ("Cuestionó “Nos vemos el jueves”", QUESTION, "Nos vemos el jueves"),
    ('A Ana le gustó "Nos vemos el jueves"', LIKE, "Nos vemos el jueves"),
    ("A Ana no le gustó “Nos vemos el jueves”", DISLIKE, "Nos vemos el jueves"),
    ("Reaccionó con ❤️ a “Nos vemos el jueves”", LOVE, "Nos vemos el jueves"),
]  # fmt: skip

NOT_REACTIONS = [
    "I liked the session",
    "Liked it",
    "Removed a like from “See you Thursday”",
    "Reacted 😮 to “See you Thursday”",
    "yes",
    "",
]

YES_NO = [
    # yes, as typed
    ("yes", YES), ("Yes", YES), ("YES", YES), ("y", YES), ("Y.", YES), ("yeah", YES),
    ("yea", YES), ("yep", YES), ("yup", YES), ("ya", YES), ("sure", YES), ("ok", YES),
    ("okay", YES), ("k", YES), ("K.", YES), ("absolutely", YES), ("of course", YES),
    ("yes please", YES), ("yes!!", YES), ("Yessss", YES), ("yeeesss", YES), ("yess", YES),
    ("okayyy", YES), ("sure thing", YES), ("no problem", YES), ("why not", YES),
    ("definately", YES), ("absolutly", YES), ("Oh yes, thank you", YES),
    ("sure, call me after work", YES), ("Yes 😭", YES),
    ("👍", YES), ("👍🏽", YES), ("👌", YES), ("✅", YES), ("🙂", YES), ("👍👍", YES),
    ("si", YES), ("sí", YES), ("SÍ", YES), ("siii", YES), ("claro", YES), ("Claro que sí", YES),
    ("vale", YES), ("dale", YES), ("por supuesto", YES), ("sí por favor", YES),
    ("cómo no", YES), ("no hay problema", YES),
    # no, as typed
    ("no", NO), ("No.", NO), ("n", NO), ("nope", NO), ("nah", NO), ("nahh", NO), ("nooo", NO),
    ("no thanks", NO), ("No, thank you", NO), ("not now", NO), ("nope, not today", NO),
    ("no, I'm good", NO), ("no I can't", NO), ("of course not", NO), ("absolutely not", NO),
    ("I don't think so", NO), ("👎", NO), ("❌", NO),
    ("no gracias", NO), ("ahora no", NO), ("claro que no", NO), ("todavía no", NO),
    # tapbacks answer by their kind, never by the quoted text
    ("Liked “Want a call? Reply NO to skip”", YES), ("Loved “Want a call?”", YES),
    ("Emphasized “Want a call?”", YES), ("Disliked “Want a call? Reply YES”", NO),
    ("Le gustó “¿Quieres una llamada?”", YES), ("Reacted 👍 to “Want a call?”", YES),
    ("Laughed at “Want a call?”", None), ("Questioned “Want a call?”", None),
    ("Removed a like from “Want a call?”", None), ("Reacted 😮 to “Want a call?”", None),
    # mixed, hedged or off the point
    ("yes and no", None), ("maybe", None), ("idk", None), ("no sé", None), ("what?", None),
    ("yes?", None), ("not sure", None), ("yes I'm not sure", None), ("no idea", None),
    ("I'll let you know", None), ("what time is it", None), ("not bad", None),
    ("no worries", None), ("never mind", None), ("I'm good", None), ("okay but not today", None),
    ("sí, no", None), ("yes, I don't want to", None), ("I was going to say yes", None),
    ("quizás", None), ("tal vez", None), ("I think so", None), ("😭", None), ("", None),
    ("   ", None), ("7", None),
    # short words never stand in for each other
    ("so", None), ("on", None), ("yo", None), ("noon", None), ("know", None), ("not", None),
    ("Nokia", None), ("yesterday", None), ("nobody", None),
    ("yes, and I have been feeling really low all week and need to talk", None),
]  # fmt: skip

ATTENDANCE = [
    # A reason first, then the answer: late or absent is still read (a person follows up).
    ("running 10 min late", LATE), ("my car broke down, running late", LATE),
    ("gonna be a few mins late", LATE), ("stuck at work, can't come", DECLINE),
    ("not tonight", DECLINE), ("have to work", DECLINE), ("got called into work sorry", DECLINE),
    ("hoy no puedo", DECLINE), ("tengo que trabajar", DECLINE), ("i'm not coming tonight", DECLINE),
    # ...but a confirmation only as the first thing said, and a hedge is never an answer.
    ("I was going to say yes", None), ("I don't know if I can make it", None),
    ("not sure i can come", None), ("who is this", None),
    ("C", CONFIRM), ("c", CONFIRM), ("C.", CONFIRM), ("c 🙏", CONFIRM), ("confirm", CONFIRM),
    ("Confirmed", CONFIRM), ("confrim", CONFIRM), ("comfirm", CONFIRM), ("cnfirm", CONFIRM),
    ("I'll be there", CONFIRM), ("ill be there", CONFIRM), ("I’ll be there!", CONFIRM),
    ("see you there", CONFIRM), ("Well, see you there", CONFIRM), ("on my way", CONFIRM),
    ("omw", CONFIRM), ("yes", CONFIRM), ("yes I'll be there", CONFIRM), ("👍", CONFIRM),
    ("Liked “Session Thursday 6pm. Reply C to confirm, N if you can't make it”", CONFIRM),
    ("can't wait!", CONFIRM), ("no problem", CONFIRM), ("sí", CONFIRM), ("confirmo", CONFIRM),
    ("allí estaré", CONFIRM), ("ahí estaré", CONFIRM), ("Sí, ahí nos vemos", CONFIRM),
    ("nos vemos esta tarde", CONFIRM), ("buenas tardes, sí voy", CONFIRM),
    ("N", DECLINE), ("n", DECLINE), ("cant make it", DECLINE), ("can't make it", DECLINE),
    ("cannot come", DECLINE), ("won't make it", DECLINE), ("not coming", DECLINE),
    ("I won't be there", DECLINE), ("I will not be there", DECLINE), ("no", DECLINE),
    ("no, I can't", DECLINE), ("sick", DECLINE), ("Sorry, I'm sick today", DECLINE),
    ("Disliked “Session Thursday 6pm”", DECLINE), ("no puedo", DECLINE),
    ("no voy a poder", DECLINE), ("no podré ir", DECLINE), ("estoy enferma", DECLINE),
    ("L", LATE), ("l", LATE), ("T", LATE), ("late", LATE), ("running late", LATE),
    ("gonna be late", LATE),
    ("5 min late", LATE), ("10 mins late sorry", LATE), ("stuck in traffic", LATE),
    ("on my way but running late", LATE), ("yes but I'll be late", LATE),
    ("can't make it on time", LATE), ("llego tarde", LATE), ("voy tarde", LATE),
    ("tarde", LATE), ("voy a llegar tarde", LATE), ("no llego a tiempo", LATE),
    ("hay mucho tráfico", LATE), ("I can't wait", CONFIRM), ("I'm sick of this", None),
    # unclear
    ("maybe", None), ("what time is it?", None), ("where is it", None), ("I'll try", None),
    ("I'll let you know", None), ("not sure I can make it", None), ("can I come late?", None),
    ("no idea", None), ("no sé", None), ("not late", None), ("buenas tardes", None),
    ("Laughed at “Session Thursday 6pm”", None), ("yes, no", None), ("", None),
    # a letter counts only as the whole message
    ("n the afternoon", None), ("plan c", None), ("c?", None), ("l8r", None), ("c c", None),
    # near misses that are other words
    ("latte", None), ("lately", None), ("Clara", None), ("I'm ill", DECLINE), ("I'll", None),
]  # fmt: skip

SCORES = [
    ("high, 9", 9), ("pretty low, 2", 2), ("alto 8", 8),
    ("7", 7), ("7!", 7), ("0", 0), ("10", 10), ("8/10", 8), ("8 / 10", 8), ("10/10", 10),
    ("0/10", 0), ("10 out of 10", 10), ("7 of 10", 7), ("7 de 10", 7), ("eight", 8),
    ("Eight.", 8), ("eigth", 8), ("sevn", 7), ("sevennn", 7), ("like a 7", 7),
    ("prob a 6", 6), ("about 5", 5), ("I'm at a 9", 9), ("a solid 8", 8), ("7ish", 7),
    ("idk like a 6", 6), ("ocho", 8), ("siete", 7), ("diez", 10), ("un 7", 7),
    ("más o menos un 6", 6), ("zero", 0), ("cero", 0), ("none", 0), ("nada", 0),
    ("7️⃣", 7), ("🔟", 10), ("1️⃣0️⃣", 10),
    ("7, rough day", 7), ("8 — today was hard", 8),
    # ranges and decimals err toward concern
    ("6-7", 7), ("6 - 7", 7), ("6 or 7", 7), ("between 6 and 8", 8), ("six or seven", 7),
    ("seis o siete", 7), ("entre 6 y 8", 8), ("de 6 a 8", 8), ("like a 7, maybe 8", 8),
    ("6-7/10", 7), ("3/4", 4), ("7.5", 8), ("7,5", 8),
    # out of range
    ("11", None), ("15/10", None), ("-3", None), ("eleven", None), ("7 or 11", None),
    ("4 out of 5", None), ("mood 7 cravings 3", None), ("7, maybe 8 or 9", 9),
    # times, dates, phone numbers, amounts and counts
    ("at 7:30", None), ("call 555-0100", None), ("5550100", None), ("7pm", None),
    ("7 days", None), ("11/23/2026", None), ("$5", None), ("50%", None), ("a las 7", None),
    ("the 7th", None), ("2 drinks", None), ("I had 2 drinks", None), ("ten minutes", None),
    # number words inside words, and words one letter from a number
    ("someone", None), ("often", None), ("tension", None), ("no one called", None),
    ("one more thing", None), ("fine", None), ("night", None), ("even", None), ("teen", None),
    ("there", None),
    # no number at all
    ("what time is it", None), ("yes", None), ("", None),
    ("Liked “How strong are cravings, 0-10?”", None),
]  # fmt: skip

SCALED_SCORES = [
    ("4/5", 1, 5, 4), ("4 out of 5", 1, 5, 4), ("8/10", 1, 5, None), ("6", 1, 5, None),
    ("5", 1, 5, 5), ("0", 1, 10, None), ("none", 1, 10, None), ("1", 1, 10, 1),
]  # fmt: skip

HALT = {
    "hungry": ("hungry", "food", "starving", "hambre"),
    "angry": ("angry", "mad", "enojado", "enojada"),
    "lonely": ("lonely", "alone", "solo", "sola", "soledad"),
    "tired": ("tired", "exhausted", "sleepy", "cansado", "cansada"),
}

CHOICES = [
    ("1", "hungry"), ("2", "angry"), ("two", "angry"), ("#3", "lonely"), ("option 4", "tired"),
    ("la 2", "angry"), ("3️⃣", "lonely"), ("5", None), ("0", None), ("2 and 3", None),
    ("H", "hungry"), ("a", "angry"), ("T.", "tired"), ("x", None),
    ("hungry", "hungry"), ("I'm starving", "hungry"), ("tengo hambre", "hungry"),
    ("Mad.", "angry"), ("exhausted", "tired"), ("tierd", "tired"), ("so lonley", "lonely"),
    ("me siento sola", "lonely"), ("not hungry, just tired", "tired"),
    ("no estoy enojado, estoy cansado", "tired"),
    ("hungry and tired", None), ("idk", None), ("", None), ("I tried", None),
    ("lovely", None), ("Liked “Hungry, angry, lonely or tired?”", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), NORMALIZE)
def test_normalize(text, expected):
    assert normalize(text) == expected


@pytest.mark.parametrize(("text", "kind", "quoted"), REACTIONS)
def test_tapbacks_are_read_with_their_quoted_text(text, kind, quoted):
    assert parse_reaction(text) == Reaction(kind, quoted)


@pytest.mark.parametrize("text", NOT_REACTIONS)
def test_other_messages_are_not_reactions(text):
    assert parse_reaction(text) is None


@pytest.mark.parametrize(("text", "expected"), YES_NO)
def test_yes_no(text, expected):
    assert parse_yes_no(text) == expected


@pytest.mark.parametrize(("text", "expected"), ATTENDANCE)
def test_attendance(text, expected):
    assert parse_attendance(text) == expected


# Changing an answer already given takes a clear one: a confirmation is not undone
# (and the counselor told) on one stray word.
ATTENDANCE_CHANGES = [
    ("n sorry", DECLINE),
    ("N, lo siento", DECLINE),
    ("cant", DECLINE),
    ("sorry can't make it after all", DECLINE),
    ("my kid is sick so i cant come", DECLINE),
    ("ya no voy a poder ir", DECLINE),
    ("running late", LATE),
    ("L 10 min", LATE),
    ("actually I can make it after all", CONFIRM),
    ("siempre sí voy", CONFIRM),
    ("cc", CONFIRM),
    ("hey so I know I said yes but I wont be able to make it today", DECLINE),
    ("Sorry I said C but it's actually an N", DECLINE),
    ("change my answer to N please", DECLINE),
    ("i cant come tonite my daughter has a fever and nobody to watch her", DECLINE),
    ("nvm I can come! my sister's gonna watch the kids", CONFIRM),
    ("olvide lo q dije, si voy", CONFIRM),
    ("l stuck at work be there by 6:20", LATE),
    ("Will be 10 mins late but I'm coming", LATE),
    ("i can't sleep", None),
    ("can't wait for next week", None),
    ("i have no ride home after tho, can someone help", None),
    ("n the afternoon", None),
    ("might be able to come if my shift ends early", None),
    ("sick kid", None),
    ("no", None),
    ("nope", None),
    ("ok 👍", None),
    ("y", None),
    ("si", None),
    ("Liked \u201cThanks, Ana. See you Monday\u201d", None),
    # What was meant is not an answer; another day's session is not this one.
    ("i was going to come but work called me in", DECLINE),
    ("I wanted to come but my kid got sick", None),
    ("iba a ir pero no tengo ride", DECLINE),
    ("see you thursday", None),
    ("I'll be there next week for sure", None),
    ("can't make it tonight but see you thursday", DECLINE),
    ("no puedo hoy, nos vemos el jueves", DECLINE),
    ("my ride came through, see you tonight", CONFIRM),
]


@pytest.mark.parametrize(("text", "expected"), ATTENDANCE_CHANGES)
def test_attendance_change_needs_a_clear_answer(text, expected):
    assert parse_attendance_change(text) == expected


@pytest.mark.parametrize(("text", "expected"), SCORES)
def test_score(text, expected):
    assert parse_score(text) == expected


@pytest.mark.parametrize(("text", "low", "high", "expected"), SCALED_SCORES)
def test_score_on_another_scale(text, low, high, expected):
    assert parse_score(text, low, high) == expected


@pytest.mark.parametrize(("text", "expected"), CHOICES)
def test_choice(text, expected):
    assert parse_choice(text, HALT) == expected


def test_a_letter_shared_by_two_options_picks_neither():
    options = {"sad": ("sad", "down"), "stressed": ("stressed",), "ok": ("ok", "fine")}
    assert parse_choice("S", options) is None
    assert parse_choice("o", options) == "ok"


def test_a_choice_without_options_is_none():
    assert parse_choice("1", {}) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("i'm starving", "hungry"), ("nobody to talk to", "lonely"), ("miss my kids", "lonely"),
        ("worn out", "tired"), ("estoy agotada", "tired"), ("my ex", "people_places_things"),
        ("fighting with family", "people_places_things"), ("money stuff", "stress"),
        ("court tomorrow", "stress"), ("problemas de dinero", "stress"), ("bored", "other"),
        ("not hungry just tired", "tired"), ("tired and lonely", None), ("kiss", None),
    ],
)  # fmt: skip
def test_the_check_in_question_understands_everyday_words(text, expected):
    """The options the check-in really offers (HALT and more), in words people use."""
    from flows.definitions.checkin import HALT as CHECKIN_OPTIONS

    assert parse_choice(text, CHECKIN_OPTIONS) == expected


@pytest.mark.parametrize(
    "text",
    ["thanks", "Thank you!!", "ok 👍", "👍🏽", "🙏🙏", "gracias 🙏", "thanks, have a good night",
     "ok thanks lol", "muchas gracias", "k", "❤️"],
)  # fmt: skip
def test_a_thank_you_is_only_an_acknowledgement(text):
    assert is_acknowledgement(text)


@pytest.mark.parametrize(
    "text",
    ["ok see you thursday", "thanks but i need help", "?", "😢", "thanks 😢", "yes", "no", "C",
     "thanks, what time is group", ""],
)  # fmt: skip
def test_anything_more_than_thanks_is_not(text):
    assert not is_acknowledgement(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The answer letter, then only courtesy or words that agree.
        ("c gracias", CONFIRM), ("C, alli nos vemos", CONFIRM), ("cc", CONFIRM),
        ("n sorry", DECLINE), ("N, lo siento", DECLINE), ("l sry", LATE), ("L 15 min", LATE),
        ("N... jk C", None), ("c but might be late", LATE),
        # Found by a blind batch of replies.
        ("wouldnt miss it", CONFIRM), ("i'll b there", CONFIRM), ("prob not", DECLINE),
        ("I'll miss this one", DECLINE), ("no podré asistir", DECLINE), ("cnat make it", DECLINE),
        ("prob 5 min late", LATE),
    ],
)  # fmt: skip
def test_attendance_replies_found_blind(text, expected):
    assert parse_attendance(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("stop texting me", True), ("please remove me from this list", True),
        ("dont text me anymore", True), ("ya no me manden mensajes", True),
        ("dejen de escribirme", True), ("stop", False), ("I can't stop thinking about it", False),
        ("don't call me, just text", False), ("no more drinking for me", False),
    ],
)  # fmt: skip
def test_asking_in_words_for_no_more_texts(text, expected):
    assert wants_no_more_texts(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"), [("2nite is hard", None), ("4ever tired", None), ("5ish", 5)]
)
def test_a_digit_inside_a_word_is_not_a_score(text, expected):
    assert parse_score(text) == expected
