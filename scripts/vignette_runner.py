"""Clinical vignettes played as spoken conversations: a simulated patient talks to the skill
through the offline simulator (alexa_simulator, in-process), in the case's locale.

A vignette describes one patient: what they would answer if asked about each finding, what they
say first (`says`, their own words, or `volunteer`, findings said unprompted), and what a clinician
following the cited source would advise. The patient opens the skill, says their opening words,
then answers each question the skill asks the way a person would ("yeah", "about three weeks",
"both of them"), from their facts. The skill's interaction model and handlers have to understand
every answer: an answer it does not understand is recorded and said again in plainer words, so
wording and understanding count in the figures, not only the engine.

Findings a vignette does not list are answered as a patient without them would: "no" to yes-or-no
questions and "not sure" to which side, how it started and how long it has lasted.

Two findings are derived (documented aliases, new-ids.md): a grouped question ("any new trouble
with your bladder, bowels or sex life, or numbness between your legs?") is answered yes when any
finding it covers is yes, not sure when any is unsure, else no; and `recent` ("did that start in
the last few days?"), when a case does not give it, is yes for a sudden onset or a duration of
hours or days, otherwise no. `weakness_worse` ("has the weakness got clearly worse over the last
few weeks?", added in tune-12), when not given, is yes for a case getting worse whose symptoms have
lasted days or weeks, otherwise no.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from statistics import mean, median
from typing import Any
from urllib.parse import urlparse

from skill.screening.knowledge import LEVELS, UNSURE, KnowledgeBase, Level, Question
from skill.screening.yaml_loading import load_yaml

VIGNETTES_PATH = Path(__file__).resolve().parent.parent / "tests" / "screening" / "vignettes.yaml"
# Public clinical sites a vignette may cite by address instead of a sources.yaml id.
TRUSTED_HOSTS = (
    "nhs.uk",
    "nhsinform.scot",
    "nice.org.uk",
    "mayoclinic.org",
    "ninds.nih.gov",
    "cdc.gov",
    "clevelandclinic.org",
    "healthdirect.gov.au",
    "nidirect.gov.uk",
    "nih.gov",
    "macmillan.org.uk",
    "wales.nhs.uk",
    "patient.info",
)
TOP_CAUSES = 3
# A conversation that runs longer than this has lost its way; the engine caps itself at 16.
RUNAWAY_TURNS = 40
WORDS_PER_MINUTE = 150
SECONDS_PER_ANSWER = 2.0
DEFAULT_LOCALE = "en-US"

_FIELDS = {
    "id",
    "description",
    "facts",
    "volunteer",
    "says",
    "locale",
    "expected_triage",
    "expected_causes",
    "expected_red_flags",
    "source",
    "notes",
    "presentation",
    "age",
    "sex",
    "written_triage",
    "correction",
}


class VignetteError(ValueError):
    """A vignette names something the knowledge base does not know, or is missing a field."""


@dataclass(frozen=True)
class Vignette:
    id: str
    description: str
    facts: Mapping[str, str]
    volunteer: tuple[str, ...]
    expected_triage: Level
    expected_causes: tuple[str, ...]
    expected_red_flags: tuple[str, ...]
    source: str
    says: str = ""
    locale: str = DEFAULT_LOCALE
    # An expectation corrected after the case was written, by its own source: the level it was
    # written with (the split of the second set reads it), else None.
    written_triage: Level | None = None

    def answer_to(self, question: Question) -> str:
        """What this patient's answer to `question` is (before it is put into words)."""
        return patient_answer(question, self.facts)


def patient_answer(question: Question, facts: Mapping[str, str], default: str = "no") -> str:
    """A patient's answer from their facts, with the documented aliases: a grouped question is
    yes when a finding it covers is yes (not sure when one is unsure), and `recent`, when not
    given, is yes for a sudden onset or a duration of hours or days."""
    if question.id in facts:
        return facts[question.id]
    if question.covers:
        said = [facts.get(f, default) for f in question.covers]
        return "yes" if "yes" in said else UNSURE if UNSURE in said else "no"
    if question.id == "recent":
        new = facts.get("onset") == "sudden" or facts.get("duration") in ("hours", "days")
        return "yes" if new else "no"
    if question.id == "weakness_worse":  # worse over recent weeks: getting worse, over weeks
        worse = facts.get("getting_worse") == "yes" and facts.get("duration") in ("days", "weeks")
        return "yes" if worse else "no"
    if question.id == "weakness_new":  # an old limp's own timing: the weakness new or worse
        if facts.get("leg_weakness", default) == "no":
            return "no"
        # `recent` not given: its own alias (new for a sudden start, hours or days), rule 3
        new = facts.get("onset") == "sudden" or facts.get("duration") in ("hours", "days")
        said = [facts.get("recent", "yes" if new else "no"), facts.get("weakness_worse", default)]
        return "yes" if "yes" in said else UNSURE if UNSURE in said else "no"
    return default if question.kind == "yes_no" else UNSURE


# What a person says for each answer, plainest first (the plainest is the retry after a
# misunderstanding). Locales add their own everyday words.
_SPOKEN: dict[str, dict[str, tuple[str, ...]]] = {
    "yes": {"": ("yes", "yeah", "yes it is", "yep", "yes i have", "yes i do")},
    "no": {"": ("no", "nope", "no i haven't", "no it isn't", "not at all", "no i don't"),
           "en-AU": ("no", "nah", "yeah nah")},
    UNSURE: {"": ("i'm not sure", "i don't know", "not sure", "maybe")},
    "one_leg": {"": ("one leg", "just the one leg", "only one of them", "just one leg")},
    "both_legs": {"": ("both legs", "both of them", "both my legs", "both feet")},
    "sudden": {"": ("suddenly", "it came on suddenly", "all of a sudden", "out of the blue")},
    "gradual": {"": ("slowly", "gradually", "it crept up slowly", "bit by bit over time")},
    "hours": {"": ("a few hours", "since this morning", "a couple of hours", "since last night")},
    "days": {"": ("a few days", "since yesterday", "a couple of days", "the last few days"),
             "en-IN": ("a few days", "since two days", "since yesterday")},
    "weeks": {"": ("a few weeks", "about three weeks", "a couple of weeks", "several weeks"),
              "en-GB": ("a few weeks", "about a fortnight", "a couple of weeks"),
              "en-AU": ("a few weeks", "a fortnight or so", "a couple of weeks")},
    "months": {"": ("months", "for months", "a few months", "about six months", "for ages"),
               "en-IN": ("months", "since months", "a few months")},
}


def spoken_answers(value: str, locale: str) -> tuple[str, ...]:
    options = _SPOKEN[value]
    return options.get(locale, options[""])


def _pick(options: Sequence[str], *keys: str) -> str:
    """The same choice every run for the same case and question (varied, never random)."""
    return options[zlib.crc32("|".join(keys).encode()) % len(options)]


@dataclass
class Outcome:
    """One vignette's conversation: what was asked and said, and what the skill concluded."""

    vignette: Vignette
    triage: Level
    causes: tuple[str, ...]
    red_flags: tuple[str, ...]
    asked: tuple[str, ...]
    answers_given: int  # every turn the patient spoke, including the opening and retries
    words_before_advice: int  # words the skill spoke, from the launch to the advice
    not_understood: list[str] = field(default_factory=list)  # what the skill did not take in

    @property
    def questions_asked(self) -> int:
        return len(self.asked)

    @property
    def spoken_seconds(self) -> float:
        return (self.words_before_advice / WORDS_PER_MINUTE * 60
                + SECONDS_PER_ANSWER * self.answers_given)

    @property
    def triage_correct(self) -> bool:
        return self.triage is self.vignette.expected_triage

    @property
    def triage_as_written(self) -> bool:
        """Agreement with the expectation as the case was written (before any correction)."""
        return self.triage is (self.vignette.written_triage or self.vignette.expected_triage)

    @property
    def under_triaged(self) -> bool:
        return self.triage.rank < self.vignette.expected_triage.rank

    @property
    def over_triaged(self) -> bool:
        return self.triage.rank > self.vignette.expected_triage.rank

    @property
    def cause_in_top3(self) -> bool:
        return any(cause in self.causes[:TOP_CAUSES] for cause in self.vignette.expected_causes)

    @property
    def missing_red_flags(self) -> tuple[str, ...]:
        return tuple(f for f in self.vignette.expected_red_flags if f not in self.red_flags)


@dataclass(frozen=True)
class Metrics:
    cases: int
    emergency_cases: int
    triage_accuracy: float
    emergency_sensitivity: float
    over_triage_rate: float
    under_triage_rate: float
    top3_accuracy: float
    mean_questions: float
    median_answers: float
    max_questions: int
    median_seconds: float
    not_understood: int
    misses: tuple[Outcome, ...]


# ----- Loading -------------------------------------------------------------------------------


def load_vignettes(kb: KnowledgeBase, path: Path = VIGNETTES_PATH) -> tuple[Vignette, ...]:
    """Read and check every vignette against the knowledge base (raises VignetteError)."""
    document = load_yaml(path)
    raw_cases = document.get("vignettes") if isinstance(document, Mapping) else None
    if not isinstance(raw_cases, list) or not raw_cases:
        raise VignetteError(f"{path.name}: needs a non-empty 'vignettes' list")
    vignettes: list[Vignette] = []
    seen: set[str] = set()
    for index, raw in enumerate(raw_cases):
        vignette = _vignette(raw, kb, f"{path.name}: vignettes[{index}]")
        if vignette.id in seen:
            raise VignetteError(f"{path.name}: duplicate vignette id '{vignette.id}'")
        seen.add(vignette.id)
        vignettes.append(vignette)
    return tuple(vignettes)


@dataclass(frozen=True)
class VignetteSet:
    name: str
    held_back: bool
    paths: tuple[Path, ...]
    # A tuning part of a set measured but not tuned on this round (VignetteSplit.untuned).
    untuned: bool = False

    @property
    def aggregate_only(self) -> bool:
        """Read only as aggregate figures and never run by tuning loops: a held-back part, or
        the tuning part of a set not tuned on this round."""
        return self.held_back or self.untuned


def vignette_sets() -> tuple[VignetteSet, ...]:
    """The original set, then each later set's tuning and held-back parts (tests/vignettes/);
    the tuning part of a set marked untuned this round is marked so too."""
    from tests.vignettes.vignette_set import SPLITS

    sets = [VignetteSet("original", False, (VIGNETTES_PATH,))]
    for name, split in SPLITS.items():
        for held_back, path in ((False, split.tuning), (True, split.held_back)):
            if path.exists():
                part = "held back" if held_back else "tuning"
                sets.append(VignetteSet(f"{name} set: {part}", held_back, (path,),
                                        untuned=split.untuned and not held_back))
    return tuple(sets)


def load_set(kb: KnowledgeBase, chosen: VignetteSet) -> tuple[Vignette, ...]:
    return tuple(v for path in chosen.paths for v in load_vignettes(kb, path))


# ----- Playing a conversation ----------------------------------------------------------------


@cache
def _handler() -> Any:
    from skill.alexa.skill_builder import storeless_handler

    return storeless_handler()


def _screening(attributes: Mapping[str, Any]) -> Mapping[str, Any]:
    state = attributes.get("screening")
    return state if isinstance(state, Mapping) else {}


def _history(attributes: Mapping[str, Any]) -> list[tuple[str, str]]:
    raw = _screening(attributes).get("history") or ""
    out = []
    for token in str(raw).split():
        finding, _, answer = token.partition("=")
        out.append((finding, answer.rstrip("+")))
    return out


def _volunteer_phrase(kb: KnowledgeBase, sim: Any, finding: str) -> str:
    """The first everyday phrase the locale's model lists for a symptom said unprompted."""
    slot_type = sim.model.types.get("SymptomType")
    for value in slot_type.values if slot_type else ():
        if value.id == finding:
            return f"i have {(value.synonyms or (value.name,))[0]}"
    return kb.question(finding).readback.get("yes", finding)


def run_vignette(kb: KnowledgeBase, vignette: Vignette) -> Outcome:
    """Hold the conversation the vignette's patient would have, through the simulator."""
    from alexa_simulator import Simulator

    sim = Simulator(locale=vignette.locale, handler=_handler())
    reply = sim.launch()
    words = _count_words(reply.speech)
    answers_given = 0
    not_understood: list[str] = []

    def say(text: str) -> Any:
        nonlocal answers_given, words
        answers_given += 1
        said = sim.say(text)
        words += _count_words(said.speech)
        return said

    openings = [vignette.says] if vignette.says else [
        _volunteer_phrase(kb, sim, f) for f in vignette.volunteer]
    for opening in openings:
        before = len(_history(sim.session_attributes))
        reply = say(opening)
        if len(_history(sim.session_attributes)) <= before:
            not_understood.append(f"opening: {opening!r}")
    turns = 0
    while "assessment" not in sim.session_attributes:
        turns += 1
        if not sim.session_open and turns <= RUNAWAY_TURNS:
            # The skill ended the session on something the person said: counted against the
            # skill, and the person opens it again, as they would.
            not_understood.append("the session ended before the advice; opened again")
            reply = sim.launch()
            words += _count_words(reply.speech)
            continue
        current = _screening(sim.session_attributes).get("current")
        if current is None or turns > RUNAWAY_TURNS:
            raise VignetteError(f"{vignette.id}: conversation did not finish")
        question = kb.question(current)
        value = vignette.answer_to(question)
        options = spoken_answers(value, vignette.locale)
        before = len(_history(sim.session_attributes))
        text = _pick(options, vignette.id, question.id)
        reply = say(text)
        if len(_history(sim.session_attributes)) <= before and \
                "assessment" not in sim.session_attributes:
            not_understood.append(f"{question.id}: {text!r}")
            if text != options[0]:
                reply = say(options[0])
    attributes = sim.session_attributes
    summary = attributes["assessment"]
    asked = tuple(f for f, _ in _history(attributes))
    return Outcome(
        vignette=vignette,
        triage=Level(summary["triage"]),
        causes=tuple(summary.get("causes", ())),
        red_flags=tuple(summary.get("red_flags", ())),
        asked=asked,
        answers_given=answers_given,
        words_before_advice=words,
        not_understood=not_understood,
    )


def _count_words(text: str) -> int:
    return len(re.findall(r"[\w']+", text or ""))


def run_all(kb: KnowledgeBase, vignettes: Iterable[Vignette]) -> tuple[Outcome, ...]:
    return tuple(run_vignette(kb, vignette) for vignette in vignettes)


def summarise(outcomes: Sequence[Outcome]) -> Metrics:
    """The set's figures: triage agreement, safety, cause ranking and conversation length."""
    if not outcomes:
        raise ValueError("no outcomes to summarise")
    count = len(outcomes)
    emergencies = [o for o in outcomes if o.vignette.expected_triage is Level.EMERGENCY]
    caught = sum(1 for o in emergencies if o.triage is Level.EMERGENCY)
    questions = [o.questions_asked for o in outcomes]
    return Metrics(
        cases=count,
        emergency_cases=len(emergencies),
        triage_accuracy=_share(o.triage_correct for o in outcomes),
        emergency_sensitivity=caught / len(emergencies) if emergencies else 1.0,
        over_triage_rate=_share(o.over_triaged for o in outcomes),
        under_triage_rate=_share(o.under_triaged for o in outcomes),
        top3_accuracy=_share(o.cause_in_top3 for o in outcomes),
        mean_questions=mean(questions),
        median_answers=median(o.answers_given for o in outcomes),
        max_questions=max(questions),
        median_seconds=median(o.spoken_seconds for o in outcomes),
        not_understood=sum(len(o.not_understood) for o in outcomes),
        misses=tuple(o for o in outcomes if not (o.triage_correct and o.cause_in_top3)),
    )


def _share(flags: Iterable[bool]) -> float:
    values = list(flags)
    return sum(values) / len(values)


# ----- Checking a case ------------------------------------------------------------------------


def _vignette(raw: Any, kb: KnowledgeBase, where: str) -> Vignette:
    if not isinstance(raw, Mapping):
        raise VignetteError(f"{where}: must be a mapping")
    unknown = set(raw) - _FIELDS
    if unknown:
        raise VignetteError(f"{where}: unknown field(s) {sorted(unknown)}")
    case_id = _text(raw, "id", where)
    where = f"{where} '{case_id}'"
    facts = _facts(raw.get("facts"), kb, where)
    volunteer = _ids(raw, "volunteer", where, optional=True)
    for finding in volunteer:
        question = kb.questions_by_id.get(finding)
        if question is None or not question.volunteer:
            raise VignetteError(f"{where}: '{finding}' is not something a person can volunteer")
        if facts.get(finding, "yes") == "no":
            raise VignetteError(f"{where}: volunteers '{finding}' but its fact is 'no'")
    triage = _text(raw, "expected_triage", where)
    if triage not in LEVELS:
        raise VignetteError(f"{where}: expected_triage must be one of {LEVELS}")
    written = raw.get("written_triage")
    if written is not None and (written not in LEVELS or not _text(raw, "correction", where)):
        raise VignetteError(f"{where}: written_triage must be a level, with a correction")
    causes = _ids(raw, "expected_causes", where)
    for cause in causes:
        if cause not in kb.conditions:
            raise VignetteError(f"{where}: unknown condition '{cause}'")
    flags = _ids(raw, "expected_red_flags", where, optional=True)
    known_flags = {flag.id for flag in kb.red_flags}
    for flag in flags:
        if flag not in known_flags:
            raise VignetteError(f"{where}: unknown red flag '{flag}'")
    source = _text(raw, "source", where)
    if source not in kb.sources and not _trusted_url(source):
        raise VignetteError(
            f"{where}: source must be a sources.yaml id or an address on {TRUSTED_HOSTS}"
        )
    says = raw.get("says") or ""
    if not isinstance(says, str):
        raise VignetteError(f"{where}: 'says' must be text")
    locale = raw.get("locale") or DEFAULT_LOCALE
    if not isinstance(locale, str) or not re.fullmatch(r"en-[A-Z]{2}", locale):
        raise VignetteError(f"{where}: 'locale' must look like en-GB")
    return Vignette(
        id=case_id,
        description=_text(raw, "description", where),
        facts=facts,
        volunteer=volunteer,
        expected_triage=Level(triage),
        expected_causes=causes,
        expected_red_flags=flags,
        source=source,
        says=says.strip(),
        locale=locale,
        written_triage=Level(written) if written is not None else None,
    )


def _facts(raw: Any, kb: KnowledgeBase, where: str) -> dict[str, str]:
    if not isinstance(raw, Mapping) or not raw:
        raise VignetteError(f"{where}: 'facts' must map findings to answers")
    facts: dict[str, str] = {}
    for finding, answer in raw.items():
        question = kb.questions_by_id.get(finding)
        if question is None:
            raise VignetteError(f"{where}: unknown finding '{finding}'")
        if answer is True or answer is False:  # an unquoted yes or no in YAML 1.1
            answer = "yes" if answer else "no"
        if answer not in question.answers:
            raise VignetteError(
                f"{where}: '{answer}' is not an answer to '{finding}' {question.answers}"
            )
        facts[str(finding)] = str(answer)
    return facts


def _text(raw: Mapping[str, Any], name: str, where: str) -> str:
    value = raw.get(name)
    if not isinstance(value, str) or not value.strip():
        raise VignetteError(f"{where}: field '{name}' must be non-empty text")
    return value.strip()


def _ids(raw: Mapping[str, Any], name: str, where: str, optional: bool = False) -> tuple[str, ...]:
    value = raw.get(name)
    if value is None and optional:
        return ()
    if not isinstance(value, list) or not value or not all(isinstance(v, str) for v in value):
        raise VignetteError(f"{where}: field '{name}' must be a non-empty list of ids")
    return tuple(value)


def _trusted_url(source: str) -> bool:
    parsed = urlparse(source)
    host = parsed.hostname or ""
    return parsed.scheme == "https" and any(
        host == trusted or host.endswith("." + trusted) for trusted in TRUSTED_HOSTS
    )
