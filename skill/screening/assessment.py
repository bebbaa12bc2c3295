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


class Assessment(NamedTuple):
    level: Level
    red_flags: tuple[RaisedFlag, ...]
    causes: tuple[RankedCause, ...]
    floors: tuple[TriageRule, ...]
    ranking: tuple[RankedCause, ...] = ()  # the LEADERS best causes (for choosing questions)

    def summary(self) -> dict[str, object]:
        """The compact form other systems read (session attribute `assessment`)."""
        return {
            "triage": self.level.value,
            "causes": [cause.condition.id for cause in self.causes],
            "red_flags": [raised.flag.id for raised in self.red_flags],
        }


def pattern_status(pattern: Pattern, answers: Mapping[str, str]) -> str:
    """'holds', 'unsure' (would hold but for not-sure answers) or 'no'."""
    unsure = False
    for finding, allowed in pattern.items():
        answer = answers.get(finding)
        if answer in allowed:
            continue
        if answer == UNSURE:
            unsure = True
            continue
        return "no"
    return "unsure" if unsure else "holds"


def raised_flags(
    kb: KnowledgeBase, answers: Mapping[str, str], recorded: Iterable[str] = ()
) -> tuple[RaisedFlag, ...]:
    """Red flags raised by the answers, plus any recorded earlier (they are never dropped)."""
    recorded = set(recorded)
    raised = []
    for flag in kb.red_flags:
        if flag.id in recorded:
            raised.append(RaisedFlag(flag, flag.level, unsure=False))
            continue
        # pattern_status, inlined: this runs for every flag on every turn.
        holds = unsure = False
        for pattern in flag.when:
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
                    holds = True
                    break
                unsure = True
        if holds:
            raised.append(RaisedFlag(flag, flag.level, unsure=False))
        elif unsure:
            raised.append(RaisedFlag(flag, flag.if_unsure, unsure=True))
    # Most urgent first; among equals, what was said for certain before what was unsure, then
    # the most specific (a flag needing more answers says more about this person).
    return tuple(sorted(raised, key=lambda r: (-r.level.rank, r.unsure,
                                               -max(len(p) for p in r.flag.when))))


class _ScoringTable(NamedTuple):
    """The evidence laid out for fast scoring: condition order, priors, and per answer the
    (condition index, weight) pairs it moves."""

    conditions: tuple[Condition, ...]
    priors: tuple[float, ...]
    moves: Mapping[tuple[str, str], tuple[tuple[int, float], ...]]
    red_flag_findings: frozenset[str]


_TABLES: dict[int, tuple[KnowledgeBase, _ScoringTable]] = {}


def _table(kb: KnowledgeBase) -> _ScoringTable:
    """Built once per knowledge base (kept by identity: the knowledge base is not hashable)."""
    held = _TABLES.get(id(kb))
    if held is not None and held[0] is kb:
        return held[1]
    index = {cid: i for i, cid in enumerate(kb.conditions)}
    moves = {
        key: tuple((index[cid], weight) for cid, weight in evidence.weights.items())
        for key, evidence in kb.evidence.items()
    }
    red = frozenset(q.id for q in kb.questions if q.phase == "red_flag")
    table = _ScoringTable(tuple(kb.conditions.values()),
                          tuple(c.prior for c in kb.conditions.values()), moves, red)
    _TABLES[id(kb)] = (kb, table)
    return table


def score_causes(kb: KnowledgeBase, answers: Mapping[str, str], explain: int = MAX_CAUSES,
                 keep: int | None = None) -> list[RankedCause]:
    """Conditions scored and ranked, best first (ties keep knowledge-base order); the first
    `keep` of them, or all.

    Only the first `explain` causes carry the answers that raised them; question choice needs
    the scores alone, on every turn.
    """
    table = _table(kb)
    scores = list(table.priors)
    raised_by: dict[int, list[tuple[float, str, str]]] = {}
    for finding, answer in answers.items():
        moves = table.moves.get((finding, answer))
        scale = 1.0
        if moves is None and answer == UNSURE and finding in table.red_flag_findings:
            # Not sure about a warning sign: its causes stay in view, at half strength, so the
            # causes spoken match the warning given.
            moves, scale = table.moves.get((finding, "yes")), UNSURE_WEIGHT
        if moves is None:
            continue
        for index, weight in moves:
            if weight > 0:
                scores[index] += weight * scale
                raised_by.setdefault(index, []).append((weight, finding, answer))
            elif scale == 1.0:
                scores[index] += weight
    order = sorted(range(len(scores)), key=scores.__getitem__, reverse=True)
    ranked = []
    for position, index in enumerate(order[:keep] if keep else order):
        because: tuple[tuple[str, str], ...] = ()
        if position < explain and index in raised_by:
            strongest = sorted(raised_by[index], key=lambda item: -item[0])
            because = tuple((finding, answer) for _, finding, answer in strongest)
        ranked.append(RankedCause(table.conditions[index], round(scores[index], 3), because))
    return ranked


def assess(
    kb: KnowledgeBase, answers: Mapping[str, str], recorded_flags: Iterable[str] = ()
) -> Assessment:
    flags = raised_flags(kb, answers, recorded_flags)
    ranked = score_causes(kb, answers, keep=LEADERS)
    likely = [cause for cause in ranked if cause.score >= LIKELY_SCORE][:MAX_CAUSES]
    if flags and likely:
        # Beside a warning, a far weaker everyday cause only distracts from it; serious causes
        # are always named.
        likely = [c for c in likely if likely[0].score - c.score <= RED_FLAG_CAUSE_GAP
                  or c.condition.triage.rank >= Level.URGENT.rank]
    floors = tuple(
        rule for rule in kb.triage_rules
        if any(pattern_status(p, answers) == "holds" for p in rule.when)
    )
    levels = [raised.level for raised in flags] + [rule.level for rule in floors]
    if likely:
        top = likely[0].score
        contenders = [c.condition.triage for c in likely if top - c.score <= CONTENTION_MARGIN]
        # Emergencies are called by red flags, whose levels come from their sources; a serious
        # cause that only scores well, with no red flag, means a check today.
        levels += [min(level, Level.URGENT, key=lambda lv: lv.rank) for level in contenders]
    else:
        # Nothing stands out: a doctor should look, rather than home care on a guess.
        levels.append(Level.ROUTINE)
    return Assessment(Level.most_urgent(levels), flags, tuple(likely), floors, tuple(ranked))
