"""Round 24 (phr24): batch 26's largest remaining tuning failure group, a finding said as PAST and
then CLEARED read as present, fixed by mechanism (docs/clinical-safety.md 5zy). Each class in
words of our own, said to the offline simulator at a real point of a screening (the request goes
through the interaction model, as on Alexa), across the five locales, no commas (Alexa sends
none), with controls beside every rule.

24a. A side, an onset or back pain said as past and cleared ("the right one it used to be the
left years ago but that cleared up", "both legs I had back pain last year but it went away") is
history: not the side answered, not back pain now.

24b. A red flag said as past and cleared in the DISTANT past, explicitly, with nothing saying it
is back ("no the left was weak years ago after my op but that's gone") is history: a no. The
safe reading stands for everything else (rule 3): cleared after "once", "yesterday", "last week"
or "this morning" (a TIA, a sign that comes and goes), cleared only in part ("mostly sorted"),
hedged ("I think it went away"), negated ("it never went away") or back ("now it's back",
"still") is present as before: warned, or asked about.

24c. A length opened by "and" whose number is any number word ("and for the last eleven days"),
as the lengths themselves read it, not only the words two to ten listed in the data.
"""

from __future__ import annotations

import pytest

from alexa_simulator import Simulator
from tests.phrasings.runner import warned_first
from tests.understanding.test_words_in_context import say_at

# -- 24a. a side, an onset, back pain said as past and cleared ---------------------------------


@pytest.mark.parametrize(("text", "locale", "side"), [
    ("the right one it used to be the left years ago but that cleared up", "en-US", "one_leg"),
    ("left leg I had it in the right once but that went away", "en-GB", "one_leg"),
    ("just the left the right was numb years back but it's long gone", "en-AU", "one_leg"),
    ("right leg um years ago it was the left but that got better", "en-CA", "one_leg"),
    ("the left one my right used to tingle as a kid but it's sorted now", "en-IN", "one_leg"),
    ("only my right leg the left was bad after the baby but that cleared up", "en-GB", "one_leg"),
    ("the left she used to get it in the right but that resolved ages ago", "en-US", "one_leg"),
    ("the right one um my left leg used to go numb in my twenties but that went away", "en-AU",
     "one_leg"),
    ("both of them years ago it was only the left but that cleared up", "en-GB", "both_legs"),
    ("the left years ago I had it in the right but that cleared up", "en-US", "one_leg"),
    ("the left my right was numb years ago it went away", "en-IN", "one_leg"),
])
def test_a_side_said_as_past_and_cleared_is_not_the_side(text: str, locale: str,
                                                         side: str) -> None:
    speech, answers, flags = say_at("side", text, locale)
    assert answers.get("side") == side and not flags, (answers, flags, speech)


@pytest.mark.parametrize(("context", "text", "locale", "finding", "value"), [
    ("side", "both legs I had back pain last year but it went away", "en-US", "side",
     "both_legs"),
    ("side", "both I had sciatica down my leg last year but it cleared up", "en-US", "side",
     "both_legs"),
    ("duration", "a couple of weeks my back used to hurt years ago but that's all sorted",
     "en-AU", "duration", "weeks"),
    ("duration", "a few days I used to have a bad back years ago but it is long gone", "en-AU",
     "duration", "days"),
    ("duration", "a few weeks she had back pain a few years back that cleared up", "en-CA",
     "duration", "weeks"),
    ("onset", "slowly I had a bad back a few years back but it got better", "en-CA", "onset",
     "gradual"),
    ("side", "both my back hurt years ago it cleared up", "en-GB", "side", "both_legs"),
    ("onset", "gradually I had a sudden bout years ago but that went away", "en-US", "onset",
     "gradual"),
])
def test_back_pain_or_an_onset_said_as_past_and_cleared_is_history(
        context: str, text: str, locale: str, finding: str, value: str) -> None:
    speech, answers, flags = say_at(context, text, locale)
    assert answers.get(finding) == value, (answers, speech)
    assert answers.get("back_pain") != "yes" and answers.get("shooting_down_leg") != "yes", answers
    assert not flags, (flags, speech)


# -- 24b. a red flag said as cleared in the distant past; the safe reading otherwise ----------


@pytest.mark.parametrize(("context", "text", "locale", "finding"), [
    ("leg_weakness", "no the left was weak years ago after my op but that's gone", "en-GB",
     "leg_weakness"),
    ("leg_weakness", "no my legs went weak a couple of years ago but that cleared up", "en-US",
     "leg_weakness"),
    ("leg_weakness", "nah her legs were weak as a child but she got over it", "en-AU",
     "leg_weakness"),
    ("bladder_bowel", "no I had some leaking years ago but it cleared up", "en-GB",
     "bladder_bowel"),
    ("bladder_bowel", "no my waterworks played up years ago but that is all sorted", "en-GB",
     "bladder_bowel"),
    ("face_arm_speech", "no his speech was slurred years ago after a stroke but that resolved",
     "en-CA", "face_arm_speech"),
    ("saddle_numbness", "no I had numbness down there years ago after my surgery but it went away",
     "en-IN", "saddle_numbness"),
    ("cold_pale_leg", "no my foot went cold and white years ago after an op but that cleared up",
     "en-US", "cold_pale_leg"),
    ("fever", "no I had a fever last year but it went away", "en-GB", "fever"),
    ("spreading_up", "no it crept up to my knees a few years back but that settled down", "en-CA",
     "spreading_up"),
])
def test_a_red_flag_cleared_in_the_distant_past_is_a_no(context: str, text: str, locale: str,
                                                        finding: str) -> None:
    speech, answers, flags = say_at(context, text, locale)
    assert answers.get(finding) == "no" and not flags, (answers, flags, speech)
    assert not warned_first(speech), speech


@pytest.mark.parametrize(("context", "text", "locale", "finding"), [
    # said with no "no": the sign is not recorded as present, and nothing is raised
    ("leg_weakness", "my leg gave way once years ago but that cleared up", "en-US",
     "leg_weakness"),
    ("bladder_bowel", "my bladder was funny after the baby but that's long sorted", "en-AU",
     "bladder_bowel"),
    ("onset", "slowly he had trouble swallowing as a kid but he got over it", "en-IN",
     "breathing_swallowing"),
])
def test_a_red_flag_cleared_in_the_distant_past_is_not_recorded_present(
        context: str, text: str, locale: str, finding: str) -> None:
    speech, answers, flags = say_at(context, text, locale)
    assert answers.get(finding) != "yes" and not flags, (answers, flags, speech)


@pytest.mark.parametrize(("context", "text", "locale", "flag"), [
    # back, or never gone: present, warned first
    ("saddle_numbness", "I had numbness down there last year but it cleared up now it's back",
     "en-GB", "cauda_equina_saddle"),
    ("saddle_numbness", "years ago I had numbness down there and it's still there", "en-GB",
     "cauda_equina_saddle"),
    ("face_arm_speech", "his speech was slurred a few years ago and it never went away", "en-CA",
     "stroke_signs"),
    ("onset", "suddenly my whole leg went numb years ago and it is gone numb again now", "en-US",
     "sudden_whole_leg"),
    # cleared, but not in the distant past: a sign that passed (a TIA) is still an emergency
    ("face_arm_speech", "my face drooped this morning but it's gone now", "en-US", "stroke_signs"),
    ("face_arm_speech", "his arm went weak once but it got better", "en-GB", "stroke_signs"),
    ("face_arm_speech", "her face drooped last week but it's been fine ever since", "en-AU",
     "stroke_signs"),
    # a history that counts said past: not a sign that passes
    ("duration", "a few days I had bowel cancer years ago but it's gone now", "en-GB",
     "numbness_after_cancer"),
])
def test_a_red_flag_back_never_gone_or_not_long_past_still_warns(
        context: str, text: str, locale: str, flag: str) -> None:
    speech, answers, flags = say_at(context, text, locale)
    assert flag in flags and warned_first(speech), (answers, flags, speech)


@pytest.mark.parametrize(("context", "text", "locale", "finding"), [
    ("leg_weakness", "my legs were weak years ago it went away for a bit then came back", "en-US",
     "leg_weakness"),
    ("leg_weakness", "my legs went weak last year and it hasn't cleared up", "en-AU",
     "leg_weakness"),
    ("leg_weakness", "my leg gave way years ago and it never went away", "en-CA", "leg_weakness"),
    ("leg_weakness", "my leg gave way years ago but that cleared up and now it's giving way again",
     "en-IN", "leg_weakness"),
    ("leg_weakness", "my leg gave way once but that cleared up", "en-GB", "leg_weakness"),
    ("leg_weakness", "my legs went weak years ago I think it went away", "en-AU", "leg_weakness"),
    ("leg_weakness", "my legs were weak years ago it cleared up but it's come back this week",
     "en-IN", "leg_weakness"),
    ("leg_weakness", "my legs are weak now I had back pain years ago but it went away", "en-US",
     "leg_weakness"),
    ("leg_weakness", "it used to come and go now my legs are weak all the time", "en-US",
     "leg_weakness"),
    ("leg_weakness", "my leg has gone weak since last year", "en-GB", "leg_weakness"),
    ("bladder_bowel", "I wet myself yesterday but that's sorted now", "en-US", "bladder_bowel"),
    ("bladder_bowel", "I had trouble peeing years ago but it's mostly sorted", "en-GB",
     "bladder_bowel"),
])
def test_a_sign_back_never_gone_hedged_or_not_long_past_stays_a_yes(
        context: str, text: str, locale: str, finding: str) -> None:
    speech, answers, _ = say_at(context, text, locale)
    assert answers.get(finding) == "yes", (answers, speech)


@pytest.mark.parametrize(("text", "locale", "side"), [
    # the brief's controls at the side question: the side said keeps its reading
    ("the left it used to come and go now it's constant", "en-AU", "one_leg"),
    ("the right it cleared up but now it's back", "en-CA", "one_leg"),
    ("the left it went away for a bit then came back", "en-US", "one_leg"),
    ("the left it was the right years ago and it's still the right too", "en-GB", "both_legs"),
])
def test_a_side_back_or_going_on_keeps_its_reading(text: str, locale: str, side: str) -> None:
    speech, answers, _ = say_at("side", text, locale)
    assert answers.get("side") == side, (answers, speech)


def test_the_numbness_itself_said_better_keeps_its_length() -> None:
    # a stretch that holds no finding, side or pace says how the numbness itself went: its
    # length is still read ("about two years, it got better for a while")
    speech, answers, _ = say_at("duration", "about two years it got better for a while", "en-AU")
    assert answers.get("duration") == "months", (answers, speech)


def test_back_pain_still_there_is_back_pain() -> None:
    _, answers, _ = say_at("side", "both legs I had back pain last year and it's still there",
                           "en-US")
    assert answers.get("back_pain") == "yes" and answers.get("side") == "both_legs", answers


# -- 24c. a length opened by "and", its number any number word ---------------------------------


def _history(locale: str, text: str) -> str:
    sim = Simulator(locale=locale)
    sim.launch()
    reply = sim.say(text)
    return str(reply.session_attributes.get("screening", {}).get("history", ""))


@pytest.mark.parametrize(("locale", "opening", "length"), [
    # before: "eleven", "twelve", "fifteen" were no length words, the clause did not open and
    # the longer length said before (years) was taken
    ("en-US", "I've had diabetes for twenty years and for the last eleven days my feet have been "
              "numb", "weeks"),
    ("en-GB", "I've had diabetes for thirty years and over the last fifteen days my feet have "
              "tingled", "weeks"),
    # controls: the words listed before read as they did
    ("en-GB", "my back has hurt for years and for the last two days my legs are numb", "days"),
    ("en-CA", "I've had diabetes for ten years and for the past week my feet have been numb",
     "weeks"),
])
def test_a_length_after_and_takes_any_number_word(locale: str, opening: str, length: str) -> None:
    history = _history(locale, opening)
    assert f"duration={length}" in history, history


# -- at the merge: a recent time before the clearing gives it to the episode screened now --------
# The thirteenth and eleventh vignette sets' tuning parts: a limp dated years ago, then the new
# episode told with "yesterday", then its own clearing ("it came good", "it's fine now"). The
# stretch ran from the distant marker to that clearing, so the episode's side, pace and length
# were dropped as history (one case then over-triaged to an emergency, one fell back).


@pytest.mark.parametrize(("locale", "opening", "told"), [
    ("en-AU", "I've had a limp since me hip was done years ago but yesterday I was kneeling in "
              "the veggie patch for a couple of hours and when I got up me left leg below the knee "
              "was all pins and needles it came good after a walk", "onset=sudden"),
    ("en-AU", "I've walked with a limp since I broke my leg twenty years ago and yesterday after "
              "the long drive my right foot went tingly it's fine now", "side=one_leg"),
    ("en-GB", "my back went years ago but this morning my left foot went numb for an hour and "
              "it's gone away now", "duration=hours"),
    ("en-US", "I had a knee op years back and last night my right leg went numb after sitting "
              "cross legged it got better", "positional=yes"),
])
def test_a_recent_episode_cleared_after_a_distant_past_is_still_screened(
        locale: str, opening: str, told: str) -> None:
    history = _history(locale, opening)
    assert told in history and "side=" in history, history


def test_a_distant_past_cleared_before_a_recent_episode_is_still_history() -> None:
    # the clearing said before the recent time keeps its reading: history, not the side
    speech, answers, _ = say_at(
        "side", "the right one the left was numb years ago but that cleared up and yesterday "
                "the right went numb", "en-GB")
    assert answers.get("side") == "one_leg", (answers, speech)
