"""Round 35 (safety35): three safety mechanisms, said in words of our own to the offline simulator
(the interaction model included), across the five locales, with controls (docs/clinical-safety.md
5zzzr). No held-back material was read.

35a. A spread told within ONE leg ("it's crept up my right leg from the ankle to the knee") is no
numbness spreading up both legs (NHS Guillain-Barre): it does not raise ascending_numbness or
both_legs_worsening. With one leg said, it is not taken as that sign; with both legs said, it is
asked in one short question (a hedge, never dropped); with no side told yet it is read as before
(rule 3: at the merge, round 20's marked line "moved up past my knee", said before any side, had
lost its warning). A spread up both
legs, or to the other leg, is read as before; "gone to the other leg now" is both legs.

35b. The back OF a leg ("an ache down the back of my thigh") is where sciatica's leg pain runs
(NHS sciatica), not back pain; "pain in my lower back" stays back pain.

35c. Jamaican and Caribbean English: "cyaan", "kyaan", "caan" are "can't"; "mi" before wee,
pee, water or bowels is "my"; "good" after an ability said lost ("kyaan walk good") is "well".
"""

from __future__ import annotations

import pytest

from tests.phrasings.runner import warned_first
from tests.understanding.openings import flags_of, history_of, opened_with
from tests.understanding.test_words_in_context import say_at

_RISING = {"ascending_numbness", "both_legs_worsening"}

# -- 35a. a spread told within one leg ------------------------------------------------------------

OWN_35A_OPENINGS = [
    ("en-GB", "the numbness has crept up my right leg from the ankle to the knee"),
    ("en-AU", "it's travelled up the one leg, from my heel to my calf"),
    ("en-IN", "numbness is spreading from my foot till my knee in the left leg only"),
    ("en-US", "the tingling has climbed up my left leg to the thigh"),
]


@pytest.mark.parametrize(("locale", "text"), OWN_35A_OPENINGS)
def test_a_spread_within_one_leg_said_first_raises_no_rising_flag(locale: str, text: str) -> None:
    state, speech = opened_with(locale, text)
    assert not _RISING & set(flags_of(state)) and not warned_first(speech), (
        flags_of(state), speech)
    assert "didn't catch" not in speech, speech


# No side told yet ("that leg" names none): in doubt, the spread is read as before (rule 3).
@pytest.mark.parametrize(("locale", "text"), [
    ("en-US", "the tingling has climbed up that leg to the thigh"),
    ("en-GB", "the numb edge has moved up past my knee since Monday"),
])
def test_a_spread_said_before_any_side_keeps_its_warning(locale: str, text: str) -> None:
    state, speech = opened_with(locale, text)
    assert "ascending_numbness" in flags_of(state) and warned_first(speech), (
        flags_of(state), speech)


OWN_35A_AT = [
    ("side", "en-CA", "just the left, it's climbed from my foot to my shin"),
    ("side", "en-US", "one leg, it's worked its way up from the ankle to the thigh"),
    # both legs known before: the one leg's spread is asked, not taken (a hedge)
    ("duration", "en-GB", "three weeks, it's moved up my left leg to the knee"),
    ("back_pain", "en-AU", "yeah, and the tingling has crept up the one leg to the thigh"),
]


@pytest.mark.parametrize(("context", "locale", "text"), OWN_35A_AT)
def test_a_spread_within_one_leg_raises_no_rising_flag(context: str, locale: str,
                                                       text: str) -> None:
    speech, answers, flags = say_at(context, text, locale)
    assert not _RISING & flags and not warned_first(speech), (flags, speech)
    assert answers.get("spreading_up") != "yes", answers


def test_a_spread_within_one_leg_beside_both_legs_is_asked() -> None:
    """Rule 3: with both legs told, the one leg's spread is checked in one question."""
    speech, _, _ = say_at("duration", "two weeks, it's gone from my foot to my knee", "en-GB")
    assert "spreading up both legs" in speech, speech


CONTROLS_35A = [
    ("side", "en-AU", "both, and the numbness is creeping up my legs to the knees",
     "ascending_numbness"),
    ("duration", "en-US", "two weeks and it's climbed from my feet to my knees",
     "ascending_numbness"),
    ("duration", "en-CA", "ten days, and it's rising up both legs", "ascending_numbness"),
    ("back_pain", "en-GB", "yes, and it's spreading up both legs", "both_legs_worsening"),
    ("side", "en-IN", "both legs, numbness is going up from the feet to the knees",
     "ascending_numbness"),
]


@pytest.mark.parametrize(("context", "locale", "text", "flag"), CONTROLS_35A)
def test_a_spread_up_both_legs_is_still_warned(context: str, locale: str, text: str,
                                               flag: str) -> None:
    speech, _, flags = say_at(context, text, locale)
    assert flag in flags and warned_first(speech), (flags, speech)


def test_a_spread_up_both_legs_said_first_is_still_warned() -> None:
    state, speech = opened_with("en-GB", "it's climbing up both my legs, it's at my knees now")
    assert "ascending_numbness" in flags_of(state) and warned_first(speech), (
        flags_of(state), speech)


OWN_35A_OTHER_LEG = [
    ("en-GB", "it started in my left and now it's spread into the other leg"),
    ("en-US", "it's moved to the other foot now"),
    ("en-AU", "it's gone across to my other leg as well"),
    ("en-CA", "it jumped to the other side this week"),
]


@pytest.mark.parametrize(("locale", "text"), OWN_35A_OTHER_LEG)
def test_gone_to_the_other_leg_is_both_legs(locale: str, text: str) -> None:
    state, _ = opened_with(locale, text)
    assert " side=both_legs" in history_of(state), history_of(state)


def test_the_other_leg_alone_is_still_one_leg() -> None:
    _, answers, _ = say_at("side", "not the right, the other one", "en-GB")
    assert answers.get("side") == "one_leg", answers


# -- 35b. the back of a leg is sciatica's leg pain, not back pain ---------------------------------

OWN_35B_OPENINGS = [
    ("en-GB", "I get an ache down the back of my thigh"),
    ("en-US", "there's a burning pain running down the back of my leg to my heel"),
    ("en-AU", "it stabs down the back of me leg into the calf"),
    ("en-IN", "pain is coming down the back of my left leg"),
]


@pytest.mark.parametrize(("locale", "text"), OWN_35B_OPENINGS)
def test_the_back_of_a_leg_is_not_back_pain(locale: str, text: str) -> None:
    state, _ = opened_with(locale, text)
    assert " back_pain=yes" not in history_of(state), history_of(state)


OWN_35B_AT = [
    ("en-CA", "no, the pain is down the back of my knee and calf"),
    ("en-GB", "no, just the back of my thigh aches"),
]


@pytest.mark.parametrize(("locale", "text"), OWN_35B_AT)
def test_the_back_of_a_leg_answers_no_to_back_pain(locale: str, text: str) -> None:
    _, answers, _ = say_at("back_pain", text, locale)
    assert answers.get("back_pain") == "no", answers


CONTROLS_35B_OPENINGS = [
    ("en-GB", "pain in my lower back"),
    ("en-US", "my lower back hurts and it shoots down the back of my leg"),
    ("en-AU", "my back's been killing me and the back of my leg is numb"),
]


@pytest.mark.parametrize(("locale", "text"), CONTROLS_35B_OPENINGS)
def test_the_back_itself_is_still_back_pain(locale: str, text: str) -> None:
    state, _ = opened_with(locale, text)
    assert " back_pain=yes" in history_of(state), history_of(state)


def test_yes_low_down_in_my_back_is_still_yes() -> None:
    _, answers, _ = say_at("back_pain", "yes, low down in my back", "en-GB")
    assert answers.get("back_pain") == "yes", answers


# -- 35c. Jamaican and Caribbean English -----------------------------------------------------------

OWN_35C_BLADDER = [
    ("en-GB", "mi caan hold mi pee"),
    ("en-US", "mi kyaan control mi bowels"),
    ("en-AU", "a true, mi cyaan hold mi wee good"),
    ("en-IN", "mi cyaan feel when mi wee coming"),
]


@pytest.mark.parametrize(("locale", "text"), OWN_35C_BLADDER)
def test_caribbean_cant_hold_my_wee_is_the_bladder_sign(locale: str, text: str) -> None:
    """In months-old numbness the sign is recorded and its timing asked next (as in plain
    English); said new, it is warned at once (below)."""
    _, answers, _ = say_at("bladder_bowel", text, locale)
    assert answers.get("bladder_bowel") == "yes", answers


def test_caribbean_cant_pass_my_water_today_is_warned() -> None:
    speech, _, flags = say_at("bladder_bowel", "mi cyaan pass mi water since morning", "en-CA")
    assert any(f.startswith("cauda_equina") for f in flags) and warned_first(speech), (
        flags, speech)


OWN_35C_WEAK = [
    ("en-GB", "mi cyaan stand up pon mi leg dem"),
    ("en-CA", "mi kyaan walk too good"),
    ("en-US", "I can't walk good no more"),
    ("en-AU", "mi caan lift mi foot"),
]


@pytest.mark.parametrize(("locale", "text"), OWN_35C_WEAK)
def test_caribbean_cant_walk_is_weakness(locale: str, text: str) -> None:
    _, answers, _ = say_at("leg_weakness", text, locale)
    assert answers.get("leg_weakness") == "yes", answers


CONTROLS_35C = [
    ("bladder_bowel", "en-GB", "no, mi wee fine", "bladder_bowel=no"),
    ("bladder_bowel", "en-US", "nah, mi pee good", "bladder_bowel=no"),
    ("leg_weakness", "en-GB", "no, mi walk good", "leg_weakness=no"),
    ("leg_weakness", "en-CA", "no, I can walk good", "leg_weakness=no"),
]


@pytest.mark.parametrize(("context", "locale", "text", "expected"), CONTROLS_35C)
def test_mi_elsewhere_is_not_misread(context: str, locale: str, text: str,
                                     expected: str) -> None:
    speech, answers, flags = say_at(context, text, locale)
    finding, value = expected.split("=")
    assert answers.get(finding) == value and not flags and not warned_first(speech), (
        answers, flags, speech)


def test_mi_foot_said_first_is_no_flag() -> None:
    state, speech = opened_with("en-GB", "mi foot numb from mi see di doctor")
    assert not flags_of(state) and not warned_first(speech), (flags_of(state), speech)
