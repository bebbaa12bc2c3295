"""Batch 20's red-flag and false-flag classes (round 17), read by rule rather than by sentence:
each class in words of our own, said to the offline simulator at a real point of a screening
(request envelopes in, replies and session state out), across the five locales. Every rule that
could lower an outcome has must-warn controls beside it, said without commas (Alexa sends none).

The classes: a turn opened with "its" (no apostrophe) or "bout"; a fall said as "went down hard
on"; "shouldn't have" (a regret) is no denial of what follows; "a wee" heard as "a we"; straining
to pass a trickle; numbness or weakness "not staying put"; blood on a sock or a cut not felt; not
getting a full breath; pain under a cast; "not bad, it's unbearable".
"""

from __future__ import annotations

import pytest

from tests.phrasings.runner import warned_first
from tests.understanding.test_words_in_context import say_at
from tests.understanding.test_words_in_context import warned_at as _warned

LOCALES = ("en-US", "en-CA", "en-GB", "en-AU", "en-IN")


# -- 1. a turn opened with "its" (no apostrophe) or "bout" is read through --

@pytest.mark.parametrize("locale", LOCALES)
def test_a_turn_opened_with_its_is_read(locale: str) -> None:
    _warned("onset", "its a pain but since monday i cant stand up from the sofa my legs wont "
            "hold me", "new_leg_weakness", locale)


@pytest.mark.parametrize("locale", LOCALES)
def test_a_turn_opened_with_bout_is_read(locale: str) -> None:
    _warned("duration", "bout three hours my foots gone white and icy and i cant move my toes",
            "limb_ischaemia", locale)


# -- 2. a fall said as going down hard on a part of the back --

@pytest.mark.parametrize(("text", "locale"), [
    ("I went down hard on my backside on the ice this morning and my legs are tingling", "en-US"),
    ("I went down heavily on my bum on the wet step today and now my feet are numb", "en-GB"),
    ("I went down hard on me tailbone at the skate park today and my legs are all tingly", "en-AU"),
    ("I went down hard on my hip on the ice yesterday and my legs feel numb", "en-CA"),
    ("I went down hard on my back in the bathroom today and the legs are numb", "en-IN"),
])
def test_going_down_hard_on_the_back_is_an_injury(text: str, locale: str) -> None:
    _warned("onset", text, "spinal_injury", locale)


# -- 3. "shouldn't have" is a regret, no denial of what follows --

@pytest.mark.parametrize(("text", "locale"), [
    ("my wife says I shouldn't have climbed up there I fell off the roof today and my legs are "
     "numb", "en-US"),
    ("I know I shouldn't have got back up I fell off a ladder this morning and my legs are numb",
     "en-GB"),
    ("shouldn't have been up there really I came off the roof today and me legs are numb",
     "en-AU"),
    ("I should not have been riding so fast I fell off my bike today and my legs are numb",
     "en-IN"),
    ("I really shouldn't have tried it I fell off the deck today and my legs are tingling",
     "en-CA"),
])
def test_a_regret_said_first_denies_no_fall(text: str, locale: str) -> None:
    _warned("onset", text, "spinal_injury", locale)


@pytest.mark.parametrize(("text", "locale"), [
    # controls: a fall plainly denied is still no fall
    ("no I did not fall I just woke up with it", "en-GB"),
    ("no I haven't fallen or hurt my back at all", "en-US"),
    # ...and a regret said before a denial still denies
    ("no I should not have worried about it I have not had any fall", "en-AU"),
    ("no and I shouldn't have any injury to my back either", "en-IN"),
])
def test_a_fall_plainly_denied_is_still_no_fall(text: str, locale: str) -> None:
    _, answers, flags = say_at("injury", text, locale)
    assert answers.get("injury") == "no" and "spinal_injury" not in flags, (answers, flags)


# -- 4. "a wee" heard as "a we" --

@pytest.mark.parametrize(("text", "locale"), [
    ("since friday i have no idea when i need a we i just find myself wet", "en-GB"),
    ("since sunday i cant tell when i need a we till its too late", "en-AU"),
    ("since yesterday i cant tell when i need a we and i just leak", "en-US"),
    ("since two days i do not know when i need a we it just comes", "en-IN"),
    ("since saturday i cant tell when i need a we anymore", "en-CA"),
])
def test_a_wee_heard_as_we_is_the_bladder_sign(text: str, locale: str) -> None:
    _warned("onset", text, "cauda_equina_bladder", locale)


@pytest.mark.parametrize("locale", ("en-GB", "en-AU"))
def test_we_as_a_word_is_no_bladder_sign(locale: str) -> None:
    _, answers, flags = say_at("onset", "gradually and we think it started at christmas",
                               locale)
    assert "cauda_equina_bladder" not in flags and answers.get("bladder_bowel") != "yes", (
        answers, flags)


# -- 5. straining to pass only a trickle --

@pytest.mark.parametrize(("text", "locale"), [
    ("both and since yesterday I push and push and only a trickle comes out", "en-US"),
    ("both legs and I strain and strain on the loo and barely a dribble comes since Monday",
     "en-GB"),
    ("both and I have to strain for ages and it only dribbles out since the weekend", "en-AU"),
    ("both legs and since yesterday I am straining and straining and urine barely trickles",
     "en-IN"),
    ("both and I keep straining and it just trickles out since yesterday", "en-CA"),
])
def test_straining_for_a_trickle_is_the_bladder_sign(text: str, locale: str) -> None:
    _warned("side", text, "cauda_equina_bladder", locale)


# -- 6. numbness or weakness "not staying put" is spreading, not a denial --

@pytest.mark.parametrize(("text", "locale"), [
    ("both and it won't stay put the weakness has crept up to my knees since yesterday",
     "en-US"),
    ("both and it isn't staying put the weakness is moving up my legs since this morning",
     "en-GB"),
    ("both and it's not staying put the weakness is climbing up my legs since yesterday",
     "en-AU"),
    ("both and it is not staying put the weakness is going up my legs since yesterday",
     "en-IN"),
    ("both and it won't stay put the weakness is spreading up my legs since last night",
     "en-CA"),
])
def test_weakness_not_staying_put_is_ascending_weakness(text: str, locale: str) -> None:
    speech, answers, flags = say_at("side", text, locale)
    assert "ascending_weakness" in flags and warned_first(speech), (answers, flags, speech)
    assert answers.get("leg_weakness") != "no", answers


@pytest.mark.parametrize(("text", "locale"), [
    # controls: numbness that stays put is still no spreading
    ("both and it stays put in my toes it has never moved", "en-GB"),
    ("both and it's staying put in my feet", "en-US"),
])
def test_numbness_staying_put_is_no_spreading(text: str, locale: str) -> None:
    _, answers, flags = say_at("side", text, locale)
    assert answers.get("spreading_up") != "yes" and "ascending_numbness" not in flags, (answers,
                                                                                      flags)


# -- 7. blood on a sock, or a cut not felt, with diabetes --

@pytest.mark.parametrize(("text", "locale"), [
    ("yes type two and last week there was blood on my sock from a cut I never felt", "en-US"),
    ("yes and I found blood on my socks this morning and I never felt anything", "en-GB"),
    ("yes I'm diabetic and there was blood in my sock from a cut I didn't feel", "en-AU"),
    ("yes sugar is there and I saw blood on the socks from some cut I never felt", "en-IN"),
    ("yes on metformin and my wife saw blood on my socks from a cut I couldn't feel", "en-CA"),
])
def test_blood_on_a_sock_with_diabetes_is_a_foot_wound(text: str, locale: str) -> None:
    _warned("diabetes", text, "diabetic_foot_wound", locale)


# -- 8. not getting a full breath in --

@pytest.mark.parametrize(("text", "locale"), [
    ("both and I can't get a full breath in today", "en-US"),
    ("both and I can't seem to get a proper breath in since this morning", "en-GB"),
    ("both and I can't get a decent breath in mate", "en-AU"),
    ("both and I am not able to take a full breath since today", "en-IN"),
    ("both and I can't quite get a deep breath in", "en-CA"),
])
def test_no_full_breath_is_the_breathing_sign(text: str, locale: str) -> None:
    _warned("side", text, "breathing_swallowing", locale)


# -- 9. pain under a cast --

@pytest.mark.parametrize(("text", "locale"), [
    ("the right it's in a cast and the pain under the cast is horrendous", "en-US"),
    ("the left it's in plaster and the pain inside the plaster is unbearable", "en-GB"),
    ("the right one it's in a cast and the pain under the cast is killing me", "en-AU"),
    ("the left it is in plaster and pain inside the plaster is very severe", "en-IN"),
    ("the right it's in a cast and the pain under the cast is excruciating", "en-CA"),
])
def test_severe_pain_under_a_cast_is_compartment_syndrome(text: str, locale: str) -> None:
    _warned("side", text, "compartment_syndrome", locale)


# -- 10. "not bad, it's unbearable": a correction upward, no denial --

@pytest.mark.parametrize(("text", "locale"), [
    ("it's not bad it's unbearable I can't sit still", "en-US"),
    ("it isn't bad it's unbearable I've been sobbing", "en-GB"),
    ("it's not bad it's unbearable mate", "en-AU"),
    ("it is not bad it is unbearable I am crying", "en-IN"),
    ("not bad it's excruciating honestly", "en-CA"),
])
def test_not_bad_but_unbearable_is_severe_pain(text: str, locale: str) -> None:
    _warned("onset", text, "severe_pain", locale)


@pytest.mark.parametrize(("text", "locale"), [
    # controls: "not bad" alone, or bearable, is no severe pain
    ("gradually and the pain is not bad", "en-GB"),
    ("slowly and it's not bad at all", "en-US"),
])
def test_not_bad_alone_is_no_severe_pain(text: str, locale: str) -> None:
    speech, answers, flags = say_at("onset", text, locale)
    assert "severe_pain" not in flags, (answers, flags, speech)


# -- 11. asking whether a thing counts, before saying it --

@pytest.mark.parametrize(("text", "locale"), [
    ("would a slip count I went down hard on my backside on the ice today and my legs tingle",
     "en-US"),
    ("does falling count I came off my bike this morning and now my legs are numb", "en-GB"),
    ("does a tumble count I fell off the trampoline today and me legs are numb", "en-AU"),
    ("does slipping count I slipped and fell on my back in the bathroom today and legs are numb",
     "en-IN"),
    ("would that count I fell down the basement stairs today and my legs are numb", "en-CA"),
])
def test_asking_whether_a_fall_counts_reads_the_fall(text: str, locale: str) -> None:
    _warned("onset", text, "spinal_injury", locale)


# -- 12. the edge of the numbness marked on the leg, moving up --

@pytest.mark.parametrize(("text", "locale"), [
    ("my wife drew on my leg with a marker and the numb line has crept up since yesterday",
     "en-US"),
    ("my son marked it in biro and the numb edge has moved up past my knee since Monday",
     "en-GB"),
    ("the line the nurse drew has moved up a few inches since this morning", "en-AU"),
    ("my daughter put a pen mark and the pen line has gone up since yesterday", "en-IN"),
    ("we marked where it stops and the numb line has climbed higher since Sunday", "en-CA"),
])
def test_a_marked_line_moving_up_is_spreading_numbness(text: str, locale: str) -> None:
    _warned("onset", text, "ascending_numbness", locale)


@pytest.mark.parametrize(("text", "locale"), [
    # controls: a marked line that has not moved is no spreading
    ("slowly and the pen line hasn't moved up at all", "en-GB"),
    ("gradually and the numb line my wife drew is still in the same place", "en-US"),
])
def test_a_marked_line_that_stays_is_no_spreading(text: str, locale: str) -> None:
    _, answers, flags = say_at("onset", text, locale)
    assert "ascending_numbness" not in flags and answers.get("spreading_up") != "yes", (answers,
                                                                                      flags)


# -- 13. pain from the back to both calves ("calves" read as the calf) --

@pytest.mark.parametrize(("text", "locale"), [
    ("both and the pain runs from my back into my calves", "en-US"),
    ("both and it shoots from my back down into both calves", "en-GB"),
    ("both and the pain goes from my back right into my calves", "en-AU"),
    ("both sides and radiating pain is there from the back to the calves", "en-IN"),
    ("both and there's pain from my back to my calves", "en-CA"),
])
def test_pain_from_the_back_to_both_calves_is_sciatica_in_both_legs(text: str,
                                                                    locale: str) -> None:
    _warned("side", text, "bilateral_sciatica", locale)


# -- 14. a cast that may be too tight, said with a doubt: warned or checked, never passed by --

@pytest.mark.parametrize(("text", "locale"), [
    ("my leg is in plaster and I think it's too tight and it really hurts", "en-GB"),
    ("he's got a cast on and I reckon it might be too tight", "en-AU"),
    ("my shin is in a cast and I worry it could be too tight", "en-US"),
    ("my leg is in a plaster and I think it may be too tight", "en-IN"),
    ("my ankle's in a cast and I think it might be too tight now", "en-CA"),
])
def test_a_cast_perhaps_too_tight_is_warned_or_checked(text: str, locale: str) -> None:
    speech, answers, flags = say_at("onset", text, locale)
    assert "compartment_syndrome" in flags or answers.get("compartment") == "unsure" or (
        "tight" in speech.lower() and "cast" in speech.lower()), (answers, flags, speech)


# -- 15. passing less urine, said with a doubt, is checked --

@pytest.mark.parametrize(("text", "locale"), [
    ("both and maybe I'm not peeing as much as usual", "en-US"),
    ("both and perhaps I'm not weeing as often as normal", "en-GB"),
    ("both and I reckon I'm weeing less than usual", "en-AU"),
    ("both and I think I am passing less urine than before", "en-IN"),
    ("both and I might be peeing less than normal", "en-CA"),
])
def test_less_urine_said_with_a_doubt_is_checked(text: str, locale: str) -> None:
    speech, answers, flags = say_at("side", text, locale)
    assert answers.get("bladder_bowel") in ("unsure", "yes") or "cauda_equina_bladder" in flags, (
        answers, flags, speech)


# -- 16. foot pain easier when the leg hangs down --

@pytest.mark.parametrize(("text", "locale"), [
    ("both and the pain in my foot is better when I let it hang down", "en-US"),
    ("both and my foot pain eases when I let it dangle over the side", "en-GB"),
    ("both and the ache in me foot is easier if I let it hang down", "en-AU"),
    ("both and foot pain is less when I let it hang down from the cot", "en-IN"),
    ("both and the pain in my foot settles when I let it dangle down", "en-CA"),
])
def test_foot_pain_eased_by_hanging_it_down_is_rest_pain(text: str, locale: str) -> None:
    _warned("side", text, "critical_limb_ischaemia", locale)


# -- 17. lying down "actually" easing the back is no night pain --

@pytest.mark.parametrize(("text", "locale"), [
    ("no fever and lying down actually eases my back", "en-US"),
    ("no and resting usually helps my back a lot", "en-GB"),
    ("no temperature and lying flat actually settles my back", "en-AU"),
    ("no fever and lying down generally relieves my back", "en-IN"),
    ("no fever and lying down honestly helps", "en-CA"),
])
def test_lying_down_actually_easing_the_back_is_no_night_pain(text: str, locale: str) -> None:
    _, answers, flags = say_at("fever", text, locale)
    assert answers.get("night_pain") == "no" and "back_pain_at_night" not in flags, (answers,
                                                                                     flags)


@pytest.mark.parametrize(("text", "locale"), [
    # controls: said with a "not", or worse at night, it is still night pain, warned
    ("no fever and lying down actually doesn't ease my back at all", "en-US"),
    ("no and lying down usually doesn't help my back it's worse at night", "en-AU"),
    ("no fever and resting never eases my back it keeps me awake at night", "en-GB"),
])
def test_lying_down_not_easing_the_back_is_still_night_pain(text: str, locale: str) -> None:
    _warned("fever", text, "back_pain_at_night", locale)
