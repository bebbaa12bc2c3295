"""Round 24 (forms24): batch 27's tuning failures taken as mechanisms, said in words of our own
to the offline simulator at a real point of a screening (the interaction model included), across
the five locales, with controls beside every rule (docs/clinical-safety.md 5zz).

24a (the Scots and Northern English negatives, "cannae", "dinnae" ... spelt out as "can not",
"do not" ...) was taken back at the merge: measured on the held-back parts it cost one hedged
red-flag run of held back 21 and gained none (docs/clinical-safety.md 5zz, at the merge).

24b. A "not" of a norm inside the words of a denial ("things aren't working right in the
bedroom"): the norm rule dropped the "not", and the denial "things work (right) in the bedroom"
was read, a no to the sexual sign of cauda equina.

24c. Indian English "X is there" / "X is coming" before where or when ("numbness is there
around the anus", "pain is coming at rest also"): the symptom was parted from its place, and the
red flag was not read.

24d. "many" for a length with more said ("many months, and now pain is there in the foot"): no
carrier took it, and the whole turn fell back.

24e. "me" for "my" in "the only thing creeping up is me electric bill": the "me" was taken as
the speaker's body, so the figure of speech was read as the sign.
"""

from __future__ import annotations

import pytest

from tests.understanding.test_words_in_context import say_at
from tests.understanding.test_words_in_context import warned_at as _warned

# -- 24b. a "not" of a norm inside a denial's words -----------------------------------------

OWN_24B_WARNED = [
    # batch 27's own phrasing (sx-b27-rah-0005, five locales)
    ("side", "both, and maybe things aren't working right in the bedroom, I'm not sure, it's "
     "embarrassing", "en-US"),
    ("side", "both and things aren't working right in the bedroom", "en-US"),
    ("duration", "a few weeks and things haven't been working right in the bedroom", "en-GB"),
    ("cauda_equina_signs", "yeah things aren't working well in the bedroom", "en-AU"),
    ("duration", "about a month, and it doesn't work right in the bedroom anymore", "en-CA"),
    ("onset", "slowly, and in the bedroom things are not working properly and all", "en-IN"),
    ("cauda_equina_signs", "I guess everything isn't working right in the bedroom lately",
     "en-US"),
    ("cauda_equina_signs", "well, things aren't working right in the bedroom since last week",
     "en-GB"),
    ("duration", "two weeks and in the bedroom things are not working right", "en-IN"),
    ("cauda_equina_signs", "I think things might not be working right in the bedroom, not sure",
     "en-CA"),
    ("side", "both, and my husband says things aren't working right in the bedroom", "en-GB"),
]
# before: 0 of these 11 warned (7 read as a no to the sign); after: 11 of 11. Of our 12
# variants (the ten above, "it isn't working well in the bedroom" and "things in the bedroom
# aren't working right"), 2 warned before, 12 after


@pytest.mark.parametrize(("context", "text", "locale"), OWN_24B_WARNED)
def test_not_working_right_in_the_bedroom_warns(context: str, text: str, locale: str) -> None:
    _warned(context, text, "cauda_equina_sexual", locale)


@pytest.mark.parametrize(("context", "text", "locale", "finding"), [
    ("cauda_equina_signs", "no, things are working fine in the bedroom", "en-US",
     "sexual_function"),
    ("cauda_equina_signs", "no everything works in the bedroom", "en-GB", "sexual_function"),
    ("cauda_equina_signs", "nah, all good in the bedroom", "en-AU", "sexual_function"),
    ("cauda_equina_signs", "no, it's not new, everything works fine in the bedroom", "en-US",
     "sexual_function"),
    ("cauda_equina_signs", "no, in the bedroom everything is fine", "en-IN", "sexual_function"),
    ("cauda_equina_signs", "no, not right now, things work fine in the bedroom", "en-US",
     "sexual_function"),
    # a norm denied in a clause of its own, before the denial's own subject: still a no
    ("leg_weakness", "no, my legs aren't right they hold me fine though", "en-GB",
     "leg_weakness"),
    ("leg_weakness", "no, my legs hold me fine", "en-US", "leg_weakness"),
    ("bladder_bowel", "no, my bladder works fine", "en-GB", "bladder_bowel"),
])
def test_a_denial_with_no_not_inside_it_stays_a_no(context: str, text: str, locale: str,
                                                   finding: str) -> None:
    speech, answers, flags = say_at(context, text, locale)
    assert answers.get(finding) == "no" and not flags, (answers, flags, speech)


# -- 24c. "is there" / "is coming" before where or when --------------------------------------

OWN_24C_WARNED = [
    # batch 27's own (sx-b27-rf-0027, sx-b27-rah-0028)
    ("duration", "two weeks, and numbness is there around the anus and private part also",
     "cauda_equina_saddle", "en-IN"),
    ("duration", "months, and maybe foot pain is coming at rest also, not sure",
     "critical_limb_ischaemia", "en-IN"),
    ("side", "both, and numbness is there in the private area also", "cauda_equina_saddle",
     "en-IN"),
    ("duration", "one week, and tingling is there around the back passage", "cauda_equina_saddle",
     "en-IN"),
    ("side", "left one, and pain is coming in the foot even when I am resting",
     "critical_limb_ischaemia", "en-IN"),
    ("duration", "a few weeks and the numbness is there around my bottom too",
     "cauda_equina_saddle", "en-US"),
    ("onset", "suddenly, and drooping is there on one side of the face", "stroke_signs", "en-IN"),
    ("side", "both, and numbness is also there between the legs", "cauda_equina_saddle", "en-IN"),
    ("onset", "slowly, and weakness is there in both legs since three days", "new_leg_weakness",
     "en-IN"),
]
# before: 1 of these 9 warned (the weakness, read unsure); after: 9 of 9. Of our 10 variants,
# the 8 that say a red flag warned 1 before, 7 after ("leakage is coming from the bladder
# without control" is read only as a mention of the bladder, as "leakage from the bladder" is:
# left); a claudication and a red swollen foot name no red flag and read as before


@pytest.mark.parametrize(("context", "text", "flag", "locale"), OWN_24C_WARNED)
def test_a_symptom_said_to_be_there_is_read_with_its_place(context: str, text: str, flag: str,
                                                           locale: str) -> None:
    _warned(context, text, flag, locale)


@pytest.mark.parametrize(("context", "text", "locale", "finding", "value"), [
    ("saddle_numbness", "no, nothing is there in the private area", "en-IN", "saddle_numbness",
     "no"),
    ("saddle_numbness", "no numbness is there around the back passage", "en-IN",
     "saddle_numbness", "no"),
    ("bladder_bowel", "no, no problem is there in passing urine", "en-IN", "bladder_bowel", "no"),
    ("leg_weakness", "no, no weakness is there in the legs", "en-IN", "leg_weakness", "no"),
    ("face_arm_speech", "no, nothing like that is there", "en-IN", "face_arm_speech", "no"),
    ("duration", "two weeks, numbness is there in both feet only", "en-IN", "duration", "weeks"),
    ("onset", "slowly, it is there since many months", "en-IN", "onset", "gradual"),
    ("onset", "it's coming on slowly over some weeks", "en-IN", "onset", "gradual"),
])
def test_is_there_keeps_denials_and_plain_answers(context: str, text: str, locale: str,
                                                  finding: str, value: str) -> None:
    speech, answers, flags = say_at(context, text, locale)
    assert answers.get(finding) == value and not flags, (answers, flags, speech)


# -- 24d. "many" for a length, then more -----------------------------------------------------


@pytest.mark.parametrize(("text", "length", "flag"), [
    ("many months, and now pain is there in the foot even at rest, at night it is worse",
     "months", "critical_limb_ischaemia"),
    ("many days, and the face is drooping on one side", "days", "stroke_signs"),
    ("many weeks and now I cannot control my urine", "weeks", None),
    ("many years and now my foot is cold and pale", "months", None),
    ("many days and I am not able to pass urine since morning", "days", "cauda_equina_bladder"),
    ("many weeks and now numbness is there around the private parts", "weeks",
     "cauda_equina_saddle"),
    ("many months now my foot has gone black", "months", "critical_limb_ischaemia"),
    ("many days, and now I am having trouble swallowing", "days", "breathing_swallowing"),
])
def test_many_with_a_length_then_more_reaches_the_reader(text: str, length: str,
                                                         flag: str | None) -> None:
    # before: each fell back ("Sorry, I didn't catch that"), the length and the sign lost. Of
    # our 11 variants, 2 reached the reader before ("many weeks, but now ...", "many months but
    # this week ..."), 11 after; red flags warned 1 before, 7 after
    speech, answers, flags = say_at("duration", text, "en-IN")
    assert answers.get("duration") == length, (answers, speech)
    assert not speech.startswith("Sorry"), speech
    if flag is not None:
        assert flag in flags, (flags, speech)


@pytest.mark.parametrize(("text", "length"), [
    ("many months", "months"), ("many weeks", "weeks"), ("many days", "days"),
    ("several months and now my legs give way", "months"),
])
def test_many_or_several_alone_keeps_its_length(text: str, length: str) -> None:
    _, answers, _ = say_at("duration", text, "en-IN")
    assert answers.get("duration") == length, answers


# -- 24e. "me" for "my" after "the only thing ... is" -----------------------------------------


@pytest.mark.parametrize(("context", "text", "locale"), [
    ("spreading_up", "no, the only thing creeping up is me electric bill", "en-GB"),
    ("leg_weakness", "no, the only thing weak is me tea", "en-GB"),
    ("face_arm_speech", "no, the only thing slurring is me husband after the pub", "en-GB"),
    ("spreading_up", "no, only thing going up is me petrol bill", "en-IN"),
    ("face_arm_speech", "nah, the only thing drooping is me garden", "en-AU"),
    ("leg_weakness", "nah, the only thing giving way is me old fence", "en-AU"),
])
def test_the_only_thing_said_of_me_something_is_a_figure(context: str, text: str,
                                                         locale: str) -> None:
    # before: the first three read as the sign (two warned); after: every one a no
    speech, answers, flags = say_at(context, text, locale)
    assert answers.get(context) == "no" and not flags, (answers, flags, speech)


@pytest.mark.parametrize(("context", "text", "flag", "locale"), [
    ("saddle_numbness", "the only thing numb is me bum", "cauda_equina_saddle", "en-GB"),
    ("face_arm_speech", "the only thing slurred is me speech", "stroke_signs", "en-GB"),
    ("spreading_up", "yes, the only thing creeping up is me numbness", "ascending_numbness",
     "en-GB"),
])
def test_the_only_thing_said_of_me_body_is_still_the_sign(context: str, text: str, flag: str,
                                                          locale: str) -> None:
    _warned(context, text, flag, locale)


@pytest.mark.parametrize("text", ["the only thing weak is me legs",
                                  "the only thing that's weak is me"])
def test_the_only_thing_weak_being_me_is_weakness(text: str) -> None:
    _, answers, _ = say_at("leg_weakness", text, "en-GB")
    assert answers.get("leg_weakness") == "yes", answers
