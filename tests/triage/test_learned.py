"""The learned second opinion: it raises to crisis what no phrase rule names, and nothing else."""

import pytest

from sms.triage import classify, learned
from sms.triage.learned import LEARNED_RULE

# Said sideways: no phrase rule names these (when one does, the rule is credited instead).
SIDEWAYS = [
    "parked by the bridge, its quiet here",
    "gave my dog to my sister, she will take better care of him than I ever could",
]


@pytest.mark.parametrize("text", SIDEWAYS)
def test_a_crisis_said_sideways_is_raised_to_crisis_and_credited_to_the_model(text):
    triage = classify(text)
    assert triage.level == "crisis"
    assert LEARNED_RULE in triage.rules


@pytest.mark.parametrize("text", SIDEWAYS)
def test_without_the_model_the_same_texts_would_be_missed(text, monkeypatch):
    monkeypatch.setattr(learned, "resembles_crisis", lambda _text: False)
    assert classify(text).level != "crisis"


@pytest.mark.parametrize(
    "text",
    ["C", "yes", "7", "B", "gracias", "Sí, ahí estaré", "see you thursday", "thanks!!",
     "I can't", "please", "no puedo", "cant",  # short: the rules' to decide
     "running 10 min late", "what room is group in", "can we move my session to friday",
     "running late be there at 615", "my ride fell through, can someone call me about the bus"],
)  # fmt: skip
def test_everyday_texts_stay_none(text):
    assert classify(text).level == "none"


def test_a_crisis_the_rules_found_is_credited_to_the_rules_alone():
    triage = classify("I am going to kill myself tonight")
    assert triage.level == "crisis"
    assert triage.rules and LEARNED_RULE not in triage.rules


def test_an_idiom_exclusion_keeps_the_model_quiet(monkeypatch):
    monkeypatch.setattr(learned, "resembles_crisis", lambda _text: True)
    triage = classify("me muero de hambre ahorita")
    assert triage.exclusions, "a reviewed idiom spoke"
    assert triage.level != "crisis"


def test_a_relapse_the_model_finds_crisis_like_becomes_crisis_keeping_the_rules(monkeypatch):
    monkeypatch.setattr(learned, "resembles_crisis", lambda _text: True)
    triage = classify("I used last night")
    assert triage.level == "crisis"
    assert triage.rules[0] == LEARNED_RULE
    assert any(rule.startswith("relapse.") for rule in triage.rules[1:])


def test_the_model_is_trained_once_however_many_ask(monkeypatch):
    trained = []
    real_train = learned.train
    monkeypatch.setattr(learned, "_model", None)
    monkeypatch.setattr(learned, "train", lambda rows: trained.append(1) or real_train(rows))
    threads = [learned.warm_up() for _ in range(4)]
    for thread in threads:
        thread.join()
    assert trained == [1]
    assert learned.model().probability("I want to die") > learned.THRESHOLD
