"""The triage goals on the labelled corpus: dev (tuning) and the frozen, blind test split.

Failures report aggregates only: test messages are never printed.
"""

import pytest

from tests.triage.metrics import evaluate, load, path_of


@pytest.fixture(scope="module")
def dev():
    return evaluate("dev", load("dev"))


# The goal for the frozen split is 98% crisis recall (issue 5). The rules reached 86.7% (163/188)
# on 2026-11-23; on 2026-11-24, 91.0%, 92.6% and 93.1% (175/188) as blind dev batches by a second
# to sixth author were added; a seventh blind batch and ~690 everyday texts changed nothing there,
# nor did an eighth; rules for a ninth (held out: 78.8%) raised it to 93.6% (176/188); a tenth
# (held out: 70.0%), an eleventh (78.4%), a twelfth (78.3%), a thirteenth (60.4%) and a
# fourteenth (74.4%), a fifteenth (88.3%) and a sixteenth (59.5%) left it there; rules for an
# eighteenth (held out: 75.6%, written for relapse and craving with crisis mixed into use)
# raised it to 94.1% (177/188); rules for a nineteenth (held out: 78.4%, people who rarely
# write, bystanders, control said sideways) raised it to 94.7% (178/188); rules for a twentieth
# (held out: 73.1%, a clinician's screening ladder: plans with a day, preparations, methods
# sought, the medical emergencies of people who use) and a twenty-first (held out: 76.1%, many
# voices, crises inside replies to reminders and check-ins) raised it to 95.2% (179/188); rules
# for a twenty-second (held out: 82.9%, plain statements as a counselor recalls them) and a
# twenty-third (held out: 74.2%, the same words in live and safe grammar: tense, conditionals,
# questions that disclose, negations that are not) raised it to 95.7% (180/188); a twenty-fourth
# (held out: 70.0%, later life) and a twenty-fifth (83.5%, people of 16 to 30) left it there,
# as did a twenty-sixth (49.4%, despair in images) and a twenty-seventh (80.0%, few words and
# family reports), a twenty-eighth (relapse and craving in plain sentences) and a twenty-ninth
# (84.3%, a second author of plain first texts).
# The goal is NOT met, and the issue stays open until it is (fresh blind batches show the rules
# catching 58-72% of crisis texts from authors who never saw them: a long tail of phrasings).
# This floor only keeps a change from making recall on unseen messages worse: raise it
# whenever recall improves; never lower it, and never tune rules on the test split.
CRISIS_RECALL_GOAL = 0.98
CRISIS_RECALL_FLOOR = 0.957


@pytest.fixture(scope="module")
def test_split():
    assert path_of("test").exists(), "the frozen test split is committed with the tests"
    return evaluate("test", load("test"))


def test_dev_crisis_recall_is_total(dev):
    assert dev.crisis_recall == 1.0, f"dev crisis recall {dev.crisis_recall:.1%}"


@pytest.mark.parametrize("level", ["relapse", "craving"])
def test_dev_relapse_and_craving_recall(dev, level):
    assert dev.levels[level].recall >= 0.85, f"dev {level} recall {dev.levels[level].recall:.1%}"


def test_dev_false_crisis_on_hard_negatives(dev):
    assert dev.false_crisis_rate <= 0.10, f"dev false crisis {dev.false_crisis_rate:.1%}"


def test_test_crisis_recall_does_not_fall(test_split):
    recall = test_split.crisis_recall
    assert recall >= CRISIS_RECALL_FLOOR, (
        f"test crisis recall {recall:.1%} fell below {CRISIS_RECALL_FLOOR:.1%} "
        f"(the goal is {CRISIS_RECALL_GOAL:.0%})"
    )


def test_test_false_crisis_on_hard_negatives(test_split):
    rate = test_split.false_crisis_rate
    assert rate <= 0.10, f"test false crisis {rate:.1%}"


def test_dev_corpus_shape():
    examples = load("dev")
    assert len(examples) >= 4170
    assert sum(e.level == "crisis" for e in examples) >= 2060
    assert sum(e.hard and e.level == "none" for e in examples) >= 1050
    assert 0.25 <= sum(e.lang == "es" for e in examples) / len(examples) <= 0.45
    assert all(not (e.hard and e.level == "crisis") for e in examples)
