"""check_samples_resolve: every sample must come back to its own intent."""

from __future__ import annotations

import json
from pathlib import Path

from alexa_simulator.cli import main
from alexa_simulator.model_check import check_samples_resolve

from .conftest import MODEL_DIR


def test_fixture_model_is_clean() -> None:
    assert check_samples_resolve(MODEL_DIR, "en-US") == []


def test_clashing_samples_are_reported(tmp_path: Path) -> None:
    model = {"interactionModel": {"languageModel": {
        "invocationName": "clash",
        "intents": [
            {"name": "AMAZON.YesIntent", "samples": []},
            {"name": "AgreeIntent", "samples": ["yes", "i agree"]},
            {"name": "SizeIntent", "slots": [{"name": "size", "type": "Size"}],
             "samples": ["{size}", "i agree"]},
        ],
        "types": [{"name": "Size", "values": [{"id": "s", "name": {"value": "small"}}]}],
    }}}
    (tmp_path / "en-US.json").write_text(json.dumps(model))
    problems = check_samples_resolve(tmp_path, "en-US")
    assert any(p.startswith("SizeIntent: 'i agree'") and "resolves to AgreeIntent" in p
               for p in problems), problems
    assert "AgreeIntent: 'yes' is also how people say AMAZON.YesIntent; Alexa may pick either" in (
        problems)
    assert main(["check", "--model-dir", str(tmp_path)]) == 1
