"""Round 26 (forms26): batch 29's tuning failures taken as mechanisms, said in words of our own
to the offline simulator at a real point of a screening (request envelopes, the interaction model
included), across the five locales, with controls beside every rule (docs/clinical-safety.md
5zzh). No held-back material was read.

26a. The pace in a clinician's words opening the turn ("acute onset, I've got a new foot drop",
"abrupt, her face dropped", "rapid, I can't feel my bum"): no carrier took the word, the model
sent the fallback intent and the whole turn, its red flag too, was lost ("didn't catch that").

26b. A breathing or swallowing sign in a clinician's word ("dysphagia", "dyspnoea",
"orthopnoea"): no phrase read it.

26c. Nothing felt, "anything" between the loss and the seat ("I can't feel anything around my
bottom when I wipe"): read as a doubt and checked, not warned.

26d. Weakness said to be getting worse as a noun ("progressive weakness in both legs",
"increasing weakness in my legs"): read as weakness, not as weakness getting worse, so its
same-day warning waited for a question.

26e. A fall or weakness inside a figure of speech ("fell off the wagon", "only my will power is
weak"): read as the injury or the leg weakness.

26f. The weight said to stay as it was ("my weight's stayed the same", "has remained stable"):
not read as the denial it is.
"""

from __future__ import annotations

import pytest

from tests.understanding.test_words_in_context import say_at
from tests.understanding.test_words_in_context import warned_at as _warned

# -- 26a. the pace in a clinician's words opening the turn ----------------------------------------

OWN_26A = [
    # batch 29's own phrasings (sx-b29-rf-0010, sx-b29-ra-0030)
    ("onset", "acute onset, I'm a nurse, and I've got a new right foot drop since this morning, "
     "the leg's weak", "en-US", "new_leg_weakness"),
    ("onset", "acute, after a tibial fracture, tense swollen calf and pain on passive stretch, "
     "I'm worried about compartment syndrome", "en-CA", "compartment_syndrome"),
    ("onset", "acute, my face is drooping on the left", "en-GB", "stroke_signs"),
    ("onset", "acute onset, me speech is slurred", "en-AU", "stroke_signs"),
    ("onset", "acute onset, and my legs are giving way", "en-IN", "new_leg_weakness"),
    ("onset", "abrupt, her arm went weak and her face dropped", "en-CA", "stroke_signs"),
    ("onset", "abruptly, my whole leg went numb", "en-US", "sudden_whole_leg"),
    ("onset", "rapid, I can't feel my bum", "en-GB", "cauda_equina_saddle"),
    ("onset", "rapid onset, and I am not able to pass urine", "en-IN", "cauda_equina_bladder"),
    ("onset", "sudden onset, my foot is cold and white", "en-US", "limb_ischaemia"),
    ("onset", "acutely, I've wet myself and can't feel it", "en-AU", "cauda_equina_bladder"),
    ("onset", "hyperacute, my right leg is completely dead and cold", "en-CA", "limb_ischaemia"),
    ("onset", "acute, I fell down the stairs and hurt my back", "en-GB", "spinal_injury"),
    ("onset", "rapidly, I'm having trouble swallowing", "en-US", "breathing_swallowing"),
]
# before (base af4b921): 2 of 14 warned ("sudden onset ...", "rapidly ..."); after: 14 of 14


@pytest.mark.parametrize(("context", "text", "locale", "flag"), OWN_26A)
def test_a_red_flag_after_the_pace_in_a_clinicians_words_is_warned(context: str, text: str,
                                                                   locale: str,
                                                                   flag: str) -> None:
    _warned(context, text, flag, locale)


ONSET_26A = [
    ("acute", "en-US", "sudden"),
    ("acute onset", "en-GB", "sudden"),
    ("abrupt", "en-AU", "sudden"),
    ("sudden", "en-IN", "sudden"),
    ("gradual onset", "en-US", "gradual"),
    ("insidious onset, over months", "en-GB", "gradual"),
    ("slow onset", "en-CA", "gradual"),
    ("slowly, I had acute pancreatitis last year", "en-US", "gradual"),
    ("gradually, nothing acute", "en-US", "gradual"),
]
# before: "acute" and "acute onset" not understood ("didn't catch that"); the rest as after


@pytest.mark.parametrize(("text", "locale", "onset"), ONSET_26A)
def test_the_pace_in_a_clinicians_words_answers_the_onset_question(text: str, locale: str,
                                                                   onset: str) -> None:
    _, answers, flags = say_at("onset", text, locale)
    assert answers.get("onset") == onset and not flags, (answers, flags)


@pytest.mark.parametrize(("context", "text", "locale", "want"), [
    ("back_pain", "yes, acute back pain", "en-US", "yes"),
    ("cancer_history", "yes, I had acute leukaemia as a child", "en-GB", "yes"),
])
def test_acute_said_of_an_illness_elsewhere_says_no_pace(context: str, text: str, locale: str,
                                                         want: str) -> None:
    _, answers, _ = say_at(context, text, locale)
    assert answers.get(context) == want and answers.get("onset") == "gradual", answers


# -- 26b. a breathing or swallowing sign in a clinician's word -----------------------------------

OWN_26B = [
    ("duration", "two days, and now I've got dysphagia", "en-US"),
    ("side", "both, and I've developed dysphagia since yesterday", "en-GB"),
    ("onset", "suddenly, with dyspnea", "en-US"),
    ("onset", "over a couple of days, and now dyspnoea as well", "en-GB"),
    ("duration", "three days, and orthopnoea also since last night", "en-IN"),
    ("leg_weakness", "yes, and some dysphagia with it", "en-AU"),
    ("spreading_up", "yes, it's climbing, and I'm dysphagic now", "en-CA"),
    ("duration", "a few days, she has new dysphagia and dyspnea", "en-US"),
    ("side", "both legs, plus he's orthopneic since this morning", "en-US"),
    ("face_arm_speech", "no, but I've got dysphagia", "en-GB"),
    ("leg_weakness", "yes and I'm having some difficulty swallowing, dysphagia basically",
     "en-US"),
    ("duration", "four days, some shortness of breath when I lie flat", "en-GB"),
]
# before: 2 of 12 warned (the last two, from their everyday words); after: 12 of 12


@pytest.mark.parametrize(("context", "text", "locale"), OWN_26B)
def test_a_breathing_or_swallowing_sign_in_a_clinicians_word_is_warned(context: str, text: str,
                                                                       locale: str) -> None:
    _warned(context, text, "breathing_swallowing", locale)


@pytest.mark.parametrize(("context", "text", "locale"), [
    ("duration", "two days, no dysphagia", "en-US"),
    ("duration", "three days, no dyspnoea or dysphagia", "en-GB"),
    ("face_arm_speech", "no, no dysphagia", "en-GB"),
    ("onset", "suddenly, and I'm not short of breath", "en-US"),
])
def test_a_clinicians_word_for_the_sign_denied_is_a_no(context: str, text: str,
                                                       locale: str) -> None:
    _, answers, flags = say_at(context, text, locale)
    assert answers.get("breathing_swallowing") == "no" and not flags, (answers, flags)


# -- 26c. nothing felt, "anything" between the loss and the seat ---------------------------------

OWN_26C = [
    # batch 29's own phrasing (sx-b29-rf-0024)
    ("onset", "suddenly, and I can't feel anything around my bottom when I wipe, it's like it's "
     "not there", "en-US"),
    ("onset", "suddenly, and I can't feel anything around me bum", "en-GB"),
    ("duration", "two days, and I can't feel anything down around my private parts", "en-US"),
    ("side", "both, and she can't feel anything around her bottom", "en-AU"),
    ("onset", "suddenly, I am not able to feel anything around the back passage", "en-IN"),
    ("saddle_numbness", "yes, I can't feel anything around my bottom", "en-GB"),
    ("duration", "a day, and I can't feel a thing around my groin", "en-CA"),
    ("onset", "suddenly, and I can't feel anything in my groin", "en-US"),
    ("onset", "suddenly, I couldn't feel anything on my bum when I sat down", "en-GB"),
    ("side", "both, and I can't feel much around my butt", "en-US"),
    ("duration", "a few hours, can't feel nothing around me backside", "en-AU"),
    ("onset", "fast, and he can't feel anything around his genitals", "en-US"),
]
# before: 3 of 12 warned (at the saddle question, "much", "nothing"); 8 were checked as a doubt
# ("Just to check: ..."), the back passage not read; after: 12 of 12


@pytest.mark.parametrize(("context", "text", "locale"), OWN_26C)
def test_nothing_felt_around_the_seat_is_warned(context: str, text: str, locale: str) -> None:
    _warned(context, text, "cauda_equina_saddle", locale)


@pytest.mark.parametrize(("context", "text", "locale", "want"), [
    ("saddle_numbness", "no, I can feel everything around my bottom", "en-US", "no"),
    ("saddle_numbness", "no, nothing around my bottom", "en-US", "no"),
    ("onset", "slowly, I can't feel anything on the bottom of my feet", "en-US", None),
    ("side", "both, I can't feel anything in the bottoms of my feet", "en-GB", None),
    ("onset", "slowly, I can't feel anything in my toes", "en-US", None),
])
def test_the_sole_or_a_denial_is_no_saddle_sign(context: str, text: str, locale: str,
                                                want: str | None) -> None:
    _, answers, flags = say_at(context, text, locale)
    assert answers.get("saddle_numbness") == want and not flags, (answers, flags)


def test_anything_wrong_around_the_seat_is_still_only_checked() -> None:
    speech, answers, flags = say_at("onset", "suddenly, I can't feel anything wrong around my "
                                    "bottom", "en-US")
    assert not flags and speech.startswith("Just to check"), (answers, flags, speech)


# -- 26d. weakness said to be getting worse, as a noun --------------------------------------------

OWN_26D = [
    # batch 29's own phrasing (sx-b29-ra-0045)
    ("duration", "a few weeks, and I'd describe it as progressive weakness in both legs", "en-US"),
    ("duration", "three weeks, with progressive weakness of my legs", "en-GB"),
    ("duration", "a month, and there's been progressive leg weakness", "en-AU"),
    ("duration", "two weeks, progressive weakness is there in the legs", "en-IN"),
    ("duration", "about six weeks, increasing weakness in my legs", "en-CA"),
    ("duration", "a few weeks, worsening weakness in both legs", "en-US"),
    ("duration", "weeks, and the weakness is progressive", "en-GB"),
    ("side", "both, with a progressive weakness over the last month", "en-US"),
    ("duration", "a couple of weeks, my legs are progressively weak", "en-GB"),
    ("duration", "about 3 weeks, the weakness keeps progressing", "en-US"),
    ("duration", "a few weeks, and she's got worsening leg weakness", "en-AU"),
]
# before: 3 of 12 warned ("worsening weakness", "progressively weak", "keeps progressing"); after:
# 11 of 12 (the twelfth below)


@pytest.mark.parametrize(("context", "text", "locale"), OWN_26D)
def test_weakness_said_to_be_progressive_is_weakness_getting_worse(context: str, text: str,
                                                                   locale: str) -> None:
    _warned(context, text, "weakness_getting_worse", locale)


def test_weakness_in_legs_is_increasing() -> None:
    """Left by round 26 (5zzh 26d), read since round 34's 34b (safety34, 5zzzm): the article
    before the legs is optional."""
    _warned("duration", "one month, weakness in legs is increasing", "weakness_getting_worse",
            "en-IN")


@pytest.mark.parametrize(("text", "locale", "weakness"), [
    ("a few weeks, no weakness", "en-US", "no"),
    ("a few weeks, no progressive weakness", "en-US", "no"),
    ("a few weeks, no increasing weakness or anything", "en-US", "no"),
    ("three weeks, the numbness is progressive but no weakness", "en-GB", "no"),
    ("a few weeks, the tingling is getting progressively worse", "en-US", None),
    ("a few weeks, and I'd describe it as progressive numbness in both feet", "en-US", None),
    ("months, I've got progressive MS", "en-US", None),
])
def test_progressive_said_of_no_weakness_raises_nothing(text: str, locale: str,
                                                        weakness: str | None) -> None:
    _, answers, flags = say_at("duration", text, locale)
    assert answers.get("leg_weakness") == weakness and not flags, (answers, flags)


# -- 26e. a fall or weakness inside a figure of speech --------------------------------------------

OWN_26E = [
    # batch 29's own phrasings (sx-b29-it-0014, sx-b29-it-0009)
    ("injury", "nah, only fell off the wagon at Christmas, no falls on me back", "en-AU"),
    ("injury", "no, I fell off the wagon last weekend but I haven't hurt myself", "en-GB"),
    ("injury", "no injury, I did fall off the wagon with the drinking though", "en-US"),
    ("injury", "no, unless you count falling off the wagon", "en-CA"),
    ("injury", "no falls, only I have fallen off the wagon with my diet", "en-IN"),
    ("injury", "nope, the only thing I fell off was the wagon", "en-US"),
    ("leg_weakness", "no, legs are okay, only my will power is weak", "en-IN"),
    ("leg_weakness", "no, my willpower is weak but my legs are strong", "en-GB"),
    ("leg_weakness", "no, just my will power's gone weak with the cookies", "en-US"),
    ("leg_weakness", "nah, the only weak thing is me willpower", "en-AU"),
    ("leg_weakness", "no, my resolve is weak, not my legs", "en-CA"),
    ("leg_weakness", "no, my memory's weak but the legs are fine", "en-GB"),
]
# before: 6 of 12 a no with no flag (3 falls warned as a spinal injury, 3 weaknesses a yes, one
# of them warned); after: 12 of 12


@pytest.mark.parametrize(("context", "text", "locale"), OWN_26E)
def test_a_fall_or_weakness_in_a_figure_of_speech_is_a_no(context: str, text: str,
                                                          locale: str) -> None:
    _, answers, flags = say_at(context, text, locale)
    assert answers.get(context) == "no" and not flags, (answers, flags)


@pytest.mark.parametrize(("context", "text", "locale", "flag"), [
    ("injury", "yeah, fell off the ladder onto me back", "en-AU", "spinal_injury"),
    ("injury", "yes, I fell off my bike yesterday and hurt my back", "en-GB", "spinal_injury"),
    ("injury", "I fell off the wagon and then fell down the stairs on my back", "en-US",
     "spinal_injury"),
    ("injury", "yeah, I fell off the wagon and off the ladder onto me back", "en-AU",
     "spinal_injury"),
])
def test_a_fall_beside_the_figure_is_still_warned(context: str, text: str, locale: str,
                                                  flag: str) -> None:
    _warned(context, text, flag, locale)


@pytest.mark.parametrize(("text", "locale"), [
    ("yes, legs are weak", "en-IN"),
    ("yes, my will power is fine but my legs are weak", "en-GB"),
    ("yes, my memory and my legs are both weak", "en-GB"),
    ("yes, my willpower is weak and so are my legs", "en-US"),
])
def test_the_legs_weak_beside_the_figure_are_still_weakness(text: str, locale: str) -> None:
    _, answers, _ = say_at("leg_weakness", text, locale)
    assert answers.get("leg_weakness") == "yes", answers


# -- 26f. the weight said to stay as it was -------------------------------------------------------

OWN_26F = [
    # batch 29's own phrasing (sx-b29-dna-0018)
    ("no fever, and my weight's stayed the same", "en-CA"),
    ("no temperature, my weight has stayed steady", "en-GB"),
    ("no fever and my weight has remained stable", "en-US"),
    ("nah, no fever, weight's held steady", "en-AU"),
    ("no fever, weight is remaining same", "en-IN"),
    ("no fever, my weight stays the same", "en-US"),
    ("no, and me weight's been constant", "en-GB"),
    ("no, my weight's stayed the same", "en-US"),
    ("no, weight's remained the same for years", "en-GB"),
    ("nah, weight's holding steady", "en-AU"),
    ("my weight has stayed pretty much the same", "en-CA"),
    ("no, weight has remained constant only", "en-IN"),
]
# before: 7 of 12 read the weight as not lost (5 asked again "Just to check: Have you lost weight
# without trying?"); after: 12 of 12


@pytest.mark.parametrize(("text", "locale"), OWN_26F)
def test_the_weight_said_to_stay_the_same_is_no_weight_lost(text: str, locale: str) -> None:
    _, answers, flags = say_at("fever", text, locale)
    assert answers.get("weight_loss") == "no" and not flags, (answers, flags)


@pytest.mark.parametrize(("text", "locale"), [
    ("yes, I've lost weight", "en-US"),
    ("yes, weight keeps dropping", "en-GB"),
    ("no fever, but I've lost weight", "en-US"),
    ("it stayed the same until last month, then I dropped ten kilos", "en-AU"),
    ("no fever, but my weight's not stayed the same, I've lost a stone", "en-GB"),
])
def test_weight_lost_beside_a_stay_is_still_weight_lost(text: str, locale: str) -> None:
    _, answers, flags = say_at("fever", text, locale)
    assert answers.get("weight_loss") == "yes" and "back_pain_weight_loss" in flags, answers
