"""Round 35 (added35): red flags said after a length of time, in batch 38's tuning half.
A length typed with its unit short ("2 wks", "10 hrs", "3 mths", "2 yrs"), or with a number the
carriers did not spell ("ten hours", "eleven weeks"), opening the turn with a red flag said
after it, fell to the fallback: the whole turn was lost and the flag with it. Said in words of
our own to the offline simulator (the interaction model included), across the five locales,
with controls (docs/clinical-safety.md 5zzzt). No held-back material was read.

35i. A length with a short unit or a number past the carriers' words, then more: the length is
the answer and what follows is read (a red flag in it warned first).

35j. A pain score said for the night in the severe band ("a six in the day and a nine at
night") is pain bad at night; a low score at night, or a clock time, is not.

35k. All of it at one time, "in one go" or "in one fell swoop", said of what changed ("the
whole leg in one go", "it came on in one go") is a sudden onset; said of a task ("walk a block
in one go") it is not.
"""

from __future__ import annotations

import pytest

from tests.phrasings.runner import warned_first
from tests.understanding.test_words_in_context import say_at

# -- 35i. a length the carriers did not spell, then more -------------------------------------------

OWN_35I = [
    ("en-US", "5 wks, and my legs are getting weaker every week", "weakness_getting_worse",
     "weeks"),
    ("en-GB", "12 hrs and my face has dropped on one side", "stroke_signs", "hours"),
    ("en-AU", "4 mths, and my legs are getting weaker and weaker", "weakness_getting_worse",
     "months"),
    ("en-CA", "2 yrs but now I can't feel the toilet paper when I wipe", "cauda_equina_saddle",
     "months"),
    ("en-IN", "eleven hours and I am not able to control my urine", "cauda_equina_bladder",
     "hours"),
    ("en-GB", "ten weeks, and I can't get an erection any more", "cauda_equina_sexual", "weeks"),
    ("en-US", "8 hrs, and I can't feel my bottom when I wipe", "cauda_equina_saddle", "hours"),
    ("en-AU", "1 wk and I can't get it up since this started", "cauda_equina_sexual", "weeks"),
    ("en-CA", "9 hours, and I had prostate cancer", "numbness_after_cancer", "hours"),
    ("en-IN", "6 wks and both legs are becoming weaker day by day", "weakness_getting_worse",
     "weeks"),
]


@pytest.mark.parametrize(("locale", "text", "flag", "period"), OWN_35I)
def test_a_length_then_a_red_flag_is_warned(locale: str, text: str, flag: str,
                                            period: str) -> None:
    speech, answers, flags = say_at("duration", text, locale)
    assert flag in flags and warned_first(speech), (flags, speech)
    assert answers.get("duration") == period, answers


CONTROLS_35I = [
    # the length said with nothing of concern after it, or someone else's sign: no flag
    ("en-US", "2 wks, and it's fine otherwise", "weeks"),
    ("en-GB", "10 hrs and my husband had a stroke last year", "hours"),
    ("en-AU", "3 wks, no problems with the waterworks", "weeks"),
    ("en-CA", "4 mths and it's just tingling really", "months"),
]


@pytest.mark.parametrize(("locale", "text", "period"), CONTROLS_35I)
def test_a_length_then_nothing_of_concern_is_no_flag(locale: str, text: str,
                                                     period: str) -> None:
    speech, answers, flags = say_at("duration", text, locale)
    assert not flags and not warned_first(speech), (flags, speech)
    assert answers.get("duration") == period, answers


# -- 35j. a severe pain score said for the night -------------------------------------------------

OWN_35J = [
    ("en-GB", "no temperature, my back's about a four during the day but an eight at night"),
    ("en-AU", "nah no fever, the back's a ten out of ten at night and a five in the day"),
    ("en-US", "no fever, back pain's maybe a three daytime, a solid eight out of ten at night"),
    ("en-CA", "no, but my back goes from a five to a nine at night"),
    ("en-IN", "no fever, back pain is a seven out of ten at night, daytime it is less"),
]


@pytest.mark.parametrize(("locale", "text"), OWN_35J)
def test_a_severe_score_at_night_is_night_pain(locale: str, text: str) -> None:
    speech, answers, flags = say_at("fever", text, locale)
    assert "back_pain_at_night" in flags and warned_first(speech), (flags, speech)
    assert answers.get("fever") == "no", answers


CONTROLS_35J = [
    # a low score at night, or a clock time, is no night pain
    ("en-CA", "no fever, the back pain is a nine in the day and a three at night"),
    ("en-US", "no, the back pain is a two at night"),
    ("en-GB", "no fever, it started at nine at night"),
    ("en-AU", "no fever, I took a tablet at ten at night and it settled"),
]


@pytest.mark.parametrize(("locale", "text"), CONTROLS_35J)
def test_a_low_score_or_a_clock_time_at_night_is_not_night_pain(locale: str, text: str) -> None:
    _, answers, flags = say_at("fever", text, locale)
    assert "back_pain_at_night" not in flags and answers.get("night_pain") != "yes", (
        flags, answers)


# -- 35k. "in one go" said of what changed --------------------------------------------------------

OWN_35K_FLAG = [
    ("side", "en-AU", "right one, whole leg in one fell swoop, mate"),
    ("side", "en-US", "the left one, my entire leg in one go"),
    ("duration", "en-GB", "since lunch, my left leg, the whole thing in one go"),
]


@pytest.mark.parametrize(("context", "locale", "text"), OWN_35K_FLAG)
def test_a_whole_leg_in_one_go_is_warned(context: str, locale: str, text: str) -> None:
    speech, _, flags = say_at(context, text, locale)
    assert "sudden_whole_leg" in flags and warned_first(speech), (flags, speech)


OWN_35K_ONSET = [
    ("en-CA", "it came on in one go"),
    ("en-IN", "it all happened in one go"),
    ("en-GB", "went numb in one fell swoop"),
]


@pytest.mark.parametrize(("locale", "text"), OWN_35K_ONSET)
def test_in_one_go_is_sudden(locale: str, text: str) -> None:
    _, answers, _ = say_at("onset", text, locale)
    assert answers.get("onset") == "sudden", answers


CONTROLS_35K = [
    # said of a task, "in one go" is no onset
    ("en-US", "slowly, I can only walk a block in one go now"),
    ("en-GB", "gradually, I can't do the stairs in one go any more"),
    ("en-AU", "bit by bit, can't mow the lawn in one go these days"),
]


@pytest.mark.parametrize(("locale", "text"), CONTROLS_35K)
def test_in_one_go_of_a_task_is_not_sudden(locale: str, text: str) -> None:
    _, answers, _ = say_at("onset", text, locale)
    assert answers.get("onset") == "gradual", answers
