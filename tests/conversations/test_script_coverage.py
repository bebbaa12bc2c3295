"""The conversation scripts keep covering the knowledge base as it grows.

Every red flag in skill/data/red_flags.yaml must be checked by a script that hears it by
answering its question, several by a script where it is volunteered, and every triage level must
be reached by a whole conversation. A new red flag without a script fails here, by name.
"""

from __future__ import annotations

import re
from pathlib import Path

from alexa_simulator.script import Script, load_scripts
from skill.screening.knowledge import Level, default_knowledge

HERE = Path(__file__).parent
SCRIPTS = load_scripts(HERE)
FLAG_CHECK = re.compile(r'"([a-z_]+)"')


def _flags_checked(scripts: list[Script]) -> set[str]:
    """Red flag ids a script expects in sessionAttributes.assessment.red_flags."""
    found: set[str] = set()
    for script in scripts:
        for step in script.steps:
            expected = step.expect.get("sessionAttributes.assessment.red_flags")
            if isinstance(expected, str):
                found.update(FLAG_CHECK.findall(expected))
    return found


def _levels_checked(scripts: list[Script]) -> set[str]:
    return {
        str(step.expect["sessionAttributes.assessment.triage"])
        for script in scripts
        for step in script.steps
        if "sessionAttributes.assessment.triage" in step.expect
    }


def _in_file(name: str) -> list[Script]:
    return [script for script in SCRIPTS if script.path.name == name]


def test_there_are_enough_conversations() -> None:
    assert len(SCRIPTS) >= 30, f"only {len(SCRIPTS)} conversation tests"


def test_every_red_flag_is_heard_by_answering_its_question() -> None:
    flags = {flag.id for flag in default_knowledge().red_flags}
    missing = sorted(flags - _flags_checked(_in_file("red_flags_answered.yaml")))
    assert not missing, f"red flags without an answered-question script: {missing}"


def test_red_flags_are_heard_when_volunteered() -> None:
    volunteered = _flags_checked(_in_file("red_flags_volunteered.yaml"))
    assert len(volunteered) >= 5, f"only {sorted(volunteered)} volunteered"


def test_every_red_flag_warning_is_checked_first() -> None:
    """Each script that checks a flag also checks that the reply starts with the warning."""
    unchecked = []
    for script in _in_file("red_flags_answered.yaml") + _in_file("red_flags_volunteered.yaml"):
        if not any("sessionAttributes.assessment.red_flags" in step.expect
                   for step in script.steps):
            continue  # a script about what is not (yet) a red flag
        if not any("/^Warning" in str(step.expect.get("prompt", "")) for step in script.steps):
            unchecked.append(script.name)
    assert not unchecked, f"scripts that never check /^Warning/: {unchecked}"


def test_every_triage_level_is_reached() -> None:
    levels = {level.value for level in Level}
    missing = sorted(levels - _levels_checked(_in_file("triage_levels.yaml")))
    assert not missing, f"triage levels no whole conversation reaches: {missing}"
