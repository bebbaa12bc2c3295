"""Ready-to-speak text for every part of the screening, from the knowledge base and locale lines.

The safety rules live here, once: `Wording.warning_first` puts a raised red flag's warning, naming
the emergency number, before everything said, shown or written (the conversation passes every reply
through it); results speak of likely causes and always say they are not a diagnosis. The voice
layer turns these texts into SSML without changing their words.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import NamedTuple

from skill.screening.assessment import Assessment, RaisedFlag, holds_any, how_held
from skill.screening.engine import Event, Step
from skill.screening.knowledge import (
    SPOKEN_FIELDS,
    THAT,
    UNSURE,
    Condition,
    KnowledgeBase,
    Level,
    Question,
)
from skill.screening.locale import LocaleWording
from skill.screening.state import ScreeningState

_CHOICES = {
    "yes_no": "choices_yes_no",
    "side": "choices_side",
    "onset": "choices_onset",
    "duration": "choices_duration",
}
# Treatment families that are things a person does at home: not offered as the answer to "how is
# it treated" after a result that needs care today or now.
HOME_FAMILIES = frozenset({"lifestyle"})
_EVENT_LINES = {
    Event.SKIPPED: "skipped",
    Event.SKIP_REFUSED: "skip_refused",
    Event.WENT_BACK: "went_back",
    Event.NOTHING_TO_UNDO: "nothing_to_undo",
    Event.NOT_AN_ANSWER: "not_an_answer",
}


class Utterance(NamedTuple):
    """What to say now, what to say if the person is silent, and parts held back for "more"."""

    text: str
    reprompt: str | None
    more: tuple[str, ...] = ()
    end_session: bool = False
    card: tuple[str, str] | None = None  # (title, content) for the companion app
    choices: tuple[str, ...] = ()  # answers a screen may offer as buttons
    screen_warning: str = ""  # the written warning a screen shows; set by `warning_first`
    # The result and goodbyes repeat the red-flag warning in full; other turns after it has been
    # given open with a short reminder naming the number, so it does not drown the questions.
    full_warning: bool = False


def join(*parts: str | None) -> str:
    return " ".join(part.strip() for part in parts if part and part.strip())


def spoken_list(items: Sequence[str], conjunction: str = "and") -> str:
    items = [item for item in items if item]
    if len(items) <= 1:
        return "".join(items)
    if len(items) == 2:
        return f"{items[0]} {conjunction} {items[1]}"
    return f"{', '.join(items[:-1])}, {conjunction} {items[-1]}"


class Wording:
    def __init__(self, kb: KnowledgeBase, locale: LocaleWording) -> None:
        self.kb = kb
        self.locale = locale

    def line(self, key: str, **values: str) -> str:
        return self.locale.line(key, **values)

    # Safety frame -----------------------------------------------------------------------------

    def warning(self, flags: Sequence[RaisedFlag], first_time: bool = True,
                written: bool = False, new: Collection[str] = (), full: bool = False) -> str:
        """The warning for the most urgent flags, naming who to call. Empty without flags.

        `new`: the flags raised this turn. In the middle of the screening each warning is said
        in full once: a new flag of the same level as one already warned about is said, not the
        first again; a new flag less urgent than one already said adds nothing to what to do, so
        the short reminder stands for it. `full` (the result, leaving): always the most urgent
        flag's whole warning, then a new flag's own warning when it is another of that level
        (a less urgent one's "today" would blur what to do)."""
        if not flags:
            return ""
        top = flags[0]
        fresh = [r for r in flags if r.flag.id in new]
        if fresh and not full:
            if fresh[0].level is not top.level:
                return self.reminder(flags)
            top = fresh[0]
        advice = self.kb.level_advice[top.level]
        action = advice.action.format(**self.locale.fill({}, written=written))
        lead = self.line("warning_intro") if first_time else self.line("warning_again")
        # Whom to call comes straight after what the flag means; asides come after that.
        parts = [lead, top.flag.warning, action]
        if top.unsure:
            parts.append(self.line("unsure_flag"))
        if full and fresh and fresh[0] is not top and fresh[0].level is top.level:
            parts.append(fresh[0].flag.warning)
        if first_time and len(fresh if new and not full else flags) > 1:
            parts.append(self.line("also_flags"))
        return join(*parts)

    def reminder(self, flags: Sequence[RaisedFlag]) -> str:
        """The short reminder (at most 12 words, naming the number) that opens turns after the
        full warning has been given."""
        if not flags:
            return ""
        key = "warning_reminder_now" if flags[0].level is Level.EMERGENCY else "warning_reminder"
        return self.line(key)

    def warning_first(self, utterance: Utterance, flags: Sequence[RaisedFlag],
                      new: Collection[str] = ()) -> Utterance:
        """The first safety rule, applied in one place: with a red flag raised, the warning comes
        first in the speech and the reprompt, heads the card, and is given to the screen.

        In full on the turn that raised a flag (`new`, the flags raised this turn: "Warning."
        rather than "Remember:", and the new flag's own warning, not one already said), with the
        result and on leaving (`utterance.full_warning`); on other turns the short reminder
        naming the number, so the warning does not drown the questions. A card is read on its
        own, later, so it always carries the whole warning. Parts held back for "more" stay
        bare: each is spoken through here when its turn comes."""
        if not flags:
            return utterance
        if new or utterance.full_warning:
            warning = self.warning(flags, first_time=bool(new), new=new,
                                   full=utterance.full_warning)
        else:
            warning = self.reminder(flags)
        card = utterance.card
        if card is not None:
            card = (card[0], "\n".join((self.warning(flags, written=True), card[1])))
        return utterance._replace(
            text=join(warning, utterance.text),
            reprompt=None if utterance.reprompt is None else join(warning, utterance.reprompt),
            card=card,
            screen_warning=self.warning(flags, first_time=False, written=True),
        )

    def why(self, question: Question) -> Utterance:
        """ "Why do you ask?": one sentence on why the question matters, then the question."""
        question = _filled(question, "that")
        return self._asked(question, question.why)

    # Questions --------------------------------------------------------------------------------

    def choices(self, question: Question) -> str:
        return self.line(_CHOICES[question.kind])

    def ask(self, question: Question, lead: str = "") -> Utterance:
        # only if a path skipped `named`: never a brace
        return self._asked(_filled(question, "that"), lead)

    def _asked(self, question: Question, lead: str = "") -> Utterance:
        """The question (its {that} already filled), its reprompt and its choices: the one
        place `ask`, `ask_after` and `why` make them."""
        reprompt = self.line("reprompt_question", rephrase=question.rephrase,
                             choices=self.choices(question))
        return Utterance(join(lead, question.text), reprompt, choices=question.answers)

    def ask_after(self, question: Question, line_key: str) -> Utterance:
        """A framing line that embeds the question ("Okay, let's go back. <question>")."""
        question = _filled(question, "that")
        text = self.line(line_key, question=question.text, rephrase=question.rephrase,
                         choices=self.choices(question), help=question.help)
        return self._asked(question)._replace(text=text)

    def misunderstood(self, question: Question, misses: int) -> Utterance:
        key = "miss_first" if misses <= 1 else "miss_second"
        return self.ask_after(question, key)

    def help(self, question: Question | None) -> Utterance:
        if question is None:
            return Utterance(self.line("help_idle"), self.line("help_idle_reprompt"))
        return self.ask_after(question, "help_question")

    def named(self, question: Question, state: ScreeningState) -> Question:
        """The question as asked now: a timing question names the signs whose answers opened
        it, in the order they were given ("Did the weakness or trouble walking start in the
        last few days?"), never an unnamed "that" after a turn with several findings (review7
        N3). Other questions are as written."""
        if _filled(question, "") is question:
            return question
        answers = state.answers
        signs = [f for f in answers if any(
            f in pattern and holds_any((pattern,), answers) for pattern in question.ask_if)]
        names = list(dict.fromkeys(self.kb.question(f).called for f in signs
                                   if self.kb.question(f).called))
        return _filled(question, spoken_list(names) if names else "that")

    def step(self, step: Step) -> Utterance:
        """What to say after a step of the engine: the next question, or the result."""
        if step.question is None:
            return self.result(step.state, step.assessment)
        question = self.named(step.question, step.state)
        if step.event in _EVENT_LINES:
            key = _EVENT_LINES[step.event]
            utterance = self.ask_after(question, key)
            if key == "skipped":
                utterance = self.ask(question, lead=self.line("skipped"))
        elif step.event is Event.STARTED:
            utterance = self.ask(question)
        else:
            # Two plain acknowledgements in turn: varied enough not to drone, never random.
            ack = "answer_ack" if len(step.state.history) % 2 else "answer_ack_alt"
            if step.event is Event.VOLUNTEERED:
                ack = "volunteer_ack"
            utterance = self.ask(question, lead=self.line(ack))
        return utterance

    # Results ----------------------------------------------------------------------------------

    def facts(self, state: ScreeningState) -> list[str]:
        """The answers worth reading back, in the order given."""
        said = []
        for finding, answer in state.answers.items():
            phrase = self.kb.question(finding).readback.get(answer)
            if phrase and phrase not in said:
                said.append(phrase)
        return said

    def readback(self, state: ScreeningState) -> str:
        facts = self.facts(state)
        # A warning sign told before "start over" still stands (rule 1), though its answer was
        # cleared: the read-back says so, never "you said no to the warning signs" (review4 P7).
        earlier = self.line("readback_earlier") if self._carried_over(state) else ""
        if not facts:
            unsure = any(answer == UNSURE and self.kb.question(finding).phase == "red_flag"
                         for finding, answer in state.answers.items())
            return earlier or self.line("readback_unsure" if unsure else "readback_none")
        return join(earlier, self.line("readback", facts=spoken_list(facts[:5])))

    def _carried_over(self, state: ScreeningState) -> bool:
        """Whether a red flag recorded earlier is no longer held by the answers given now."""
        answers = state.answers
        return any(how_held(flag.when, answers) is None for flag in self.kb.red_flags
                   if flag.id in state.red_flags or flag.id in state.unsure_flags)

    def advice(self, level: Level, written: bool = False) -> str:
        advice = self.kb.level_advice[level]
        values = self.locale.fill({}, written=written)
        return join(advice.headline.format(**values), advice.action.format(**values))

    def result_advice(self, assessment: Assessment, written: bool = False) -> str:
        """The advice for the result's level; only its headline when the red-flag warning just
        before it has already said what to do."""
        flags = assessment.red_flags
        if flags and flags[0].level is assessment.level:
            headline = self.kb.level_advice[assessment.level].headline
            return headline.format(**self.locale.fill({}, written=written))
        # A floor held only by "not sure" that sets the level says so, as a not-sure flag does.
        unsure = any(f.unsure and f.level is assessment.level for f in assessment.floors) and \
            not any(f.level is assessment.level for f in assessment.floors if not f.unsure)
        return join(self.advice(assessment.level, written=written),
                    self.line("unsure_flag") if unsure else "")

    def lifted_notes(self, state: ScreeningState, written: bool = False) -> list[str]:
        """What the source still advises about a finding that lifted a triage floor (an old
        stress leak: worth raising with a GP), said after the advice."""
        values = self.locale.fill({}, written=written)
        return [rule.lifted.format(**values) for rule in self.kb.triage_rules
                if rule.lifted and holds_any(rule.when, state.answers)
                and holds_any(rule.unless, state.answers)]

    def cause_reasons(self, assessment: Assessment, state: ScreeningState,
                      limit: int = 2) -> list[str]:
        spoken = []
        for cause in assessment.causes:
            reasons = [self.kb.question(f).readback.get(a) for f, a in cause.because]
            reasons = [r for r in reasons if r][:limit]
            if reasons:
                spoken.append(self.line("because", cause=cause.condition.name,
                                        reasons=spoken_list(reasons)))
            else:
                spoken.append(self.line("because_no_reasons", cause=cause.condition.name))
        return spoken

    def causes(self, assessment: Assessment, state: ScreeningState) -> str:
        """One sentence a cause, likeliest first, each with the answers that point to it."""
        reasons = self.cause_reasons(assessment, state)
        if not reasons:
            return self.line("causes_none")
        keys = ["cause_first"] + ["cause_next"] * (len(reasons) - 2) + ["cause_last"]
        return join(*(self.line(key, cause=reason)
                      for key, reason in zip(keys[: len(reasons)], reasons, strict=True)),
                    *self.serious_causes_explained(assessment))

    def serious_causes_explained(self, assessment: Assessment) -> list[str]:
        """A cause that needs emergency care, named as likely beside a result that is not an
        emergency, is explained, never left to contradict the advice (review4 P6): what would
        make it an emergency, and that then the emergency number is called."""
        if assessment.level is Level.EMERGENCY:
            return []
        return [self.line("serious_cause_watch", cause=_capital(c.condition.name),
                          signs=c.condition.distinguishing)
                for c in assessment.causes
                if c.condition.triage is Level.EMERGENCY]

    def result(self, state: ScreeningState, assessment: Assessment) -> Utterance:
        """The result in two parts: what to do now, then (on "more") the likely causes."""
        offer = self.line("result_offer")
        first = join(self.readback(state), self.result_advice(assessment),
                     *self.lifted_notes(state), self.line("more_hint"))
        second = join(self.causes(assessment, state), self.line("not_a_diagnosis"), offer)
        return Utterance(first, self.line("more_hint"), more=(second,),
                         card=self.card(state, assessment), full_warning=True)

    def card(self, state: ScreeningState, assessment: Assessment) -> tuple[str, str]:
        """The companion-app card: the same summary in writing (`warning_first` heads it)."""
        lines = [self.readback(state)]
        lines.append(self.result_advice(assessment, written=True))
        lines += self.lifted_notes(state, written=True)
        for cause in self.cause_reasons(assessment, state):
            lines.append(f"- {cause[0].upper()}{cause[1:]}")
        lines.append(self.line("card_not_diagnosis"))
        return self.line("card_title"), "\n".join(lines)

    # General answers --------------------------------------------------------------------------

    def general(self, key: str) -> str:
        return self.kb.general[key].text.format(**self.locale.fill({}))

    def cause_info(self, condition: Condition) -> str:
        return join(f"{condition.name[0].upper()}{condition.name[1:]}.", condition.summary,
                    condition.distinguishing)

    def treatment(self, condition: Condition, level: Level | None = None) -> str:
        """How a cause is treated. After a result that needs care today or now, what to do comes
        first, and nothing is offered that could read as "wait and manage it yourself"."""
        if level is not None and level.rank >= Level.URGENT.rank:
            steps = [t.text for t in condition.treatments if t.family not in HOME_FAMILIES]
            return join(self.advice(level), self.line("treatment_intro", cause=condition.name),
                        *steps)
        steps = [t.text for t in condition.treatments]
        return join(self.line("treatment_intro", cause=condition.name), *steps,
                    condition.see_doctor)

    def self_care(self, condition: Condition | None, level: Level | None = None) -> str:
        """Self-care tips only where home care fits the triage level. At urgent or emergency
        level: what to do now, and only a serious cause's "while you wait" tips."""
        if level is not None and level.rank >= Level.URGENT.rank:
            waiting = condition.self_care if condition is not None and \
                condition.triage.rank >= Level.URGENT.rank else ()
            return join(self.line("self_care_not_now"), self.advice(level), *waiting)
        if condition is None:
            return self.general("self_care")
        return join(*condition.self_care)


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _filled(question: Question, that: str) -> Question:
    """The question with its {that} placeholder said as `that` (as written if it has none)."""
    if not any(THAT in getattr(question, field) for field in SPOKEN_FIELDS):
        return question
    return question._replace(**{field: getattr(question, field).replace(THAT, that)
                                for field in SPOKEN_FIELDS})
