"""pytest collection of YAML conversation scripts: each test in a file becomes a pytest item.

Re-export the hooks from a conftest.py next to the scripts (collection is then limited to that
folder)::

    # tests/conversations/conftest.py
    from alexa_simulator.pytest_plugin import pytest_addhooks, pytest_collect_file  # noqa: F401

and optionally choose the simulator each script runs on (default: the project's skill
in-process, set up from the script's `configuration:`)::

    def pytest_simulator_make(script, config):
        return Simulator(locale=script.locale, handler=my_handler)

Only YAML files that look like conversations are collected: the first line that is not blank,
a comment or `---` starts with `configuration:` or `- test:`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from alexa_simulator.errors import SimulatorError
from alexa_simulator.script import Script, ScriptResult, load_file, run_script

_FIRST_LINE = re.compile(r"^(configuration\s*:|-\s+test\s*:)")


class SimulatorHookspecs:
    """The hook a conftest may implement to supply the Simulator for a script."""

    @pytest.hookspec(firstresult=True)
    def pytest_simulator_make(self, script: Script, config: pytest.Config) -> Any:
        """Return a alexa_simulator.Simulator for `script`, or None for the default."""


def pytest_addhooks(pluginmanager: pytest.PytestPluginManager) -> None:
    """Declare pytest_simulator_make once, however many conftests re-export this."""
    caller = getattr(pluginmanager.hook, "pytest_simulator_make", None)
    if caller is None or not caller.has_spec():
        pluginmanager.add_hookspecs(SimulatorHookspecs)


def looks_like_conversation(path: Path) -> bool:
    """True for YAML files whose first meaningful line is `configuration:` or `- test:`."""
    try:
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                stripped = line.strip()
                if not stripped or stripped.startswith("#") or stripped == "---":
                    continue
                return bool(_FIRST_LINE.match(stripped))
    except (OSError, UnicodeDecodeError):
        return False
    return False


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> pytest.Collector | None:
    """Collect conversation scripts; leave other YAML alone."""
    if file_path.suffix in {".yaml", ".yml"} and looks_like_conversation(file_path):
        return ConversationFile.from_parent(parent, path=file_path)
    return None


class ConversationFailedError(Exception):
    """Raised by an item whose conversation did not go as scripted."""

    def __init__(self, result: ScriptResult) -> None:
        super().__init__(result.report())
        self.result = result


class ConversationFile(pytest.File):
    """A YAML file of conversations."""

    def collect(self) -> Iterator[ConversationItem]:
        """One item per test; a malformed file is a collection error with its one-line message."""
        try:
            scripts = load_file(self.path)
        except SimulatorError as exc:
            raise self.CollectError(str(exc)) from exc
        seen: dict[str, int] = {}
        for script in scripts:
            seen[script.name] = seen.get(script.name, 0) + 1
            name = script.name if seen[script.name] == 1 else f"{script.name} [{seen[script.name]}]"
            yield ConversationItem.from_parent(self, name=name, script=script)


class ConversationItem(pytest.Item):
    """One scripted conversation, run on a fresh session."""

    def __init__(self, *, script: Script, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.script = script

    def runtest(self) -> None:
        """Play the script on the conftest's simulator, or the default one."""
        make = getattr(self.ihook, "pytest_simulator_make", None)
        simulator = make(script=self.script, config=self.config) if make is not None else None
        result = run_script(self.script, simulator)
        if not result.passed:
            raise ConversationFailedError(result)

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None) -> Any:
        """The runner's report instead of a traceback into the simulator."""
        if isinstance(excinfo.value, ConversationFailedError):
            return excinfo.value.result.report()
        return super().repr_failure(excinfo)

    def reportinfo(self) -> tuple[Path, int, str]:
        """Point at the test in its YAML file."""
        return self.path, self.script.line - 1, f"conversation: {self.script.name}"
