"""From answers to an assessment: red flags, ranked likely causes, triage level.

Scoring is deliberately plain: a cause's score is its prior plus the weight of each answer
(evidence.yaml), so every ranking can be explained by the answers that moved it. Triage takes the
most urgent of the red flags, the triage floors and the causes still in contention: when two levels
are close, the more urgent one wins.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import NamedTuple

from skill.screening.knowledge import (
    UNSURE,
    Condition,
    KnowledgeBase,
    Level,
    Pattern,
    RedFlag,
    TriageRule,
)

# Causes scoring within this many points of the leader are "in contention": their levels count.
CONTENTION_MARGIN = 1.0
# A cause is only spoken as likely when it scores at least this much.
LIKELY_SCORE = 1.5
MAX_CAUSES = 3
UNSURE_WEIGHT = 0.5
# With a red flag raised, only causes this close to the leading one are spoken.
RED_FLAG_CAUSE_GAP = 3.0
# How many of the best-scoring causes an assessment keeps ranked, for choosing the next question.
LEADERS = 8


class RaisedFlag(NamedTuple):
    flag: RedFlag
    level: Level
    unsure: bool  # raised because the person was not sure, not because they said yes


class RankedCause(NamedTuple):
    """Named tuples, not dataclasses: every turn ranks every cause, and these build fast."""

    condition: Condition
    score: float
    because: tuple[tuple[str, str], ...]  # (finding, answer) pairs that raised it, strongest first


class HeldFloor(NamedTuple):
    rule: TriageRule
    level: Level
    unsure: bool  # held because the person was not sure (at the rule's if_unsure level)


class Assessment(NamedTuple):
    level: Level
    red_flags: tuple[RaisedFlag, ...]
    causes: tuple[RankedCause, ...]
    floors: tuple[HeldFloor, ...]
    ranking: tuple[RankedCause, ...] = ()  # the LEADERS best causes (for choosing questions)

    def summary(self) -> dict[str, object]:
        """The compact form other systems read (session attribute `assessment`)."""
        return {
            "triage": self.level.value,
            "causes": [cause.condition.id for cause in self.causes],
            "red_flags": [raised.flag.id for raised in self.red_flags],
        }


def holds_any(patterns: Iterable[Pattern], answers: Mapping[str, str]) -> bool:
    """Whether the answers satisfy one of the patterns outright (a not-sure answer does not)."""
    for pattern in patterns:
        for finding, allowed in pattern.items():
            if answers.get(finding) not in allowed:
                break
        else:
            return True
    return False


def how_held(patterns: Iterable[Pattern], answers: Mapping[str, str]) -> str | None:
    """"yes" when one of the patterns holds outright, UNSURE when one would hold but for not-sure
    answers, None otherwise: the one test red flags and triage floors share (rule 3)."""
    held = None
    for pattern in patterns:
        doubt = False
        for finding, allowed in pattern.items():
            answer = answers.get(finding)
            if answer in allowed:
                continue
            if answer != UNSURE:
                break
            doubt = True
        else:
            if not doubt:
                return "yes"
            held = UNSURE
    return held


def held_floors(kb: KnowledgeBase, answers: Mapping[str, str]) -> tuple[HeldFloor, ...]:
    """The triage floors the answers hold: outright at their level, or, for a floor with an
    `if_unsure` level, but for not-sure answers at that level."""
    held = []
    for rule in kb.triage_rules:
        how = how_held(rule.when, answers)
        if how is None or holds_any(rule.unless, answers):
            continue
        if how == "yes":
            held.append(HeldFloor(rule, rule.level, unsure=False))
        elif rule.if_unsure is not None:
            held.append(HeldFloor(rule, rule.if_unsure, unsure=True))
    return tuple(held)


def raised_flags(
    kb: KnowledgeBase, answers: Mapping[str, str], recorded: Iterable[str] = (),
    recorded_unsure: Iterable[str] = (),
) -> tuple[RaisedFlag, ...]:
    """Red flags raised by the answers, plus any recorded earlier (they are never dropped):
    `recorded` were said for certain, `recorded_unsure` were raised by a "not sure" and keep
    their not-sure level unless the answers now raise them outright."""
    recorded = set(recorded)
    recorded_unsure = set(recorded_unsure)
    raised = []
    for flag in kb.red_flags:
        if flag.id in recorded:
            raised.append(RaisedFlag(flag, flag.level, unsure=False))
            continue
        how = how_held(flag.when, answers)
        if how == "yes":
            raised.append(RaisedFlag(flag, flag.level, unsure=False))
        elif how == UNSURE or flag.id in recorded_unsure:
            raised.append(RaisedFlag(flag, flag.if_unsure, unsure=True))
    # Most urgent first; among equals, what was said for certain before what was unsure, then
    # the most specific (a flag needing more answers says more about this person).
    return tuple(sorted(raised, key=lambda r: (-r.level.rank, r.unsure,
                                               -max(len(p) for p in r.flag.when))))


class ScoringTable(NamedTuple):
    """The evidence laid out for fast scoring: condition order, priors, and per answer the
    (condition index, weight) pairs it moves."""

    conditions: tuple[Condition, ...]
    index: Mapping[str, int]  # condition id -> its place in `conditions`
    priors: tuple[float, ...]
    moves: Mapping[tuple[str, str], tuple[tuple[int, float], ...]]
    raises: Mapping[tuple[str, str], Mapping[int, float]]  # the positive moves, by condition
    red_flag_findings: frozenset[str]


_TABLES: dict[int, tuple[KnowledgeBase, ScoringTable]] = {}


def scoring_table(kb: KnowledgeBase) -> ScoringTable:
    """Built once per knowledge base (kept by identity: the knowledge base is not hashable)."""
    held = _TABLES.get(id(kb))
    if held is not None and held[0] is kb:
        return held[1]
    index = {cid: i for i, cid in enumerate(kb.conditions)}
    moves = {
        key: tuple((index[cid], weight) for cid, weight in evidence.weights.items())
        for key, evidence in kb.evidence.items()
    }
    for question in kb.questions:
        if question.covers and (question.id, "no") not in moves:
            # A group's "no" is a "no" to each finding it covers, and weighs as theirs do,
            # unless evidence.yaml gives the group a row of its own.
            summed: dict[int, float] = {}
            for covered in question.covers:
                for i, weight in moves.get((covered, "no"), ()):
                    summed[i] = summed.get(i, 0.0) + weight
            if summed:
                moves[(question.id, "no")] = tuple(summed.items())
    raises = {key: {i: weight for i, weight in pairs if weight > 0}
              for key, pairs in moves.items()}
    red = frozenset(q.id for q in kb.questions if q.phase == "red_flag")
    table = ScoringTable(tuple(kb.conditions.values()), index,
                         tuple(c.prior for c in kb.conditions.values()), moves, raises, red)
    _TABLES[id(kb)] = (kb, table)
    return table


def score_causes(kb: KnowledgeBase, answers: Mapping[str, str], explain: int = MAX_CAUSES,
                 keep: int | None = None) -> list[RankedCause]:
    """Conditions scored and ranked, best first (ties keep knowledge-base order); the first
    `keep` of them, or all.

    Only the first `explain` causes carry the answers that raised them; question choice needs
    the scores alone, on every turn.
    """
    table = scoring_table(kb)
    scores = list(table.priors)
    # (finding, answer, the causes it raised) for each answer that moved a score, in order
    moved: list[tuple[str, str, Mapping[int, float]]] = []
    for finding, answer in answers.items():
        key = (finding, answer)
        moves = table.moves.get(key)
        if moves is not None:
            for index, weight in moves:
                scores[index] += weight
        elif answer == UNSURE and finding in table.red_flag_findings:
            # Not sure about a warning sign: its causes stay in view, at half strength, so the
            # causes spoken match the warning given.
            key = (finding, "yes")
            moves = table.moves.get(key)
            if moves is None:
                continue
            for index, weight in moves:
                if weight > 0:
                    scores[index] += weight * UNSURE_WEIGHT
        else:
            continue
        moved.append((finding, answer, table.raises[key]))
    order = sorted(range(len(scores)), key=scores.__getitem__, reverse=True)
    if keep:
        del order[keep:]
    conditions = table.conditions
    return [
        RankedCause(conditions[index], round(scores[index], 3),
                    _because(index, moved) if position < explain else ())
        for position, index in enumerate(order)
    ]


def _because(index: int, moved: list[tuple[str, str, Mapping[int, float]]],
             ) -> tuple[tuple[str, str], ...]:
    """The answers that raised one cause, strongest first (ties in the order given)."""
    raised = [(weight, finding, answer) for finding, answer, raises in moved
              if (weight := raises.get(index)) is not None]
    if len(raised) > 1:
        raised.sort(key=lambda item: -item[0])
    return tuple((finding, answer) for _, finding, answer in raised)


def _with_warned_causes(kb: KnowledgeBase, answers: Mapping[str, str],
                        flags: tuple[RaisedFlag, ...], likely: list[RankedCause],
                        ) -> list[RankedCause]:
    """The causes told, with the conditions each raised flag's warning speaks of among them (the
    flag's `causes`): a warning that nerves at the base of the spine may be squeezed is not told
    beside sciatica, a slipped disc and narrowing alone. A cause brought in takes the last place
    of one no warning speaks of, in its own (lower) order."""
    named = list(dict.fromkeys(c for raised in flags for c in raised.flag.causes))
    missing = [c for c in named if all(cause.condition.id != c for cause in likely)]
    if not missing:
        return likely
    by_id = {cause.condition.id: cause
             for cause in score_causes(kb, answers, explain=len(kb.conditions))}
    told = list(likely)
    for cid in missing:
        if len(told) >= MAX_CAUSES:
            spare = [i for i, cause in enumerate(told) if cause.condition.id not in named]
            if not spare:
                break
            del told[spare[-1]]
        told.append(by_id[cid])
    return told


def assess(
    kb: KnowledgeBase, answers: Mapping[str, str], recorded_flags: Iterable[str] = (),
    flags: tuple[RaisedFlag, ...] | None = None,
) -> Assessment:
    """`flags`, when given, are `raised_flags(kb, answers, recorded_flags)` already worked out
    (every turn raises them before it knows whether it needs a whole assessment)."""
    if flags is None:
        flags = raised_flags(kb, answers, recorded_flags)
    ranked = score_causes(kb, answers, keep=LEADERS)
    likely = [cause for cause in ranked if cause.score >= LIKELY_SCORE][:MAX_CAUSES]
    if flags and likely:
        # Beside a warning, a far weaker everyday cause only distracts from it; serious causes
        # are always named.
        likely = [c for c in likely if likely[0].score - c.score <= RED_FLAG_CAUSE_GAP
                  or c.condition.triage.rank >= Level.URGENT.rank]
    if flags:
        likely = _with_warned_causes(kb, answers, flags, likely)
    floors = held_floors(kb, answers)
    levels = [raised.level for raised in flags] + [floor.level for floor in floors]
    if likely:
        top = likely[0].score
        contenders = [c.condition.level_for(answers) for c in likely
                      if top - c.score <= CONTENTION_MARGIN]
        # Emergencies are called by red flags, whose levels come from their sources; a serious
        # cause that only scores well, with no red flag, means a check today.
        levels += [min(level, Level.URGENT, key=lambda lv: lv.rank) for level in contenders]
    else:
        # Nothing stands out: a doctor should look, rather than home care on a guess.
        levels.append(Level.ROUTINE)
    return Assessment(Level.most_urgent(levels), flags, tuple(likely), floors, tuple(ranked))
