"""Round 28 (safety28): red flags said in dialect, slang or as a speech recogniser writes them,
and an injury read from words that, beside bladder trouble or legs that give way, say that sign
instead; said in words of our own to the offline simulator at a real point of a screening (the
interaction model included), across the five locales, with controls (docs/clinical-safety.md
5zzo). No held-back material was read.

28a. "her mouth is droopin on the one side and she's talkin funny" (a dropped "g": the reader
reads the "-ing" word when it knows that and not the word as said), "i cant control my bowl" (the
bowels as a recogniser writes them, said with the control lost), "lost control of me number
twos", "i might not have full control of my waterworks" (less than full control is lost control,
never its denial), "my undercarriage has gone plumb numb", "my left peg's just given way", "i
cant feel anything down below during sex", "numb in the bedroom department", "the pain's
something terrible, worst I've had in my life": words in understanding.yaml, and one reader step
for the dropped "g" (Reader._dropped_g).

28b. "i cant control my bowl since this morning i had an accident", "my legs won't hold me, I've
fallen twice": the bare accident or fall read as an injury to the spine. Beside bladder or bowel
trouble said for certain, or after legs said for certain to give way, the injury is not taken
from the turn (its own question still asks it); a part hit, a place or an event named anywhere
keeps it (understanding.yaml `not_taken_beside`).
"""

from __future__ import annotations

import pytest

from tests.phrasings.runner import warned_first
from tests.understanding.test_words_in_context import say_at
from tests.understanding.test_words_in_context import warned_at as _warned

# -- 28a. red flags said in dialect, slang or as a recogniser writes them -----------------------

OWN_28A_WARNED = [
    ("onset", "all of a sudden her mouth is droopin on one side", "en-US", "stroke_signs"),
    ("side", "both, and he's talkin funny since this mornin", "en-US", "stroke_signs"),
    ("duration", "a few hours, and my face is droopin", "en-GB", "stroke_signs"),
    ("onset", "suddenly and i'm slurrin my words", "en-US", "stroke_signs"),
    ("onset", "suddenly and i cant control my bowl", "en-US", "cauda_equina_bladder"),
    ("onset", "suddenly, and I've lost control of my bowls", "en-CA", "cauda_equina_bladder"),
    ("onset", "suddenly, lost control of me number twos", "en-AU", "cauda_equina_bladder"),
    ("onset", "suddenly, lost control of my number ones", "en-GB", "cauda_equina_bladder"),
    ("onset", "suddenly, and I don't have full control of my bladder any more", "en-GB",
     "cauda_equina_bladder"),
    ("onset", "sudden, my undercarriage has gone plumb numb", "en-US", "cauda_equina_saddle"),
    ("onset", "suddenly, my left peg's given way", "en-GB", "new_leg_weakness"),
    ("onset", "suddenly, and me pegs have buckled under me", "en-AU", "new_leg_weakness"),
    ("side", "both and i cant feel a thing down there during sex", "en-US", "cauda_equina_sexual"),
    ("side", "both, and there's numbness in my privates during intercourse", "en-CA",
     "cauda_equina_sexual"),
    ("onset", "suddenly, and it's gone numb in the bedroom department", "en-AU",
     "cauda_equina_sexual"),
    ("onset", "suddenly, and the ache is something terrible", "en-GB", "severe_pain"),
    ("onset", "suddenly, the pain, it's the worst I've felt in my whole life", "en-US",
     "severe_pain"),
    ("onset", "all of a sudden and y'all her mouth is droopin on the one side and she's talkin "
     "funny", "en-US", "stroke_signs"),
    ("onset", "suddenly and i cant control my bowl since this morning", "en-IN",
     "cauda_equina_bladder"),
    ("side", "both and since a few days i cant feel anything down below during sex", "en-GB",
     "cauda_equina_sexual"),
    ("side", "both, and since four days there is numbness in private parts during intercourse",
     "en-IN", "cauda_equina_sexual"),
]
# on the base 3c16ad7: 1 of these 21 warned its flag (the worst in my whole life; the numbness
# during sex or intercourse warned the saddle flag only); after: 21 of 21


@pytest.mark.parametrize(("context", "text", "locale", "flag"), OWN_28A_WARNED)
def test_a_red_flag_said_in_dialect_slang_or_as_written_by_the_recogniser_warns(
        context: str, text: str, locale: str, flag: str) -> None:
    _warned(context, text, flag, locale)


@pytest.mark.parametrize(("text", "locale"), [
    ("suddenly and i might not have full control of my waterworks since yesterday not sure",
     "en-US"),
    ("suddenly, I think I haven't got full control of my bladder", "en-GB"),
])
def test_less_than_full_control_said_in_doubt_is_asked_never_denied(text: str,
                                                                     locale: str) -> None:
    speech, answers, flags = say_at("onset", text, locale)
    assert answers.get("bladder_bowel") != "no", (answers, speech)
    assert "cauda_equina_bladder" in flags or "Just to check" in speech, (flags, speech)


CONTROLS_28A = [
    # (context, said, locale, finding or None, its answer): no flag, the answer kept
    ("onset", "suddenly, and I've been talkin to my doctor about it", "en-US", "onset", "sudden"),
    ("side", "both, and I'm feelin fine otherwise", "en-US", "side", "both_legs"),
    ("face_arm_speech", "no, her face isn't droopin", "en-US", "face_arm_speech", "no"),
    ("face_arm_speech", "nope, nothin wrong with my speech", "en-US", "face_arm_speech", "no"),
    ("face_arm_speech", "no, I'm slurrin cause I got no teeth in, face and arms are fine",
     "en-US", "face_arm_speech", "no"),
    ("face_arm_speech", "no, I'm slurring cause I've got my dentures out", "en-GB",
     "face_arm_speech", "no"),
    ("onset", "suddenly, i was eating a bowl of soup", "en-US", "onset", "sudden"),
    ("side", "both, and i dropped my cereal bowl", "en-US", "side", "both_legs"),
    ("bladder_bowel", "no, I have full control of my bladder", "en-GB", "bladder_bowel", "no"),
    ("bladder_bowel", "no, full control of my waterworks", "en-US", "bladder_bowel", "no"),
    ("side", "both, my number one worry is my legs", "en-GB", "side", "both_legs"),
    ("duration", "about two weeks, it's number two on my list", "en-GB", "duration", "weeks"),
    ("leg_weakness", "no, my pegs are fine", "en-GB", "leg_weakness", "no"),
    ("side", "both, I take two pegs of whisky at night", "en-IN", "side", "both_legs"),
    ("onset", "suddenly, the washing line peg broke", "en-GB", "onset", "sudden"),
    ("onset", "suddenly, I was watching the worst film I've seen in my life", "en-US", "onset",
     "sudden"),
    ("onset", "suddenly, the traffic was something terrible", "en-GB", "onset", "sudden"),
    ("onset", "slowly, the weather's been something terrible", "en-US", "onset", "gradual"),
    ("severe_pain", "no, the pain is bearable", "en-GB", "severe_pain", "no"),
    ("side", "both, and everything's normal during sex", "en-US", "sexual_function", "no"),
    ("saddle_numbness", "no, I can feel everything down there", "en-US", "saddle_numbness",
     "no"),
    ("side", "both, the bedroom department is fine", "en-AU", "side", "both_legs"),
    ("side", "both, I've been goin to the gym", "en-US", "side", "both_legs"),
    ("onset", "slowly, it's been comin on for weeks", "en-US", "onset", "gradual"),
    ("side", "both, my legs are thin", "en-US", "side", "both_legs"),
]
# on the base: 24 of these 25 (no flag, the answer kept); "no, I'm slurring cause I've got my
# dentures out" warned of a stroke ("no, I'm slurrin cause ..." was a no only because "slurrin"
# was not read); after: 25 of 25


@pytest.mark.parametrize(("context", "text", "locale", "finding", "answer"), CONTROLS_28A)
def test_dialect_words_and_look_alikes_raise_no_flag_and_keep_the_answer(
        context: str, text: str, locale: str, finding: str, answer: str) -> None:
    speech, answers, flags = say_at(context, text, locale)
    assert not flags and not warned_first(speech), (flags, speech)
    assert answers.get(finding) == answer, (answers, speech)


# -- 28b. an accident beside bladder words, a fall after legs that give way ---------------------

OWN_28B_WARNED = [
    # (context, said, locale, the flag warned): and no injury to the spine read
    ("onset", "suddenly and i cant control my bowl since this morning i had an accident",
     "en-US", "cauda_equina_bladder"),
    ("onset", "suddenly, i had an accident this morning, i couldn't hold my bladder", "en-GB",
     "cauda_equina_bladder"),
    ("side", "both, since yesterday he is having accidents, no control of bladder", "en-IN",
     "cauda_equina_bladder"),
    ("onset", "suddenly, and i had a bowel accident this morning", "en-CA",
     "cauda_equina_bladder"),
    ("duration", "a few days and i keep having accidents, i wet myself", "en-US",
     "cauda_equina_bladder"),
    ("onset", "suddenly and i've had an accident, wet myself without knowing", "en-GB",
     "cauda_equina_bladder"),
    ("side", "both, and I had an accident last night, I wet the bed", "en-GB",
     "cauda_equina_bladder"),
    ("onset", "suddenly, lost control of my bowels and had an accident", "en-AU",
     "cauda_equina_bladder"),
    ("leg_weakness", "yes, since yesterday, eh, my legs won't hold me, I've fallen twice",
     "en-CA", "new_leg_weakness"),
    ("onset", "suddenly, my legs gave way and i fell", "en-US", "new_leg_weakness"),
    ("onset", "sudden, his legs are weak, he fell two times", "en-IN", "new_leg_weakness"),
    ("side", "both, my legs keep giving way and I've had a couple of falls since Monday",
     "en-GB", "new_leg_weakness"),
]
# on the base 3c16ad7: none of these 12 (each read the accident or the fall as an injury, or
# asked about one: spinal_injury raised beside the flag, or warned instead of it); after: 12 of 12


@pytest.mark.parametrize(("context", "text", "locale", "flag"), OWN_28B_WARNED)
def test_an_accident_beside_bladder_words_or_a_fall_after_weak_legs_is_no_spine_injury(
        context: str, text: str, locale: str, flag: str) -> None:
    speech, answers, flags = say_at(context, text, locale)
    assert flag in flags and warned_first(speech), (flags, speech)
    assert "spinal_injury" not in flags and "injury" not in answers, (answers, flags)


CONTROLS_28B_INJURY = [
    # a part hit, a place, a vehicle or an event named, or the fall said first: still an injury
    ("onset", "suddenly, I fell down the stairs and hit my back", "en-GB"),
    ("onset", "suddenly, after a car accident this morning", "en-US"),
    ("injury", "I fell off a ladder and landed on my back", "en-GB"),
    ("onset", "suddenly, i had an accident this morning", "en-US"),
    ("onset", "suddenly, i fell this morning", "en-US"),
    ("onset", "suddenly, I had an accident at work and now I can't control my bladder", "en-US"),
    ("onset", "suddenly, I fell on the ice this morning and now I've wet myself", "en-GB"),
    ("onset", "suddenly, my legs gave way and I fell down the stairs", "en-US"),
    ("onset", "suddenly, my legs gave way and I fell and hit my head", "en-US"),
    ("onset", "suddenly, I came off my bike this morning and I've wet myself", "en-AU"),
    ("onset", "suddenly, I slipped in the shower this morning and my legs won't hold me",
     "en-US"),
    ("onset", "suddenly, my legs gave way this morning and I fell off the chair", "en-US"),
    ("onset", "suddenly, I had a car accident yesterday, I can't hold my wee", "en-GB"),
    ("onset", "suddenly, I fell this morning and now my legs are weak", "en-US"),
    ("side", "both and i fell yesterday because my legs wouldn't hold me", "en-US"),
    ("onset", "suddenly, I was in a crash this morning and I've lost control of my bladder",
     "en-CA"),
    ("onset", "sudden, he fell from the roof today, now he cannot pass urine", "en-IN"),
    ("onset", "suddenly, since the accident this morning my legs won't hold me", "en-GB"),
    ("onset", "suddenly, got tackled hard at footy this arvo and me legs gave way", "en-AU"),
    ("onset", "suddenly, I tripped and fell this morning and I can't hold my bladder", "en-US"),
    ("leg_weakness", "yes, I've had a couple of falls, my legs just go", "en-GB"),
]
# on the base: spinal_injury raised in all 21; after: the same (the last: the falls said before
# the legs that give way, so the fall is kept and asked about as an injury, rule 3)


@pytest.mark.parametrize(("context", "text", "locale"), CONTROLS_28B_INJURY)
def test_an_injury_named_beside_bladder_trouble_or_weak_legs_is_still_warned(
        context: str, text: str, locale: str) -> None:
    speech, _, flags = say_at(context, text, locale)
    assert "spinal_injury" in flags and warned_first(speech), (flags, speech)


CONTROLS_28B_QUIET = [
    # idioms and answers of no injury: no flag, the answer kept
    ("side", "both, I had an accident in the car last year and my bladder is fine", "en-GB",
     "bladder_bowel", "no"),
    ("side", "both, my phone's given way", "en-GB", "side", "both_legs"),
    ("injury", "no, no falls, no accidents", "en-GB", "injury", "no"),
    ("bladder_bowel", "no accidents, bladder's fine", "en-US", "bladder_bowel", "no"),
    ("bladder_bowel", "no, the dog had an accident on the carpet", "en-GB", "bladder_bowel",
     "no"),
    ("leg_weakness", "no, my legs are fine, I haven't fallen", "en-US", "leg_weakness", "no"),
    ("injury", "nope, no fall", "en-AU", "injury", "no"),
    ("bladder_bowel", "no, I have full control of my bladder", "en-US", "bladder_bowel", "no"),
    ("leg_weakness", "no, they hold me fine", "en-CA", "leg_weakness", "no"),
    ("injury", "no, never had an accident", "en-IN", "injury", "no"),
]


@pytest.mark.parametrize(("context", "text", "locale", "finding", "answer"), CONTROLS_28B_QUIET)
def test_no_accident_and_no_fall_said_raise_no_flag(context: str, text: str, locale: str,
                                                     finding: str, answer: str) -> None:
    speech, answers, flags = say_at(context, text, locale)
    assert not flags and not warned_first(speech), (flags, speech)
    assert answers.get(finding) == answer, (answers, speech)
