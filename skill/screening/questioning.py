"""Which question to ask next, and when to stop asking.

Red-flag questions come first, in the knowledge base's order, because they decide whether anything
else matters; then the core questions every clinician asks (which leg, how long). After them the
next question is the one whose answers would most change the ranking
of the causes still in play (not a fixed list), and asking stops once one cause clearly leads or
the question budget is spent.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Hashable, Mapping, Sequence, Set

from skill.screening.assessment import RankedCause, ScoringTable, holds_any, scoring_table
from skill.screening.knowledge import UNSURE, KnowledgeBase, Question

# The budget: at most MAX_DIFFERENTIAL chosen questions after the red-flag and core ones, and at
# most MAX_QUESTIONS answers in all. Most red-flag questions are grouped where the guidance groups
# them ("any new weakness, bladder, bowel or sexual change, or numbness between your legs?") or
# opened only by an earlier answer (a sudden start, back pain, a yes to a group), so most people
# hear 7 to 9 of them; asking stops early when no answer left could change the triage level or the
# likely causes spoken.
MAX_DIFFERENTIAL = 4
MAX_QUESTIONS = 18
# Asking stops early once the leading cause is this many points clear of the next.
CLEAR_LEAD = 2.5
MIN_DIFFERENTIAL = 0
# How many of the best-scoring causes a question is judged against (at most assessment.LEADERS).
CANDIDATES = 8


def is_open(question: Question, answers: Mapping[str, str]) -> bool:
    """A question can be asked once the answers its `ask_if` names allow it."""
    return not question.ask_if or holds_any(question.ask_if, answers)


def with_groups(kb: KnowledgeBase, answers: Mapping[str, str],
                asked: Set[str]) -> tuple[Mapping[str, str], Set[str]]:
    """Answers and asked findings with each grouped question settled by what was said about the
    findings it covers: a yes said unprompted ("I can't control my bladder") answers the group's
    question, so the other covered questions open without asking the group; a "no" settles it
    only once every covered finding has one."""
    extra: dict[str, str] = {}
    for question in kb.questions:
        if not question.covers or question.id in asked:
            continue
        said = [answers[f] for f in question.covers if f in answers]
        if "yes" in said or UNSURE in said:
            extra[question.id] = "yes" if "yes" in said else UNSURE
        elif said and len(said) == len(question.covers):
            extra[question.id] = "no"
        # A "no" to some of them only: the group is still asked, for the others.
    if not extra:
        return answers, asked
    return {**answers, **extra}, asked | extra.keys()


def next_question(
    kb: KnowledgeBase, answers: Mapping[str, str], asked: Set[str],
    ranking: Callable[[], Sequence[RankedCause]],
    outcome: Callable[[Mapping[str, str]], Hashable] | None = None,
) -> Question | None:
    """The next question to ask, or None when the screening has what it needs.

    `ranking` gives the best-scoring causes; it is only called once the red-flag and core
    questions are done, so the turns before need no scoring at all. `outcome(answers)`, when
    given, is what the person would be told (triage level and top causes): a chosen question is
    only asked if one of its answers could change it."""
    answers, asked = with_groups(kb, answers, asked)
    for phase in ("red_flag", "core"):
        waiting = [q for q in kb.questions
                   if q.phase == phase and q.id not in asked and is_open(q, answers)]
        if waiting:
            return next((q for q in waiting if q.follow_up), waiting[0])
    pending = [q for q in kb.questions if q.id not in asked and is_open(q, answers)]
    differential_asked = sum(
        1 for finding in asked if kb.question(finding).phase == "differential"
    )
    if differential_asked >= MAX_DIFFERENTIAL or len(asked) >= MAX_QUESTIONS:
        return None
    ranked = ranking()
    if differential_asked >= MIN_DIFFERENTIAL and ranked[0].score - ranked[1].score >= CLEAR_LEAD:
        return None
    candidates = ranked[:CANDIDATES]
    table = scoring_table(kb)
    shares = dict(zip((table.index[cause.condition.id] for cause in candidates),
                      likelihoods(candidates), strict=True))
    gains = sorted(((separation(question, shares, table), index, question)
                    for index, question in enumerate(pending)), key=lambda g: (-g[0], g[1]))
    now = outcome(answers) if outcome is not None else None
    for gain, _, question in gains:
        if gain <= 1e-9:
            break
        if outcome is None or any(outcome({**answers, **change}) != now
                                  for change in _possible_answers(question)):
            return question
    return None


def _possible_answers(question: Question) -> list[dict[str, str]]:
    """The answers a question could bring; a grouped question's yes is a yes to one of the
    findings it covers (the group's own yes only opens their questions)."""
    changes = [{question.id: answer} for answer in question.answers if answer != UNSURE]
    changes += [{question.id: "yes", covered: "yes"} for covered in question.covers]
    return changes


def likelihoods(candidates: Sequence[RankedCause]) -> list[float]:
    """How likely each candidate is now, relative to the others (softmax of the scores)."""
    top = candidates[0].score
    weights = [math.exp(cause.score - top) for cause in candidates]
    total = sum(weights)
    return [w / total for w in weights]


def separation(question: Question, shares: Mapping[int, float], table: ScoringTable) -> float:
    """How much the answers to `question` would spread the candidates' scores apart.

    `shares` maps each candidate (by its place in the scoring table) to how likely it is now.
    For each possible answer, the variance of the score changes it brings across the
    candidates, weighted by those shares (E[d^2] - E[d]^2); averaged over the answers. A cause
    an answer does not move changes by zero, so only the causes it moves are visited.
    """
    total, count = 0.0, 0
    for answer in question.answers:
        if answer == UNSURE:
            continue
        count += 1
        mean = square = 0.0
        for index, weight in table.moves.get((question.id, answer), ()):
            share = shares.get(index)
            if share is not None:
                mean += share * weight
                square += share * weight * weight
        total += square - mean * mean
    return total / count if count else 0.0
