"""Which question to ask next, and when to stop asking.

Every answer costs the person time before the advice, so a question is asked only while its
answer could matter, the most decisive first:

1. Sensitivity first. A red-flag question is asked whenever it is open and one of its answers, or
   an answer to a question it opens or groups, could raise the triage level: a red flag (at the more
   urgent of its levels: rule 3) or a triage floor above the level the answers already fix, or a
   cause brought forward to a more urgent level. No guess about how likely a warning sign is may
   skip it. Once the level is fixed high enough (say a same-day flag is raised), the questions
   that can only raise flags at that level or below are not asked for the level's sake.
2. A yes to a grouped question says one of the findings it covers is true: those are asked while
   one could change what is told. Outside the red-flag phase the first yes explains the group's yes
   and the rest wait for their own reasons ("a new medicine, HIV, metals, family?" - "yes" - "a
   new medicine?" - "yes": not also HIV).
3. A core question (the guidance's checklist for the picture) is asked while an answer could
   change what is told, until one cause stands `clear_lead` points clear of the next; one whose
   answer would raise the level told is asked even then (a clear lead settles the causes, not
   how soon to be seen).
4. Any other open question is worth asking only while there is a real chance that its answer
   changes what is told: each cause answers as a person with it would (`typical_answer`), weighted
   by how likely that cause is now; the chance is the share of them whose answer changes the level
   or brings their own cause into the causes told. A question whose every answer leaves the level
   and the causes told as they are has no chance at all. The question with the best chance is
   asked; asking stops when none has `worth_asking`. Asking "could any answer change it?" alone
   never stops while the third cause told is a near tie with the fourth: every "no" swaps them.

The numbers live in questions.yaml (`selection`).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Set

from skill.screening.assessment import (
    held_floors,
    holds_any,
    raised_flags,
    score_causes,
    scoring_table,
)
from skill.screening.knowledge import UNSURE, KnowledgeBase, Level, Pattern, Question

# What a person would be told: the triage level and the likely causes (in any order).
Told = tuple[Level, frozenset[str]]
Outcome = Callable[[Mapping[str, str]], Told]
# Causes less likely than this are left out of the chance (they could not reach worth_asking).
NEGLIGIBLE_SHARE = 1e-4


def is_open(question: Question, answers: Mapping[str, str]) -> bool:
    """A question can be asked once the answers its `ask_if` names allow it."""
    return not question.ask_if or holds_any(question.ask_if, answers)


def with_groups(kb: KnowledgeBase, answers: Mapping[str, str],
                asked: Set[str]) -> tuple[Mapping[str, str], Set[str]]:
    """Answers and asked findings with each grouped question settled by what was said about the
    findings it covers: a yes said unprompted ("I can't control my bladder") answers the group's
    question, so the other covered questions open without asking the group; a "no" settles it
    only once every covered finding has one. A group is settled only where it could be asked:
    weight loss said with no back pain opens nothing about back pain at night (round 9).

    A smaller group answers for the findings it covers (round 13, docs/clinical-safety.md 5v):
    its "no" is a "no" to each of them, and its yes (or not sure) is a yes to a larger group
    holding them all ("no" to the weakness, then "no" to the bladder, bowel, sexual and saddle
    signs settles the four-sign question; a yes to the four without the weakness is a yes to
    the four)."""
    extra: dict[str, str] = {}
    changed = True
    while changed:
        changed = False
        known = {**answers, **extra}
        denied = {f for q in kb.questions if q.covers and known.get(q.id) == "no"
                  for f in q.covers}
        for question in kb.questions:
            if not question.covers or question.id in asked or question.id in extra \
                    or not is_open(question, known):
                continue
            said = [known.get(f, "no" if f in denied else None) for f in question.covers]
            said += [known[q.id] for q in kb.questions
                     if q.covers and q.id != question.id and q.id in known
                     and known[q.id] in ("yes", UNSURE)
                     and set(q.covers) <= set(question.covers)]
            if "yes" in said or UNSURE in said:
                extra[question.id] = "yes" if "yes" in said else UNSURE
            elif all(value is not None for value in said[:len(question.covers)]):
                extra[question.id] = "no"
            else:
                continue  # a "no" to some of them only: the group is still asked, for the others
            changed = True
    known = {**answers, **extra}
    if not extra:
        return answers, asked
    return known, asked | extra.keys()


def _denied(kb: KnowledgeBase, answers: Mapping[str, str]) -> frozenset[str]:
    """Findings not yet answered that a group answered "no" holds: settled, so not asked again
    under another group that holds them too, nor alone where a second way would open them."""
    return frozenset(f for q in kb.questions if q.covers and answers.get(q.id) == "no"
                     for f in q.covers if f not in answers)


def next_question(kb: KnowledgeBase, answers: Mapping[str, str], asked: Set[str],
                  outcome: Outcome) -> Question | None:
    """The next question to ask, or None when no answer left is worth the person's time.

    `outcome(answers)` is what the person would be told with those answers."""
    question = _choose(kb, answers, asked, outcome)
    return question and _other_half(kb, question, answers, asked)


def _other_half(kb: KnowledgeBase, question: Question, answers: Mapping[str, str],
                asked: Set[str]) -> Question:
    """A grouped question part of which is already answered is not asked again in the words that
    hold that part: a "no" at a one-part check ("Just to check: ... an injury?") leaves its
    other half, asked alone (review4 R2); a longer part left is asked as the group the knowledge
    base has for exactly those findings (round 13: an old limp no worse settles the weakness of
    "Are your legs newly weak, or ... bladder ...?", so the bladder, bowel, sexual and saddle
    signs are asked as one). Otherwise the group stays one question for the rest: one "no" still
    settles them all."""
    if not question.covers:
        return question
    left = [f for f in question.covers if f not in answers]
    if len(left) == 1 and len(question.covers) > 1:
        return kb.question(left[0])
    if len(left) < len(question.covers):
        for other in kb.questions:
            if other.id != question.id and other.id not in asked \
                    and other.phase == question.phase and set(other.covers) == set(left):
                return other
    return question


def _choose(kb: KnowledgeBase, answers: Mapping[str, str], asked: Set[str],
            outcome: Outcome) -> Question | None:
    # A yes to a grouped question just asked is followed by "which?" before anything else.
    which = _opened_by_yes(kb, answers)
    answers, asked = with_groups(kb, answers, asked)
    denied = _denied(kb, answers)
    # a question with `records` is asked only as a check, for a sign said long-standing
    pending = [q for q in kb.questions if q.id not in asked and q.id not in denied
               and not q.records and is_open(q, answers)]
    if not pending:
        return None
    outcome = _remembered(outcome)
    now = outcome(answers)
    opened = _opened_by_yes(kb, answers)
    settled = settled_levels(kb, answers)
    closed = unaskable(kb, answers, asked)
    raising = [q for q in pending if q.phase == "red_flag" and (
        could_raise(kb, q, answers, settled, closed)
        or _raises_level_told(q, answers, outcome, now)
        or (q.id in opened and _could_change(q, answers, outcome, now)))]
    if raising:
        chosen = next((q for q in raising if q.follow_up),
                      next((q for q in raising if q.id in which), raising[0]))
        return _in_one_breath(kb, chosen, raising, answers)
    explained = _explained(kb, answers)
    followed = [q for q in pending if q.id in opened and q.id not in explained
                and _could_change(q, answers, outcome, now)]
    if followed:
        return followed[0]
    core = [q for q in pending if q.phase == "core" and q.id not in explained
            and _could_change(q, answers, outcome, now)]
    # A clear leader settles the causes told, not how soon to be seen: a core question whose
    # answer would raise the level (restless legs that stop sleep: see a GP) is still asked.
    raising_core = [q for q in core if _raises_level_told(q, answers, outcome, now)]
    if raising_core:
        return raising_core[0]
    if core and not clear_leader(kb, answers):
        return core[0]
    limits = kb.selection
    chosen = sum(1 for finding in asked if kb.question(finding).phase == "differential")
    if chosen >= limits.max_chosen or len(asked) >= limits.max_questions:
        return None
    shares = cause_shares(kb, answers)
    best, best_chance = None, 0.0
    for question in pending:
        chance = chance_of_change(kb, question, answers, outcome, now, shares)
        if chance > best_chance:
            best, best_chance = question, chance
    return best if best_chance >= limits.worth_asking else None


def _in_one_breath(kb: KnowledgeBase, chosen: Question, raising: list[Question],
                   answers: Mapping[str, str]) -> Question:
    """The red-flag group to ask instead of `chosen` when one is open and could raise the level
    too, holds what `chosen` asks and more, and none of its findings is answered yet (round 13,
    docs/clinical-safety.md 5v): beside an old leak, "Are your legs newly weak?" and "Is there
    also new numbness between your legs, or a new change in your sex life?" are one question.
    Never in place of the signs a yes still unexplained opened ("which one?"): they are asked
    one by one."""
    if chosen.follow_up:
        return chosen
    asks = set(chosen.covers) or {chosen.id}
    opened = {f for q in kb.questions if q.covers and answers.get(q.id) in ("yes", UNSURE)
              and not any(answers.get(c) in ("yes", UNSURE) for c in q.covers)
              for f in q.covers}
    best = chosen
    for group in raising:
        covers = set(group.covers)
        if len(covers) > len(set(best.covers) or {best.id}) and asks < covers \
                and not covers & answers.keys() and not covers & opened:
            best = group
    return best


def _remembered(outcome: Outcome) -> Outcome:
    """One choice asks what many sets of answers would tell, often the same set twice (a
    question's possible answers, then the causes' typical answers): each is worked out once."""
    seen: dict[frozenset[tuple[str, str]], Told] = {}

    def told(answers: Mapping[str, str]) -> Told:
        key = frozenset(answers.items())
        if key not in seen:
            seen[key] = outcome(answers)
        return seen[key]

    return told


def settled_levels(kb: KnowledgeBase, answers: Mapping[str, str]) -> tuple[Level, Level]:
    """The levels the answers already fix whatever comes later: by their red flags alone (a
    not-sure one at its not-sure level), and by those with the triage floors. A leading cause's
    level does not count: it can still fall back as other causes overtake it. Both from one
    working-out of the raised flags."""
    flags = [raised.level for raised in raised_flags(kb, answers)]
    floors = [floor.level for floor in held_floors(kb, answers)]
    return Level.most_urgent(flags), Level.most_urgent([*flags, *floors])


def unaskable(kb: KnowledgeBase, answers: Mapping[str, str], asked: Set[str]) -> frozenset[str]:
    """Findings not yet answered that no question can reach any more: covered by a group answered
    no, or behind an `ask_if` that the answers given can no longer satisfy."""
    closed = {covered for q in kb.questions if answers.get(q.id) == "no"
              for covered in q.covers if covered not in answers}
    changed = True
    while changed:
        changed = False
        for question in kb.questions:
            if question.id in closed or question.id in asked or not question.ask_if:
                continue
            if not any(_may_hold(pattern, answers, closed, exact=True)
                       for pattern in question.ask_if):
                closed.add(question.id)
                changed = True
    return frozenset(closed)


def _may_hold(pattern: Pattern, answers: Mapping[str, str], closed: Set[str],
              exact: bool = False) -> bool:
    """Whether a pattern can still hold: each finding answered as it needs, or still to be asked.
    A not-sure answer may yet hold a red flag (at its not-sure level); an `ask_if` (`exact`)
    needs its answers as written."""
    for finding, allowed in pattern.items():
        answer = answers.get(finding)
        if answer is None:
            if finding in closed:
                return False
        elif answer not in allowed and (exact or answer != UNSURE):
            return False
    return True


def could_raise(kb: KnowledgeBase, question: Question, answers: Mapping[str, str],
                settled: tuple[Level, Level], closed: Set[str]) -> bool:
    """Whether an answer to `question`, or to a question it opens or groups, could raise a red
    flag or a triage floor above the level already settled. `settled` is (by red flags alone,
    by flags and floors): a floor says how soon to act, not what to watch for, so it never makes
    a red flag's question, and the warning it would give, not worth asking."""
    reach = reached(kb, question.id)
    for level, patterns, is_flag in _raisers(kb):
        if level.rank <= settled[0 if is_flag else 1].rank:
            continue
        for pattern in patterns:
            if any(f in reach and f not in answers for f in pattern) and \
                    _may_hold(pattern, answers, closed):
                return True
    return False


def clear_leader(kb: KnowledgeBase, answers: Mapping[str, str]) -> bool:
    """Whether one cause already stands `clear_lead` points clear of the next."""
    first, second = score_causes(kb, answers, explain=0, keep=2)
    return first.score - second.score >= kb.selection.clear_lead


def reached(kb: KnowledgeBase, question_id: str) -> frozenset[str]:
    """The findings asking `question_id` can settle: its own, those it groups, and those of the
    questions its answers open, and so on."""
    return _derived(kb).reached[question_id]


class _Derived:
    """What the knowledge base's questions and flags imply for asking, worked out once."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        # what settling each finding leads to: the questions it may open, and those it groups
        leads_to: dict[str, set[str]] = {q.id: set(q.covers) for q in kb.questions}
        for q in kb.questions:
            for pattern in q.ask_if:
                for finding in pattern:
                    leads_to.setdefault(finding, set()).add(q.id)
        self.reached: dict[str, frozenset[str]] = {}
        for question in kb.questions:
            reach = {question.id, *question.covers}
            todo = list(reach)
            while todo:
                for found in leads_to.get(todo.pop(), ()):
                    if found not in reach:
                        reach.add(found)
                        todo.append(found)
            self.reached[question.id] = frozenset(reach)
        # Each red flag counts at the more urgent of its levels; each floor at its own.
        self.raisers = tuple(
            [(Level.most_urgent([f.level, f.if_unsure]), f.when, True) for f in kb.red_flags]
            + [(Level.most_urgent([rule.level, rule.if_unsure or rule.level]), rule.when, False)
               for rule in kb.triage_rules])


_DERIVED: dict[int, _Derived] = {}


def _derived(kb: KnowledgeBase) -> _Derived:
    """Kept by identity: the knowledge base is not hashable."""
    held = _DERIVED.get(id(kb))
    if held is None or held.kb is not kb:
        held = _DERIVED[id(kb)] = _Derived(kb)
    return held


def _raisers(kb: KnowledgeBase) -> tuple[tuple[Level, tuple[Pattern, ...], bool], ...]:
    return _derived(kb).raisers


def _opened_by_yes(kb: KnowledgeBase, answers: Mapping[str, str]) -> frozenset[str]:
    """Findings covered by a group answered yes or not sure, still unanswered."""
    return frozenset(f for q in kb.questions if q.covers and answers.get(q.id) in ("yes", UNSURE)
                     for f in q.covers if f not in answers)


def _explained(kb: KnowledgeBase, answers: Mapping[str, str]) -> frozenset[str]:
    """Covered findings of a group outside the red-flag phase whose yes another covered finding
    already explains."""
    return frozenset(f for q in kb.questions if q.covers and q.phase != "red_flag"
                     and any(answers.get(c) == "yes" for c in q.covers)
                     for f in q.covers if f not in answers)


def _raises_level_told(question: Question, answers: Mapping[str, str], outcome: Outcome,
                       now: Told) -> bool:
    """Whether an answer would raise the level told, through the causes it brings forward."""
    return any(outcome({**answers, **change})[0].rank > now[0].rank
               for change in _possible_answers(question))


def _could_change(question: Question, answers: Mapping[str, str], outcome: Outcome,
                  now: Told) -> bool:
    """Whether some answer to `question` would change the triage level or the causes told."""
    return any(outcome({**answers, **change}) != now for change in _possible_answers(question))


def _possible_answers(question: Question) -> list[dict[str, str]]:
    """The answers a question could bring; a grouped question's yes is a yes to one of the
    findings it covers (the group's own yes only opens their questions)."""
    changes = [{question.id: answer} for answer in question.answers if answer != UNSURE]
    changes += [{question.id: "yes", covered: "yes"} for covered in question.covers]
    return changes


def cause_shares(kb: KnowledgeBase, answers: Mapping[str, str]) -> dict[str, float]:
    """How likely each cause is now, relative to the others: scores are points of roughly
    log-odds (evidence.yaml), so their softmax."""
    ranked = score_causes(kb, answers, explain=0)
    top = ranked[0].score
    weights = {c.condition.id: math.exp(c.score - top) for c in ranked}
    total = sum(weights.values())
    return {cid: weight / total for cid, weight in weights.items()}


def typical_answer(kb: KnowledgeBase, question: Question, cause: str) -> dict[str, str]:
    """How a person whose numbness has `cause` would answer: the answer whose evidence speaks
    most for it, at least `typical_weight` points (a weaker weight says the answer is a little
    more common with the cause, not that it is what such a person says); when none does, "no" to
    a yes-or-no question (and "not sure" to the others). A grouped question's yes comes with a
    yes to the covered finding that speaks for the cause."""
    table = scoring_table(kb)
    index = table.index[cause]
    best: dict[str, str] | None = None
    best_weight = kb.selection.typical_weight - 1e-9
    for answer in question.answers:
        weight = table.raises.get((question.id, answer), {}).get(index, 0.0)
        if weight > best_weight:
            best, best_weight = {question.id: answer}, weight
    for covered in question.covers:
        weight = table.raises.get((covered, "yes"), {}).get(index, 0.0)
        if weight > best_weight:
            best, best_weight = {question.id: "yes", covered: "yes"}, weight
    if best is not None:
        return best
    return {question.id: "no" if question.kind == "yes_no" else UNSURE}


def chance_of_change(kb: KnowledgeBase, question: Question, answers: Mapping[str, str],
                     outcome: Outcome, now: Told, shares: Mapping[str, float]) -> float:
    """The chance that asking `question` changes what is told: the share of causes whose typical
    answer changes the level told or brings that cause into the causes told. A cause already told
    gains nothing from being asked about."""
    chance = 0.0
    for cause, share in shares.items():
        if share < NEGLIGIBLE_SHARE:
            continue
        after = outcome({**answers, **typical_answer(kb, question, cause)})
        if after[0] is not now[0] or (cause in after[1] and cause not in now[1]):
            chance += share
    return chance
