"""The screening state that travels between turns as plain JSON.

It rides in Alexa session attributes, which a client can send back altered, so reading it back is a
trust boundary: anything malformed is repaired or dropped, never raised, and a red flag that was
recorded is kept whatever else is lost.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property
from typing import Any, NamedTuple

from skill.screening.knowledge import KnowledgeBase

SCHEMA_VERSION = 1
# A skipped question sits in the history like an answer, so "go back" can undo a skip too.
SKIPPED = "skipped"


class Answered(NamedTuple):
    """One answer, in the order given; `volunteered` marks things said without being asked."""

    finding: str
    answer: str
    volunteered: bool = False


@dataclass(frozen=True)
class ScreeningState:
    history: tuple[Answered, ...] = ()
    current: str | None = None
    red_flags: tuple[str, ...] = ()
    finished: bool = False
    misses: int = 0

    @cached_property
    def answers(self) -> dict[str, str]:
        """The latest answer for each finding (worked out once: states never change)."""
        return {item.finding: item.answer for item in self.history if item.answer != SKIPPED}

    @cached_property
    def asked(self) -> frozenset[str]:
        """Findings answered, volunteered or skipped: none of them is asked again."""
        return frozenset(item.finding for item in self.history)

    @property
    def started(self) -> bool:
        return bool(self.history or self.current)

    def with_changes(self, **changes: Any) -> ScreeningState:
        # By hand rather than dataclasses.replace(): this runs several times a turn.
        values = {name: getattr(self, name) for name in _FIELDS}
        values.update(changes)
        return ScreeningState(**values)

    def to_json(self) -> dict[str, Any]:
        return {
            "version": SCHEMA_VERSION,
            "history": [[a.finding, a.answer, a.volunteered] for a in self.history],
            "current": self.current,
            "red_flags": list(self.red_flags),
            "finished": self.finished,
            "misses": self.misses,
        }


_FIELDS = ("history", "current", "red_flags", "finished", "misses")


class Restored(NamedTuple):
    """A state read back, and whether anything had to be repaired to read it."""

    state: ScreeningState
    repaired: bool = False
    problems: tuple[str, ...] = ()


def restore_state(raw: Any, kb: KnowledgeBase) -> Restored:
    """Read a state back from JSON, repairing what can be repaired. Never raises."""
    if raw is None:
        return Restored(ScreeningState())
    if not isinstance(raw, Mapping):
        return Restored(ScreeningState(), True, ("state is not an object",))
    problems: list[str] = []
    if raw.get("version") != SCHEMA_VERSION:
        problems.append("unknown schema version")
    flag_ids = {flag.id for flag in kb.red_flags}
    red_flags = _known_strings(raw.get("red_flags"), flag_ids, problems, "red_flags")
    history = _history(raw.get("history"), kb, problems)
    current = raw.get("current")
    if current is not None and (not isinstance(current, str) or current not in kb.questions_by_id):
        problems.append("current question unknown")
        current = None
    misses = raw.get("misses", 0)
    if isinstance(misses, bool) or not isinstance(misses, int) or not 0 <= misses <= 10:
        problems.append("misses malformed")
        misses = 0
    finished = raw.get("finished", False)
    if not isinstance(finished, bool):
        problems.append("finished malformed")
        finished = False
    state = ScreeningState(
        history=tuple(history),
        current=current,
        red_flags=tuple(dict.fromkeys(red_flags)),
        finished=finished,
        misses=misses,
    )
    return Restored(state, bool(problems), tuple(problems))


def _known_strings(raw: Any, known: set[str], problems: list[str], name: str) -> list[str]:
    if raw is None:
        return []
    items = raw if isinstance(raw, list) else [raw]
    kept = [item for item in items if isinstance(item, str) and item in known]
    if len(kept) != len(items) or not isinstance(raw, list):
        problems.append(f"{name} malformed")
    return kept


def _history(raw: Any, kb: KnowledgeBase, problems: list[str]) -> list[Answered]:
    if raw is None:
        return []
    if not isinstance(raw, list):
        problems.append("history malformed")
        return []
    allowed = _allowed_answers(kb)
    history = []
    for item in raw:
        if not (isinstance(item, list) and len(item) == 3):
            problems.append("history entry malformed")
            continue
        finding, answer, volunteered = item
        answers = allowed.get(finding) if isinstance(finding, str) else None
        if answers is None or answer not in answers or not isinstance(volunteered, bool):
            problems.append("history entry invalid")
            continue
        history.append(Answered(finding, answer, volunteered))
    return history


_ALLOWED: dict[int, tuple[KnowledgeBase, dict[str, frozenset[object]]]] = {}


def _allowed_answers(kb: KnowledgeBase) -> dict[str, frozenset[object]]:
    """Each question's valid answers (and SKIPPED), worked out once per knowledge base."""
    held = _ALLOWED.get(id(kb))
    if held is None or held[0] is not kb:
        table = {q.id: frozenset((*q.answers, SKIPPED)) for q in kb.questions}
        held = _ALLOWED[id(kb)] = (kb, table)
    return held[1]
