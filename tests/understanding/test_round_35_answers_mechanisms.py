"""Round 35 (answers35): a word of address before a clause about the doctor, a length said as
"nigh on", a shrug said first, in batch 38's tuning half and round 34's review. Said in words of
our own to the offline simulator (the interaction model included), across the five locales,
with controls (docs/clinical-safety.md 5zzzv). No held-back material was read.

35q. "Doctor thinks I have diabetes": "doctor" said first is a word of address (a greeting) only
when what follows is no clause about the doctor; "doctor thinks ..." is what the doctor thinks,
read as "my doctor thinks ...". "Doctor, my feet burn" still reads the rest.

35r. "Nigh on a week", "close on a month": just under the length said, as "nearly".

35s. A shrug said first ("meh, slowly", "pfft, a few weeks"): the rest is read.

35t. Lengths and dates said loosely ("for like a week", "since Pancake Day") stay read; "since
Chinese New Year" is dated by the lunisolar calendar (holidays library), not 1 January.
"""

from __future__ import annotations

from datetime import date

import pytest

from skill.understanding.reader import Reader
from skill.understanding.vocabulary import default_vocabulary
from tests.phrasings.runner import warned_first
from tests.understanding.openings import flags_of, history_of, opened_with
from tests.understanding.test_words_in_context import say_at

# -- 35q. a word of address is a greeting only before no clause about the doctor ----------------

OWN_35Q = [
    ("diabetes", "en-US", "doctor thinks I have diabetes"),
    ("diabetes", "en-IN", "doctor thinks I am having sugar"),
    ("diabetes", "en-GB", "nurse reckons I'm diabetic"),
    ("diabetes", "en-AU", "doc thought I had type two"),
    ("diabetes", "en-CA", "nurse said I have type two diabetes"),
    ("diabetes", "en-IN", "doctor sahib told me I have sugar"),
]


@pytest.mark.parametrize(("context", "locale", "text"), OWN_35Q)
def test_a_clause_about_the_doctor_is_read_as_told(context: str, locale: str, text: str) -> None:
    speech, answers, flags = say_at(context, text, locale)
    assert answers.get(context) == "yes" and not flags, (answers, flags, speech)


CONTROLS_35Q = [
    # a denial told by the doctor stays a no; the doctor addressed still reads the rest
    ("diabetes", "en-GB", "nurse says I don't have diabetes", "no"),
    ("diabetes", "en-US", "doctor said I'm not diabetic", "no"),
    ("diabetes", "en-IN", "doctor, I have sugar since ten years", "yes"),
]


@pytest.mark.parametrize(("context", "locale", "text", "expected"), CONTROLS_35Q)
def test_a_doctor_addressed_or_told_keeps_its_answer(context: str, locale: str, text: str,
                                                    expected: str) -> None:
    speech, answers, _ = say_at(context, text, locale)
    assert answers.get(context) == expected, (answers, speech)


OWN_35Q_FLAGS = [
    ("en-IN", "Doctor, my foot is suddenly cold and white since one hour.", "limb_ischaemia"),
    ("en-GB", "Nurse, I've wet myself and I can't feel my bottom.", "cauda_equina_"),
    ("en-US", "Doctor thinks it's nothing but my face has dropped and my arm is weak.", "stroke"),
]


@pytest.mark.parametrize(("locale", "opening", "flag"), OWN_35Q_FLAGS)
def test_a_red_flag_after_the_doctor_is_warned_first(locale: str, opening: str,
                                                     flag: str) -> None:
    state, speech = opened_with(locale, opening)
    assert any(f.startswith(flag) for f in flags_of(state)) and warned_first(speech), (
        flags_of(state), history_of(state), speech)


# -- 35r. "nigh on", "close on": just under the length said -------------------------------------

OWN_35R = [
    ("en-GB", "nigh on a week", "days"),
    ("en-AU", "close on a week", "days"),
    ("en-US", "well nigh three months", "months"),
    ("en-CA", "it's been nigh on a fortnight", "weeks"),
    ("en-IN", "close on a month", "weeks"),
]


@pytest.mark.parametrize(("locale", "text", "bucket"), OWN_35R)
def test_nigh_on_a_length_is_just_under_it(locale: str, text: str, bucket: str) -> None:
    speech, answers, _ = say_at("duration", text, locale)
    assert answers.get("duration") == bucket, (answers, speech)


CONTROLS_35R = [
    # a length said plainly, or over, is as before; "close on" said of a place is no length
    ("en-GB", "a week", "weeks"),
    ("en-US", "just over a week", "weeks"),
    ("en-AU", "I was close on the edge of the bed when it started, about two weeks ago", "weeks"),
]


@pytest.mark.parametrize(("locale", "text", "bucket"), CONTROLS_35R)
def test_a_length_said_plainly_is_unchanged(locale: str, text: str, bucket: str) -> None:
    _, answers, _ = say_at("duration", text, locale)
    assert answers.get("duration") == bucket, answers


# -- 35s. a shrug said first ---------------------------------------------------------------------

OWN_35S = [
    ("onset", "en-GB", "meh, gradually I suppose", "onset", "gradual"),
    ("onset", "en-AU", "pfft, it crept up over months", "onset", "gradual"),
    ("duration", "en-US", "meh, a few weeks maybe", "duration", "weeks"),
    ("side", "en-CA", "meh, both of them", "side", "both_legs"),
    ("duration", "en-IN", "pfft, since two months", "duration", "months"),
]


@pytest.mark.parametrize(("context", "locale", "text", "question", "value"), OWN_35S)
def test_a_shrug_said_first_leaves_the_rest_read(context: str, locale: str, text: str,
                                                 question: str, value: str) -> None:
    speech, answers, _ = say_at(context, text, locale)
    assert answers.get(question) == value, (answers, speech)


OWN_35S_FLAGS = [
    ("en-GB", "Meh, my legs gave way this morning and I can't stand.", "new_leg_weakness"),
    ("en-US", "Pfft, I've wet myself and I can't feel my bum.", "cauda_equina_"),
]


@pytest.mark.parametrize(("locale", "opening", "flag"), OWN_35S_FLAGS)
def test_a_red_flag_after_a_shrug_is_warned_first(locale: str, opening: str, flag: str) -> None:
    state, speech = opened_with(locale, opening)
    assert any(f.startswith(flag) for f in flags_of(state)) and warned_first(speech), (
        flags_of(state), history_of(state), speech)


# -- 35t. lengths and dates said loosely ---------------------------------------------------------

OWN_35T = [
    ("en-GB", "for like a week", "weeks"),
    ("en-US", "like two weeks or so", "weeks"),
    ("en-AU", "for like three months", "months"),
]


@pytest.mark.parametrize(("locale", "text", "bucket"), OWN_35T)
def test_a_length_said_with_like_is_read(locale: str, text: str, bucket: str) -> None:
    _, answers, _ = say_at("duration", text, locale)
    assert answers.get("duration") == bucket, answers


@pytest.mark.parametrize(("today", "bucket"), [(date(2026, 3, 3), "weeks"),
                                               (date(2026, 2, 20), "days"),
                                               (date(2026, 12, 7), "months")])
def test_since_pancake_day_is_dated_by_easter(today: date, bucket: str) -> None:
    """Shrove Tuesday is 47 days before Easter Sunday (dateutil.easter): 17 February 2026."""
    reading = Reader(default_vocabulary()).read("since pancake day", "en-GB", today)
    assert reading.duration == bucket, reading.duration


@pytest.mark.parametrize(("text", "today", "bucket"), [
    ("since Chinese New Year", date(2026, 3, 10), "weeks"),
    ("since lunar new year", date(2027, 3, 1), "weeks"),
    ("since the spring festival", date(2026, 12, 7), "months"),
    # before this year's lunar new year, last year's is meant
    ("since Chinese New Year", date(2026, 1, 20), "months"),
    # control: the new year said plainly is 1 January
    ("since new year", date(2026, 3, 10), "months"),
])
def test_the_lunar_new_year_is_dated_by_its_calendar(text: str, today: date,
                                                      bucket: str) -> None:
    """The Chinese lunisolar new year (holidays library): 17 February 2026, 6 February 2027."""
    reading = Reader(default_vocabulary()).read(text.lower(), "en-GB", today)
    assert reading.duration == bucket, reading.duration
