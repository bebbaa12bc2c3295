"""Every red flag raised is recorded in the state: a "not sure" one at its not-sure level, and
one whose record was lost is found again from the answers when the state is read back."""

from __future__ import annotations

from skill.screening.assessment import raised_flags
from skill.screening.engine import ScreeningEngine, Step
from skill.screening.knowledge import Level, default_knowledge
from skill.screening.state import restore_state

KB = default_knowledge()
ENGINE = ScreeningEngine(KB)


# A sudden start of numbness in one leg, hours ago, with a yes to "an injury, or severe pain?":
# the injury question is asked.
SUDDEN = {"onset": "sudden", "side": "one_leg", "duration": "hours", "injury_or_pain": "yes"}


def _until(question: str, answers: dict[str, str]) -> Step:
    step = ENGINE.start()
    for _ in range(40):
        if step.question is None or step.question.id == question:
            return step
        step = ENGINE.answer(step.state, answers.get(step.question.id, "no"))
    raise AssertionError(f"{question} was never asked")


def test_a_not_sure_flag_is_recorded_at_its_not_sure_level_and_survives_going_back() -> None:
    step = _until("injury", SUDDEN)
    step = ENGINE.answer(step.state, "unsure")  # spinal_injury: emergency, and so if unsure
    assert step.state.unsure_flags == ("spinal_injury",)
    assert step.state.red_flags == ()
    back = ENGINE.go_back(step.state)
    assert "injury" not in back.state.answers
    flags = raised_flags(KB, back.state.answers, back.state.red_flags, back.state.unsure_flags)
    assert [(r.flag.id, r.level, r.unsure) for r in flags] == [
        ("spinal_injury", Level.EMERGENCY, True)]
    again = ENGINE.start(back.state.red_flags, back.state.unsure_flags)
    assert [r.flag.id for r in again.red_flags] == ["spinal_injury"]


def test_a_later_yes_raises_a_not_sure_flag_to_its_own_level() -> None:
    step = _until("injury", SUDDEN)
    step = ENGINE.answer(step.state, "unsure")
    back = ENGINE.go_back(step.state)
    step = ENGINE.answer(back.state, "yes")
    assert step.state.red_flags == ("spinal_injury",)
    assert step.red_flags[0].level is Level.EMERGENCY and not step.red_flags[0].unsure


def test_reading_back_records_flags_the_answers_raise() -> None:
    raw = {"version": 2, "history": "onset=sudden face_arm_speech=yes injury=unsure"}
    restored = restore_state(raw, KB)
    assert restored.state.red_flags == ("stroke_signs",)
    assert restored.state.unsure_flags == ("spinal_injury",)
    assert restored.problems == ("red flag record missing",)
    assert restore_state(restored.state.to_json(), KB).problems == ()
