"""Round 25 (safety25): two safety faults taken as mechanisms and said in words of our own to the
offline simulator at a real point of a screening, across the five locales, with controls beside
each rule (docs/clinical-safety.md 5zzb). No held-back material was read.

25a. A carer's bare "no" then another person's red flag ("no his face is drooping", "nah mum's
arm is weak", "no John's face is drooping"): the "no" reached across whose it is and denied the
sign, where "no my face is drooping" warns. Now a bare "no" (said once or twice) before whose it
is (a possessive, a person, "the" and a person, or a name heard with its "s"), the part, and a
verb of the present said as written ("is", "are", "keeps", "has") answers alone, but only when
nothing after it says otherwise: no negative of its own, no past form or history, none of
understanding.yaml `not_plain_now` ("just", "from", "only", "when", "since", "but", ...). Round
24's broader rule (5zx, taken back) raised false flags on carers' denials and answers; this one
keeps every control of ours a no.

25b. A sensing verb denied whose object is the bodily event ("I didn't feel myself pee", "he
doesn't feel himself wee", "I don't feel when I need to go") is the loss of bladder sensation
(a yes at the bladder question), not a denial.
"""

from __future__ import annotations

import pytest

from tests.understanding.test_words_in_context import say_at
from tests.understanding.test_words_in_context import warned_at as _warned

# -- 25a. a carer's no, then another person's red flag said plainly now --------------------------

OWN_25A_WARNED = [
    ("face_arm_speech", "no his face is drooping", "en-GB", "stroke_signs"),
    ("face_arm_speech", "no her speech is slurred", "en-US", "stroke_signs"),
    ("face_arm_speech", "no mum's arm is weak", "en-GB", "stroke_signs"),
    ("face_arm_speech", "nope dad's face has dropped on one side", "en-AU", "stroke_signs"),
    ("face_arm_speech", "nah my husband's speech is all slurred", "en-AU", "stroke_signs"),
    ("face_arm_speech", "no my wife's arm has gone weak", "en-CA", "stroke_signs"),
    ("face_arm_speech", "no the wife's face is drooping", "en-GB", "stroke_signs"),
    ("face_arm_speech", "no no nan's speech is slurred", "en-GB", "stroke_signs"),
    ("face_arm_speech", "no John's face is drooping", "en-US", "stroke_signs"),
    ("face_arm_speech", "um no their face is drooping", "en-IN", "stroke_signs"),
    ("face_arm_speech", "well no her face is drooping", "en-GB", "stroke_signs"),
    ("face_arm_speech", "no John's speech is slurred", "en-IN", "stroke_signs"),
    ("face_arm_speech", "no no his arm is weak", "en-CA", "stroke_signs"),
    ("face_arm_speech", "nah her face has gone droopy", "en-AU", "stroke_signs"),
    ("face_arm_speech", "no dad's words are slurred", "en-GB", "stroke_signs"),
    ("leg_weakness", "no his face is drooping", "en-GB", "stroke_signs"),
    ("bladder_bowel", "no her speech is slurred", "en-IN", "stroke_signs"),
    ("cold_pale_leg", "no mum's arm is weak", "en-US", "stroke_signs"),
    ("saddle_numbness", "no his bum is numb", "en-GB", "cauda_equina_saddle"),
    ("saddle_numbness", "no my wife's bottom is numb", "en-GB", "cauda_equina_saddle"),
    ("saddle_numbness", "nah her bum has gone numb", "en-AU", "cauda_equina_saddle"),
    ("cold_pale_leg", "no her foot is cold and white", "en-CA", "limb_ischaemia"),
    ("cold_pale_leg", "nope dad's foot has gone cold and white", "en-US", "limb_ischaemia"),
    ("cold_pale_leg", "no his leg is cold and pale", "en-GB", "limb_ischaemia"),
    ("face_arm_speech", "no he's slurring his words", "en-GB", "stroke_signs"),
    ("face_arm_speech", "no she can't lift her arm", "en-US", "stroke_signs"),
]
OWN_25A_YES = [
    ("leg_weakness", "no his legs are giving way", "en-GB", "yes"),
    ("leg_weakness", "no dad's legs keep giving way", "en-AU", "yes"),
    ("leg_weakness", "no no her legs keep giving way", "en-US", "yes"),
    ("bladder_bowel", "no her bladder has gone", "en-US", "yes"),
    ("bladder_bowel", "nah mum's bowels have gone", "en-AU", "yes"),
    ("bladder_bowel", "no my husband's bladder has gone", "en-CA", "yes"),
]
# before (base bafa7aa): 7 of 32 (those with "my", "the" and a person, "he" or "she" after the
# no); after: 32 of 32


@pytest.mark.parametrize(("context", "text", "locale", "flag"), OWN_25A_WARNED)
def test_a_carers_no_then_another_persons_red_flag_said_plainly_warns(context: str, text: str,
                                                                      locale: str,
                                                                      flag: str) -> None:
    _warned(context, text, flag, locale)


@pytest.mark.parametrize(("context", "text", "locale", "want"), OWN_25A_YES)
def test_a_carers_no_then_another_persons_sign_said_plainly_is_a_yes(context: str, text: str,
                                                                     locale: str,
                                                                     want: str) -> None:
    _, answers, _ = say_at(context, text, locale)
    assert answers.get(context) == want, answers


# controls: a carer's denial or ordinary answer after a no, in the shapes carers answer with
# (a sign said fine, not new, explained, past, habitual, a joke, a list denied, a non-flag
# finding), and the carers' answers of batches 22 and 24's tuning halves and earlier batches:
# every one a no with no flag, before and after
CARERS_NO_CONTROLS = [
    ("face_arm_speech", "no his face is fine", "en-GB"),
    ("face_arm_speech", "no her speech is the same as ever", "en-US"),
    ("face_arm_speech", "no his arm is just stiff from the arthritis", "en-GB"),
    ("face_arm_speech", "no he's not slurring", "en-AU"),
    ("leg_weakness", "no her legs are just tired", "en-GB"),
    ("bladder_bowel", "no his bladder's always been like that since the prostate op years "
     "ago", "en-GB"),
    ("face_arm_speech", "no his face looks normal to me", "en-CA"),
    ("face_arm_speech", "no she's had a weak arm since her stroke in 2019 nothing new", "en-GB"),
    ("leg_weakness", "no his legs haven't given way", "en-US"),
    ("face_arm_speech", "no his face isn't drooping", "en-IN"),
    ("face_arm_speech", "no his speech was slurred once years ago but that cleared", "en-GB"),
    ("face_arm_speech", "no it's his leg that's numb", "en-GB"),
    ("face_arm_speech", "he says no", "en-US"),
    ("face_arm_speech", "no he can't feel a thing is wrong", "en-GB"),
    ("face_arm_speech", "no she's fine she's just tired", "en-AU"),
    ("leg_weakness", "no her walking is the same", "en-GB"),
    ("bladder_bowel", "no his bowels are regular", "en-GB"),
    ("face_arm_speech", "no John", "en-US"),
    ("face_arm_speech", "no John's fine", "en-US"),
    ("face_arm_speech", "no two", "en-GB"),
    ("face_arm_speech", "no Dad's face only drops when the football's on", "en-GB"),
    ("face_arm_speech", "no his face only drops when the Cowboys lose", "en-US"),
    ("face_arm_speech", "no he's only lost for words because the Rangers lost", "en-GB"),
    ("face_arm_speech", "no she's got a face like thunder but it's not drooping", "en-GB"),
    ("face_arm_speech", "no his face is grand arms grand talking grand", "en-GB"),
    ("cold_pale_leg", "no his circulation's fine his feet are warm and he walks the dog "
     "without any pain", "en-AU"),
    ("face_arm_speech", "no her face drooping no", "en-GB"),
    ("face_arm_speech", "no his face drooping or arm weakness", "en-GB"),
    ("face_arm_speech", "no his face or arm weak nothing like that", "en-US"),
    ("face_arm_speech", "no his face wasn't drooping", "en-GB"),
    ("face_arm_speech", "no his arm was weak after the op but it's fine now", "en-GB"),
    ("face_arm_speech", "no her face never drooped", "en-CA"),
    ("face_arm_speech", "no mum's face is not drooping", "en-GB"),
    ("leg_weakness", "no his legs are as strong as ever", "en-GB"),
    ("cold_pale_leg", "no her foot is warm and pink", "en-US"),
    ("saddle_numbness", "no his bottom feels normal", "en-GB"),
    ("bladder_bowel", "no dad's bladder is fine", "en-GB"),
    ("face_arm_speech", "no his speech is no different", "en-GB"),
    ("face_arm_speech", "no his knee is sore", "en-GB"),
    ("face_arm_speech", "no his face is a bit red from the sun", "en-AU"),
    ("face_arm_speech", "no her arm is sore from the jab", "en-GB"),
    ("face_arm_speech", "no her face has been like that since her palsy years ago", "en-GB"),
    ("face_arm_speech", "no his face has never been droopy", "en-US"),
    ("face_arm_speech", "no it isn't that his speech is slurred he's just tired", "en-GB"),
    ("face_arm_speech", "no my husband's face is fine", "en-GB"),
    ("face_arm_speech", "no the wife's speech is normal", "en-GB"),
    ("face_arm_speech", "no nan's arm is fine", "en-GB"),
    ("leg_weakness", "no his legs don't give way", "en-GB"),
    ("bladder_bowel", "no her bladder is no problem", "en-GB"),
    ("cold_pale_leg", "no his foot isn't cold", "en-GB"),
    ("saddle_numbness", "no she can feel her bottom fine", "en-GB"),
    ("face_arm_speech", "no his face was drooping yesterday but it's back to normal", "en-GB"),
    ("face_arm_speech", "no, his face is fine", "en-GB"),
    ("face_arm_speech", "nah he can smile lift both arms and say his name fine", "en-AU"),
    ("face_arm_speech", "no no her face is fine she's chatting away as normal", "en-GB"),
    ("face_arm_speech", "no he's tongue-tied around the new neighbour that's all his face and "
     "arms are normal", "en-GB"),
    ("face_arm_speech", "no her face is fine her speech is fine she's just worried", "en-GB"),
    ("face_arm_speech", "no his leg is numb", "en-GB"),
    ("face_arm_speech", "no her feet are tingling", "en-US"),
    ("face_arm_speech", "no his arm is weak from the arthritis", "en-GB"),
    ("face_arm_speech", "no his face is drooping no", "en-GB"),
    ("face_arm_speech", "no her arm is weak but that's her arthritis", "en-AU"),
    ("face_arm_speech", "no his speech is slurred when he's had a drink", "en-GB"),
    ("face_arm_speech", "no mum's face has always drooped a bit", "en-GB"),
    ("face_arm_speech", "no dad's arm has been weak for years", "en-CA"),
    ("face_arm_speech", "no her speech is slurred sometimes when she's tired", "en-IN"),
    ("leg_weakness", "no his legs are weak from the MS not new", "en-GB"),
    ("bladder_bowel", "no his bladder is the same as ever", "en-GB"),
    ("bladder_bowel", "no her bowels are fine", "en-US"),
    ("cold_pale_leg", "no his feet are always cold", "en-GB"),
    ("cold_pale_leg", "no her foot is warm", "en-AU"),
    ("saddle_numbness", "no his bottom is fine", "en-CA"),
    ("face_arm_speech", "no his arm's no weak", "en-GB"),
    ("face_arm_speech", "no his face isnae drooping", "en-GB"),
    ("face_arm_speech", "no her speech is nae slurred she's blethering away", "en-GB"),
    ("face_arm_speech", "no his face is not at all drooping", "en-IN"),
    ("face_arm_speech", "no his arms are strong no droop speech is normal", "en-AU"),
    ("face_arm_speech", "no her face is drooping no not at all", "en-GB"),
    ("face_arm_speech", "no his speech is slurred on a friday night down the pub", "en-GB"),
    ("face_arm_speech", "no his whole leg is numb it came on over weeks", "en-GB"),
    ("face_arm_speech", "no her whole leg is numb but it came on slowly", "en-US"),
    ("face_arm_speech", "no his face is red he's been in the sun", "en-AU"),
    ("face_arm_speech", "no her arm is in a sling she broke her wrist", "en-GB"),
    ("leg_weakness", "no his legs are stiff in the morning", "en-GB"),
    ("leg_weakness", "no her knees are sore", "en-US"),
    ("bladder_bowel", "no her bladder is weak she's had three kids", "en-GB"),
]


@pytest.mark.parametrize(("context", "text", "locale"), CARERS_NO_CONTROLS)
def test_a_carers_no_said_of_a_sign_that_is_not_there_stays_a_no(context: str, text: str,
                                                                 locale: str) -> None:
    _, answers, flags = say_at(context, text, locale)
    assert answers.get(context) == "no" and not flags, (answers, flags)


# -- 25b. not feeling oneself pass urine is the sign, not a denial -------------------------------

OWN_25B_YES = [
    ("bladder_bowel", "I didn't feel myself pee", "en-GB"),
    ("bladder_bowel", "I couldn't feel myself go", "en-US"),
    ("bladder_bowel", "didn't feel the wee come", "en-AU"),
    ("bladder_bowel", "I can't feel when I need to go", "en-CA"),
    ("bladder_bowel", "I didn't even feel myself wee", "en-GB"),
    ("bladder_bowel", "he didn't feel himself pee", "en-US"),
    ("bladder_bowel", "I didn't feel the pee coming out", "en-AU"),
    ("bladder_bowel", "I never felt myself pee I was just wet", "en-GB"),
    ("bladder_bowel", "I don't feel when I need to go any more", "en-CA"),
    ("bladder_bowel", "I didn't feel myself poo", "en-GB"),
    ("bladder_bowel", "I don't feel myself peeing", "en-US"),
    ("bladder_bowel", "um I didn't feel myself pee at all", "en-IN"),
    ("bladder_bowel", "I didn't feel the urine come out", "en-GB"),
    ("saddle_numbness", "I didn't feel myself pee", "en-GB"),
    ("leg_weakness", "I didn't feel myself wee this morning", "en-AU"),
]
# before (base bafa7aa): 5 of 15 ("couldn't feel myself go", "didn't feel the wee come", "can't
# feel when I need to go", "didn't feel the pee coming out", "didn't feel the urine come out");
# after: 15 of 15


@pytest.mark.parametrize(("context", "text", "locale"), OWN_25B_YES)
def test_not_feeling_oneself_pass_urine_is_the_bladder_sign(context: str, text: str,
                                                            locale: str) -> None:
    _, answers, _ = say_at(context, text, locale)
    assert answers.get("bladder_bowel") == "yes", answers


@pytest.mark.parametrize(("context", "text", "locale"), [
    ("bladder_bowel", "I didn't wet myself", "en-GB"),
    ("bladder_bowel", "no I can feel when I need to go", "en-US"),
    ("bladder_bowel", "I haven't had any trouble peeing", "en-AU"),
    ("bladder_bowel", "I can feel myself pee fine", "en-GB"),
    ("bladder_bowel", "no I feel it when I go", "en-CA"),
    ("bladder_bowel", "nope I can feel the wee come", "en-IN"),
    ("bladder_bowel", "I don't feel any burning when I pee", "en-GB"),
    ("bladder_bowel", "no I don't feel any pain when I pee", "en-US"),
    ("bladder_bowel", "no I didn't feel anything wrong when I peed", "en-GB"),
    ("bladder_bowel", "no problems I feel myself go like normal", "en-AU"),
    ("bladder_bowel", "no I didn't feel myself going over", "en-GB"),
    ("leg_weakness", "no I don't feel myself going over", "en-GB"),
    ("bladder_bowel", "no I didn't feel it when I had the jab", "en-US"),
    ("bladder_bowel", "no I can feel myself wee", "en-AU"),
])
def test_feeling_oneself_pass_urine_or_a_pain_denied_stays_a_no(context: str, text: str,
                                                                locale: str) -> None:
    _, answers, flags = say_at(context, text, locale)
    assert answers.get(context) == "no" and not flags, (answers, flags)
