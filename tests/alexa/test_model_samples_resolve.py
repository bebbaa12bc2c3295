"""Every sample utterance of every locale's interaction model resolves to its own intent.

Each sample is spoken with its slots filled by a value of their type and sent through the
simulator's NLU (`check_samples_resolve`): a sample that lands on another intent, loses a slot
value, or repeats a phrasing of a built-in intent the model declares is a sample Alexa may send to
the wrong handler. The failure lists every problem, one a line.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from alexa_simulator.model_check import check_samples_resolve

ROOT = Path(__file__).resolve().parents[2]
MODEL_DIR = ROOT / "interaction_model" / "interactionModels" / "custom"
LOCALES = sorted(path.stem for path in MODEL_DIR.glob("*.json"))


def test_there_is_a_model_for_en_us() -> None:
    assert "en-US" in LOCALES, f"no en-US model in {MODEL_DIR} (have: {LOCALES})"


@pytest.mark.parametrize("locale", LOCALES)
def test_every_sample_resolves_to_its_own_intent(locale: str) -> None:
    problems = check_samples_resolve(MODEL_DIR, locale)
    assert not problems, (
        f"{locale}: {len(problems)} sample(s) do not resolve to their own intent:\n"
        + "\n".join(f"  {problem}" for problem in problems)
    )
