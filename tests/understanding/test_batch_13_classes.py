"""Batch 13's classes of wording (round 9, issue 11), read by rule rather than by sentence: each
class in words of our own, written before the reader, the vocabulary or the carriers were
changed (from public patient pages: Cauda Equina UK and NHS trust cauda equina cards on sex and
feeling, NHS and speech-therapy pages on swallowing, vascular pages on rest pain eased by hanging
the foot down, compartment syndrome after a cast), said to the offline simulator at a real point
of a screening (request envelopes in, replies and session state out), across the five locales.
Every rule that lowers an outcome has must-warn controls beside it.

The classes: a relative named as the one speaking of, bare or possessive, opening the turn ("Dad
fell ...", "Nan's legs ..."); weakness building up said as a comparison over time is weakness
getting worse; back pain at night said by the night, the hour or the sleep lost, and its denial
said by settling; a lost feeling said after the act it is lost in ("when we make love I can't
feel anything"); trouble swallowing said by the cough it brings; pain at rest eased only by
hanging the foot down; the back taking the force of a fall; "normal" that asks ("is it normal
that ...") or is denied ("my bladder's not normal"); a leg that "just went"; the complaint said
as burning alone; "first thing this morning" and "can't put a date on it".
"""

from __future__ import annotations

import pytest

from skill.understanding.reader import default_reader
from tests.phrasings.runner import missed
from tests.understanding.test_batch_10_classes import warned_or_confirmed
from tests.understanding.test_words_in_context import not_flagged_at as _not_flagged
from tests.understanding.test_words_in_context import say_at
from tests.understanding.test_words_in_context import warned_at as _warned

# -- a relative named first, bare or possessive ----------------------------------------------------

@pytest.mark.parametrize(("text", "flag", "locale"), [
    ("Nan's legs gave way this morning and she can't get up", "new_leg_weakness", "en-GB"),
    ("Dad's face has dropped on one side", "stroke_signs", "en-AU"),
    ("Grandpa fell down the stairs this morning and his legs are numb", "spinal_injury", "en-US"),
    ("Father is not able to pass urine since yesterday", "cauda_equina_bladder", "en-IN"),
    ("Mom's speech is slurred and her arm is weak", "stroke_signs", "en-CA"),
    ("Mum's wet herself and she can't feel her bottom", "cauda_equina_saddle", "en-GB"),
    ("Grandad can't lift his left arm and he's talking funny", "stroke_signs", "en-AU"),
])
def test_a_relative_named_first_still_gives_the_warning(text: str, flag: str, locale: str) -> None:
    _warned("onset", text, flag, locale)


# -- weakness building up, said as a comparison over time ----------------------------------------

@pytest.mark.parametrize(("text", "locale"), [
    ("three months, and each week my legs are feebler", "en-GB"),
    ("months, and she's getting weaker by the week", "en-AU"),
    ("a few weeks, and they're weaker than they were at the start", "en-US"),
    ("six months, and legs are becoming weaker month by month", "en-IN"),
    ("five weeks, and me legs are weaker than when it first started", "en-AU"),
    ("a few months and my legs get weaker week after week", "en-CA"),
    ("six weeks, and my legs are weaker now than when this began", "en-GB"),
])
def test_weakness_building_over_weeks_is_weakness_getting_worse(text: str, locale: str) -> None:
    _warned("duration", text, "weakness_getting_worse", locale)


@pytest.mark.parametrize("text", [
    # a comparison with long ago, over months or a year, says nothing of the last few weeks: the
    # question is asked (tuning vignette diabetic_neuropathy_year_of_unsteadiness)
    "a year, and walking's harder than it used to be",
    "months, and my legs are weaker than they used to be",
])
def test_a_comparison_with_long_ago_asks_about_the_last_weeks(text: str) -> None:
    _, answers, _ = say_at("duration", text, "en-GB")
    assert "weakness_worse" not in answers, answers


# -- back pain at night, by the night, the hour or the sleep lost ---------------------------------

@pytest.mark.parametrize(("context", "text", "locale"), [
    ("side", "both, and my back is worse once I'm in bed at night", "en-GB"),
    ("duration", "weeks, and I'm awake at three every night with my back aching", "en-US"),
    ("side", "both, and at night my back aches more, not less", "en-CA"),
    ("side", "both, and of a night me back's murder, can't get a wink of sleep", "en-AU"),
    ("side", "both, night time back pain is more, not able to sleep", "en-IN"),
    ("duration", "weeks, and my back pain gets me up at 2 am", "en-US"),
    ("side", "both, and I haven't slept a wink for my back", "en-GB"),
])
def test_back_pain_at_night_said_by_the_night_is_warned(context: str, text: str,
                                                       locale: str) -> None:
    _warned(context, text, "back_pain_at_night", locale)


@pytest.mark.parametrize(("text", "locale"), [
    ("no, and my back settles down fine at night", "en-GB"),
    ("no, and at night it eases off, I sleep right through", "en-AU"),
    ("no, and the back pain calms down when I lie down, it doesn't wake me", "en-US"),
    ("no, and my back is better at night, it settles once I'm in bed", "en-CA"),
    ("no, at night the pain settles, sleep is fine", "en-IN"),
])
def test_back_pain_settling_at_night_is_no_flag(text: str, locale: str) -> None:
    _not_flagged("fever", text, locale)


@pytest.mark.parametrize(("text", "locale"), [
    # controls beside the lowering rule: a settling said of something else, or not said
    ("no, but my back doesn't settle at night", "en-GB"),
    ("no fever, but my back pain wakes me every night", "en-US"),
    ("no, and the pain never settles down at night", "en-AU"),
    ("no, the tingling settles but my back is agony at night", "en-CA"),
    ("no, but at night back pain is not settling, I am not able to sleep", "en-IN"),
])
def test_back_pain_not_settling_at_night_is_still_warned(text: str, locale: str) -> None:
    _warned("fever", text, "back_pain_at_night", locale)


# -- a feeling lost in sex, said after the act ---------------------------------------------------

@pytest.mark.parametrize(("context", "text", "locale"), [
    ("duration", "a week or two, and when we're intimate I feel nothing", "en-GB"),
    ("side", "both, and orgasms feel different now, sort of numb", "en-US"),
    ("side", "both, and ejaculating feels numb", "en-AU"),
    ("side", "both, and during intercourse no sensation is there", "en-IN"),
    ("duration", "a week, and when we have sex I can't feel a thing", "en-CA"),
    ("side", "both, and climaxing doesn't feel like anything any more", "en-GB"),
])
def test_a_feeling_lost_in_sex_is_warned(context: str, text: str, locale: str) -> None:
    _warned(context, text, "cauda_equina_sexual", locale)


@pytest.mark.parametrize(("text", "locale"), [
    ("the right, and no worries in the bedroom department", "en-AU"),
    ("the right, and no problems in the bedroom", "en-GB"),
    ("the right, and all fine in that department", "en-US"),
    ("the right, everything's fine in the bedroom", "en-CA"),
])
def test_no_trouble_in_the_bedroom_is_a_no(text: str, locale: str) -> None:
    _, answers = _not_flagged("side", text, locale)
    assert answers.get("sexual_function") == "no", answers


# -- trouble swallowing, said by the cough it brings ---------------------------------------------

@pytest.mark.parametrize(("text", "locale"), [
    ("both, and Mum coughs every time she drinks", "en-GB"),
    ("both, and he splutters whenever he swallows", "en-US"),
    ("both, and my drinks keep going down the wrong way", "en-AU"),
    ("both, and I choke on my tea every time I swallow", "en-CA"),
    ("both, and while drinking water he is coughing every time", "en-IN"),
])
def test_coughing_on_swallowing_is_warned(text: str, locale: str) -> None:
    _warned("side", text, "breathing_swallowing", locale)


# -- pain at rest, eased only by hanging the foot down -------------------------------------------

@pytest.mark.parametrize(("context", "text", "locale"), [
    ("duration", "months, and even sitting still my toes ache", "en-GB"),
    ("onset", "my foot only feels better hanging over the edge of the bed", "en-US"),
    ("onset", "my dad's foot stops hurting only when he lets it hang down", "en-AU"),
    ("duration", "months, and now the toes hurt even when I'm resting", "en-CA"),
    ("duration", "months, and the toes are paining even in rest", "en-IN"),
])
def test_pain_at_rest_in_the_foot_is_warned(context: str, text: str, locale: str) -> None:
    _warned(context, text, "critical_limb_ischaemia", locale)


# -- the back taking the force of a fall; falling for a trick ------------------------------------

@pytest.mark.parametrize(("text", "locale"), [
    ("I came off a horse and my back took the full force", "en-GB"),
    ("my back took the brunt when I slipped on the ice", "en-CA"),
    ("I went over backwards and my back hit the floor", "en-AU"),
    ("I fell off the roof and my back took the impact", "en-US"),
])
def test_the_back_taking_the_force_is_an_injury(text: str, locale: str) -> None:
    _warned("injury", text, "spinal_injury", locale)


@pytest.mark.parametrize(("text", "locale"), [
    ("no, I've not had a fall, though I fell for a phone scam", "en-GB"),
    ("no, the only thing I fell for was his chat-up line", "en-AU"),
    ("no, I fell in love, that's all", "en-US"),
    ("no, I fell behind on my bills but I didn't fall over", "en-CA"),
])
def test_falling_for_something_is_no_injury(text: str, locale: str) -> None:
    _, answers = _not_flagged("injury", text, locale)
    assert answers.get("injury") == "no", answers


@pytest.mark.parametrize(("text", "locale"), [
    ("I fell for his story, then I fell off the ladder onto my back", "en-GB"),
    ("I fell for it and then I fell down the stairs", "en-US"),
    ("yes, I fell off my bike and hurt my back", "en-AU"),
    ("I fell for a trick, then tripped and fell on my back", "en-CA"),
    ("yes, I fell from the bike on my back", "en-IN"),
])
def test_a_real_fall_beside_falling_for_something_is_still_an_injury(text: str,
                                                                     locale: str) -> None:
    _warned("injury", text, "spinal_injury", locale)


# -- "normal" that asks, and "not normal" said of a part ------------------------------------------

@pytest.mark.parametrize(("text", "flag", "locale"), [
    ("is it normal that the numbness is climbing up to my knees", "ascending_numbness", "en-US"),
    ("is it normal for my legs to give way like this", "new_leg_weakness", "en-GB"),
    ("is it normal that I can't feel when I wee", "cauda_equina_bladder", "en-AU"),
    ("is it normal to lose control of my bladder", "cauda_equina_bladder", "en-CA"),
])
def test_asking_whether_a_sign_is_normal_still_warns(text: str, flag: str, locale: str) -> None:
    """Read as said (a sign that needs its timing gets the warning once that is answered)."""
    assert warned_or_confirmed("onset", text, flag, locale)


@pytest.mark.parametrize("text", [
    "my bladder is not normal", "my bowels aren't normal", "my waterworks are not normal",
    "my waterworks aren't right", "peeing isn't normal any more", "my wee isn't like normal",
])
def test_not_normal_said_of_the_bladder_is_a_sign(text: str) -> None:
    reading = default_reader().read(text, "en-GB")
    got = {f.id: f.present for f in reading.findings}
    assert got.get("bladder_bowel") is True, reading.findings


@pytest.mark.parametrize("text", [
    "my bladder is normal", "my bowels are normal", "my waterworks are normal as ever",
    "my bladder's fine", "peeing is normal",
])
def test_normal_said_of_the_bladder_is_still_a_denial(text: str) -> None:
    reading = default_reader().read(text, "en-GB")
    got = {f.id: f.present for f in reading.findings}
    assert got.get("bladder_bowel") is False, reading.findings


# -- a leg that "just went" -----------------------------------------------------------------------

@pytest.mark.parametrize(("text", "locale"), [
    ("my leg just went and I ended up on the floor", "en-GB"),
    ("I stood up and my knee just went", "en-AU"),
    ("this morning my legs just went from under me", "en-US"),
    ("halfway up the stairs my leg went, just like that", "en-CA"),
    ("today while walking my leg just went", "en-IN"),
])
def test_a_leg_that_just_went_is_weakness(text: str, locale: str) -> None:
    _warned("onset", text, "new_leg_weakness", locale)


@pytest.mark.parametrize("text", [
    "my leg just went numb", "my leg went all tingly", "the pain just went",
    "my leg went to sleep",
])
def test_a_leg_that_went_a_state_or_a_pain_that_went_is_not_weakness(text: str) -> None:
    reading = default_reader().read(text, "en-GB")
    assert not any(f.id == "leg_weakness" and f.present and f.certain
                   for f in reading.findings), reading.findings


# -- the complaint said as burning alone ----------------------------------------------------------

@pytest.mark.parametrize(("text", "locale"), [
    ("burning feet", "en-GB"), ("my feet are burning", "en-US"), ("burning soles", "en-AU"),
    ("my feet burn", "en-CA"), ("burning in both feet", "en-IN"),
])
def test_burning_feet_alone_is_the_complaint(text: str, locale: str) -> None:
    speech, _, flags = say_at("onset", text, locale)
    assert not missed(speech) and not flags, speech


# -- when it began, and not knowing ---------------------------------------------------------------

@pytest.mark.parametrize(("text", "answer"), [
    ("only since first thing this morning", "hours"),
    ("since first thing", "hours"),
    ("first thing this morning", "hours"),
    ("oh, I couldn't put a date on it", "unsure"),
    ("I can't put a time on it", "unsure"),
    ("couldn't tell you when it started", "unsure"),
])
def test_when_it_began_or_not_knowing_answers_how_long(text: str, answer: str) -> None:
    speech, answers, _ = say_at("duration", text, "en-GB")
    assert answers.get("duration") == answer, (answers, speech)


# -- a cast or plaster that the leg swells inside, and pain on moving the toes -------------------

@pytest.mark.parametrize(("text", "locale"), [
    ("the right, his leg's swelling up under the plaster and it's agony", "en-GB"),
    ("the right, the cast feels like it's bursting and it screams when I wiggle my toes", "en-US"),
    ("the left, inside the plaster there is swelling and lot of pain", "en-IN"),
    ("the left, it's swollen inside the cast and moving me toes is agony", "en-AU"),
    ("the right, she can't bear it when she moves her toes in the cast", "en-CA"),
])
def test_a_leg_swelling_in_its_cast_is_compartment_syndrome(text: str, locale: str) -> None:
    assert warned_or_confirmed("side", text, "compartment_syndrome", locale)


# -- sore after exercise is no severe pain; controls that stay warned -----------------------------

@pytest.mark.parametrize(("text", "locale"), [
    ("no, my legs are killing me after the gym but they're strong", "en-GB"),
    ("no, my thighs are in agony from leg day, that's all", "en-US"),
    ("no, just sore legs after my run yesterday", "en-CA"),
    ("no, my calves are killing me after the footy but I can walk fine", "en-AU"),
    ("no, legs are paining after the morning walk only, strength is fine", "en-IN"),
])
def test_sore_after_exercise_is_no_severe_pain(text: str, locale: str) -> None:
    _not_flagged("leg_weakness", text, locale)


@pytest.mark.parametrize(("context", "text", "flag", "locale"), [
    # the lowering rule's controls: pain said with exercise that is still a red flag
    ("side", "the right, after my run the shin is rock hard and the pain is unbearable",
     "compartment_syndrome", "en-GB"),
    ("leg_weakness", "yes, since the gym my legs have given way twice", "new_leg_weakness",
     "en-US"),
    ("side", "both, after football my back is killing me and I can't feel my bum",
     "cauda_equina_saddle", "en-AU"),
    ("side", "the left, after the walk my foot went white and cold and it's agony",
     "limb_ischaemia", "en-CA"),
    ("side", "the right, after exercise the calf is swollen and tight and very painful",
     "compartment_syndrome", "en-IN"),
])
def test_a_red_flag_said_with_exercise_is_still_warned(context: str, text: str, flag: str,
                                                       locale: str) -> None:
    assert warned_or_confirmed(context, text, flag, locale)


@pytest.mark.parametrize(("text", "locale"), [
    ("a week or two, and when we make love I feel nothing down there", "en-GB"),
    ("a week, and making love I can't feel a thing", "en-US"),
])
def test_a_feeling_lost_in_making_love_is_warned(text: str, locale: str) -> None:
    _warned("duration", text, "cauda_equina_sexual", locale)


# -- an old complaint beside a new or worse sign: the new part is read (review8 O4) ---------------

@pytest.mark.parametrize("text", [
    "I've been unsteady for years, worse since Sunday",
    "the tingling's been there ages but it's worse since the weekend",
    "numb for months, and worse this last week",
    "my feet have burned for years, worse over the last few days",
    "it has become more worse from Monday",
])
def test_worse_since_a_time_is_getting_worse(text: str) -> None:
    reading = default_reader().read(text, "en-GB")
    assert any(f.id == "getting_worse" and f.present for f in reading.findings), reading.findings


@pytest.mark.parametrize("text", [
    "my legs have been numb for years and weak since this morning",
    "my feet have been tingly for ages and weak since yesterday",
    "my legs are numb and weak",
    "my legs have been dead for months and wobbly since Monday",
])
def test_weak_said_of_the_legs_after_another_state_is_weakness(text: str) -> None:
    reading = default_reader().read(text, "en-GB")
    assert any(f.id == "leg_weakness" and f.present and f.certain
               for f in reading.findings), reading.findings
