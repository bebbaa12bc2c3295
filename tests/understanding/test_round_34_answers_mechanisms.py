"""Round 34 (answers34): answers about the past and double denials, in batch 37's tuning half.
A habit of the past said over ("I used to leak a bit but not any more", "used to, not any
more", "I used to have a bad back years ago but not any more") was read as the thing now (a
bladder leak, back pain) or not at all; a plain double denial naming two parts of a question
("no, the foot doesn't ache lying down and there's no black toes") was asked again, its "down"
and "there" read as one loose mention of the saddle area across two clauses; and a state said
over before what is now ("I used to be fine, not any more, now I leak") had its "not" deny what
"now" tells. Said in words of our own to the offline simulator (the interaction model
included), across the five locales, with controls (docs/clinical-safety.md 5zzzq). No held-back
material was read.

34s. A habit said over ("used to ... not any more / not these days / no longer"): no; what it
held (a leak after childbirth, an old bad back) is history. Said back ("it's come back"), or a
past heavy drinking that ended only last month, stays as before.

34t. A loose mention ("down there") is not read across a join of two clauses ("lying down and
there's no sore"): the double denial is a no.

34u. "Not any more, now ...": the "not" ends with "any more"; what "now" tells is not denied.
"""

from __future__ import annotations

import pytest

from tests.phrasings.runner import warned_first
from tests.understanding.openings import flags_of, history_of, opened_with
from tests.understanding.test_words_in_context import say_at

# -- 34s. a habit of the past said over ---------------------------------------------------------

OWN_34S = [
    ("back_pain", "en-US", "I used to get a sore back but not any more"),
    ("back_pain", "en-GB", "used to, but not these days"),
    ("back_pain", "en-AU", "I used to have a crook back years back but not anymore"),
    ("back_pain", "en-CA", "used to, not any more, the physio sorted it out"),
    ("back_pain", "en-IN", "I used to have back pain but not now"),
    ("bladder_bowel", "en-GB", "I used to leak a little after my second baby but not any more"),
    ("bladder_bowel", "en-AU", "I used to dribble a bit but not these days"),
    ("bladder_bowel", "en-US", "used to, not anymore"),
    ("bladder_bowel", "en-CA", "I used to leak when I sneezed but not any more, all good now"),
    ("alcohol", "en-GB", "used to, not any more, I've been off the drink for ten years"),
    ("alcohol", "en-AU", "I used to but not any more"),
    ("alcohol", "en-IN", "used to, but no longer"),
    ("alcohol", "en-US", "used to, not anymore, sober since twenty fifteen"),
]


@pytest.mark.parametrize(("context", "locale", "text"), OWN_34S)
def test_a_habit_said_over_answers_no(context: str, locale: str, text: str) -> None:
    speech, answers, flags = say_at(context, text, locale)
    assert answers.get(context) == "no" and not flags and not warned_first(speech), (
        answers, flags, speech)


CONTROLS_34S = [
    # said back, or new: the flag is raised and warned first (rule 1, rule 3)
    ("bladder_bowel", "en-GB", "I used to leak a bit but it's come back this week",
     "cauda_equina_bladder"),
    ("bladder_bowel", "en-AU", "I used to wet myself but it came back yesterday",
     "cauda_equina_bladder"),
]


@pytest.mark.parametrize(("context", "locale", "text", "flag"), CONTROLS_34S)
def test_a_habit_said_back_is_still_warned(context: str, locale: str, text: str,
                                           flag: str) -> None:
    speech, _, flags = say_at(context, text, locale)
    assert flag in flags and warned_first(speech), (flags, speech)


def test_a_past_drinking_that_ended_last_month_still_counts() -> None:
    """NHS peripheral neuropathy: years of heavy drinking damage the nerves; stopped last month,
    the drinking is still a likely cause: yes."""
    _, answers, _ = say_at("alcohol", "no, but I used to drink a lot until last month", "en-US")
    assert answers.get("alcohol") == "yes", answers


def test_used_to_be_fine_is_not_a_no() -> None:
    """ "I used to be fine, not any more" says the opposite of a habit over: never no."""
    _, answers, _ = say_at("back_pain", "I used to be fine, not any more", "en-CA")
    assert answers.get("back_pain") != "no", answers


def test_one_leg_then_both_stays_both() -> None:
    _, answers, _ = say_at("side", "it used to be one leg, now it's both", "en-GB")
    assert answers.get("side") == "both_legs", answers


# -- 34t. a loose mention is not read across two clauses -----------------------------------------

OWN_34T = [
    ("circulation_signs", "en-US",
     "no, it doesn't hurt when I lie down and there's no sore on my foot"),
    ("circulation_signs", "en-GB",
     "no, the foot's fine lying down and there are no sores that won't heal"),
    ("circulation_signs", "en-CA",
     "nope, no pain when I settle down and there's nothing black on my toes"),
    ("circulation_signs", "en-AU", "nah, it doesn't ache when I lie down and there's no sores"),
    ("circulation_signs", "en-IN", "no, no pain when I sit down and there is no wound also"),
    ("circulation_signs", "en-GB", "no, it's comfy when I lie down and there's no ulcer"),
    ("circulation_signs", "en-US", "no, it doesn't throb lying down and there are no dark toes"),
    ("circulation_signs", "en-AU", "no, it's fine when I'm lying down, and there's no sore spots"),
    ("circulation_signs", "en-CA",
     "no, it's okay once I lie down and there's no cuts that won't heal"),
    ("circulation_signs", "en-IN",
     "no, the foot is not paining lying down and there is no black toe"),
]


@pytest.mark.parametrize(("context", "locale", "text"), OWN_34T)
def test_a_double_denial_across_two_clauses_is_no(context: str, locale: str, text: str) -> None:
    speech, answers, flags = say_at(context, text, locale)
    assert answers.get(context) == "no" and not flags and not warned_first(speech), (
        answers, flags, speech)


OWN_34T_FLAGS = [
    ("en-GB", "I can't feel anything down there and I've wet myself", "cauda_equina_"),
    ("en-US", "it's numb down below and I can't pee", "cauda_equina_"),
    ("en-AU", "my legs went weak and I've got no feeling down there", "cauda_equina_"),
]


@pytest.mark.parametrize(("locale", "opening", "flag"), OWN_34T_FLAGS)
def test_down_there_said_together_still_warns(locale: str, opening: str, flag: str) -> None:
    state, speech = opened_with(locale, opening)
    assert any(f.startswith(flag) for f in flags_of(state)) and warned_first(speech), (
        flags_of(state), history_of(state), speech)


# -- 34u. "not any more, now ...": what now tells is not denied ----------------------------------

OWN_34U = [
    ("back_pain", "en-CA", "I used to be fine, not any more, now my back hurts all the time"),
    ("back_pain", "en-GB", "I used to be okay, not anymore, now my lower back aches"),
    ("back_pain", "en-AU", "used to be right as rain, not any more, now my back's sore"),
    ("back_pain", "en-US", "I was never bothered, not any more, now my back is killing me"),
    ("back_pain", "en-IN", "I used to be fit, not any more, now my back is paining"),
    ("bladder_bowel", "en-GB", "I used to be fine, not any more, now I'm wetting myself"),
    ("bladder_bowel", "en-AU", "I used to be fine, not anymore, now I can't hold my wee"),
    ("bladder_bowel", "en-US", "I used to be fine, not any more, now I can't feel when I pee"),
    ("bladder_bowel", "en-CA", "used to be normal, not any more, now I've wet myself twice"),
    ("bladder_bowel", "en-IN", "I used to be okay, not any more, now I am not able to pass urine"),
]


@pytest.mark.parametrize(("context", "locale", "text"), OWN_34U)
def test_what_now_tells_after_not_any_more_is_not_denied(context: str, locale: str,
                                                         text: str) -> None:
    _, answers, _ = say_at(context, text, locale)
    assert answers.get(context) in ("yes", None) and answers.get(context) != "no", answers


OWN_34U_FLAGS = [
    ("en-GB", "I used to be fine, not any more, now I've wet myself and I can't feel my bum",
     "cauda_equina_"),
    ("en-AU", "My feet tingle. I used to leak a bit after the kids but it's come back this week "
     "and I can't hold it", "cauda_equina_"),
    ("en-US", "My face used to droop but not any more, and now my arm is weak and my speech is "
     "slurred", "stroke"),
    ("en-CA", "I used to have a bad back but not any more, now my legs gave way this morning",
     "new_leg_weakness"),
    ("en-IN", "I used to be fine, not any more, now my foot is cold and white since one hour",
     "limb_ischaemia"),
]


@pytest.mark.parametrize(("locale", "opening", "flag"), OWN_34U_FLAGS)
def test_a_red_flag_beside_a_past_said_over_is_warned_first(locale: str, opening: str,
                                                           flag: str) -> None:
    state, speech = opened_with(locale, opening)
    assert any(f.startswith(flag) for f in flags_of(state)) and warned_first(speech), (
        flags_of(state), history_of(state), speech)


# -- 34v. a greeting, opener or word of address of another English said first -------------------

OWN_34V = [
    ("en-CA", "Sasa, my feet have been tingling for about three weeks now."),
    ("en-GB", "Habari, both my feet have been numb for a couple of months."),
    ("en-GB", "Assalamualaikum, my left foot has had pins and needles for a week."),
    ("en-GB", "Salaam, my mum's feet have gone numb over the last few months."),
    ("en-AU", "Ah sure look, both my feet have been numb for a few weeks."),
    # "Ah sure," alone was taken back at round 34's merge: its "ah" may go unheard, and "sure
    # do", an everyday yes, lost its "sure" to it (interaction_model/carriers.yaml)
    ("en-GB", "Eh up, me feet have been going numb for a month or so."),
    ("en-GB", "Ey up, my left leg's had pins and needles for two weeks."),
    ("en-IN", "Doctor, my both feet are burning since two months."),
    ("en-IN", "Doctor sahib, my soles are tingling for three weeks."),
    ("en-CA", "Nurse, my feet have been tingly for a few weeks."),
    ("en-CA", "Jambo, my shins have been numb for about a month."),
]


@pytest.mark.parametrize(("locale", "opening"), OWN_34V)
def test_a_greeting_or_address_said_first_leaves_the_rest_read(locale: str,
                                                              opening: str) -> None:
    state, speech = opened_with(locale, opening)
    assert history_of(state).strip() and "didn't catch" not in speech, (
        history_of(state), speech)


OWN_34V_FLAGS = [
    ("en-CA", "Sasa, since yesterday my legs are going weak and I can't stand.",
     "new_leg_weakness"),
    ("en-GB", "Assalamualaikum, my dad's face has dropped on one side and his leg is numb.",
     "stroke"),
    ("en-AU", "Ah sure look, my face has dropped on one side and my leg's gone numb.", "stroke"),
    ("en-GB", "Eh up, I've wet meself and I can't feel me bum.", "cauda_equina_"),
    ("en-IN", "Doctor, my foot is suddenly cold and white since one hour.", "limb_ischaemia"),
    ("en-CA", "Nurse, I can't control my bladder since this morning.", "cauda_equina_"),
]


@pytest.mark.parametrize(("locale", "opening", "flag"), OWN_34V_FLAGS)
def test_a_red_flag_after_a_greeting_or_address_is_warned_first(locale: str, opening: str,
                                                                flag: str) -> None:
    state, speech = opened_with(locale, opening)
    assert any(f.startswith(flag) for f in flags_of(state)) and warned_first(speech), (
        flags_of(state), history_of(state), speech)
