"""The screening conversation as pure state transitions, one call per thing a person can do.

Each call takes a state and returns a `Step`: the new state, what to ask next (if anything), and the
assessment so far. The voice layer only chooses which call to make and how to say the result.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import Enum

from skill.screening.assessment import Assessment, RaisedFlag, assess, raised_flags
from skill.screening.knowledge import RECENT, KnowledgeBase, Level, Question
from skill.screening.questioning import is_open, next_question
from skill.screening.state import SKIPPED, Answered, ScreeningState


class Event(str, Enum):
    """What happened on this step, so the voice layer can acknowledge it."""

    STARTED = "started"
    ANSWERED = "answered"
    VOLUNTEERED = "volunteered"
    SKIPPED = "skipped"
    SKIP_REFUSED = "skip_refused"  # red-flag questions matter too much to skip
    WENT_BACK = "went_back"
    NOTHING_TO_UNDO = "nothing_to_undo"
    NOT_AN_ANSWER = "not_an_answer"  # e.g. "both legs" to a yes-or-no question
    NO_QUESTION = "no_question"  # an answer arrived when nothing was being asked


@dataclass
class Step:
    state: ScreeningState
    event: Event
    question: Question | None
    red_flags: tuple[RaisedFlag, ...]  # every flag raised so far, most urgent first
    # Flags raised by this step: announced with "Warning.", not "Remember:".
    new_red_flags: tuple[str, ...]
    kb: KnowledgeBase = field(repr=False, compare=False)
    _assessment: Assessment | None = field(default=None, repr=False, compare=False)

    @property
    def finished(self) -> bool:
        return self.state.finished

    @property
    def assessment(self) -> Assessment:
        """Worked out on first use: while questions are still being asked, most turns need only
        the red flags."""
        if self._assessment is None:
            self._assessment = assess(self.kb, self.state.answers, self.state.red_flags,
                                      self.red_flags)
        return self._assessment



def outcome(kb: KnowledgeBase, answers: Mapping[str, str], recorded: tuple[str, ...] = (),
            recorded_unsure: tuple[str, ...] = ()) -> tuple[Level, frozenset[str]]:
    """What a person would be told: the triage level and the likely causes spoken (in any
    order). Asking stops once no answer to any question left could change it."""
    flags = raised_flags(kb, answers, recorded, recorded_unsure)
    assessment = assess(kb, answers, recorded, flags)
    return assessment.level, frozenset(c.condition.id for c in assessment.causes)


class ScreeningEngine:
    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb

    def start(self, red_flags: tuple[str, ...] = (), unsure_flags: tuple[str, ...] = ()) -> Step:
        """A new screening. Red flags already heard in this conversation carry over: starting
        again does not unsay a warning."""
        return self._advance(ScreeningState(red_flags=red_flags, unsure_flags=unsure_flags),
                             Event.STARTED)

    def resume(self, state: ScreeningState) -> Step:
        """Re-derive the question and assessment of a state read back from storage or a session."""
        return self._advance(state, Event.STARTED, keep_current=True)

    def answer(self, state: ScreeningState, value: str) -> Step:
        if state.current is None:
            return self._advance(state, Event.NO_QUESTION, keep_current=True)
        question = self.kb.question(state.current)
        if value not in question.answers:
            return self._advance(state, Event.NOT_AN_ANSWER, keep_current=True)
        history = state.history + (Answered(question.id, value),) + self._recorded(question.id,
                                                                                  value)
        changed = state.with_changes(history=history, misses=0)
        return self._advance(changed, Event.ANSWERED, previous=state)

    def _recorded(self, finding: str, value: str) -> tuple[Answered, ...]:
        """What an answer to a check records besides itself (`Question.records`): "no" to "Has
        your walking got worse in the last few weeks?" for an old limp is no new weakness."""
        question = self.kb.questions_by_id.get(finding)
        pairs = question.records.get(value, ()) if question is not None else ()
        return tuple(Answered(f, v, True) for f, v in pairs)

    def volunteer(self, state: ScreeningState, finding: str, value: str = "yes") -> Step:
        """Record something said unprompted ("my face feels numb too")."""
        question = self.kb.questions_by_id.get(finding)
        if question is None or value not in question.answers:
            return self._advance(state, Event.NOT_AN_ANSWER, keep_current=True)
        history = state.history + (Answered(finding, value, volunteered=True),)
        keep = state.current if state.current != finding else None
        changed = state.with_changes(history=history, current=keep, finished=False)
        changed, keep = self._follow_up_first(changed, keep)
        return self._advance(changed, Event.VOLUNTEERED, keep_current=keep is not None,
                             previous=state)

    def record(self, state: ScreeningState,
               entries: Sequence[tuple[str, str, bool]]) -> Step:
        """Several things heard in one breath ("I've got a temperature and my back's killing
        me"), as (finding, answer, volunteered), taken in one step: every flag they raise is
        announced together, most urgent first. An entry for the current question answers it."""
        valid = tuple(Answered(finding, value, volunteered)
                      for finding, value, volunteered in entries
                      if finding in self.kb.questions_by_id
                      and value in self.kb.questions_by_id[finding].answers)
        if not valid:
            return self._advance(state, Event.NOT_AN_ANSWER, keep_current=True)
        history = state.history + valid + tuple(
            more for item in valid for more in self._recorded(item.finding, item.answer))
        if any(not item.volunteered and item.finding == state.current for item in valid):
            return self._advance(state.with_changes(history=history, misses=0), Event.ANSWERED,
                                 previous=state)
        keep = state.current if state.current not in {item.finding for item in valid} else None
        changed = state.with_changes(history=history, current=keep, finished=False)
        changed, keep = self._follow_up_first(changed, keep)
        return self._advance(changed, Event.VOLUNTEERED, keep_current=keep is not None,
                             previous=state)

    def _follow_up_first(self, changed: ScreeningState,
                         keep: str | None) -> tuple[ScreeningState, str | None]:
        """What was said opens a question that must come first ("did that start in the last
        few days?"): it is asked next, and the question that was being asked comes back after
        it, as it is still unanswered."""
        if keep is not None and any(
                q.follow_up and q.id not in changed.asked and is_open(q, changed.answers)
                for q in self.kb.questions):
            return changed.with_changes(current=None), None
        return changed, keep

    def ask_now(self, state: ScreeningState, finding: str) -> Step:
        """Ask one question out of turn (to confirm something heard with doubt); the question
        that was current is asked again afterwards, as it is still unanswered."""
        if finding not in self.kb.questions_by_id:
            return self._advance(state, Event.NOT_AN_ANSWER, keep_current=True)
        changed = state.with_changes(current=finding, finished=False)
        return self._advance(changed, Event.STARTED, keep_current=True)

    def skip(self, state: ScreeningState) -> Step:
        if state.current is None:
            return self._advance(state, Event.NO_QUESTION, keep_current=True)
        if self.kb.question(state.current).phase == "red_flag":
            return self._advance(state, Event.SKIP_REFUSED, keep_current=True)
        history = state.history + (Answered(state.current, SKIPPED),)
        return self._advance(state.with_changes(history=history), Event.SKIPPED)

    def go_back(self, state: ScreeningState) -> Step:
        """Take back the last answer (or skip) and ask its question again. Red flags stay
        recorded."""
        asked = [a for a in state.history if not a.volunteered]
        if not asked:
            return self._advance(state, Event.NOTHING_TO_UNDO, keep_current=True)
        last = asked[-1]
        index = len(state.history) - 1 - state.history[::-1].index(last)
        history = state.history[:index] + state.history[index + 1:]
        changed = state.with_changes(history=history, current=last.finding, finished=False)
        return self._advance(changed, Event.WENT_BACK, keep_current=True)

    def missed(self, state: ScreeningState) -> ScreeningState:
        """Count a misunderstanding, so the second one can offer the choices out loud."""
        return state.with_changes(misses=min(state.misses + 1, 10))

    def _timing_for_more_flags(self, state: ScreeningState,
                               flags: tuple[RaisedFlag, ...]) -> Question | None:
        """After an emergency, the timing question (how it came on, or "did that start in the
        last few days?") still open for a sign already said, when an answer to it would raise
        one more flag: the current question first if it is one."""
        answers = state.answers
        raised = {r.flag.id for r in flags}
        timing = [q for q in self.kb.questions
                  if (q.id == RECENT or q.kind == "onset") and q.id not in state.asked
                  and is_open(q, answers)]
        timing.sort(key=lambda q: q.id != state.current)
        for question in timing:
            for value in question.answers:
                more = raised_flags(self.kb, {**answers, question.id: value},
                                    state.red_flags, state.unsure_flags)
                if any(r.flag.id not in raised for r in more):
                    return question
        return None

    def _advance(self, state: ScreeningState, event: Event, keep_current: bool = False,
                 previous: ScreeningState | None = None) -> Step:
        answers = state.answers
        flags = raised_flags(self.kb, answers, state.red_flags, state.unsure_flags)
        # Every flag raised is kept for good, a "not sure" one at its not-sure level: a warning
        # once said is never unsaid (a later yes raises it to its own level).
        confirmed = tuple(r.flag.id for r in flags
                          if not r.unsure and r.flag.id not in state.red_flags)
        unsure = tuple(r.flag.id for r in flags
                       if r.unsure and r.flag.id not in state.unsure_flags)
        new_flags: tuple[str, ...] = ()
        if flags and previous is not None:
            before = {r.flag.id for r in raised_flags(self.kb, previous.answers,
                                                      previous.red_flags,
                                                      previous.unsure_flags)}
            new_flags = tuple(r.flag.id for r in flags if r.flag.id not in before)
        # The step starts on the state as given (same answers, so the same assessment) and
        # takes its final state, flags and question together, once the question is known.
        step = Step(state, event, None, flags, new_flags, self.kb)
        question = None
        emergency = any(r.level is Level.EMERGENCY for r in flags)
        if emergency and event is not Event.WENT_BACK:
            # Nothing else matters until help is on its way, but for the timing of a sign
            # already said: its flag is recorded too ("I can't pee and my bottom is numb").
            question = self._timing_for_more_flags(state, flags)
        elif keep_current and state.current is not None and not state.finished:
            question = self.kb.question(state.current)
        elif not (state.finished and keep_current):
            question = next_question(self.kb, answers, state.asked,
                                     lambda more: outcome(self.kb, more, state.red_flags,
                                                          state.unsure_flags))
        step.question = question
        step.state = state.with_changes(red_flags=state.red_flags + confirmed,
                                        unsure_flags=state.unsure_flags + unsure,
                                        current=question.id if question else None,
                                        finished=question is None)
        return step
