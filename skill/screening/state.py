"""The screening state that travels between turns as plain JSON.

It rides in Alexa session attributes, which a client can send back altered, so reading it back is a
trust boundary: anything malformed is repaired or dropped, never raised, and a red flag that was
recorded is kept whatever else is lost.

The history is one string, "onset=gradual bladder_bowel=no diabetes=yes+" (a "+" marks an answer
volunteered without being asked), and fields at their default are left out. The SDK copies, parses
and writes back session attributes value by value on every turn: as lists of lists with every
field spelled out, Leg Check's cost it about 45 µs a turn; as they are now, about 10 µs.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Generic, NamedTuple, TypeVar

from skill.screening.assessment import holds_any, raised_flags
from skill.screening.knowledge import RECENT, KnowledgeBase

SCHEMA_VERSION = 2
# A skipped question sits in the history like an answer, so "go back" can undo a skip too.
SKIPPED = "skipped"


class Answered(NamedTuple):
    """One answer, in the order given; `volunteered` marks things said without being asked."""

    finding: str
    answer: str
    volunteered: bool = False

    @property
    def token(self) -> str:
        """This answer as written in the stored history."""
        return f"{self.finding}={self.answer}{'+' if self.volunteered else ''}"


_View = TypeVar("_View")


class _view(Generic[_View]):  # noqa: N801 (used as a decorator, like cached_property)
    """A value worked out from a state on first use and kept on it: functools.cached_property
    without the lock it takes on every first use in Python 3.11 (states are never shared
    half-built, and a new state is made on every turn)."""

    def __init__(self, work_out: Callable[[Any], _View]) -> None:
        self.work_out = work_out
        self.name = work_out.__name__
        self.__doc__ = work_out.__doc__

    def __get__(self, state: Any, owner: type | None = None) -> _View:
        if state is None:
            return self  # type: ignore[return-value]
        value = state.__dict__[self.name] = self.work_out(state)
        return value


@dataclass(frozen=True)
class ScreeningState:
    history: tuple[Answered, ...] = ()
    current: str | None = None
    red_flags: tuple[str, ...] = ()
    finished: bool = False
    misses: int = 0
    # Flags raised by a "not sure" (spoken at their not-sure level): recorded too, since a
    # warning once said is never unsaid.
    unsure_flags: tuple[str, ...] = ()

    @_view
    def answers(self) -> dict[str, str]:
        """The latest answer for each finding (worked out once: states never change)."""
        return {item.finding: item.answer for item in self.history if item.answer != SKIPPED}

    @_view
    def asked(self) -> frozenset[str]:
        """Findings answered, volunteered or skipped: none of them is asked again."""
        return frozenset(item.finding for item in self.history)

    @property
    def started(self) -> bool:
        return bool(self.history or self.current)

    def flags_only(self) -> ScreeningState:
        """A fresh state that keeps only the red flags heard (start over, forget me)."""
        return ScreeningState(red_flags=self.red_flags, unsure_flags=self.unsure_flags)

    def with_changes(self, **changes: Any) -> ScreeningState:
        """A copy with some fields changed. The views already worked out (`answers`, `asked`)
        come along unless the history changes: this runs several times a turn."""
        if not changes.keys() <= _FIELD_NAMES:
            raise TypeError(f"unknown fields: {sorted(changes.keys() - _FIELD_NAMES)}")
        changed = object.__new__(ScreeningState)
        values = changed.__dict__  # frozen, so filled directly rather than through __init__
        values.update(self.__dict__)
        if "history" in changes:
            values.pop("answers", None)
            values.pop("asked", None)
        values.update(changes)
        return changed

    def to_json(self) -> dict[str, Any]:
        """The version and history, and the other fields only when set (read back, a missing
        field is its default)."""
        saved: dict[str, Any] = {
            "version": SCHEMA_VERSION,
            "history": " ".join([answered.token for answered in self.history]),
        }
        if self.current is not None:
            saved["current"] = self.current
        if self.red_flags:
            saved["red_flags"] = list(self.red_flags)
        if self.finished:
            saved["finished"] = True
        if self.misses:
            saved["misses"] = self.misses
        if self.unsure_flags:
            saved["unsure_flags"] = list(self.unsure_flags)
        return saved


def sign_timing(kb: KnowledgeBase, state: ScreeningState) -> tuple[dict[str, str], frozenset[str]]:
    """Per-sign timing: (each sign the timing question's answers timed, with the answer that
    timed it; the signs it would name now that none of them timed). The timing question names
    the signs whose answers opened it (`Wording.named`); a sign that opens it only later ("my legs
    are weak", before the onset was known to be slow) was not named when "Did the bladder trouble
    start ...?" was answered, so that answer does not time it (review8 N1: a limp timed by a
    bladder answer). A timing said in the same breath as its signs (volunteered) times them."""
    question = kb.questions_by_id.get(RECENT)
    if question is None or RECENT not in state.answers:
        return {}, frozenset()
    signs = {f for pattern in question.ask_if for f, allowed in pattern.items() if "yes" in allowed}

    def named(answers: dict[str, str]) -> set[str]:
        return {f for pattern in question.ask_if if holds_any((pattern,), answers)
                for f in pattern if f in signs}

    answers: dict[str, str] = {}
    timing: dict[str, str] = {}
    for at, item in enumerate(state.history):
        if item.finding == RECENT:
            said = named(answers)
            if item.volunteered:  # said with its signs: "for weeks my legs have got weaker"
                for before in reversed(state.history[:at]):
                    if not before.volunteered:
                        break
                    if before.finding in signs:
                        said.add(before.finding)
            for sign in said:
                timing.setdefault(sign, item.answer)
        elif item.answer != SKIPPED:
            answers[item.finding] = item.answer
    return timing, frozenset(named(state.answers) - timing.keys())


_FIELD_NAMES = frozenset({"history", "current", "red_flags", "finished", "misses",
                          "unsure_flags"})


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
    vocabulary = _vocabulary(kb)
    problems: list[str] = []
    if raw.get("version") != SCHEMA_VERSION:
        problems.append("unknown schema version")
    red_flags = _known_strings(raw.get("red_flags"), vocabulary.flags, problems, "red_flags")
    unsure_flags = _known_strings(raw.get("unsure_flags"), vocabulary.flags, problems,
                                  "unsure_flags")
    history = _history(raw.get("history"), vocabulary, problems)
    # A flag the answers raise is recorded even if its record was lost: either one is enough.
    answers = {item.finding: item.answer for item in history if item.answer != SKIPPED}
    for raised in raised_flags(kb, answers, red_flags, unsure_flags):
        kept = unsure_flags if raised.unsure else red_flags
        if raised.flag.id not in kept:
            problems.append("red flag record missing")
            kept.append(raised.flag.id)
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
        unsure_flags=tuple(dict.fromkeys(unsure_flags)),
    )
    return Restored(state, bool(problems), tuple(dict.fromkeys(problems)))


def _known_strings(raw: Any, known: frozenset[str], problems: list[str], name: str) -> list[str]:
    if raw is None:
        return []
    items = raw if isinstance(raw, list) else [raw]
    kept = [item for item in items if isinstance(item, str) and item in known]
    if len(kept) != len(items) or not isinstance(raw, list):
        problems.append(f"{name} malformed")
    return kept


def _history(raw: Any, vocabulary: _Vocabulary, problems: list[str]) -> list[Answered]:
    if raw is None:
        return []
    if not isinstance(raw, str):
        problems.append("history malformed")
        return []
    history = []
    for token in raw.split():
        entry = vocabulary.tokens.get(token)
        if entry is None:
            problems.append("history entry invalid")
            continue
        history.append(entry)
    return history


class _Vocabulary(NamedTuple):
    """What a state read back may hold, worked out once per knowledge base."""

    flags: frozenset[str]
    tokens: Mapping[str, Answered]  # every valid entry by its history token, made once, shared


_VOCABULARIES: dict[int, tuple[KnowledgeBase, _Vocabulary]] = {}


def _vocabulary(kb: KnowledgeBase) -> _Vocabulary:
    held = _VOCABULARIES.get(id(kb))
    if held is None or held[0] is not kb:
        entries = (
            Answered(q.id, answer, volunteered)
            for q in kb.questions for answer in (*q.answers, SKIPPED)
            for volunteered in (False, True)
        )
        tokens = {entry.token: entry for entry in entries}
        vocabulary = _Vocabulary(frozenset(flag.id for flag in kb.red_flags), tokens)
        held = _VOCABULARIES[id(kb)] = (kb, vocabulary)
    return held[1]
