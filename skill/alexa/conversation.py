"""The conversation: which screening call each thing a person says becomes, and what to say back.

This is the translator the design asks for. It knows intents only as plain values (an answer, a
condition id, "help"); the engine decides the medicine and the wording says it. Every reply passes
through `reply`, which remembers what was said for "repeat" and hands it to `with_warning`, the one
place the red-flag warning is put first (`Wording.warning_first`).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from skill.alexa.dialog import NORMAL_RATE, RATES, DialogMemory
from skill.alexa.their_words import asked_of_them, read_back_of_them
from skill.screening.assessment import Assessment, RaisedFlag, holds_any, raised_flags
from skill.screening.engine import Event, ScreeningEngine, Step
from skill.screening.knowledge import RECENT, KnowledgeBase, Level, Question, RedFlag
from skill.screening.state import ScreeningState, sign_timing
from skill.screening.wording import Utterance, Wording, join

YES, NO, UNSURE = "yes", "no", "unsure"
# The suffix of a volunteered symptom's slot value id that says it is new ("leg_weakness_new": "my
# legs suddenly gave way"): it answers the timing question (knowledge.RECENT) too.
NEW_SUFFIX = "_new"


def _said_as_new(finding: str | None) -> tuple[str | None, bool]:
    if finding and finding.endswith(NEW_SUFFIX):
        return finding[: -len(NEW_SUFFIX)], True
    return finding, False


# Trouble breathing (Guillain-Barre's danger sign: NHS, NINDS) is said first among warnings of its
# level, so its own warning is spoken whenever it is held, beside a stroke or new weakness
# (review8 N2): the others are as urgent and name the same number.
BREATHING_FLAG = "breathing_swallowing"
# Requests for the pace of speech, read in free speech, and which way each moves it.
_PACES = {"slower": -1, "faster": 1, "normal_speed": 0}


def in_spoken_order(flags: tuple[RaisedFlag, ...],
                    listed: tuple[RedFlag, ...]) -> tuple[RaisedFlag, ...]:
    """The flags in the order their warnings are said: as raised, but trouble breathing first
    among those of the top level, unless a flag the knowledge base lists before it (a stroke)
    is held at that level: "stroke" must stay in the first warning (review9 N1)."""
    top = flags[0].level if flags else None
    rank = {flag.id: at for at, flag in enumerate(listed)}
    first = [r for r in flags if r.flag.id == BREATHING_FLAG and r.level is top]
    if first and any(r.level is top and rank[r.flag.id] < rank[BREATHING_FLAG] for r in flags):
        return flags
    return (*first, *(r for r in flags if r not in first))


@dataclass
class Conversation:
    """One turn's view of the conversation; handlers call one method and render its reply."""

    kb: KnowledgeBase
    wording: Wording
    state: ScreeningState
    memory: DialogMemory
    resume_enabled: bool = False
    resume_hours: float = 24.0
    unfinished: ScreeningState | None = None  # a kept screening offered on launch
    unfinished_of_another: bool = False  # ...a carer's, about someone else
    last_result: dict | None = None
    loaded_rate: int = NORMAL_RATE  # the rate as loaded, so a change can be kept
    discarded_unfinished: bool = False  # the person chose to start over instead of carrying on
    forgotten: bool = False  # "forget me" this turn: keep nothing
    today: date | None = None  # the request's date, for "since Tuesday"
    _step: Step | None = None  # the engine's last step, if this turn took one

    def assessment(self) -> Assessment:
        """The assessment of the current state, worked out once per state."""
        return self._step_for_state().assessment

    def red_flags(self) -> tuple[RaisedFlag, ...]:
        """The red flags of the current state (cheaper than a whole assessment)."""
        return self._step_for_state().red_flags

    def _step_for_state(self) -> Step:
        if self._step is None or self._step.state is not self.state:
            flags = raised_flags(self.kb, self.state.answers, self.state.red_flags,
                                 self.state.unsure_flags)
            self._step = Step(self.state, Event.STARTED, self.current, flags, (), self.kb)
        return self._step

    @property
    def engine(self) -> ScreeningEngine:
        return ScreeningEngine(self.kb)

    @property
    def current(self) -> Question | None:
        if self.state.current is None:
            return None
        return self._as_asked(self._named(self.kb.question(self.state.current), self.state))

    def _told(self) -> Wording:
        """The wording of a result: a carer hears what they said read back of the one screened
        ("You told me ... their face, arm or speech is affected")."""
        if not self.memory.another:
            return self.wording
        return Wording(read_back_of_them(self.kb), self.wording.locale)

    def _named(self, question: Question, state: ScreeningState) -> Question:
        """The question with the signs it times named: asked again for a sign that opened it
        later, only that sign ("Did the weakness or trouble walking start ...?"), not the one
        its first answer timed (per-sign timing, review8 N1)."""
        if question.id == RECENT:
            timing, waiting = sign_timing(self.kb, state)
            if waiting:
                state = state.with_changes(history=tuple(
                    item for item in state.history if item.finding not in timing))
        return self.wording.named(question, state)

    def _as_asked(self, question: Question) -> Question:
        """In a carer's conversation, the question speaks of the one screened: "Is their face
        ...?", never "your" (a carer's truthful "no" for themselves lost a stroke; review8 O0)."""
        return asked_of_them(question) if self.memory.another else question

    @property
    def in_screening(self) -> bool:
        return self.state.current is not None and not self.state.finished

    def open_line(self, key: str, reprompt_key: str, offer: str | None = None) -> Utterance:
        self.memory = self.memory.with_changes(offer=offer)
        return Utterance(self.wording.line(key), self.wording.line(reprompt_key))

    # Reply -------------------------------------------------------------------------------------

    def reply(self, utterance: Utterance, new_flags: tuple[str, ...] = ()) -> Utterance:
        """Hold back "more" parts, remember the reply for "repeat", and say it warning first.

        `new_flags` on the turn that raised them: their warning in full ("Warning." rather than
        "Remember:")."""
        offer = self.memory.offer
        if utterance.more:
            offer = "more"
        elif self.memory.offer == "more":
            offer = None
        self.memory = self.memory.with_changes(
            pages=utterance.more, offer=offer, last_text=utterance.text,
            last_reprompt=utterance.reprompt or "", warned=new_flags,
            full_warning=utterance.full_warning,
            # Kept while its question is still the one waiting ("repeat", "help" on the way).
            confirming=self.memory.confirming if self.memory.confirming == self.state.current
            else None,
        )
        return self.with_warning(utterance, new_flags)

    def with_warning(self, utterance: Utterance, new_flags: tuple[str, ...] = ()) -> Utterance:
        """Every reply, reprompt, card and screen goes out through here: red-flag warning first."""
        flags = in_spoken_order(self.red_flags(), self.kb.red_flags)
        return self.wording.warning_first(utterance, flags, new_flags)

    def result_card(self) -> tuple[str, str]:
        """The finished screening's card, as shown with the result (kept as the last result)."""
        card = self.with_warning(self._told().result(self.state, self.assessment())).card
        assert card is not None
        return card

    def after_step(self, step: Step) -> Utterance:
        step = self._timed_per_sign(step)
        self.state = step.state
        self._step = step
        utterance = self._told().step(step if step.question is None else replace(
            step, question=self._as_asked(self._named(step.question, step.state))))
        checked = self.memory.confirming
        if (checked is not None and step.question is not None and not step.new_red_flags
                and checked in step.question.covers):
            # The group comes back after its own sign was just checked: the rest of it in other
            # words, not the same question word for word (review5 N2).
            utterance = self.wording.ask_after(self.current or step.question, "checked_rest")
        if step.finished:
            self.memory = self.memory.with_changes(offer="result")
        else:
            self.memory = self.memory.with_changes(offer=None)
        return self.reply(utterance, step.new_red_flags)

    def _timed_per_sign(self, step: Step) -> Step:
        """A sign that opens the timing question after it was answered "no" for another sign
        ("Did the bladder trouble start ...?" "No", then the weakness's onset is slow) is not
        timed by that answer: the timing question is asked again, now, naming only it, before
        the question the engine chose (which comes back after). A "no" for one sign never
        stands for another (review8 N1); a "yes" or "not sure" already holds the more urgent
        reading for every sign (rule 3)."""
        if (step.question is None or step.question.id == RECENT or step.finished
                or step.state.answers.get(RECENT) != NO
                or any(r.level is Level.EMERGENCY for r in step.red_flags)):
            return step
        if not sign_timing(self.kb, step.state)[1]:
            return step
        asked = self.engine.ask_now(step.state, RECENT)
        return replace(asked, new_red_flags=step.new_red_flags)

    def ask_current(self, lead_key: str | None = None) -> Utterance:
        question = self.current
        if question is None:
            return self.idle()
        self.memory = self.memory.with_changes(offer=None)
        if lead_key:
            return self.reply(self.wording.ask_after(question, lead_key))
        return self.reply(self.wording.ask(question))

    def idle(self) -> Utterance:
        """Nothing is being asked: offer a check."""
        if self.state.finished:
            return self.then_anything_else("")
        return self.reply(self.open_line("help_idle", "help_idle_reprompt", "start"))

    def options(self) -> Utterance:
        return self.reply(self.open_line("anything_else_options", "anything_else_reprompt"))

    # Launch and screening -----------------------------------------------------------------------

    def launch(self) -> Utterance:
        if self.unfinished is not None and self.unfinished.started:
            # The kept screening becomes this session's, to carry on or discard.
            self.state, self.unfinished = self.unfinished, None
            # a carer's screening carries on asking about "them" (start over asks whose anew)
            self.memory = self.memory.with_changes(offer="resume",
                                                   another=self.unfinished_of_another)
            return self.reply(Utterance(self.wording.line("welcome_back"),
                                        self.wording.line("welcome_back_reprompt")))
        return self.start(intro=True)

    def start(self, intro: bool = False) -> Utterance:
        new = self._timing_left_not_sure()
        again = bool(self.state.history)
        self.discarded_unfinished = again
        self.memory = self.memory.with_changes(another=False)  # a new check: whose is asked anew
        step = self.engine.start(self.state.red_flags, self.state.unsure_flags)
        if step.question is None:  # a red flag already heard still stands
            return self.after_step(step)
        self.state = step.state
        question = self.current or step.question
        if intro:
            text = join(self.wording.line("launch"),
                        self.wording.line("first_question", question=question.text))
        else:
            text = self.wording.line("started_over" if again else "start_fresh",
                                     question=question.text)
        asked = self.wording.ask(question)
        self.memory = self.memory.with_changes(offer=None, topic=None, another=False)
        return self.reply(Utterance(text, asked.reprompt, choices=asked.choices), new)

    def carry_on(self) -> Utterance:
        step = self.engine.resume(self.state)
        self.state = step.state
        if step.question is None:
            return self.after_step(step) if self.state.history else self.idle()
        return self.ask_current("carry_on")

    def answer(self, value: str) -> Utterance:
        """A yes, no or not-sure: meaning depends on what was last offered or asked."""
        offer = self.memory.offer
        if offer == "resume":
            return self.carry_on() if value == YES else self.start()
        if offer == "more":
            return self.more() if value == YES else self.anything_else()
        if offer == "treatment" and self.memory.topic:
            return self.treatment(self.memory.topic) if value == YES else self.anything_else()
        if offer == "start":
            return self.start() if value == YES else self.goodbye()
        if offer == "continue" and self.in_screening:
            return self.ask_current() if value == YES else self.stop()
        if offer == "result":
            return self.self_care(None) if value == YES else self.goodbye()
        if offer == "anything_else":
            return self.options() if value == YES else self.goodbye()
        if not self.in_screening:
            return self.idle()
        if value == YES and self.state.current is not None:
            entries = self._timed(((self.state.current, YES, False),))
            if len(entries) > 1:
                return self.after_step(self.engine.record(self.state, entries))
        question = self.current
        if question is not None and value not in question.answers:
            # "No" to "did it come on suddenly, or slowly?": not an answer there, and said again
            # it must not loop (hands-free: the second time the choices, the third "not sure").
            self.state = self.engine.missed(self.state)
            if self.state.misses >= 3 and UNSURE in question.answers:
                return self._put_down_as_not_sure()
            if self.state.misses >= 2:
                self.memory = self.memory.with_changes(offer=None)
                return self.reply(self.wording.misunderstood(question, self.state.misses))
        return self.after_step(self.engine.answer(self.state, value))

    def _timed(self, entries: tuple[tuple[str, str, bool], ...],
               ) -> tuple[tuple[str, str, bool], ...]:
        """What was said, with each sign's timing: a yes to a check that says new answers the
        timing question too (`_with_timing`), and a sign timed new beside one an earlier "no"
        timed keeps that one old (`_old_signs_kept_old`). The one way in for a plain yes and
        for words read in context."""
        return self._old_signs_kept_old(self._with_timing(entries))

    def _with_timing(self, entries: tuple[tuple[str, str, bool], ...],
                     ) -> tuple[tuple[str, str, bool], ...]:
        """A yes to a question asked to confirm a sign only touched on ("my legs feel dead"), in
        words that say the sign is new ("newly weak"), answers the timing question
        (knowledge.RECENT) too, as a sign said as new does. Not for a sign said vaguely and
        recorded as not sure ("my legs feel unsteady"): that is most often long-standing, and
        its timing is asked."""
        question = self.kb.questions_by_id.get(self.memory.confirming or "")
        if (question is not None and question.confirm_says_new
                and question.id == self.state.current and (question.id, YES, False) in entries
                and question.id not in self.state.answers
                and RECENT in self.kb.questions_by_id and RECENT not in self.state.asked
                and not holds_any(question.not_new_if,
                                  {**self.state.answers, **{f: v for f, v, _ in entries}})):
            return (*entries, (RECENT, YES, True))
        return entries

    def _old_signs_kept_old(self, entries: tuple[tuple[str, str, bool], ...],
                            ) -> tuple[tuple[str, str, bool], ...]:
        """A yes to the timing question asked again for a sign that opened it later ("Did the
        weakness start ...?") times that sign, not one an earlier "no" timed as old: the old
        leak is then no "new trouble ... not normal for you" (its own question's words), so its
        warning is not given for it (per-sign timing, review8 N1). The new sign's emergency
        stands, so nothing is less urgent for it."""
        if (RECENT, YES, False) not in entries and (RECENT, YES, True) not in entries:
            return entries
        timing, waiting = sign_timing(self.kb, self.state)
        said = {f for f, value, _ in entries if value in (YES, UNSURE)}
        old = [sign for sign, answer in timing.items() if answer == NO and sign not in said]
        # ...and so does a sign said new in the same breath, after the timing question was
        # answered for another ("no" for the bladder, then "my legs gave way this morning": nj10)
        if not old or not (waiting or said & self._timed_signs()):
            return entries
        return (*entries, *((sign, NO, True) for sign in old))

    def _timed_signs(self) -> frozenset[str]:
        """The signs the timing question (knowledge.RECENT) times."""
        question = self.kb.questions_by_id.get(RECENT)
        if question is None:
            return frozenset()
        return frozenset(f for pattern in question.ask_if for f, allowed in pattern.items()
                         if YES in allowed)

    def answer_value(self, kind: str, value: str | None) -> Utterance:
        """A short value (both legs, two weeks, suddenly)."""
        if value is None:
            return self.fallback()
        question = self.current
        if (question is not None and question.kind == "onset" and kind == "duration"
                and value in ("hours", "days") and not self.state.finished):
            # "Within a couple of hours" to "did it come on suddenly, or slowly?": that fast is
            # how it came on (sudden), and how long it has lasted too.
            from skill.understanding.context import onset_from_duration

            onset = onset_from_duration(value)
            target = next((q for q in self.kb.questions if q.kind == "duration"), None)
            entries = [(question.id, onset or "", False)]
            if target is not None and target.id not in self.state.asked:
                entries.append((target.id, value, True))
            return self.after_step(self.engine.record(self.state, entries))
        if question is not None and question.kind == kind and not self.state.finished:
            return self.after_step(self.engine.answer(self.state, value))
        if (question is not None and question.kind == "yes_no" and kind == "duration"
                and self.in_screening):
            # "A year ago", asked whether it began just after a fall: read in context, like the
            # same length said in other words (a fall long before is no injury just before).
            return self.understand(value)
        # Said out of turn: keep it if it answers a question not yet asked, then carry on.
        target = next((q for q in self.kb.questions if q.kind == kind), None)
        if target is None or target.id in self.state.asked:
            return self.fallback() if self.in_screening else self.idle()
        if not self.state.started:
            self.state = self.engine.start(self.state.red_flags, self.state.unsure_flags).state
        return self.after_step(self.engine.volunteer(self.state, target.id, value))

    def volunteer(self, finding: str | None, heard: str | None = None) -> Utterance:
        """A symptom Alexa matched to a listed value. The words still go through the reader:
        context and negation win over the keyword ("back injury" asked which cause to hear
        about is a cause; "I haven't had an accident" is a no). A symptom said as new ("my legs
        suddenly gave way") also answers the timing question, so its emergency is not delayed
        by a confirmation."""
        finding, new = _said_as_new(finding)
        if new and finding in self.kb.questions_by_id and RECENT in self.kb.questions_by_id:
            if not self.state.started:
                self.state = self.engine.start(self.state.red_flags,
                                               self.state.unsure_flags).state
            if RECENT not in self.state.asked:
                self.state = self.engine.volunteer(self.state, RECENT, YES).state
        if heard:
            return self.understand(heard, listed=finding)
        if finding is None or finding not in self.kb.questions_by_id:
            return self.fallback()
        if not self.state.started:
            self.state = self.engine.start(self.state.red_flags, self.state.unsure_flags).state
        return self.after_step(self.engine.volunteer(self.state, finding, YES))

    def understand(self, text: str | None, listed: str | None = None) -> Utterance:
        """Free speech, or a slot value Alexa could not resolve, read in the turn's context.

        `listed`: the finding Alexa resolved the words to, if any, used when the reader finds
        nothing of its own in them."""
        # Imported on first use: a cold start that begins with "open leg check" needs no reader.
        from skill.understanding.context import Heard, condition_named, heard_in_context

        locale = self.wording.locale.locale
        heard = heard_in_context(self.kb, text, self.current if self.in_screening else None,
                                 self.state, locale, self.today, self.memory.another)
        # A carer's conversation from here on, unless the screening is already about the
        # speaker and they disown the signs told ("his legs are weak but mine are fine"):
        # then every later question would ask about "their" legs (review9 R1).
        if heard.of_another and not self.state.finished and not (
                heard.disowned and self.state.asked):
            self.memory = self.memory.with_changes(another=True)
        condition = None
        if (heard.request is not None or heard.question or self.state.finished
                or self.memory.offer == "which_cause"):
            condition = condition_named(self.kb, text)
        if heard.request == "help" and condition is not None and (
                self.memory.offer == "which_cause" or self.state.finished):
            # With the screening over, a cause named and what it means asked ("spinal stenosis,
            # what does that mean", "what is this B12 deficiency, please explain") is that
            # cause's information, never help with a question no longer asked (5zzzx 36c)
            return self.cause_info(condition, heard=True)
        if heard.request is not None and not heard.entries:
            return self._requested(heard.request, condition, heard.unknown_word)
        if heard.request in _PACES and heard.entries:
            # "the left one, and slower please": the answer is taken, at the pace asked for
            self.memory = self.memory.with_changes(rate=self._rate_for(_PACES[heard.request])[0])
        if condition is not None and (self.memory.offer == "which_cause" or self.state.finished
                                      or (heard.question and not heard.entries)):
            # Context wins: asked which cause to hear about, or with the screening over, "back
            # injury" or "restless legs" is a cause, not something volunteered; asked how it is
            # treated or eased ("how do doctors sort out sciatica"), that is the answer given.
            # ...and so is how it is treated asked after its name ("if it is the diabetes nerve
            # thing, how do they treat that": phr39, 5zzzzh 39c)
            asked = heard.request or heard.asked_after
            if asked in ("treatment", "self_care"):
                return self._requested(asked, condition, True)
            return self.cause_info(condition, heard=True)
        if heard.empty and listed in self.kb.questions_by_id:
            heard = Heard(entries=((listed, YES, True),))
        if heard.empty:
            return self.restated() if heard.complaint else self.fallback()
        if heard.only_an_answer and (self.memory.offer is not None or not self.in_screening):
            return self.answer(heard.answer)
        return self._take(heard)

    def _requested(self, request: str, condition: str | None = None,
                   unknown_name: bool = False) -> Utterance:
        """What a person asked for in their own words: the same as the intent for it.
        `unknown_name`: a word in it the skill does not know, perhaps a condition's name."""
        if request == "stop":
            return self.stop()
        if request == "pause":
            return self.pause()
        if request in ("slower", "faster"):
            return self.change_rate(-1 if request == "slower" else 1)
        if request == "self_care":
            return self.self_care(None)
        if request == "treatment":
            return self.treatment(condition, heard=unknown_name)
        if request == "causes":
            # "what causes diabetic neuropathy", "why would I be low on B12": the causes of the
            # one named are told with it (dur26, round 26, 5zzi); unnamed, the overview
            if condition is not None:
                return self.cause_info(condition, heard=True)
            return self.causes_overview()
        if request == "cause_info":
            return self.cause_info(condition, heard=unknown_name or condition is not None)
        if request == "normal_speed":
            return self.change_rate(0)
        if request == "last_result":
            return self.read_last_result()
        action = {"repeat": self.repeat, "help": self.help, "go_back": self.go_back,
                  "start_over": self.start, "skip": self.skip,
                  "when_to_see_doctor": self.when_to_see_doctor, "why_ask": self.why}[request]
        return action()

    def _take(self, heard: Any) -> Utterance:
        if not self.state.started:
            self.state = self.engine.start(self.state.red_flags, self.state.unsure_flags).state
        # What is already recorded, said again, is nothing new: with nothing else, the question
        # asked counts as not understood (below), never as a thank-you and the same question.
        answers = self.state.answers
        entries = tuple(e for e in self._timed(tuple(heard.entries)) if answers.get(e[0]) != e[1])
        # A sign already answered (at its check, or in answer to its own question) is not checked
        # again: the same words said again to the question that came back would otherwise ask
        # the check and that question in turn for ever (review4 R2-R4).
        checked = heard.confirm is not None and heard.confirm in self.state.asked
        old_check = self._old_sign_check(heard, entries)
        step = None
        if old_check is not None:
            # A sign said long-standing in its own words ("a limp for years") is not recorded as
            # "not sure" at once: its own timing is asked first (`Question.check_if_old`), unless
            # something else heard is already the emergency (then it is kept, rule 3).
            kept = tuple(e for e in entries if e[0] != heard.confirm)
            step = self.engine.record(self.state, kept) if kept else None
            if step is not None and any(r.level is Level.EMERGENCY for r in step.red_flags):
                old_check, step = None, None
            else:
                entries = kept
        if step is None and entries:
            step = self.engine.record(self.state, entries)
        if step is not None:
            self.state, self._step = step.state, step
        # Help is already being called for: no check, only the timing of a sign said (the step
        # asks it when its answer could raise one more flag).
        emergency = step is not None and any(r.level is Level.EMERGENCY for r in step.red_flags)
        if checked and not emergency and step is None and self.current is not None and (
                heard.confirm in self.current.covers and UNSURE in self.current.answers):
            # The words its check was asked about, said again to the group that holds it: they
            # still touch on it, so the group is not sure and each of its signs is asked (rule 3;
            # never "didn't catch that" for words understood a turn before, review5 N2).
            return self.after_step(self.engine.answer(self.state, UNSURE))
        if checked and not emergency and (step is None or (
                step.event is not Event.ANSWERED and not step.new_red_flags)):
            # Nothing new for the question asked: it counts as not understood, so the no-loops
            # rule (the choices, then "not sure") covers the cycle too.
            return self.fallback()
        if (heard.confirm is not None and not emergency and not checked
                and heard.confirm == self.state.current == self.memory.confirming):
            # Still in doubt at the check itself (a hedged or partial "no" again): "not sure",
            # so the question's own not-sure level applies (rule 3), and no check loops. A
            # carer's "not that I know of" again, about signs anyone with the person sees (a
            # drooping face, a white leg), is a no: asked twice, they can look (review7 N1).
            return self.after_step(self.engine.answer(self.state, NO if heard.seen_no else UNSURE))
        if heard.confirm is not None and not emergency and not checked:
            asked = self.engine.ask_now(self.state, old_check or heard.confirm)
            self.state, self._step = asked.state, asked
            question = self.current  # named: the one place a question's text is filled in
            if question is not None:
                # Said as long-standing, a yes to the confirming question is a yes, not "new":
                # its timing is asked before any emergency.
                confirming = None if heard.long_standing else question.id
                self.memory = self.memory.with_changes(offer=None, confirming=confirming)
                # A flag raised by what was just said is announced in full, even before a check.
                new = step.new_red_flags if step is not None else ()
                lead = "confirm_ask_them" if heard.ask_them else "confirm_finding"
                return self.reply(self.wording.ask_after(question, lead), new)
        if step is None:
            return self.restated() if heard.complaint else self.fallback()
        return self.after_step(step)

    def _old_sign_check(self, heard: Any, entries: tuple[tuple[str, str, bool], ...],
                        ) -> str | None:
        """The check asked in place of the sign's own question for a sign said long-standing in
        its own words and only touched on (no plain yes to it heard): its own timing ("Has your
        walking or the weakness got worse ... in the last few weeks?"), docs/clinical-safety.md
        5s. None when there is none, or it was asked already."""
        question = self.kb.questions_by_id.get(heard.confirm or "")
        if (question is None or not heard.old_in_own_words or not question.check_if_old
                or question.check_if_old in self.state.asked or question.id in self.state.asked
                or any(f == question.id and value == YES for f, value, _ in entries)):
            return None
        return question.check_if_old

    def restated(self) -> Utterance:
        """The complaint said again at a question ("my legs are numb", "I've got numb feet"),
        with nothing new beside it: understood, so acknowledged and the question asked again,
        never "didn't catch that" and never a miss towards the choices and "not sure" (those
        are for words not understood). Said again at once, the choices come with it: no loop."""
        question = self.current
        if question is None or not self.in_screening:
            return self.fallback()
        said = self.wording.ask_after(question, "complaint_heard")
        if self.memory.last_text == said.text:
            said = self.wording.ask_after(question, "complaint_heard_again")
        self.memory = self.memory.with_changes(offer=None)
        return self.reply(said)

    def skip(self) -> Utterance:
        if not self.in_screening:
            return self.idle()
        step = self.engine.skip(self.state)
        question = self.current
        if step.event is not Event.SKIP_REFUSED or question is None:
            return self.after_step(step)
        # A safety question cannot be skipped, but asking again and again is a loop: it counts
        # as not understood (no loops: the second time the choices, "not sure" among them; the
        # third, "not sure" is recorded, and its own level applies).
        self.state = self.engine.missed(self.state)
        if self.state.misses >= 3 and UNSURE in question.answers:
            return self._put_down_as_not_sure()
        if self.state.misses >= 2:
            self.memory = self.memory.with_changes(offer=None)
            return self.reply(self.wording.ask_after(question, "skip_refused_again"))
        return self.after_step(replace(step, state=self.state))

    def go_back(self) -> Utterance:
        if not self.state.started:
            return self.idle()
        return self.after_step(self.engine.go_back(self.state))

    def fallback(self) -> Utterance:
        """A misunderstanding: re-ask in other words; the second time, say the choices."""
        question = self.current
        if question is None or self.state.finished:
            sorry = self.wording.line("miss_idle")
            if self.state.finished:
                return self.reply(Utterance(join(sorry, self.wording.line("anything_else_options")),
                                            self.wording.line("anything_else_reprompt")))
            self.memory = self.memory.with_changes(offer="start")
            return self.reply(Utterance(join(sorry, self.wording.line("help_idle")),
                                        self.wording.line("help_idle_reprompt")))
        self.state = self.engine.missed(self.state)
        self.memory = self.memory.with_changes(offer=None)
        if self.state.misses >= 3 and UNSURE in question.answers:
            return self._put_down_as_not_sure()
        return self.reply(self.wording.misunderstood(question, self.state.misses))

    def _put_down_as_not_sure(self) -> Utterance:
        """No loops: the third miss records "not sure" (its own level applies) and moves on."""
        step = self.engine.answer(self.state, UNSURE)
        if step.question is not None and not step.new_red_flags:
            self.state, self._step = step.state, step
            return self.reply(self.wording.ask(self.current or step.question,
                                               lead=self.wording.line("miss_third")))
        return self.after_step(step)

    # Results and pages --------------------------------------------------------------------------

    def more(self) -> Utterance:
        if not self.memory.pages:
            if self.in_screening:
                return self.ask_current()
            return self.then_anything_else(self.wording.line("more_nothing"))
        page, rest = self.memory.pages[0], self.memory.pages[1:]
        offer = "more" if rest else ("result" if self.state.finished else None)
        self.memory = self.memory.with_changes(offer=offer)
        reprompt = self.wording.line("more_hint") if rest else self.wording.line(
            "result_offer_reprompt")
        return self.reply(Utterance(page, reprompt, more=rest, full_warning=True))

    def repeat(self) -> Utterance:
        if not self.memory.last_text:
            return self.ask_current() if self.in_screening else self.idle()
        return self.reply(Utterance(self.memory.last_text, self.memory.last_reprompt or None,
                                    more=self.memory.pages,
                                    full_warning=self.memory.full_warning), self.memory.warned)

    def result_again(self) -> Utterance:
        if not self.state.finished:
            return self.ask_current() if self.in_screening else self.idle()
        utterance = self._told().result(self.state, self.assessment())
        self.memory = self.memory.with_changes(offer="result")
        return self.reply(utterance)

    def anything_else(self) -> Utterance:
        if self.in_screening:
            return self.reply(self.open_line("continue_check", "continue_check_reprompt",
                                             "continue"))
        return self.then_anything_else("")

    # General questions --------------------------------------------------------------------------

    def info(self, text: str, topic: str | None = None) -> Utterance:
        """An information answer, ending with the right question for where we are."""
        if topic:
            self.memory = self.memory.with_changes(topic=topic)
        if topic and topic != "general":
            follow, reprompt, offer = "cause_info_offer", "cause_info_offer", "treatment"
        elif self.in_screening:
            follow, reprompt, offer = "continue_check", "continue_check", "continue"
        elif self.state.finished:
            follow, reprompt, offer = "anything_else", "anything_else_reprompt", "anything_else"
        else:
            follow, reprompt, offer = "start_check_offer", "start_check_offer", "start"
        self.memory = self.memory.with_changes(offer=offer)
        return self.reply(Utterance(join(text, self.wording.line(follow)),
                                    self.wording.line(reprompt)))

    def causes_overview(self) -> Utterance:
        return self.info(self.wording.general("causes_overview"))

    def when_to_see_doctor(self) -> Utterance:
        return self.info(self.wording.general("when_to_see_doctor"))

    def cause_info(self, condition_id: str | None, heard: bool) -> Utterance:
        if condition_id is None and not heard:
            condition_id = self._leading_cause()  # "tell me about the likely cause"
        if condition_id is None:
            key = "unknown_cause" if heard else "which_cause"
            return self.reply(self.open_line(key, "which_cause_reprompt", "which_cause"))
        condition = self.kb.conditions[condition_id]
        return self.info(self.wording.cause_info(condition), topic=condition_id)

    def treatment(self, condition_id: str | None, heard: bool = False) -> Utterance:
        topic = condition_id or self.memory.topic or self._leading_cause()
        if condition_id is None and heard:
            return self.reply(self.open_line("unknown_cause", "which_cause_reprompt",
                                             "which_cause"))
        if topic is None or topic not in self.kb.conditions:
            return self.info(self.wording.general("treatment_overview"), topic="general")
        self.memory = self.memory.with_changes(topic=topic)
        return self.info(self.wording.treatment(self.kb.conditions[topic], self.advice_level()),
                         topic="general")

    def self_care(self, condition_id: str | None) -> Utterance:
        topic = condition_id or self._leading_cause()
        condition = self.kb.conditions.get(topic) if topic else None
        return self.info(self.wording.self_care(condition, self.advice_level()),
                         topic="general")

    def advice_level(self) -> Level | None:
        """The triage level any advice must fit: the result's once there is one, else the most
        urgent red flag heard so far (None before anything points anywhere)."""
        if self.state.finished and self.state.history:
            return self.assessment().level
        flags = self.red_flags()
        return flags[0].level if flags else None

    def why(self) -> Utterance:
        """ "Why do you ask?": why the current question matters, then the question again."""
        question = self.current
        if question is None or not self.in_screening:
            return self.reply(self.open_line("why_idle", "help_idle_reprompt", "start"))
        self.memory = self.memory.with_changes(offer=None)
        return self.reply(self.wording.why(question))

    def _leading_cause(self) -> str | None:
        if not self.state.history:
            return None
        causes = self.assessment().causes
        return causes[0].condition.id if causes else None

    # Help, speed, leaving ----------------------------------------------------------------------

    def help(self) -> Utterance:
        if self.in_screening:
            self.memory = self.memory.with_changes(offer=None)
            return self.reply(self.wording.help(self.current))
        return self.reply(self.open_line("help_idle", "help_idle_reprompt", "start"))

    def _rate_for(self, direction: int) -> tuple[int, str]:
        """The speaking rate asked for (direction -1 slower, +1 faster, 0 normal), and the line
        that says so."""
        rate = self.memory.rate
        if direction == 0:
            return NORMAL_RATE, "rate_changed_normal"
        new = min(max(rate + direction, 0), len(RATES) - 1)
        if new == rate:
            return new, "rate_slowest" if direction < 0 else "rate_fastest"
        return new, "rate_changed_slower" if direction < 0 else "rate_changed_faster"

    def change_rate(self, direction: int) -> Utterance:
        """direction -1 slower, +1 faster, 0 normal; then carry on where we were."""
        new, key = self._rate_for(direction)
        self.memory = self.memory.with_changes(rate=new)
        lead = self.wording.line(key)
        if self.in_screening:
            question = self.current
            assert question is not None
            return self.reply(self.wording.ask(question, lead=lead))
        self.idle()  # sets what is offered next and remembers what it says, warning aside
        said = self.memory
        return self.reply(Utterance(join(lead, said.last_text), said.last_reprompt or None))

    def _timing_left_not_sure(self) -> tuple[str, ...]:
        """Leaving (stop, pause, start over) while a sign said aloud waits on its timing question
        ("Did that start in the last few days?", after "he can't pass urine"): the timing is not
        sure, so the sign's own not-sure level applies and its warning is said on the way out,
        naming the emergency number (rules 1 and 3; review6 O6). Returns the flags it raised, for
        their warning in full."""
        question = self.current
        if (self.in_screening and question is not None and question.within
                and question.id not in self.state.asked and UNSURE in question.answers
                and not self.red_flags()):  # a flag held is warned on the way out already
            step = self.engine.answer(self.state, UNSURE)
            self.state, self._step = step.state, step
            return step.new_red_flags
        return ()

    def stop(self) -> Utterance:
        new = self._timing_left_not_sure()
        if self.in_screening and self.state.history and not self.resume_enabled:
            return self.reply(Utterance(self.wording.line("stopped_not_kept"), None,
                                        end_session=True, full_warning=True), new)
        return self.goodbye(new)

    def pause(self) -> Utterance:
        new = self._timing_left_not_sure()
        if not self.in_screening:
            return self.goodbye(new)
        if self.resume_enabled:
            hours = f"{self.resume_hours:g}"
            return self.reply(Utterance(self.wording.line("paused_kept", hours=hours), None,
                                        end_session=True, full_warning=True), new)
        return self.reply(Utterance(self.wording.line("paused_not_kept"), None, end_session=True,
                                    full_warning=True), new)

    def goodbye(self, new_flags: tuple[str, ...] = ()) -> Utterance:
        return self.reply(Utterance(self.wording.line("goodbye"), None, end_session=True,
                                    full_warning=True), new_flags)

    def navigate_home(self) -> Utterance:
        return self.stop()

    def then_anything_else(self, text: str) -> Utterance:
        """Say `text`, then ask what else; a yes lists the options, a no says goodbye."""
        self.memory = self.memory.with_changes(offer="anything_else")
        return self.reply(Utterance(join(text, self.wording.line("anything_else")),
                                    self.wording.line("anything_else_reprompt")))

    def error(self) -> Utterance:
        question = self.current
        if question is not None and self.in_screening:
            return self.reply(Utterance(join(self.wording.line("error"), question.text),
                                        self.wording.line("error_reprompt")))
        return self.then_anything_else(self.wording.line("error"))

    def forgot(self, ok: bool) -> Utterance:
        if not ok:
            return self.then_anything_else(self.wording.line("forget_failed"))
        # Nothing of this session is kept either: the answers so far go with the rest.
        self.forgotten = True
        self.last_result = None
        self.state = self.state.flags_only()  # the warning still stands
        return self.then_anything_else(self.wording.line("forgot"))

    def read_last_result(self) -> Utterance:
        summary = self.last_result.get("summary") if isinstance(self.last_result, dict) else None
        if isinstance(summary, str) and summary:
            return self.then_anything_else(self.wording.line("last_result", summary=summary))
        if self.state.finished:
            return self.result_again()
        return self.reply(self.open_line("no_last_result", "start_check_offer", "start"))
