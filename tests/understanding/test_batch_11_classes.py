"""Batch 11's classes of wording, read by rule rather than by sentence: each class in words of our
own (none is a corpus phrasing; written before the reader was changed, round 7), said to the
offline simulator at a real point of a screening (request envelopes in, replies and session
state out), with controls that must keep their meaning.

The classes: a leading "no" then a figure of speech about a thing that is not the body ("the only
thing creeping up is my gas bill"); how far it reaches is not that it moves ("up to my ankles");
a time phrase belongs to its own clause ("shaking all night" is a fever at night, not night
pain; "a temperature this week" does not say how the numbness came on); an ability said
positively denies the trouble ("I can breathe perfectly well"); "I do" with how much after it
is a yes; a comparison with a time before is weakness building up; "not been able to" said of
the one screened; weak immunity said by what the medicine is for; rest pain said by the way
round it; a doubt before what there is ("there may be ..."); "nothing" after a preposition
denies nothing; a painkiller as the subject; one leg named by the side of what else is wrong.
"""

from __future__ import annotations

import pytest

from tests.phrasings.runner import flags_raised, screening, warned_first
from tests.understanding.test_batch_10_classes import warned_or_confirmed
from tests.understanding.test_words_in_context import CONTEXTS, say_at

# -- a "no", then a figure of speech about a thing ------------------------------------------------

@pytest.mark.parametrize(("context", "text"), [
    ("spreading_up", "nope, the only thing going up round here is the cost of living"),
    ("spreading_up", "no, the only thing climbing is the electricity bill"),
    ("back_pain", "no, the only pain in the neck is my brother-in-law"),
    ("back_pain", "no, the only thing killing me is the heating bill"),
    ("cauda_equina_signs", "no, the only thing I've lost control of is the TV remote"),
    ("cauda_equina_signs", "nah, the only thing giving way is the old garden fence"),
])
def test_a_no_then_a_figure_of_speech_about_a_thing_answers_no(context: str, text: str) -> None:
    speech, answers, flags = say_at(context, text)
    assert answers.get(context) == "no", (answers, speech)
    assert not flags, flags


@pytest.mark.parametrize(("context", "text", "flag"), [
    ("onset", "no, the only thing creeping up is the numbness in my legs", "ascending_numbness"),
    ("onset", "the only thing I've lost control of is my bladder", "cauda_equina_bladder"),
])
def test_the_only_thing_said_of_the_body_is_still_a_finding(context: str, text: str,
                                                            flag: str) -> None:
    assert warned_or_confirmed(context, text, flag)


# -- how far it reaches is not that it moves ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "both feet, and up as far as my ankles",
    "both, from my toes up to my shins",
    "both, like socks, up to my ankles",
    "both of them, up to mid calf",
    "both, numb from the feet up",
])
def test_how_far_it_reaches_is_not_that_it_spreads(text: str) -> None:
    """The stocking of a neuropathy: where it is, checked at most, never warned at once."""
    speech, answers, flags = say_at("side", text)
    assert answers.get("side") == "both_legs", (answers, speech)
    assert "ascending_numbness" not in flags and not warned_first(speech), speech


@pytest.mark.parametrize("text", [
    "both, and it's creeping up to my knees",
    "both, and now it's up to my knees",
    "both, it's moved up to my thighs this week",
    "both, it went from my ankles up to my knees",
    "both, it's got up to my knees",
    "both, it started in my toes and it's up to my shins",
    "both, and I'm getting weaker from the feet up",
])
def test_reaching_further_said_as_a_movement_or_a_change_spreads(text: str) -> None:
    assert warned_or_confirmed("side", text, "ascending_numbness")


# -- a time phrase belongs to its own clause ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "yes, I've been sweating buckets all night",
    "yeah, shivering all night long",
    "yes, feverish every night",
    "yes, burning up every night",
])
def test_a_fever_at_night_is_no_night_pain(text: str) -> None:
    speech, answers, flags = say_at("fever", text)
    assert answers.get("fever") == "yes", speech
    assert "night_pain" not in answers and "back_pain_at_night" not in flags


def test_pain_all_night_is_still_night_pain() -> None:
    _, answers, flags = say_at("fever", "yes, and my back aches all night")
    assert answers.get("night_pain") == "yes" and "back_pain_at_night" in flags


@pytest.mark.parametrize("text", [
    "I've had a temperature since the weekend",
    "I've been feverish since the weekend",
])
def test_a_time_said_of_something_else_does_not_say_how_the_numbness_came_on(text: str) -> None:
    _, answers, _ = say_at("onset", text)
    assert "onset" not in answers, answers


def test_a_time_said_of_the_numbness_still_does() -> None:
    _, answers, _ = say_at("onset", "the tingling came on over a couple of days")
    assert answers.get("onset") == "sudden"


# -- ability said positively ----------------------------------------------------------------------

@pytest.mark.parametrize(("context", "text", "finding"), [
    ("duration", "a few weeks, and I can breathe just fine", "breathing_swallowing"),
    ("duration", "months, I eat and swallow without any trouble", "breathing_swallowing"),
    ("onset", "slowly, and I can walk perfectly well", "leg_weakness"),
    ("onset", "slowly, and I can pee without any difficulty", "bladder_bowel"),
])
def test_an_ability_said_positively_denies_the_trouble(context: str, text: str,
                                                       finding: str) -> None:
    speech, answers, flags = say_at(context, text)
    assert answers.get(finding) in (None, "no"), (answers, speech)
    assert not flags and not warned_first(speech), speech


# -- "I do", and how much -------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "I do, about a bottle of wine most nights",
    "I do, every evening",
    "I do, maybe three pints a night",
    "I do, twice a day",
])
def test_i_do_with_how_much_answers_yes(text: str) -> None:
    speech, answers, _ = say_at("alcohol", text)
    assert answers.get("alcohol") == "yes", speech
    assert answers.get("duration") == "months", answers  # a rate is no length


# -- a comparison with a time before --------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "weeks, and my legs are weaker than they were a month ago",
    "a few weeks, and each week my legs are feebler than the week before",
    "a couple of months, and my legs feel more wobbly than the month before",
])
def test_weakness_compared_with_a_time_before_is_building_up(text: str) -> None:
    """Warned at once, or (weakness of months) asked only whether it got worse in recent weeks."""
    assert warned_or_confirmed("duration", text, "weakness_getting_worse")
    speech, answers, _ = say_at("duration", text)
    assert answers.get("recent") == "no", (answers, speech)  # building up: not new


# -- not been able to -----------------------------------------------------------------------------

@pytest.mark.parametrize(("locale", "text"), [
    ("en-GB", "I've not been able to pass water since this morning"),
    ("en-AU", "Mum's not been able to have a wee since lunchtime and her legs are numb"),
    ("en-US", "he hasn't been able to pee since last night"),
])
def test_not_been_able_to_pass_water_is_warned(locale: str, text: str) -> None:
    sim = CONTEXTS.open(locale, "onset")
    reply = sim.say(text)
    assert warned_first(reply.speech), reply.speech
    assert "cauda_equina_bladder" in flags_raised(screening(sim))


# -- weak immunity by its purpose ------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "my back hurts and I take pills so my body doesn't reject my donor liver",
    "back pain, and I'm on anti rejection meds",
    "my back aches, and I'm on drugs to keep my immune system down",
    "sore back, and I take medicine to stop me rejecting my new heart",
])
def test_weak_immunity_said_by_what_the_medicine_is_for(text: str) -> None:
    assert warned_or_confirmed("onset", text, "back_pain_weak_immunity")


# -- rest pain by its workaround -------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "my foot throbs as soon as I lie down in bed",
    "I've been sleeping propped up in the recliner because of my foot",
    "lying flat sets my toes burning",
    "my toes burn when I lay down",
])
def test_rest_pain_said_by_the_way_round_it(text: str) -> None:
    assert warned_or_confirmed("onset", text, "critical_limb_ischaemia")


# -- a doubt before what there is ------------------------------------------------------------

@pytest.mark.parametrize(("context", "text", "flag"), [
    ("duration", "there might be a sore on my ankle that won't heal", "critical_limb_ischaemia"),
    ("onset", "there could be a bit of numbness round my bottom", "cauda_equina_saddle"),
])
def test_a_doubt_before_what_there_is_is_confirmed_or_warned(context: str, text: str,
                                                             flag: str) -> None:
    assert warned_or_confirmed(context, text, flag)


# -- "nothing" after a preposition --------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "it's like sitting on nothing, my backside's gone numb",
    "I feel like I'm perched on nothing and my bottom is numb",
])
def test_nothing_after_a_preposition_denies_nothing(text: str) -> None:
    assert warned_or_confirmed("onset", text, "cauda_equina_saddle")


@pytest.mark.parametrize("text", ["there's nothing wrong with my waterworks",
                                  "nothing's changed down below"])
def test_nothing_as_the_subject_still_denies(text: str) -> None:
    _, _, flags = say_at("onset", text)
    assert not flags


# -- a painkiller as the subject ----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "paracetamol isn't touching it",
    "the codeine hasn't helped at all",
    "ibuprofen does nothing for it",
    "my painkillers aren't working",
])
def test_pain_that_painkillers_do_not_reach_is_severe(text: str) -> None:
    sim = CONTEXTS.open("en-US", "onset")
    reply = sim.say(text)
    assert warned_first(reply.speech), reply.speech


# -- one leg named by the side of what else is wrong -----------------------------------------------

@pytest.mark.parametrize("text", ["only on the side of my dodgy knee",
                                  "the side with my bad hip",
                                  "on the same side as my hip replacement"])
def test_one_leg_named_by_the_side_of_what_else_is_wrong(text: str) -> None:
    speech, answers, _ = say_at("side", text)
    assert answers.get("side") == "one_leg", speech


# -- pressure from what is worn, gone when it comes off; a doctor's new prescription --------------

@pytest.mark.parametrize("text", [
    "my feet tingle in tight shoes and it's fine when I take them off",
    "pins and needles in my foot when my laces are tight, gone as soon as I loosen them",
    "my calves tingle in my compression socks, but it stops when I take them off",
])
def test_numbness_from_what_is_worn_gone_when_it_comes_off_is_positional(text: str) -> None:
    speech, answers, flags = say_at("onset", text, "en-US")
    assert answers.get("positional") == "yes", (answers, speech)
    assert not flags


@pytest.mark.parametrize(("locale", "text"), [
    ("en-GB", "the GP put me on amitriptyline last week and now my feet tingle"),
    ("en-IN", "the hospital gave me ciplox for a water infection and now my feet burn"),
    ("en-US", "my doctor started me on a new blood pressure pill and my legs feel numb"),
])
def test_a_doctors_new_prescription_said_first_is_a_new_medicine(locale: str, text: str) -> None:
    speech, answers, _ = say_at("onset", text, locale)
    assert answers.get("new_medicine") == "yes", (answers, speech)


# -- a part of the body gone to sleep (review6 O4) ------------------------------------------------

@pytest.mark.parametrize("text", ["my foot keeps going to sleep", "my legs go to sleep a lot",
                                  "my hand fell asleep"])
def test_a_part_gone_to_sleep_is_no_pain_at_night(text: str) -> None:
    from skill.understanding.reader import default_reader

    reading = default_reader().read(text, "en-US")
    assert "night_pain" not in {f.id for f in reading.findings}


@pytest.mark.parametrize("text", ["my arm has gone to sleep", "my arm's gone to sleep"])
def test_an_arm_gone_to_sleep_at_the_sudden_signs_question_is_checked_or_warned(
        text: str) -> None:
    from alexa_simulator import Simulator
    from tests.alexa.conftest import make_handler
    from tests.alexa.test_free_speech import at_question, every_flag

    sim = Simulator(locale="en-US", handler=make_handler())
    at_question(sim, "sudden_signs", {"onset": "suddenly", "side": "one leg",
                                      "duration": "about an hour"})
    reply = sim.say(text)
    assert "stroke_signs" in every_flag(reply) or reply.speech.startswith("Just to check"), (
        reply.speech)


def test_sleep_kept_from_by_pain_is_still_night_pain() -> None:
    from skill.understanding.reader import default_reader

    reading = default_reader().read("my back pain stops me going to sleep", "en-GB")
    assert "night_pain" in {f.id for f in reading.findings if f.present}
