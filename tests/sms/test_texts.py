"""Every text Tether sends is lock-screen safe and carries what compliance requires."""

import pytest

from sms.lockscreen import is_lock_screen_safe, lock_screen_violations
from sms.segments import segment
from sms.template_check import SAMPLE_VALUES, check_shipped
from sms.texts import LANGUAGES, NOTICES, TEMPLATES, render


@pytest.mark.parametrize("key", sorted(TEMPLATES))
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_template_is_lock_screen_safe_and_short(key, language):
    # The checks an admin's override passes too (sms/template_check.py): lock screen, at most
    # two segments with long sample values, the program's name first in conversation starters.
    report = check_shipped(key, language)
    assert report.messages() == [], report.text


@pytest.mark.parametrize("key", sorted(NOTICES))
def test_staff_notices_are_safe(key):
    text = render(key, "en", session_when="today at 6:00 PM", missed=3)
    assert lock_screen_violations(text) == []


def test_segment_counting_follows_the_encoding():
    assert segment("a" * 160).segments == 1 and segment("a" * 161).segments == 2
    assert segment("á" * 70) == segment("á" * 70) and segment("á" * 71).segments == 2
    assert segment("{" * 81).segments == 2, "extension characters take two septets"
    assert segment("ñé¿¡" * 40).encoding == "GSM-7"


@pytest.mark.parametrize("language", LANGUAGES)
def test_help_has_the_required_disclosures(language):
    text = render("help", language, **SAMPLE_VALUES)
    assert "988" in text and "+15005550100" in text
    assert ("STOP" in text) or ("PARAR" in text)
    assert ("Msg & data rates may apply" in text) or ("tarifas de mensajes y datos" in text)


@pytest.mark.parametrize(
    "text",
    ["Time for your rehab group", "Your treatment plan", "Stay sober!", "alcohol-free tonight",
     "Drug screen tomorrow", "tu tratamiento de adicción", "Recovery check-in", "our IOP session"],
)  # fmt: skip
def test_revealing_words_are_caught(text):
    assert not is_lock_screen_safe(text)


@pytest.mark.parametrize(
    "text", ["See you at group Thursday 6pm", "This method works", "How are you doing today?"]
)
def test_ordinary_words_pass(text):
    assert is_lock_screen_safe(text)


def test_unknown_language_falls_back_to_english():
    assert render("help", "fr", **SAMPLE_VALUES) == render("help", "en", **SAMPLE_VALUES)


def test_outbox_refuses_a_revealing_or_oversized_text(app, rt, clock):
    from sms.contacts import get_or_create_contact
    from sms.outbox import UnsafeTextError, queue_outbound

    with rt.db.transaction() as s:
        contact = get_or_create_contact(s, "+15005550100", clock.now())
        with pytest.raises(UnsafeTextError, match="rehab"):
            queue_outbound(s, contact, "Reminder: rehab group at 6", kind="t", now=clock.now())
        with pytest.raises(UnsafeTextError, match="1600"):
            queue_outbound(s, contact, "x" * 1601, kind="t", now=clock.now())


def test_a_plan_without_a_supporter_leaves_no_dangling_space():
    values = {**SAMPLE_VALUES, "plan_supporter": ""}
    assert render("coping_plan", "en", **values) == (
        f"Your plan: {values['plan_reasons']}. Try: {values['plan_steps']}."
    )
