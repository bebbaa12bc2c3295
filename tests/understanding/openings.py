"""A screening opened with a person's own first words, and a whole case of our own played
through the vignette runner: the clinic tuners' tests (rounds 28 to 31) say their sentences
this way, so the way is written once, here."""

from __future__ import annotations

from alexa_simulator import Simulator
from scripts.vignette_runner import _vignette, run_vignette
from skill.screening.knowledge import default_knowledge

KB = default_knowledge()


def opened_with(locale: str, opening: str) -> tuple[dict, str]:
    """The screening's session state and the skill's reply after `opening` is said first."""
    sim = Simulator(locale=locale)
    sim.launch()
    speech = sim.say(opening).speech
    return sim.session_attributes.get("screening", {}), speech


def flags_of(screening: dict) -> list[str]:
    """The red flags recorded, sure or still to be confirmed."""
    return (screening.get("red_flags") or []) + (screening.get("unsure_flags") or [])


def history_of(screening: dict) -> str:
    """The answers recorded, led by a space so " finding=value" matches whole keys only."""
    return " " + screening.get("history", "")


def own_case(locale: str, says: str, facts: dict[str, str], expected: str, causes: list[str],
             source: str):
    """A vignette of our own (not from any set) played to its end, as the report plays one."""
    case = _vignette({"id": "own", "description": "own case", "facts": facts, "says": says,
                      "locale": locale, "expected_triage": expected,
                      "expected_causes": causes, "source": source}, KB, "own")
    return run_vignette(KB, case)
