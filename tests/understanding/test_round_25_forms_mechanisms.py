"""Round 25 (forms25): batch 28's tuning failures taken as mechanisms, said in words of our own
to the offline simulator at a real point of a screening (the interaction model included), across
the five locales, with controls beside every rule (docs/clinical-safety.md 5zzc).

25a. Indian English "X was there" / "X were there" before where or when ("previously cancer was
there in prostate", "numbness was there around the anus"): the past of round 24's "is there"
(5zz 24c); the symptom was parted from its place, and the red flag was not read.

25b. A word of the body inside a set phrase after "the only ... is" ("the only fall I've had is
falling behind on the housework", "the only thing creeping up is going back to work"): the
"behind" or "back" counted as the body, so the figure of speech was read as the sign (and "is
going back" was taken as a request to go back).

25c. A thing denied by "no", then a clause of its own, the comma lost in Alexa's words ("no
fever, back pain is worse at night", "no injury, my legs gave way this morning"): the "no"
reaches the next clause and denies its red flag. The rule written for it was taken back at the
merge (it raised false flags on held-back material and warned no held-back run more); round 26's
narrower rule (5zzg) reads its sentences, which pass again, its controls as they read.
"""

from __future__ import annotations

import pytest

from tests.understanding.test_words_in_context import say_at
from tests.understanding.test_words_in_context import warned_at as _warned

# -- 25a. "was there" / "were there" before where or when ------------------------------------

OWN_25A_WARNED = [
    # batch 28's own phrasing (sx-b28-ra-0040)
    ("duration", "two days only, previously cancer was there in prostate", "numbness_after_cancer",
     "en-IN"),
    ("duration", "three days, numbness was there around the anus also since yesterday",
     "cauda_equina_saddle", "en-IN"),
    ("side", "both, and numbness was also there between the legs yesterday", "cauda_equina_saddle",
     "en-IN"),
    ("onset", "suddenly, and drooping was there on one side of the face in the morning",
     "stroke_signs", "en-IN"),
    ("duration", "five days, tingling was there in the private part since two days",
     "cauda_equina_saddle", "en-IN"),
    ("side", "both legs, weakness was there in both legs since morning", "new_leg_weakness",
     "en-IN"),
    ("duration", "since two days, tumour was there in kidney before, removed",
     "numbness_after_cancer", "en-IN"),
]
# before: 2 of these 7 warned (the weakness and the tumour, from their other words); after: 7 of
# 7. Of our 13 variants, 2 warned before, 7 after; the five that say a cancer in other forms
# ("earlier cancer was there in breast", "there was cancer in my prostate years ago") are read
# as a cancer said in doubt and checked ("Just to check: Have you ever had cancer?") before and
# after, as "earlier cancer in breast" is; "back pain was there at night also" after a length
# is not understood before or after (left)


@pytest.mark.parametrize(("context", "text", "flag", "locale"), OWN_25A_WARNED)
def test_a_symptom_said_to_have_been_there_is_read_with_its_place(context: str, text: str,
                                                                  flag: str, locale: str) -> None:
    _warned(context, text, flag, locale)


@pytest.mark.parametrize(("context", "text", "finding", "value"), [
    ("cancer_history", "no, cancer was never there", "cancer_history", "no"),
    ("cancer_history", "no cancer was there in family also", "cancer_history", "no"),
    ("saddle_numbness", "no, nothing was there in the private area", "saddle_numbness", "no"),
    ("saddle_numbness", "no numbness was there around the back passage", "saddle_numbness",
     "no"),
    ("leg_weakness", "no weakness was there in the legs", "leg_weakness", "no"),
    ("face_arm_speech", "no, nothing like that was there", "face_arm_speech", "no"),
    ("duration", "it was there since two weeks", "duration", "weeks"),
])
def test_was_there_denied_or_said_last_keeps_its_reading(context: str, text: str, finding: str,
                                                         value: str) -> None:
    speech, answers, flags = say_at(context, text, "en-IN")
    assert answers.get(finding) == value and not flags, (answers, flags, speech)


@pytest.mark.parametrize("locale", ["en-US", "en-GB", "en-IN"])
def test_it_was_there_when_i_got_up_stays_a_sudden_onset(locale: str) -> None:
    # "was there when" is left out of the compounds: it dates the onset (batch 6's sx-b6-on-0012
    # failed with it in, in every locale)
    speech, answers, flags = say_at("onset", "it was there when I got out of bed", locale)
    assert answers.get("onset") == "sudden" and not flags, (answers, flags, speech)


# -- 25b. a word of the body inside a set phrase after "the only ... is" ----------------------

OWN_25B_NO = [
    # batch 28's own phrasing (sx-b28-it-0012, five locales)
    ("injury", "no, the only fall I've had is falling behind on the housework", "injury",
     "en-US"),
    ("injury", "no, the only fall I've had is falling behind with the bills", "injury", "en-GB"),
    ("injury", "no, the only falling I do is falling behind at work", "injury", "en-US"),
    ("injury", "no, only fall is falling behind in work", "injury", "en-IN"),
    ("injury", "no, the only fall was falling behind on my payments", "injury", "en-US"),
    ("injury", "no, the only fall I've had is me falling behind with the ironing", "injury",
     "en-GB"),
    ("injury", "no, the only fall is falling behind on studies", "injury", "en-IN"),
    ("spreading_up", "no, the only thing creeping up is going back to work on Monday",
     "spreading_up", "en-US"),
    ("leg_weakness", "no, the only weakness I have is going back for seconds", "leg_weakness",
     "en-GB"),
    ("severe_pain", "no, the only real pain is going back to work", "severe_pain", "en-AU"),
    ("bladder_bowel", "no, the only thing I've lost control of is falling behind with the bills",
     "bladder_bowel", "en-GB"),
    ("spreading_up", "no, the only thing climbing is falling behind on the mortgage",
     "spreading_up", "en-CA"),
]
# before: 3 of these 12 answered no (the last three); 8 were read as the sign (six falls and
# "creeping up" warned), and "going back for seconds" as weakness; after: 12 of 12. The first
# fix alone sent "is going back ..." to the request to go back: it is no request after
# "the only ... is"


@pytest.mark.parametrize(("context", "text", "finding", "locale"), OWN_25B_NO)
def test_a_figure_after_the_only_is_no_sign_though_it_holds_behind_or_back(
        context: str, text: str, finding: str, locale: str) -> None:
    speech, answers, flags = say_at(context, text, locale)
    assert answers.get(finding) == "no" and not flags, (answers, flags, speech)


@pytest.mark.parametrize(("context", "text", "flag", "locale"), [
    ("saddle_numbness", "yes, the only thing numb is me bum", "cauda_equina_saddle", "en-GB"),
    ("saddle_numbness", "yes, the only thing I can't feel is my behind", "cauda_equina_saddle",
     "en-US"),
    ("injury", "yes, the only fall I've had is falling down the stairs onto my back",
     "spinal_injury", "en-GB"),
    ("injury", "the only fall I've had is falling off a ladder onto my back last night",
     "spinal_injury", "en-US"),
    ("spreading_up", "yeah, the only thing creeping up is the numbness, up my legs",
     "ascending_numbness", "en-AU"),
    ("injury", "only fall was when I fell on my back yesterday", "spinal_injury", "en-IN"),
])
def test_the_body_named_after_the_only_is_still_the_sign(context: str, text: str, flag: str,
                                                         locale: str) -> None:
    _warned(context, text, flag, locale)


@pytest.mark.parametrize(("context", "text", "locale"), [
    ("side", "can we go back to the last question", "en-US"),
    ("side", "that's wrong, go back", "en-AU"),
    ("duration", "the only thing I want is to go back", "en-US"),
])
def test_going_back_asked_for_is_still_a_request(context: str, text: str, locale: str) -> None:
    speech, _, _ = say_at(context, text, locale)
    assert "go back" in speech, speech


def test_the_fall_into_sleep_stays_no_fall() -> None:
    speech, answers, flags = say_at("injury", "no, the only fall I've had is falling asleep",
                                    "en-US")
    assert answers.get("injury") == "no" and not flags, (answers, flags, speech)


# -- 25c. a thing denied by "no", then a clause of its own ------------------------------------

OWN_25C_WARNED = [
    # batch 28's own phrasing (sx-b28-ra-0055)
    ("fever", "no fever, night time back pain is more, cannot sleep", "back_pain_at_night",
     "en-IN"),
    ("fever", "no fever, back pain is worse at night", "back_pain_at_night", "en-US"),
    ("fever", "no fever, my back pain wakes me at night", "back_pain_at_night", "en-GB"),
    ("fever", "no chills, my back hurts more at night", "back_pain_at_night", "en-US"),
    ("fever", "no shivers, the pain wakes me up at night", "back_pain_at_night", "en-GB"),
    ("fever", "no temperature, my back keeps me awake at night", "back_pain_at_night", "en-CA"),
    ("injury", "no injury, my legs gave way this morning", "new_leg_weakness", "en-US"),
    ("severe_pain", "no pain, my leg is cold and white", "limb_ischaemia", "en-AU"),
]
# before: 0 of these 8 warned (each sign recorded as a no); after: 8 of 8. Of our 13 variants,
# 2 were right before (their signs in words that hold their own negation), 11 after; left: "no
# fever, back's killing me at night" (a verb the rule does not know as opening a clause) and
# "no drooping, her speech is slurred" (one finding, denied and said in one breath)


# (round 26, safety26, 5zzg: these were strict expected failures after 25c was taken back at
# round 25's merge; round 26's narrower rule, Reader._sign_after_a_thing_denied, reads them)


@pytest.mark.parametrize(("context", "text", "flag", "locale"), OWN_25C_WARNED)
def test_a_no_before_a_thing_does_not_deny_the_next_clause(context: str, text: str, flag: str,
                                                           locale: str) -> None:
    _warned(context, text, flag, locale)


def test_a_no_before_a_fever_leaves_weak_legs_said_after_it() -> None:
    speech, answers, _ = say_at("fever", "no fever my legs are weak", "en-US")
    assert answers.get("fever") == "no" and answers.get("leg_weakness") == "yes", (answers,
                                                                                    speech)


@pytest.mark.parametrize(("context", "text", "locale", "finding"), [
    ("fever", "no fever, no night pain", "en-US", "night_pain"),
    ("fever", "no fever or night pain", "en-US", "night_pain"),
    ("fever", "no fever no weight loss no night pain", "en-US", "night_pain"),
    ("fever", "no fever, back pain is fine at night", "en-GB", "night_pain"),
    ("fever", "no fever, it's not worse at night", "en-US", "night_pain"),
    # a negation of its own in the next clause: the "no" is not taken from it
    ("fever", "no fever, night pain is not there", "en-IN", "night_pain"),
    ("injury", "no injury, my back is fine", "en-US", "injury"),
    ("injury", "no falls, my balance is fine", "en-AU", "injury"),
    ("severe_pain", "no pain, my legs are just numb", "en-AU", "severe_pain"),
    ("leg_weakness", "no weakness, my legs hold me fine", "en-US", "leg_weakness"),
    ("leg_weakness", "no weakness, I can walk fine", "en-US", "leg_weakness"),
    ("bladder_bowel", "no bladder trouble, my waterworks are normal", "en-GB", "bladder_bowel"),
    ("bladder_bowel", "no leaking my bladder is fine", "en-US", "bladder_bowel"),
    ("saddle_numbness", "no numbness, the saddle area is fine", "en-GB", "saddle_numbness"),
    ("face_arm_speech", "no drooping, her speech is fine", "en-US", "face_arm_speech"),
    ("cold_pale_leg", "no change in colour, the leg is warm", "en-US", "cold_pale_leg"),
    ("injury", "no injury, I don't think so", "en-US", "injury"),
    # another person named after it: read as before (whose sign it is, not this rule's)
    ("injury", "no injury, my husband fell though", "en-US", "injury"),
    ("fever", "no fever, my husband has back pain at night", "en-US", "night_pain"),
])
def test_a_denial_said_whole_stays_a_no(context: str, text: str, locale: str,
                                        finding: str) -> None:
    speech, answers, flags = say_at(context, text, locale)
    assert answers.get(finding, "no") == "no" and not flags, (answers, flags, speech)
