"""Expectations of conversation scripts: bst-style matching of one expected value against actual.

A plain string is a case-insensitive substring (`*` a wildcard, "*" alone anything), `/re/flags`
a regex search, `!text` must not match, a list any of its items, `null` absent or empty, other
scalars equality, and a mapping either operators (not / equals / contains / regex / exists /
any / all) or a subset of keys to find in an actual mapping.
"""

from __future__ import annotations

import json
import re
from typing import Any


class _Missing:
    def __repr__(self) -> str:
        return "(absent)"


MISSING: Any = _Missing()
OPERATORS = frozenset({"not", "equals", "contains", "regex", "exists", "any", "all"})
_REGEX = re.compile(r"^/(.*)/([imsx]*)$", re.DOTALL)
_PATH = re.compile(r"\.?([^.\[\]]+)|\[(\d+)\]|\[\"([^\"]*)\"\]|\['([^']*)'\]")


def as_text(value: Any) -> str:
    """The actual value as the text string expectations look at."""
    if value is MISSING or value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return value
    if isinstance(value, int | float):
        return str(value)
    return json.dumps(value, sort_keys=True)


def _squash(text: str) -> str:
    return " ".join(text.split()).lower()


def _match_string(expected: str, actual: Any) -> bool:
    if expected.startswith("!") and len(expected) > 1:
        return not _match_string(expected[1:], actual)
    text = as_text(actual)
    if expected == "*":
        return text != ""
    regex = _REGEX.match(expected)
    if regex:
        flags = 0
        for letter in regex.group(2):
            flags |= {"i": re.I, "m": re.M, "s": re.S, "x": re.X}[letter]
        return re.search(regex.group(1), text, flags) is not None
    if "*" in expected:
        parts = [re.escape(_squash(p)) for p in expected.split("*")]
        return re.search(".*".join(parts), _squash(text), re.S) is not None
    return _squash(expected) in _squash(text)


def matches(expected: Any, actual: Any) -> bool:
    """Whether `actual` satisfies `expected` under the rules in this module's docstring."""
    if expected is None:
        return actual is MISSING or actual is None or actual == "" or actual == [] or actual == {}
    if isinstance(expected, bool):
        if isinstance(actual, str):
            return actual.lower() == str(expected).lower()
        return actual is expected
    if isinstance(expected, int | float):
        if isinstance(actual, bool):
            return False
        if isinstance(actual, int | float):
            return actual == expected
        return as_text(actual) == as_text(expected)
    if isinstance(expected, str):
        return _match_string(expected, actual)
    if isinstance(expected, list):
        return any(matches(e, actual) for e in expected)
    if isinstance(expected, dict):
        if expected and set(expected) <= OPERATORS:
            return all(_operator(op, value, actual) for op, value in expected.items())
        if not isinstance(actual, dict):
            return False
        return all(matches(value, actual.get(key, MISSING)) for key, value in expected.items())
    return bool(expected == actual)


def _operator(op: str, value: Any, actual: Any) -> bool:
    if op == "not":
        return not matches(value, actual)
    if op == "equals":
        return bool(actual == value) or (isinstance(value, str) and as_text(actual) == value)
    if op == "contains":
        return _squash(str(value)) in _squash(as_text(actual))
    if op == "regex":
        return re.search(str(value), as_text(actual)) is not None
    if op == "exists":
        return (actual is not MISSING and actual is not None) == bool(value)
    if op == "any":
        return any(matches(v, actual) for v in value)
    return all(matches(v, actual) for v in value)  # "all"


def describe(expected: Any) -> str:
    """How an expectation reads in a failure message."""
    if expected is None:
        return "nothing (absent or empty)"
    if isinstance(expected, str):
        if expected.startswith("!") and len(expected) > 1:
            return f"not {describe(expected[1:])}"
        if _REGEX.match(expected):
            return f"to match {expected}"
        return "anything" if expected == "*" else f"to contain {json.dumps(expected)}"
    if isinstance(expected, list):
        return "one of " + ", ".join(describe(e) for e in expected)
    return json.dumps(expected, sort_keys=True)


def get_path(root: Any, path: str) -> Any:
    """Follow a JSON path (`$.response.card.title`, `a.b[0]`, `a["x.y"]`); MISSING if absent."""
    path = path.strip()
    if path.startswith("$"):
        path = path[1:]
    current = root
    position = 0
    while position < len(path):
        found = _PATH.match(path, position)
        if found is None or found.end() == position:
            return MISSING
        position = found.end()
        key, index, quoted, single = found.groups()
        if index is not None:
            if not isinstance(current, list) or int(index) >= len(current):
                return MISSING
            current = current[int(index)]
            continue
        name = key if key is not None else (quoted if quoted is not None else single)
        if isinstance(current, dict) and name in current:
            current = current[name]
        elif isinstance(current, list) and name.isdigit() and int(name) < len(current):
            current = current[int(name)]
        else:
            return MISSING
    return current
