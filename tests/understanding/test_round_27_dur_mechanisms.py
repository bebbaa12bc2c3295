"""Round 27 (dur27): durations and onsets taken as mechanisms and said in words of our own to the
offline simulator at a real point of a screening (request envelopes in, session state out),
across the five locales, with controls beside each rule (docs/clinical-safety.md 5zzn). No
held-back material was read.

27a. A clock time said after "since" or "started at" ("since 3am", "since about 7 pm", "started
at 6 a.m."): a time today, so hours; with "yesterday" said after it, days. A clock time said of
anything else ("I wake at 3am with it") is no length.

27b. A length it will have lasted by a day to come ("it'll be a fortnight on Sunday", "three
weeks this Friday", "a month come Thursday", "a week tomorrow"): the length less the days still to
that day, never the days since the last such weekday.

27c. A coming on placed on one day ("it just appeared one morning", "it turned up one evening"):
sudden. Noticing it one day is not a pace: not read as sudden.

27d. A week or a month typed short and bare ("6 wks", "3 mths", "a couple of wks"): the
simulator's AMAZON.DURATION knew "hr" and "yr" but not "wk" and "mth"; it now hears them as the
spoken words Alexa would send.

27e. A Hindi filler said first in en-IN ("thoda time, two three days only", "accha, since
Monday", "matlab, about a week"): the turn reached no intent; now a carrier of its own, the
rest read as said. A red flag said after one is warned first.
"""

from __future__ import annotations

import pytest

from tests.understanding.test_words_in_context import say_at, warned_at

# -- 27a. a clock time after "since" -------------------------------------------------------------

OWN_27A = [
    ("since 3am", "en-GB"),
    ("since about 7am", "en-AU"),
    ("since 2 pm", "en-US"),
    ("since three a.m.", "en-GB"),
    ("started at 6 pm", "en-US"),
    ("since 5 am only", "en-IN"),
    ("um, since around 4am I think", "en-CA"),
    ("my wife's had it since 11am", "en-AU"),
    ("since 9 a.m. this morning", "en-GB"),
    ("it began at 1 pm", "en-IN"),
    ("since 10pm last night", "en-CA"),
    ("he's had it since about 6am", "en-US"),
]
# before (base 5b39932): 2 of 12 (the am or pm run on to the number, or said as letters, was
# no word of a length; "since 9 a.m. this morning", "since 10pm last night" were read by their
# "this morning", "last night"); after: 12 of 12
CONTROLS_27A = [
    ("since 3 o'clock this morning", "en-GB", "hours"),
    ("since teatime", "en-GB", "hours"),
    ("since 2 pm yesterday", "en-US", "days"),
    ("since 11am on monday", "en-AU", "days"),
    ("I wake at 3am with it, it's been two weeks", "en-GB", "weeks"),
]


@pytest.mark.parametrize(("text", "locale"), OWN_27A)
def test_a_clock_time_said_after_since_is_hours(text: str, locale: str) -> None:
    _, answers, flags = say_at("duration", text, locale)
    assert answers.get("duration") == "hours", answers
    assert not flags


@pytest.mark.parametrize(("text", "locale", "want"), CONTROLS_27A)
def test_a_clock_time_keeps_a_day_said_with_it(text: str, locale: str, want: str) -> None:
    _, answers, flags = say_at("duration", text, locale)
    assert answers.get("duration") == want, answers
    assert not flags


def test_a_clock_time_said_of_something_else_is_no_length() -> None:
    speech, answers, flags = say_at("duration", "it wakes me at 4am", "en-GB")
    assert "duration" not in answers, answers
    assert not flags
    assert "How long" in speech or "how many" in speech


# -- 27b. a length it will have lasted by a day to come ------------------------------------------

# each reads the same bucket whatever today's weekday is (the length less one to seven days)
OWN_27B = [
    ("a fortnight on sunday", "en-GB", "weeks"),
    ("it'll be a fortnight on Sunday", "en-GB", "weeks"),
    ("three weeks on Friday", "en-AU", "weeks"),
    ("a month on Tuesday", "en-US", "weeks"),
    ("it'll be two weeks this saturday", "en-CA", "weeks"),
    ("one month on monday", "en-IN", "weeks"),
    ("it'll be a month come Thursday", "en-GB", "weeks"),
    ("uh, six weeks this coming friday", "en-US", "weeks"),
    ("a week tomorrow", "en-GB", "days"),
    ("be three weeks on wednesday I reckon", "en-AU", "weeks"),
    ("it will be 4 weeks on sunday", "en-IN", "weeks"),
]
# before (base 5b39932): 0 of 11 (the weekday read as since the last one: days); after: 11 of 11
CONTROLS_27B = [
    ("a few days, since monday", "en-GB", "days"),
    ("since monday", "en-GB", "days"),
    ("two weeks", "en-GB", "weeks"),
    ("on friday", "en-US", "days"),
]


@pytest.mark.parametrize(("text", "locale", "want"), OWN_27B + CONTROLS_27B)
def test_a_length_by_a_day_to_come_is_that_length_less_the_days_to_it(text: str, locale: str,
                                                                        want: str) -> None:
    _, answers, flags = say_at("duration", text, locale)
    assert answers.get("duration") == want, answers
    assert not flags


# -- 27c. a coming on placed on one day ----------------------------------------------------------

OWN_27C = [
    ("it just appeared one morning", "en-CA"),
    ("it turned up one morning", "en-GB"),
    ("it showed up one evening", "en-US"),
    ("she says it just came one night", "en-AU"),
    ("it started one afternoon", "en-IN"),
    ("the numbness appeared one day while I was at work", "en-GB"),
    ("it happened one morning", "en-US"),
    ("he got it one morning, just like that", "en-CA"),
    ("it appeared one fine morning", "en-GB"),
    ("honestly it just began one morning", "en-AU"),
]
# before (base 5b39932): 3 of 10 ("it just came one night", "appeared one day while I was at
# work" and "just like that" were read already); after: 10 of 10
CONTROLS_27C = [
    ("it started slowly one summer", "en-GB", "gradual"),
    ("it came on over a few weeks", "en-GB", "gradual"),
    ("it crept up on me", "en-GB", "gradual"),
    ("all of a sudden", "en-AU", "sudden"),
    ("overnight", "en-GB", "sudden"),
]


@pytest.mark.parametrize(("text", "locale"), OWN_27C)
def test_a_coming_on_placed_on_one_day_is_sudden(text: str, locale: str) -> None:
    _, answers, flags = say_at("onset", text, locale)
    assert answers.get("onset") == "sudden", answers
    assert not flags


@pytest.mark.parametrize(("text", "locale", "want"), CONTROLS_27C)
def test_an_onset_said_otherwise_keeps_its_reading(text: str, locale: str, want: str) -> None:
    _, answers, flags = say_at("onset", text, locale)
    assert answers.get("onset") == want, answers
    assert not flags


def test_noticing_it_one_day_is_no_pace() -> None:
    _, answers, flags = say_at("onset", "I noticed it one day", "en-GB")
    assert answers.get("onset") != "sudden", answers
    assert not flags


# -- 27d. a week or a month typed short and bare -------------------------------------------------

OWN_27D = [
    ("6 wks", "en-GB", "weeks"),
    ("3 mths", "en-GB", "months"),
    ("a couple of wks", "en-AU", "weeks"),
    ("4 wks", "en-US", "weeks"),
    ("2 wk", "en-CA", "weeks"),
    ("4 mnths", "en-IN", "months"),
    ("about 5 wks", "en-GB", "weeks"),
    ("nearly 3 wks", "en-AU", "weeks"),
    ("6 mths", "en-US", "months"),
    ("1 wk", "en-GB", "weeks"),
]
# before (base 5b39932): 5 of 10 (the bare "6 wks", "3 mths", "4 wks", "2 wk", "6 mths" reached
# no intent); after: 10 of 10. Left: "few wks" and "6 mths or so" (no count, or a tail, the
# simulator's slot does not take), and clinicians' "2/52" (typed, no intent)
CONTROLS_27D = [
    ("48 hrs", "en-US", "days"),
    ("2 yrs", "en-CA", "months"),
    ("12 hrs", "en-US", "hours"),
    ("six weeks", "en-GB", "weeks"),
]


@pytest.mark.parametrize(("text", "locale", "want"), OWN_27D + CONTROLS_27D)
def test_a_week_or_month_typed_short_is_the_unit(text: str, locale: str, want: str) -> None:
    _, answers, flags = say_at("duration", text, locale)
    assert answers.get("duration") == want, answers
    assert not flags


# -- 27e. a Hindi filler said first (en-IN) ------------------------------------------------------

OWN_27E = [
    ("duration", "thoda time, two three days only", "days"),
    ("duration", "accha, since Monday", "days"),
    ("duration", "matlab, about a week", "weeks"),
    ("duration", "arre, three four months now", "months"),
    ("duration", "thoda sa time, one week only", "weeks"),
    ("duration", "achha, since last Tuesday", "days"),
    ("duration", "arey, two months back it started", "months"),
    ("duration", "yaani, a fortnight", "weeks"),
    ("duration", "acha, since yesterday evening", "days"),
    ("duration", "thoda time hua, one week", "weeks"),
    ("onset", "accha, suddenly", "sudden"),
    ("onset", "arre, suddenly only", "sudden"),
]
# before (base 5b39932): 2 of 12 ("arre, three four months now", "arey, two months back it
# started" reached an intent by their other words); after: 12 of 12
CONTROLS_27E = [("duration", "matlab one two days", "days"), ("duration", "two three days", "days")]


@pytest.mark.parametrize(("context", "text", "want"), OWN_27E + CONTROLS_27E)
def test_a_hindi_filler_said_first_leaves_the_answer_read(context: str, text: str,
                                                           want: str) -> None:
    _, answers, flags = say_at(context, text, "en-IN")
    assert answers.get(context) == want, answers
    assert not flags


@pytest.mark.parametrize(("context", "text", "flag"), [
    ("duration", "arre, my face is drooping on one side", "stroke_signs"),
    ("onset", "accha, suddenly, and I can't control my bladder", "cauda_equina_bladder"),
])
def test_a_red_flag_after_a_hindi_filler_is_warned_first(context: str, text: str,
                                                          flag: str) -> None:
    warned_at(context, text, flag, "en-IN")
