"""Timing is part of a finding: every wording of a red-flag question keeps its "new", "suddenly" or
"days or weeks", and what is read back says when something started only once it is known.

A rephrasing that drops "new" ("can you no longer walk as you could?") turns a year of slowly
worse unsteadiness into an emergency, and the rephrasing is also the reprompt.
"""

from __future__ import annotations

import re

import pytest

from skill.screening.engine import ScreeningEngine
from skill.screening.knowledge import default_knowledge
from skill.screening.locale import wording_for
from skill.screening.wording import Wording

KB = default_knowledge()
WORDING = Wording(KB, wording_for("en-US"))
ENGINE = ScreeningEngine(KB)

# The question, and the words about timing every wording of it must keep.
TIMED = {
    "leg_weakness": r"\bnew(ly)?\b|\bsudden(ly)?\b",
    "bladder_bowel": r"\bnew(ly)?\b",
    "sexual_function": r"\bnew(ly)?\b",
    "cold_pale_leg": r"\bsudden(ly)?\b",
    "whole_leg": r"\bsudden(ly)?\b",
    "spreading_up": r"\bdays?\b",
    "breathing_swallowing": r"\bnew(ly)?\b",
    "injury": r"\bjust (after|before)\b",
    "cauda_equina_signs": r"\bnew(ly)?\b",
    "recent": r"\blast few days\b",
    "weakness_worse": r"\bweeks\b",
    "bladder_weeks": r"\bweeks\b",
}


def wordings(question_id: str) -> dict[str, str]:
    question = KB.question(question_id)
    asked = WORDING.ask(question)
    return {"text": question.text, "rephrase": question.rephrase, "reprompt": asked.reprompt or "",
            "misunderstood": WORDING.misunderstood(question, 1).text,
            "help": WORDING.help(question).text}


@pytest.mark.parametrize("question_id", sorted(TIMED))
def test_every_wording_of_a_timed_question_keeps_its_timing(question_id: str) -> None:
    for name, text in wordings(question_id).items():
        assert re.search(TIMED[question_id], text, re.IGNORECASE), (question_id, name, text)


def answered(*answers: str):
    step = ENGINE.start()
    for value in answers:
        step = ENGINE.answer(step.state, value)
    return step


def test_a_long_standing_weakness_is_read_back_as_long_standing_not_new() -> None:
    # slowly, both legs, months; new trouble: yes; weakness: yes; started in the last few days: no
    step = answered("gradual", "both_legs", "months", "yes", "yes", "no")
    said = WORDING.readback(step.state)
    assert "that did not start or get worse in the last few days" in said
    assert not re.search(r"\bnew(ly)?\b|\bsudden", said.replace("it came on slowly", ""))
    card = WORDING.card(step.state, step.assessment)[1]
    assert "that did not start or get worse in the last few days" in card and "Warning" not in card


def test_bladder_trouble_new_in_weeks_is_never_read_back_as_there_a_while() -> None:
    # review6: "that has been there a while" was read back beside the weeks emergency
    said = {"onset": "gradual", "side": "both_legs", "duration": "weeks",
            "cauda_equina_signs": "yes", "bladder_bowel": "yes", "recent": "no",
            "bladder_weeks": "yes"}
    step = ENGINE.start()
    while not step.finished:
        step = ENGINE.answer(step.state, said.get(step.question.id, "no"))
    assert "cauda_equina_bladder" in [r.flag.id for r in step.assessment.red_flags]
    assert "there a while" not in WORDING.readback(step.state)
    assert "that did not start or get worse in the last few days" in WORDING.readback(step.state)


def test_the_timing_help_never_claims_an_onset_that_was_not_said() -> None:
    # review6 N2: "You said the numbness came on slowly" with no onset said
    help_text = WORDING.help(KB.question("recent")).text
    assert "came on slowly" not in help_text


def test_a_new_weakness_is_read_back_with_when_it_started() -> None:
    step = answered("gradual", "both_legs", "days", "yes", "yes", "yes")
    assert step.finished and step.assessment.level.value == "emergency"
    said = WORDING.readback(step.state)
    assert "that started or got worse in the last few days" in said
    result = WORDING.warning_first(WORDING.result(step.state, step.assessment),
                                   step.assessment.red_flags, new=step.new_red_flags)
    assert result.card[1].startswith("Warning.") and "last few days" in result.card[1]


def test_the_launch_line_says_suddenly_about_weakness() -> None:
    assert "suddenly weak" in wording_for("en-US").line("launch")
