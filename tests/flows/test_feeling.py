"""Whether a text says its writer is having a hard time (flows/feeling.py)."""

import pytest

from flows.feeling import says_they_are_low


@pytest.mark.parametrize(
    "text",
    [
        "😢",
        "😞 today sucks",
        "having a really bad day",
        "im not ok",
        "honestly not doing good today",
        "I don't feel right",
        "feeling down",
        "been so low lately",
        "rough night",
        "cant stop crying",
        "im so lonely",
        "i feel like crap",
        "worst week ever",
        "me siento muy triste",
        "no estoy bien",
        "mal dia",
        "estoy bajoneada",
        "no paro de llorar",
    ],
)
def test_a_hard_time_said_in_words_or_a_face(text):
    assert says_they_are_low(text)


@pytest.mark.parametrize(
    "text",
    [
        "im down for thursday",  # willing, not low
        "low battery, ttyl",
        "i feel bad i missed group",  # an apology
        "not sad just tired",  # negated in its clause
        "no estoy triste",
        "bad day yesterday but im good now",  # taken back
        "mal dia pero ya estoy bien",
        "😭😭 lol that meme",  # the crying face laughing
        "having a hard time finding parking",
        "sad to miss group tonight",
        "me siento mal por no ir",
        "that is not ok",  # about something else
        "not good at math lol",
        "thanks!",
        "see you at 6",
    ],
)
def test_ordinary_texts_and_taken_back_ones_are_not(text):
    assert not says_they_are_low(text)
