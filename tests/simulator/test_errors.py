"""User mistakes get one clear line and exit code 2, never a traceback."""

from __future__ import annotations

import json
import socket
from pathlib import Path
from typing import Any

import pytest

from alexa_simulator import ModelError, Simulator, TargetError
from alexa_simulator.cli import main

from .conftest import MODEL_DIR


def test_unknown_locale_lists_the_ones_there_are(echo_handler: Any) -> None:
    with pytest.raises(ModelError) as caught:
        Simulator(locale="en-XX", handler=echo_handler, model_dir=MODEL_DIR)
    message = str(caught.value)
    assert message.endswith("en-XX.json: no such locale (have: en-GB, en-US)")


def test_missing_model_folder(tmp_path: Path, echo_handler: Any) -> None:
    with pytest.raises(ModelError, match="no interaction model folder"):
        Simulator(handler=echo_handler, model_dir=tmp_path / "nowhere")


def _model_file(tmp_path: Path, text: str) -> Path:
    (tmp_path / "en-US.json").write_text(text)
    return tmp_path


def test_broken_json_names_file_and_line(tmp_path: Path, echo_handler: Any) -> None:
    folder = _model_file(tmp_path, '{"interactionModel": {\n  "languageModel": ,\n}}')
    with pytest.raises(ModelError, match=r"en-US.json:2:\d+: not valid JSON"):
        Simulator(handler=echo_handler, model_dir=folder)


@pytest.mark.parametrize(
    ("language_model", "message"),
    [
        ({"intents": []}, "invocationName is missing"),
        ({"invocationName": "x", "intents": [{"name": "A", "samples": ["hi {who}"]}]},
         r"intent A: sample 'hi \{who\}' uses \{who\}, not a slot"),
        ({"invocationName": "x", "intents": [{"name": "A", "slots": [
            {"name": "s", "type": "Nope"}]}]}, "slot s has type Nope, which is not defined"),
        ({"invocationName": "x", "intents": [{"name": "A"}, {"name": "A"}]}, "declared twice"),
        ({"invocationName": "x", "intents": "oops"}, "intents must be a list"),
    ],
)
def test_model_structure_errors(
    tmp_path: Path, echo_handler: Any, language_model: dict[str, Any], message: str
) -> None:
    folder = _model_file(tmp_path, json.dumps({"interactionModel": {
        "languageModel": language_model}}))
    with pytest.raises(ModelError, match=message):
        Simulator(handler=echo_handler, model_dir=folder)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.mark.slow
def test_endpoint_down() -> None:
    url = f"http://127.0.0.1:{_free_port()}/"
    sim = Simulator(url=url, model_dir=MODEL_DIR)
    with pytest.raises(TargetError, match=f"{url}: cannot connect"):
        sim.launch()


@pytest.mark.slow
def test_endpoint_not_json(html_url: str) -> None:
    sim = Simulator(url=html_url, model_dir=MODEL_DIR)
    with pytest.raises(TargetError, match="reply is not JSON: '<html>oops</html>'"):
        sim.launch()


@pytest.mark.slow
def test_endpoint_http_error(failing_url: str) -> None:
    sim = Simulator(url=failing_url, model_dir=MODEL_DIR)
    with pytest.raises(TargetError, match=r"HTTP 500 .*kaput"):
        sim.launch()


def test_cli_unknown_locale_is_one_line_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["--locale", "en-XX", "--model-dir", str(MODEL_DIR)])
    err = capsys.readouterr().err
    assert code == 2
    assert err.count("\n") == 1 and err.startswith("simulator: ")
    assert "no such locale (have: en-GB, en-US)" in err


def test_cli_bad_handler_is_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--handler", "no_such_module_xyz:handler", "--model-dir", str(MODEL_DIR)]) == 2
    assert "no module no_such_module_xyz" in capsys.readouterr().err


@pytest.mark.slow
def test_cli_run_against_a_dead_endpoint_is_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    script = tmp_path / "s.yaml"
    script.write_text("- test: t\n- open pizza bot: welcome\n")
    url = f"http://127.0.0.1:{_free_port()}/"
    assert main(["run", str(script), "--url", url, "--model-dir", str(MODEL_DIR)]) == 2
    out = capsys.readouterr().out
    assert f"{url}: cannot connect" in out and "0 passed, 1 failed, 1 errors" in out
