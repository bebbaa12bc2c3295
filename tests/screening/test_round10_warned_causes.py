"""Round 10 (clinic10): the causes told agree with the warning given. A red flag's `causes`
(red_flags.yaml) are the conditions its warning speaks of; with the flag raised they are among
the three causes told, after the likelier ones. Sciatica in both legs warns that nerves at the
base of the spine may be squeezed (NHS sciatica: cauda equina syndrome), so it is never told
beside sciatica, a slipped disc and narrowing alone (original vignette
`cauda_equina_unsure_about_bladder`, by class). docs/clinical-safety.md section 5n."""

from __future__ import annotations

import pytest

from skill.screening.assessment import MAX_CAUSES, assess, raised_flags
from skill.screening.knowledge import UNSURE, default_knowledge
from tests.alexa.test_review7_panic_leak_and_ischaemia import flags
from tests.alexa.test_safety_review import triage
from tests.screening.test_round9_general_rules import converse, history

KB = default_knowledge()
WITH_CAUSES = [flag for flag in KB.red_flags if flag.causes]


def _answers(pattern) -> dict[str, str]:
    return {f: next((a for a in sorted(allowed) if a != UNSURE), UNSURE)
            for f, allowed in pattern.items()}


def test_the_warnings_that_name_one_picture_say_which() -> None:
    ids = {flag.id: flag.causes for flag in WITH_CAUSES}
    assert ids["bilateral_sciatica"] == ("cauda_equina_syndrome",)
    assert ids["back_pain_after_cancer"] == ("spinal_cord_compression",)
    assert "new_leg_weakness" not in ids  # many pictures: stroke, cord, cauda equina, GBS


@pytest.mark.parametrize("flag", WITH_CAUSES, ids=lambda f: f.id)
def test_every_flag_raised_tells_the_causes_its_warning_speaks_of(flag) -> None:
    for pattern in flag.when:
        answers = _answers(pattern)
        result = assess(KB, answers)
        assert flag.id in [r.flag.id for r in result.red_flags]
        told = [c.condition.id for c in result.causes]
        assert len(told) <= MAX_CAUSES
        for cause in flag.causes:
            assert cause in told, (flag.id, answers, told)


def test_a_cause_brought_in_keeps_the_likelier_ones_before_it() -> None:
    answers = {"onset": "gradual", "side": "both_legs", "duration": "weeks", "back_pain": "yes",
               "shooting_down_leg": "yes", "bladder_bowel": "unsure", "recent": "no",
               "bladder_weeks": "no"}
    result = assess(KB, answers, flags=raised_flags(KB, answers))
    told = [c.condition.id for c in result.causes]
    assert told[-1] == "cauda_equina_syndrome" and told[0] == "sciatica"
    assert result.level.value == "emergency"


def test_without_a_flag_the_causes_told_are_unchanged() -> None:
    # control: pins and needles after sitting, no flag, nothing brought in
    answers = {"onset": "sudden", "side": "one_leg", "duration": "hours", "positional": "yes"}
    result = assess(KB, answers)
    assert not result.red_flags
    assert result.causes[0].condition.id == "positional_compression"


BOTH_SIDES = [
    ("en-US", "I've had sciatica down the back of both legs for a few weeks with my low back pain"),
    ("en-GB", "Sciatica's been shooting down both legs for a few weeks, bad back with it"),
    ("en-AU", "Got sciatica running down both legs for a few weeks and my lower back's crook"),
    ("en-IN", "Since three weeks sciatica pain is going down both my legs with back pain"),
    ("en-CA", "For a few weeks now sciatica has been shooting down both my legs from my low back"),
]


@pytest.mark.parametrize(("locale", "opening"), BOTH_SIDES)
def test_sciatica_in_both_legs_is_warned_with_cauda_equina_among_the_causes(
        locale: str, opening: str) -> None:
    _, reply = converse(locale, opening, {
        "onset": "slowly", "side": "both legs", "duration": "a few weeks", "back_pain": "yes",
        "shooting_down_leg": "yes"})
    assert triage(reply) == "emergency", history(reply)
    assert "bilateral_sciatica" in flags(reply)
    assert "cauda_equina_syndrome" in reply.session_attributes["assessment"]["causes"]
