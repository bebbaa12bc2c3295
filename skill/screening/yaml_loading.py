"""Reading the knowledge files, with errors that name the file and the entry.

YAML 1.1 reads bare `yes` and `no` as booleans; our answers are words, so the loader keeps them as
strings. Every check failure raises `KnowledgeError` naming the file and the field, so a clinician
editing a data file is told exactly what to fix.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import cache
from pathlib import Path
from typing import Any

from skill.screening.compiled import note_read

DATA_DIR = Path(__file__).resolve().parent.parent / "data"


class KnowledgeError(ValueError):
    """A knowledge or wording file is missing, malformed, or refers to something undefined."""


@cache
def unique_key_loader() -> type:
    """PyYAML's safe loader (libyaml's parser when present: ten times faster) that refuses a
    key said twice in one mapping. Plain YAML keeps the last and drops the first without a word:
    a second `denied:` once hid a whole list of denials. Every YAML file the project reads as
    data goes through this loader (`load_yaml`, and the interaction model's build)."""
    import yaml

    base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    loader = type("UniqueKeyLoader", (base,), {})
    loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _unique_mapping)
    return loader


def _unique_mapping(loader: Any, node: Any) -> dict[Any, Any]:
    from yaml.constructor import ConstructorError

    first: dict[Any, int] = {}
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=True)
        try:
            line = first.setdefault(key, key_node.start_mark.line)
        except TypeError:  # an unhashable key: the safe constructor reports it
            break
        if line != key_node.start_mark.line:
            raise ConstructorError("while constructing a mapping", node.start_mark,
                                   f"found the key {key!r} twice (first on line {line + 1})",
                                   key_node.start_mark)
    return loader.construct_mapping(node, deep=True)


@cache
def _word_loader() -> type:
    """A safe loader where yes/no/on/off stay words; only true/false are booleans; a key said
    twice in one mapping is an error.

    Built on first use: PyYAML is only imported when the compiled cache cannot be used.
    """
    import yaml

    loader = type("WordLoader", (unique_key_loader(),), {})
    loader.yaml_implicit_resolvers = {
        key: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:bool"]
        for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }
    loader.add_implicit_resolver(
        "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
        list("tTfF"),
    )
    return loader


def load_yaml(path: Path) -> Any:
    import yaml

    note_read(path)  # the compiled cache is keyed by the files its build read
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise KnowledgeError(f"{path.name}: cannot read ({exc.strerror})") from exc
    try:
        return yaml.load(text, Loader=_word_loader())
    except yaml.MarkedYAMLError as exc:
        where = f"line {exc.problem_mark.line + 1}: " if exc.problem_mark else ""
        raise KnowledgeError(f"{path.name}: not valid YAML ({where}{exc.problem})") from exc
    except yaml.YAMLError as exc:
        raise KnowledgeError(f"{path.name}: not valid YAML ({exc})") from exc


class Fields:
    """Typed access to one entry's fields; each failure names file, entry and field."""

    def __init__(self, data: Any, where: str) -> None:
        if not isinstance(data, Mapping):
            raise KnowledgeError(f"{where}: expected a mapping")
        self.data = data
        self.where = where

    def fail(self, name: str, problem: str) -> KnowledgeError:
        return KnowledgeError(f"{self.where}: field '{name}' {problem}")

    def text(self, name: str, *, optional: bool = False, max_words: int | None = None) -> str:
        value = self.data.get(name)
        if value is None and optional:
            return ""
        if not isinstance(value, str) or not value.strip():
            raise self.fail(name, "must be non-empty text")
        if max_words is not None and len(value.split()) > max_words:
            raise self.fail(name, f"has {len(value.split())} words; at most {max_words}")
        return value.strip()

    def number(self, name: str, default: float | None = None) -> float:
        value = self.data.get(name, default)
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.fail(name, "must be a number")
        return float(value)

    def whole_number(self, name: str, low: int, high: int, what: str = "") -> int:
        """A whole number from `low` to `high` (a bool is not one: YAML reads "yes" as true)."""
        value = self.data.get(name)
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise self.fail(name, f"is {value!r}; a number{what} from {low} to {high}")
        return value

    def flag(self, name: str, default: bool = False) -> bool:
        value = self.data.get(name, default)
        if not isinstance(value, bool):
            raise self.fail(name, "must be true or false")
        return value

    def choice(self, name: str, allowed: Iterable[str]) -> str:
        value = self.data.get(name)
        allowed = tuple(allowed)
        if value not in allowed:
            raise self.fail(name, f"is {value!r}; expected one of {', '.join(allowed)}")
        return str(value)

    def mapping(self, name: str, *, optional: bool = False) -> Mapping[str, Any]:
        value = self.data.get(name)
        if value is None and optional:
            return {}
        if not isinstance(value, Mapping):
            raise self.fail(name, "must be a mapping")
        return value

    def items(self, name: str, *, optional: bool = False) -> list[Any]:
        value = self.data.get(name)
        if value is None and optional:
            return []
        if not isinstance(value, list) or (not value and not optional):
            raise self.fail(name, "must be a non-empty list")
        return value

    def texts(self, name: str, *, optional: bool = False) -> tuple[str, ...]:
        values = self.items(name, optional=optional)
        if not all(isinstance(v, str) and v.strip() for v in values):
            raise self.fail(name, "must be a list of non-empty texts")
        return tuple(v.strip() for v in values)

    def reject_unknown(self, known: Iterable[str]) -> None:
        extra = sorted(set(self.data) - set(known))
        if extra:
            raise KnowledgeError(f"{self.where}: unknown field(s) {', '.join(map(str, extra))}")
