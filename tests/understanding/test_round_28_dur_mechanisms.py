"""Round 28 (dur28): durations and onsets taken as mechanisms and said in words of our own to the
offline simulator at a real point of a screening (request envelopes in, session state out),
across the five locales, with controls beside each rule (docs/clinical-safety.md 5zzr). No
held-back material was read.

28a. A sudden worsening said after a slow start ("it was slow, then suddenly much worse this
morning", "gradually, but it suddenly got worse yesterday"): the first pace said was taken, so
the onset read slow. Rule 3: a sudden worsening counts as sudden, so the onset is sudden (the
stroke and blood-supply questions follow). Denied ("it didn't suddenly get worse"), or a sudden
pace that is no worsening ("it didn't come on suddenly"), it stays slow.

28b. A length given as the age of one born since ("since the baby came, she's six weeks old",
"since my daughter was born, she's eight months old"): an age was blanked as no length (round
24), and nothing was read. After "since" a birth, the age is the time since. A puppy's age, or a
baby named beside another time, stays no length.

28c. A loose length of years opening the turn with more said after it ("donkey's years, since
before the grandweans were born", "yonks, mate", "years and years, since I retired"): no carrier
took the pair and the turn fell to the fallback; and a time before grown children were born,
"the longest time", "since the year dot" were no length.
"""

from __future__ import annotations

import pytest

from tests.understanding.test_words_in_context import say_at

# -- 28a. a sudden worsening after a slow start --------------------------------------------------

OWN_28A = [
    ("it was slow, then suddenly much worse this morning", "en-GB"),
    ("slowly at first, then all of a sudden it got really bad", "en-US"),
    ("gradually, but it suddenly got worse yesterday", "en-AU"),
    ("slowly but last night it suddenly got much worse", "en-IN"),
    ("gradually then suddenly worse", "en-GB"),
    ("it built up slowly and then it suddenly got worse", "en-GB"),
    ("bit by bit, then overnight it got a lot worse", "en-CA"),
    ("it came on gradually over weeks, then it got much worse all of a sudden", "en-US"),
    ("slowly, and then there was a sudden worsening on Sunday", "en-GB"),
    ("gradual at first but it rapidly deteriorated this week", "en-IN"),
    ("it came on slowly, then out of nowhere it got really bad", "en-CA"),
    ("slowly slowly, but today it suddenly became much worse", "en-AU"),
]
# before (base 3c16ad7): 1 of 12 ("... a sudden worsening on Sunday": Sunday's days were read as
# the pace); after: 12 of 12. The controls: 8 of 8 before and after
CONTROLS_28A = [
    ("slowly, it didn't come on suddenly", "en-GB", "gradual"),
    ("slowly, it didn't suddenly get worse", "en-GB", "gradual"),
    ("gradually, it's got a bit worse over the months", "en-US", "gradual"),
    ("slowly, and it's getting worse", "en-AU", "gradual"),
    ("gradually, then it suddenly got better", "en-GB", "gradual"),
    ("slowly, though I lost weight fast", "en-IN", "gradual"),
    ("suddenly", "en-GB", "sudden"),
    ("all of a sudden, then it slowly got worse", "en-CA", "sudden"),
]


@pytest.mark.parametrize(("text", "locale"), OWN_28A)
def test_a_sudden_worsening_after_a_slow_start_is_a_sudden_onset(text: str, locale: str) -> None:
    _, answers, flags = say_at("onset", text, locale)
    assert answers.get("onset") == "sudden", answers
    assert not flags


@pytest.mark.parametrize(("text", "locale", "want"), CONTROLS_28A)
def test_a_pace_with_no_sudden_worsening_keeps_its_reading(text: str, locale: str,
                                                           want: str) -> None:
    _, answers, flags = say_at("onset", text, locale)
    assert answers.get("onset") == want, answers
    assert not flags


# -- 28b. a length given as the age of one born since --------------------------------------------

OWN_28B = [
    ("since the baby came, she's six weeks old", "en-GB", "weeks"),
    ("since the baby was born, he's three months old", "en-US", "months"),
    ("since she was born, she's 5 weeks old", "en-AU", "weeks"),
    ("since my son was born, he's seven weeks old now", "en-CA", "weeks"),
    ("since the birth, my son is four months old", "en-IN", "months"),
    ("since my daughter was born, she's eight months old now", "en-GB", "months"),
    ("ever since my delivery, baby is three weeks old", "en-IN", "weeks"),
    ("since the twins were born, they're four weeks old", "en-AU", "weeks"),
    ("since giving birth, he's six weeks old", "en-GB", "weeks"),
    ("since the baby arrived, she's 3 weeks old", "en-US", "weeks"),
    ("since my grandson was born and he's five months old", "en-CA", "months"),
]
# before (base 3c16ad7): 0 of 11 (the age blanked as a person's, round 24: no length, "Sorry, I
# didn't catch that"); after: 11 of 11. The controls and the puppy: 6 of 6 before and after
CONTROLS_28B = [
    ("since the weekend, my baby's six weeks old", "en-GB", "days"),
    ("I'm seventy years old and since this morning my leg is numb", "en-GB", "hours"),
    ("my baby is five weeks old and it started on Tuesday", "en-US", "days"),
    ("since my grandson was born and he's 4 months now", "en-AU", "months"),
    ("about two weeks", "en-GB", "weeks"),
]


@pytest.mark.parametrize(("text", "locale", "want"), OWN_28B + CONTROLS_28B)
def test_an_age_since_a_birth_is_the_length(text: str, locale: str, want: str) -> None:
    _, answers, flags = say_at("duration", text, locale)
    assert answers.get("duration") == want, answers
    assert not flags


def test_a_puppys_age_since_it_arrived_is_no_length() -> None:
    speech, answers, flags = say_at("duration", "since the puppy arrived, she's ten weeks old",
                                    "en-CA")
    assert "duration" not in answers, answers
    assert not flags
    assert "how many" in speech or "How long" in speech


# -- 28c. a loose length of years -----------------------------------------------------------------

OWN_28C = [
    ("och, donkey's years, since before the grandweans were born", "en-GB"),
    ("donkey's years, since before the kids were born", "en-GB"),
    ("yonks, mate", "en-AU"),
    ("years and years, since I retired", "en-CA"),
    ("ages and ages, my feet have tingled", "en-GB"),
    ("since before the kids were born", "en-US"),
    ("since before my grandchildren were born", "en-IN"),
    ("for the longest time", "en-US"),
    ("since the year dot", "en-GB"),
    ("for yonks really", "en-AU"),
    ("donkeys, since way back", "en-GB"),
]
# before (base 3c16ad7): 4 of 11 ("for yonks really", "since the year dot", "years and years,
# since I retired", "ages and ages, my feet have tingled" were read already); after: 11 of 11.
# The controls (and the baby born since, below): 6 of 6 before and after
CONTROLS_28C = [
    ("I've been waiting ages for the doctor, it's been two weeks", "en-GB", "weeks"),
    ("I've been waiting the longest time for the doctor, about three days", "en-US", "days"),
    ("since the baby came I'm tired, about five days", "en-GB", "days"),
    ("ages and ages", "en-GB", "months"),
    ("a few weeks", "en-GB", "weeks"),
]


@pytest.mark.parametrize(("text", "locale"), OWN_28C)
def test_a_loose_length_of_years_is_months(text: str, locale: str) -> None:
    _, answers, flags = say_at("duration", text, locale)
    assert answers.get("duration") == "months", answers
    assert not flags


@pytest.mark.parametrize(("text", "locale", "want"), CONTROLS_28C)
def test_a_stated_length_beside_a_loose_one_wins(text: str, locale: str, want: str) -> None:
    _, answers, flags = say_at("duration", text, locale)
    assert answers.get("duration") == want, answers
    assert not flags


def test_a_baby_born_since_is_no_loose_length_of_years() -> None:
    # "since before the baby was born": a birth may be weeks ago; no length of years is read
    _, answers, _ = say_at("duration", "since before the baby was born", "en-GB")
    assert answers.get("duration") != "months", answers
