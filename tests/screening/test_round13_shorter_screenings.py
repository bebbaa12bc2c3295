"""Round 13 (short13): shorter screenings by rule, without losing sensitivity (issue 12,
docs/clinical-safety.md section 5v).

A grouped red-flag question part of which is already settled is not asked again in the words
that hold the settled part: what is left is asked as the group the guidance already has for it.
An old limp checked with its own timing ("no" to "has your walking got worse in the last few
weeks?") settles the weakness part of "Are your legs newly weak, or is there new trouble with
your bladder, bowels or sex life, or numbness between your legs?": a person with a limp of
twenty years says yes to it for the limp, and then heard three more questions one by one. What
is left (bladder, bowels, sex life, numbness between the legs) is one question, and a yes to it
still opens each sign (must-ask controls: a yes, a saddle numbness, a new bladder trouble).

Played through the skill as Alexa sends them (five locales, wordings of our own), and through
the screening API.
"""

from __future__ import annotations

import pytest

from skill.screening.engine import ScreeningEngine, outcome
from skill.screening.knowledge import Level, default_knowledge
from skill.screening.questioning import next_question, with_groups
from tests.alexa.test_review7_panic_leak_and_ischaemia import WARNING, flags
from tests.alexa.test_safety_review import triage
from tests.screening.test_round9_general_rules import converse, history

KB = default_knowledge()
ENGINE = ScreeningEngine(KB)
CAUDA = "cauda_equina_signs"
REST = "nerve_root_signs"  # the bladder, bowel, sexual and saddle signs, without weakness
EACH = ("bladder_bowel", "saddle_numbness", "sexual_function")

OLD_AID = [
    ("en-US", "I've needed a walker for years because of arthritis, and my right foot started "
              "tingling after lunch"),
    ("en-GB", "I've walked with a crutch for years because of my bad hip, and my toes went numb "
              "this afternoon"),
    ("en-AU", "I've had a limp for donkey's years from my crook knee, and my heel's had pins "
              "and needles since this morning"),
    ("en-IN", "I have a limp since many years for my hip, and from this morning my toes are "
              "tingling"),
    ("en-CA", "I've used a cane for a long time because of my knee, and my ankle has felt "
              "tingly since breakfast"),
]
# The limp is no worse lately; to the four-sign question such a person says yes (for the limp).
NOT_WORSE = {"weakness_new": "no", "onset": "slowly", "side": "one leg",
             "duration": "a few hours", CAUDA: "yes"}


def _asked(reply) -> list[str]:
    return [token.partition("=")[0] for token in history(reply).split()]


@pytest.mark.parametrize(("locale", "opening"), OLD_AID)
def test_an_old_limp_not_worse_is_not_asked_about_again_in_the_four_sign_question(
        locale: str, opening: str) -> None:
    spoken, reply = converse(locale, opening, NOT_WORSE)
    asked = _asked(reply)
    assert CAUDA not in asked and REST in asked, history(reply)
    assert not set(EACH) & set(asked), history(reply)
    assert not any(text.startswith(WARNING) for text in spoken), spoken
    assert triage(reply) != "emergency", history(reply)


@pytest.mark.parametrize(("locale", "opening"), OLD_AID)
def test_must_ask_a_yes_to_what_is_left_still_opens_each_sign(locale: str,
                                                              opening: str) -> None:
    said = {**NOT_WORSE, REST: "yes", "saddle_numbness": "yes"}
    spoken, reply = converse(locale, opening, said)
    assert "bladder_bowel" in _asked(reply) and "saddle_numbness" in _asked(reply)
    assert any(text.startswith(WARNING) for text in spoken), spoken
    assert triage(reply) == "emergency" and "cauda_equina_saddle" in flags(reply)


@pytest.mark.parametrize(("locale", "opening"), OLD_AID)
def test_must_ask_new_bladder_trouble_beside_an_old_limp_is_warned(locale: str,
                                                                   opening: str) -> None:
    said = {**NOT_WORSE, REST: "yes", "bladder_bowel": "yes", "recent": "yes"}
    spoken, reply = converse(locale, opening, said)
    assert any(text.startswith(WARNING) for text in spoken), spoken
    assert triage(reply) == "emergency" and "cauda_equina_bladder" in flags(reply)


NO_LIMP = [
    ("en-US", "my feet have been tingly for a few weeks"),
    ("en-GB", "my toes have had pins and needles for a fortnight"),
    ("en-AU", "me feet have been tingly for a few weeks"),
    ("en-IN", "since three weeks my feet are tingling"),
    ("en-CA", "my feet have been tingling for a couple of weeks"),
]


@pytest.mark.parametrize(("locale", "opening"), NO_LIMP)
def test_must_ask_without_a_limp_the_four_signs_are_still_one_question(locale: str,
                                                                       opening: str) -> None:
    _, reply = converse(locale, opening, {"onset": "slowly", "side": "both legs"})
    asked = _asked(reply)
    assert CAUDA in asked and REST not in asked, history(reply)


# -- through the screening API ----------------------------------------------------------------

def test_the_part_left_of_a_group_is_asked_as_its_own_group() -> None:
    answers = {"onset": "gradual", "side": "one_leg", "duration": "hours",
               "weakness_new": "no", "leg_weakness": "no", "sudden_signs": "no"}
    question = next_question(KB, answers, set(answers), lambda _: (Level.ROUTINE, frozenset()))
    assert question is not None and question.id == REST


def test_a_no_to_the_part_left_settles_the_whole_group() -> None:
    answers = {"leg_weakness": "no", REST: "no"}
    settled, asked = with_groups(KB, answers, set(answers))
    assert settled[CAUDA] == "no" and CAUDA in asked
    # a yes to the part left is a yes to the whole group: its signs are asked one by one
    settled, _ = with_groups(KB, {"leg_weakness": "no", REST: "yes"}, {"leg_weakness", REST})
    assert settled[CAUDA] == "yes"


def test_must_ask_a_group_none_of_which_is_settled_is_asked_whole() -> None:
    answers = {"onset": "gradual", "side": "one_leg", "duration": "hours", "sudden_signs": "no"}
    question = next_question(KB, answers, set(answers), lambda _: (Level.ROUTINE, frozenset()))
    assert question is not None and question.id == CAUDA


def test_must_ask_a_group_answered_yes_with_nothing_to_explain_it_asks_each_sign() -> None:
    # yes to the four signs, no to weakness: the yes is one of the others, each asked at once
    step = ENGINE.start()
    for value in ("gradual", "one_leg", "hours", "no", "yes", "no"):
        step = ENGINE.answer(step.state, value)
    assert step.question is not None and step.question.id == "bladder_bowel"


# -- the other cauda equina signs in one breath, beside an old leak -------------------------------
# An old leak (no newer than weeks) answers the bladder part of the four-sign question: the rest
# (weakness, numbness between the legs, a change in sex life) were two questions, "Are your legs
# newly weak?" and "Is there also new numbness between your legs, or a new change in your sex
# life?". The guidance groups them and one breath holds them: one question, whose yes still opens
# each sign.

OTHERS = "weakness_saddle_signs"
OLD_LEAK = [
    ("en-US", "I've leaked a little when I cough ever since my second baby, and my feet have "
              "been tingling for a few weeks"),
    ("en-GB", "I've had a bit of a leak when I sneeze for years, and my toes have gone numb "
              "over the last month"),
    ("en-AU", "I've leaked a bit when I laugh since I had the kids, and me feet have been "
              "tingly for a few weeks"),
    ("en-IN", "Since my deliveries I leak urine when I cough, and since one month my feet are "
              "tingling"),
    ("en-CA", "I've had a little leak when I jump since my hysterectomy years ago, and my feet "
              "have been numb for a few weeks"),
]
LEAK_OLD = {"recent": "no", "bladder_weeks": "no", "onset": "slowly", "side": "both legs",
            "stress_leak": "yes"}


@pytest.mark.parametrize(("locale", "opening"), OLD_LEAK)
def test_beside_an_old_leak_the_other_cauda_equina_signs_are_one_question(
        locale: str, opening: str) -> None:
    spoken, reply = converse(locale, opening, LEAK_OLD)
    asked = _asked(reply)
    assert OTHERS in asked, history(reply)
    assert "leg_weakness" not in asked and "saddle_sexual_signs" not in asked, history(reply)
    assert not any(text.startswith(WARNING) for text in spoken), spoken
    assert triage(reply) != "emergency", history(reply)


@pytest.mark.parametrize(("locale", "opening"), OLD_LEAK)
def test_must_ask_a_yes_to_the_other_signs_opens_each_and_warns(locale: str,
                                                                opening: str) -> None:
    said = {**LEAK_OLD, OTHERS: "yes", "saddle_numbness": "yes"}
    spoken, reply = converse(locale, opening, said)
    asked = _asked(reply)
    assert "leg_weakness" in asked and "saddle_numbness" in asked, history(reply)
    assert any(text.startswith(WARNING) for text in spoken), spoken
    assert triage(reply) == "emergency" and "cauda_equina_saddle" in flags(reply)


@pytest.mark.parametrize(("locale", "opening"), OLD_LEAK)
def test_must_ask_new_weakness_beside_an_old_leak_is_warned(locale: str, opening: str) -> None:
    said = {**LEAK_OLD, OTHERS: "yes", "leg_weakness": "yes"}
    spoken, reply = converse(locale, opening, {**said, "recent": "no"})
    assert any(text.startswith(WARNING) for text in spoken), spoken
    assert triage(reply) in ("emergency", "urgent"), history(reply)


@pytest.mark.parametrize(("locale", "opening"), OLD_LEAK)
def test_must_ask_a_leak_new_in_the_last_few_days_is_warned_at_once(locale: str,
                                                                   opening: str) -> None:
    spoken, reply = converse(locale, opening, {**LEAK_OLD, "recent": "yes"})
    assert any(text.startswith(WARNING) for text in spoken), spoken
    assert triage(reply) == "emergency" and "cauda_equina_bladder" in flags(reply)
    assert OTHERS not in _asked(reply)


def test_a_group_whose_yes_is_still_unexplained_is_asked_sign_by_sign() -> None:
    # a yes to "numbness between your legs, or sex life?" is one of those two: asked each, never
    # again inside the larger group
    answers = {"onset": "gradual", "side": "both_legs", "duration": "weeks",
               "bladder_bowel": "yes", "recent": "no", "bladder_weeks": "no",
               "saddle_sexual_signs": "yes", "leg_weakness": "no"}
    question = next_question(KB, answers, set(answers), lambda _: (Level.ROUTINE, frozenset()))
    assert question is not None and question.id == "saddle_numbness"


def _asked_after(answers: dict[str, str]) -> list[str]:
    """Every question the engine picks after `answers`, each answered no (or its first answer)."""
    asked = set(answers)
    order = []
    while (question := next_question(KB, answers, asked,
                                     lambda more: outcome(KB, more))) is not None:
        order.append(question.id)
        asked.add(question.id)
        answers = {**answers, question.id: "no" if question.kind == "yes_no"
                   else question.answers[0]}
    return order


def test_a_no_to_the_other_signs_settles_each_of_them() -> None:
    answers = {"onset": "gradual", "side": "both_legs", "duration": "weeks",
               "bladder_bowel": "yes", "recent": "no", "bladder_weeks": "no", OTHERS: "no"}
    assert not {"leg_weakness", "saddle_numbness", "sexual_function",
                "saddle_sexual_signs", CAUDA} & set(_asked_after(answers))


# -- back pain and sciatica in one breath, in both legs, new --------------------------------------
# In both legs and new (hours or days), sciatica is asked without back pain too (round 9): "Do you
# have back or neck pain too?" and "Does pain or tingling shoot from your buttock down the back of
# your leg?" were two questions, both red flags' ways in (sciatica on both sides; numbness
# climbing both legs with back pain). The NHS sciatica text lists them together: one question,
# whose yes still opens each.

BACK = "back_or_shooting_pain"
BOTH_BRIEF = [
    ("en-US", "both my feet fell asleep after I sat cross-legged on the floor for an hour, "
              "they're fine now"),
    ("en-GB", "both my legs went all pins and needles after I knelt to paint the skirting boards "
              "this morning"),
    ("en-AU", "both me feet went numb after squatting in the garden this arvo, they came good "
              "when I stood up"),
    ("en-IN", "both my feet became numb after sitting cross-legged for the havan this morning, "
              "now it is better"),
    ("en-CA", "both my feet went tingly after I knelt to fix the baseboards this morning, "
              "they're fine now"),
]
BOTH_SAID = {"onset": "suddenly", "side": "both legs", "duration": "a few hours",
             "positional": "yes"}


@pytest.mark.parametrize(("locale", "opening"), BOTH_BRIEF)
def test_in_both_legs_back_pain_and_sciatica_are_one_question(locale: str,
                                                              opening: str) -> None:
    spoken, reply = converse(locale, opening, BOTH_SAID)
    asked = _asked(reply)
    assert BACK in asked, history(reply)
    assert "back_pain" not in asked and "shooting_down_leg" not in asked, history(reply)
    assert not any(text.startswith(WARNING) for text in spoken), spoken


@pytest.mark.parametrize(("locale", "opening"), BOTH_BRIEF)
def test_must_ask_sciatica_down_both_legs_without_back_pain_is_warned(locale: str,
                                                                      opening: str) -> None:
    said = {**BOTH_SAID, BACK: "yes", "back_pain": "no", "shooting_down_leg": "yes"}
    spoken, reply = converse(locale, opening, said)
    assert "shooting_down_leg" in _asked(reply), history(reply)
    assert any(text.startswith(WARNING) for text in spoken), spoken
    assert triage(reply) == "emergency" and "bilateral_sciatica" in flags(reply)


@pytest.mark.parametrize(("locale", "opening"), BOTH_BRIEF)
def test_must_ask_back_pain_with_numbness_climbing_both_legs_is_warned(locale: str,
                                                                       opening: str) -> None:
    said = {**BOTH_SAID, BACK: "yes", "back_pain": "yes", "spreading_up": "yes"}
    spoken, reply = converse(locale, opening, said)
    assert "back_pain" in _asked(reply), history(reply)
    assert any(text.startswith(WARNING) for text in spoken), spoken
    assert triage(reply) == "emergency"


ONE_LEG_BRIEF = [
    ("en-US", "my right foot fell asleep after I sat on it for an hour, it's fine now"),
    ("en-GB", "my left leg went all pins and needles after I knelt on it this morning"),
    ("en-AU", "me right foot went numb after squatting this arvo, it came good"),
    ("en-IN", "my left foot became numb after sitting cross-legged this morning, now better"),
    ("en-CA", "my right foot went tingly after I knelt on it this morning, it's fine now"),
]


@pytest.mark.parametrize(("locale", "opening"), ONE_LEG_BRIEF)
def test_must_ask_in_one_leg_back_pain_is_asked_alone_as_before(locale: str,
                                                                opening: str) -> None:
    said = {**BOTH_SAID, "side": "one leg"}
    _, reply = converse(locale, opening, said)
    asked = _asked(reply)
    assert "back_pain" in asked and BACK not in asked, history(reply)
