"""Round 10 (clinic10): back pain with a fever is an infection near the spine, same-day care
(NICE CKS, G-care); with a nerve sign it is the emergency. A lowering for a bladder sign known to
be old (a stress leak since childbirth: NHS sciatica's "not normal for you"; NHS Lothian's red
flags) was written and withdrawn (docs/clinical-safety.md 10a): a bladder sign said untimed with
a fever must be warned at once, and a red flag cannot yet exclude only an unchanged stress leak
heard in the same breath. These must-warn controls stay for whoever writes it next: every new,
not-sure and untimed version, answered and said, in five locales, is the emergency."""

from __future__ import annotations

import pytest

from tests.alexa.test_review7_panic_leak_and_ischaemia import WARNING
from tests.alexa.test_safety_review import triage
from tests.screening.test_round9_general_rules import converse, history, run

FLAG = "spinal_infection_with_nerve_signs"
BACK_FEVER = {"onset": "gradual", "side": "one_leg", "back_pain": "yes", "fever": "yes"}


def flag_ids(step) -> list[str]:
    return [r.flag.id for r in step.assessment.red_flags]


# -- must-warn controls: the same signs new, worse, or not sure when ----------------------------

@pytest.mark.parametrize("timing", [
    {"recent": "yes"}, {"recent": "unsure"},
    {"recent": "no", "bladder_weeks": "yes"}, {"recent": "no", "bladder_weeks": "unsure"},
])
def test_a_new_or_not_sure_bladder_sign_with_fever_and_back_pain_is_the_emergency(
        timing) -> None:
    step, _ = run({**BACK_FEVER, "duration": "days", "bladder_bowel": "yes", **timing}, {})
    assert step.assessment.level.value == "emergency"


def test_not_sure_of_bladder_trouble_with_fever_and_back_pain_is_the_emergency() -> None:
    step, _ = run({**BACK_FEVER, "duration": "days", "bladder_bowel": "unsure"}, {})
    assert step.assessment.level.value == "emergency"


@pytest.mark.parametrize("facts", [
    {"onset": "sudden", "duration": "hours"},
    {"duration": "days", "recent": "yes"},
    {"duration": "days", "recent": "no"},      # built up with the numbness over days
    {"duration": "weeks", "recent": "no"},     # ... or over weeks
    {"duration": "months", "recent": "unsure"},
    {"duration": "months", "recent": "no", "weakness_worse": "yes"},
    {"duration": "months", "recent": "no", "weakness_worse": "no"},  # not timed: rule 3
])
def test_any_weakness_with_fever_and_back_pain_is_still_the_emergency(facts) -> None:
    step, _ = run({**BACK_FEVER, "leg_weakness": "yes", **facts}, {})
    # the first emergency heard ends the questions: this flag, or new weakness's own
    assert step.assessment.level.value == "emergency"
    assert {FLAG, "new_leg_weakness", "both_legs_worsening"} & set(flag_ids(step))


def test_not_sure_of_weakness_with_fever_and_back_pain_is_the_emergency() -> None:
    step, _ = run({**BACK_FEVER, "duration": "days", "leg_weakness": "unsure"}, {})
    assert step.assessment.level.value == "emergency"


# -- through the conversation, in five locales ---------------------------------------------------

# The opening gives the fever and back pain; the leak is told at the questions, as a yes to the
# cauda equina group and a yes to the leak, then its timing.
FEVER_BACK = [
    ("en-US", "I've had a fever for three days and my lower back hurts with tingling down my leg"),
    ("en-GB", "Feverish since Sunday, my lower back's sore and my leg's gone tingly"),
    ("en-AU", "Been running a temperature for a few days with a crook lower back and a tingly leg"),
    ("en-IN", "Since three days I am having fever and back pain with tingling in my leg"),
    ("en-CA", "I've had a fever for a couple of days, my low back aches and my leg tingles"),
]
LEAK_SAID = {"onset": "slowly", "side": "one leg", "duration": "a few days", "back_pain": "yes",
             "fever": "yes", "back_signs": "yes", "cauda_equina_signs": "yes",
             "bladder_bowel": "yes", "stress_leak": "yes", "recent": "no", "bladder_weeks": "no"}


@pytest.mark.parametrize(("locale", "opening"), FEVER_BACK)
@pytest.mark.parametrize("timing", [{"recent": "yes"}, {"recent": "not sure"},
                                    {"bladder_weeks": "yes"}, {"bladder_weeks": "not sure"}])
def test_a_leak_new_in_days_or_weeks_or_not_sure_when_told_with_fever_is_warned(
        locale: str, opening: str, timing: dict[str, str]) -> None:
    spoken, reply = converse(locale, opening, {**LEAK_SAID, "stress_leak": "no", **timing})
    assert any(text.startswith(WARNING) for text in spoken), spoken
    assert triage(reply) == "emergency"


NEW_LEAK = [
    ("en-US", "I've had a fever for three days, my lower back hurts and since yesterday I can't "
              "get my pee started"),
    ("en-GB", "Feverish since Sunday with a sore lower back, and this morning I wet myself "
              "without knowing"),
    ("en-AU", "Been running a temperature with a crook back and since this morning I can't do "
              "a wee"),
    ("en-IN", "Since three days fever and back pain and from today I am not able to pass urine"),
    ("en-CA", "I've had a fever and low back pain for a couple of days and now I've lost control "
              "of my bladder"),
]


@pytest.mark.parametrize(("locale", "opening"), NEW_LEAK)
def test_a_new_bladder_sign_said_with_fever_and_back_pain_is_warned(
        locale: str, opening: str) -> None:
    spoken, reply = converse(locale, opening, {**LEAK_SAID, "stress_leak": "no",
                                               "recent": "yes"})
    assert any(text.startswith(WARNING) for text in spoken), spoken
    assert triage(reply) == "emergency"


NEW_WEAKNESS = [
    ("en-US", "I've got a fever and bad back pain and since yesterday my legs have gone weak"),
    ("en-GB", "Temperature and a bad back for two days and now my legs keep giving way"),
    ("en-AU", "Feverish with a sore back and today my legs suddenly won't hold me up"),
    ("en-IN", "Fever and back pain since two days and from today I am not able to walk properly, "
              "legs are weak"),
    ("en-CA", "I have a fever and my back is killing me and my legs got weak this morning"),
]


@pytest.mark.parametrize(("locale", "opening"), NEW_WEAKNESS)
def test_new_weakness_said_with_fever_and_back_pain_is_warned(locale: str, opening: str) -> None:
    spoken, reply = converse(locale, opening, {"onset": "slowly", "side": "both legs",
                                               "duration": "a few days", "back_pain": "yes",
                                               "fever": "yes", "leg_weakness": "yes",
                                               "recent": "yes"})
    assert any(text.startswith(WARNING) for text in spoken), spoken
    assert triage(reply) == "emergency"


UNTIMED_LEAK = [
    ("en-US", "I've got a fever, my back is killing me and I've lost control of my bladder"),
    ("en-GB", "I've a temperature, my back's agony and I can't hold my wee"),
    ("en-IN", "I am having fever and back pain and I am not able to control urine"),
]


@pytest.mark.parametrize(("locale", "opening"), UNTIMED_LEAK)
@pytest.mark.parametrize("recent", ["yes", "not sure"])
def test_bladder_trouble_said_with_fever_but_no_timing_is_warned_at_once(
        locale: str, opening: str, recent: str) -> None:
    spoken, reply = converse(locale, opening, {**LEAK_SAID, "stress_leak": "no",
                                               "recent": recent})
    assert spoken[0].startswith(WARNING), spoken[0]
    assert "infection pressing on the spine" in spoken[0].split(".")[1]
    assert triage(reply) == "emergency", history(reply)
