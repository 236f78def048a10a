"""A learned second opinion on texts the phrase rules do not call crisis.

Phrase rules catch the phrasings their authors foresaw. Blind batches written
by people who had never seen them showed how far that reaches: the rules
alone caught 58 % and 72 % of those fresh crisis texts. A linear model over
character and word n-grams (scikit-learn's TfidfVectorizer and
LogisticRegression), trained on the labelled dev corpus, recognises a crisis
by its resemblance to the ones labelled before. Trained on all but one of
those batches and tried on the one left out, it caught about two thirds of
what the rules missed, at the cost of about four more hard negatives in a
hundred called crisis (see tests/triage/corpus/README.md).

It can only raise a text to crisis, never lower one, and it stays silent
where a reviewed idiom exclusion spoke ("dying to see my kids"). Its verdict
is recorded like a rule's, as LEARNED_RULE, so a reviewer sees which
escalations it alone opened. A missed crisis is far worse than an extra page.

The model is trained once per process, on first use or by `warm_up()` at
start-up (a few seconds), from sms/triage/corpus/dev.tsv; never from the
frozen test split.
"""

from __future__ import annotations

import csv
import logging
import re
import threading
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

CORPUS = Path(__file__).with_name("corpus") / "dev.tsv"
LEARNED_RULE = "crisis.learned.resembles_crisis"
LEARNED_RATIONALE = (
    "Not matched by a phrase rule, but a model trained on the labelled corpus finds it "
    "closer to the crisis texts than to the rest; when unsure, err toward crisis."
)
# Chosen on held-out blind batches (not on the frozen test split): 0.5 caught a
# few more misses for about twice the extra false alarms; 0.7 half as many.
THRESHOLD = 0.6
# Shorter texts are left to the rules: a few words are too little to resemble
# anything, and they are the everyday answers ("I can't", "please", "no puedo")
# that the help-now rules decide with the conversation in mind.
MIN_WORDS = 4
# Hard negatives (idioms, resolved history) count three times in training, so
# crisis-sounding words alone weigh less than how they are used.
HARD_NEGATIVE_WEIGHT = 3.0


@dataclass(frozen=True)
class CrisisModel:
    """A fitted vectorizer and classifier: probability that a text is a crisis."""

    vectorizer: object
    classifier: object

    def probability(self, text: str) -> float:
        """The model's probability that `text` is a crisis text."""
        features = self.vectorizer.transform([text])
        return float(self.classifier.predict_proba(features)[0, 1])


def train(rows: list[tuple[str, bool, bool]]) -> CrisisModel:
    """Fit the model on (text, is_crisis, is_hard_negative) rows."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_union

    vectorizer = make_union(
        TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=2, sublinear_tf=True),
        TfidfVectorizer(analyzer="word", ngram_range=(1, 2), sublinear_tf=True),
    )
    features = vectorizer.fit_transform([text for text, _, _ in rows])
    labels = [crisis for _, crisis, _ in rows]
    weights = [HARD_NEGATIVE_WEIGHT if hard else 1.0 for _, _, hard in rows]
    classifier = LogisticRegression(C=4.0, max_iter=3000, class_weight="balanced")
    classifier.fit(features, labels, sample_weight=weights)
    return CrisisModel(vectorizer, classifier)


def load_corpus(path: Path = CORPUS) -> list[tuple[str, bool, bool]]:
    """The labelled corpus as (text, is_crisis, is_hard_negative) rows."""
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        return [(r["text"], r["level"] == "crisis", r["hard"].strip() == "1") for r in reader]


_lock = threading.Lock()
_model: CrisisModel | None = None


def model() -> CrisisModel:
    """The process's model, trained on first use (callers racing for it wait for one training)."""
    global _model
    if _model is None:
        with _lock:
            if _model is None:
                _model = train(load_corpus())
                log.info("triage: learned model trained on %s", CORPUS.name)
    return _model


def warm_up() -> threading.Thread:
    """Train the model in the background now, so the first text does not wait for it."""
    thread = threading.Thread(target=model, name="triage-warm-up", daemon=True)
    thread.start()
    return thread


def resembles_crisis(text: str) -> bool:
    """True when `text` has MIN_WORDS words or more and the model puts it at THRESHOLD or above."""
    if len(_WORD.findall(text or "")) < MIN_WORDS:
        return False
    return model().probability(text) >= THRESHOLD


_WORD = re.compile(r"\w+")
