"""Advice never contradicts the triage: every condition's self-care and treatment answer, at every
triage level, agrees with the headline spoken for that level.

After a result that needs care today or now, "self-care tips" says what to do instead of home tips
(no "walk often, pausing when the pain comes" after an urgent rest-pain result), and "how is it
treated" leads with what to do. Self-care lines themselves never give a level ("go to an emergency
department now" under a same-day headline), and nothing suggests heat on numb skin.
"""

from __future__ import annotations

import re

import pytest

from skill.screening.knowledge import Level, default_knowledge
from skill.screening.locale import supported_locales, wording_for
from skill.screening.wording import HOME_FAMILIES, Wording

KB = default_knowledge()
CONDITIONS = sorted(KB.conditions)
# Words that tell a person how urgently to act: they belong to the level's advice alone.
LEVEL_WORDS = re.compile(r"\b(emergency department|call (your|9|an)|today|right now|straight away|"
                         r"go to (a|an|the) )", re.IGNORECASE)
HEAT = re.compile(r"\b(heat|hot water bottle|warm)\w*\b[^.;]*\b(can|may) (ease|help)",
                  re.IGNORECASE)


@pytest.mark.parametrize("condition_id", CONDITIONS)
def test_self_care_lines_never_set_their_own_level(condition_id: str) -> None:
    for line in KB.conditions[condition_id].self_care:
        assert not LEVEL_WORDS.search(line), (condition_id, line)


@pytest.mark.parametrize("condition_id", CONDITIONS)
def test_nothing_suggests_heat_on_numb_skin(condition_id: str) -> None:
    condition = KB.conditions[condition_id]
    for line in (*condition.self_care, *(t.text for t in condition.treatments)):
        if re.search(r"\bbath\b", line):
            assert re.search(r"test (the|bath) water", line, re.IGNORECASE), (condition_id, line)
            continue
        assert not HEAT.search(line), (condition_id, line)


@pytest.mark.parametrize("locale", supported_locales())
@pytest.mark.parametrize("level", list(Level), ids=[level.value for level in Level])
@pytest.mark.parametrize("condition_id", CONDITIONS)
def test_self_care_and_treatment_agree_with_the_headline(condition_id: str, level: Level,
                                                         locale: str) -> None:
    wording = Wording(KB, wording_for(locale))
    condition = KB.conditions[condition_id]
    action = wording.advice(level)
    care = wording.self_care(condition, level)
    treated = wording.treatment(condition, level)
    if level.rank >= Level.URGENT.rank:
        # What to do now comes first; home tips only for a serious cause, as what to do while
        # waiting; no home-care treatment family, and no "see a doctor if" line.
        assert care.startswith(wording.line("self_care_not_now")) and action in care
        assert treated.startswith(action)
        if condition.triage.rank < Level.URGENT.rank:
            assert not any(tip in care for tip in condition.self_care)
        assert not any(t.text in treated for t in condition.treatments
                       if t.family in HOME_FAMILIES)
        assert condition.see_doctor not in treated
    else:
        assert care == " ".join(condition.self_care)
        assert wording.line("self_care_not_now") not in care
        assert not LEVEL_WORDS.search(care)


def test_self_care_without_a_cause_also_fits_the_level() -> None:
    wording = Wording(KB, wording_for("en-US"))
    assert wording.self_care(None, Level.URGENT).startswith(wording.line("self_care_not_now"))
    assert wording.self_care(None, Level.ROUTINE) == wording.general("self_care")


def test_australia_says_triple_zero_and_india_names_the_ambulance_number() -> None:
    au, india = Wording(KB, wording_for("en-AU")), Wording(KB, wording_for("en-IN"))
    assert "Call triple zero now" in au.advice(Level.EMERGENCY)
    assert "Call 000 now" in au.advice(Level.EMERGENCY, written=True)
    assert "1 1 2, or 1 0 8 for an ambulance" in india.advice(Level.EMERGENCY)
    assert "112 (or 108 for an ambulance)" in india.advice(Level.EMERGENCY, written=True)


@pytest.mark.parametrize("locale", supported_locales())
def test_the_reminder_after_a_warning_is_short_and_names_the_number(locale: str) -> None:
    from skill.screening.assessment import raised_flags

    wording = Wording(KB, wording_for(locale))
    number = wording_for(locale).services.emergency_short
    for flag in KB.red_flags:
        answers = {finding: sorted(allowed)[-1] if "yes" not in allowed else "yes"
                   for finding, allowed in flag.when[0].items()}
        flags = raised_flags(KB, answers)
        reminder = wording.reminder(flags)
        assert number in reminder and len(reminder.split()) <= 12, (locale, flag.id, reminder)


def test_the_result_repeats_the_most_urgent_warning_in_full_and_keeps_a_new_flag_of_its_level(
) -> None:
    """The result after an answer that raised a second flag of the same level: the first flag's
    whole warning, then the new one's, then "you also told me about other warning signs"."""
    from skill.screening.assessment import RaisedFlag
    from skill.screening.wording import Utterance

    wording = Wording(KB, wording_for("en-US"))
    emergency = [f for f in KB.red_flags if f.level is Level.EMERGENCY][:2]
    flags = [RaisedFlag(f, Level.EMERGENCY, False) for f in emergency]
    said = wording.warning_first(Utterance("Result.", None, full_warning=True), flags,
                                 new=[emergency[1].id]).text
    assert said.startswith(f"Warning. {emergency[0].warning}"), said
    assert emergency[1].warning in said and wording.line("also_flags") in said, said
    # Mid-screening, the same new flag is said once in full, the first not again.
    mid = wording.warning_first(Utterance("Next?", None), flags, new=[emergency[1].id]).text
    assert emergency[1].warning in mid and emergency[0].warning not in mid, mid
