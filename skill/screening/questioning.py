"""Which question to ask next, and when to stop asking.

A question is asked only while its answer could matter, most decisive first:
1. A red-flag question that could still raise the triage level (a red flag or a triage floor,
   through its own answer or the questions it opens) is asked whenever it is open: sensitivity
   comes first, and no guess about how likely a warning sign is may skip it.
2. A core question (the checklist the guidance gives for the picture) is asked when one of its
   answers could change what is told: the triage level or the likely causes.
3. Any other open question (the differential ones, a red-flag question that can no longer raise the
   level, the rest of a group whose yes is already explained) is worth asking when there is a real
   chance that its answer changes what is told. Each cause still in play answers as that cause
   would (a yes where the cause's evidence says yes, else no), weighted by how likely it is now;
   the chance is the share of them whose answer changes the level or brings their own cause into
   the causes told. The question with the best chance comes first; asking stops when no question
   left has at least `WORTH_ASKING`.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Hashable, Mapping, Sequence, Set

from skill.screening.assessment import holds_any, raised_flags, score_causes, scoring_table
from skill.screening.knowledge import UNSURE, KnowledgeBase, Level, Pattern, Question

# The budget: at most MAX_DIFFERENTIAL questions chosen by chance of change, and at most
# MAX_QUESTIONS answers in all (a safety net; the chance rule stops sooner).
MAX_DIFFERENTIAL = 4
MAX_QUESTIONS = 18
# A question chosen by its chance of changing what is told is asked only from this chance up.
WORTH_ASKING = 0.07
# A cause this many points clear of the next stands out: the checklist stops hunting for one.
CLEAR_LEAD = 2.5

Told = tuple[Level, frozenset[str]]


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
    outcome: Callable[[Mapping[str, str]], Told] | None = None,
) -> Question | None:
    """The next question to ask, or None when the screening has what it needs.

    `outcome(answers)` is what the person would be told: the triage level and the likely causes
    (in any order). Without it, every question that is open counts as able to change it."""
    answers, asked = with_groups(kb, answers, asked)
    pending = [q for q in kb.questions if q.id not in asked and is_open(q, answers)]
    if not pending:
        return None
    settled = settled_level(kb, answers)
    closed = unaskable(kb, answers, asked)
    now = outcome(answers) if outcome is not None else None
    # 1. Sensitivity first: every red-flag question that could still raise the level.
    raising = [q for q in pending if q.phase == "red_flag"
               and (could_raise(kb, q, answers, settled, closed)
                    or _raises_told_level(q, answers, outcome, now)
                    or (q.id in _opened_by_yes(kb, answers)
                        and _could_change(q, answers, outcome, now)))]
    if raising:
        return next((q for q in raising if q.follow_up), raising[0])
    explained = _explained(kb, answers)
    # 2. The guidance's checklist for the picture, while an answer could change what is told
    # and no cause stands clear of the rest yet.
    core = [q for q in pending if q.phase == "core" and q.id not in explained
            and (outcome is None or _could_change(q, answers, outcome, now))]
    if core and not clear_leader(kb, answers):
        return core[0]
    # 3. The rest, most decisive first, while one has a real chance of changing what is told.
    chosen = sum(1 for finding in asked if kb.question(finding).phase == "differential")
    if chosen >= MAX_DIFFERENTIAL or len(asked) >= MAX_QUESTIONS:
        return None
    if outcome is None or now is None:
        return next((q for q in pending if q.phase == "differential"), None)
    shares = cause_shares(kb, answers)
    best, best_chance = None, 0.0
    for question in pending:
        if question.phase == "red_flag" and question.id not in explained and \
                question.id not in _optional(kb):
            pass
        chance = chance_of_change(kb, question, answers, outcome, now, shares)
        if chance > best_chance + 1e-9:
            best, best_chance = question, chance
    return best if best_chance >= WORTH_ASKING else None


def _optional(kb: KnowledgeBase) -> frozenset[str]:
    return frozenset()


def clear_leader(kb: KnowledgeBase, answers: Mapping[str, str]) -> bool:
    """Whether one cause already stands clear of the rest."""
    first, second = score_causes(kb, answers, explain=0, keep=2)
    return first.score - second.score >= CLEAR_LEAD


def settled_level(kb: KnowledgeBase, answers: Mapping[str, str]) -> Level:
    """The level the answers already fix, whatever is answered later: their red flags and triage
    floors (a cause's level can still fall as the causes shift, so it does not count)."""
    levels = [raised.level for raised in raised_flags(kb, answers)]
    levels += [rule.level for rule in kb.triage_rules if holds_any(rule.when, answers)]
    return Level.most_urgent(levels)


def unaskable(kb: KnowledgeBase, answers: Mapping[str, str], asked: Set[str]) -> frozenset[str]:
    """Findings not yet answered that no question can reach any more: covered by a group
    answered no, or behind an `ask_if` that the answers given can no longer satisfy."""
    closed = {covered for q in kb.questions if answers.get(q.id) == "no"
              for covered in q.covers if covered not in answers}
    changed = True
    while changed:
        changed = False
        for question in kb.questions:
            if question.id in closed or question.id in asked or not question.ask_if:
                continue
            if not any(_may_hold(pattern, answers, closed, strict=True)
                       for pattern in question.ask_if):
                closed.add(question.id)
                changed = True
    return frozenset(closed)


def _may_hold(pattern: Pattern, answers: Mapping[str, str], closed: Set[str],
              strict: bool = False) -> bool:
    """Whether a pattern can still hold: each finding answered as it needs (a not-sure answer
    may yet hold, unless `strict`: an ask_if needs its answers as written) or still askable."""
    for finding, allowed in pattern.items():
        answer = answers.get(finding)
        if answer is None:
            if finding in closed:
                return False
        elif answer not in allowed and (strict or answer != UNSURE):
            return False
    return True


def could_raise(kb: KnowledgeBase, question: Question, answers: Mapping[str, str],
                settled: Level, closed: Set[str]) -> bool:
    """Whether an answer to `question`, or to a question it opens or groups, could raise a red
    flag or a triage floor above the level already settled (a flag counts at the more urgent of
    its levels: rule 3, doubt goes to the more urgent level)."""
    reach = reached(kb, question.id)
    for level, patterns in _raisers(kb):
        if level.rank <= settled.rank:
            continue
        for pattern in patterns:
            if any(f in reach and f not in answers for f in pattern) and \
                    _may_hold(pattern, answers, closed):
                return True
    return False


_CACHE: dict[tuple[int, str], tuple[KnowledgeBase, object]] = {}


def _kept(kb: KnowledgeBase, name: str, build: Callable[[], object]) -> object:
    """Worked out once per knowledge base (kept by identity: it is not hashable)."""
    held = _CACHE.get((id(kb), name))
    if held is None or held[0] is not kb:
        held = _CACHE[(id(kb), name)] = (kb, build())
    return held[1]


def _raisers(kb: KnowledgeBase) -> tuple[tuple[Level, tuple[Pattern, ...]], ...]:
    def build() -> tuple[tuple[Level, tuple[Pattern, ...]], ...]:
        flags = [(Level.most_urgent([f.level, f.if_unsure]), f.when) for f in kb.red_flags]
        floors = [(rule.level, rule.when) for rule in kb.triage_rules]
        return tuple(flags + floors)
    return _kept(kb, "raisers", build)  # type: ignore[return-value]


def reached(kb: KnowledgeBase, question_id: str) -> frozenset[str]:
    """The findings asking `question_id` can settle: its own, those it groups, and those of the
    questions its answers open, and so on."""
    def build() -> dict[str, frozenset[str]]:
        out = {}
        for question in kb.questions:
            reach = {question.id, *question.covers}
            while True:
                more = {q.id for q in kb.questions if q.id not in reach and (
                    reach & set(q.covers)
                    or any(reach & pattern.keys() for pattern in q.ask_if))}
                more |= {c for f in reach for c in kb.question(f).covers} - reach
                if not more:
                    break
                reach |= more
            out[question.id] = frozenset(reach)
        return out
    return _kept(kb, "reached", build)[question_id]  # type: ignore[index]


def flag_bearing(kb: KnowledgeBase) -> frozenset[str]:
    """Questions whose answer can raise a red flag, or that open or group one that can."""
    def build() -> frozenset[str]:
        findings = {f for flag in kb.red_flags for pattern in flag.when for f in pattern}
        return frozenset(q.id for q in kb.questions if reached(kb, q.id) & findings)
    return _kept(kb, "bearing", build)  # type: ignore[return-value]


def _opened_by_yes(kb: KnowledgeBase, answers: Mapping[str, str]) -> frozenset[str]:
    """Questions covered by a group answered yes or not sure: that answer says one of them is
    true, so each is asked while it could change what is told, however unlikely it looked."""
    return frozenset(f for q in kb.questions if q.covers and answers.get(q.id) in ("yes", UNSURE)
                     for f in q.covers if f not in answers)


def _explained(kb: KnowledgeBase, answers: Mapping[str, str]) -> frozenset[str]:
    """Questions a group opened whose yes another covered question already explains: "have you
    started a new medicine, live with HIV ...?" needs no more asking once one of them is yes."""
    out: set[str] = set()
    for question in kb.questions:
        if question.covers and any(answers.get(f) == "yes" for f in question.covers):
            out |= {f for f in question.covers if f not in answers}
    return frozenset(out)


def _raises_told_level(question: Question, answers: Mapping[str, str],
                       outcome: Callable[[Mapping[str, str]], Told] | None,
                       now: Told | None) -> bool:
    """Whether an answer would raise the level told (through the causes it brings forward)."""
    if outcome is None or now is None:
        return question.phase == "red_flag"
    return any(outcome({**answers, **change})[0].rank > now[0].rank
               for change in _possible_answers(question))


def _could_change(question: Question, answers: Mapping[str, str],
                  outcome: Callable[[Mapping[str, str]], Hashable] | None,
                  now: Hashable) -> bool:
    """Whether some answer to `question` would change the triage level or the causes told."""
    return outcome is None or any(outcome({**answers, **change}) != now for change in _possible_answers(question))


def _possible_answers(question: Question) -> list[dict[str, str]]:
    """The answers a question could bring; a grouped question's yes is a yes to one of the
    findings it covers (the group's own yes only opens their questions)."""
    changes = [{question.id: answer} for answer in question.answers if answer != UNSURE]
    changes += [{question.id: "yes", covered: "yes"} for covered in question.covers]
    return changes


def cause_shares(kb: KnowledgeBase, answers: Mapping[str, str]) -> dict[str, float]:
    """How likely each cause is now, relative to the others: scores are points of roughly
    log-odds, so their softmax."""
    ranked = score_causes(kb, answers, explain=0)
    top = ranked[0].score
    weights = {c.condition.id: math.exp(c.score - top) for c in ranked}
    total = sum(weights.values())
    return {cid: w / total for cid, w in weights.items()}


def typical_answer(kb: KnowledgeBase, question: Question, cause: str) -> dict[str, str]:
    """How a person whose numbness has `cause` would answer: the answer that cause's evidence
    favours most, or for a yes-or-no question "no" when no yes speaks for it. A grouped
    question's yes comes with a yes to the covered finding that speaks for the cause."""
    table = scoring_table(kb)
    index = table.index[cause]
    best, best_weight = None, 0.0
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
                     outcome: Callable[[Mapping[str, str]], Told], now: Told,
                     shares: Mapping[str, float]) -> float:
    """The chance that asking `question` changes what is told: each cause answers as it would
    (`typical_answer`), weighted by its share; it counts when the level told changes or its own
    cause comes into the causes told."""
    told: dict[tuple[tuple[str, str], ...], Told] = {}
    chance = 0.0
    for cause, share in shares.items():
        if share < 1e-4:
            continue
        change = typical_answer(kb, question, cause)
        key = tuple(sorted(change.items()))
        after = told.get(key)
        if after is None:
            after = told[key] = outcome({**answers, **change})
        if after[0] != now[0] or (cause in after[1] and cause not in now[1]):
            chance += share
    return chance


def likelihoods(candidates: Sequence[float]) -> list[float]:
    """Softmax of scores."""
    top = max(candidates)
    weights = [math.exp(score - top) for score in candidates]
    total = sum(weights)
    return [w / total for w in weights]
