"""Round 22 (forms22): answer forms read by mechanism, not by sentence. Each class in words of
our own, said to the offline simulator at a real point of a screening (request envelopes in,
replies and session state out), across the five locales, with no commas (Alexa sends none).

The classes (docs/clinical-safety.md 5zt):
- 22a a reassurance shared out by "both" or "all" over a list of abilities said bare
  ("breathing swallowing both fine", "breathing swallowing and speaking all normal"): a no for
  every ability named, the first too; and "not fine" said of the bladder or bowels is trouble
  there, never the denial "bladder fine";
- 22b "this arvo" (arrives as "this afternoon") as a time said alone: hours; a part of yesterday
  said with "the" ("in the arvo yesterday"): days, never the hours of "the afternoon";
- 22c "since" an operation: dated, its date is read (as since forms21); undated, no length is
  guessed (checked, no change).
"""

from __future__ import annotations

import pytest

from tests.phrasings.runner import flags_raised, new_simulator, screening, warned_first
from tests.understanding.test_words_in_context import say_at

# the breathing question is asked once numbness spreads up both legs over days; the corpus's
# runner has no route to it, so these tests answer their way there as a user would
_TO_BREATHING = {"onset": "slowly", "side": "both legs", "duration": "a few days",
                 "spreading_up": "yes"}


def say_at_breathing(text: str, locale: str) -> tuple[str, dict[str, str], set[str]]:
    sim = new_simulator(locale)
    sim.launch()
    for _ in range(20):
        state = screening(sim)
        if state.current == "breathing_swallowing":
            break
        sim.say(_TO_BREATHING.get(state.current, "no"))
    assert screening(sim).current == "breathing_swallowing"
    before = set(flags_raised(screening(sim)))
    reply = sim.say(text)
    state = screening(sim)
    return reply.speech, dict(state.answers), set(flags_raised(state)) - before


# -- 22a. a reassurance shared out by "both" or "all": a no for every ability named --

@pytest.mark.parametrize(("text", "locale"), [
    ("breathing swallowing both fine", "en-GB"),
    ("um breathing swallowing talking all fine", "en-IN"),
    ("breathing swallowing and speaking all normal", "en-US"),
    ("breathing swallowing are both fine", "en-AU"),
    ("my breathing and swallowing are both fine", "en-CA"),
    ("breathing and swallowing both fine", "en-GB"),
    ("his breathing and swallowing were both fine", "en-US"),
])
def test_a_reassurance_shared_by_both_or_all_denies_every_ability(text: str, locale: str) -> None:
    speech, answers, flags = say_at_breathing(text, locale)
    assert answers.get("breathing_swallowing") == "no", (answers, speech)
    assert not flags, flags


@pytest.mark.parametrize(("text", "locale"), [
    # a sign in words of its own keeps them; "fine" is the other ability's
    ("breathing is hard swallowing all fine", "en-GB"),
    ("swallowing is difficult breathing and talking both fine", "en-US"),
])
def test_a_sign_in_its_own_words_is_not_shared_out(text: str, locale: str) -> None:
    speech, answers, flags = say_at_breathing(text, locale)
    assert "breathing_swallowing" in flags and warned_first(speech), (answers, flags, speech)


def test_a_reassurance_after_a_bare_pair_without_both_is_still_checked() -> None:
    # no "both" or "all": which ability "fine" is said of is in doubt, so not a no (rule 3)
    speech, answers, _ = say_at_breathing("breathing swallowing fine", "en-GB")
    assert answers.get("breathing_swallowing") != "no", (answers, speech)


def test_a_rise_then_an_ability_all_fine_still_rises() -> None:
    # the rise is no ability: "all fine" is said of the walking only (round 17's 5zf 17a holds)
    speech, answers, _ = say_at("spreading_up", "it has come up to my knees walking is all fine",
                                "en-AU")
    assert answers.get("spreading_up") == "yes", (answers, speech)


@pytest.mark.parametrize(("text", "locale"), [
    ("both my bladder and bowels are not fine", "en-GB"),
    ("my bladder is not fine", "en-US"),
    ("my waterworks are not okay", "en-AU"),
    ("bladder not good", "en-IN"),
])
def test_not_fine_said_of_the_bladder_is_trouble_never_a_no(text: str, locale: str) -> None:
    speech, answers, _ = say_at("bladder_bowel", text, locale)
    assert answers.get("bladder_bowel") == "yes", (answers, speech)


@pytest.mark.parametrize(("text", "locale"), [
    ("my bladder and bowels are both fine", "en-GB"),
    ("bladder bowels all fine thanks", "en-CA"),
    ("my bladder is fine", "en-US"),
])
def test_the_bladder_said_fine_is_still_a_no(text: str, locale: str) -> None:
    speech, answers, flags = say_at("bladder_bowel", text, locale)
    assert answers.get("bladder_bowel") == "no" and not flags, (answers, speech)


# -- 22b. "this arvo" said alone as a time: hours; a part of yesterday: days --

@pytest.mark.parametrize(("text", "length"), [
    ("started this arvo", "hours"),
    ("it started this arvo", "hours"),
    ("came on this arvo mate", "hours"),
    ("yeah it kicked in this arvo", "hours"),
    ("she noticed it this arvo", "hours"),
    ("started this afternoon", "hours"),
    ("started yesterday arvo", "days"),
    ("it started Sunday arvo", "days"),
    ("started in the arvo yesterday", "days"),
    ("yesterday in the morning", "days"),
])
def test_a_part_of_a_day_said_as_when_it_started(text: str, length: str) -> None:
    _, answers, _ = say_at("duration", text, "en-AU")
    assert answers.get("duration") == length, answers


def test_this_arvo_at_the_onset_question_is_also_its_length() -> None:
    _, answers, _ = say_at("onset", "this arvo", "en-AU")
    assert answers.get("duration") == "hours", answers


# -- 22c. "since" an operation: dated, the date; undated, no guess --

@pytest.mark.parametrize(("text", "length", "locale"), [
    ("since the operation on my knee in January", "months", "en-IN"),
    ("since my hip operation three weeks ago", "weeks", "en-IN"),
    ("since the op on my knee last Tuesday", "days", "en-AU"),
    ("ever since the surgery on my back in December", "months", "en-CA"),
    ("since the operation on my knee a few days ago", "days", "en-US"),
])
def test_an_operation_dated_after_since_dates_it(text: str, length: str, locale: str) -> None:
    _, answers, _ = say_at("duration", text, locale)
    assert answers.get("duration") == length, answers


@pytest.mark.parametrize("locale", ["en-IN", "en-GB"])
def test_an_operation_undated_is_asked_again_not_guessed(locale: str) -> None:
    speech, answers, _ = say_at("duration", "since my hip operation", locale)
    assert "duration" not in answers and "days, weeks or months" in speech, (answers, speech)
