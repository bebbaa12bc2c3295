"""Utterance -> intent and slots, from the skill's own interaction model, the way Alexa would.

Samples are compiled once into token patterns. Matching has two stages so that the common case
is cheap: an exact stage (literal lookup and anchored regexes over normalised tokens) and, only
when nothing fits exactly, a tolerant stage that aligns the utterance with the most promising
samples word by word (extra, missing or misspelt words cost a little; slot spans are scored by
their values). The best pattern wins if its score passes the threshold; otherwise the model's
AMAZON.FallbackIntent, as on Alexa.
"""

from __future__ import annotations

import heapq
import math
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from alexa_simulator.builtins import (
    BUILTIN_INTENT_SAMPLES,
    PHRASE_SLOT_TYPES,
    STRICT_SLOT_TYPES,
    is_builtin_type,
)
from alexa_simulator.model import InteractionModel, Slot, SlotType, SlotValue, placeholders
from alexa_simulator.normalise import deletions, similarity, stem, tokens, weight
from alexa_simulator.numbers import number_words

FALLBACK = "AMAZON.FallbackIntent"
DEFAULT_THRESHOLD = 0.7

_INF = float("inf")
_FREE_COST = 0.6  # a custom slot holding a value the model does not list (ER_SUCCESS_NO_MATCH)
_PHRASE_COST = 0.2  # AMAZON.SearchQuery: free text is what it is for
_ELICITED_FREE_COST = 0.2  # an unlisted value given when Alexa asked for that slot
_MISSING_SLOT_COST = 0.6  # "i want a pizza" against "i want a {size} pizza"
_MAX_SPAN = 10
# AMAZON.SearchQuery takes a whole sentence after its carrier phrase ("I've got a temperature, my
# back's killing me and my legs have gone weak"); ten words would be stricter than Alexa.
_MAX_PHRASE_SPAN = 60
_CANDIDATES = 40

_LAUNCH_VERBS = frozenset({"open", "launch", "start", "begin", "load", "run", "play", "use"})
_ASK_VERBS = frozenset({"ask", "tell"})
_TWO_WORD_VERBS = (("talk", "to"), ("speak", "to"))
_CONNECTORS = frozenset({"and", "to", "for", "about", "if", "whether", "that"})
_TRAILING_CONNECTORS = frozenset({"using", "with", "from", "on", "in", "via"})
_NUMBER_WORDS = frozenset(
    {
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
        "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
        "hundred", "thousand", "million", "a", "an", "couple", "half", "point", "minus", "first",
        "second", "third", "fourth", "fifth"
    }
)
_DURATION_WORDS = frozenset(
    {
        "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "night", "nights",
        "week", "weeks", "month", "months", "year", "years", "fortnight", "decade"
    }
)


@dataclass(frozen=True)
class Resolution:
    """Entity resolution for a custom slot: ER_SUCCESS_MATCH with the value, or NO_MATCH."""

    status: str
    id: str | None = None
    name: str | None = None


@dataclass(frozen=True)
class SlotFill:
    """A filled slot: `value` is what the request carries, `heard` the words it came from."""

    name: str
    type: str
    value: str
    heard: str
    resolution: Resolution | None = None

    @property
    def id(self) -> str | None:
        """The resolved value id (custom types), else None."""
        return self.resolution.id if self.resolution else None


@dataclass(frozen=True)
class IntentMatch:
    """What the NLU made of an utterance."""

    name: str
    slots: dict[str, SlotFill] = field(default_factory=dict)
    score: float = 1.0
    sample: str | None = None

    def describe(self) -> str:
        """One line for the REPL: `Intent slot=value (id)`."""
        parts = [self.name]
        for fill in self.slots.values():
            text = f"{fill.name}={fill.value!r}"
            if fill.resolution and fill.resolution.status == "ER_SUCCESS_MATCH":
                text += f" ({fill.resolution.id})"
            elif fill.resolution:
                text += " (no match)"
            parts.append(text)
        if self.sample is not None and self.score < 1.0:
            parts.append(f"[~{self.score:.2f} {self.sample!r}]")
        return " ".join(parts)


@dataclass(frozen=True)
class Invocation:
    """An utterance that names the skill: a launch, or a one-shot with the rest of the words."""

    kind: str  # "launch" or "oneshot"
    rest: tuple[tuple[str, ...], ...] = ()  # candidate remainders (with/without connector)


@dataclass
class _Pattern:
    intent: str
    sample: str
    units: tuple[tuple[str, str, str], ...]  # ("lit", token, "") or ("slot", name, type)
    priority: int  # 0: the model's sample, 1: a built-in phrasing
    order: int
    literals: frozenset[str] = frozenset()
    n_literals: int = 0
    n_slots: int = 0
    weight: float = 0.0
    regex: re.Pattern[str] | None = None
    groups: tuple[tuple[str, str], ...] = ()  # (group name, slot name)

    def __post_init__(self) -> None:
        lits = [u[1] for u in self.units if u[0] == "lit"]
        self.literals = frozenset(lits)
        self.n_literals = len(lits)
        self.n_slots = len(self.units) - len(lits)
        # fsum: the same words weigh exactly the same in any order (see Nlu._candidates).
        self.weight = math.fsum([*(weight(t) for t in lits), float(self.n_slots)])
        if self.n_slots:
            parts, groups = [], []
            for index, unit in enumerate(self.units):
                if unit[0] == "lit":
                    parts.append(re.escape(unit[1]))
                else:
                    group = f"s{index}"
                    groups.append((group, unit[1]))
                    parts.append(rf"(?P<{group}>\S+(?: \S+)*?)")
            self.regex = re.compile(" ".join(parts))
            self.groups = tuple(groups)


class _SlotTypeMatcher:
    """Scores a span of words as a value of one slot type."""

    def __init__(self, type_name: str, slot_type: SlotType | None) -> None:
        self.type_name = type_name
        self.strict = STRICT_SLOT_TYPES.get(type_name) if slot_type is None else None
        self.phrase = type_name in PHRASE_SLOT_TYPES
        self.exact: dict[tuple[str, ...], SlotValue] = {}
        self.stemmed: dict[tuple[str, ...], SlotValue] = {}
        self.entries: list[tuple[tuple[str, ...], SlotValue]] = []
        self.vocab: set[str] = set()
        # stem / one-deletion variant -> entries holding such a word: typo look-ups stay cheap.
        self._near: dict[str, set[int]] = defaultdict(set)
        self.resolves = slot_type is not None
        for value in slot_type.values if slot_type else ():
            for phrase in (value.name, *value.synonyms):
                words = tokens(phrase)
                if not words:
                    continue
                self.exact.setdefault(words, value)
                self.stemmed.setdefault(tuple(stem(w) for w in words), value)
                for word in words:
                    for key in deletions(word) | {stem(word)}:
                        self._near[key].add(len(self.entries))
                self.entries.append((words, value))
                self.vocab.update(words)
        if type_name in {"AMAZON.NUMBER", "AMAZON.FOUR_DIGIT_NUMBER", "AMAZON.Ordinal",
                         "AMAZON.ORDINAL"}:
            self.vocab.update(_NUMBER_WORDS)
        elif type_name == "AMAZON.DURATION":
            self.vocab.update(_NUMBER_WORDS | _DURATION_WORDS)

    def score(
        self, name: str, span: tuple[str, ...], *, fuzzy: bool, allow_free: bool
    ) -> tuple[float, SlotFill] | None:
        heard = " ".join(span)
        if self.strict is not None:
            value = self.strict(span)
            if value is None:
                return None
            return 0.0, SlotFill(name, self.type_name, value, heard)
        if self.phrase:
            return _PHRASE_COST, SlotFill(name, self.type_name, heard, heard)
        if not self.resolves:
            # Another AMAZON.* list type (FirstName, City...): the words are the value.
            if not allow_free:
                return None
            return _FREE_COST, SlotFill(name, self.type_name, heard, heard)
        found = self.exact.get(span)
        cost = 0.0
        if found is None:
            found = self.stemmed.get(tuple(stem(w) for w in span))
            cost = 0.1
        if found is None and fuzzy:
            best = 0.0
            near: set[int] = set()
            for word in span:
                for key in deletions(word) | {stem(word)}:
                    near |= self._near.get(key, set())
            for index in sorted(near):  # on a tie, the list's first entry, whatever the seed
                words, value = self.entries[index]
                if len(words) == len(span):
                    pairs = zip(words, span, strict=True)
                    sim = sum(similarity(a, b) for a, b in pairs) / len(span)
                    if sim > best:
                        best, found = sim, value
            if best < 0.8:
                found = None
            cost = (1.0 - best) * 2
        if found is not None:
            resolution = Resolution("ER_SUCCESS_MATCH", found.id, found.name)
            return cost, SlotFill(name, self.type_name, heard, heard, resolution)
        if allow_free and len(span) <= 6:
            fill = SlotFill(name, self.type_name, heard, heard, Resolution("ER_SUCCESS_NO_MATCH"))
            return _FREE_COST + 0.15 * (len(span) - 1), fill
        return None


def parse_invocation(words: Sequence[str], invocation: Sequence[str]) -> Invocation | None:
    """Recognise "open/ask/launch/start/talk to <name> [and ...]" anchored at the start."""
    words, inv = tuple(words), tuple(invocation)
    size = len(inv)
    if not size or not words:
        return None
    if words == inv:
        return Invocation("launch")
    verb_len = 0
    if words[0] in _LAUNCH_VERBS or words[0] in _ASK_VERBS:
        verb_len = 1
    elif words[:2] in _TWO_WORD_VERBS:
        verb_len = 2
    if verb_len:
        at = verb_len + (1 if words[verb_len : verb_len + 1] == ("the",) else 0)
        if words[at : at + size] == inv:
            rest = words[at + size :]
            if rest[:1] in (("skill",), ("app",)):
                rest = rest[1:]
            if not rest:
                return Invocation("launch")
            options = [rest]
            if rest[0] in _CONNECTORS and len(rest) > 1:
                options.insert(0, rest[1:])
            return Invocation("oneshot", tuple(options))
    if len(words) > size + 1 and words[-size:] == inv and words[-size - 1] in _TRAILING_CONNECTORS:
        return Invocation("oneshot", (words[: -size - 1],))
    return None


class Nlu:
    """The compiled matcher for one interaction model."""

    def __init__(self, model: InteractionModel, threshold: float = DEFAULT_THRESHOLD) -> None:
        self.model = model
        self.threshold = threshold
        self.invocation = tokens(model.invocation_name)
        self.has_fallback = model.intent(FALLBACK) is not None
        self._types: dict[str, _SlotTypeMatcher] = {}
        self._patterns: list[_Pattern] = []
        self._literal: dict[str, list[_Pattern]] = defaultdict(list)
        self._slotted: list[_Pattern] = []
        self._slotted_indexes: list[int] = []  # slotted samples with words of their own
        self._index: dict[str, set[int]] = defaultdict(set)
        self._typo_index: dict[str, set[str]] = defaultdict(set)
        self._elicit: dict[tuple[str, str], list[_Pattern]] = {}
        for intent in model.intents:
            slot_types = {slot.name: slot.type for slot in intent.slots}
            samples = list(intent.samples)
            builtin = BUILTIN_INTENT_SAMPLES.get(intent.name, ())
            for priority, group in ((0, samples), (1, builtin)):
                for sample in group:
                    self._add(intent.name, sample, slot_types, priority)
        for token in list(self._index):
            for variant in deletions(token):
                self._typo_index[variant].add(token)
        self._slotted_by_literal = self._index_slotted_by_literal()
        self._slotted_bare = [p for p in self._slotted if not p.literals]  # "{symptom}" alone

    def _index_slotted_by_literal(self) -> dict[str, list[int]]:
        """Each slotted sample with words of its own, filed under the one of its words fewest
        such samples share: a sample whose every word was said has that word said, so only the
        samples filed under the words said need checking (thousands of samples, a few words)."""
        shared: dict[str, int] = defaultdict(int)
        for index in self._slotted_indexes:
            for literal in self._patterns[index].literals:
                shared[literal] += 1
        filed: dict[str, list[int]] = defaultdict(list)
        for index in self._slotted_indexes:
            key = min(sorted(self._patterns[index].literals), key=lambda w: shared[w])
            filed[key].append(index)
        return dict(filed)

    # -- compilation -------------------------------------------------------------------------

    def _matcher(self, type_name: str) -> _SlotTypeMatcher:
        if type_name not in self._types:
            self._types[type_name] = _SlotTypeMatcher(type_name, self.model.types.get(type_name))
        return self._types[type_name]

    def _compile(
        self, intent: str, sample: str, slot_types: dict[str, str], priority: int, order: int
    ) -> _Pattern | None:
        units: list[tuple[str, str, str]] = []
        pieces = re.split(r"(\{[^{}]*\})", sample)
        for piece in pieces:
            if piece.startswith("{") and piece.endswith("}"):
                name = piece[1:-1]
                units.append(("slot", name, slot_types[name]))
            else:
                units.extend(("lit", token, "") for token in tokens(piece))
        if not units:
            return None
        return _Pattern(intent, sample, tuple(units), priority, order)

    def _add(self, intent: str, sample: str, slot_types: dict[str, str], priority: int) -> None:
        pattern = self._compile(intent, sample, slot_types, priority, len(self._patterns))
        if pattern is None:
            return
        index = len(self._patterns)
        self._patterns.append(pattern)
        if pattern.n_slots:
            self._slotted.append(pattern)
            if pattern.literals:
                self._slotted_indexes.append(index)
        else:
            self._literal[" ".join(u[1] for u in pattern.units)].append(pattern)
        vocab = set(pattern.literals)
        for unit in pattern.units:
            if unit[0] == "slot":
                vocab |= self._matcher(unit[2]).vocab
        for token in vocab:
            self._index[stem(token)].add(index)
            self._index[token].add(index)

    def _elicitation_patterns(self, intent_name: str, slot: Slot) -> list[_Pattern]:
        key = (intent_name, slot.name)
        if key not in self._elicit:
            intent = self.model.intent(intent_name)
            slots = intent.slots if intent else (slot,)
            slot_types = {s.name: s.type for s in slots}
            samples = [*slot.samples, "{" + slot.name + "}"]
            compiled = [
                self._compile(intent_name, s, slot_types, 0, i) for i, s in enumerate(samples)
            ]
            self._elicit[key] = [p for p in compiled if p is not None]
        return self._elicit[key]

    # -- matching ----------------------------------------------------------------------------

    def match(self, text: str | Sequence[str]) -> IntentMatch | None:
        """Best intent for the words; FallbackIntent (or None without one) when nothing fits."""
        words = tokens(text) if isinstance(text, str) else tuple(text)
        best = self._best(words, self._candidates, exact_first=True)
        if best is not None and best.score >= self.threshold:
            return best
        # A number typed as digits is heard by Alexa as the spoken word its samples spell out
        # ("type 2 diabetic" is "type two diabetic"): matched again with the digits said.
        said = _digits_said(words)
        if said != words:
            spoken = self._best(said, self._candidates, exact_first=True)
            if spoken is not None and spoken.score >= self.threshold:
                return spoken
        if self.has_fallback:
            score = best.score if best is not None else 0.0
            return IntentMatch(FALLBACK, {}, score, None)
        return None

    def best_guess(self, text: str) -> IntentMatch | None:
        """The best-scoring pattern whatever its score (for "no match" messages)."""
        words = tokens(text)
        return self._best(words, self._candidates, exact_first=True)

    def match_elicitation(self, text: str, intent_name: str, slot_name: str) -> IntentMatch | None:
        """Words said when Alexa asked for one slot: the slot's samples or a bare value."""
        intent = self.model.intent(intent_name)
        slot = intent.slot(slot_name) if intent else None
        if slot is None:
            return None
        words = tokens(text)
        patterns = self._elicitation_patterns(intent_name, slot)
        best = self._best(words, lambda _: patterns, exact_first=False, bare_free=True)
        return best if best is not None and best.score >= self.threshold else None

    def resolve_slot(self, intent_name: str, slot_name: str, value: str) -> SlotFill:
        """Fill a slot from a value given directly (API/script intents): ids resolve too."""
        intent = self.model.intent(intent_name)
        slot = intent.slot(slot_name) if intent else None
        if slot is None:
            return SlotFill(slot_name, "", value, value)
        matcher = self._matcher(slot.type)
        words = tokens(value)
        if matcher.resolves:
            for entry in self.model.types[slot.type].values:
                if value == entry.id:
                    resolution = Resolution("ER_SUCCESS_MATCH", entry.id, entry.name)
                    return SlotFill(slot_name, slot.type, entry.name, entry.name, resolution)
        scored = matcher.score(slot_name, words, fuzzy=False, allow_free=True) if words else None
        if scored is None:
            resolution = Resolution("ER_SUCCESS_NO_MATCH") if matcher.resolves else None
            return SlotFill(slot_name, slot.type, value, value, resolution)
        return scored[1]

    def _candidates(self, words: Sequence[str]) -> list[_Pattern]:
        """The patterns worth aligning: those whose words were said most, as a share of theirs.

        The share is summed with fsum, so it does not depend on the order the words are visited
        (a plain float sum over a set of words could differ in its last bit between runs, and
        decide which of two equally covered samples is kept). Equal shares go to the sample with
        more of the said words (the better evidenced), then to the model's order."""
        said: dict[int, list[float]] = defaultdict(list)
        for word in dict.fromkeys(words):
            keys = {word, stem(word)}
            if word not in self._index and len(word) >= 4:
                for variant in deletions(word):
                    keys |= self._typo_index.get(variant, set())
            found: set[int] = set()
            for key in keys:
                found |= self._index.get(key, set())
            w = weight(word)
            for index in found:
                said[index].append(w)
        hits = {index: math.fsum(weights) for index, weights in said.items()}
        kept = heapq.nsmallest(_CANDIDATES, hits, key=lambda i: (
            -hits[i] / max(self._patterns[i].weight, 1.0), -hits[i], i))
        # A slotted sample whose every word was said is always a candidate: samples that are a
        # slot alone ("{symptom}") match many words and must not crowd out the one that fits.
        present = set(words)
        chosen = set(kept)
        filed = (i for word in present for i in self._slotted_by_literal.get(word, ()))
        kept += sorted(i for i in filed
                       if i not in chosen and self._patterns[i].literals <= present)
        return [self._patterns[i] for i in kept]

    def _best(
        self,
        words: tuple[str, ...],
        candidates: Callable[[tuple[str, ...]], Iterable[_Pattern]],
        *,
        exact_first: bool,
        bare_free: bool = False,
    ) -> IntentMatch | None:
        """The sample said word for word, else the best aligned of the candidates for the words
        (chosen only then: choosing them costs more than most whole matches)."""
        if not words:
            return None
        cache: dict[tuple[str, int, int, bool, bool], tuple[float, SlotFill] | None] = {}
        if exact_first:
            exact = self._exact(words, cache)
            if exact is not None:
                return exact
        best: tuple[tuple[float, int, int, int], IntentMatch] | None = None
        for pattern in candidates(words):
            found = self._align(pattern, words, cache, bare_free=bare_free)
            if found is None:
                continue
            rank = (found.score, pattern.n_literals, -pattern.priority, -pattern.order)
            if best is None or rank > best[0]:
                best = (rank, found)
        return best[1] if best else None

    def _slot_score(
        self,
        cache: dict[tuple[str, int, int, bool, bool], tuple[float, SlotFill] | None],
        unit: tuple[str, str, str],
        words: tuple[str, ...],
        start: int,
        end: int,
        fuzzy: bool,
        allow_free: bool,
    ) -> tuple[float, SlotFill] | None:
        key = (unit[2], start, end, fuzzy, allow_free)
        if key not in cache:
            cache[key] = self._matcher(unit[2]).score(
                "", words[start:end], fuzzy=fuzzy, allow_free=allow_free
            )
        scored = cache[key]
        if scored is None:
            return None
        fill = scored[1]
        return scored[0], SlotFill(unit[1], fill.type, fill.value, fill.heard, fill.resolution)

    def _exact(
        self,
        words: tuple[str, ...],
        cache: dict[tuple[str, int, int, bool, bool], tuple[float, SlotFill] | None],
    ) -> IntentMatch | None:
        text = " ".join(words)
        found: list[tuple[tuple[int, int, int], IntentMatch]] = []
        for pattern in self._literal.get(text, ()):
            rank = (pattern.n_literals, -pattern.priority, -pattern.order)
            found.append((rank, IntentMatch(pattern.intent, {}, 1.0, pattern.sample)))
        present = set(words)
        starts = _word_starts(text)
        # only samples with every word of their own said can match whole: the bare slots, and
        # those filed under a word said (thousands of samples, a few words)
        filed = (self._patterns[i] for word in present
                 for i in self._slotted_by_literal.get(word, ()))
        for pattern in (*self._slotted_bare, *filed):
            if not pattern.literals <= present:
                continue
            assert pattern.regex is not None
            m = pattern.regex.fullmatch(text)
            if m is None:
                continue
            fills: dict[str, SlotFill] = {}
            for group, slot_name in pattern.groups:
                start = starts[m.start(group)]
                end = start + m.group(group).count(" ") + 1
                unit = next(u for u in pattern.units if u[0] == "slot" and u[1] == slot_name)
                scored = self._slot_score(cache, unit, words, start, end, False, False)
                if scored is None or scored[0] > 0:
                    break
                fills[slot_name] = scored[1]
            else:
                rank = (pattern.n_literals, -pattern.priority, -pattern.order)
                found.append((rank, IntentMatch(pattern.intent, fills, 1.0, pattern.sample)))
        if not found:
            return None
        return max(found, key=lambda item: item[0])[1]

    def _align(
        self,
        pattern: _Pattern,
        words: tuple[str, ...],
        cache: dict[tuple[str, int, int, bool, bool], tuple[float, SlotFill] | None],
        *,
        bare_free: bool,
    ) -> IntentMatch | None:
        """Weighted edit distance between pattern units and words; slots consume spans."""
        units = pattern.units
        m, n = len(units), len(words)
        allow_free = pattern.n_literals > 0 or bare_free
        cost = [[_INF] * (n + 1) for _ in range(m + 1)]
        back: list[list[tuple[int, int, SlotFill | None] | None]] = [
            [None] * (n + 1) for _ in range(m + 1)
        ]
        cost[0][0] = 0.0
        for i in range(m + 1):
            row = cost[i]
            for j in range(n + 1):
                here = row[j]
                if here == _INF:
                    continue
                if j < n:  # an extra word in the utterance
                    c = here + weight(words[j])
                    if c < row[j + 1]:
                        row[j + 1], back[i][j + 1] = c, (i, j, None)
                if i == m:
                    continue
                unit = units[i]
                nxt = cost[i + 1]
                if unit[0] == "lit":
                    c = here + weight(unit[1])  # a sample word the utterance lacks
                    if c < nxt[j]:
                        nxt[j], back[i + 1][j] = c, (i, j, None)
                    if j < n:
                        sim = similarity(unit[1], words[j])
                        if sim > 0.0:
                            c = here + (1.0 - sim)
                            if c < nxt[j + 1]:
                                nxt[j + 1], back[i + 1][j + 1] = c, (i, j, None)
                else:
                    c = here + _MISSING_SLOT_COST
                    if c < nxt[j]:
                        nxt[j], back[i + 1][j] = c, (i, j, None)
                    span = _MAX_PHRASE_SPAN if unit[2] in PHRASE_SLOT_TYPES else _MAX_SPAN
                    for end in range(j + 1, min(n, j + span) + 1):
                        scored = self._slot_score(cache, unit, words, j, end, True, allow_free)
                        if scored is None:
                            continue
                        slot_cost = scored[0]
                        if bare_free and scored[1].id is None:
                            # Answering "what size?" with an unlisted size is still an answer.
                            slot_cost = min(slot_cost, _ELICITED_FREE_COST)
                        c = here + slot_cost
                        if c < nxt[end]:
                            nxt[end], back[i + 1][end] = c, (i, j, scored[1])
        total = cost[m][n]
        if total == _INF:
            return None
        fills: dict[str, SlotFill] = {}
        outside = 0.0
        i, j = m, n
        while (i, j) != (0, 0):
            step = back[i][j]
            assert step is not None
            pi, pj, fill = step
            if fill is not None:
                fills[fill.name] = fill
            elif (pi == i and pj == j - 1) or (pi == i - 1 and pj == j - 1):
                outside += weight(words[pj])
            i, j = pi, pj
        denominator = max(pattern.weight, outside + len(fills), 1.0)
        score = max(0.0, 1.0 - total / denominator)
        ordered = {u[1]: fills[u[1]] for u in units if u[0] == "slot" and u[1] in fills}
        return IntentMatch(pattern.intent, ordered, round(score, 4), pattern.sample)

    # -- sample checks ------------------------------------------------------------------------

    def example_value(self, type_name: str) -> str | None:
        """A value a person could say for a slot type (for checking samples resolve)."""
        slot_type = self.model.types.get(type_name)
        if slot_type is not None and slot_type.values:
            return slot_type.values[0].name
        examples = {
            "AMAZON.NUMBER": "three", "AMAZON.FOUR_DIGIT_NUMBER": "1234",
            "AMAZON.DURATION": "two weeks", "AMAZON.Ordinal": "second",
            "AMAZON.ORDINAL": "second", "AMAZON.DATE": "today",
        }
        if type_name in examples:
            return examples[type_name]
        return "something" if is_builtin_type(type_name) else None


def _digits_said(words: Sequence[str]) -> tuple[str, ...]:
    """`words` with each whole number in digits spelled as its spoken words."""
    return tuple(part for word in words
                 for part in (number_words(int(word)).split() if word.isdigit() else (word,)))


def _word_starts(text: str) -> dict[int, int]:
    """Character offset of each word start -> the word's index."""
    starts = {0: 0}
    index = 0
    for offset, char in enumerate(text):
        if char == " ":
            index += 1
            starts[offset + 1] = index
    return starts


def fill_sample(sample: str, values: dict[str, str]) -> str:
    """The sample with each {slot} replaced by a value from `values`."""
    text = sample
    for name in placeholders(sample):
        text = text.replace("{" + name + "}", values[name], 1)
    return text
