"""Round 10 (clinic10): every emergency route has at least two ways in (a question that can be
asked, or words said unprompted; docs/clinical-safety.md section 6 lists them). The
Guillain-Barre breathing route was asked only after numbness climbing up the legs, a sudden
weakness, or fast breathing: weakness in both legs that built up over days or weeks (NHS 111
Wales and NHS Guillain-Barre: weakness on both sides, worse over days or weeks; 999 for trouble
breathing, swallowing or speaking) now asks it too, even when the numbness is not said to climb.
Controls: one leg, or months of it, does not ask it (screenings stay short), and the question
still warns in five locales."""

from __future__ import annotations

import pytest

from tests.alexa.test_review7_panic_leak_and_ischaemia import WARNING, flags
from tests.alexa.test_safety_review import triage
from tests.screening.test_round9_general_rules import converse, history, run

WEEKS_BOTH = {"onset": "gradual", "side": "both_legs", "leg_weakness": "yes", "recent": "no",
              "spreading_up": "no"}


@pytest.mark.parametrize("duration", ["days", "weeks"])
def test_weakness_in_both_legs_over_days_or_weeks_asks_about_breathing(duration: str) -> None:
    step, asked = run({**WEEKS_BOTH, "duration": duration, "breathing_swallowing": "yes"}, {})
    assert "breathing_swallowing" in asked
    assert step.assessment.level.value == "emergency"
    assert "breathing_swallowing" in [r.flag.id for r in step.assessment.red_flags]


def test_not_sure_about_breathing_after_weeks_of_weakness_in_both_legs_is_the_emergency() -> None:
    step, _ = run({**WEEKS_BOTH, "duration": "weeks", "breathing_swallowing": "unsure"}, {})
    assert step.assessment.level.value == "emergency"


@pytest.mark.parametrize("facts", [
    {"side": "one_leg", "duration": "weeks"},
    {"side": "both_legs", "duration": "months", "weakness_worse": "no"},
])
def test_weakness_in_one_leg_or_for_months_does_not_ask_about_breathing(facts) -> None:
    _, asked = run({**WEEKS_BOTH, **facts}, {})
    assert "breathing_swallowing" not in asked


OPENINGS = [
    ("en-US", "For the past two weeks my feet have tingled and both my legs are getting weaker"),
    ("en-GB", "My feet have had pins and needles for a fortnight and both legs feel weaker"),
    ("en-AU", "Both my legs have been going weak for a couple of weeks and my feet are tingly"),
    ("en-IN", "Since two weeks both legs are becoming weak and feet are tingling"),
    ("en-CA", "My feet have been numb for a few weeks and both of my legs are getting weak"),
]
SAID = {"onset": "slowly", "side": "both legs", "duration": "a few weeks",
        "cauda_equina_signs": "yes", "leg_weakness": "yes", "recent": "no",
        "spreading_up": "no", "breathing_swallowing": "yes"}


@pytest.mark.parametrize(("locale", "opening"), OPENINGS)
def test_trouble_breathing_after_weeks_of_weakness_in_both_legs_is_warned(
        locale: str, opening: str) -> None:
    spoken, reply = converse(locale, opening, SAID)
    assert any(text.startswith(WARNING) for text in spoken), (history(reply), spoken)
    assert triage(reply) == "emergency" and "breathing_swallowing" in flags(reply)


@pytest.mark.parametrize(("locale", "opening"), OPENINGS)
def test_no_trouble_breathing_after_weeks_of_weakness_in_both_legs_is_same_day_care(
        locale: str, opening: str) -> None:
    _, reply = converse(locale, opening, {**SAID, "breathing_swallowing": "no"})
    assert triage(reply) == "urgent", history(reply)
