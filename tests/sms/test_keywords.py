"""Compliance keywords are recognised the way people type them, and only as whole messages."""

import pytest

from sms.keywords import HELP, START, STOP, YES, match_keyword

STOP_WORDS = [
    "STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "REVOKE", "OPTOUT", "OPT OUT",
    "PARAR", "ALTO", "BAJA", "CANCELAR",
]  # fmt: skip


@pytest.mark.parametrize("word", STOP_WORDS)
@pytest.mark.parametrize("shape", ["{}", "{}".lower(), " {}. ", "{}!!", "{} 🛑"])
def test_every_stop_word_in_every_shape(word, shape):
    typed = shape.format(word if shape != "{}".lower() else word.lower())
    assert match_keyword(typed).kind == STOP


@pytest.mark.parametrize(
    ("text", "kind", "language"),
    [
        ("start", START, None),
        ("Unstop", START, None),
        ("COMENZAR", START, "es"),
        ("help", HELP, None),
        ("Info?", HELP, None),
        ("ayuda", HELP, "es"),
        ("yes", YES, None),
        ("Sí", YES, "es"),
        ("Cancelar", STOP, "es"),
        ("opt-out", STOP, None),
        ("ÁLTO", STOP, "es"),
    ],
)
def test_keyword_kind_and_language(text, kind, language):
    keyword = match_keyword(text)
    assert (keyword.kind, keyword.language) == (kind, language)


@pytest.mark.parametrize(
    "text",
    ["stop texting me", "I can't stop thinking about it", "help me", "please help", "yes please",
     "", "   ", "stopp", "the end"],
)  # fmt: skip
def test_sentences_are_not_keywords(text):
    assert match_keyword(text) is None
