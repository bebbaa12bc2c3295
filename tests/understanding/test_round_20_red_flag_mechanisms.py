"""Round 20 (reader20): missed red flags read by the mechanism that failed, across every tuning
batch. Each class in words of our own, said to the offline simulator at a real point of a
screening, across the five locales, with controls beside every rule (must-not-raise denials of
the same sign, must-warn said without commas).

20a. A norm said with "not" ("his speech isn't right", "my legs aren't the same", "her face
doesn't look normal", "my legs are not like they were", "I wouldn't say it's normal", "it's not
new, the weakness") says a thing has changed: the "not" is of the norm, and denies nothing told
after it. Alexa sends no comma, so the sign told next ("it's slurred", "they keep buckling")
fell in the "not"'s reach and was read as DENIED: the emergency lost outright. A finding's own
words straight after the norm ("not normal bladder feeling", "not new weakness") are still
denied, and so is a sign said under a "not" of its own.
"""

from __future__ import annotations

import pytest

from tests.understanding.test_words_in_context import not_flagged_at, say_at
from tests.understanding.test_words_in_context import warned_at as _warned

LOCALES = ("en-US", "en-CA", "en-GB", "en-AU", "en-IN")


# -- 20a. a norm said with "not", then the sign, no comma --

@pytest.mark.parametrize(("context", "text", "flag", "locale"), [
    ("onset", "all of a sudden his speech isn't right it's really slurred", "stroke_signs",
     "en-US"),
    ("onset", "since this morning her face doesn't look normal it's drooping on one side",
     "stroke_signs", "en-CA"),
    ("side", "both and since last night my legs aren't the same they keep buckling under me",
     "new_leg_weakness", "en-GB"),
    ("onset", "suddenly today my legs are not like they were they just gave out",
     "new_leg_weakness", "en-AU"),
    ("onset", "I wouldn't say her speech is normal it's all slurred since lunch",
     "stroke_signs", "en-IN"),
    ("onset", "out of nowhere my legs aren't okay they gave way on the stairs",
     "new_leg_weakness", "en-GB"),
    ("duration", "since yesterday my waterworks aren't how they were I can't pee at all",
     "cauda_equina_bladder", "en-US"),
])
def test_a_norm_said_with_not_then_the_sign_is_warned(context: str, text: str, flag: str,
                                                      locale: str) -> None:
    _warned(context, text, flag, locale)


@pytest.mark.parametrize(("context", "text", "locale"), [
    # it's not new, the weakness: a length said of a weakness, never its denial
    ("onset", "it's not new the weakness it has been creeping up for months", "en-GB"),
    ("duration", "months and it's not new my legs have been weak since the spring", "en-AU"),
])
def test_not_new_said_before_the_weakness_leaves_the_weakness_said(context: str, text: str,
                                                                   locale: str) -> None:
    _, answers, _ = say_at(context, text, locale)
    assert answers.get("leg_weakness") != "no", answers


@pytest.mark.parametrize(("context", "text", "locale"), [
    # controls, must NOT flag: a sign of the same kind denied, the norm said as the reassurance
    ("onset", "my speech is normal it's not slurred at all", "en-US"),
    ("onset", "my legs are not weak they feel normal", "en-CA"),
    ("onset", "it's not like I was weak or anything", "en-GB"),
    ("onset", "my face looks normal and it isn't drooping", "en-AU"),
    ("onset", "I can't say my legs are weak", "en-IN"),
    ("onset", "nothing's different my waterworks are normal and I can pee fine", "en-GB"),
])
def test_a_norm_said_as_reassurance_or_a_sign_denied_raises_nothing(context: str, text: str,
                                                                    locale: str) -> None:
    not_flagged_at(context, text, locale)


@pytest.mark.parametrize(("context", "text", "locale"), [
    # controls: a finding's own words straight after the norm are still denied
    ("onset", "it's not new weakness I've had it for years", "en-US"),
    ("onset", "no it's not normal bladder feeling I've always had it", "en-GB"),
])
def test_a_finding_straight_after_the_norm_is_still_denied_or_unraised(context: str, text: str,
                                                                       locale: str) -> None:
    _, _, flags = say_at(context, text, locale)
    assert "new_leg_weakness" not in flags and "cauda_equina_bladder" not in flags, flags


@pytest.mark.parametrize(("text", "locale"), [
    # controls: "not new" said of a time still denies the recency (weeks of weakness, not new)
    ("for a few weeks my legs have got weaker and it's not new in the last few days", "en-GB"),
    ("over some weeks the weakness has crept up it is not new this week", "en-IN"),
])
def test_not_new_said_of_a_time_still_denies_the_recency(text: str, locale: str) -> None:
    _, _, flags = say_at("onset", text, locale)
    assert "new_leg_weakness" not in flags, flags


# -- 20b. rising from a place said as an inability ("couldn't get out of the bath") --

@pytest.mark.parametrize(("context", "text", "locale"), [
    ("onset", "since this morning I couldn't get out of the bathtub on my own", "en-US"),
    ("onset", "all of a sudden today I can't get off the couch my legs won't push", "en-CA"),
    ("onset", "since last night she cannot get up off the loo", "en-GB"),
    ("onset", "this afternoon I couldn't get out of the car by myself", "en-AU"),
    ("onset", "from today morning I am unable to get up from the floor", "en-IN"),
])
def test_unable_to_rise_from_a_place_since_today_is_the_new_weakness(context: str, text: str,
                                                                     locale: str) -> None:
    _warned(context, text, "new_leg_weakness", locale)


@pytest.mark.parametrize(("context", "text", "locale"), [
    # controls, must NOT flag: the same task said as done, or denied as a trouble
    ("onset", "I can get out of the bath fine", "en-US"),
    ("onset", "no trouble getting off the toilet or out of the car", "en-GB"),
    ("onset", "I haven't had any problem getting up from the settee", "en-AU"),
    ("onset", "I get out of the car without any bother", "en-IN"),
    ("onset", "my legs are fine I can get off the sofa no problem", "en-CA"),
])
def test_rising_from_a_place_said_as_done_raises_nothing(context: str, text: str,
                                                          locale: str) -> None:
    not_flagged_at(context, text, locale)
