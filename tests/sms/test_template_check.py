"""The checks an admin's wording must pass: each refuses what it is for and passes the shipped."""

import pytest

from sms.template_check import (
    EMPTY,
    KEPT,
    LENGTH,
    LOCK_SCREEN,
    NAME_FIRST,
    PLACEHOLDERS,
    SEGMENTS,
    SYNTAX,
    check_override,
    is_valid_override,
)
from sms.texts import TEMPLATES

SHIPPED = [(key, language) for key, variants in sorted(TEMPLATES.items()) for language in variants]


def problems(key: str, body: str, language: str = "en") -> list[tuple[str, str]]:
    return [(p.check, p.message) for p in check_override(key, language, body).problems]


def checks(key: str, body: str, language: str = "en") -> list[str]:
    return [check for check, _message in problems(key, body, language)]


@pytest.mark.parametrize(("key", "language"), SHIPPED)
def test_every_shipped_wording_passes_as_an_override(key, language):
    report = check_override(key, language, TEMPLATES[key][language])
    assert report.messages() == []
    assert report.text and report.segmentation.segments <= 2


def test_a_reworded_text_passes_and_is_previewed_with_sample_values():
    report = check_override("reminder", "en", "{name}: see you {session_when} at {place}. C/N/L?")
    assert report.ok
    assert report.text.startswith("Northside Group: see you Wed Dec 30 at 6:00 PM at 1234")
    assert (report.segmentation.encoding, report.segmentation.segments) == ("GSM-7", 1)


def test_a_placeholder_the_text_does_not_have_is_refused_by_name():
    found = problems("checkin_ask", "{name}: how are you, {first_name}? 0-10")
    assert found == [
        (PLACEHOLDERS, "{first_name} is not a value this text has. It can use {name}.")
    ]


def test_a_missing_placeholder_is_named():
    body = "{name}: URGENT - {who} {need} (texted {time}).{problem}{quote} Reply ACK {code}"
    (only,) = problems("page", body)
    assert only[0] == PLACEHOLDERS and only[1].startswith("{callback} is missing")


def test_name_must_stay_first_where_the_shipped_text_starts_with_it():
    body = "Group {session_when}, {place}. Reply C to confirm. - {name}"
    assert checks("reminder", body) == [NAME_FIRST]
    assert "must begin with {name}" in problems("reminder", body)[0][1]
    # A reply inside a conversation that never had the name may go without it.
    assert checks("late_ack", "Thanks for telling us. See you soon.") == []


def test_a_revealing_word_is_named():
    found = problems("checkin_ask", "{name}: how is your recovery today, 0-10?")
    assert found == [
        (
            LOCK_SCREEN,
            "It would show “recovery” on a lock screen, which reveals treatment. "
            "Use neutral words.",
        )
    ]


def test_more_than_two_segments_is_refused_with_the_count():
    body = "{name}: " + "see you at group soon " * 15
    (only,) = problems("checkin_ask", body)
    assert only[0] == SEGMENTS
    assert "3 text segments (GSM-7). At most 2 are allowed" in only[1]


def test_a_character_outside_gsm_is_named_when_it_costs_a_segment():
    body = "{name}: ¿cómo está hoy, del 0 al 10? 0 = estable, 10 = muy difícil. " * 2
    (only,) = problems("checkin_ask", body, "es")
    assert only[0] == SEGMENTS
    assert only[1].endswith("These characters halve what fits (UCS-2): ó á í")


@pytest.mark.parametrize(
    ("key", "language", "body", "word"),
    [
        ("crisis_reply", "en", "{name}: we are here. Call or text 988 any time.", "911"),
        ("crisis_reply_overdose", "en", "{name}: call 911 now and stay with them.", "988"),
        ("crisis_acked", "es", "{name}: un consejero/a le contactara pronto.", "911"),
        ("help", "en", "{name}: support texts. Questions: {support_phone}. Crisis: 988.", "STOP"),
    ],
)
def test_crisis_lines_and_opt_out_words_stay(key, language, body, word):
    found = problems(key, body, language)
    assert [check for check, _ in found] == [KEPT] * len(found)
    assert any(message.startswith(f"It must still give {word}") for _, message in found)


def test_988_inside_a_longer_number_does_not_count():
    body = "{name}: call 911 now. Naloxone if you have it. Or call +15009880000."
    assert checks("crisis_reply_overdose", body) == [KEPT]


@pytest.mark.parametrize(
    "body",
    ["{name: hi", "{name}: hi }", "{name!r}: hi", "{name:>40}: hi", "{name.__class__}: hi",
     "{name}: {0} {}"],
)  # fmt: skip
def test_placeholders_written_other_than_plainly_are_refused(body):
    report = check_override("unknown_sender", "en", body)
    assert SYNTAX in [p.check for p in report.problems]
    assert report.text is None  # nothing is filled in from a broken template


def test_literal_braces_are_allowed_when_doubled():
    assert checks("unknown_sender", "{name}: {{hi}} enrolled only. AYUDA/HELP. 988.") == []


def test_empty_and_overlong_wording_is_refused():
    assert checks("late_ack", "  \n ") == [EMPTY]
    assert checks("late_ack", "x" * 1001) == [LENGTH]


def test_only_templates_and_languages_that_exist_are_valid():
    assert is_valid_override("help", "en", TEMPLATES["help"]["en"])
    assert not is_valid_override("help", "fr", TEMPLATES["help"]["en"])
    assert not is_valid_override("page", "es", TEMPLATES["page"]["en"])  # pages are English only
    assert not is_valid_override("no_such_text", "en", "hello")
