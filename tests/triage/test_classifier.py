"""The triage classifier by family: normalisation, masks, Spanish, idioms, levels, rules as data."""

import re
import time

import pytest

from sms.triage import EXCLUSIONS, LEVELS, RULES, Rule, Triage, classify
from sms.triage.model import CRISIS_CATEGORIES
from sms.triage.normalize import normalize
from sms.triage.rules import check


def level(text: str) -> str:
    return classify(text).level


@pytest.mark.parametrize(
    "text",
    [
        "I WANT TO DIE",  # case
        "I don’t want to wake up tomorrow",  # curly apostrophe
        "i want to dieeeee",  # repeated letters
        "wannadie",  # run together
        "KILLMYSELF",
        "iwanttoendit",
        "I feel sucidal",  # misspellings
        "suicidial thoughts again",
        "i think im unconcious or something, took too many",
        "kms",  # slang and euphemisms
        "thinking about how to unalive myself",
        "gonna end it all tonight",
        "everyone would be better off without me",
        "ppl wld b better off w/o me",  # shorthand
        "i literally just honestly want to die",  # filler words
    ],
)
def test_texting_styles_are_crisis(text):
    assert level(text) == "crisis"


@pytest.mark.parametrize(
    "text",
    ["I want to k*ll myself", "s u i c i d e", "su1cide", "s.u.i.c.i.d.e", "d13", "kіll mysеlf"],
)
def test_masked_letters_are_resolved(text):
    assert level(text) == "crisis"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("just me and my 🔫 tonight", "crisis.violence.weapon_emoji"),
        ("🔪", "crisis.violence.weapon_emoji"),
        ("🩸🩸", "crisis.self_harm.blood_emoji"),
        ("⚰️ soon", "crisis.suicide.death_emoji"),
        ("🪦", "crisis.suicide.death_emoji"),
        ("💊💊💊 bye", "crisis.overdose.pill_emoji_distress"),
    ],
)
def test_risk_emoji(text, expected):
    assert expected in classify(text).rules


def test_pill_emoji_alone_is_not_crisis():
    assert level("took my 💊 this morning ✅") != "crisis"


@pytest.mark.parametrize(
    "text",
    [
        "me quiero morir",
        "me kiero morir",
        "estoy pensando en suicidarme",
        "ya no quiero vivir",
        "tomé demasiadas pastillas",
        "tome demasiadas pastillas",
        "mi novio me está pegando",
        "me esta pegando",
        "no estoy a salvo",
        "mi amigo no respira",
        "estarían mejor sin mí",
    ],
)
def test_spanish_with_or_without_accents(text):
    assert level(text) == "crisis"


@pytest.mark.parametrize(
    "text",
    [
        "dying to see my kids",
        "traffic is killing me",
        "I killed it at work today",
        "my phone died",
        "I could kill for a burger",
        "this cake is to die for",
        "im dead 😂",
        "my mom is gonna kill me if I'm late",
        "me muero de hambre",
        "se me murió el celular",
        "I'm not suicidal, just tired",
        "did the narcan training today",
        "can you help me reschedule?",
        "help",
        "no estoy segura si puedo ir",
    ],
)
def test_idioms_are_not_crisis(text):
    assert level(text) != "crisis"


def test_an_idiom_does_not_hide_a_crisis_in_the_same_text():
    triage = classify("dying to see my kids but honestly I want to die")
    assert triage.level == "crisis"


def test_exclusions_are_recorded_when_they_silence_a_rule():
    triage = classify("me muero de hambre")
    assert triage.level == "none"
    assert triage.exclusions == ("exclude.idiom.muero_de_es",) == triage.rules


@pytest.mark.parametrize(
    "text",
    ["my friend is turning blue", "he's not waking up", "I took too many pills", "he OD'd"],
)
def test_overdose_flag(text):
    triage = classify(text)
    assert triage.level == "crisis" and triage.overdose


@pytest.mark.parametrize("text", ["I want to die", "he hit me", "I'm not safe"])
def test_other_crises_are_not_overdoses(text):
    assert classify(text).level == "crisis" and not classify(text).overdose


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I used last night", "relapse"),
        ("recaí", "relapse"),
        ("craving so bad right now", "craving"),
        ("tengo muchas ganas de tomar", "craving"),
        ("I relapsed and I want to die", "crisis"),  # most severe wins
        ("relapsed, craving more", "relapse"),
        ("what time is group", "none"),
    ],
)
def test_levels_and_most_severe_wins(text, expected):
    assert level(text) == expected


def test_rules_are_recorded_most_severe_first():
    triage = classify("I relapsed and I want to die")
    assert triage.rules[0].startswith("crisis.")
    assert any(rule.startswith("relapse.") for rule in triage.rules)


def test_empty_text_is_none():
    assert classify("") == Triage("none") and classify(None) == Triage("none")


def test_every_rule_is_reviewable_data():
    ids = [rule.id for rule in RULES + EXCLUSIONS]
    assert len(ids) == len(set(ids))
    for rule in RULES:
        assert rule.level in LEVELS[:-1] and rule.id.startswith(rule.level + ".")
        assert re.fullmatch(r"[a-z]+\.[a-z_]+\.[a-z0-9_]+", rule.id) and rule.rationale
        if rule.level == "crisis":
            assert rule.id.split(".")[1] in CRISIS_CATEGORIES
    assert all(rule.id.startswith("exclude.") and rule.rationale for rule in EXCLUSIONS)


def test_malformed_rules_are_refused():
    with pytest.raises(ValueError, match="category"):
        check((Rule("crisis.unknown.x", "crisis", "x", "why"),), ())
    with pytest.raises(ValueError, match="compile"):
        check((Rule("crisis.suicide.x", "crisis", "(", "why"),), ())


def test_normalisation_forms():
    forms = normalize("I’m gonna K*LL MYSELFFFF")
    assert "im gonna kill myself" in forms.spaced
    assert "imgonnakillmyself" in forms.joined


def test_classify_is_fast():
    texts = ["ok", "I want to die", "dying to see my kids lol", "me quiero morir"] * 50
    start = time.perf_counter()
    for text in texts:
        classify(text)
    assert (time.perf_counter() - start) / len(texts) < 0.005  # generous: loaded CI machines
