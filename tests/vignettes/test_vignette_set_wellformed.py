"""The later vignette sets are well formed: enough valid cases, a fixed held-back third each.

These checks read every part (ids, values and counts only) so that a malformed or unbalanced set
fails before anyone measures on it; they never run the engine on a case.
"""

from __future__ import annotations

from collections import Counter
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from scripts.vignette_runner import _trusted_url
from skill.screening.knowledge import ANSWERS_BY_KIND, LEVELS, default_knowledge
from tests.vignettes.vignette_set import (
    PARTS,
    SECOND,
    SPLITS,
    TIMED_FINDINGS,
    VignetteSplit,
    held_back_ids,
    load_new_ids,
    load_part,
)

MIN_CASES = 60
# Cases each set written after the second must hold (the brief's minimum for a later set is 30).
MIN_LATER_CASES = {"third": 36, "fourth": 36, "fifth": 36, "sixth": 36, "seventh": 36,
                   "eighth": 36, "ninth": 36, "tenth": 36, "eleventh": 36,
                   "twelfth": 36, "thirteenth": 36, "fourteenth": 36,
                   "fifteenth": 36, "sixteenth": 36, "seventeenth": 36,
                   "eighteenth": 36, "nineteenth": 36,
                   "twentieth": 36, "twenty-first": 36, "twenty-second": 36,
                   "twenty-third": 36, "twenty-fourth": 36, "twenty-fifth": 36,
                   "twenty-sixth": 36, "twenty-seventh": 36, "twenty-eighth": 36,
                   "twenty-ninth": 36, "thirtieth": 36, "thirty-first": 36,
                   "thirty-second": 36, "thirty-third": 36,
                   "thirty-fourth": 36, "thirty-fifth": 36,
                   "thirty-sixth": 36, "thirty-seventh": 36,
                   "thirty-eighth": 36, "thirty-ninth": 36,
                   "fortieth": 36}
LOCALES_DIR = Path(__file__).parents[2] / "skill" / "data" / "locales"
REQUIRED = (
    "id",
    "locale",
    "says",
    "description",
    "facts",
    "expected_triage",
    "expected_causes",
    "source",
)
OPTIONAL = ("volunteer", "expected_red_flags", "written_triage", "correction")
YES_NO = ANSWERS_BY_KIND["yes_no"]
# The findings issue 12 balances: as many long-standing yeses as acute ones.
WALKING_OR_BLADDER = ("leg_weakness", "bladder_bowel")

KB = default_knowledge()
NEW = load_new_ids()


@cache
def part(name: str) -> tuple[dict[str, Any], ...]:
    return tuple(load_part(name))


def all_cases() -> tuple[dict[str, Any], ...]:
    return part("tuning") + part("held_back")


def cases_of(split: VignetteSplit) -> tuple[dict[str, Any], ...]:
    return tuple(case for name in split.part_names() for case in part(name))


def every_case() -> list[Any]:
    """Every case of every set, for the checks each case must pass on its own."""
    return [
        pytest.param(case, id=case["id"]) for split in SPLITS.values() for case in cases_of(split)
    ]


def every_split() -> list[Any]:
    return [pytest.param(split, id=name) for name, split in SPLITS.items()]


def answers_for(finding: str) -> tuple[str, ...]:
    if finding in KB.questions_by_id:
        return ANSWERS_BY_KIND[KB.question(finding).kind]
    return YES_NO


def test_the_set_holds_at_least_sixty_cases_with_unique_ids():
    ids = [case["id"] for case in all_cases()]
    assert len(ids) >= MIN_CASES
    assert [i for i, n in Counter(ids).items() if n > 1] == []


def test_new_ids_do_not_shadow_each_other():
    assert len(set(NEW["findings"])) == len(NEW["findings"])
    assert len(set(NEW["conditions"])) == len(NEW["conditions"])


@pytest.mark.parametrize("case", every_case())
def test_each_case_has_exactly_the_known_fields(case):
    assert set(REQUIRED) <= set(case), f"missing {set(REQUIRED) - set(case)}"
    unknown = set(case) - set(REQUIRED) - set(OPTIONAL)
    assert not unknown, f"unknown fields {unknown}"
    assert isinstance(case["says"], str) and len(case["says"].split()) >= 5


@pytest.mark.parametrize("case", every_case())
def test_each_case_speaks_from_a_supported_locale(case):
    assert (LOCALES_DIR / f"{case['locale']}.yaml").is_file()


@pytest.mark.parametrize("case", every_case())
def test_each_fact_is_a_known_finding_with_a_valid_answer(case):
    for finding, answer in case["facts"].items():
        assert finding in KB.questions_by_id or finding in NEW["findings"], finding
        assert answer in answers_for(finding), f"{finding}: {answer!r}"


@pytest.mark.parametrize("case", every_case())
def test_volunteered_findings_are_facts_the_person_has_and_can_volunteer(case):
    for finding in case.get("volunteer", []):
        assert case["facts"].get(finding) == "yes", finding
        question = KB.questions_by_id.get(finding)
        assert question is not None and question.volunteer, f"{finding} cannot be volunteered"


@pytest.mark.parametrize("case", every_case())
def test_each_expectation_names_known_levels_causes_flags_and_sources(case):
    assert case["expected_triage"] in LEVELS
    causes = case["expected_causes"]
    assert causes and all(c in KB.conditions or c in NEW["conditions"] for c in causes), causes
    known_flags = {flag.id for flag in KB.red_flags}
    assert all(flag in known_flags for flag in case.get("expected_red_flags", []))
    assert case["source"] in KB.sources or _trusted_url(case["source"]), case["source"]


@pytest.mark.parametrize("case", every_case())
def test_a_corrected_expectation_keeps_the_level_it_was_written_with_and_says_why(case):
    if "written_triage" in case or "correction" in case:
        written = case["written_triage"]
        assert written in LEVELS and written != case["expected_triage"]
        assert len(case["correction"].split()) >= 10


@pytest.mark.parametrize("case", every_case())
def test_a_yes_to_weakness_bladder_or_a_cold_leg_says_whether_it_is_recent(case):
    facts = case["facts"]
    if any(facts.get(finding) == "yes" for finding in TIMED_FINDINGS):
        assert facts.get("recent") in ("yes", "no")


def walking_or_bladder_yes(case: dict[str, Any]) -> bool:
    return any(case["facts"].get(f) == "yes" for f in WALKING_OR_BLADDER)


@pytest.mark.parametrize("split", every_split())
def test_long_standing_yeses_to_walking_or_bladder_are_at_least_as_many_as_acute_ones(split):
    timed = [c["facts"] for c in cases_of(split) if walking_or_bladder_yes(c)]
    long_standing = sum(facts["recent"] == "no" for facts in timed)
    acute = sum(facts["recent"] == "yes" for facts in timed)
    assert acute >= 5
    assert long_standing >= acute


@pytest.mark.parametrize("split", every_split())
def test_long_standing_yeses_are_spread_over_triage_levels_below_emergency(split):
    levels = {
        c["expected_triage"]
        for c in cases_of(split)
        if c["facts"].get("recent") == "no" and walking_or_bladder_yes(c)
    }
    assert {"urgent", "routine", "self_care"} <= levels


@pytest.mark.parametrize("split", every_split())
def test_the_held_back_part_is_a_third_of_the_set(split):
    total = len(cases_of(split))
    assert abs(len(part(split.part_names()[1])) - total / 3) <= 1


@pytest.mark.parametrize("level", LEVELS)
def test_both_parts_hold_cases_of_every_triage_level(level):
    for name in PARTS:
        assert any(c["expected_triage"] == level for c in part(name)), (name, level)


def test_the_split_is_the_seeded_stratified_one():
    assert held_back_ids(all_cases()) == {c["id"] for c in part("held_back")}


def later_sets() -> list[Any]:
    return [pytest.param(name, id=name) for name in SPLITS if name != "second"]


@pytest.mark.parametrize("name", later_sets())
def test_a_later_set_split_is_the_seeded_stratified_one_with_its_own_seed(name):
    chosen = SPLITS[name]
    held = {c["id"] for c in part(chosen.part_names()[1])}
    assert held_back_ids(cases_of(chosen), chosen.seed) == held
    # Any other set's seed would split it otherwise.
    for other in SPLITS.values():
        if other.seed != chosen.seed:
            assert held_back_ids(cases_of(chosen), other.seed) != held, other.title


@pytest.mark.parametrize("name", later_sets())
def test_a_later_set_holds_enough_cases_with_ids_new_to_every_other_set(name):
    chosen = SPLITS[name]
    ids = [case["id"] for case in cases_of(chosen)]
    others = {c["id"] for other in SPLITS.values() if other is not chosen for c in cases_of(other)}
    assert len(ids) >= MIN_LATER_CASES[name]
    assert [i for i, n in Counter(ids).items() if n > 1] == []
    assert others.isdisjoint(ids)


def test_every_set_has_its_own_seed_and_files():
    assert len({s.seed for s in SPLITS.values()}) == len(SPLITS)
    assert len(PARTS) == 2 * len(SPLITS)
    assert SECOND.part_names() == ("tuning", "held_back")


@pytest.mark.parametrize("split", every_split())
def test_every_locale_appears_in_the_set(split):
    locales = {path.stem for path in LOCALES_DIR.glob("*.yaml")}
    assert locales <= {c["locale"] for c in cases_of(split)}
