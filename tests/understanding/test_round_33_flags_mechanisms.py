"""Round 33 (flags33): red flags said plainly (or hedged) but not warned first, because a word of
the speaker's own grammar or a word between broke the frame the reader knew; said in words of our
own to the offline simulator at a real point of a screening (the interaction model included),
across the five locales, with controls (docs/clinical-safety.md 5zzzi). No held-back material
was read.

33h. Stroke signs told in Singapore or Malaysian English grammar: the face's side named after
the face, then what it will not do ("my face one side cannot move already"), a hand or arm with
"no strength", or that cannot hold a cup (NHS stroke, FAST): stroke_signs, warned.

33i. A start dated by "never had it until ..." (which the model's denial carrier handed on as
"no until ..."), and sex told modestly ("when we have relations", "when we're intimate I feel
nothing, it's all numb"): the cauda equina signs and the weakness told after it, warned.

33j. Lost function at the car's controls told without the limb ("I could not press the clutch
properly") or without the pedal ("my leg would not push"): new leg weakness, warned.

33k. Sweating said first, its "I'm" dropped ("sweating buckets with a temperature, and my knees
keep giving way"): it fell to the fallback; now read, the fever and what comes with it warned.

33l. A known frame broken by a word it did not know: a flight of stairs named by its place ("went
down the loft stairs on my back"), a sciatic pain's course told by a verb of speed or sparks
("nerve pain zinging down it from my back"), a sore's course said as "there too long": spinal
injury, sciatica in both legs, the diabetic foot emergency (a sore not healing), warned.
"""

from __future__ import annotations

import pytest

from tests.understanding.test_words_in_context import denied_at, not_flagged_at
from tests.understanding.test_words_in_context import warned_at as _warned

# -- 33h. stroke signs in Singapore / Malaysian English grammar -------------------------------

OWN_33H = [
    ("onset", "suddenly, my face one side cannot move already", "en-IN"),
    ("onset", "sudden, face left side not moving, my hand got no strength", "en-IN"),
    ("onset", "all of a sudden my hand got no strength, cannot hold my cup", "en-GB"),
    ("onset", "suddenly, my arm has no strength at all", "en-US"),
    ("onset", "suddenly, I couldn't hold my mug this morning", "en-CA"),
    ("onset", "suddenly, my right hand has no power, cannot hold the spoon", "en-IN"),
    ("onset", "suddenly, my mouth one side cannot move", "en-GB"),
    ("onset", "suddenly, my face right side not working", "en-AU"),
    ("onset", "suddenly, one side of my face can't move", "en-CA"),
    ("onset", "suddenly, my hand also no strength, I cannot hold the glass", "en-IN"),
    ("onset", "suddenly, my wrist has no strength, couldn't lift the kettle", "en-AU"),
]


@pytest.mark.parametrize(("context", "text", "locale"), OWN_33H)
def test_a_face_that_will_not_move_or_a_hand_with_no_strength_is_a_stroke_sign(
        context: str, text: str, locale: str) -> None:
    _warned(context, text, "stroke_signs", locale)


# -- 33i. "never had it until ..." dates a start; sex told modestly ----------------------------

OWN_33I = [
    ("onset", "never had it until Monday, now my legs keep giving way", "en-GB",
     "new_leg_weakness"),
    ("onset", "never had this until Saturday, now I wet myself", "en-GB",
     "cauda_equina_bladder"),
    ("onset", "never had any of this till Friday, now I can't feel my bum", "en-AU",
     "cauda_equina_saddle"),
    ("onset", "never had any problem until Sunday, now urine is leaking", "en-IN",
     "cauda_equina_bladder"),
    ("onset", "I never had it until this week and now my legs won't hold me", "en-CA",
     "new_leg_weakness"),
    ("onset", "never had it until Saturday, now I'm wearing pads because I leak", "en-US",
     "cauda_equina_bladder"),
    ("duration", "two weeks, and when we're intimate I feel nothing, it's all numb", "en-US",
     "cauda_equina_sexual"),
    ("side", "both, and I have no sensation at all when we have relations", "en-GB",
     "cauda_equina_sexual"),
    ("side", "both, during relations I feel nothing", "en-IN", "cauda_equina_sexual"),
    ("duration", "a month, and when we have relations I can't feel a thing", "en-AU",
     "cauda_equina_sexual"),
    ("duration", "a few weeks, and I feel nothing during marital relations", "en-IN",
     "cauda_equina_sexual"),
    ("side", "both, when we're intimate I felt nothing, it's gone numb", "en-CA",
     "cauda_equina_sexual"),
]


@pytest.mark.parametrize(("context", "text", "locale", "flag"), OWN_33I)
def test_a_start_dated_by_never_until_or_sex_told_modestly_is_warned(
        context: str, text: str, locale: str, flag: str) -> None:
    _warned(context, text, flag, locale)


# -- 33j. the car's controls, told without the limb or without the pedal ----------------------

OWN_33J = [
    ("onset", "all at once, I could not press the clutch properly", "en-IN"),
    ("onset", "suddenly, my leg would not push", "en-GB"),
    ("onset", "suddenly, I couldn't push the brake this morning", "en-US"),
    ("onset", "suddenly, my foot won't press down", "en-AU"),
    ("onset", "suddenly, I was unable to press the accelerator", "en-CA"),
    ("onset", "suddenly, my right leg just wouldn't push, I had to pull over", "en-GB"),
    ("onset", "suddenly, I can't work the clutch any more", "en-AU"),
    ("onset", "suddenly, I struggled to press the brake", "en-US"),
    ("onset", "suddenly, not able to press clutch, my leg is not pushing", "en-IN"),
    ("onset", "suddenly, my left foot refused to push", "en-CA"),
]


@pytest.mark.parametrize(("context", "text", "locale"), OWN_33J)
def test_the_car_controls_failed_without_the_limb_or_the_pedal_is_a_weak_leg(
        context: str, text: str, locale: str) -> None:
    _warned(context, text, "new_leg_weakness", locale)


# -- 33k. sweating said first, at the fever question ------------------------------------------

OWN_33K = [
    ("fever", "sweating buckets with a temperature, and my knees keep giving way since yesterday",
     "en-GB", "spinal_infection_with_nerve_signs"),
    ("fever", "sweating like mad at night with a high temperature", "en-AU",
     "back_pain_with_fever"),
    ("fever", "sweating a lot and running a fever", "en-US", "back_pain_with_fever"),
    ("fever", "sweating and shivering, fever is there since two days", "en-IN",
     "back_pain_with_fever"),
    ("fever", "been sweating at night, I have a temperature of thirty nine", "en-CA",
     "back_pain_with_fever"),
    ("fever", "sweating buckets, my temperature's up", "en-GB", "back_pain_with_fever"),
    ("fever", "sweating through the sheets with a fever", "en-AU", "back_pain_with_fever"),
    ("fever", "sweating all night and burning up with a fever", "en-US", "back_pain_with_fever"),
    ("fever", "sweating and feverish since Tuesday", "en-CA", "back_pain_with_fever"),
    ("fever", "sweating with high fever and chills", "en-IN", "back_pain_with_fever"),
]


@pytest.mark.parametrize(("context", "text", "locale", "flag"), OWN_33K)
def test_sweating_said_first_is_read_with_its_fever(context: str, text: str, locale: str,
                                                    flag: str) -> None:
    _warned(context, text, flag, locale)


# -- 33l. a frame broken by a word it did not know ----------------------------------------------

OWN_33L = [
    ("onset", "all at once, my husband says I went down the loft stairs on my back, now my feet "
     "are numb", "en-GB", "spinal_injury"),
    ("onset", "suddenly, I tumbled down the cellar steps and now my feet are numb", "en-GB",
     "spinal_injury"),
    ("onset", "suddenly, I fell down the basement stairs, my legs are tingling", "en-US",
     "spinal_injury"),
    ("onset", "suddenly, I slipped down the concrete steps onto my back", "en-AU",
     "spinal_injury"),
    ("onset", "suddenly, I went down the attic stairs on my bum", "en-CA", "spinal_injury"),
    ("onset", "suddenly, fell down the temple steps, now both legs are numb", "en-IN",
     "spinal_injury"),
    ("side", "both, not only the left but also the right's got nerve pain zinging down it from "
     "my back", "en-AU", "bilateral_sciatica"),
    ("side", "both, the right has got pain zapping down from my back as well as the left",
     "en-GB", "bilateral_sciatica"),
    ("side", "both, electric pain zinging down from my back into each leg", "en-US",
     "bilateral_sciatica"),
    ("side", "both, nerve pain surging down from my back, the left and the right", "en-CA",
     "bilateral_sciatica"),
    ("diabetes", "yes, type two, and the ulcer under my big toe has been there forever", "en-AU",
     "diabetic_foot_emergency"),
    ("diabetes", "yes, and the wound on my foot has been there a long time now", "en-US",
     "diabetic_foot_emergency"),
    ("diabetes", "yes sugar is there, the sore on my sole has been there for so long", "en-IN",
     "diabetic_foot_emergency"),
    ("diabetes", "yes, the district nurse says the sore on my heel has been there far too long",
     "en-GB", "diabetic_foot_emergency"),
]


@pytest.mark.parametrize(("context", "text", "locale", "flag"), OWN_33L)
def test_a_frame_broken_by_an_unknown_word_still_warns(context: str, text: str, locale: str,
                                                       flag: str) -> None:
    _warned(context, text, flag, locale)


# -- controls: plain red flags still warn with their own warning -------------------------------

CONTROLS_WARNED = [
    ("onset", "suddenly, my face is drooping", "en-CA", "stroke_signs"),
    ("onset", "suddenly, my arm is weak and my speech is slurred", "en-GB", "stroke_signs"),
    ("onset", "suddenly, I've wet myself", "en-GB", "cauda_equina_bladder"),
    ("onset", "suddenly, I'm wearing pads because I wet myself", "en-US", "cauda_equina_bladder"),
    ("duration", "two weeks, and I have no feeling during sex", "en-US", "cauda_equina_sexual"),
    ("onset", "suddenly, my legs have given way", "en-US", "new_leg_weakness"),
    ("onset", "suddenly, my right foot won't push down on the brake", "en-GB",
     "new_leg_weakness"),
    ("onset", "suddenly, I fell down the stairs on my back, since then my feet are numb",
     "en-GB", "spinal_injury"),
    ("side", "both, and I have shooting pain down both legs", "en-GB", "bilateral_sciatica"),
    ("fever", "yes, I have a temperature", "en-GB", "back_pain_with_fever"),
    ("onset", "suddenly, my calf is very tight, swollen, pain is too much", "en-IN",
     "compartment_syndrome"),
]


@pytest.mark.parametrize(("context", "text", "locale", "flag"), CONTROLS_WARNED)
def test_plain_red_flags_still_warn(context: str, text: str, locale: str, flag: str) -> None:
    _warned(context, text, flag, locale)


CONTROLS_QUIET = [
    # (context, said, locale): no flag raised, no warning
    ("side", "one leg, my knees go weak for Hugh Jackman", "en-AU"),
    ("side", "one leg, I wear pads for my periods", "en-GB"),
    ("side", "one leg, I fell down the stairs years ago, fine since", "en-GB"),
    ("side", "one leg, the clutch on my car is stiff", "en-GB"),
    ("side", "one leg, the brake pedal is hard to press in my old truck", "en-US"),
    ("side", "one leg, I can't press the button on the remote", "en-CA"),
    ("side", "one leg, I sweat buckets at the gym", "en-AU"),
    ("side", "both, our relations with the neighbours are different now", "en-GB"),
    ("side", "both, I feel nothing, it's fine", "en-GB"),
    ("side", "one leg, I went down the garden steps to hang the washing", "en-GB"),
    ("side", "one leg, the kids are racing down the road", "en-AU"),
    ("side", "one leg, I can't hold my phone while I walk the dog", "en-US"),
    ("side", "one leg, my tea has no strength, I like it weak", "en-IN"),
    ("side", "one leg, the cup can't hold much tea", "en-AU"),
    ("side", "one leg, I have relations in Canada I visit", "en-CA"),
    ("side", "one leg, my relations have all been very kind", "en-GB"),
    ("side", "one leg, my mother-in-law has been there too long", "en-GB"),
]


@pytest.mark.parametrize(("context", "text", "locale"), CONTROLS_QUIET)
def test_look_alikes_and_idioms_raise_no_flag(context: str, text: str, locale: str) -> None:
    not_flagged_at(context, text, locale)


CONTROLS_DENIED = [
    # (context, said, locale, finding): a denial stays a no
    ("bladder_bowel", "no, never had that", "en-GB", "bladder_bowel"),
    ("cancer_history", "no, never had it", "en-GB", "cancer_history"),
    ("bladder_bowel", "I feel nothing wrong with my bladder", "en-GB", "bladder_bowel"),
    ("leg_weakness", "no, I can push the clutch fine", "en-GB", "leg_weakness"),
    ("fever", "sweating buckets at the gym, but no fever", "en-GB", "fever"),
    ("fever", "sweating a bit after my walk, no temperature though", "en-CA", "fever"),
]


@pytest.mark.parametrize(("context", "text", "locale", "finding"), CONTROLS_DENIED)
def test_denials_stay_no(context: str, text: str, locale: str, finding: str) -> None:
    denied_at(context, text, locale, finding)
