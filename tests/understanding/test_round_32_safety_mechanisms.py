"""Round 32 (safety32): red flags confirmed but not warned first because the sign was told in
plain words the vocabulary did not hold: a face told by what happened to it ("the side of my face
has slid down", "my mouth won't go up on that side when I smile"), numbness between the legs
told as a numb patch and its place ("the numb patch is around my back passage"), a sign told in
an amount ("a bit of weeing myself without knowing": how much, not a doubt), and a toe's colour
said with "-ish" ("a toe going darkish"); said in words of our own to the offline simulator at a
real point of a screening (the interaction model included), across the five locales, with
controls (docs/clinical-safety.md 5zzzc). No held-back material was read.

32a. The face told by what it did: a side that has slid, slipped or sagged down, a mouth or
smile that won't go up or lift on one side (NHS stroke, FAST: the face may have dropped on one
side, the person may not be able to smile): face_arm_speech, stroke_signs, warned.

32b. Numbness said as a patch, an area or a spot, and where it lies: around the back passage,
on the bum cheeks, between the legs (NHS cauda equina syndrome: numbness around the bottom or
genitals; Cauda Equina UK): saddle_numbness, cauda_equina_saddle, warned.

32c. "A bit of" or "a little bit of" before the sign says how much of it, not a doubt that it
is so ("a bit of weeing myself without knowing", "a bit of leaking I can't feel"): the sign is
the sign in any amount (NHS cauda equina syndrome: loss of bladder control), warned. "A bit"
said with no "of" ("I think I leak a bit, not sure") keeps its doubt.

32d. A toe's colour said with "-ish" ("going darkish", "a blackish toe"): the colour of a
dying toe (NHS peripheral arterial disease, critical limb ischaemia), read as the plain colour;
said in doubt it is confirmed, said plainly it is heard.

32e. A length said without its article, more said straight after it ("couple weeks its going up
my legs", "few days my face is drooping"): no carrier held it and the turn fell to the fallback,
a red flag in it lost; the interaction model's length-then-more carriers now hold "couple",
"couple of" and "few" before hours, days, weeks and months.

32f. A length then "back pain" with no comma between ("one week back pain is there"): the set
phrase "weeks back" (a time ago) took the back, and the spinal infection's back pain was lost; a
set phrase's "back" before pain, ache or the like is the back (NICE CKS back pain red flags).

Controls besides: "my face fell when I saw the bill" (a look of dismay; on the base the figure's
own "fell" undid it, and "saw" was not read as "see"), "I nearly wet myself laughing", denials,
a numb patch on the bottom of a foot or behind a knee, "a bit of tingling", and plain flags.
"""

from __future__ import annotations

import pytest

from tests.phrasings.runner import warned_first
from tests.understanding.test_words_in_context import not_flagged_at, say_at
from tests.understanding.test_words_in_context import warned_at as _warned


def _heard(context: str, text: str, locale: str, flag: str, finding: str) -> None:
    """`text` warns `flag` first; or reads `finding` as yes or in doubt and asks about it."""
    speech, answers, flags = say_at(context, text, locale)
    if flag in flags and warned_first(speech):
        return
    assert answers.get(finding) in ("yes", "unsure"), (flags, answers, speech)
    assert "Just to check" in speech or "in the last few days" in speech, (answers, speech)


# -- 32a. the face told by what it did -------------------------------------------------------

OWN_32A = [
    ("onset", "suddenly, and the right side of my face has slid down", "en-US"),
    ("onset", "all of a sudden, half my face sort of slid down this morning", "en-GB"),
    ("side", "one leg, and my face has slipped down on the left", "en-AU"),
    ("onset", "suddenly, my mouth won't go up on one side when I smile", "en-CA"),
    ("onset", "very suddenly, and my smile won't lift on the right side", "en-GB"),
    ("side", "just the left, and his mouth doesn't go up on that side when he smiles", "en-US"),
    ("onset", "quickly, the left side of my face is sliding down", "en-AU"),
    ("onset", "suddenly, and my mouth is not going up on one side when I smile", "en-IN"),
    ("side", "the right one, and my cheek has sagged down on one side", "en-GB"),
    ("onset", "suddenly, her face has slid on one side and her lip won't lift", "en-CA"),
    ("onset", "in a moment, my smile only goes up on one side now", "en-AU"),
]


@pytest.mark.parametrize(("context", "text", "locale"), OWN_32A)
def test_a_face_told_by_what_it_did_is_warned(context: str, text: str, locale: str) -> None:
    _warned(context, text, "stroke_signs", locale)


# -- 32b. numbness said as a patch and its place -----------------------------------------------

OWN_32B = [
    ("duration", "four days, and the numb patch is around my back passage", "en-GB"),
    ("duration", "two days, there's a numb area on both bum cheeks now", "en-AU"),
    ("side", "both, and the numb bit is round my back passage", "en-GB"),
    ("duration", "since Tuesday, and the numb spot covers my buttocks", "en-US"),
    ("side", "both legs, the dead patch is on my backside and between my legs", "en-GB"),
    ("duration", "three days, numb area is there around my back passage", "en-IN"),
    ("onset", "suddenly, and there's a tingly patch around my groin", "en-CA"),
    ("duration", "a week, and the numb patch has spread over my buttocks", "en-AU"),
    ("side", "both, the numb area is around my bum and my privates", "en-GB"),
    ("duration", "five days, and a numb patch is there near my back passage", "en-IN"),
    ("onset", "all of a sudden, and the numb region is around my genitals", "en-US"),
]


@pytest.mark.parametrize(("context", "text", "locale"), OWN_32B)
def test_a_numb_patch_between_the_legs_is_warned(context: str, text: str, locale: str) -> None:
    _warned(context, text, "cauda_equina_saddle", locale)


# -- 32c. "a bit of" says how much --------------------------------------------------------------

OWN_32C = [
    ("onset", "suddenly, and it's just a bit of weeing myself without knowing", "en-GB"),
    ("onset", "suddenly, and a bit of wetting myself without realising since Sunday", "en-AU"),
    ("side", "both, and there's been a bit of leaking from my bladder I can't feel", "en-US"),
    ("onset", "quickly, and a little bit of wetting myself without knowing, nothing much",
     "en-CA"),
    ("onset", "suddenly, and a bit of weeing myself without knowing, no big deal they said",
     "en-GB"),
    ("side", "both, just a bit of wetting myself without noticing, nothing serious", "en-AU"),
    ("onset", "suddenly, a bit of pooing myself without knowing since last night", "en-GB"),
    ("onset", "all at once, a bit of soiling myself without knowing", "en-US"),
    ("side", "both, and some days a bit of weeing myself without knowing", "en-IN"),
    ("onset", "suddenly, it's only a little bit of wetting myself without realising", "en-GB"),
]


@pytest.mark.parametrize(("context", "text", "locale"), OWN_32C)
def test_a_sign_told_in_an_amount_is_heard(context: str, text: str, locale: str) -> None:
    """Warned, or (after a slow start, where a timed sign is asked when it began) read as a
    plain yes and asked when it began, never confirmed as a doubt."""
    speech, answers, flags = say_at(context, text, locale)
    if "cauda_equina_bladder" in flags and warned_first(speech):
        return
    assert answers.get("bladder_bowel") == "yes", (flags, answers, speech)
    assert "in the last few days" in speech, (answers, speech)


# -- 32d. a toe's colour said with "-ish" ------------------------------------------------------

OWN_32D = [
    ("onset", "slowly, and I think a toe might be going darkish, could be a bruise", "en-GB"),
    ("onset", "gradually, and maybe my big toe is turning blackish", "en-AU"),
    ("side", "the right, my little toe has gone darkish, not sure why", "en-US"),
    ("onset", "slowly, I think the tip of my toe is going blackish", "en-CA"),
    ("side", "left one, and the toes are a bit darkish now, might be nothing", "en-IN"),
    ("onset", "over months, and my toe has turned darkish, I reckon", "en-GB"),
    ("side", "one leg, a couple of toes going blackish maybe", "en-AU"),
    ("onset", "slowly, perhaps my toe is getting darkish at the tip", "en-US"),
    ("side", "left, and my toe tips look darkish, could be the cold", "en-GB"),
    ("onset", "gradually, and my second toe went darkish, I'm not sure", "en-IN"),
]


@pytest.mark.parametrize(("context", "text", "locale"), OWN_32D)
def test_a_toe_said_darkish_is_heard(context: str, text: str, locale: str) -> None:
    speech, answers, flags = say_at(context, text, locale)
    if warned_first(speech):
        return
    assert answers.get("foot_wound") in ("yes", "unsure"), (flags, answers, speech)
    assert "Just to check" in speech, (answers, speech)


# -- controls: idioms and denials stay unflagged; plain flags still warn --------------------------

CONTROLS_NOT_FLAGGED = [
    ("onset", "slowly, and my face fell when I saw the bill", "en-GB"),
    ("onset", "slowly, and I nearly wet myself laughing at the telly", "en-GB"),
    ("side", "both, and no numbness down there", "en-AU"),
    ("side", "both, there's a numb patch on the bottom of my foot", "en-US"),
    ("side", "the left, a numb patch on my leg just behind the knee", "en-GB"),
    ("onset", "slowly, and the numb patch is on my outer thigh", "en-CA"),
    ("onset", "gradually, a bit of tingling in my feet", "en-IN"),
    ("side", "both, a bit of numbness in my toes", "en-AU"),
    ("onset", "slowly, my smile slid off my face when I heard the news", "en-US"),
    ("side", "both, no numb patch around my bottom or back passage", "en-GB"),
    ("onset", "slowly, the rug slid down the stairs and I slipped", "en-GB"),
    ("onset", "slowly, and a bit of pins and needles in the soles", "en-GB"),
]


@pytest.mark.parametrize(("context", "text", "locale"), CONTROLS_NOT_FLAGGED)
def test_idioms_and_denials_are_not_flagged(context: str, text: str, locale: str) -> None:
    not_flagged_at(context, text, locale)


CONTROLS_WARNED = [
    ("onset", "suddenly, and my face is drooping on one side", "en-GB", "stroke_signs"),
    ("onset", "suddenly, and my speech is slurred", "en-US", "stroke_signs"),
    ("onset", "suddenly, and I've wet myself without knowing", "en-AU", "cauda_equina_bladder"),
    ("side", "both, and my bum is numb", "en-GB", "cauda_equina_saddle"),
    ("duration", "two days, numb around my back passage", "en-GB", "cauda_equina_saddle"),
    ("onset", "suddenly, I can't control my bladder", "en-CA", "cauda_equina_bladder"),
    ("onset", "suddenly, and my leg is cold and white", "en-US", "limb_ischaemia"),
]


@pytest.mark.parametrize(("context", "text", "locale", "flag"), CONTROLS_WARNED)
def test_plain_flags_still_warn(context: str, text: str, locale: str, flag: str) -> None:
    _warned(context, text, flag, locale)


def test_a_bit_said_without_of_keeps_its_doubt() -> None:
    speech, answers, flags = say_at("side", "both, I think I leak a bit, not sure", "en-GB")
    assert answers.get("bladder_bowel") in ("unsure", None), (answers, flags, speech)
    assert "cauda_equina_bladder" not in flags or "Just to check" in speech, (flags, speech)


def test_heard() -> None:
    _heard("onset", "suddenly, and the left side of my face has slid down", "en-US",
           "stroke_signs", "face_arm_speech")


# -- 32e. a length said without its article, more said straight after it -----------------------

OWN_32E = [
    ("duration", "couple weeks its going up my legs from my feet its at my thighs now", "en-US",
     "ascending_numbness"),
    ("duration", "couple days my face is drooping on one side", "en-US", "stroke_signs"),
    ("duration", "few days I've wet myself without knowing", "en-AU", "cauda_equina_bladder"),
    ("duration", "couple of days my bum has gone numb", "en-GB", "cauda_equina_saddle"),
    ("duration", "few weeks and the numbness has crept up from my feet to my knees", "en-CA",
     "ascending_numbness"),
    ("duration", "couple hours my leg is cold and white", "en-US", "limb_ischaemia"),
    ("duration", "few hours and my speech is slurred", "en-GB", "stroke_signs"),
    ("duration", "couple weeks now the tingling is climbing up both legs to my hips", "en-AU",
     "ascending_numbness"),
    ("duration", "couple days I can't feel when I wipe", "en-CA", "cauda_equina_saddle"),
    ("duration", "few hours my face has slid down on the right", "en-IN", "stroke_signs"),
]


@pytest.mark.parametrize(("context", "text", "locale", "flag"), OWN_32E)
def test_a_length_without_its_article_keeps_what_follows(context: str, text: str, locale: str,
                                                          flag: str) -> None:
    """Warned, or (a timed sign after a slow start) the sign read and asked when it began."""
    speech, answers, flags = say_at(context, text, locale)
    if flag in flags and warned_first(speech):
        return
    assert "in the last few days" in speech, (flags, answers, speech)


CONTROLS_32E = [
    ("duration", "couple weeks", "weeks", "en-US"),
    ("duration", "few days", "days", "en-GB"),
    ("duration", "couple of months", "months", "en-AU"),
    ("duration", "couple weeks and nothing else really", "weeks", "en-CA"),
]


@pytest.mark.parametrize(("context", "text", "duration", "locale"), CONTROLS_32E)
def test_a_length_without_its_article_alone_is_the_length(context: str, text: str,
                                                          duration: str, locale: str) -> None:
    speech, answers, flags = say_at(context, text, locale)
    assert answers.get("duration") == duration and not flags, (answers, flags, speech)


# -- 32f. a length then "back pain", with no comma between ---------------------------------------

OWN_32F = [
    ("duration", "one week, back pain is there, maybe fever also, and might be leg weakness, "
     "not sure", "en-IN", "spinal_infection_with_nerve_signs"),
    ("duration", "two weeks back pain is there and fever also", "en-IN", "back_pain_with_fever"),
    ("duration", "three weeks back pain and a temperature since Sunday", "en-GB",
     "back_pain_with_fever"),
    ("duration", "four weeks back ache with fever and chills", "en-AU", "back_pain_with_fever"),
    ("duration", "two months back pain is there, I have fever also", "en-IN",
     "back_pain_with_fever"),
    ("duration", "six weeks back pain and I've had a high temperature for days", "en-US",
     "back_pain_with_fever"),
    ("duration", "two weeks back pain, now fever is there and my legs are weak", "en-IN",
     "spinal_infection_with_nerve_signs"),
    ("duration", "five weeks back pain, and I've been running a fever", "en-CA",
     "back_pain_with_fever"),
    ("duration", "one week back pain is there, fever is also there", "en-IN",
     "back_pain_with_fever"),
    ("duration", "two weeks back pain with fever and sweats", "en-GB", "back_pain_with_fever"),
]


@pytest.mark.parametrize(("context", "text", "locale", "flag"), OWN_32F)
def test_a_length_then_back_pain_reads_the_back(context: str, text: str, locale: str,
                                               flag: str) -> None:
    _warned(context, text, flag, locale)


CONTROLS_32F = [
    ("onset", "slowly, I hurt my knee a few weeks back", "en-GB"),
    ("onset", "gradually, it started a couple of months back", "en-AU"),
    ("onset", "slowly, a few years back I had a fever but that's long gone", "en-IN"),
]


@pytest.mark.parametrize(("context", "text", "locale"), CONTROLS_32F)
def test_a_time_ago_said_with_back_stays_a_time(context: str, text: str, locale: str) -> None:
    _, answers = not_flagged_at(context, text, locale)
    assert "back_pain" not in answers, answers
