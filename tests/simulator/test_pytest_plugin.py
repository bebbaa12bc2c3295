"""YAML conversations collected as pytest items through a conftest that re-exports the plugin."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from alexa_simulator.model import REPO_ROOT

from .conftest import ECHO_PATH, MODEL_DIR

pytestmark = pytest.mark.slow  # runs pytest in a subprocess

CONFTEST = f"""
from alexa_simulator import Simulator
from alexa_simulator.pytest_plugin import pytest_addhooks, pytest_collect_file  # noqa: F401
from alexa_simulator.targets import load_handler

HANDLER = load_handler({str(ECHO_PATH) + ':build_handler'!r})


def pytest_simulator_make(script, config):
    return Simulator(locale=script.locale, handler=HANDLER, model_dir={str(MODEL_DIR)!r})
"""


def test_yaml_files_become_pytest_items(tmp_path: Path) -> None:
    conversations = tmp_path / "conversations"
    conversations.mkdir()
    (conversations / "conftest.py").write_text(CONFTEST)
    (conversations / "orders.yaml").write_text(textwrap.dedent("""\
        configuration:
          locale: en-US
        ---
        - test: good order
        - open pizza bot: welcome
        - a large pizza: id=L
        ---
        - test: bad order
        - open pizza bot: welcome
        - a large pizza: id=S
        """))
    (conversations / "data.yaml").write_text("not: a conversation\n")
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(conversations)],
        capture_output=True, text=True, cwd=REPO_ROOT, timeout=120, check=False,
    )
    out = done.stdout
    assert done.returncode == 1, out + done.stderr
    assert "1 failed, 1 passed" in out
    assert "orders.yaml::bad order" in out
    assert 'expected to contain "id=S"' in out
    assert "got \"intent OrderPizzaIntent size=large id=L dialog COMPLETED\"" in out
