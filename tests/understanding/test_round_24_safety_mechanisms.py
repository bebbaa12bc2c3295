"""Round 24 (safety24): a safety fault found in round 23's review (not from held-back material),
taken as a mechanism and said in words of our own to the offline simulator at a real point of a
screening, across the five locales, with controls beside the rule (docs/clinical-safety.md 5zx).

24a. A negative said whole, an answer complete in itself ("nothing wrong", "never had that",
"not that I know of", "nothing like that", "no problems", "not really", "without warning"),
then a clause with its own subject and verb ("nothing wrong my face is drooping", "never had that
my leg gave way"): Alexa sends no comma, and the negation reached across the new subject and
denied the red flag told there. Round 23's rule for a bare "normal"/"usual" (5zu a) now holds for
every such negative (understanding.yaml `said_whole`), and for a part corrected after "not" and
a possessive ("not my face my arm is weak"). "never had that ..." is sent by the model as a no
said whole (DenialSpeechIntent), no longer as "not that ...", the words of "it's not that my legs
are weak" (a denial).

24b. `own_subjects` is derived from `clause_subjects` and `possessives` (vocabulary.py), so each
word has one home; round 23's 5zu tests pass unchanged.
"""

from __future__ import annotations

import pytest

from skill.understanding.vocabulary import default_vocabulary
from tests.understanding.test_words_in_context import say_at
from tests.understanding.test_words_in_context import warned_at as _warned

# -- 24a. a negative said whole before a clause of its own denies nothing in it ------------------

OWN_24A_WARNED = [
    ("face_arm_speech", "nothing wrong my face is drooping", "stroke_signs", "en-US"),
    ("face_arm_speech", "nothing wrong there his face is drooping on one side", "stroke_signs",
     "en-GB"),
    ("face_arm_speech", "no problems there my speech is slurred", "stroke_signs", "en-AU"),
    ("face_arm_speech", "not that I know of my arm is weak", "stroke_signs", "en-CA"),
    ("face_arm_speech", "never had that my mouth is drooping", "stroke_signs", "en-GB"),
    ("face_arm_speech", "nothing like that my arm has gone weak", "stroke_signs", "en-US"),
    ("face_arm_speech", "um nothing wrong my face is drooping", "stroke_signs", "en-AU"),
    ("face_arm_speech", "nothing else his arm is weak", "stroke_signs", "en-GB"),
    ("face_arm_speech", "nothing at all my face dropped this morning", "stroke_signs", "en-GB"),
    ("face_arm_speech", "no issues there her speech went slurred", "stroke_signs", "en-IN"),
    ("face_arm_speech", "well nothing wrong my face is drooping", "stroke_signs", "en-CA"),
    ("face_arm_speech", "he's never had that his face is drooping", "stroke_signs", "en-GB"),
    ("face_arm_speech", "not that I know of um my face is drooping", "stroke_signs", "en-GB"),
    ("face_arm_speech", "nothing wrong my whole leg went numb all of a sudden",
     "sudden_whole_leg", "en-GB"),
    ("face_arm_speech", "never had that my whole leg has gone dead suddenly", "sudden_whole_leg",
     "en-US"),
    ("leg_weakness", "no problems there my legs gave way yesterday", "new_leg_weakness", "en-GB"),
    ("leg_weakness", "never had that before my leg gave way last night", "new_leg_weakness",
     "en-AU"),
    ("saddle_numbness", "nothing wrong my bum is numb", "cauda_equina_saddle", "en-GB"),
    ("saddle_numbness", "never had that my bottom has gone numb", "cauda_equina_saddle", "en-US"),
    ("saddle_numbness", "no trouble there I've got no feeling round my bottom",
     "cauda_equina_saddle", "en-AU"),
    ("cauda_equina_signs", "never had that my bum has gone numb", "cauda_equina_saddle", "en-AU"),
    ("cold_pale_leg", "nothing wrong my foot has gone cold and white", "limb_ischaemia", "en-GB"),
    ("cold_pale_leg", "not that I know of my leg is cold and pale", "limb_ischaemia", "en-AU"),
    ("cold_pale_leg", "no problems my foot is white and cold", "limb_ischaemia", "en-US"),
    ("cold_pale_leg", "no problems really my foot went cold and white", "limb_ischaemia", "en-GB"),
    ("fever", "nothing like that I've got a fever", "back_pain_with_fever", "en-GB"),
    ("fever", "never had that she has a high temperature", "back_pain_with_fever", "en-GB"),
]
OWN_24A_YES = [
    ("leg_weakness", "never had that my leg gave way", "en-GB"),
    ("leg_weakness", "without warning my leg gave way", "en-US"),
    ("leg_weakness", "without any warning my legs gave out", "en-AU"),
    ("leg_weakness", "nothing wrong my knees keep buckling", "en-CA"),
    ("leg_weakness", "not that I know of his legs are weak", "en-IN"),
    ("leg_weakness", "nothing to speak of my legs keep giving way", "en-GB"),
    ("bladder_bowel", "nothing wrong I have wet myself", "en-GB"),
    ("bladder_bowel", "no problems there I've lost control of my bowels", "en-AU"),
    ("bladder_bowel", "never had that I have soiled myself", "en-GB"),
]
# before (base 650aa02), with the ten of our own that were already read (five "not that I'm
# aware of / not that I know of I ...", "not really ...", "nothing like that but ...", "no
# problems there he's had a fever ...", a swallow and a bladder sign): 10 of 46; after: 46 of 46


@pytest.mark.parametrize(("context", "text", "flag", "locale"), OWN_24A_WARNED)
def test_a_negative_said_whole_leaves_the_red_flag_told_after_it(context: str, text: str,
                                                                 flag: str, locale: str) -> None:
    _warned(context, text, flag, locale)


@pytest.mark.parametrize(("context", "text", "locale"), OWN_24A_YES)
def test_a_negative_said_whole_leaves_the_sign_told_after_it_a_yes(context: str, text: str,
                                                                   locale: str) -> None:
    _, answers, _ = say_at(context, text, locale)
    assert answers.get(context) == "yes", answers


@pytest.mark.parametrize(("context", "text", "flag", "locale"), [
    # a part corrected after "not" and a possessive: the part is denied, the sign told after it
    # in a clause of its own is not (before: 1 of 5 read; after: 5 of 5)
    ("face_arm_speech", "not my face, my arm is weak", "stroke_signs", "en-GB"),
    ("face_arm_speech", "not his face his arm is weak", "stroke_signs", "en-US"),
    ("face_arm_speech", "not my left leg my right arm has gone weak", "stroke_signs", "en-IN"),
    ("cold_pale_leg", "not my hand my foot has gone cold and white", "limb_ischaemia", "en-CA"),
])
def test_a_part_corrected_after_not_leaves_the_red_flag_told_after_it(context: str, text: str,
                                                                      flag: str,
                                                                      locale: str) -> None:
    _warned(context, text, flag, locale)


def test_a_part_corrected_after_not_leaves_leg_weakness_a_yes() -> None:
    _, answers, _ = say_at("leg_weakness", "not my back my legs gave way", "en-GB")
    assert answers.get("leg_weakness") == "yes", answers


@pytest.mark.parametrize(("context", "text", "locale"), [
    # controls: a negative said of the sign, or a fine clause after a negative said whole,
    # stays a no (every one a no, no flag, before and after)
    ("face_arm_speech", "no, my face is not drooping", "en-GB"),
    ("leg_weakness", "no my legs arent weak", "en-GB"),
    ("face_arm_speech", "nothing wrong with my speech", "en-GB"),
    ("bladder_bowel", "never had any trouble with my bladder", "en-GB"),
    ("face_arm_speech", "I don't think my face is drooping", "en-GB"),
    ("leg_weakness", "I can't say my leg gave way", "en-GB"),
    ("face_arm_speech", "nothing wrong my face is fine", "en-GB"),
    ("face_arm_speech", "not that I know of my speech is fine", "en-AU"),
    ("leg_weakness", "never had that my legs are strong", "en-GB"),
    ("bladder_bowel", "no problems there my bladder is fine", "en-US"),
    ("face_arm_speech", "nothing wrong my face is not drooping", "en-GB"),
    ("leg_weakness", "not really my legs are not weak", "en-IN"),
    ("fever", "not that I know of my temperature is normal", "en-GB"),
    ("leg_weakness", "nothing wrong I can walk fine", "en-US"),
    ("saddle_numbness", "not really I can feel my bottom fine", "en-AU"),
    ("bladder_bowel", "no problems I can pee fine", "en-GB"),
    ("fever", "nothing like that my temperature is normal", "en-CA"),
    ("cold_pale_leg", "not that I know of my foot is warm", "en-IN"),
    ("face_arm_speech", "never had that my face is fine", "en-GB"),
    ("face_arm_speech", "no problems there she can talk fine", "en-US"),
    ("saddle_numbness", "never had that I can feel everything down there", "en-GB"),
    ("face_arm_speech", "nothing wrong with his face or his speech", "en-AU"),
    ("face_arm_speech", "no problems with my speech", "en-IN"),
    ("face_arm_speech", "not my face my arm is fine", "en-GB"),
    ("face_arm_speech", "not my face or my arm", "en-GB"),
    # "it's not that ..." arrives as "not that ...": a denial, as before (the reason "never had
    # that" has a carrier of its own)
    ("leg_weakness", "it's not that I can't walk I just get tired", "en-GB"),
    ("leg_weakness", "it's not that my legs are weak they feel heavy", "en-GB"),
    ("face_arm_speech", "it's not that my speech is slurred I'm just tired", "en-GB"),
    ("cold_pale_leg", "it's not that my foot is cold it's just numb", "en-GB"),
])
def test_a_negative_said_of_the_sign_is_still_a_no(context: str, text: str, locale: str) -> None:
    _, answers, flags = say_at(context, text, locale)
    assert answers.get(context) == "no" and not flags, (answers, flags)


@pytest.mark.parametrize(("context", "text", "locale"), [
    # controls: a bare word named after a negative said whole is still reached
    ("bladder_bowel", "nothing wrong my bladder and bowels", "en-GB"),
    ("saddle_numbness", "nothing wrong my bottom", "en-GB"),
])
def test_a_negative_said_whole_before_a_bare_word_raises_nothing(context: str, text: str,
                                                                 locale: str) -> None:
    _, answers, flags = say_at(context, text, locale)
    assert answers.get(context) != "yes" and not flags, (answers, flags)


@pytest.mark.parametrize(("context", "text", "flag", "locale"), [
    # controls kept as they were read before: a no then the sign said is a yes with its
    # correction; "noticed that" takes its clause and, said of a stroke sign, warns (rule 3)
    ("face_arm_speech", "no, my face is drooping", "stroke_signs", "en-GB"),
    ("face_arm_speech", "I have not noticed that my speech is slurred", "stroke_signs", "en-GB"),
])
def test_a_no_then_the_sign_still_warns(context: str, text: str, flag: str, locale: str) -> None:
    _warned(context, text, flag, locale)


@pytest.mark.parametrize("text", ["never had that", "never had it", "never had that before",
                                  "never had anything like that",
                                  "never had that problem with my bladder"])
def test_never_had_that_said_alone_is_still_a_no(text: str) -> None:
    _, answers, flags = say_at("bladder_bowel", text, "en-GB")
    assert answers.get("bladder_bowel") == "no" and not flags, (answers, flags)


# -- 24b. own_subjects: one home for each word --------------------------------------------------

def test_own_subjects_are_the_clause_subjects_and_the_possessives() -> None:
    sets = default_vocabulary().word_sets
    assert sets["own_subjects"] == sets["clause_subjects"] | sets["possessives"]
    assert {"i", "he", "my", "his", "their"} <= sets["own_subjects"]
