"""Round 38 (clinic38): a spread dated from a day of this week, a tag question, a pregnancy told
by its weeks and its due date, a drink counted a day, and the "bottoms" of the feet, in the
thirty-sixth vignette set's tuning part. Said in words of our own to the offline simulator (the
interaction model included), across the five locales, with controls (docs/clinical-safety.md
5zzzzg). No held-back material was read.

38p. Numbness said to climb "since Friday" stays a spread over days, though a condition's "years
now" is told in the same breath (NHS Guillain-Barre syndrome; an MS relapse, UHB).

38q. A tag question ("isn't it", "wasn't it", "aren't they") asks for agreement and denies
nothing told after it.

38r. "I'm thirty-nine weeks and due ...", "the baby's due", "my due date" say a pregnancy.

38s. A drink counted a day ("a bottle of vodka a day") is a rate, no length of the numbness: it
no longer times a weakness told with it as new in the last day.

38t. "Bottoms" said of the feet ("numb on the bottoms") are the soles, not the seat.
"""

from __future__ import annotations

import pytest

from tests.phrasings.runner import warned_first
from tests.understanding.test_words_in_context import say_at

OPENING = "onset"

# -- 38p. a spread dated from a day of this week -----------------------------------------------

OWN_38P = [
    ("en-GB", "I've had diabetes for years now type two since Monday the tingling has crept up "
              "past my knees"),
    ("en-US", "had lupus a long time now the mild kind since Saturday the numbness has been "
              "creeping up my legs to my hips"),
    ("en-AU", "I've been on insulin twenty years now, since the weekend the pins and needles "
              "have climbed from my feet to my thighs"),
    ("en-IN", "I am having sugar fifteen years now only, since Tuesday numbness is going up "
              "from feet to knees"),
    ("en-CA", "I've had MS for ages now, the relapsing kind, since yesterday the numbness "
              "has moved up both legs to my waist"),
]


@pytest.mark.parametrize(("locale", "text"), OWN_38P)
def test_a_spread_dated_from_a_day_of_this_week_is_read(locale: str, text: str) -> None:
    speech, answers, flags = say_at(OPENING, text, locale)
    assert answers.get("spreading_up") == "yes", (answers, speech)
    assert "ascending_numbness" in flags and warned_first(speech), (flags, speech)


CONTROLS_38P = [
    # a spread of years stays long-standing, with a day said after it of something else
    ("en-GB", "it's been creeping up my legs for years, since Friday my back aches"),
    ("en-US", "the numbness has crept up my legs over the years"),
    ("en-AU", "it's been spreading up my shins for years and years"),
]


@pytest.mark.parametrize(("locale", "text"), CONTROLS_38P)
def test_a_spread_of_years_stays_long_standing(locale: str, text: str) -> None:
    speech, answers, _ = say_at(OPENING, text, locale)
    assert answers.get("spreading_up") != "yes", (answers, speech)


# -- 38q. a tag question denies nothing told after it ----------------------------------------

OWN_38Q = [
    ("en-GB", "it's my back isn't it I can't feel my bum"),
    ("en-IN", "it is the sugar only isn't it I am not able to lift my toes"),
    ("en-GB", "it was the gardening wasn't it my knee gave way"),
    ("en-AU", "it's my circulation isn't it I keep catching my toes on the carpet"),
    ("en-US", "it's the new pills isn't it I keep wetting myself"),
]


@pytest.mark.parametrize(("locale", "text"), OWN_38Q)
def test_a_tag_question_denies_nothing_after_it(locale: str, text: str) -> None:
    speech, answers, _ = say_at(OPENING, text, locale)
    said = {k: v for k, v in answers.items()
            if k in {"saddle_numbness", "leg_weakness", "foot_drop", "bladder_bowel"}}
    assert said and "no" not in said.values(), (answers, speech)


CONTROLS_38Q = [
    # a part said not to be affected stays denied
    ("en-GB", "my bum isn't numb"),
    ("en-US", "my legs aren't weak"),
    ("en-IN", "there is no problem in passing urine"),
]


@pytest.mark.parametrize(("locale", "text"), CONTROLS_38Q)
def test_a_plain_denial_stays_denied(locale: str, text: str) -> None:
    speech, answers, _ = say_at(OPENING, text, locale)
    said = {k: v for k, v in answers.items()
            if k in {"saddle_numbness", "leg_weakness", "bladder_bowel"}}
    assert "yes" not in said.values(), (answers, speech)


# -- 38r. a pregnancy told by its weeks and its due date --------------------------------------

OWN_38R = [
    ("en-CA", "I'm thirty-eight weeks and due on the tenth, my outer thigh burns"),
    ("en-GB", "the baby's due next week and both my feet tingle"),
    ("en-AU", "my due date is Sunday and my hands and feet have pins and needles"),
    ("en-US", "I'm thirty six weeks, due in a month, and my thigh is numb on the outside"),
]


@pytest.mark.parametrize(("locale", "text"), OWN_38R)
def test_a_pregnancy_told_by_its_due_date_is_read(locale: str, text: str) -> None:
    speech, answers, _ = say_at(OPENING, text, locale)
    assert answers.get("pregnant") == "yes", (answers, speech)


CONTROLS_38R = [
    # something else due, or weeks of the numbness, are no pregnancy
    ("en-GB", "my appointment is due any day now and my feet are numb"),
    ("en-US", "the rent is due any time now, and my feet are numb"),
    ("en-AU", "it's been thirty weeks and my feet tingle"),
]


@pytest.mark.parametrize(("locale", "text"), CONTROLS_38R)
def test_something_else_due_is_no_pregnancy(locale: str, text: str) -> None:
    speech, answers, _ = say_at(OPENING, text, locale)
    assert answers.get("pregnant") != "yes", (answers, speech)


# -- 38s. a drink counted a day is a rate -----------------------------------------------------

OWN_38S = [
    ("en-GB", "I was on a bottle of vodka a day until the spring and my legs are weak on hills"),
    ("en-AU", "a slab of beer a week and a bottle of rum a day, my legs feel weak"),
    ("en-IN", "I drink one bottle of beer a day and my legs are weak for months"),
    ("en-AU", "I have a few cans of beer a night and my legs have been weak for months"),
    ("en-US", "I drink a pint of bourbon a night and my legs have been weak"),
]


@pytest.mark.parametrize(("locale", "text"), OWN_38S)
def test_a_drink_counted_a_day_times_nothing(locale: str, text: str) -> None:
    speech, answers, flags = say_at(OPENING, text, locale)
    assert answers.get("leg_weakness") == "yes", (answers, speech)
    assert answers.get("recent") != "yes", (answers, speech)
    assert "new_leg_weakness" not in flags, (flags, speech)


CONTROLS_38S = [
    # a weakness dated a day ago stays new, also beside a drink
    ("en-GB", "I've had a bottle of whisky and my legs went weak a day ago"),
    ("en-US", "my legs went weak a day ago"),
    ("en-CA", "a day ago my legs gave out, I have a beer a night"),
]


@pytest.mark.parametrize(("locale", "text"), CONTROLS_38S)
def test_a_weakness_dated_a_day_ago_stays_new(locale: str, text: str) -> None:
    speech, answers, flags = say_at(OPENING, text, locale)
    assert answers.get("leg_weakness") == "yes", (answers, speech)
    assert "new_leg_weakness" in flags and warned_first(speech), (flags, speech)


# -- 38t. the "bottoms" of the feet are the soles -----------------------------------------------

OWN_38T = [
    ("en-CA", "my feet are numb on the bottoms"),
    ("en-US", "the bottoms of them are numb and burning"),
    ("en-AU", "pins and needles on the bottoms, both feet"),
    ("en-IN", "burning is there on the bottoms of both"),
]


@pytest.mark.parametrize(("locale", "text"), OWN_38T)
def test_the_bottoms_of_the_feet_are_not_the_seat(locale: str, text: str) -> None:
    speech, answers, flags = say_at(OPENING, text, locale)
    assert answers.get("saddle_numbness") is None, (answers, speech)
    assert "cauda_equina_saddle" not in flags, (flags, speech)


CONTROLS_38T = [
    # the seat said stays the seat
    ("en-GB", "my bottom is numb"),
    ("en-AU", "I'm numb on my bottom"),
    ("en-US", "my butt has gone numb"),
]


@pytest.mark.parametrize(("locale", "text"), CONTROLS_38T)
def test_the_seat_said_stays_the_seat(locale: str, text: str) -> None:
    speech, answers, flags = say_at(OPENING, text, locale)
    assert answers.get("saddle_numbness") in {"yes", "unsure"}, (answers, speech)
    assert "cauda_equina_saddle" in flags and warned_first(speech), (flags, speech)
