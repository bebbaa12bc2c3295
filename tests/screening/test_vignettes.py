"""Clinical vignettes played as spoken conversations through the simulator: safety per case,
accuracy across the suite, coverage.

Each vignette is a patient written from a public clinical source (tests/screening/vignettes.yaml,
and the later sets in tests/vignettes/, written before tuning). An emergency must never be missed:
case by case in the original set and every tuning part, and as an aggregate figure for every
held-back part and for the tuning part of a set not tuned on this round (their cases are never
listed, so no one tunes on them). Across the original
suite the triage and the named causes must mostly agree with the sources; every red flag and every
condition must be exercised. `python scripts/vignette_report.py` prints every set's figures.
"""

from __future__ import annotations

from functools import cache

import pytest

from scripts.vignette_runner import (
    Metrics,
    Outcome,
    Vignette,
    load_set,
    load_vignettes,
    run_vignette,
    summarise,
    vignette_sets,
)
from skill.screening.knowledge import Level, default_knowledge

KB = default_knowledge()
VIGNETTES = load_vignettes(KB)
SETS = {chosen.name: chosen for chosen in vignette_sets()}
TUNING = load_set(KB, SETS["second set: tuning"]) if "second set: tuning" in SETS else ()
OPEN_CASES = (*VIGNETTES, *TUNING)  # the cases that may be named in a failure
EMERGENCIES = [v for v in OPEN_CASES if v.expected_triage is Level.EMERGENCY]
# The tuning parts of the sets after the second: their emergencies are checked case by case too
# (an untuned set's tuning part only as an aggregate, with the held-back parts below).
LATER_TUNING = {name: load_set(KB, chosen) for name, chosen in SETS.items()
                if name != "second set: tuning" and "set: " in name and not chosen.aggregate_only}
# Tuning-part emergencies known to be missed, with the reason; like the held-back gaps below,
# never weakened, only marked until the skill catches them (a strict mark then fails, to be lifted).
KNOWN_TUNING_GAPS: dict[str, str] = {
    # (round 7: the sixth set's bad_knees_for_years_but_this_week_both_legs_going_from_under_me
    # is caught: "this week" dates the weakness beside the old knees, docs/clinical-safety.md 7a)
    # round 25 (clinic25): an expectation corrected to the emergency by the NHS back pain page
    "twenty-second set: tuning: "
    "twentysecond_au_back_aching_every_night_for_a_month_lost_six_kilos_not_trying_legs_bit_tingly"
    "_probably_just_getting_old":
        "back pain with tingling in both legs is 999 by the NHS back pain page (rule 3); the "
        "skill has no red flag for it without weakness, spreading or sciatica in both legs, and "
        "one would reach every back-pain case with both legs numb: docs/clinical-safety.md 5zze",
    # (round 37: the thirty-fifth set's new cast with rising pain and numb toes is caught: "it
    # does not ease" no longer denies the tight plaster told after it, docs/clinical-safety.md
    # 5zzzzd 37p)
}
LATER_EMERGENCIES = [
    pytest.param(v, id=f"{name}: {v.id}", marks=(
        [pytest.mark.xfail(strict=True, reason=KNOWN_TUNING_GAPS[f"{name}: {v.id}"])]
        if f"{name}: {v.id}" in KNOWN_TUNING_GAPS else []))
    for name, cases in LATER_TUNING.items() for v in cases
    if v.expected_triage is Level.EMERGENCY
]
# Held-back parts whose aggregate gate is known to fail, with the reason; never weakened, only
# marked until a tuner (working on tuning material) brings the part back to 100%.
KNOWN_HELD_BACK_GAPS = {
    "fourth set: held back": (
        "measured when the fourth set was written, before any tuning on it: one of its four "
        "held-back emergencies is under-triaged (aggregate only; see tests/vignettes/README.md)"
    ),
    "sixteenth set: held back": (
        "measured when the sixteenth set was written, before any tuning on it: one of its three "
        "held-back emergencies is under-triaged (aggregate only; see tests/vignettes/README.md)"
    ),
    "thirty-fourth set: held back": (
        "measured when the thirty-fourth set was written, before any tuning on it: one of its "
        "three held-back emergencies is under-triaged (aggregate only; see "
        "tests/vignettes/README.md)"
    ),
}
WITH_FLAGS = [v for v in OPEN_CASES if v.expected_red_flags]

MIN_CASES = 44
MIN_EMERGENCY_CASES = 14
MIN_TRIAGE_ACCURACY = 0.95
MIN_TOP3_ACCURACY = 0.90
MAX_UNDER_TRIAGE = 0.02


@cache
def outcome_of(case_id: str) -> Outcome:
    vignette = next(v for v in OPEN_CASES if v.id == case_id)
    return run_vignette(KB, vignette)


@cache
def suite() -> Metrics:
    return summarise([outcome_of(v.id) for v in VIGNETTES])


def misses_listed() -> str:
    return "\n".join(
        f"  {o.vignette.id}: triage {o.vignette.expected_triage.value} -> {o.triage.value}, "
        f"causes {list(o.vignette.expected_causes)} -> {list(o.causes)}"
        for o in suite().misses
    )


def ids(vignettes: list[Vignette]) -> list[str]:
    return [v.id for v in vignettes]


# ----- Safety, case by case ----------------------------------------------------------------------


@pytest.mark.parametrize("vignette", EMERGENCIES, ids=ids(EMERGENCIES))
def test_emergency_patient_is_told_to_get_emergency_care(vignette: Vignette) -> None:
    outcome = outcome_of(vignette.id)
    assert outcome.triage is Level.EMERGENCY, (
        f"{vignette.description}\nunder-triaged as {outcome.triage.value}; "
        f"asked {list(outcome.asked)}; red flags {list(outcome.red_flags)}"
    )


@pytest.mark.parametrize("vignette", WITH_FLAGS, ids=ids(WITH_FLAGS))
def test_patient_is_warned_about_the_red_flags_they_report(vignette: Vignette) -> None:
    """Each flag the case expects is raised, or a warning at least as urgent was: an emergency
    ends the questions at once, and a more specific flag may speak for a general one (rest pain
    at night rather than "severe pain")."""
    outcome = outcome_of(vignette.id)
    levels = {flag.id: flag.level for flag in KB.red_flags}
    top = max((levels[f].rank for f in outcome.red_flags), default=-1)
    unwarned = [f for f in outcome.missing_red_flags if levels[f].rank > top]
    assert not unwarned, (
        f"{vignette.description}\nnot raised: {unwarned}; "
        f"raised {list(outcome.red_flags)} after asking {list(outcome.asked)}"
    )


def test_emergency_sensitivity_is_complete() -> None:
    assert suite().emergency_sensitivity == 1.0


@pytest.mark.parametrize("vignette", LATER_EMERGENCIES)
def test_emergency_patient_of_a_later_tuning_part_is_told_to_get_emergency_care(
    vignette: Vignette,
) -> None:
    outcome = run_vignette(KB, vignette)
    assert outcome.triage is Level.EMERGENCY, (
        f"{vignette.description}\nunder-triaged as {outcome.triage.value}; "
        f"asked {list(outcome.asked)}; red flags {list(outcome.red_flags)}"
    )


def held_back_parts() -> list[object]:
    """The parts read only as aggregates: held back, or an untuned set's tuning part."""
    return [
        pytest.param(name, id=name, marks=(
            [pytest.mark.xfail(strict=True, reason=KNOWN_HELD_BACK_GAPS[name])]
            if name in KNOWN_HELD_BACK_GAPS else []))
        for name, chosen in SETS.items() if chosen.aggregate_only
    ]


@pytest.mark.parametrize("name", held_back_parts())
def test_every_held_back_emergency_is_told_to_get_emergency_care(name: str) -> None:
    """Aggregate only: the held-back (or untuned) cases are played but never named."""
    metrics = summarise([run_vignette(KB, v) for v in load_set(KB, SETS[name])])
    assert metrics.emergency_sensitivity == 1.0, (
        f"{name}: emergency sensitivity {metrics.emergency_sensitivity:.0%} "
        f"of {metrics.emergency_cases}")

def test_no_conversation_runs_past_the_question_budget() -> None:
    assert suite().max_questions <= KB.selection.max_questions


# ----- Accuracy across the suite -----------------------------------------------------------------


def test_triage_agrees_with_the_sources_in_at_least_the_required_share_of_cases() -> None:
    accuracy = suite().triage_accuracy
    assert accuracy >= MIN_TRIAGE_ACCURACY, f"triage accuracy {accuracy:.1%}\n{misses_listed()}"


def test_an_expected_cause_is_named_in_the_top_3_in_at_least_the_required_share_of_cases() -> None:
    accuracy = suite().top3_accuracy
    assert accuracy >= MIN_TOP3_ACCURACY, f"top-3 cause accuracy {accuracy:.1%}\n{misses_listed()}"


def test_at_most_5_percent_of_cases_are_under_triaged() -> None:
    rate = suite().under_triage_rate
    assert rate <= MAX_UNDER_TRIAGE, f"under-triage rate {rate:.1%}\n{misses_listed()}"


# ----- Coverage of the suite ---------------------------------------------------------------------


def test_suite_is_large_enough_and_rich_in_emergencies() -> None:
    assert len(VIGNETTES) >= MIN_CASES
    assert len(EMERGENCIES) >= MIN_EMERGENCY_CASES


def test_every_red_flag_is_raised_by_some_vignette() -> None:
    covered = {flag for v in OPEN_CASES for flag in v.expected_red_flags}
    covered |= {flag for v in OPEN_CASES for flag in outcome_of(v.id).red_flags
                if v.expected_triage is outcome_of(v.id).triage}
    assert {flag.id for flag in KB.red_flags} - covered == set()


def test_every_condition_is_an_expected_cause_of_some_vignette() -> None:
    covered = {cause for v in OPEN_CASES for cause in v.expected_causes}
    assert set(KB.conditions) - covered == set()


def test_every_triage_level_is_expected_by_some_vignette() -> None:
    assert {v.expected_triage for v in VIGNETTES} == set(Level)


# ----- How the runner holds a conversation -------------------------------------------------------


def test_volunteered_finding_is_never_asked_again() -> None:
    for vignette in VIGNETTES:
        outcome = outcome_of(vignette.id)
        asked = [f for f in outcome.asked if f in vignette.volunteer]
        assert len(asked) == len(set(asked)), vignette.id


def test_every_answer_of_the_original_set_is_understood() -> None:
    """Every answer to a question (an opening may be asked back to confirm it)."""
    missed = {v.id: said for v in VIGNETTES
              if (said := [n for n in outcome_of(v.id).not_understood
                           if not n.startswith("opening:")])}
    assert not missed, missed


def test_unlisted_findings_are_answered_no_or_unsure() -> None:
    patient = Vignette(
        id="only_onset_known",
        description="A patient who only says how it started.",
        facts={"onset": "gradual"},
        volunteer=(),
        expected_triage=Level.ROUTINE,
        expected_causes=("peripheral_neuropathy",),
        expected_red_flags=(),
        source="nhs_pins_and_needles",
    )
    assert patient.answer_to(KB.question("onset")) == "gradual"
    assert patient.answer_to(KB.question("bladder_bowel")) == "no"
    assert patient.answer_to(KB.question("side")) == "unsure"
    assert patient.answer_to(KB.question("duration")) == "unsure"
