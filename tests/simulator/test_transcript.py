"""Recording every turn and replaying it against the skill as it is now."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from alexa_simulator import Simulator
from alexa_simulator.cli import main
from alexa_simulator.targets import HandlerTarget
from alexa_simulator.transcript import load, replay

from .conftest import ECHO_PATH, MODEL_DIR


def _record(sim: Simulator, path: Path) -> None:
    sim.say("open pizza bot")
    sim.say("order a pizza")
    sim.say("large")
    sim.say("tell me about salami")
    sim.say("stop")
    sim.save_transcript(path)


def test_record_has_every_request_and_response(sim: Simulator, tmp_path: Path) -> None:
    path = tmp_path / "t.json"
    _record(sim, path)
    data = json.loads(path.read_text())
    assert data["format"] == "alexa-simulator-transcript"
    assert [t["heard"] for t in data["turns"]] == [
        "open pizza bot", "order a pizza", "large", "tell me about salami", "stop"]
    assert data["turns"][1]["source"] == "dialog-model"
    assert data["turns"][2]["intent"]["slots"]["size"]["id"] == "L"
    assert data["turns"][-1]["sessionEnded"] is True
    assert all(t["request"]["request"]["type"] for t in data["turns"])


def test_replay_unchanged_skill_has_no_differences(
    sim: Simulator, echo_handler: Any, tmp_path: Path
) -> None:
    path = tmp_path / "t.json"
    _record(sim, path)
    sent, differences = replay(load(path), HandlerTarget(echo_handler))
    assert sent == 6  # launch, started, in-progress + completed, topping, stop
    assert differences == []


def test_replay_reports_changed_speech(sim: Simulator, echo_handler: Any, tmp_path: Path) -> None:
    path = tmp_path / "t.json"
    _record(sim, path)

    def changed(event: dict[str, Any], context: Any) -> dict[str, Any]:
        reply = echo_handler(event, context)
        if event["request"]["type"] == "LaunchRequest":
            reply["response"]["outputSpeech"]["ssml"] = "<speak>Hello there.</speak>"
        return reply

    _, differences = replay(load(path), HandlerTarget(changed))
    assert len(differences) == 1
    report = differences[0].report()
    assert "turn 1 open pizza bot: speech differs" in report
    assert '- recorded: "Welcome to pizza bot. What would you like?"' in report
    assert '+ now:      "Hello there."' in report


def test_cli_record_then_replay(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    script = tmp_path / "s.yaml"
    script.write_text("- test: t\n- open pizza bot\n- tell me about mushrooms: id=mush\n")
    record = tmp_path / "rec.json"
    common = ["--handler", f"{ECHO_PATH}:build_handler"]
    assert main(["run", str(script), *common, "--model-dir", str(MODEL_DIR),
                 "--record", str(record)]) == 0
    assert main(["replay", str(record), *common]) == 0
    assert "replayed 2 requests from 2 turns: no differences" in capsys.readouterr().out


def test_replay_of_a_non_transcript_is_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "x.json"
    path.write_text("{}")
    assert main(["replay", str(path), "--handler", f"{ECHO_PATH}:build_handler"]) == 2
    assert "not a simulator transcript" in capsys.readouterr().err
