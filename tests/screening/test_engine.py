"""How the screening asks, stops and decides, through the engine's public calls."""

from __future__ import annotations

from skill.screening.engine import Event, ScreeningEngine, Step
from skill.screening.knowledge import default_knowledge
from skill.screening.questioning import MAX_QUESTIONS

KB = default_knowledge()
ENGINE = ScreeningEngine(KB)


def run(facts: dict[str, str], default: str = "no") -> tuple[Step, list[str]]:
    step = ENGINE.start()
    asked = []
    while not step.finished:
        question = step.question
        assert question is not None
        asked.append(question.id)
        value = facts.get(question.id, default if question.kind == "yes_no" else "unsure")
        step = ENGINE.answer(step.state, value)
    return step, asked


def test_red_flag_questions_come_before_any_other() -> None:
    _, asked = run({"onset": "gradual", "side": "both_legs"})
    phases = [KB.question(q).phase for q in asked]
    assert phases == sorted(phases, key=lambda p: p != "red_flag")


def test_an_emergency_answer_stops_the_questions_at_once() -> None:
    step, asked = run({"onset": "sudden", "face_arm_speech": "yes"})
    assert asked == ["onset", "face_arm_speech"]
    assert step.assessment.level.value == "emergency"
    assert "stroke" in [c.condition.id for c in step.assessment.causes]


def test_not_sure_about_an_emergency_sign_is_treated_as_the_emergency() -> None:
    step, _ = run({"onset": "gradual", "bladder_bowel": "unsure"})
    assert step.assessment.level.value == "emergency"
    assert step.assessment.red_flags[0].unsure


def test_back_pain_with_fever_alone_is_same_day_care_not_an_emergency() -> None:
    step, asked = run({"onset": "gradual", "back_pain": "yes", "fever": "yes"})
    assert "fever" in asked
    assert step.assessment.level.value == "urgent"


def test_back_pain_with_fever_and_weak_legs_is_an_emergency() -> None:
    step, _ = run({"onset": "gradual", "back_pain": "yes", "fever": "yes",
                   "leg_weakness": "yes"})
    assert step.assessment.level.value == "emergency"


def test_the_number_of_questions_is_bounded() -> None:
    for default in ("no", "yes", "unsure"):
        _, asked = run({"onset": "gradual"}, default=default)
        assert len(asked) <= MAX_QUESTIONS


def test_the_next_question_depends_on_the_answers_not_a_fixed_list() -> None:
    _, diabetic = run({"onset": "gradual", "diabetes": "yes"})
    _, back = run({"onset": "gradual", "back_pain": "yes"})
    assert diabetic[len(diabetic) - 2:] != back[len(back) - 2:]


def test_a_clear_picture_gives_likely_causes_in_order() -> None:
    step, asked = run({"onset": "gradual", "diabetes": "yes", "side": "both_legs",
                       "feet_first": "yes", "duration": "months"})
    assert step.assessment.causes[0].condition.id == "diabetic_neuropathy"
    assert step.assessment.level.value == "routine"
    assert len(asked) <= 14


def test_pins_and_needles_after_sitting_is_home_care() -> None:
    step, _ = run({"onset": "sudden", "side": "one_leg", "duration": "hours",
                   "positional": "yes"})
    assert step.assessment.causes[0].condition.id == "positional_compression"
    assert step.assessment.level.value == "self_care"


def test_red_flag_questions_cannot_be_skipped_but_others_can() -> None:
    step = ENGINE.start()
    refused = ENGINE.skip(step.state)
    assert refused.event is Event.SKIP_REFUSED and refused.question == step.question


def test_going_back_reasks_the_last_question_and_keeps_the_red_flag() -> None:
    step = ENGINE.start()
    step = ENGINE.answer(step.state, "gradual")
    step = ENGINE.answer(step.state, "yes")  # bladder
    assert step.finished and "cauda_equina_bladder" in step.state.red_flags
    back = ENGINE.go_back(step.state)
    assert back.event is Event.WENT_BACK and back.question.id == "bladder_bowel"
    assert "cauda_equina_bladder" in back.state.red_flags


def test_a_volunteered_red_flag_is_acted_on_at_once() -> None:
    step = ENGINE.start()
    step = ENGINE.volunteer(step.state, "saddle_numbness")
    assert step.new_red_flags == ("cauda_equina_saddle",)
    assert step.finished


def test_an_answer_of_the_wrong_kind_is_not_recorded() -> None:
    step = ENGINE.start()
    wrong = ENGINE.answer(step.state, "yes")  # onset takes suddenly or slowly
    assert wrong.event is Event.NOT_AN_ANSWER and wrong.state.history == ()
