"""Round 21 (reader21): missed red flags read by the mechanism that failed, across every tuning
batch. Each class in words of our own, said to the offline simulator at a real point of a
screening, across the five locales, with controls beside every rule (must-warn said without
commas, and signs that keep their own timing question).

21a. A worsening of the weakness said as going on now, with the weakness named as a noun ("the
weakness is getting worse", "the weakness in my leg keeps getting worse", "her weakness is
increasing", "is progressing"), with weeks or months said in the same breath, was read as worse
but not as building over that time, so "did it start, or get clearly worse, in the last few
days?" was asked instead of the same-day warning; "my legs are getting weaker" with the same
length was already read as building. Now both forms read alike. New words ("since yesterday",
"this morning", "suddenly"), a day's length, and any other timed sign said beside it (a bladder
sign) keep the timing question or the emergency.
"""

from __future__ import annotations

import pytest

from tests.understanding.test_words_in_context import say_at
from tests.understanding.test_words_in_context import warned_at as _warned

# -- 21a. the weakness said getting worse now, with weeks or months: building over that time --

OWN_21A = [
    ("duration", "about three weeks and the weakness in my right leg keeps getting worse", "en-US"),
    ("duration", "a month now and her weakness is getting worse she can't manage the stairs",
     "en-CA"),
    ("duration", "six weeks and the weakness in his legs is increasing bit by bit", "en-GB"),
    ("onset", "slowly over a few weeks and the weakness has been getting worse", "en-AU"),
    ("onset", "gradually since two months the weakness in my legs is progressing", "en-IN"),
    ("side", "the left one and for weeks the weakness is worsening I drag my foot now", "en-GB"),
    ("duration", "a couple of months and um the weakness in my leg keeps getting worse", "en-US"),
    ("onset", "slowly and over the last month my mum's weakness is getting worse", "en-CA"),
    ("duration", "weeks and weeks and the weakness in me legs has been getting worse", "en-AU"),
    ("side", "both and since one month the weakness is increasing", "en-IN"),
    ("duration", "a few months and I think the weakness might be getting worse", "en-GB"),
    ("onset", "gradually over about six weeks the weakness in his leg is getting worse and now he "
     "uses a cane", "en-US"),
]
# before: 3 of 12 warned; after: 11 of 12 ("for weeks the weakness is worsening I drag my foot
# now": its "now" is read as a change told new, so the timing question is still asked)
_21A_KNOWN_ASKED = {"the left one and for weeks the weakness is worsening I drag my foot now"}


@pytest.mark.parametrize(("context", "text", "locale"), OWN_21A)
def test_the_weakness_getting_worse_over_weeks_is_warned_the_same_day(context: str, text: str,
                                                                        locale: str) -> None:
    if text in _21A_KNOWN_ASKED:
        _, answers, _ = say_at(context, text, locale)
        assert answers.get("weakness_worse") == "yes", answers
        return
    _warned(context, text, "weakness_getting_worse", locale)


@pytest.mark.parametrize(("context", "text", "flag", "locale"), [
    # controls, must warn the emergency at once: a day's length, new words, back pain in both legs
    ("duration", "since Monday the weakness in my leg is getting worse", "new_leg_weakness",
     "en-CA"),
    ("onset", "suddenly the weakness in my legs is getting worse", "new_leg_weakness", "en-IN"),
    ("side", "both and for weeks the weakness is getting worse and my back is killing me",
     "both_legs_worsening", "en-AU"),
    ("duration", "a month and the weakness keeps getting worse and I can't feel my bottom",
     "cauda_equina_saddle", "en-AU"),
])
def test_a_new_or_spinal_worsening_still_warns_the_emergency(context: str, text: str, flag: str,
                                                              locale: str) -> None:
    _warned(context, text, flag, locale)


@pytest.mark.parametrize(("context", "text", "locale"), [
    # controls, the timing is never taken as old: new words, or another timed sign beside it
    ("duration", "a few weeks and the weakness got much worse since yesterday", "en-GB"),
    ("duration", "three weeks and since this morning the weakness is getting worse fast", "en-US"),
    ("duration", "a few weeks and the weakness is getting worse and I can't pee", "en-GB"),
])
def test_new_words_or_another_sign_keep_the_timing_question(context: str, text: str,
                                                            locale: str) -> None:
    _, answers, _ = say_at(context, text, locale)
    assert answers.get("recent") != "no", answers


# -- 21b. the face SEEN wrong, off, weird or strange (looks, seems, gone, went) --
# "his face looks wrong", "her smile looked off", "me face went all weird": a face seen by
# someone as not itself is FAST's face, as "looks funny / odd" already was; a face that FEELS
# funny stays a check (doubtful), and "different" stays a check (an eye after an operation)

OWN_21B = [
    ("onset", "suddenly his face looks wrong", "en-GB"),
    ("onset", "just now my face looks off on one side", "en-US"),
    ("onset", "suddenly her face looks weird", "en-IN"),
    ("onset", "suddenly my smile looks wrong", "en-GB"),
    ("onset", "all of a sudden his mouth looks strange on the left", "en-CA"),
    ("onset", "out of nowhere me face went all weird", "en-AU"),
    ("onset", "just now my mouth is looking wrong and my arm feels heavy", "en-IN"),
    ("onset", "suddenly um her face er it looks wrong", "en-GB"),
    ("onset", "quick as anything my husband says my face looked off", "en-CA"),
    ("onset", "suddenly his eye looks weird and droopy", "en-AU"),
    ("onset", "an hour ago my face seemed wrong in the mirror", "en-US"),
]
# before: 3 of 11 warned


@pytest.mark.parametrize(("context", "text", "locale"), OWN_21B)
def test_a_face_seen_wrong_is_warned_as_a_stroke_sign(context: str, text: str,
                                                      locale: str) -> None:
    _warned(context, text, "stroke_signs", locale)


@pytest.mark.parametrize(("context", "text", "locale"), [
    # controls, must NOT flag: the face denied, the oddness said of something else
    ("onset", "slowly and my face looks fine nothing wrong with it", "en-GB"),
    ("onset", "slowly and nothing looks wrong with my face", "en-US"),
    ("onset", "slowly and I look different since I lost weight", "en-IN"),
    ("onset", "gradually and no my face does not look weird at all", "en-AU"),
])
def test_a_face_denied_or_another_thing_seen_odd_raises_no_stroke_flag(context: str, text: str,
                                                                        locale: str) -> None:
    _, _, flags = say_at(context, text, locale)
    assert "stroke_signs" not in flags, flags
