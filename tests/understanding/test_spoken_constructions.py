"""Ways of saying a thing that batch 12's tuning half and review7 showed the reader missing, each
handled as a construction rather than a phrase (round 8), said to the offline simulator at a real
point of a screening (request envelopes in, replies and state out).

Each construction has the failing sentence first, then wordings of our own written before the
reader was changed, in the locales where they are natural, then the controls: words that must
not be read as the finding (every rule that lowers something has must-warn controls beside it).
"""

from __future__ import annotations

import pytest

from tests.phrasings.runner import screening, warned_first
from tests.understanding.test_words_in_context import CONTEXTS, say_at

LOCALES = ("en-US", "en-CA", "en-GB", "en-AU", "en-IN")


def warned(context: str, text: str, locale: str, flag: str) -> None:
    speech, _, flags = say_at(context, text, locale)
    assert flag in flags and warned_first(speech), speech


# -- woken at night by the pain, the night said between (batch 12's first regression) ----------

@pytest.mark.parametrize(("text", "locale"), [
    ("no, but I wake up every night with this back pain", "en-US"),
    ("no, but I wake up every night with the pain in my back", "en-GB"),
    ("no, but I keep waking up at night because of my back", "en-AU"),
    ("no, but I woke up in the night with my back killing me", "en-CA"),
    ("no, but I am waking up most nights from the pain", "en-IN"),
])
def test_waking_at_night_with_the_pain_is_warned_as_night_pain(text: str, locale: str) -> None:
    warned("fever", text, locale, "back_pain_at_night")


@pytest.mark.parametrize("text", [
    "no, but I wake up every night to go to the toilet",
    "no, but I wake up every night with the baby",
])
def test_waking_at_night_for_another_reason_is_not_night_pain(text: str) -> None:
    _, answers, flags = say_at("fever", text)
    assert "back_pain_at_night" not in flags and answers.get("night_pain") != "yes"


# -- an extent said after a time of change is a movement (batch 12's second regression) ---------

@pytest.mark.parametrize(("text", "locale"), [
    ("my feet felt asleep yesterday, today my legs are heavy as lead and the numbness is up to "
     "my knees", "en-US"),
    ("yesterday my feet, today the tingling is up to my thighs", "en-GB"),
    ("overnight the numbness got up to my knees", "en-AU"),
    ("this morning it was my toes, now the numbness goes up to my knees", "en-CA"),
    ("yesterday it was only my toes, today the numbness is up to my knees", "en-IN"),
])
def test_an_extent_after_a_time_of_change_is_warned_as_spreading(text: str,
                                                                 locale: str) -> None:
    warned("onset", text, locale, "ascending_numbness")


@pytest.mark.parametrize("text", [
    "the numbness is up to my knees and has been for years",
    "both feet, up to the ankles, for years now",
])
def test_an_extent_with_no_time_of_change_is_not_warned(text: str) -> None:
    speech, _, flags = say_at("onset", text)
    assert "ascending_numbness" not in flags and not warned_first(speech), speech


def test_numbness_that_crept_in_over_days_is_an_onset_not_spreading() -> None:
    speech, _, flags = say_at("onset", "it crept in over the last few days", "en-US")
    assert "ascending_numbness" not in flags and not warned_first(speech), speech


# -- the answer to "Just to check" said as a movement with its time (review7 N2) ----------------

@pytest.mark.parametrize(("text", "locale"), [
    ("it spread overnight", "en-US"),
    ("it has moved up since yesterday", "en-GB"),
    ("it crept higher this week", "en-AU"),
    ("it has travelled up over the last few days", "en-CA"),
    ("it has gone up since yesterday", "en-IN"),
])
def test_a_movement_with_its_time_answers_the_spreading_check(text: str, locale: str) -> None:
    sim = CONTEXTS.open(locale, "onset")
    check = sim.say("the numbness is up to my knees")
    assert "Just to check" in check.speech
    reply = sim.say(text)
    assert warned_first(reply.speech), reply.speech
    assert screening(sim).answers.get("spreading_up") == "yes"


# -- a limb that no longer obeys; the leg said as "it" or "they" (review7 O6, O7) ---------------

@pytest.mark.parametrize(("text", "locale"), [
    ("my right leg stopped doing what I tell it to", "en-US"),
    ("my leg won't listen to me", "en-GB"),
    ("my legs have stopped obeying me", "en-AU"),
    ("my legs just don't do as they're told", "en-CA"),
    ("my legs have been numb for weeks, this week they started giving way", "en-CA"),
    ("my legs are numb and they keep giving way", "en-GB"),
    ("both my legs tingle and now they won't hold me up", "en-AU"),
    ("still I am not able to stand on it", "en-IN"),
    ("I can't put any weight on it", "en-US"),
])
def test_legs_that_fail_however_named_are_read_as_weakness(text: str, locale: str) -> None:
    _, answers, _ = say_at("onset", text, locale)
    assert answers.get("leg_weakness") == "yes"


@pytest.mark.parametrize("text", [
    "my legs are numb but they're strong",
    "my legs are numb, they're not weak at all",
])
def test_legs_said_strong_as_they_are_not_weak(text: str) -> None:
    _, answers, flags = say_at("onset", text)
    assert answers.get("leg_weakness") != "yes" and "new_leg_weakness" not in flags


# -- knees weak at a sight or news: a feeling, not legs failing ---------------------------------

@pytest.mark.parametrize("text", [
    "no, my knees only went weak when I saw the bill",
    "no, I went weak at the knees when I saw him",
    "no, my legs turned to jelly when I heard the news",
])
def test_knees_weak_at_a_sight_is_no_weakness(text: str) -> None:
    _, answers, _ = say_at("leg_weakness", text, "en-GB")
    assert answers.get("leg_weakness") == "no"


@pytest.mark.parametrize(("text", "locale"), [
    ("my knees went weak when I stood up", "en-US"),
    ("my legs went weak when I got out of bed", "en-GB"),
    ("my legs turned to jelly when I tried to walk", "en-AU"),
    ("my knees went weak when I saw the stairs and now I can't walk", "en-IN"),
])
def test_legs_weak_on_standing_or_walking_are_still_weakness(text: str, locale: str) -> None:
    _, answers, _ = say_at("onset", text, locale)
    assert answers.get("leg_weakness") == "yes"


# -- a cast "far too tight"; "I've got back pain"; swallowing said as food not going down -------

@pytest.mark.parametrize(("context", "text", "locale"), [
    ("side", "the right, I broke my ankle and the plaster feels far too tight and the pain is "
     "awful", "en-GB"),
    ("onset", "the cast is far too tight and my toes are numb", "en-US"),
    ("onset", "my plaster's way too tight now", "en-AU"),
    ("onset", "food is not going down, I am not able to swallow", "en-IN"),
    ("onset", "my food isn't going down properly and my legs are weak", "en-GB"),
])
def test_a_red_flag_said_with_a_degree_or_as_now_is_warned(context: str, text: str,
                                                           locale: str) -> None:
    speech, _, flags = say_at(context, text, locale)
    assert flags and warned_first(speech), speech


def test_my_shoes_far_too_tight_is_no_cast() -> None:
    _, answers, _ = say_at("onset", "my shoes are far too tight")
    assert answers.get("compartment") != "yes"


@pytest.mark.parametrize("locale", LOCALES)
def test_got_back_pain_is_back_pain_and_got_back_home_is_not(locale: str) -> None:
    _, answers, _ = say_at("side", "both, I've got back pain, and my clothes are hanging off me, "
                           "I've lost loads of weight", locale)
    assert answers.get("back_pain") == "yes" and answers.get("weight_loss") == "yes"
    _, answers, _ = say_at("onset", "I got back home and my legs were tingling", locale)
    assert answers.get("back_pain") != "yes"


# -- times: an instant, "the Friday before last", weeks of a pregnancy in digits ----------------

@pytest.mark.parametrize("text", ["in a split second", "in the blink of an eye", "within seconds"])
def test_an_instant_of_time_is_a_sudden_onset(text: str) -> None:
    _, answers, flags = say_at("onset", text, "en-AU")
    assert answers.get("onset") == "sudden" and not flags


@pytest.mark.parametrize("text", ["since the Friday before last", "since the week before last",
                                  "it started the Monday before last"])
def test_the_day_before_last_is_over_a_week_ago(text: str) -> None:
    _, answers, _ = say_at("duration", text, "en-GB")
    assert answers.get("duration") == "weeks"


@pytest.mark.parametrize("text", ["I'm 32 weeks gone", "I'm thirty two weeks gone"])
def test_weeks_gone_in_digits_or_words_is_a_pregnancy_not_a_duration(text: str) -> None:
    _, answers, _ = say_at("onset", text, "en-GB")
    assert answers.get("duration") is None


# -- denials: "normal, warm and pink" and "nothing's changed with my love life" ----------------

@pytest.mark.parametrize("locale", LOCALES)
def test_feet_normal_warm_and_pink_are_not_cold(locale: str) -> None:
    _, answers, flags = say_at("duration", "about a year, and my feet look normal, warm and pink",
                               locale)
    assert answers.get("cold_pale_leg") == "no" and not flags


@pytest.mark.parametrize("locale", ("en-GB", "en-AU"))
def test_nothing_changed_with_a_love_life_denies_a_change_in_sex(locale: str) -> None:
    _, answers, _ = say_at("side", "the left, and nothing's changed with my love life", locale)
    assert answers.get("sexual_function") == "no"


def test_fast_is_no_answer_no_to_weight_loss() -> None:
    sim = CONTEXTS.open("en-US", "fever")
    sim.say("no")
    sim.say("fast")
    assert screening(sim).answers.get("weight_loss") != "no"


# -- carriers that keep "started" and a leading time word ---------------------------------------

@pytest.mark.parametrize(("text", "locale", "want"), [
    ("it started the Friday before last", "en-US", "weeks"),
    ("it began on Tuesday", "en-GB", "days"),
    ("started last week", "en-AU", "weeks"),
])
def test_it_started_keeps_its_date(text: str, locale: str, want: str) -> None:
    _, answers, _ = say_at("duration", text, locale)
    assert answers.get("duration") == want


@pytest.mark.parametrize(("text", "locale"), [
    ("yesterday my feet were numb, today the numbness is up to my knees", "en-US"),
    ("this morning it was in my toes, now it's up to my knees", "en-GB"),
    ("it started in my toes last week and now it's up to my knees", "en-CA"),
])
def test_a_leading_time_word_keeps_the_movement(text: str, locale: str) -> None:
    warned("onset", text, locale, "ascending_numbness")
