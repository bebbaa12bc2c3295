"""The findings of the added red flags are read by class, not by the tuning sentences: each
class of patient wording (breath, swallowing, sex, weight, night, immunity, bones, the foot,
a tight limb, both legs, a whole leg) in words the corpus does not use, and its denial.
"""

from __future__ import annotations

from datetime import date

import pytest

from skill.understanding.reader import default_reader

THURSDAY = date(2026, 3, 12)


def findings(text: str) -> tuple[set[str], set[str]]:
    reading = default_reader().read(text, "en-GB", THURSDAY)
    return ({f.id for f in reading.findings if f.present and f.certain},
            {f.id for f in reading.findings if not f.present})


@pytest.mark.parametrize(("text", "finding"), [
    ("I get winded walking to the kitchen", "breathing_swallowing"),
    ("I'm puffed out all the time now", "breathing_swallowing"),
    ("it's hard to get food down", "breathing_swallowing"),
    ("my voice has gone weak and nasal", "breathing_swallowing"),
    ("I can't get hard", "sexual_function"),
    ("nothing happens down there", "sexual_function"),
    ("I can't feel anything when we're intimate", "sexual_function"),
    ("my erections have stopped", "sexual_function"),
    ("my belt is on the last notch", "weight_loss"),
    ("I'm down ten pounds", "weight_loss"),
    ("I've dropped a dress size", "weight_loss"),
    ("it's worse in bed", "night_pain"),
    ("lying flat is agony", "night_pain"),
    ("I'm up half the night with my back", "night_pain"),
    ("I toss and turn all night", "night_pain"),
    ("I'm on humira", "weak_immunity"),
    ("I'm having chemo", "weak_immunity"),
    ("I fracture easily", "osteoporosis"),
    ("I've lost two inches in height", "osteoporosis"),
    ("I've got a dead toe", "foot_sore"),
    ("I've got an ulcer on my foot", "foot_sore"),
    ("my splint is digging in", "compartment"),
    ("my leg got crushed under a car", "compartment"),
    ("my calf is hard as a rock", "compartment"),
    ("the pain shoots down the back of both legs", "shooting_down_leg"),
    ("both legs are getting worse", "spreading_up"),
    ("my leg went completely numb", "whole_leg"),
])
def test_a_class_of_wording_is_read(text: str, finding: str) -> None:
    assert finding in findings(text)[0]


@pytest.mark.parametrize(("text", "finding"), [
    ("I don't get winded", "breathing_swallowing"),
    ("my trousers aren't loose", "weight_loss"),
    ("lying down doesn't make it worse", "night_pain"),
    ("I'm not on humira", "weak_immunity"),
    ("I don't break bones easily", "osteoporosis"),
    ("my leg wasn't crushed", "compartment"),
    ("I sleep fine, no tossing and turning", "night_pain"),
])
def test_its_denial_is_a_denial(text: str, finding: str) -> None:
    present, denied = findings(text)
    assert finding in denied and finding not in present


@pytest.mark.parametrize("text", [
    "I've been tightening my belt, money's tight",
    "the baby wakes me at night",
    "the pain shoots up my leg",
])
def test_everyday_wording_is_no_finding(text: str) -> None:
    assert not findings(text)[0] & {"weight_loss", "night_pain", "weak_immunity"}
