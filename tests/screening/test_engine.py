"""How the screening asks, stops and decides, through the engine's public calls."""

from __future__ import annotations

from scripts.vignette_runner import patient_answer
from skill.screening.engine import Event, ScreeningEngine, Step
from skill.screening.knowledge import Level, default_knowledge

KB = default_knowledge()
ENGINE = ScreeningEngine(KB)


def run(facts: dict[str, str], default: str = "no") -> tuple[Step, list[str]]:
    step = ENGINE.start()
    asked = []
    while not step.finished:
        question = step.question
        assert question is not None
        asked.append(question.id)
        value = patient_answer(question, facts, default)
        step = ENGINE.answer(step.state, value)
    return step, asked


def test_red_flag_questions_come_before_any_other() -> None:
    _, asked = run({"onset": "gradual", "side": "both_legs"})
    phases = [KB.question(q).phase for q in asked]
    assert phases == sorted(phases, key=lambda p: p != "red_flag")


def test_an_emergency_answer_stops_the_questions_at_once() -> None:
    step, asked = run({"onset": "sudden", "face_arm_speech": "yes"})
    assert asked == ["onset", "side", "duration", "sudden_signs", "face_arm_speech"]
    assert step.assessment.level.value == "emergency"
    assert "stroke" in [c.condition.id for c in step.assessment.causes]


def test_not_sure_about_an_emergency_sign_is_treated_as_the_emergency() -> None:
    step, _ = run({"onset": "gradual", "bladder_bowel": "unsure", "recent": "yes"})
    assert step.assessment.level.value == "emergency"
    assert step.assessment.red_flags[0].unsure


def test_a_yes_to_weakness_after_a_slow_start_is_confirmed_before_an_emergency() -> None:
    step, asked = run({"onset": "gradual", "side": "both_legs", "duration": "months",
                       "leg_weakness": "yes", "recent": "no"})
    assert asked[asked.index("leg_weakness") + 1] == "recent"
    assert step.assessment.level.value == "routine"
    step, _ = run({"onset": "gradual", "side": "both_legs", "duration": "months",
                   "leg_weakness": "yes", "recent": "yes"})
    assert step.assessment.level.value == "emergency"


def test_weakness_getting_worse_over_weeks_is_same_day_care() -> None:
    step, _ = run({"onset": "gradual", "side": "one_leg", "duration": "weeks",
                   "leg_weakness": "yes", "recent": "no"})
    assert step.assessment.level.value == "urgent"
    assert "weakness_getting_worse" in [r.flag.id for r in step.assessment.red_flags]


def test_a_yes_after_a_sudden_start_is_not_delayed_by_a_timing_question() -> None:
    step, asked = run({"onset": "sudden", "leg_weakness": "yes"})
    assert "recent" not in asked
    assert step.assessment.level.value == "emergency"


def test_sciatica_in_both_legs_is_an_emergency_one_leg_is_not() -> None:
    both, _ = run({"onset": "gradual", "side": "both_legs", "duration": "days",
                   "back_pain": "yes", "shooting_down_leg": "yes"})
    one, _ = run({"onset": "gradual", "side": "one_leg", "duration": "days",
                  "back_pain": "yes", "shooting_down_leg": "yes"})
    assert both.assessment.level.value == "emergency"
    assert "bilateral_sciatica" in [r.flag.id for r in both.assessment.red_flags]
    assert one.assessment.level.value != "emergency"


def test_cancer_is_asked_about_without_back_pain() -> None:
    # New numbness after cancer is an oncological emergency (Scottish referral guidelines).
    step, asked = run({"onset": "gradual", "side": "both_legs", "duration": "days",
                       "cancer_history": "yes"})
    # back pain asked (answered no): alone, or in both legs and new with sciatica (round 13)
    assert "cancer_history" in asked and {"back_pain", "back_or_shooting_pain"} & set(asked)
    assert step.assessment.level.value == "emergency"


def test_weeks_of_numb_feet_after_chemotherapy_without_back_pain_is_not_an_emergency() -> None:
    step, _ = run({"onset": "gradual", "side": "both_legs", "duration": "weeks",
                   "cancer_history": "yes", "chemotherapy": "yes", "feet_first": "yes"})
    assert step.assessment.level.value == "routine"


def test_weight_loss_or_night_pain_with_back_pain_is_same_day_care() -> None:
    for finding in ("weight_loss", "night_pain"):
        step, asked = run({"onset": "gradual", "side": "one_leg", "duration": "weeks",
                           "back_pain": "yes", finding: "yes"})
        assert "back_signs" in asked and finding in asked
        assert step.assessment.level.value == "urgent", finding


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
        assert len(asked) <= KB.selection.max_questions


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
    for value in ("gradual", "both_legs", "days", "yes"):  # new trouble: which kind?
        step = ENGINE.answer(step.state, value)
    assert step.question.id == "leg_weakness"
    step = ENGINE.answer(step.state, "no")
    step = ENGINE.answer(step.state, "yes")  # bladder
    assert step.question.id == "recent"  # it came on slowly: is the bladder trouble new?
    step = ENGINE.answer(step.state, "yes")
    assert step.finished and "cauda_equina_bladder" in step.state.red_flags
    back = ENGINE.go_back(step.state)
    assert back.event is Event.WENT_BACK and back.question.id == "recent"
    assert "cauda_equina_bladder" in back.state.red_flags


def test_after_a_yes_to_weakness_the_other_nerve_root_signs_are_asked_together() -> None:
    # A long-standing weakness explains the group's yes: the bladder, bowel, sexual and saddle
    # signs are then one question, and a yes to it still opens each sign.
    _, asked = run({"onset": "gradual", "side": "both_legs", "duration": "months",
                    "leg_weakness": "yes", "recent": "no"})
    assert "nerve_root_signs" in asked
    assert not {"bladder_bowel", "saddle_numbness", "sexual_function"} & set(asked)
    step, asked = run({"onset": "gradual", "side": "both_legs", "duration": "months",
                       "leg_weakness": "yes", "recent": "no", "saddle_numbness": "yes"})
    assert asked[-2:] == ["bladder_bowel", "saddle_numbness"]
    assert step.assessment.level.value == "emergency"
    # Without weakness the yes is one of the others: they are asked straight away, so an
    # emergency sign is not a question further off.
    _, asked = run({"onset": "gradual", "side": "both_legs", "duration": "months",
                    "bladder_bowel": "yes", "recent": "yes"})
    assert asked[asked.index("leg_weakness") + 1] == "bladder_bowel"
    assert "nerve_root_signs" not in asked


def test_a_volunteered_red_flag_is_acted_on_at_once() -> None:
    step = ENGINE.start()
    step = ENGINE.volunteer(step.state, "saddle_numbness")
    assert step.new_red_flags == ("cauda_equina_saddle",)
    assert step.finished


def test_an_answer_of_the_wrong_kind_is_not_recorded() -> None:
    step = ENGINE.start()
    wrong = ENGINE.answer(step.state, "yes")  # onset takes suddenly or slowly
    assert wrong.event is Event.NOT_AN_ANSWER and wrong.state.history == ()


def _asked_when_nothing_can_change(answers: dict[str, str]) -> list[str]:
    """Every question next_question picks, answering no, when no answer changes what is told."""
    from skill.screening.questioning import next_question

    asked = set(answers)
    order = []
    while (question := next_question(KB, answers, asked,
                                     outcome=lambda _: (Level.ROUTINE, frozenset()))):
        order.append(question.id)
        asked.add(question.id)
        answers = {**answers, question.id: question.answers[0] if question.kind != "yes_no"
                   else "no"}
    return order


def test_a_red_flag_question_is_asked_even_when_nothing_else_could_change() -> None:
    asked = _asked_when_nothing_can_change({"onset": "gradual", "side": "one_leg",
                                            "duration": "weeks"})
    assert {"cauda_equina_signs", "back_pain", "history_group", "circulation_signs"} <= set(asked)
    # Weeks of numbness already mean seeing a doctor, which is all a rash alone would add: the
    # rash question raises no flag, so it is skipped here, as is every differential question.
    assert "rash" not in asked
    assert all(KB.question(q).phase == "red_flag" for q in asked)


def test_a_question_that_can_raise_no_flag_above_the_level_fixed_is_not_asked_for_it() -> None:
    # A same-day flag is raised (back pain with a fever): the questions that could only raise
    # same-day flags (weak immunity, thin bones) no longer change the level; those that could
    # still raise an emergency are asked.
    asked = _asked_when_nothing_can_change({"onset": "gradual", "side": "one_leg",
                                            "duration": "weeks", "back_pain": "yes",
                                            "fever": "yes"})
    assert "back_risk" not in asked and "circulation_signs" not in asked
    assert "cauda_equina_signs" in asked  # weak legs with back pain and fever: an emergency


def test_every_finding_a_red_flag_needs_is_asked_in_the_red_flag_phase() -> None:
    # Only red-flag questions are asked whenever they could raise the level; a flag that named a
    # differential question would be left to the chance of changing what is told.
    needed = {f for flag in KB.red_flags for pattern in flag.when for f in pattern}
    assert {f for f in needed if KB.question(f).phase != "red_flag"} == set()


def test_the_settled_levels_come_from_one_working_out_of_the_raised_flags(monkeypatch) -> None:
    """By the red flags alone, and with the floors: a floor (clumsy hands, same day) raises only
    the second; a red flag raises both. The flags are worked out once for the two."""
    from skill.screening import questioning

    kb = default_knowledge()
    calls = []
    real = questioning.raised_flags
    monkeypatch.setattr(questioning, "raised_flags",
                        lambda *args: calls.append(1) or real(*args))
    assert questioning.settled_levels(kb, {"hands_clumsy": "yes"}) == (Level.SELF_CARE,
                                                                       Level.URGENT)
    assert questioning.settled_levels(kb, {"hands_clumsy": "yes", "face_arm_speech": "yes"}) == (
        Level.EMERGENCY, Level.EMERGENCY)
    assert len(calls) == 2


def test_restless_legs_that_stop_sleep_are_asked_about_and_mean_a_doctor() -> None:
    """NHS restless legs: home measures first, see a GP when they stop you sleeping. The sleep
    question is asked even when restless legs already lead clearly (a lead settles the causes,
    not how soon to be seen)."""
    facts = {"onset": "gradual", "urge_to_move": "yes", "side": "both_legs",
             "duration": "months"}
    step, asked = run({**facts, "sleep_disturbed": "yes"})
    assert "sleep_disturbed" in asked
    assert step.assessment.level is Level.ROUTINE
    step, asked = run({**facts, "sleep_disturbed": "no"})
    assert "sleep_disturbed" in asked
    assert step.assessment.level is Level.SELF_CARE


def test_a_new_rash_with_tingling_is_same_day_care_an_old_one_is_not() -> None:
    """NHS shingles: an urgent GP appointment or 111 if you might have it (antivirals work best
    within 3 days of the rash); a rash with months of numbness is a doctor's look soon."""
    step, asked = run({"onset": "gradual", "side": "one_leg", "duration": "days", "rash": "yes"})
    assert "rash" in asked
    assert step.assessment.level is Level.URGENT
    step, _ = run({"onset": "gradual", "side": "one_leg", "duration": "months", "rash": "yes"})
    assert step.assessment.level is Level.ROUTINE
