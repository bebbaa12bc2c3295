"""Round 25 (phr25): dialect negatives, doubts and denials, and "right" said of how a leg works,
each taken as a mechanism and said in words of our own to the offline simulator at a real point
of a screening (request envelopes in, replies and session state out), with controls beside the
rule (docs/clinical-safety.md 5zzd).

25a. Scots, Irish, Northern English and Australian words of doubt and denial. Round 24 spelt the
"-nae" negatives out ("cannae" is "can not") and was taken back (5zz, 9197ee5): alone, the
spelling turns a doubt into a denial ("I dinnae ken if my face is drooping" became "I do not ken
if ...", a "not" before the sign). Put back in this round with the words of doubt beside it, it
again cost held back 21 one hedged red-flag run (figures only), so the "-nae" negatives stay
unspelt. Spelt out (`skill/understanding/contractions.py`, the reader's and the simulator's one
table): "mibbe" is "maybe", "naw" and "nae" are "no", "ken" after a negative is "know", "no sure"
after a "be" is "not sure"; and `understanding.yaml` compounds read "grand" said of a thing ("the
waterworks are grand", "breathing and swallowing grand") as "fine" and "no worries" before
breathing, swallowing or "with" as "no trouble".

25b. A no, then a doubt: "no maybe my mouth is drooping", "no I don't think so maybe my face is
drooping a bit" (Alexa sends no comma) denied the sign said in doubt after the no, in plain
English too (the reader took the "no" or the "not" of "don't think so" across "maybe"). Once "naw"
is a no (25a), "naw, I dinnae think so, mibbe his mouth's drooping" would have been lost the same
way. An answer word followed by a word that opens a doubt (`doubt_openers`) answers on its own,
and "not think so" is a negative said whole (`said_whole`, with the doubt words in
`said_whole_gap`): the sign after it is read, in doubt (rule 3).

25c. "right" as the adverb of how a leg works, walks, sits, stands or moves ("my left leg isn't
working right") is no second side: round 17's list of words after which "right" means "well"
(reader.py `_RIGHT_AS_WELL_AFTER`) moves to understanding.yaml `right_as_well_after` (one home
for each list) and takes those verbs.

Red flags are judged as the phrasings runner judges them: a sign told is warned first (a sign that
is an emergency only when new may first be timed, and answered as new gives the warning); a sign
said in doubt is warned at once, or asked a yes/no question that, answered "yes", gives the
warning (rule 3: a sign said in doubt is asked about, never denied).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.phrasings.runner import Phrasing, judge
from tests.understanding.test_words_in_context import CONTEXTS, say_at


def _judged(category: str, context: str, text: str, locale: str,
            expect: dict[str, Any]) -> str:
    """What the phrasings runner finds wrong with `text` said at `context` ("" when nothing)."""
    phrasing = Phrasing(id="own-25", category=category, part="supplement", text=text,
                        locales=(locale,), context=context, expect=expect)
    return judge(phrasing, locale, CONTEXTS).why


# -- 25a. a red flag told in dialect is warned (as on the base) --------------------------------

OWN_25A_TOLD = [
    ("face_arm_speech", "he cannae get his words out", "stroke_signs", "en-GB"),
    ("bladder_bowel", "I couldnae hold my water, I wet myself", "cauda_equina_bladder", "en-GB"),
    ("leg_weakness", "my leg's gone weak and I cannae walk", "new_leg_weakness", "en-GB"),
    ("cold_pale_leg", "my foot's gone cold and white and I cannae feel it", "limb_ischaemia",
     "en-GB"),
    ("face_arm_speech", "she didnae make sense, her words were all slurred", "stroke_signs",
     "en-GB"),
]
# warned before (base bafa7aa) and after. Ten more of our own, said with a "-nae" negative ("I
# cannae feel my bum", "me legs wouldnae hold me", "he cannae lift his arm", "I havnae peed since
# yesterday" ...), were warned with round 24's table of negatives and are not now: the table was
# taken back again (it cost held back 21 one hedged red-flag run, figures only; 5zzd)


@pytest.mark.parametrize(("context", "text", "flag", "locale"), OWN_25A_TOLD)
def test_a_red_flag_told_with_a_dialect_negative_is_warned(context: str, text: str, flag: str,
                                                           locale: str) -> None:
    assert _judged("red_flags", context, text, locale, {"flags": [flag]}) == ""


# -- 25a. a red flag said in doubt in dialect is asked about or warned, never denied ---------------

OWN_25A_HEDGED = [
    ("face_arm_speech", "I dinnae ken if my face is drooping", "stroke_signs", "en-GB"),
    ("bladder_bowel", "I'm no sure if I can pee right", "cauda_equina_bladder", "en-GB"),
    ("leg_weakness", "mibbe my leg's gone weak, I dunno", "new_leg_weakness", "en-GB"),
    ("saddle_numbness", "mibbe my bum's a bit numb, I cannae be sure", "cauda_equina_saddle",
     "en-GB"),
    ("face_arm_speech", "maybe me speech is a wee bit slurred, I cannae tell", "stroke_signs",
     "en-GB"),
    ("leg_weakness", "I cannae say for sure but I think my legs are weaker", "new_leg_weakness",
     "en-GB"),
    ("side", "both, and I'm no sure, mibbe it's harder to swallow", "breathing_swallowing",
     "en-GB"),
    ("saddle_numbness", "nah yeah, maybe a bit numb round the bum, dunno", "cauda_equina_saddle",
     "en-AU"),
    ("face_arm_speech", "maybe face is little bit drooping, not sure", "stroke_signs", "en-IN"),
    ("leg_weakness", "I don't know, maybe my leg's gone weak, I dunno", "new_leg_weakness",
     "en-US"),
    ("face_arm_speech", "his face might be squint, I dinnae ken", "stroke_signs", "en-GB"),
    ("cold_pale_leg", "mibbe my foot's a bit cold and pale, I couldnae tell ye",
     "limb_ischaemia", "en-GB"),
    ("leg_weakness", "I wasnae sure but my legs might be giving way", "new_leg_weakness",
     "en-GB"),
    ("saddle_numbness", "I dinnae ken, my bum might be a bit numb", "cauda_equina_saddle",
     "en-GB"),
    ("leg_weakness", "yeah nah, I reckon my legs might be weaker, not sure", "new_leg_weakness",
     "en-AU"),
    ("face_arm_speech", "I'm no sure but his arm might be weak", "stroke_signs", "en-GB"),
    ("face_arm_speech", "I didnae know if his face was drooping, it might be", "stroke_signs",
     "en-GB"),
    ("leg_weakness", "I cannae mind, maybe my leg gave way", "new_leg_weakness", "en-GB"),
    ("leg_weakness", "my legs dinnae feel right, maybe they're weaker, I'm no sure",
     "new_leg_weakness", "en-GB"),
    ("saddle_numbness", "I dinnae think so, but my bum might be a bit numb", "cauda_equina_saddle",
     "en-GB"),
    ("face_arm_speech", "his speech isnae right, mibbe slurred, I'm no sure", "stroke_signs",
     "en-GB"),
    ("cold_pale_leg", "I cannae be sure but my foot might be cold and white", "limb_ischaemia",
     "en-GB"),
    ("saddle_numbness", "I cannae really feel the toilet paper, I think, but I'm no sure",
     "cauda_equina_saddle", "en-GB"),
    ("leg_weakness", "dunno, mibbe I cannae stand as well as before", "new_leg_weakness",
     "en-GB"),
    ("bladder_bowel", "I'm no sure, I havnae had a wee since this morning", "cauda_equina_bladder",
     "en-GB"),
    ("duration", "a couple of days, and mibbe I cannae feel my bum, I dunno",
     "cauda_equina_saddle", "en-GB"),
    ("leg_weakness", "naw, but mibbe my legs are weaker, I cannae tell", "new_leg_weakness",
     "en-GB"),
    ("bladder_bowel", "nae idea, I cannae tell if I've emptied my bladder",
     "cauda_equina_bladder", "en-GB"),
    ("face_arm_speech", "I'm no certain, his face looks a wee bit squint", "stroke_signs",
     "en-GB"),
    ("cold_pale_leg", "nae sure, mibbe it's a bit cold and pale", "limb_ischaemia", "en-GB"),
    ("face_arm_speech", "I wouldnae know, maybe his speech is slurred", "stroke_signs", "en-GB"),
]
# before (base bafa7aa): 21 of 31; after: 31 of 31. Five more of our own need "cannae" or
# "dinnae" spelt out and are not read ("I cannae tell if I need to pee any more" ...). With round
# 24's table alone (the negatives spelt out, none of the words of doubt), "I dinnae ken if my face
# is drooping" was lost.


@pytest.mark.parametrize(("context", "text", "flag", "locale"), OWN_25A_HEDGED)
def test_a_red_flag_said_in_doubt_in_dialect_is_asked_about_or_warned(
        context: str, text: str, flag: str, locale: str) -> None:
    assert _judged("red_flags_hedged", context, text, locale, {"hedged_flags": [flag]}) == ""


# -- 25a. a denial said in dialect denies ---------------------------------------------------------

OWN_25A_DENIED = [
    ("bladder_bowel", "nae bother with the waterworks", {"bladder_bowel": "no"}, "en-GB"),
    ("bladder_bowel", "naw, peeing's fine", {"bladder_bowel": "no"}, "en-GB"),
    ("face_arm_speech", "naw, his face is fine and he's talking grand", {"face_arm_speech": "no"},
     "en-GB"),
    ("face_arm_speech", "no, I didnae notice anything wrong with my face",
     {"face_arm_speech": "no"}, "en-GB"),
    ("leg_weakness", "naw, they're no weak", {"leg_weakness": "no"}, "en-GB"),
    ("side", "both, and breathing and swallowing grand",
     {"side": "both_legs", "breathing_swallowing": "no"}, "en-GB"),
    ("side", "both legs, and nah, no worries breathing or swallowing",
     {"side": "both_legs", "breathing_swallowing": "no"}, "en-AU"),
    ("bladder_bowel", "no problems in that department", {"bladder_bowel": "no"}, "en-GB"),
    ("bladder_bowel", "yeah nah, no problems in that department", {"bladder_bowel": "no"},
     "en-AU"),
    ("saddle_numbness", "naw, I can feel everything down there", {"saddle_numbness": "no"},
     "en-GB"),
    ("cold_pale_leg", "naw, it's no cold or white", {"cold_pale_leg": "no"}, "en-GB"),
    ("fever", "nae fever, naw", {"fever": "no"}, "en-GB"),
    ("bladder_bowel", "no, the waterworks are grand", {"bladder_bowel": "no"}, "en-GB"),
    ("face_arm_speech", "yeah nah, face and arms are all good", {"face_arm_speech": "no"},
     "en-AU"),
    ("bladder_bowel", "no issues with the waterworks, all normal only", {"bladder_bowel": "no"},
     "en-IN"),
    ("leg_weakness", "nope, no problems in that department", {"leg_weakness": "no"}, "en-US"),
    ("duration", "three weeks, and breathing and swallowing grand",
     {"duration": "weeks", "breathing_swallowing": "no"}, "en-GB"),
    ("duration", "a few weeks, and nae bother with the waterworks",
     {"duration": "weeks", "bladder_bowel": "no"}, "en-GB"),
    ("face_arm_speech", "naw", {"face_arm_speech": "no"}, "en-GB"),
    ("leg_weakness", "naw, nae weakness", {"leg_weakness": "no"}, "en-GB"),
    ("cold_pale_leg", "no, feet are grand, warm and pink", {"cold_pale_leg": "no"}, "en-GB"),
    ("face_arm_speech", "nope, his face and arms are fine, he's talking grand",
     {"face_arm_speech": "no"}, "en-US"),
    ("bladder_bowel", "no na, no problem in passing urine", {"bladder_bowel": "no"}, "en-IN"),
    ("side", "both, and no worries with my breathing",
     {"side": "both_legs", "breathing_swallowing": "no"}, "en-AU"),
]
# before (base bafa7aa): 10 of 24; after: 24 of 24 (six more of our own need a "-nae" negative
# spelt out: "no, my legs havnae gone weak", "I dinnae have any numbness down there", warned as
# the saddle sign on the base and still)


@pytest.mark.parametrize(("context", "text", "answers", "locale"), OWN_25A_DENIED)
def test_a_denial_said_in_dialect_is_a_no(context: str, text: str, answers: dict[str, str],
                                          locale: str) -> None:
    assert _judged("denials", context, text, locale, {"answers": answers}) == ""


# -- 25a. controls: the words spelt out only where they mean what they are read as ----------------

@pytest.mark.parametrize(("context", "text", "flag", "locale"), [
    ("leg_weakness", "no worries, but my legs gave way this morning", "new_leg_weakness", "en-AU"),
    ("leg_weakness", "my legs went weak at the grand final and I fell", "new_leg_weakness",
     "en-AU"),
    ("bladder_bowel", "I can't pass water at all", "cauda_equina_bladder", "en-US"),
])
def test_a_bare_no_worries_or_the_grand_final_denies_nothing(context: str, text: str, flag: str,
                                                             locale: str) -> None:
    assert _judged("red_flags", context, text, locale, {"flags": [flag]}) == ""


@pytest.mark.parametrize(("context", "text", "flag", "locale"), [
    ("leg_weakness", "I'm not sure, maybe my legs are weaker", "new_leg_weakness", "en-US"),
    ("face_arm_speech", "I don't know if my face is drooping", "stroke_signs", "en-CA"),
])
def test_a_doubt_said_in_standard_english_keeps_its_reading(context: str, text: str, flag: str,
                                                            locale: str) -> None:
    assert _judged("red_flags_hedged", context, text, locale, {"hedged_flags": [flag]}) == ""


def test_a_plain_denial_keeps_its_reading() -> None:
    _, answers, flags = say_at("leg_weakness", "no, my legs are fine", "en-US")
    assert answers.get("leg_weakness") == "no" and not flags


# -- 25b. a no, then a doubt: the sign said in doubt is asked about or warned -------------------

OWN_25B_HEDGED = [
    ("saddle_numbness", "naw, well, mibbe a wee bit numb down there", "cauda_equina_saddle",
     "en-GB"),
    ("face_arm_speech", "naw, I dinnae think so, mibbe his mouth's drooping a bit", "stroke_signs",
     "en-GB"),
    ("face_arm_speech", "no, maybe my mouth is drooping a bit", "stroke_signs", "en-GB"),
    ("saddle_numbness", "no, maybe my bum is a bit numb", "cauda_equina_saddle", "en-US"),
    ("cold_pale_leg", "no, maybe my foot is a bit cold and pale", "limb_ischaemia", "en-AU"),
    ("face_arm_speech", "no, I don't think so, maybe my face is drooping a bit", "stroke_signs",
     "en-CA"),
    ("leg_weakness", "nah, perhaps my legs are giving way a bit", "new_leg_weakness", "en-IN"),
]
# before (base bafa7aa): 1 of 7 (the Scots one, its "naw" and "dinnae" unknown words); after:
# 7 of 7. With 25a alone (no 25b), the Scots one was lost: the kind of loss round 24 was taken
# back for.


@pytest.mark.parametrize(("context", "text", "flag", "locale"), OWN_25B_HEDGED)
def test_a_sign_said_in_doubt_after_a_no_is_asked_about_or_warned(
        context: str, text: str, flag: str, locale: str) -> None:
    assert _judged("red_flags_hedged", context, text, locale, {"hedged_flags": [flag]}) == ""


@pytest.mark.parametrize(("context", "text", "answers", "locale"), [
    ("leg_weakness", "no, probably just my age", {"leg_weakness": "no"}, "en-GB"),
    ("face_arm_speech", "no, probably not", {"face_arm_speech": "no"}, "en-US"),
    ("saddle_numbness", "nah, maybe a bit stiff, that's all", {"saddle_numbness": "no"}, "en-AU"),
    ("face_arm_speech", "no, my face is fine, maybe I'm just tired", {"face_arm_speech": "no"},
     "en-GB"),
    ("bladder_bowel", "no, probably nothing, all normal", {"bladder_bowel": "no"}, "en-IN"),
])
def test_a_no_then_a_doubt_of_no_sign_stays_a_no(context: str, text: str,
                                                 answers: dict[str, str], locale: str) -> None:
    assert _judged("denials", context, text, locale, {"answers": answers}) == ""


# -- 25c. "right" as how a leg works is no second side ------------------------------------------

OWN_25B = [
    ("the left, it's not working right", "en-GB"),
    ("my left leg isn't working right", "en-US"),
    ("left one, I can't walk right on it", "en-AU"),
    ("just the left, and I can't sit right", "en-GB"),
    ("only left leg, it is not working right", "en-IN"),
    ("the left, it's just not moving right", "en-CA"),
    ("left foot, I'm not standing right on it", "en-GB"),
    ("the left one, he's not walking right", "en-US"),
    ("my left, it hasn't worked right since Monday", "en-AU"),
    ("one leg, the left, not functioning right", "en-IN"),
    ("left, and the knee doesn't work right", "en-GB"),
]
# before (base bafa7aa): 6 of 11 one leg (5 read as both legs: the left, and "right"); after: 11


@pytest.mark.parametrize(("text", "locale"), OWN_25B)
def test_right_said_of_how_a_leg_works_is_no_second_side(text: str, locale: str) -> None:
    _, answers, _ = say_at("side", text, locale)
    assert answers.get("side") == "one_leg"


@pytest.mark.parametrize(("text", "locale", "side"), [
    ("the left, and now the right as well", "en-GB", "both_legs"),
    ("left and right", "en-US", "both_legs"),
    ("the right one, it's not working properly", "en-GB", "one_leg"),
    ("the left, and walking right leg feels funny too", "en-GB", "both_legs"),
    ("the left, and it's working its way to the right side", "en-AU", "both_legs"),
    ("the right, I can't walk properly", "en-CA", "one_leg"),
])
def test_a_side_said_after_a_verb_of_moving_is_still_a_side(text: str, locale: str,
                                                            side: str) -> None:
    _, answers, _ = say_at("side", text, locale)
    assert answers.get("side") == side
