"""Round 26 (safety26): a red flag told plainly now in a clause of its own after a thing denied by
"no", said in words of our own to the offline simulator at a real point of a screening (the
interaction model included), across the five locales, with controls in the shapes of denial lists
and normal findings (docs/clinical-safety.md 5zzg). No held-back material was read.

26a. "no fever, back pain is worse at night", "no pain, my leg is cold and white", "nope no
injury I can't feel my bum": Alexa sends no comma, and the "no" before the thing denied reached
the next clause and recorded its red flag as a no. Round 25's rule for it (5zzc 25c) was taken
back at the merge: it raised false flags on a denial shaped "no X, Y" where Y is no red flag said
now. This rule is narrower (`Reader._sign_after_a_thing_denied`): the clause after the thing
denied must open with a subject or a finding's own words and tell a red flag's sign
(understanding.yaml `told_after_a_denial`) in certain words, and nothing after the thing denied
may say it otherwise: no negative (but one inside the sign's own words), no reassurance, figure,
other person or "not me", no past or history, none of `word_sets` `not_plain_now`,
`not_plain_told` or `said_before` ("no fever, no weakness", "no, legs just tired", "no pain in
the back, bladder's normal", "no drooping, had a weak arm years ago", "no pain, my foot goes
white in the cold").
"""

from __future__ import annotations

import glob
import re

import pytest
import yaml

from tests.understanding.test_words_in_context import not_flagged_at, say_at
from tests.understanding.test_words_in_context import warned_at as _warned

# -- 26a. "no X, <red flag told plainly now>": warns ------------------------------------------

OWN_26A_WARNED = [
    ("fever", "no fever, back pain is worse at night", "en-US", "back_pain_at_night"),
    ("fever", "no fever, night time back pain is more, cannot sleep", "en-IN",
     "back_pain_at_night"),
    ("fever", "nope no fever my back pain wakes me at night", "en-GB", "back_pain_at_night"),
    ("fever", "no chills, my back hurts more at night", "en-US", "back_pain_at_night"),
    ("fever", "nah no temperature the pain wakes me up at night", "en-AU", "back_pain_at_night"),
    ("fever", "no temperature, my back keeps me awake at night", "en-CA", "back_pain_at_night"),
    ("injury", "no injury, my legs gave way this morning", "en-US", "new_leg_weakness"),
    ("injury", "no fall my legs keep giving way", "en-GB", "new_leg_weakness"),
    ("severe_pain", "no pain, my leg is cold and white", "en-AU", "limb_ischaemia"),
    ("severe_pain", "no pain really my foot is cold and pale", "en-CA", "limb_ischaemia"),
    ("cold_pale_leg", "no pain, my leg has gone cold and white", "en-GB", "limb_ischaemia"),
    ("fever", "no fever, my bottom is numb", "en-GB", "cauda_equina_saddle"),
    ("fever", "no fever I can't feel my bottom", "en-CA", "cauda_equina_saddle"),
    ("cancer_history", "no cancer, my face is drooping", "en-IN", "stroke_signs"),
    ("cancer_history", "no cancer my bum has gone numb", "en-IN", "cauda_equina_saddle"),
    ("injury", "um no injury my leg is cold and white", "en-IN", "limb_ischaemia"),
    ("fever", "well no fever, my speech is slurred", "en-GB", "stroke_signs"),
    ("injury", "no injury my speech is slurred", "en-GB", "stroke_signs"),
    ("injury", "no accident, the numbness is creeping up my legs", "en-US", "ascending_numbness"),
    ("fever", "no fever, the numbness is spreading up my legs", "en-US", "ascending_numbness"),
]
# on the base af4b921: 1 of these 20 warned ("I can't feel my bottom", its negation read as its
# own); the other 19 recorded the sign as a no; after: 20 of 20

OWN_26A_YES = [
    ("fever", "no fever, I'm wetting myself", "en-AU", "bladder_bowel"),
    ("fever", "no fever my legs are weak", "en-US", "leg_weakness"),
    ("leg_weakness", "nah no fever my legs have gone weak", "en-AU", "leg_weakness"),
]
# on the base: 0 of these 3 a yes; after: 3 of 3 (a weakness is then timed by the next question)


@pytest.mark.parametrize(("context", "text", "locale", "flag"), OWN_26A_WARNED)
def test_a_red_flag_told_plainly_after_a_thing_denied_warns(context: str, text: str,
                                                            locale: str, flag: str) -> None:
    _warned(context, text, flag, locale)


@pytest.mark.parametrize(("context", "text", "locale", "finding"), OWN_26A_YES)
def test_a_sign_told_plainly_after_a_thing_denied_is_a_yes(context: str, text: str,
                                                           locale: str, finding: str) -> None:
    speech, answers, _ = say_at(context, text, locale)
    assert answers.get(finding) == "yes", (answers, speech)


def test_a_thing_denied_in_its_own_clause_stays_denied() -> None:
    speech, answers, _ = say_at("fever", "no fever, back pain is worse at night", "en-GB")
    assert answers.get("fever") == "no" and answers.get("night_pain") == "yes", (answers, speech)


# 5zzg left this one ("drooping" alone is no finding the rule can end on); safety31 (round 31,
# 5zzz 31d) mended it: one word after the answer's "no" that the vocabulary does not read is a
# thing denied too (reader.py `_bare_thing_denied`)
def test_a_face_denied_then_a_weak_arm_told_warns() -> None:
    _warned("face_arm_speech", "no drooping, my arm is weak", "stroke_signs", "en-US")


# -- controls: denial lists and normal findings keep their reading ---------------------------

CONTROLS = [
    # the brief's shapes: lists of normal findings and denials
    ("face_arm_speech", "no, face is fine, arm is fine", "en-US"),
    ("bladder_bowel", "no pain in the back, bladder's normal", "en-GB"),
    ("fever", "no fever, no weakness", "en-US"),
    ("leg_weakness", "no, legs just tired", "en-AU"),
    ("fever", "no fever, back pain is fine at night", "en-GB"),
    ("injury", "no injury, my back is fine", "en-US"),
    ("leg_weakness", "no weakness, my legs are okay", "en-CA"),
    ("saddle_numbness", "no numbness, my bottom is the same as ever", "en-GB"),
    ("bladder_bowel", "no leaking, my bladder is working", "en-US"),
    ("fever", "no fever, no night pain", "en-US"),
    ("fever", "no fever, weakness has never been a problem", "en-AU"),
    ("bladder_bowel", "no leaking and my bladder's grand", "en-GB"),
    ("fever", "no fever, just tired", "en-IN"),
    ("leg_weakness", "no weakness, my legs only ache after work", "en-US"),
    ("face_arm_speech", "no drooping, had a weak arm years ago", "en-GB"),
    ("fever", "no fever, my husband has back pain at night", "en-US"),
    ("face_arm_speech", "no drooping, pain in the neck is my boss", "en-AU"),
    ("injury", "no injury, my legs are normal", "en-IN"),
    ("fever", "nope no fever my legs feel okay", "en-CA"),
    ("severe_pain", "nah no pain my foot is warm", "en-AU"),
    ("cold_pale_leg", "no change in colour, the leg is warm", "en-US"),
    ("fever", "no fever, my back pain was worse at night last year", "en-GB"),
    ("leg_weakness", "no weakness, my legs gave way once years ago", "en-US"),
    ("injury", "no injury, my wife's legs give way", "en-GB"),
    ("fever", "no fever, my back only hurts when I lift", "en-IN"),
    ("saddle_numbness", "no numbness down there, my bladder's the same as always", "en-GB"),
    ("injury", "no injury, I've always had a bad back", "en-US"),
    ("severe_pain", "no pain, my legs are just numb", "en-AU"),
    ("injury", "no falls, my balance is fine", "en-AU"),
    ("face_arm_speech", "no slurring, I'm speaking fine", "en-CA"),
    ("leg_weakness", "no, they're just a bit tired", "en-GB"),
    ("injury", "no injury, my back's been sore for years", "en-GB"),
    ("fever", "no fever, my bladder's never been a problem", "en-US"),
    ("bladder_bowel", "nah no trouble, waterworks are grand", "en-AU"),
    ("face_arm_speech", "no drooping, my face looks the same as ever", "en-IN"),
    ("cold_pale_leg", "no, foot's warm, colour's normal", "en-US"),
    ("fever", "no fever, no chills, no night sweats", "en-GB"),
    ("leg_weakness", "no weakness, walking fine", "en-IN"),
    ("face_arm_speech", "no, arm is okay, speech is okay", "en-IN"),
    ("bladder_bowel", "no accidents, I can hold it fine", "en-US"),
    ("fever", "no fever, my mum's back hurts at night", "en-AU"),
    ("injury", "no fall, I had a weak leg after my op in 2019", "en-GB"),
    ("leg_weakness", "no, my legs are only tired after the gym", "en-US"),
    # a sign that comes with a situation, a figure, another's, or from a cause said
    ("severe_pain", "no pain, my feet are cold in winter", "en-GB"),
    ("fever", "no fever, I get up at night to pee", "en-US"),
    ("bladder_bowel", "no leaking, I pee a lot at night", "en-AU"),
    ("fever", "no fever, my bum goes numb on long drives", "en-GB"),
    ("severe_pain", "no pain, my foot goes white in the cold", "en-CA"),
    ("injury", "no injury, my toes go blue in the pool", "en-AU"),
    ("fever", "no fever, my speech is a bit slurred from the dentist", "en-US"),
    ("face_arm_speech", "no drooping, my face is numb from the dentist", "en-GB"),
    ("injury", "no injury, my arm is weak from the gym", "en-US"),
    ("fever", "no fever, my arm is weak after the jab", "en-IN"),
    ("fever", "no fever, I wet myself laughing", "en-GB"),
    ("bladder_bowel", "no leaking, I nearly wet myself laughing at that", "en-AU"),
    ("injury", "no fall, my legs turned to jelly at the interview", "en-GB"),
    ("injury", "no injury, I'm paralysed with fear of the dentist", "en-US"),
    ("injury", "nah no fall the pain at night is my snoring husband", "en-AU"),
    ("fever", "no fever, my legs are killing me", "en-US"),
    ("injury", "no injury, my legs feel wobbly", "en-CA"),
    ("fever", "no fever, I've got pins and needles in my toes", "en-IN"),
    ("saddle_numbness", "no numbness there, just my feet", "en-US"),
    ("bladder_bowel", "no problems, I go regular as clockwork", "en-GB"),
    ("leg_weakness", "no weakness, my legs hold me up", "en-AU"),
    ("face_arm_speech", "no, face, arms and speech all good", "en-CA"),
    ("cold_pale_leg", "no, my legs are warm and pink", "en-US"),
    ("fever", "no fever, my back aches in the morning", "en-GB"),
    ("injury", "no injury, my legs are stiff in the morning", "en-IN"),
    ("fever", "no fever, my wife says I slur when I'm tired", "en-AU"),
    ("spreading_up", "no, it's staying in my feet", "en-GB"),
    ("fever", "no fever, my legs are heavy", "en-US"),
    ("injury", "no injury, the dog's leg is cold and white", "en-GB"),
    ("fever", "no fever, my face drooped after the dentist's injection", "en-US"),
    ("severe_pain", "no pain, my legs give way a bit on the stairs", "en-GB"),
    # abilities said whole, with no word of a norm
    ("bladder_bowel", "no incontinence, I can hold my wee", "en-GB"),
    ("saddle_numbness", "no, I can feel the toilet paper", "en-US"),
    ("leg_weakness", "no weakness, I can walk miles", "en-AU"),
    ("fever", "no fever, my legs hold me up", "en-US"),
    ("bladder_bowel", "no leaks, my bladder empties properly", "en-GB"),
    ("saddle_numbness", "no numbness, I feel everything down there", "en-CA"),
    ("injury", "no injury, I can still lift my legs", "en-IN"),
    ("face_arm_speech", "no drooping, I can smile", "en-US"),
    ("face_arm_speech", "no slurring, I talk clearly", "en-GB"),
    ("cold_pale_leg", "no pain, my feet are warm to touch", "en-AU"),
    ("saddle_numbness", "no numbness in my saddle area, I can feel when I wipe", "en-GB"),
    ("fever", "nope no fever my bladder empties", "en-US"),
    ("bladder_bowel", "no accidents, I make it to the toilet in time", "en-CA"),
    ("leg_weakness", "no weakness, I can stand on my tiptoes", "en-IN"),
    ("bladder_bowel", "no loss of control, I know when I need to go", "en-AU"),
    ("fever", "no fever, bowels regular, waterworks fine", "en-GB"),
    ("leg_weakness", "no weakness, legs strong", "en-US"),
    ("face_arm_speech", "no, my face is the same both sides", "en-IN"),
    ("leg_weakness", "no the legs hold up", "en-AU"),
    ("fever", "no temperature, the back pain eases when I lie down", "en-GB"),
]
# 94 controls: every one raises no flag and keeps the question's answer a no (or unset) on the
# base and after, its whole reading the same


@pytest.mark.parametrize(("context", "text", "locale"), CONTROLS)
def test_a_denial_list_or_a_normal_finding_after_a_no_raises_no_flag(context: str, text: str,
                                                                      locale: str) -> None:
    _, answers = not_flagged_at(context, text, locale)
    assert answers.get(context, "no") == "no", answers


# 5zzg noticed it ('just' before tiredness read as 'just now' and the tired legs as weakness);
# round 28's phr28 fixed it (5zzp 28a: tiredness after a bare no is denied)
def test_no_my_legs_are_just_tired_stays_a_no() -> None:
    _, answers = not_flagged_at("leg_weakness", "no my legs are just tired", "en-US")
    assert answers.get("leg_weakness") == "no", answers


# -- controls: the tuning halves' denials that open on a no and go on -------------------------


def _tuning_denials() -> list[tuple[str, str, str]]:
    """Every denial of batches 22 to 29's tuning halves (denials, denials_added) that starts
    with a no and has a comma or a second clause, in its first locale."""
    found = []
    for path in sorted(glob.glob("tests/phrasings/tuning/supplement_b2[2-9]_denials*.yaml")):
        with open(path, encoding="utf-8") as file:
            data = yaml.safe_load(file)
        for phrasing in data["phrasings"]:
            text = phrasing["text"].strip()
            if re.split(r"[\s,.!]+", text.lower())[0] not in ("no", "nope", "nah", "naw", "na"):
                continue
            if "," in text or len(re.sub(r"^\w+[,.!]?\s*", "", text).split()) >= 3:
                found.append((phrasing["context"], text, phrasing["locales"][0]))
    return found


@pytest.mark.parametrize(("context", "text", "locale"), _tuning_denials())
def test_a_tuning_denial_that_goes_on_after_its_no_raises_no_flag(context: str, text: str,
                                                                   locale: str) -> None:
    not_flagged_at(context, text, locale)
