"""The documented commands work as written.

Every shell block (```sh, ```bash, ```console) in the README and the guides is marked just above
its fence: `<!-- readme-test: run -->` runs it here, from the repository root, offline;
`<!-- readme-test: skip (why) -->` says why it cannot (it needs an account, the network, or is
this very test run). An unmarked block fails, so a new command gets a decision. In a `console`
block, each `$ ` line is run and the lines after it are the output it must show, in order (with
whitespace folded, extra lines allowed, `...` standing for any text).
"""

from __future__ import annotations

import os
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DOCUMENTS = ("README.md", "docs/deploy.md", "interaction_model/README.md")
SHELLS = {"sh", "bash", "console"}
FENCE = re.compile(r"^(\s*)```(\w*)\s*$")
ENTRY_STARTS = ("[", "(", "--", "YOU:", "ALEXA:")
MARK = re.compile(r"<!--\s*readme-test:\s*(run|skip)\b(.*?)-->")


@dataclass(frozen=True)
class Block:
    document: str
    line: int
    language: str
    text: str
    mark: str | None  # "run", "skip" or None

    @property
    def name(self) -> str:
        return f"{self.document}:{self.line}"


def blocks(document: str) -> list[Block]:
    lines = (ROOT / document).read_text(encoding="utf-8").splitlines()
    found, index = [], 0
    while index < len(lines):
        opening = FENCE.match(lines[index])
        if not opening:
            index += 1
            continue
        indent, language = opening.groups()
        end = index + 1
        while end < len(lines) and not lines[end].strip().startswith("```"):
            end += 1
        body = "\n".join(line[len(indent):] for line in lines[index + 1 : end])
        previous = lines[index - 1] if index else ""
        mark = MARK.search(previous)
        found.append(Block(document, index + 1, language, body, mark.group(1) if mark else None))
        index = end + 1
    return found


SHELL_BLOCKS = [block for doc in DOCUMENTS for block in blocks(doc) if block.language in SHELLS]


def _fold(text: str) -> str:
    return " ".join(text.split())


# A make that runs this test (`make test ARGS=...`) must not pass its variables on to the
# commands the README documents, which a reader types in a plain shell (make exports ARGS).
_MAKE_VARIABLES = {"MAKEFLAGS", "MFLAGS", "MAKELEVEL", "ARGS"}
_PLAIN_SHELL = {k: v for k, v in os.environ.items() if k not in _MAKE_VARIABLES}


def _run(command: str) -> str:
    result = subprocess.run(
        ["bash", "-euo", "pipefail", "-c", command], cwd=ROOT, capture_output=True, text=True,
        timeout=600, check=False, env=_PLAIN_SHELL,
    )  # fmt: skip
    assert result.returncode == 0, f"{command}\n{result.stdout[-2000:]}{result.stderr[-2000:]}"
    return result.stdout


def _expect_in_order(expected: str, actual: str) -> None:
    """Every piece of the expected output (an entry per line that is not an indented
    continuation, pieces split at '...') appears in the actual output, in order."""
    entries: list[str] = []
    for line in expected.splitlines():
        if entries and line[:1].isspace() and not line.lstrip().startswith(ENTRY_STARTS):
            entries[-1] += " " + line
        elif line.strip():
            entries.append(line)
    folded, position = _fold(actual), 0
    for entry in entries:
        for piece in (_fold(part) for part in _fold(entry).split("...")):
            if not piece:
                continue
            found = folded.find(piece, position)
            assert found >= 0, f"not in the output (in order): {piece!r}\n---\n{actual[-3000:]}"
            position = found + len(piece)


def test_every_shell_block_is_marked_run_or_skip() -> None:
    unmarked = [block.name for block in SHELL_BLOCKS if block.mark is None]
    assert not unmarked, "mark these <!-- readme-test: run --> or skip (why): " + str(unmarked)
    assert any(block.mark == "run" for block in SHELL_BLOCKS)


@pytest.mark.slow
@pytest.mark.parametrize(
    "block",
    [block for block in SHELL_BLOCKS if block.mark == "run"],
    ids=lambda block: block.name,
)
def test_documented_command_runs_as_written(block: Block) -> None:
    if block.language != "console":
        _run(block.text)
        return
    commands: list[tuple[str, list[str]]] = []
    for line in block.text.splitlines():
        if line.startswith("$ "):
            commands.append((line[2:], []))
        elif commands:
            commands[-1][1].append(line)
    assert commands, f"{block.name}: a console block needs '$ ' lines"
    for command, expected in commands:
        _expect_in_order("\n".join(expected), _run(command))
